"""A reviewer's morning in a real browser: log in, open the review queue, verify a claim."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from django.conf import settings

from claims.models import Claim, RelationKind, Status
from tests.admin_fixtures import quoted_claim, relate
from tests.conftest import PASSWORD, make_claim

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
    # live_server needs a transactional database; serialized rollback keeps the groups the
    # data migration created (a flush would otherwise remove them for later tests).
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        not CHROMIUM.exists() and os.environ.get("CI") != "true",
        reason="/usr/bin/chromium is not installed (apt install chromium)",
    ),
]


def test_reviewer_verifies_a_claim_from_the_review_queue(live_server, reviewer, monkeypatch):
    from playwright.sync_api import expect, sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls here are plain
    # synchronous test code, so Django's async-safety guard must stand aside. Set for this
    # test only: a process-wide setting would leak into `check --deploy` in other tests.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

    contested = quoted_claim(
        ["Rebels claim heavy Wagner losses", "The rebels said 84 Wagner fighters were killed."],
        "The rebels said 84 Wagner fighters were killed.",
        "84",
        text="84 Wagner fighters killed",
    )
    relate(contested, make_claim(text="20 Wagner fighters killed", value=20),
           RelationKind.CONTRADICTS)
    make_claim(text="3 drones downed", value=3)

    artifacts = Path(settings.BASE_DIR) / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    csp_violations: list[str] = []

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.on(
                "console",
                lambda message: csp_violations.append(message.text)
                if "Content Security Policy" in message.text
                else None,
            )
            page.goto(f"{live_server.url}/admin/claims/claim/")
            page.fill("#id_username", reviewer.username)
            page.fill("#id_password", PASSWORD)
            page.click("input[type=submit]")

            # The reviewer lands on the queue, contradicted claims first.
            expect(page).to_have_url(re.compile(r"/admin/claims/claim/\?queue=todo$"))
            first_row = page.locator("#result_list tbody tr").first
            expect(first_row).to_contain_text("Wagner fighters killed")

            row = page.locator("#result_list tbody tr", has_text="84 Wagner fighters killed")
            row.locator("input.action-select").check()
            page.select_option("select[name=action]", "mark_verified")
            page.click("button[name=index]")
            expect(page.locator("ul.messagelist")).to_contain_text("1 claim marked verified.")
            # Verified claims leave the queue…
            expect(page.locator("#result_list")).not_to_contain_text("84 Wagner fighters killed")

            # …and show as verified everywhere else.
            page.goto(f"{live_server.url}/admin/claims/claim/?queue=all&status__exact=verified")
            verified_row = page.locator("#result_list tbody tr", has_text="84 Wagner fighters killed")
            expect(verified_row).to_contain_text("Verified")
            page.screenshot(path=str(artifacts / "admin-review-verified.png"), full_page=True)

            page.goto(f"{live_server.url}/admin/claims/claim/{contested.pk}/change/")
            expect(page.locator("mark.claim-figure")).to_have_text("84")
            expect(page.locator("#id_status")).to_have_value("verified")
            page.screenshot(path=str(artifacts / "admin-review-change-form.png"), full_page=True)
        finally:
            browser.close()

    contested.refresh_from_db()
    assert contested.status == Status.VERIFIED
    assert contested.reviewed_by == reviewer
    assert Claim.history.filter(id=contested.pk).latest().history_user == reviewer
    assert csp_violations == []
