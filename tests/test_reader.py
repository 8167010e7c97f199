"""The seed-file reader: articles, parts, offsets, refusals and robustness.

The articles written out in this file are invented for the tests (facts and figures are
made up), except the checks on the project's own seed file in seeds/.
"""

from __future__ import annotations

import datetime
import time
from pathlib import Path

import pytest

from sources.reader import (
    PARTS,
    Caption,
    ParsedArticle,
    SeedFormatError,
    decode_seed_bytes,
    parse_plain_article,
    parse_seed_text,
    read_seed_file,
)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_0bd10977ca86cbfa.txt"
BAD = Path(__file__).resolve().parent / "bad_seeds"


def assert_segments_slice_exactly(article: ParsedArticle) -> None:
    """Every segment slices its own text out of `article.text`, in order, without overlap."""
    previous_end = 0
    for segment in article.segments:
        assert segment.part in PARTS
        piece = article.text[segment.start : segment.end]
        assert piece, segment
        assert piece == piece.strip(), segment
        assert segment.start >= previous_end, "segments overlap or are out of order"
        previous_end = segment.end
    by_part = {part: [] for part in PARTS}
    for segment in article.segments:
        by_part[segment.part].append(article.text[segment.start : segment.end])
    assert len(by_part["headline"]) == 1
    assert " ".join(by_part["headline"][0].split()) == article.headline
    assert tuple(by_part["summary"]) == article.summary
    assert tuple(by_part["body"]) == article.body
    assert tuple(by_part["caption"]) == tuple(c.text for c in article.captions)


def parts(article: ParsedArticle) -> tuple:
    """What an article means, independent of how its text was laid out."""
    return (
        article.headline,
        article.date,
        article.date_kind,
        article.dateline,
        article.summary,
        article.body,
        article.captions,
    )


# --------------------------------------------------------------------------- the seed file


@pytest.fixture(scope="module")
def seed_articles() -> list[ParsedArticle]:
    return read_seed_file(SEED)


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def test_seed_file_holds_two_articles_in_order(seed_articles):
    assert [a.position for a in seed_articles] == [0, 1]
    assert seed_articles[0].headline.startswith("Mali breaks off diplomatic relations with Ukraine")
    assert seed_articles[0].headline.endswith("battlefield victory")
    assert seed_articles[1].headline == (
        "Macron vows stronger cooperation with Nigeria after mass kidnappings"
    )


def test_seed_articles_start_on_their_headline_lines(seed_articles, seed_text):
    lines = seed_text.split("\n")
    for article in seed_articles:
        assert lines[article.line - 1] == article.headline


def test_seed_dates_and_date_kinds(seed_articles):
    assert seed_articles[0].date == datetime.date(2024, 8, 5)
    assert seed_articles[1].date == datetime.date(2025, 12, 7)
    assert [a.date_kind for a in seed_articles] == ["updated", "updated"]


def test_seed_datelines_are_split_off_the_first_paragraph(seed_articles):
    first, second = seed_articles
    assert first.dateline == "DAKAR"
    assert first.body[0].startswith("Mali said Sunday it was breaking diplomatic relations")
    assert second.dateline == "PARIS"
    assert second.body[0].startswith("French President Emmanuel Macron said Sunday")


def test_seed_summary_points_lose_their_bullets(seed_articles):
    first, second = seed_articles
    assert len(first.summary) == 2
    assert first.summary[0].startswith("Ukraine’s military intelligence spokesman")
    assert first.summary[1].startswith("Tuareg-led separatists said on Thursday")
    assert len(second.summary) == 1
    assert second.summary[0].startswith("Macron wrote on X that France")
    assert not any("•" in point for a in seed_articles for point in a.summary)


def test_seed_captions_keep_their_credits_apart(seed_articles):
    first, second = seed_articles
    assert [c.credit for c in first.captions] == ["Getty Images", "X: @rukigafm", "Reuters"]
    assert first.captions[0].text.startswith("Rebels in their entrenchments at the Tigha base")
    assert first.captions[0].text.endswith("government.")
    assert first.captions[1].text.endswith("destroyed Malian Army vehicle.")
    assert not any("(" in c.text for c in first.captions)
    assert second.captions == ()


def test_seed_body_paragraphs_exclude_captions_and_furniture(seed_articles):
    first, second = seed_articles
    assert len(first.body) == 15
    assert len(second.body) == 9
    assert first.body[-1].startswith("Under Col. Assimi Goita")
    assert second.body[-1].endswith("directly related to religion.")
    furniture = {"Short Url", "Follow", "Updated 05 August 2024", first.headline}
    assert not furniture & set(first.body)
    assert not any(c.text in first.body for c in first.captions)


def test_seed_segments_slice_exactly_and_name_the_headline_once(seed_articles):
    for article in seed_articles:
        assert_segments_slice_exactly(article)
        assert article.segments[0].part == "headline"
        assert article.segments[0].start == 0
    first = seed_articles[0]
    assert [s.part for s in first.segments[:4]] == ["headline", "caption", "summary", "summary"]


def test_seed_article_text_is_its_block_of_the_file(seed_articles, seed_text):
    first, second = seed_articles
    assert first.text in seed_text and second.text in seed_text
    assert first.text.startswith(first.headline)
    assert first.text.endswith("turned toward Russia.")
    assert "Macron" not in first.text
    assert second.text.startswith(second.headline + "\n\nUpdated 07 December 2025")
    assert second.text == second.text.rstrip()


def test_seed_fingerprints_are_sha256_of_text(seed_articles):
    import hashlib

    for article in seed_articles:
        assert article.fingerprint == hashlib.sha256(article.text.encode()).hexdigest()
    assert seed_articles[0].fingerprint != seed_articles[1].fingerprint


# --------------------------------------------------------------------------- layout variants


def _drop_lines(text: str, unwanted) -> str:
    return "\n".join(line for line in text.split("\n") if not unwanted(line.strip()))


def test_crlf_cr_bom_nbsp_and_extra_blank_lines_read_the_same(seed_text):
    expected = [parts(a) for a in parse_seed_text(seed_text)]
    variants = {
        "crlf": seed_text.replace("\n", "\r\n"),
        "cr": seed_text.replace("\n", "\r"),
        "bom": "\ufeff" + seed_text,
        "extra blank lines": seed_text.replace("\n\n", "\n\n\n\n").replace(
            "Short Url\n", "Short Url\n\n"
        )
        + "\n\n\n",
        "blank line between every line": seed_text.replace("\n", "\n\n"),
        "trailing spaces": seed_text.replace("\n", "   \n"),
    }
    for name, variant in variants.items():
        got = [parts(a) for a in parse_seed_text(variant, name)]
        assert got == expected, name


def test_non_breaking_spaces_become_plain_spaces_without_moving_offsets(seed_text):
    variant = seed_text.replace("Updated 05", "Updated\u00a005").replace("DAKAR: ", "DAKAR:\u202f")
    variant = variant.replace("Russian mercenary group", "Russian\u00a0mercenary\u2009group")
    plain, odd = parse_seed_text(seed_text)[0], parse_seed_text(variant)[0]
    assert parts(odd) == parts(plain)
    assert odd.text == plain.text
    assert odd.segments == plain.segments
    assert "\u00a0" not in odd.text


def test_bom_and_crlf_bytes_decode_to_the_same_articles(seed_text, tmp_path):
    path = tmp_path / "bom_crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + seed_text.replace("\n", "\r\n").encode("utf-8"))
    assert [parts(a) for a in read_seed_file(path)] == [
        parts(a) for a in parse_seed_text(seed_text)
    ]


def test_line_numbers_count_crlf_as_one_line(seed_text):
    articles = parse_seed_text(seed_text.replace("\n", "\r\n"))
    assert [a.line for a in articles] == [a.line for a in parse_seed_text(seed_text)]


def test_missing_optional_lines_keep_headline_date_and_body(seed_text):
    full = parse_seed_text(seed_text)
    stripped = _drop_lines(
        seed_text, lambda s: s in ("Short Url", "Follow") or s.endswith("(Getty Images)")
    )
    got = parse_seed_text(stripped)
    assert [parts(a)[:6] for a in got] == [parts(a)[:6] for a in full]
    assert [c.credit for c in got[0].captions] == ["X: @rukigafm", "Reuters"]


def test_missing_headline_repeat_and_summary_points(seed_text):
    lines = seed_text.split("\n")
    headlines = {lines[0], "Macron vows stronger cooperation with Nigeria after mass kidnappings"}
    seen: set[str] = set()
    kept = []
    for line in lines:
        if line in headlines and line in seen:
            continue  # drop the repeat, keep the first occurrence
        seen.add(line)
        if line.strip().startswith("•"):
            continue
        kept.append(line)
    articles = parse_seed_text("\n".join(kept))
    assert [a.headline for a in articles] == [a.headline for a in parse_seed_text(seed_text)]
    assert [a.summary for a in articles] == [(), ()]
    assert [a.dateline for a in articles] == ["DAKAR", "PARIS"]
    assert len(articles[0].body) == 15
    for article in articles:
        assert_segments_slice_exactly(article)


def test_missing_dateline_keeps_the_whole_first_paragraph(seed_text):
    articles = parse_seed_text(seed_text.replace("DAKAR: ", ""))
    assert articles[0].dateline == ""
    assert articles[0].body[0].startswith("Mali said Sunday")


# --------------------------------------------------------------------------- own articles

FERRY = """\
Lake ferry service resumes after six-week shutdown

Passengers queue at the northern pier on the first morning of the restored service. (Supplied)
Short Url
Published 5 Aug 2024
Follow

Lake ferry service resumes after six-week shutdown

  • Two of the four boats are back in service
  • Fares stay at last year's level until December

KISUMU: The lake ferry between Kisumu and Homa Bay resumed on Monday after a six-week shutdown for engine repairs, the operator said.
About 3,000 passengers a day used the route before it closed, according to the county transport office.
The operator said the two remaining boats would return by October.

A repaired engine is lowered into the hull of the MV Nyanza at the dockyard. (Kenya Ports Authority)

Traders on the islands said the closure had doubled the price of fresh fish on the mainland.
"We lost half our customers in a month," said one fish seller, who asked not to be named.
"""

STADIUM = """\
City council approves new stadium despite cost concerns
Updated 05 August 2024 12:30

NEW YORK: The city council voted 31 to 17 on Tuesday to approve a new football stadium, brushing aside warnings that the bill could reach $2.1 billion.
Opponents said the council had not published a full cost estimate.
Supporters argued the stadium would create 4,000 construction jobs. (AFP)
The mayor is expected to sign the measure within ten days.
"""

ELECTION = """\
Electoral commission extends voter registration by a week
Published 12 March 2023
Updated 13 March 2023
Follow

Electoral commission extends voter registration by a week

• The deadline moves from 20 to 27 March

ABUJA, Nigeria: The electoral commission said on Sunday it would keep registration centres open for another week after long queues in several states.
A spokeswoman said 1.2 million people had registered in the past three days alone.
"""


def test_own_article_with_every_optional_part():
    (article,) = parse_seed_text(FERRY, "ferry.txt")
    assert article.headline == "Lake ferry service resumes after six-week shutdown"
    assert article.date == datetime.date(2024, 8, 5)
    assert article.date_kind == "published"
    assert article.dateline == "KISUMU"
    assert article.summary == (
        "Two of the four boats are back in service",
        "Fares stay at last year's level until December",
    )
    assert article.captions == (
        Caption(
            "Passengers queue at the northern pier on the first morning of the restored service.",
            "Supplied",
        ),
        Caption(
            "A repaired engine is lowered into the hull of the MV Nyanza at the dockyard.",
            "Kenya Ports Authority",
        ),
    )
    assert len(article.body) == 5
    assert article.body[0].startswith("The lake ferry between Kisumu and Homa Bay")
    assert article.body[-1].startswith('"We lost half our customers')
    assert_segments_slice_exactly(article)


def test_body_line_ending_in_a_wire_credit_inside_a_run_stays_body():
    (article,) = parse_seed_text(STADIUM)
    assert article.date == datetime.date(2024, 8, 5)
    assert article.date_kind == "updated"
    assert article.dateline == "NEW YORK"
    assert article.captions == ()
    assert "Supporters argued the stadium would create 4,000 construction jobs. (AFP)" in (
        article.body
    )
    assert len(article.body) == 4
    assert_segments_slice_exactly(article)


def test_published_and_updated_lines_in_one_block_give_the_first_date():
    (article,) = parse_seed_text(ELECTION)
    assert article.date == datetime.date(2023, 3, 12)
    assert article.date_kind == "published"
    assert article.dateline == "ABUJA, Nigeria"
    assert article.summary == ("The deadline moves from 20 to 27 March",)
    assert article.body[0].startswith("The electoral commission said on Sunday")
    assert_segments_slice_exactly(article)


def test_several_own_articles_in_one_file_split_at_their_headlines():
    text = FERRY + "\n\n" + STADIUM + "\n" + ELECTION
    articles = parse_seed_text(text, "three.txt")
    assert [a.headline for a in articles] == [
        "Lake ferry service resumes after six-week shutdown",
        "City council approves new stadium despite cost concerns",
        "Electoral commission extends voter registration by a week",
    ]
    assert [a.position for a in articles] == [0, 1, 2]
    lines = text.split("\n")
    assert [lines[a.line - 1] for a in articles] == [a.headline for a in articles]
    # Each article's text ends with its own last paragraph, not the next headline.
    assert articles[0].text.endswith("asked not to be named.")
    assert articles[1].text.endswith("within ten days.")
    for article, alone in zip(articles, (FERRY, STADIUM, ELECTION), strict=True):
        assert parts(article) == parts(parse_seed_text(alone)[0])
        assert article.text == alone.rstrip()
        assert_segments_slice_exactly(article)


def test_articles_written_without_blank_lines_between_them():
    text = STADIUM + ELECTION.replace("Follow\n\n", "")
    first, second = parse_seed_text(text)
    assert first.body[-1] == "The mayor is expected to sign the measure within ten days."
    assert second.headline.startswith("Electoral commission")


def test_multi_line_headline_confirmed_by_its_repeat():
    text = (
        "Drought pushes reservoir to lowest level\n"
        "in forty years, water board says\n"
        "Updated 2 Nov 2024\n"
        "\n"
        "Drought pushes reservoir to lowest level\n"
        "in forty years, water board says\n"
        "\n"
        "TUNIS: The main reservoir serving the capital fell to 18 percent of capacity.\n"
    )
    (article,) = parse_seed_text(text)
    assert article.headline == (
        "Drought pushes reservoir to lowest level in forty years, water board says"
    )
    assert article.body == (
        "The main reservoir serving the capital fell to 18 percent of capacity.",
    )
    assert_segments_slice_exactly(article)


def test_headline_repeat_identifies_a_creditless_caption():
    text = (
        "Museum returns looted bronzes\n"
        "\n"
        "Curators unpack the first crate at the national museum\n"
        "Updated 20 June 2024\n"
        "Follow\n"
        "\n"
        "Museum returns looted bronzes\n"
        "\n"
        "BENIN CITY: Twenty bronze plaques were handed back on Thursday.\n"
    )
    (article,) = parse_seed_text(text)
    assert article.headline == "Museum returns looted bronzes"
    assert article.captions == (
        Caption("Curators unpack the first crate at the national museum", ""),
    )
    assert article.dateline == "BENIN CITY"


@pytest.mark.parametrize(
    ("date_line", "expected", "kind"),
    [
        ("Updated 05 August 2024", datetime.date(2024, 8, 5), "updated"),
        ("Published 5 Aug 2024", datetime.date(2024, 8, 5), "published"),
        ("Updated 05 August 2024 12:30", datetime.date(2024, 8, 5), "updated"),
        ("Updated 5 August 2024, 9:05 pm GMT", datetime.date(2024, 8, 5), "updated"),
        ("Published: August 5, 2024", datetime.date(2024, 8, 5), "published"),
        ("Published Sept. 30, 2023", datetime.date(2023, 9, 30), "published"),
        ("Last updated on Monday 05 August 2024", datetime.date(2024, 8, 5), "updated"),
        ("Published 2024-02-29T08:15:00Z", datetime.date(2024, 2, 29), "published"),
        ("UPDATED 1st March 2022", datetime.date(2022, 3, 1), "updated"),
    ],
)
def test_date_line_forms(date_line, expected, kind):
    text = f"Bridge reopens to traffic\n{date_line}\n\nThe bridge reopened on schedule.\n"
    (article,) = parse_seed_text(text)
    assert (article.date, article.date_kind) == (expected, kind)


@pytest.mark.parametrize(
    ("date_line", "reason"),
    [
        ("Updated 31 February 2024", "31 February 2024 does not exist"),
        ("Published 29 Feb 2023", "29 February 2023 does not exist"),
        ("Updated 31 April 2024", "does not exist"),
        ("Updated 05 Augst 2024", "unknown month 'Augst'"),
        ("Updated 05 August 2024 25:10", "time 25:10 does not exist"),
        ("Updated Friday 05 August 2024", "was a Monday"),
        ("Published 05/08/2024", "ambiguous"),
        ("Updated 05 August 0224", "out of range"),
    ],
)
def test_impossible_or_unreadable_dates_are_refused_on_their_line(date_line, reason):
    text = f"Bridge reopens to traffic\n\n{date_line}\n\nThe bridge reopened on schedule.\n"
    with pytest.raises(SeedFormatError) as caught:
        parse_seed_text(text, "bridge.txt")
    assert caught.value.line == 3
    assert reason in caught.value.reason
    assert str(caught.value).startswith("bridge.txt:3: date line ")
    assert "correct the date" in str(caught.value)


def test_sentences_starting_with_updated_or_published_are_body():
    text = (
        "Publisher reissues out-of-print novels\n"
        "Published 10 Oct 2024\n"
        "\n"
        "LONDON: A small press is bringing back novels that vanished from shops decades ago.\n"
        "Published in 1961, the first title sold only 900 copies.\n"
        "Updated editions will include new introductions.\n"
    )
    (article,) = parse_seed_text(text)
    assert len(article.body) == 3
    assert article.body[1] == "Published in 1961, the first title sold only 900 copies."


@pytest.mark.parametrize(
    ("opening", "dateline", "rest"),
    [
        ("DAKAR: Talks resumed.", "DAKAR", "Talks resumed."),
        ("NEW YORK: Talks resumed.", "NEW YORK", "Talks resumed."),
        ("ABUJA, Nigeria: Talks resumed.", "ABUJA, Nigeria", "Talks resumed."),
        ("N'DJAMENA: Talks resumed.", "N'DJAMENA", "Talks resumed."),
        ("SÃO PAULO: Talks resumed.", "SÃO PAULO", "Talks resumed."),
        ("PORT-AU-PRINCE — Talks resumed.", "PORT-AU-PRINCE", "Talks resumed."),
        ("BREAKING: Talks resumed.", "", "BREAKING: Talks resumed."),
        ("The minister said: talks resumed.", "", "The minister said: talks resumed."),
        ("US envoy: talks resumed.", "", "US envoy: talks resumed."),
    ],
)
def test_dateline_detection_in_seed_articles(opening, dateline, rest):
    text = f"Talks resume\nUpdated 01 July 2024\n\n{opening}\nA second paragraph.\n"
    (article,) = parse_seed_text(text)
    assert article.dateline == dateline
    assert article.body[0] == rest
    assert_segments_slice_exactly(article)


def test_html_and_script_in_the_text_are_kept_verbatim():
    (article,) = read_seed_file(BAD / "script.txt")
    assert article.headline == "Town council publishes <b>budget</b> draft online"
    assert "<script>alert('x')</script>" in article.body[1]
    assert article.body[2].startswith('Officials said the <a href="javascript:void(0)">link</a>')
    assert "&" in article.body[2] and "&amp;" not in article.text
    assert_segments_slice_exactly(article)


# --------------------------------------------------------------------------- refusals

BAD_SEEDS = [
    ("empty.txt", 0, "file is empty"),
    ("binary.txt", 0, "binary content (NUL byte at byte offset 5)"),
    ("latin1.txt", 0, "not UTF-8 (invalid byte 0xe9 at byte offset 358); re-run with --encoding"),
    ("truncated.txt", 4, "no body paragraph (cut off?)"),
    ("impossible_date.txt", 3, "31 February 2024 does not exist"),
    ("no_article.txt", 0, "no article found"),
    ("text_before_headline.txt", 1, "text before the first article's headline"),
    ("ambiguous_date.txt", 2, "is ambiguous"),
    ("utf16.txt", 0, "looks like UTF-16"),
]


@pytest.mark.parametrize(("name", "line", "reason"), BAD_SEEDS, ids=[b[0] for b in BAD_SEEDS])
def test_bad_seed_files_are_refused_with_file_line_and_reason(name, line, reason):
    path = BAD / name
    with pytest.raises(SeedFormatError) as caught:
        read_seed_file(path)
    error = caught.value
    message = str(error)
    assert message.startswith(f"{path}:{line}: ")
    assert (error.filename, error.line) == (str(path), line)
    assert reason in error.reason
    assert ";" in error.reason, "the message should say what to do"
    assert "\n" not in message


def test_every_file_in_the_bad_seed_corpus_has_an_expectation():
    covered = {name for name, _, _ in BAD_SEEDS} | {"script.txt"}
    assert {p.name for p in BAD.iterdir()} == covered


def test_latin1_file_reads_with_an_explicit_encoding():
    (article,) = read_seed_file(BAD / "latin1.txt", encoding="latin-1")
    assert article.dateline == "MOMBASA"
    assert article.summary == ("The increase of 12 percent was due to start in April",)
    assert article.body[1].startswith("Café owners and commuters")


def test_missing_file_is_a_format_error_on_line_zero(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(SeedFormatError) as caught:
        read_seed_file(missing)
    assert str(caught.value).startswith(f"{missing}:0: cannot read the file")
    assert "check the path" in str(caught.value)


def test_directory_instead_of_file_is_a_format_error(tmp_path):
    with pytest.raises(SeedFormatError, match="cannot read the file"):
        read_seed_file(tmp_path)


def test_decode_names_the_invalid_byte_and_its_offset():
    data = b"Headline\nUpdated 05 August 2024\n\nCaf\xe9\n"
    with pytest.raises(SeedFormatError) as caught:
        decode_seed_bytes(data, "x.txt")
    assert str(caught.value) == (
        "x.txt:0: not UTF-8 (invalid byte 0xe9 at byte offset 36); re-run with --encoding "
        "latin-1 if the file uses another encoding"
    )
    assert decode_seed_bytes(data, "x.txt", encoding="latin-1").endswith("Café\n")


def test_decode_counts_offsets_from_the_start_of_the_file_including_the_bom():
    with pytest.raises(SeedFormatError, match=r"invalid byte 0xff at byte offset 5\)"):
        decode_seed_bytes(b"\xef\xbb\xbfab\xff", "bom.txt")
    assert decode_seed_bytes(b"\xef\xbb\xbfabc", "bom.txt") == "abc"


def test_decode_refuses_unknown_encodings_and_control_character_soup():
    with pytest.raises(SeedFormatError, match="unknown encoding 'klingon'"):
        decode_seed_bytes(b"abc", "x.txt", encoding="klingon")
    with pytest.raises(SeedFormatError, match="binary content"):
        decode_seed_bytes(bytes(range(1, 32)) * 10, "x.txt")
    with pytest.raises(SeedFormatError, match="NUL character"):
        decode_seed_bytes("a\x00b".encode("utf-16"), "x.txt", encoding="utf-16")


def test_nul_and_lone_surrogates_in_text_are_refused_with_their_line():
    with pytest.raises(SeedFormatError) as caught:
        parse_seed_text("Headline\r\nUpdated 05 August 2024\r\n\r\nBody\x00text\r\n", "n.txt")
    assert str(caught.value).startswith("n.txt:4: contains a NUL character")
    with pytest.raises(SeedFormatError, match=r"^s.txt:2: contains an unpaired surrogate"):
        parse_seed_text("Headline\n\ud800\n", "s.txt")


def test_date_line_at_the_top_of_the_file_has_no_headline():
    with pytest.raises(SeedFormatError) as caught:
        parse_seed_text("\nUpdated 05 August 2024\n\nSome body.\n", "top.txt")
    assert str(caught.value).startswith("top.txt:2: date line without a headline")


def test_second_article_cut_off_refuses_the_whole_file():
    text = FERRY + "\nBudget vote postponed again\nUpdated 9 Sep 2024\nFollow\n"
    with pytest.raises(SeedFormatError) as caught:
        parse_seed_text(text, "two.txt")
    assert "'Budget vote postponed again' has a headline and a date but no body" in str(
        caught.value
    )
    assert caught.value.line == text.split("\n").index("Updated 9 Sep 2024") + 1


def test_whitespace_only_file_is_empty():
    with pytest.raises(SeedFormatError, match=r"^w.txt:0: file is empty"):
        parse_seed_text("\ufeff \n\r\n\u00a0\t\n", "w.txt")


# --------------------------------------------------------------------------- plain articles


def test_plain_article_with_reuters_style_dateline():
    text = (
        "Nigeria's central bank holds rates steady\n"
        "\n"
        "LAGOS, Nigeria (Reuters) - Nigeria's central bank kept its benchmark rate at 27.5% "
        "on Tuesday, citing slowing inflation.\n"
        "\n"
        "The decision was in line with the forecasts of most analysts.\n"
    )
    article = parse_plain_article(text, datetime.date(2025, 5, 20), "cbn.txt")
    assert article.headline == "Nigeria's central bank holds rates steady"
    assert article.dateline == "LAGOS, Nigeria"
    assert article.body[0].startswith("Nigeria's central bank kept its benchmark rate")
    assert len(article.body) == 2
    assert (article.date, article.date_kind) == (datetime.date(2025, 5, 20), "published")
    assert (article.summary, article.captions, article.position, article.line) == ((), (), 0, 1)
    assert_segments_slice_exactly(article)


@pytest.mark.parametrize(
    ("opening", "dateline", "first"),
    [
        ("KYIV: Air raid sirens sounded overnight.", "KYIV", "Air raid sirens sounded overnight."),
        ("WASHINGTON (AP) — The Senate adjourned.", "WASHINGTON", "The Senate adjourned."),
        ("Dakar (AFP) - Rain flooded the market.", "Dakar", "Rain flooded the market."),
        ("LONDON, March 3 (Reuters) - Shares fell.", "LONDON", "Shares fell."),
        ("BEIRUT — Power cuts lasted 20 hours.", "BEIRUT", "Power cuts lasted 20 hours."),
        ("Power cuts lasted 20 hours.", "", "Power cuts lasted 20 hours."),
        (
            "Minister (left) - shown here - resigned.",
            "",
            "Minister (left) - shown here - resigned.",
        ),
    ],
)
def test_plain_article_dateline_styles(opening, dateline, first):
    article = parse_plain_article(f"Headline\n{opening}\nSecond.\n", datetime.date(2024, 1, 2))
    assert article.dateline == dateline
    assert article.body == (first, "Second.")
    assert_segments_slice_exactly(article)


def test_plain_article_single_newline_and_blank_line_paragraphs_read_alike():
    single = "Headline here\nFirst paragraph.\nSecond paragraph.\nThird paragraph.\n"
    blank = "\n\nHeadline here\n\nFirst paragraph.\n\n\nSecond paragraph.\n\nThird paragraph.\n\n"
    day = datetime.date(2024, 1, 2)
    one, two = parse_plain_article(single, day), parse_plain_article(blank, day)
    assert one.body == two.body == ("First paragraph.", "Second paragraph.", "Third paragraph.")
    assert two.line == 3
    assert two.text.startswith("Headline here") and two.text.endswith("Third paragraph.")


def test_plain_article_normalises_crlf_and_odd_spaces():
    text = "\ufeffHeadline\u00a0here\r\nWASHINGTON\u00a0(AP) —\u2009The vote passed.\r\n"
    article = parse_plain_article(text, datetime.date(2024, 1, 2))
    assert article.headline == "Headline here"
    assert article.dateline == "WASHINGTON"
    assert article.body == ("The vote passed.",)
    assert "\r" not in article.text


def test_plain_article_without_body_is_refused():
    with pytest.raises(SeedFormatError, match=r"^p.txt:2: no body paragraph after the headline"):
        parse_plain_article("\nJust a headline\n\n", datetime.date(2024, 1, 2), "p.txt")
    with pytest.raises(SeedFormatError, match=r"^p.txt:0: text is empty"):
        parse_plain_article("  \n", datetime.date(2024, 1, 2), "p.txt")


# --------------------------------------------------------------------------- robustness
# These are hang guards, not performance targets (those live in bench/): the bound is far
# above the milliseconds these inputs take, so only quadratic or runaway parsing trips it.
HANG_GUARD_SECONDS = 10.0


def _timed(call):
    began = time.perf_counter()
    try:
        result = call()
    except SeedFormatError as error:
        result = error
    return result, time.perf_counter() - began


MEGABYTE = 1024 * 1024


def test_huge_single_line_file_is_refused_quickly(tmp_path):
    path = tmp_path / "huge_line.txt"
    path.write_text("The committee met again. " * (MEGABYTE // 25), encoding="utf-8")
    result, seconds = _timed(lambda: read_seed_file(path))
    assert isinstance(result, SeedFormatError)
    assert "no article found" in result.reason
    assert seconds < HANG_GUARD_SECONDS


@pytest.mark.parametrize(
    "line",
    [
        "x" * MEGABYTE,
        "(" * MEGABYTE,
        "A" * MEGABYTE + ")",
        "(" + "A" * MEGABYTE + ")",
        "DAKAR" * (MEGABYTE // 5) + ": text",
        "• " * (MEGABYTE // 2),
        "Updated 05 August 2024 " * (MEGABYTE // 23),
        ":" * MEGABYTE,
        " - " * (MEGABYTE // 3),
    ],
    ids=[
        "letters",
        "parens",
        "credit-end",
        "one-long-credit",
        "dateline",
        "bullets",
        "dates",
        "colons",
        "dashes",
    ],
)
def test_huge_line_inside_an_article_parses_quickly(line):
    text = f"Headline of a long article\nUpdated 05 August 2024\n\nPARIS: Start.\n{line}\nEnd.\n"
    result, seconds = _timed(lambda: parse_seed_text(text, "big.txt"))
    assert seconds < HANG_GUARD_SECONDS
    assert isinstance(result, list)
    (article,) = result
    assert article.body[0] == "Start."
    assert article.body[-1] == "End."
    assert_segments_slice_exactly(article)


def test_huge_line_where_the_headline_should_be_is_refused_quickly():
    text = "H" * MEGABYTE + "\nUpdated 05 August 2024\n\nBody.\n"
    result, seconds = _timed(lambda: parse_seed_text(text, "big.txt"))
    assert seconds < HANG_GUARD_SECONDS
    assert isinstance(result, SeedFormatError)
    assert str(result).startswith(f"big.txt:1: headline is {MEGABYTE} characters long")


def test_huge_summary_of_repeated_bullets_parses_quickly():
    text = "Headline\nUpdated 05 August 2024\n\n" + "•" * MEGABYTE + " point\n\nBody.\n"
    result, seconds = _timed(lambda: parse_seed_text(text))
    assert seconds < HANG_GUARD_SECONDS
    (article,) = result
    assert article.summary == ("point",)


def test_hundred_thousand_blank_lines_and_many_lines_parse_quickly():
    text = FERRY + "\n" * 100_000 + STADIUM + "\n" * 100_000
    result, seconds = _timed(lambda: parse_seed_text(text))
    assert seconds < HANG_GUARD_SECONDS
    assert [a.headline for a in result] == [
        "Lake ferry service resumes after six-week shutdown",
        "City council approves new stadium despite cost concerns",
    ]
    many_lines = STADIUM + "Another paragraph.\n" * 100_000
    result, seconds = _timed(lambda: parse_seed_text(many_lines))
    assert seconds < HANG_GUARD_SECONDS
    assert len(result[0].body) == 100_004


def test_thousands_of_articles_and_date_lines_stay_linear():
    text = (STADIUM + "\n") * 2000
    result, seconds = _timed(lambda: parse_seed_text(text))
    assert seconds < HANG_GUARD_SECONDS
    assert len(result) == 2000
    dates_only = "Headline\n" + "Updated 05 August 2024\n" * 50_000
    result, seconds = _timed(lambda: parse_seed_text(dates_only, "d.txt"))
    assert seconds < HANG_GUARD_SECONDS
    assert isinstance(result, SeedFormatError)
    assert "no body paragraph" in result.reason


def test_page_copied_twice_gives_two_identical_articles():
    first, second = parse_seed_text(FERRY + "\n" + FERRY)
    assert parts(first) == parts(second) == parts(parse_seed_text(FERRY)[0])
    assert first.fingerprint == second.fingerprint
    assert (first.line, second.line) == (1, FERRY.count("\n") + 2)


def test_follow_and_short_url_lines_above_the_first_headline_are_ignored():
    (article,) = parse_seed_text("Follow\nShort Url\n\n" + STADIUM)
    assert article.line == 4
    assert article.headline == "City council approves new stadium despite cost concerns"
