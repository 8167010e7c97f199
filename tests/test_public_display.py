"""Pure presentation helpers: numbers, bounds, range sentences, highlighting and the chart."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from claims.templatetags.claims_public import (
    Span,
    build_chart,
    claim_bounds,
    describe_range,
    format_figure,
    format_number,
    highlight_quote,
    render_article,
)


@dataclass(frozen=True)
class Sp:
    name: str


@dataclass
class C:
    """A stand-in with the fields the helpers read (they never touch the database)."""

    value: Decimal | None
    qualifier: str = "exact"
    lower: Decimal | None = None
    upper: Decimal | None = None
    figure_text: str = ""
    unit: str = ""
    counts: str = "people"
    status: str = "verified"
    pk: int = 0
    speaker: Sp = Sp("Someone")


def d(x) -> Decimal | None:
    return None if x is None else Decimal(str(x))


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("84.0000"), "84"),
        (Decimal("1200000"), "1,200,000"),
        (Decimal("2.5000"), "2.5"),
        (Decimal("-1234.5"), "-1,234.5"),
        (Decimal("0.25"), "0.25"),
        (None, ""),
    ],
)
def test_numbers_read_plainly(value, text):
    assert format_number(value) == text


def test_figures_carry_their_unit():
    assert format_figure(Decimal("12"), "%") == "12%"
    assert format_figure(Decimal("300"), "USD") == "300 USD"
    assert format_figure(None, "%") == ""


@pytest.mark.parametrize(
    ("claim", "low", "high", "low_open", "high_open"),
    [
        (C(d(84)), 84, 84, False, False),
        (C(d(300), "over", lower=d(300)), 300, None, False, True),
        (C(d(300), "at_least"), 300, None, False, True),
        (C(d(50), "up_to", upper=d(50)), None, 50, True, False),
        (C(d(50), "under"), None, 50, True, False),
        (C(None, "range", lower=d(20), upper=d(30)), 20, 30, False, False),
        (C(d(100), "about", lower=d(90), upper=d(110)), 90, 110, False, False),
        (C(None, "vague"), None, None, False, False),
    ],
)
def test_bounds_follow_the_wording(claim, low, high, low_open, high_open):
    bounds = claim_bounds(claim)
    assert (bounds.low, bounds.high) == (d(low), d(high))
    assert (bounds.low_open, bounds.high_open) == (low_open, high_open)


def test_range_names_lowest_lower_and_highest_upper_bound():
    claims = [
        C(None, "range", lower=d(20), upper=d(30), figure_text="20 to 30", speaker=Sp("Army")),
        C(d(84), figure_text="84", speaker=Sp("Rebels")),
        C(d(84), figure_text="84", speaker=Sp("Wire")),
    ]
    assert describe_range(claims) == [
        "Lowest lower bound: 20 (Army, “20 to 30”).",
        "Highest upper bound: 84 (Rebels, “84”).",
        "The figure given by the most claims is 84 (2 of 3 claims).",
    ]


def test_range_with_ties_and_distinct_figures():
    tie = [C(d(1)), C(d(1)), C(d(2)), C(d(2))]
    assert (
        describe_range(tie)[-1]
        == "The figures given by the most claims are 1 and 2 (2 claims each)."
    )
    distinct = [C(d(1)), C(d(2))]
    assert describe_range(distinct)[-1] == "Each claim gives a different figure."
    assert describe_range([C(None, "vague")]) == ["No claim in this group states a figure."]


def test_quote_highlight_marks_the_figure_and_escapes():
    quote = "He said <b>over 300</b> & more"
    start = 100
    fs = start + quote.index("over 300")
    html = highlight_quote(quote, start, fs, fs + len("over 300"))
    assert html == 'He said &lt;b&gt;<mark class="figure">over 300</mark>&lt;/b&gt; &amp; more'


@pytest.mark.parametrize(("fs", "fe"), [(None, None), (5, 500), (90, 95), (110, 105)])
def test_quote_with_unusable_offsets_is_shown_plainly(fs, fe):
    assert highlight_quote("a <quote>", 100, fs, fe) == "a &lt;quote&gt;"


def make_span(text: str, quote: str, figure: str, claim_id: int, number: int) -> Span:
    start = text.index(quote)
    fs = text.index(figure, start)
    return Span(
        start, start + len(quote), fs, fs + len(figure), claim_id, number, f"/c/{claim_id}/", "t"
    )


def test_article_spans_that_share_a_figure_do_not_nest():
    text = "Title\nThey killed 84 fighters and 47 soldiers.\nEnd"
    sentence = "They killed 84 fighters and 47 soldiers."
    spans = [
        make_span(text, sentence, "84", 1, 1),
        make_span(text, sentence, "47", 2, 2),
        make_span(text, "killed 84 fighters", "84", 3, 3),
    ]
    paragraphs = render_article(text, spans, headline="Title")
    assert [p.css for p in paragraphs] == ["headline", "body", "body"]
    body = str(paragraphs[1].html)
    # the "84" is the figure of claims 1 and 3: linked once, to the first
    assert (
        '<mark class="quote overlap"><a class="figure" href="/c/1/" title="t">84</a></mark>' in body
    )
    assert (
        '<mark class="quote overlap"><a class="figure" href="/c/2/" title="t">47</a></mark>' in body
    )
    # every claim gets its numbered link where its quote ends
    assert body.index('href="/c/3/" title="t">[3]') < body.index('href="/c/1/" title="t">[1]')
    assert body.endswith(
        '<a class="ref" href="/c/1/" title="t">[1]</a><a class="ref" href="/c/2/" title="t">[2]</a>'
    )
    assert paragraphs[2].html == "End" and not paragraphs[2].marked


def test_article_span_across_lines_is_marked_in_both_and_referenced_once():
    text = "First line 10 here\nsecond line ends."
    span = Span(6, len(text), 11, 13, 9, 1, "/c/9/", "t")
    first, second = render_article(text, [span])
    assert '<mark class="quote">line </mark>' in str(first.html)
    assert "[1]" not in str(first.html)
    assert str(second.html).endswith('<a class="ref" href="/c/9/" title="t">[1]</a>')


def test_article_ignores_spans_outside_the_text():
    text = "Short text"
    paragraphs = render_article(text, [Span(5, 400, None, None, 1, 1, "/c/1/", "t")])
    assert paragraphs[0].html == "Short text"


def test_chart_draws_open_bounds_as_arrows_and_skips_vague_claims():
    claims = [
        C(d(84), pk=1, figure_text="84"),
        C(d(300), "over", lower=d(300), pk=2, figure_text="over 300"),
        C(d(50), "up_to", upper=d(50), pk=3, figure_text="up to 50", status="unreviewed"),
        C(None, "vague", pk=4, figure_text="dozens"),
    ]
    chart = build_chart(claims, {1: "/c/1/", 2: "/c/2/", 3: "/c/3/"})
    assert [row.url for row in chart.rows] == ["/c/1/", "/c/2/", "/c/3/"]
    exact, over, up_to = chart.rows
    assert exact.arrow_left is None and exact.arrow_right is None and exact.line_from is None
    assert over.arrow_right is not None and over.arrow_left is None
    assert float(over.line_to) > chart.plot_right  # runs past the axis end
    assert up_to.arrow_left is not None and float(up_to.line_from) < chart.plot_left
    assert up_to.css == "row unreviewed"
    assert [label for _, label in chart.ticks][0] == "0"
    assert float(chart.ticks[-1][0]) == chart.plot_right
    assert all(chart.plot_left <= float(row.dot) <= chart.plot_right for row in chart.rows)


def test_chart_of_claims_without_figures_is_none():
    assert build_chart([C(None, "vague")], {}) is None
