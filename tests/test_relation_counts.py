"""Each claim's relation counters (the review queue's order) stay equal to its live relations,
whatever changes the relations: suggestions, re-wordings and removals by claimtrack, the
admin's inlines, relation pages, actions and comparison page, deleted claims, merged speakers.

`assert_counts_right` recounts every claim from the relations table and compares it with the
stored counters, and with what the admin's review queue shows for the claim.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from claims.models import (
    Claim,
    ClaimRelation,
    Event,
    RelationKind,
    RelationStatus,
)
from claims.services.relations import refresh_relation_counts, suggest_relations
from claims.services.speakers import merge_speakers
from tests.admin_fixtures import admin_form_data, relate
from tests.conftest import make_claim, make_speaker
from tests.test_relations import import_like_the_importer

pytestmark = pytest.mark.django_db


def live_counts() -> dict[int, tuple[int, int]]:
    """(confirms, contradicts) of every claim, counted from the relations themselves."""
    counts = {pk: [0, 0] for pk in Claim.objects.values_list("pk", flat=True)}
    for a, b, kind in ClaimRelation.objects.exclude(status=RelationStatus.REJECTED).values_list(
        "from_claim_id", "to_claim_id", "kind"
    ):
        for pk in (a, b):
            counts[pk][0 if kind == RelationKind.CONFIRMS else 1] += 1
    return {pk: (c[0], c[1]) for pk, c in counts.items()}


def stored_counts() -> dict[int, tuple[int, int]]:
    return {
        pk: (confirms, contradicts)
        for pk, confirms, contradicts in Claim.objects.values_list(
            "pk", "n_confirms", "n_contradicts"
        )
    }


def assert_counts_right() -> None:
    assert stored_counts() == live_counts()


def counts_of(claim: Claim) -> tuple[int, int]:
    claim.refresh_from_db(fields=["n_confirms", "n_contradicts"])
    return claim.n_confirms, claim.n_contradicts


# --- claimtrack's own suggestions ------------------------------------------------------------


def test_suggesting_relations_counts_them_on_both_claims():
    import_like_the_importer("wire", "feature", "radio")
    assert ClaimRelation.objects.count() == 7
    assert_counts_right()
    governor = Claim.objects.get(speaker__name="Idrissa Tamboura")
    # confirmed by the nurses, contradicted by the army spokesman
    assert counts_of(governor) == (1, 1)


def test_a_suggestion_reworded_from_confirms_to_contradicts_moves_between_counters():
    import_like_the_importer("wire", "feature", "radio")
    nurses = Claim.objects.get(speaker__name="Nurses at the Kessoum clinic")
    governor = Claim.objects.get(speaker__name="Idrissa Tamboura")
    Claim.objects.filter(pk=nurses.pk).update(value=Decimal(400), lower=None, upper=None)
    stats = suggest_relations([nurses.pk])
    assert stats.updated >= 1
    assert_counts_right()
    assert counts_of(governor) == (0, 2)


def test_a_suggestion_removed_by_claimtrack_no_longer_counts():
    import_like_the_importer("wire", "feature", "radio")
    sangare = Claim.objects.get(speaker__name="Moussa Sangare")
    governor = Claim.objects.get(speaker__name="Idrissa Tamboura")
    elsewhere = Event.objects.create(name="Another raid", slug="another-raid")
    Claim.objects.filter(pk=sangare.pk).update(event=elsewhere, edited=True)
    assert suggest_relations([sangare.pk]).removed == 2
    assert_counts_right()
    assert counts_of(sangare) == (0, 0)
    assert counts_of(governor) == (1, 0)


def test_recounting_repairs_counters_written_wrong():
    import_like_the_importer("wire", "feature", "radio")
    Claim.objects.update(n_confirms=9, n_contradicts=9)
    refresh_relation_counts(Claim.objects.values_list("pk", flat=True))
    assert_counts_right()


# --- the desk's changes ----------------------------------------------------------------------


def test_a_relation_saved_or_deleted_through_the_orm_is_counted_and_uncounted():
    a, b = make_claim(), make_claim(value=20)
    relation = relate(a, b, RelationKind.CONTRADICTS)
    assert counts_of(a) == counts_of(b) == (0, 1)
    relation.status = RelationStatus.REJECTED
    relation.save()
    assert counts_of(a) == (0, 0)
    relation.status = RelationStatus.ACCEPTED
    relation.kind = RelationKind.CONFIRMS
    relation.save()
    assert counts_of(b) == (1, 0)
    relation.delete()
    assert counts_of(a) == counts_of(b) == (0, 0)


def test_accept_and_reject_actions_keep_counts(client, editor):
    a, b, c = make_claim(), make_claim(value=20), make_claim(value=30)
    first = relate(a, b, RelationKind.CONTRADICTS)
    second = relate(b, c, RelationKind.CONFIRMS)
    client.force_login(editor)
    url = reverse("admin:claims_claimrelation_changelist")
    client.post(url, {"action": "reject_relations", "_selected_action": [first.pk], "index": "0"})
    client.post(url, {"action": "accept_relations", "_selected_action": [second.pk], "index": "0"})
    assert_counts_right()
    assert counts_of(b) == (1, 0)


def test_relation_inline_edits_on_the_claim_form_keep_counts(client, editor):
    claim, later, other = make_claim(), make_claim(value=20), make_claim(value=30)
    outgoing = relate(claim, later, RelationKind.CONTRADICTS, origin="auto")
    client.force_login(editor)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = admin_form_data(client.get(url))
    data[f"relations_from-{0}-status"] = RelationStatus.REJECTED
    data.update(
        {
            "relations_to-TOTAL_FORMS": "1",
            "relations_to-0-from_claim": str(other.pk),
            "relations_to-0-kind": RelationKind.CONFIRMS,
            "relations_to-0-status": RelationStatus.ACCEPTED,
            "relations_to-0-to_claim": str(claim.pk),
        }
    )
    assert data["relations_from-0-id"] == str(outgoing.pk)
    assert client.post(url, data).status_code == 302
    assert_counts_right()
    assert counts_of(claim) == (1, 0)
    assert counts_of(later) == (0, 0)


def test_relation_pages_add_move_and_delete_keep_counts(client, editor, admin_user):
    a, b, c = make_claim(), make_claim(value=20), make_claim(value=30)
    client.force_login(editor)
    add = reverse("admin:claims_claimrelation_add")
    response = client.post(
        add,
        {"from_claim": a.pk, "to_claim": b.pk, "kind": RelationKind.CONTRADICTS,
         "status": RelationStatus.ACCEPTED, "rationale": "84 vs 20"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    relation = ClaimRelation.objects.get()
    assert counts_of(a) == counts_of(b) == (0, 1)

    # The editor points the relation at another claim: b loses it, c gains it.
    change = reverse("admin:claims_claimrelation_change", args=[relation.pk])
    data = admin_form_data(client.get(change))
    data["to_claim"] = str(c.pk)
    assert client.post(change, data).status_code == 302
    assert_counts_right()
    assert counts_of(b) == (0, 0)
    assert counts_of(c) == (0, 1)

    client.force_login(admin_user)
    delete = reverse("admin:claims_claimrelation_delete", args=[relation.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 302
    assert not ClaimRelation.objects.exists()
    assert_counts_right()
    assert counts_of(a) == (0, 0)


def test_bulk_delete_of_relations_keeps_counts(client, admin_user):
    a, b, c = make_claim(), make_claim(value=20), make_claim(value=30)
    relations = [relate(a, b), relate(a, c, RelationKind.CONFIRMS)]
    client.force_login(admin_user)
    client.post(
        reverse("admin:claims_claimrelation_changelist"),
        {"action": "delete_selected", "_selected_action": [r.pk for r in relations],
         "post": "yes"},
    )
    assert not ClaimRelation.objects.exists()
    assert_counts_right()


def test_the_comparison_page_decision_keeps_counts(client, editor):
    claim, other = make_claim(), make_claim(value=20)
    relation = relate(claim, other, RelationKind.CONTRADICTS)
    client.force_login(editor)
    client.post(
        reverse("admin:claims_claim_compare", args=[claim.pk]),
        {"do": "relation", "relation": relation.pk, "relation_status": "rejected"},
    )
    assert counts_of(claim) == counts_of(other) == (0, 0)


def test_deleting_a_claim_uncounts_its_relations_on_the_other_claims():
    a, b, c = make_claim(), make_claim(value=20), make_claim(value=30)
    relate(a, b)
    relate(c, a, RelationKind.CONFIRMS)
    relate(b, c)
    a.delete()
    assert_counts_right()
    assert counts_of(b) == (0, 1)
    assert counts_of(c) == (0, 1)


def test_merging_speakers_keeps_counts(editor):
    keep, other = make_speaker("Amina Okafor"), make_speaker("A. Okafor")
    a, b = make_claim(speaker=keep), make_claim(speaker=other, value=20)
    relate(a, b)
    merge_speakers(keep, [other], editor)
    assert_counts_right()
    assert counts_of(b) == (0, 1)


def test_the_review_queue_shows_the_stored_counts(client, reviewer):
    a, b, c = make_claim(text="calm"), make_claim(text="contested"), make_claim(text="agreed")
    relate(b, c)
    relate(a, c, RelationKind.CONFIRMS)
    client.force_login(reviewer)
    rows = list(client.get("/admin/claims/claim/?queue=todo").context["cl"].result_list)
    assert [(r.text, r.n_confirms, r.n_contradicts) for r in rows] == [
        ("agreed", 1, 1),
        ("contested", 0, 1),
        ("calm", 1, 0),
    ]
