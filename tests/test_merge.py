"""Merging duplicate speakers: everything moves to the kept speaker and history says who did it."""

from __future__ import annotations

import pytest
from django.db.models import F
from django.urls import reverse

from claims.models import Claim, ClaimRelation, RelationKind, Speaker, SpeakerAlias, SpeakerKind
from claims.services.speakers import merge_speakers
from tests.admin_fixtures import messages_of, relate
from tests.conftest import make_claim, make_speaker

pytestmark = pytest.mark.django_db


def aliases_of(speaker: Speaker) -> list[str]:
    return sorted(speaker.aliases.values_list("alias", flat=True))


def test_merge_moves_claims_and_aliases_and_leaves_the_old_name_as_alias(editor):
    keep = make_speaker("Abdoulaye Maiga", role="government spokesman")
    keep.aliases.create(alias="Abdoulaye Maiga")
    other = make_speaker("Col. Abdoulaye Maïga")
    other.aliases.create(alias="Colonel Maiga")
    other.aliases.create(alias="abdoulaye maiga")  # same normalised text as keep's alias
    kept_claim = make_claim(speaker=keep)
    moved = [make_claim(speaker=other, value=47), make_claim(speaker=other, value=12)]

    result = merge_speakers(keep, [other], editor)

    assert result == keep
    assert not Speaker.objects.filter(pk=other.pk).exists()
    assert aliases_of(keep) == ["Abdoulaye Maiga", "Col. Abdoulaye Maïga", "Colonel Maiga"]
    assert set(keep.claims.values_list("pk", flat=True)) == {kept_claim.pk, *(c.pk for c in moved)}
    for claim in moved:
        claim.refresh_from_db()
        assert claim.edited
        assert claim.dedupe_key == "" or claim.dedupe_key.startswith(f"{keep.pk}|")


def test_merge_updates_the_repeat_key_and_search_text(editor):
    keep, other = make_speaker("Andriy Yusov"), make_speaker("Yusov")
    claim = make_claim(speaker=other, dedupe_key=f"{other.pk}|fighters killed|exact|84|||",
                       search_text="84 fighters killed Yusov")
    merge_speakers(keep, [other], editor)
    claim.refresh_from_db()
    assert claim.dedupe_key == f"{keep.pk}|fighters killed|exact|84|||"
    assert "Andriy Yusov" in claim.search_text


def test_merge_records_history_with_the_user_and_reason(editor):
    keep, other = make_speaker("Andriy Yusov"), make_speaker("A. Yusov")
    other.aliases.create(alias="Yusov")
    claim = make_claim(speaker=other)
    merge_speakers(keep, [other], editor)

    reason = f"Merged A. Yusov into Andriy Yusov (#{keep.pk})"
    latest = claim.history.latest()
    assert (latest.history_user, latest.history_change_reason, latest.speaker_id) == (
        editor, reason, keep.pk
    )
    deleted = Speaker.history.filter(id=other.pk).latest()
    assert (deleted.history_type, deleted.history_user) == ("-", editor)
    moved_alias = SpeakerAlias.history.filter(alias="Yusov").latest()
    assert (moved_alias.speaker_id, moved_alias.history_user) == (keep.pk, editor)
    new_alias = SpeakerAlias.history.filter(alias="A. Yusov").latest()
    assert (new_alias.history_type, new_alias.history_change_reason) == ("+", reason)


def test_merging_speakers_whose_claims_are_related_keeps_one_clean_relation(editor):
    keep, other = make_speaker("GUR"), make_speaker("Ukrainian military intelligence")
    a = make_claim(speaker=keep)
    b = make_claim(speaker=other, value=20)
    c = make_claim(speaker=other, value=84)
    relate(a, b, RelationKind.CONTRADICTS)
    relate(c, a, RelationKind.CONFIRMS)
    merge_speakers(keep, [other], editor)
    pairs = sorted(ClaimRelation.objects.values_list("from_claim_id", "to_claim_id", "kind"))
    assert pairs == sorted([(a.pk, b.pk, "contradicts"), (c.pk, a.pk, "confirms")])
    assert not ClaimRelation.objects.filter(from_claim_id=F("to_claim_id")).exists()


def test_merge_moves_members_and_never_leaves_a_speaker_its_own_parent(editor):
    wagner = make_speaker("Wagner Group", kind=SpeakerKind.ARMED_GROUP)
    africa_corps = make_speaker("Africa Corps", kind=SpeakerKind.ARMED_GROUP)
    member = make_speaker("Wagner spokesman", parent=wagner)
    keep = make_speaker("Wagner", kind=SpeakerKind.ARMED_GROUP, parent=wagner)
    wagner.parent = africa_corps
    wagner.save()
    merge_speakers(keep, [wagner], editor)
    member.refresh_from_db()
    keep.refresh_from_db()
    assert member.parent == keep
    assert keep.parent == africa_corps


def test_merging_three_speakers_in_a_chain(editor):
    keep = make_speaker("Mali government", kind=SpeakerKind.GOVERNMENT)
    b = make_speaker("Malian government", kind=SpeakerKind.GOVERNMENT)
    c = make_speaker("Government of Mali", kind=SpeakerKind.GOVERNMENT, parent=b)
    make_claim(speaker=b)
    make_claim(speaker=c, value=3)
    merge_speakers(keep, [b, c], editor)
    assert Speaker.objects.filter(pk__in=[b.pk, c.pk]).count() == 0
    assert keep.claims.count() == 2
    assert aliases_of(keep) == ["Government of Mali", "Malian government"]


def test_merging_a_speaker_into_itself_changes_nothing(editor):
    keep = make_speaker("Andriy Yusov")
    assert merge_speakers(keep, [keep], editor) == keep
    assert Speaker.objects.filter(pk=keep.pk).exists()
    assert not keep.aliases.exists()


# --- through the admin --------------------------------------------------------------------


def test_merge_action_asks_which_speaker_to_keep_then_merges(client, editor):
    keep, other = make_speaker("Abdoulaye Maiga"), make_speaker("Col. Maiga")
    claim = make_claim(speaker=other)
    client.force_login(editor)
    url = reverse("admin:claims_speaker_changelist")
    page = client.post(
        url, {"action": "merge_action", "_selected_action": [keep.pk, other.pk], "index": "0"}
    )
    assert page.status_code == 200
    assert "Choose the speaker to keep." in page.content.decode()
    response = client.post(
        url,
        {"action": "merge_action", "_selected_action": [keep.pk, other.pk], "keep": keep.pk,
         "apply": "1"},
        follow=True,
    )
    assert "Merged Col. Maiga into Abdoulaye Maiga; their names are now aliases." in messages_of(
        response
    )
    claim.refresh_from_db()
    assert claim.speaker == keep
    assert aliases_of(keep) == ["Col. Maiga"]
    assert Claim.history.filter(id=claim.pk).latest().history_user == editor


def test_merge_action_needs_two_speakers(client, editor):
    speaker = make_speaker("Lonely")
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_speaker_changelist"),
        {"action": "merge_action", "_selected_action": [speaker.pk], "index": "0"},
        follow=True,
    )
    assert "Select at least two speakers to merge." in messages_of(response)


def test_merge_action_refuses_a_speaker_that_was_not_selected(client, editor):
    a, b, outside = make_speaker("A"), make_speaker("B"), make_speaker("C")
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_speaker_changelist"),
        {"action": "merge_action", "_selected_action": [a.pk, b.pk], "keep": outside.pk,
         "apply": "1"},
    )
    assert response.status_code == 200
    assert "Select a valid choice." in response.content.decode()
    assert Speaker.objects.count() == 3
