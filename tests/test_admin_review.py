"""Who may set a verdict: enforced on the server by every route (form, action, compare page)."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.contrib.messages.storage.fallback import FallbackStorage
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory
from django.urls import reverse

from claims.models import Claim, Status, Verdict
from claims.services.review import ReviewRefused, set_review
from tests.admin_fixtures import admin_form_data, messages_of
from tests.conftest import make_claim

pytestmark = pytest.mark.django_db


def change_url(claim: Claim) -> str:
    return reverse("admin:claims_claim_change", args=[claim.pk])


def changelist_url() -> str:
    return reverse("admin:claims_claim_changelist")


def compare_url(claim: Claim) -> str:
    return reverse("admin:claims_claim_compare", args=[claim.pk])


def post_change_form(client, claim: Claim, **changes):
    data = admin_form_data(client.get(change_url(claim)))
    data.update(changes)
    return client.post(change_url(claim), data)


# --- change form --------------------------------------------------------------------------


def test_editor_posting_verified_status_gets_a_form_error(client, editor):
    claim = make_claim()
    client.force_login(editor)
    response = post_change_form(client, claim, status=Status.VERIFIED)
    assert response.status_code == 200
    assert "Only reviewers can mark a claim verified." in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == Status.UNREVIEWED
    assert claim.reviewed_by is None


def test_editor_sees_verdict_disabled_and_a_crafted_verdict_post_is_refused(client, editor):
    claim = make_claim(status=Status.IN_REVIEW)
    client.force_login(editor)
    page = client.get(change_url(claim))
    assert page.context["adminform"].form.fields["verdict"].disabled
    response = post_change_form(client, claim, verdict=Verdict.ACCURATE)
    assert response.status_code == 200
    assert "Reviewers only. Your change was not saved." in response.content.decode()
    claim.refresh_from_db()
    assert claim.verdict == ""


def test_editor_cannot_reopen_a_verified_claim(client, editor, reviewer):
    claim = make_claim()
    set_review(claim, user=reviewer, status=Status.VERIFIED, verdict=Verdict.ACCURATE)
    client.force_login(editor)
    response = post_change_form(client, claim, status=Status.IN_REVIEW)
    assert "Only reviewers can reopen a claim that has been reviewed." in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == Status.VERIFIED


def test_editor_cannot_add_a_claim_with_a_verdict_through_the_initial_query(client, editor):
    claim = make_claim()
    client.force_login(editor)
    add_url = reverse("admin:claims_claim_add") + "?verdict=accurate&status=verified"
    data = {
        "text": "12 villages burned",
        "speaker": claim.speaker_id,
        "source": claim.source_id,
        "figure_text": "12",
        "value": "12",
        "qualifier": "exact",
        "counts": "villages burned",
        "status": "verified",
        "verdict": "accurate",
        "relations_from-TOTAL_FORMS": "0",
        "relations_from-INITIAL_FORMS": "0",
        "relations_to-TOTAL_FORMS": "0",
        "relations_to-INITIAL_FORMS": "0",
    }
    response = client.post(add_url, data)
    assert response.status_code == 200
    assert "Only reviewers can mark a claim verified." in response.content.decode()
    assert not Claim.objects.filter(text="12 villages burned").exists()


def test_editor_can_put_a_claim_in_review_and_it_is_stamped_and_marked_edited(client, editor):
    claim = make_claim()
    client.force_login(editor)
    response = post_change_form(client, claim, status=Status.IN_REVIEW, text="84 fighters dead")
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == Status.IN_REVIEW
    assert claim.text == "84 fighters dead"
    assert claim.reviewed_by == editor
    assert claim.reviewed_at is not None
    assert claim.edited is True
    assert claim.history.latest().history_user == editor


def test_editor_save_without_review_change_marks_edited_but_leaves_review_stamp(client, editor):
    claim = make_claim()
    client.force_login(editor)
    response = post_change_form(client, claim, counts="Wagner fighters killed")
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.edited is True
    assert claim.counts == "Wagner fighters killed"
    assert claim.reviewed_by is None


def test_reviewer_sets_status_and_verdict_through_the_form(client, reviewer):
    claim = make_claim()
    client.force_login(reviewer)
    response = post_change_form(
        client,
        claim,
        status=Status.VERIFIED,
        verdict=Verdict.MOSTLY_ACCURATE,
        reviewer_note="Two other outlets give the same figure.",
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.verdict) == (Status.VERIFIED, Verdict.MOSTLY_ACCURATE)
    assert claim.reviewer_note == "Two other outlets give the same figure."
    assert claim.reviewed_by == reviewer
    assert claim.reviewed_at is not None
    assert claim.edited is True


def test_reviewer_cannot_leave_a_verdict_on_an_unreviewed_claim(client, reviewer):
    claim = make_claim()
    client.force_login(reviewer)
    response = post_change_form(client, claim, verdict=Verdict.ACCURATE)
    assert response.status_code == 200
    assert "cannot be “not yet reviewed”" in response.content.decode()
    claim.refresh_from_db()
    assert claim.verdict == ""


def test_bounds_outside_the_value_are_a_form_error_not_a_crash(client, reviewer):
    claim = make_claim()
    client.force_login(reviewer)
    response = post_change_form(client, claim, lower="100", upper="200")
    assert response.status_code == 200
    assert "The lower bound is above the value." in response.content.decode()


# --- actions ------------------------------------------------------------------------------


def run_action(client, action: str, claims, url: str | None = None):
    return client.post(
        url or changelist_url() + "?queue=all",
        {"action": action, "_selected_action": [c.pk for c in claims], "index": "0"},
        follow=True,
    )


def test_editor_does_not_see_review_actions(client, editor):
    make_claim()
    client.force_login(editor)
    response = client.get(changelist_url())
    actions = dict(response.context["action_form"].fields["action"].choices)
    assert "mark_in_review" in actions
    assert "mark_verified" not in actions
    assert "mark_rejected" not in actions


@pytest.mark.parametrize("action", ["mark_verified", "mark_disputed", "mark_rejected"])
def test_editor_posting_a_review_action_changes_nothing(client, editor, action):
    claim = make_claim()
    client.force_login(editor)
    response = run_action(client, action, [claim])
    assert response.status_code == 200
    assert "No action selected." in messages_of(response)
    claim.refresh_from_db()
    assert claim.status == Status.UNREVIEWED


def test_review_action_checks_the_permission_itself(editor):
    claim = make_claim()
    model_admin = admin.site._registry[Claim]
    request = RequestFactory().post("/")
    request.user = editor
    request.session = {}
    request._messages = FallbackStorage(request)
    with pytest.raises(PermissionDenied):
        model_admin.mark_verified(request, Claim.objects.filter(pk=claim.pk))
    claim.refresh_from_db()
    assert claim.status == Status.UNREVIEWED


def test_reviewer_marks_claims_verified_by_action_with_history(client, reviewer):
    first, second = make_claim(), make_claim(value=47)
    client.force_login(reviewer)
    response = run_action(client, "mark_verified", [first, second])
    assert "2 claims marked verified." in messages_of(response)
    for claim in (first, second):
        claim.refresh_from_db()
        assert claim.status == Status.VERIFIED
        assert claim.reviewed_by == reviewer
        assert claim.edited
        latest = claim.history.latest()
        assert latest.history_user == reviewer
        assert latest.status == Status.VERIFIED
        assert latest.history_change_reason == "Action: verified"


def test_editor_mark_in_review_skips_reviewed_claims_with_a_message(client, editor, reviewer):
    fresh, verified = make_claim(), make_claim(value=47)
    set_review(verified, user=reviewer, status=Status.VERIFIED)
    client.force_login(editor)
    response = run_action(client, "mark_in_review", [fresh, verified])
    texts = messages_of(response)
    assert "1 claim marked in review." in texts
    assert any("Only reviewers can reopen" in text for text in texts)
    verified.refresh_from_db()
    assert verified.status == Status.VERIFIED


# --- comparison page ----------------------------------------------------------------------


def test_editor_posting_a_verdict_on_the_compare_page_is_forbidden(client, editor):
    claim = make_claim(status=Status.IN_REVIEW)
    client.force_login(editor)
    response = client.post(
        compare_url(claim),
        {"do": "review", "claim": claim.pk, "status": "in_review", "verdict": "accurate"},
    )
    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.verdict == ""


def test_editor_posting_verified_on_the_compare_page_is_forbidden(client, editor):
    claim = make_claim()
    client.force_login(editor)
    response = client.post(compare_url(claim), {"do": "review", "claim": claim.pk, "status": "verified"})
    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.status == Status.UNREVIEWED


def test_editor_compare_page_offers_no_verdict_control(client, editor):
    claim = make_claim()
    client.force_login(editor)
    page = client.get(compare_url(claim)).content.decode()
    assert 'name="verdict"' not in page
    assert 'value="verified"' not in page
    assert "Only reviewers can set verified" in page


def test_reviewer_sets_a_verdict_on_the_compare_page(client, reviewer):
    claim = make_claim()
    client.force_login(reviewer)
    response = client.post(
        compare_url(claim),
        {"do": "review", "claim": claim.pk, "status": "disputed", "verdict": "misleading"},
        follow=True,
    )
    assert response.status_code == 200
    claim.refresh_from_db()
    assert (claim.status, claim.verdict) == (Status.DISPUTED, Verdict.MISLEADING)
    assert claim.reviewed_by == reviewer
    assert claim.history.latest().history_change_reason == "Comparison page"
    assert f"Saved the review of “{claim.text}”." in messages_of(response)


def test_outsider_cannot_post_on_the_compare_page(client, outsider):
    claim = make_claim()
    client.force_login(outsider)
    response = client.post(compare_url(claim), {"do": "review", "claim": claim.pk, "status": "in_review"})
    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.status == Status.UNREVIEWED


# --- the service itself -------------------------------------------------------------------


def test_set_review_refuses_an_editor_and_leaves_the_claim_alone(editor):
    claim = make_claim()
    with pytest.raises(ReviewRefused):
        set_review(claim, user=editor, status=Status.REJECTED)
    claim.refresh_from_db()
    assert claim.status == Status.UNREVIEWED
    assert not claim.edited


def test_set_review_by_superuser_stamps_the_reviewer(admin_user):
    claim = make_claim()
    assert set_review(claim, user=admin_user, status=Status.REJECTED, verdict=Verdict.INACCURATE)
    claim.refresh_from_db()
    assert claim.reviewed_by == admin_user
    assert claim.status == Status.REJECTED


def test_editor_cannot_revert_a_claim_to_a_verified_version_from_history(client, editor, reviewer):
    claim = make_claim()
    set_review(claim, user=reviewer, status=Status.VERIFIED, verdict=Verdict.ACCURATE)
    set_review(claim, user=reviewer, status=Status.IN_REVIEW, verdict="")
    verified = claim.history.filter(status=Status.VERIFIED).latest()
    url = reverse("admin:claims_claim_simple_history", args=[claim.pk, verified.history_id])
    client.force_login(editor)
    page = client.get(url)
    assert page.status_code == 200
    response = client.post(url, admin_form_data(page))
    assert response.status_code == 200
    assert "Only reviewers can mark a claim verified." in response.content.decode()
    claim.refresh_from_db()
    assert (claim.status, claim.verdict) == (Status.IN_REVIEW, "")


def test_reviewer_can_revert_a_claim_to_an_earlier_version(client, reviewer):
    claim = make_claim()
    set_review(claim, user=reviewer, status=Status.VERIFIED, verdict=Verdict.ACCURATE)
    set_review(claim, user=reviewer, status=Status.DISPUTED, verdict=Verdict.MISLEADING)
    verified = claim.history.filter(status=Status.VERIFIED).latest()
    url = reverse("admin:claims_claim_simple_history", args=[claim.pk, verified.history_id])
    client.force_login(reviewer)
    response = client.post(url, admin_form_data(client.get(url)))
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.verdict) == (Status.VERIFIED, Verdict.ACCURATE)


def test_editor_change_of_wording_updates_measure_key_and_search_text(client, editor):
    claim = make_claim(counts="fighters killed", measure_key="killed:fighter")
    client.force_login(editor)
    response = post_change_form(
        client, claim, text="84 Wagner mercenaries killed", counts="Wagner mercenaries killed"
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.measure_key == "killed:fighter wagner"
    assert claim.search_text.startswith("84 Wagner mercenaries killed")
    assert claim.speaker.name in claim.search_text


def test_compare_page_answers_404_to_a_garbled_post(client, reviewer):
    claim = make_claim()
    client.force_login(reviewer)
    response = client.post(compare_url(claim), {"do": "review", "claim": "1 OR 1=1", "status": "verified"})
    assert response.status_code == 404
    response = client.post(compare_url(claim), {"do": "relation", "relation": "x"})
    assert response.status_code == 404
    assert client.get("/admin/claims/claim/abc/compare/").status_code in (302, 404)
