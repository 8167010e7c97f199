"""A reader in a real browser: filter the public list, open a claim, on a desktop and a phone."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from django.conf import settings

from tests.public_fixtures import build_world

# Playwright's sync API runs an event loop in this thread; the ORM calls here are plain
# synchronous test code, so Django's async-safety guard must stand aside.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    # live_server needs a transactional database; serialized rollback keeps migration data.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        not CHROMIUM.exists() and os.environ.get("CI") != "true",
        reason="/usr/bin/chromium is not installed (apt install chromium)",
    ),
]


def test_reader_filters_the_list_and_opens_a_claim(live_server):
    from playwright.sync_api import expect, sync_playwright

    world = build_world()
    artifacts = Path(settings.BASE_DIR) / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    problems: list[str] = []

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            # JavaScript off: the pages must work without it.
            context = browser.new_context(
                java_script_enabled=False, viewport={"width": 1200, "height": 900}
            )
            page = context.new_page()
            page.on(
                "console",
                lambda m: (
                    problems.append(m.text)
                    if "Content Security Policy" in m.text or m.type == "error"
                    else None
                ),
            )
            page.goto(f"{live_server.url}/claims/")
            expect(page.locator("h1")).to_have_text("Claims")
            expect(page.locator("li.claim")).to_have_count(4)
            # the stylesheet is served and applied (the filter form sits beside the list)
            assert (
                page.locator(".filter-form button").evaluate(
                    "b => getComputedStyle(b).backgroundColor"
                )
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

            page.get_by_role("link", name="Over 12,000 people displaced by the Ruvu floods").click()
            expect(page).to_have_url(f"{live_server.url}/claims/{world.verified.pk}/")
            expect(page.locator("h1.big-figure")).to_have_text("over 12,000 people displaced")
            expect(page.locator("blockquote mark.figure")).to_have_text("over 12,000")
            expect(page.locator(".contradicts")).to_contain_text("8,500 displaced people in camps")
            review = json.loads(page.locator('script[type="application/ld+json"]').text_content())
            assert review["@type"] == "ClaimReview"
            assert review["reviewRating"]["alternateName"] == "Mostly accurate"
            page.screenshot(path=str(artifacts / "public-claim.png"), full_page=True)

            page.get_by_role("link", name="Compare all figures for this event").click()
            expect(page.locator("svg.chart")).to_have_count(2)
            page.screenshot(path=str(artifacts / "public-event.png"), full_page=True)

            # A phone: nothing wider than the screen.
            phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
            small = phone.new_page()
            small.on(
                "console",
                lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None,
            )
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
        finally:
            browser.close()
    assert problems == []
