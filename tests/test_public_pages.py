"""The claim, speaker, article and event pages, their JSON twins, escaping and methods."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

import pytest
from django.test import Client

from claims.models import Appearance, Claim, ClaimRelation, RelationKind, RelationStatus, Status
from tests.conftest import make_claim, make_source, make_speaker
from tests.public_fixtures import *  # noqa: F403 -- the world and fresh_cache fixtures
from tests.public_fixtures import SCRIPT_TEXT, span

pytestmark = pytest.mark.django_db


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def text_of(html: str) -> str:
    """The visible text, tags dropped and whitespace collapsed."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# --- claim page --------------------------------------------------------------------------


def test_claim_page_shows_figure_speaker_quote_source_and_review(client, world):
    html = page(client, f"/claims/{world.verified.pk}/")
    assert '<h1 class="big-figure">over 12,000 people displaced</h1>' in html
    assert '<a href="/speakers/amina-okafor/">Amina Okafor</a>' in html
    assert (
        'Governor Amina Okafor told reporters that <mark class="figure">over 12,000</mark>'
        " people had been displaced." in html
    )
    assert '<a href="/sources/floods-ruvu-delta/">Floods drive thousands' in html
    assert "Coastal Courier" in html and "4 March 2024" in html
    assert '<time datetime="2024-03-03">3 March 2024</time>' in html
    assert "Verified" in html and "Verdict: Mostly accurate" in html
    assert "Camp registers show 11,800 by 6 March." in html
    assert "12,000 or more" in text_of(html)


def test_claim_page_links_the_event_comparison(client, world):
    html = page(client, f"/claims/{world.verified.pk}/")
    assert '<a class="button" href="/events/ruvu-delta-floods/">Compare all figures' in html


def test_unreviewed_claim_page_says_not_yet_reviewed(client, world):
    html = page(client, f"/claims/{world.unreviewed.pk}/")
    assert "not yet been reviewed" in html
    assert '<span class="status status-unreviewed">Not yet reviewed</span>' in html
    assert 'type="application/ld+json"' not in html  # no verdict, no ClaimReview


def test_confirming_and_contradicting_claims_side_by_side(client, world):
    html = page(client, f"/claims/{world.unreviewed.pk}/")
    confirms = html[html.index('<div class="confirms">') : html.index('<div class="contradicts">')]
    contradicts = html[html.index('<div class="contradicts">') :]
    assert "Over 12,000 people displaced" in contradicts  # accepted
    assert "over 12,000 vs 8,500" in contradicts  # its rationale
    # the suggested confirmation is shown, labelled as an unreviewed suggestion
    assert "8,500 people in the camps, again" in confirms
    assert "Unreviewed suggestions (found automatically, not checked by the desk)" in confirms
    assert "Unreviewed suggestion</span>" in confirms


def test_rejected_relations_are_not_shown(client, world):
    html = page(client, f"/claims/{world.bridges.pk}/")
    assert "Over 12,000 people displaced" not in html  # the relation was rejected by the desk


def test_claim_quoted_in_two_articles_lists_both(client, world):
    Appearance.objects.create(
        claim=world.repeat,
        source=world.flood,
        **span(
            world.flood.text,
            "Volunteers from the Delta Relief Society counted 8,500 displaced people in the camps.",
            "8,500",
        ),
    )
    html = page(client, f"/claims/{world.repeat.pk}/")
    assert "Also quoted in" in html
    first = html.index("The society again counted")
    assert first < html.index("Volunteers from the Delta Relief Society")  # first source leads


def test_claim_json_twin_has_review_quote_and_relations(client, world):
    body = client.get(f"/claims/{world.unreviewed.pk}/?format=json").json()
    assert body["status"] == "unreviewed" and body["reviewed"] is False
    assert body["appearances"][0]["quote"].startswith("Volunteers from the Delta Relief Society")
    assert [r["claim"]["id"] for r in body["relations"]["contradicts"]] == [world.verified.pk]
    assert [r["claim"]["id"] for r in body["relations"]["suggested_confirms"]] == [world.repeat.pk]
    assert body["relations"]["suggested_confirms"][0]["reviewed"] is False
    assert body["claim_review"] is None


def test_unknown_claim_is_404_in_html_and_json(client, world):
    assert client.get("/claims/999999/").status_code == 404
    response = client.get("/claims/999999/?format=json")
    assert response.status_code == 404
    assert "errors" in response.json()
    assert client.get("/claims/99999999999999999999999/").status_code == 404


def test_claim_without_offsets_shows_the_quote_plainly(client, world):
    claim = make_claim(source=world.second, text="A figure without offsets")
    Appearance.objects.create(
        claim=claim, source=world.second, quote="Camps fill up", start=0, end=13
    )
    html = page(client, f"/claims/{claim.pk}/")
    assert '<blockquote class="quote">Camps fill up</blockquote>' in html


def test_claim_quoted_nowhere_names_its_source(client, world):
    claim = make_claim(source=world.second, text="A figure typed in by the desk")
    html = page(client, f"/claims/{claim.pk}/")
    assert '<h2 id="quote-title">Source</h2>' in html
    assert f'href="/sources/{world.second.slug}/"' in html
    assert client.get(f"/claims/{claim.pk}/?format=json").json()["appearances"] == []


# --- escaping ------------------------------------------------------------------------------


def test_article_with_script_is_escaped_everywhere(client, db):
    source = make_source(
        headline="Council <script>alert('x')</script> row over relief money",
        slug="council-row",
        text=SCRIPT_TEXT,
        publisher="<i>Gazette</i>",
    )
    speaker = make_speaker("Treasurer <img src=x onerror=alert(1)>")
    quote = "The treasurer said 2,000,000 shillings were spent <b>in March</b> & more was due."
    claim = make_claim(
        source=source,
        speaker=speaker,
        text="2,000,000 shillings spent </script><script>alert(2)</script>",
        figure_text="2,000,000",
        value=Decimal("2000000"),
        counts="shillings spent",
        status=Status.VERIFIED,
        verdict="accurate",
    )
    Appearance.objects.create(claim=claim, source=source, **span(SCRIPT_TEXT, quote, "2,000,000"))
    for url in (
        "/sources/council-row/",
        f"/claims/{claim.pk}/",
        "/claims/",
        "/speakers/" + speaker.slug + "/",
    ):
        html = page(client, url)
        assert "<script>alert" not in html, url
        assert "<img src=x" not in html, url
        assert "<b>in March</b>" not in html, url
        assert "<i>Gazette</i>" not in html, url
    article = page(client, "/sources/council-row/")
    assert "Council &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; row" in article
    assert "&lt;b&gt;in March&lt;/b&gt; &amp; more was due." in article
    assert '<a class="figure" href="/claims/' in article  # highlighting still works
    # The JSON-LD block must not be closable by the claim text.
    claim_html = page(client, f"/claims/{claim.pk}/")
    block = claim_html[claim_html.index('type="application/ld+json">') :]
    block = block[: block.index("</script>")]
    assert "<" not in block.split(">", 1)[1]


# --- speaker page ---------------------------------------------------------------------------


def test_speaker_page_shows_who_aliases_claims_and_scorecard(client, world):
    html = page(client, "/speakers/amina-okafor/")
    assert "<h1>Amina Okafor</h1>" in html
    assert "Governor of the delta region" in html
    assert '<span class="alias">Governor Okafor</span>' in html
    assert "Over 12,000 people displaced by the Ruvu floods" in html
    assert "Up to 40 bridges washed away" in html
    visible = text_of(html)
    assert "2 public claims." in visible
    assert "Verified 1" in visible and "Disputed 1" in visible and "Not yet reviewed 0" in visible
    assert "Mostly accurate 1" in visible and "Inaccurate 1" in visible


def test_speaker_claims_are_paged(client, world):
    for i in range(22):
        make_claim(speaker=world.okafor, text=f"Extra claim {i}", value=Decimal(i))
    html = page(client, "/speakers/amina-okafor/")
    assert html.count('class="claim-text"') == 20
    assert 'rel="next" href="?page=2"' in html
    second = page(client, "/speakers/amina-okafor/?page=2")
    assert second.count('class="claim-text"') == 4
    bad = page(client, "/speakers/amina-okafor/?page=zero")
    assert "Page must be a whole number" in bad
    assert client.get("/speakers/amina-okafor/?page=zero&format=json").status_code == 400


def test_speaker_json_and_csv_twins(client, world):
    body = client.get("/speakers/amina-okafor/?format=json").json()
    assert body["aliases"] == ["Governor Okafor"]
    assert body["scorecard"]["total"] == 2
    assert body["scorecard"]["verdict"]["inaccurate"] == 1
    assert {c["id"] for c in body["claims"]} == {world.verified.pk, world.bridges.pk}
    response = client.get("/speakers/amina-okafor/?format=csv")
    rows = b"".join(response.streaming_content).decode().splitlines()
    assert len(rows) == 3 and rows[0].startswith("id,url,speaker")


def test_unknown_speaker_is_404(client, world):
    assert client.get("/speakers/nobody/").status_code == 404
    assert client.get("/speakers/nobody/?format=json").status_code == 404


def test_a_speaker_missing_a_moment_ago_gets_its_page_at_once(client, world):
    # Found speakers are cached as briefly as the facet counts; a miss is never cached.
    assert client.get("/speakers/lena-brook/").status_code == 404
    make_claim(speaker=make_speaker("Lena Brook", slug="lena-brook"))
    assert "Lena Brook" in page(client, "/speakers/lena-brook/")


# --- article page --------------------------------------------------------------------------


def test_article_page_highlights_and_links_each_claim(client, world):
    html = page(client, "/sources/floods-ruvu-delta/")
    assert "<h1>Floods drive thousands from homes in the Ruvu delta</h1>" in html
    assert "Coastal Courier" in html and "4 March 2024" in html and "KIBITI" in html
    for claim in (world.verified, world.unreviewed, world.bridges):
        assert f'<a class="figure" href="/claims/{claim.pk}/"' in html
        assert f'<a class="ref" href="/claims/{claim.pk}/"' in html
    assert '<mark class="quote">Okafor added that </mark>' in html
    assert '<p class="summary">' in html  # summary line recognised in the text
    assert "Heavy rain swept the Ruvu delta" in html


def test_overlapping_quotes_are_split_not_nested(client, world):
    # A second claim whose quote covers the governor's sentence and the next one.
    text = world.flood.text
    quote = (
        "Governor Amina Okafor told reporters that over 12,000 people had been displaced.\n"
        "Volunteers from the Delta Relief Society counted 8,500"
    )
    wide = make_claim(source=world.flood, text="Wide claim", status=Status.IN_REVIEW)
    Appearance.objects.create(claim=wide, source=world.flood, **span(text, quote, "over 12,000"))
    html = page(client, "/sources/floods-ruvu-delta/")
    assert '<mark class="quote overlap"><a class="figure" href="/claims/' in html
    assert "<mark" not in re.sub(r"<mark[^>]*>[^<]*(<a[^>]*>[^<]*</a>)?[^<]*</mark>", "", html)
    assert f'<a class="ref" href="/claims/{wide.pk}/"' in html
    assert html.count("<mark") == html.count("</mark>")


def test_claim_quoted_twice_in_one_article_gets_one_number(client, world):
    Appearance.objects.create(
        claim=world.verified,
        source=world.flood,
        part="summary",
        **span(
            world.flood.text,
            "The governor says over 12,000 people have left their villages",
            "over 12,000",
        ),
    )
    html = page(client, "/sources/floods-ruvu-delta/")
    assert html.count(f'<a class="figure" href="/claims/{world.verified.pk}/"') == 2
    assert html.count(f'<a class="ref" href="/claims/{world.verified.pk}/"') == 2
    assert (
        html.count(
            'title="Amina Okafor: Over 12,000 people displaced by the Ruvu floods (Verified)">[1]'
        )
        == 2
    )
    assert html.count(f'<li value="1"><a href="/claims/{world.verified.pk}/">') == 1


def test_article_json_twin(client, world):
    body = client.get("/sources/floods-ruvu-delta/?format=json").json()
    assert body["publisher"] == "Coastal Courier"
    assert body["text"].startswith("Floods drive thousands")
    assert {c["id"] for c in body["claims"]} == {
        world.verified.pk,
        world.unreviewed.pk,
        world.bridges.pk,
    }
    spans = {a["claim"]: a for a in body["appearances"]}
    verified = spans[world.verified.pk]
    assert body["text"][verified["figure_start"] : verified["figure_end"]] == "over 12,000"


def test_unknown_article_is_404(client, db):
    assert client.get("/sources/nothing-here/").status_code == 404


# --- event page ----------------------------------------------------------------------------


def test_event_page_groups_charts_and_states_the_range(client, world):
    html = page(client, "/events/ruvu-delta-floods/")
    assert "<h1>Ruvu delta floods, March 2024</h1>" in html
    assert html.index("People displaced") < html.index("Bridges washed away")
    visible = text_of(html)
    assert "Lowest lower bound: 8,500 (Delta Relief Society, “8,500”)." in visible
    assert (
        "Highest upper bound: none, 1 claim sets no upper limit (Amina Okafor, “over 12,000”)."
        in visible
    )
    assert "The figure given by the most claims is 8,500 (2 of 3 claims)." in visible
    assert (
        "Lowest lower bound: none, 1 claim sets no lower limit (Amina Okafor, “up to 40”)."
        in visible
    )
    assert html.count('<svg class="chart"') == 2
    # "over 12,000" runs to the right edge and ends in an arrow; "up to 40" arrows to the left.
    assert html.count('<polygon class="arrow"') == 2
    assert f'<a href="/claims/{world.verified.pk}/" class="row">' in html
    assert f'<a href="/claims/{world.unreviewed.pk}/" class="row unreviewed">' in html


def test_event_page_shows_a_change_to_its_claims_at_once(client, world):
    url = "/events/ruvu-delta-floods/"
    assert "Lowest lower bound: 8,500" in text_of(page(client, url))  # now cached
    claim = Claim.objects.get(pk=world.verified.pk)
    claim.figure_text, claim.value, claim.lower, claim.upper = "7,000", 7000, None, None
    claim.save()
    assert "Lowest lower bound: 7,000" in text_of(page(client, url))
    make_claim(event=claim.event, value=Decimal(9000), counts="people displaced",
               measure_key=claim.measure_key, figure_text="9,000")
    assert "9,000" in text_of(page(client, url))
    Claim.objects.filter(pk=claim.pk).update(status=Status.REJECTED)  # no updated_at change
    assert "Lowest lower bound: 7,000" not in text_of(page(client, url))


def test_event_json_twin_gives_ranges(client, world):
    body = client.get("/events/ruvu-delta-floods/?format=json").json()
    displaced = body["groups"][0]
    assert displaced["measure"] == "people displaced"
    assert displaced["lowest_lower_bound"] == 8500
    assert displaced["highest_upper_bound"] is None  # open above
    assert displaced["open_above"] == 1
    assert displaced["most_stated"] == [8500] and displaced["most_stated_count"] == 2
    bridges = body["groups"][1]
    assert bridges["lowest_lower_bound"] is None and bridges["highest_upper_bound"] == 40


def test_event_with_only_closed_ranges(client, db):
    from claims.models import Event

    event = Event.objects.create(name="Harbour strike", slug="harbour-strike")
    for value, lower, upper in ((100, 90, 110), (150, None, None), (150, None, None)):
        make_claim(
            event=event,
            value=Decimal(value),
            lower=lower,
            upper=upper,
            counts="dockers on strike",
            measure_key="dockers on strike",
            stated_on=datetime.date(2024, 5, 1),
        )
    visible = text_of(page(client, "/events/harbour-strike/"))
    assert "Lowest lower bound: 90" in visible
    assert "Highest upper bound: 150" in visible
    assert "The figure given by the most claims is 150 (2 of 3 claims)." in visible
    assert "not yet confirmed" in visible  # a suggested event is labelled


def test_unknown_event_is_404(client, db):
    assert client.get("/events/no-such-event/").status_code == 404


# --- methods, robots ---------------------------------------------------------------------


PUBLIC_URLS = [
    "/",
    "/claims/",
    "/claims/{claim}/",
    "/speakers/amina-okafor/",
    "/sources/floods-ruvu-delta/",
    "/events/ruvu-delta-floods/",
    "/feeds/claims/",
    "/sitemap.xml",
    "/sitemap-claims.xml",
    "/robots.txt",
]


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_only_get_and_head_are_answered(world, url):
    url = url.format(claim=world.verified.pk)
    client = Client(enforce_csrf_checks=True)  # as in production: still 405, not a CSRF 403
    assert client.get(url).status_code == 200
    assert client.head(url).status_code == 200
    for method in ("post", "put", "patch", "delete", "options"):
        assert getattr(client, method)(url).status_code == 405, (method, url)


def test_robots_txt_points_to_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_pages_link_the_stylesheet_and_fit_a_phone(client, world):
    html = page(client, "/claims/")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert '<link rel="stylesheet" href="/static/claims/site.css">' in html
    assert "style=" not in html and "<style" not in html
    assert client.get("/static/claims/site.css").status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/claims/",
        "/claims/{claim}/",
        "/speakers/amina-okafor/",
        "/sources/floods-ruvu-delta/",
        "/events/ruvu-delta-floods/",
    ],
)
def test_no_inline_styles_or_scripts(client, world, url):
    html = page(client, url.format(claim=world.verified.pk))
    assert "style=" not in html and "<style" not in html
    assert re.findall(r"<script(?![^>]*application/ld\+json)", html) == []


def test_relation_between_public_claims_shows_on_both_sides(client, world):
    ClaimRelation.objects.create(
        from_claim=world.bridges,
        to_claim=world.repeat,
        kind=RelationKind.CONFIRMS,
        status=RelationStatus.ACCEPTED,
    )
    assert "Up to 40 bridges washed away" in page(client, f"/claims/{world.repeat.pk}/")
    assert "8,500 people in the camps, again" in page(client, f"/claims/{world.bridges.pk}/")
