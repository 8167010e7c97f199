"""A reviewer's morning in a real browser: log in through the real form, open the review
queue, verify a claim, give it a verdict, accept a suggested relation, see it all marked."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from claims.models import Claim, ClaimRelation, RelationKind, RelationStatus, Status, Verdict
from tests.admin_fixtures import quoted_claim, relate
from tests.browser.conftest import BROWSER_MARKS
from tests.conftest import make_claim

pytestmark = BROWSER_MARKS


def test_reviewer_verifies_judges_and_relates_a_claim_from_the_review_queue(
    live_server, reviewer, page, log_in, artifacts
):
    contested = quoted_claim(
        ["Rebels claim heavy Wagner losses", "The rebels said 84 Wagner fighters were killed."],
        "The rebels said 84 Wagner fighters were killed.",
        "84",
        text="84 Wagner fighters killed",
    )
    relate(contested, make_claim(text="20 Wagner fighters killed", value=20),
           RelationKind.CONTRADICTS)
    suggestion = relate(
        make_claim(text="About 80 Wagner fighters killed", value=80),
        contested,
        RelationKind.CONFIRMS,
        status=RelationStatus.SUGGESTED,
    )
    make_claim(text="3 drones downed", value=3)
    admin = f"{live_server.url}/admin/claims/claim"

    log_in(page, reviewer, "/admin/claims/claim/")

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
    page.goto(f"{admin}/?queue=all&status__exact=verified")
    verified_row = page.locator("#result_list tbody tr", has_text="84 Wagner fighters killed")
    expect(verified_row).to_contain_text("Verified")
    page.screenshot(path=str(artifacts / "admin-review-verified.png"), full_page=True)

    # The verdict, on the change form, which shows the quote with its figure marked.
    page.goto(f"{admin}/{contested.pk}/change/")
    expect(page.locator("mark.claim-figure")).to_have_text("84")
    expect(page.locator("#id_status")).to_have_value("verified")
    page.select_option("#id_verdict", Verdict.MOSTLY_ACCURATE)
    page.fill("#id_reviewer_note", "Two rebel statements agree; no independent count.")
    page.click("input[name=_continue]")
    expect(page.locator("ul.messagelist")).to_contain_text("was changed successfully")
    expect(page.locator("#id_verdict")).to_have_value(Verdict.MOSTLY_ACCURATE)
    page.screenshot(path=str(artifacts / "admin-review-change-form.png"), full_page=True)

    # The suggested relation, accepted on the comparison page.
    page.click("a.comparelink")
    expect(page).to_have_url(f"{admin}/{contested.pk}/compare/")
    suggested_row = page.locator("#claims-compare tbody tr", has_text="About 80 Wagner")
    expect(suggested_row).to_contain_text(re.compile(r"confirms \(suggested\)", re.I))
    suggested_row.get_by_role("button", name="Accept").click()
    expect(page.locator("ul.messagelist")).to_contain_text("Relation accepted.")
    accepted_row = page.locator("#claims-compare tbody tr", has_text="About 80 Wagner")
    expect(accepted_row).to_contain_text(re.compile(r"confirms \(accepted\)", re.I))
    expect(accepted_row.get_by_role("button", name="Accept")).to_have_count(0)
    subject = page.locator("#claims-compare tbody tr.claims-compare-subject")
    expect(subject).to_contain_text("Verified")
    expect(subject).to_contain_text("Mostly accurate")
    page.screenshot(path=str(artifacts / "admin-review-compare.png"), full_page=True)

    # The changelist marks all of it: status, verdict, one confirmation, one contradiction.
    page.goto(f"{admin}/?queue=all&status__exact=verified")
    done = page.locator("#result_list tbody tr", has_text="84 Wagner fighters killed")
    expect(done.locator("td.field-verdict")).to_have_text("Mostly accurate")
    expect(done.locator("td.field-n_confirms")).to_have_text("1")
    expect(done.locator("td.field-n_contradicts")).to_have_text("1")

    contested.refresh_from_db()
    assert contested.status == Status.VERIFIED
    assert contested.verdict == Verdict.MOSTLY_ACCURATE
    assert contested.reviewer_note == "Two rebel statements agree; no independent count."
    assert contested.reviewed_by == reviewer
    assert contested.edited
    assert Claim.history.filter(id=contested.pk).latest().history_user == reviewer
    suggestion.refresh_from_db()
    assert suggestion.status == RelationStatus.ACCEPTED
    assert ClaimRelation.history.filter(id=suggestion.pk).latest().history_user == reviewer
