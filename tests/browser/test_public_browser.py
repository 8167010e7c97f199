"""A reader in a real browser: filter the public list, export it as CSV, open a claim, follow
its speaker, compare the event's figures; on a desktop and a phone. And an article full of
markup, shown as text with no script run."""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path

from playwright.sync_api import expect

from claims.services.importing import import_plain_article
from tests.browser.conftest import BROWSER_MARKS
from tests.public_fixtures import build_world

pytestmark = BROWSER_MARKS


def test_reader_filters_exports_opens_a_claim_and_follows_its_speaker(
    live_server, new_page, artifacts
):
    world = build_world()
    # JavaScript off: the pages must work without it.
    page = new_page(java_script_enabled=False)

    page.goto(f"{live_server.url}/claims/")
    expect(page.locator("h1")).to_have_text("Claims")
    expect(page.locator("li.claim")).to_have_count(4)
    # the stylesheet is served and applied (the filter form sits beside the list)
    assert (
        page.locator(".filter-form button").evaluate("b => getComputedStyle(b).backgroundColor")
        == "rgb(11, 87, 164)"
    )

    page.get_by_label("Status").select_option("verified")
    page.get_by_label("Search").fill("displaced")
    page.get_by_role("button", name="Show claims").click()
    expect(page).to_have_url(
        f"{live_server.url}/claims/?q=displaced&status=verified"
        "&verdict=&kind=&qualifier=&value_min=&value_max="
        "&stated_after=&stated_before=&has_contradictions="
        "&speaker=&source=&event=&sort=newest"
    )
    expect(page.locator("li.claim")).to_have_count(1)
    expect(page.locator(".active-filters")).to_contain_text("Status: Verified")

    # The CSV export of the filtered list downloads exactly what the list shows.
    with page.expect_download() as download_info:
        page.locator(".exports").get_by_role("link", name="CSV").click()
    download = download_info.value
    assert download.suggested_filename == "claims.csv"
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert [(r["id"], r["text"], r["status"], r["verdict"]) for r in rows] == [
        (str(world.verified.pk), "Over 12,000 people displaced by the Ruvu floods", "verified",
         "mostly_accurate")
    ]
    assert rows[0]["speaker"] == "Amina Okafor"
    assert rows[0]["url"] == f"{live_server.url}/claims/{world.verified.pk}/"

    page.get_by_role("link", name="Over 12,000 people displaced by the Ruvu floods").click()
    expect(page).to_have_url(f"{live_server.url}/claims/{world.verified.pk}/")
    expect(page.locator("h1.big-figure")).to_have_text("over 12,000 people displaced")
    expect(page.locator("blockquote mark.figure")).to_have_text("over 12,000")
    expect(page.locator(".contradicts")).to_contain_text("8,500 displaced people in camps")
    review = json.loads(page.locator('script[type="application/ld+json"]').text_content())
    assert review["@type"] == "ClaimReview"
    assert review["reviewRating"]["alternateName"] == "Mostly accurate"
    page.screenshot(path=str(artifacts / "claim-page.png"), full_page=True)

    # The speaker link leads to her page: who she is and her public claims, none rejected.
    page.locator(".kicker").get_by_role("link", name="Amina Okafor").click()
    expect(page).to_have_url(f"{live_server.url}/speakers/amina-okafor/")
    expect(page.locator("h1")).to_contain_text("Amina Okafor")
    expect(page.locator("main")).to_contain_text("Governor of the delta region")
    expect(page.locator("main")).to_contain_text("Governor Okafor")  # her alias
    expect(page.locator("li.claim")).to_have_count(2)
    expect(page.locator("main")).to_contain_text("Up to 40 bridges washed away")
    expect(page.locator("main")).not_to_contain_text("999 villagers missing")

    page.go_back()
    page.get_by_role("link", name="Compare all figures for this event").click()
    expect(page).to_have_url(f"{live_server.url}/events/ruvu-delta-floods/")
    expect(page.locator("svg.chart")).to_have_count(2)
    chart = page.locator("section.measure", has=page.locator("svg.chart")).first
    expect(chart).to_contain_text("over 12,000")
    chart.screenshot(path=str(artifacts / "event-chart.png"))
    page.screenshot(path=str(artifacts / "public-event.png"), full_page=True)

    # A phone: nothing wider than the screen.
    small = new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
    for path in (
        "/claims/",
        f"/claims/{world.verified.pk}/",
        "/sources/floods-ruvu-delta/",
        "/events/ruvu-delta-floods/",
    ):
        small.goto(live_server.url + path)
        width = small.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, (path, width)
    small.goto(f"{live_server.url}/claims/")
    small.screenshot(path=str(artifacts / "public-list-phone.png"), full_page=True)


SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"
SCRIPT_LADEN = (
    "MARSHPORT: The storm cut power along the coast on Tuesday night.\n"
    f"Mayor Jonas Petrov said 1,200 households lost power {SCRIPT} before dawn.\n"
    f"A notice pinned at the depot read {IMG} and nothing else.\n"
    "The utility said 300 workers were repairing the lines.\n"
)


def test_script_laden_article_is_shown_as_text_and_runs_nothing(
    live_server, page, log_in, admin_user, artifacts
):
    # The importer's real path, as the admin's "add an article" form uses it.
    source, claims, status = import_plain_article(
        headline=f"Storm {SCRIPT} cuts power",
        text=SCRIPT_LADEN,
        date=datetime.date(2024, 5, 2),
        publisher="Marsh Post",
    )
    assert status == "new"
    petrov = next(claim for claim in claims if claim.speaker.name == "Jonas Petrov")
    # Any dialog (alert) fails the test through the page watch, as would a CSP report.
    headline = f"Storm {SCRIPT} cuts power"
    # Each public page the article's claim reaches, and the markup it must show as text.
    pages = {
        f"/sources/{source.slug}/": [headline, SCRIPT, IMG],
        f"/claims/{petrov.pk}/": [headline, f"lost power {SCRIPT} before dawn"],
        f"/speakers/{petrov.speaker.slug}/": [petrov.text],
        "/claims/?q=households": [petrov.text],
    }
    if petrov.event_id:
        pages[f"/events/{petrov.event.slug}/"] = [petrov.speaker.name]
    for path, shown in pages.items():
        page.goto(live_server.url + path)
        text = page.locator("main").inner_text()
        injected = page.evaluate(
            """() => ({
                images: document.querySelectorAll('img[src="x"], img[onerror]').length,
                scripts: [...document.scripts].filter(s => s.text.includes('alert(')).length,
            })"""
        )
        assert injected == {"images": 0, "scripts": 0}, (path, injected)
        for expected in shown:
            assert expected in text, (path, expected, text)
    page.goto(f"{live_server.url}/sources/{source.slug}/")
    page.screenshot(path=str(artifacts / "script-laden-article.png"), full_page=True)

    # The desk sees the same text, escaped, in the claim's change form.
    log_in(page, admin_user, f"/admin/claims/claim/{petrov.pk}/change/")
    context = page.locator(".claim-paragraph").first
    expect(context).to_contain_text(SCRIPT)
    assert page.evaluate("document.querySelectorAll('img[src=\"x\"]').length") == 0
    page.goto(f"{live_server.url}/admin/sources/source/{source.pk}/change/")
    expect(page.locator("main, #content").first).to_contain_text(IMG)
    assert page.evaluate("document.querySelectorAll('img[src=\"x\"]').length") == 0
