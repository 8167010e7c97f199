"""Admin pages other than the claim review rules: change form, inlines, compare page, actions,
sources, events, protected deletes and history."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils.html import escape

from claims.models import (
    Claim,
    ClaimRelation,
    Event,
    EventStatus,
    RelationKind,
    RelationStatus,
    Speaker,
    Status,
)
from sources.models import Source
from tests.admin_fixtures import admin_form_data, messages_of, quoted_claim, relate
from tests.conftest import make_claim, make_speaker

pytestmark = pytest.mark.django_db


def change_url(obj) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def history_url(obj) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[obj.pk])


# --- claim change form --------------------------------------------------------------------


def test_change_form_shows_the_quote_in_its_paragraph_with_the_figure_marked(client, editor):
    claim = quoted_claim(
        [
            "Rebels claim heavy losses for Wagner",
            "Fighting went on for days.",
            "The rebels said they had killed <b>84</b> Wagner fighters, a spokesman said.",
            "Mali has not confirmed the toll.",
        ],
        "The rebels said they had killed <b>84</b> Wagner fighters",
        "84",
    )
    client.force_login(editor)
    page = client.get(change_url(claim)).content.decode()
    assert (
        '<span class="claim-quote">The rebels said they had killed &lt;b&gt;'
        '<mark class="claim-figure">84</mark>&lt;/b&gt; Wagner fighters</span>, a spokesman said.'
    ) in page
    assert "Fighting went on for days." not in page
    assert reverse("admin:sources_source_change", args=[claim.source_id]) in page
    assert reverse("admin:claims_claim_compare", args=[claim.pk]) in page


def test_change_form_uses_autocomplete_for_speaker_event_and_source(client, editor):
    claim = make_claim()
    client.force_login(editor)
    page = client.get(change_url(claim)).content.decode()
    for field in ("speaker", "event", "source"):
        assert f'id="id_{field}"' in page
    assert page.count("admin-autocomplete") >= 3
    speakers = client.get(
        "/admin/autocomplete/",
        {"term": claim.speaker.name, "app_label": "claims", "model_name": "claim",
         "field_name": "speaker"},
    ).json()
    assert [r["id"] for r in speakers["results"]] == [str(claim.speaker_id)]


def test_relation_inlines_show_both_directions_and_accept_a_suggestion(client, editor):
    claim = make_claim(text="84 fighters killed")
    later = make_claim(text="20 fighters killed", value=20)
    earlier = make_claim(text="84 fighters dead")
    outgoing = relate(claim, later, RelationKind.CONTRADICTS, origin="auto")
    incoming = relate(earlier, claim, RelationKind.CONFIRMS, origin="auto")
    client.force_login(editor)
    response = client.get(change_url(claim))
    page = response.content.decode()
    assert "Relations from this claim" in page
    assert "Relations to this claim" in page
    assert "20 fighters killed" in page and "84 fighters dead" in page

    data = admin_form_data(response)
    index = next(i for i in range(2) if data.get(f"relations_from-{i}-id") == str(outgoing.pk))
    data[f"relations_from-{index}-status"] = RelationStatus.REJECTED
    data["relations_to-0-status"] = RelationStatus.ACCEPTED
    assert client.post(change_url(claim), data).status_code == 302
    outgoing.refresh_from_db()
    incoming.refresh_from_db()
    assert outgoing.status == RelationStatus.REJECTED
    assert incoming.status == RelationStatus.ACCEPTED
    assert incoming.history.latest().history_user == editor


def test_adding_the_reverse_of_an_existing_pair_is_a_form_error(client, editor):
    claim, other = make_claim(), make_claim(value=20)
    relate(other, claim, RelationKind.CONTRADICTS)
    client.force_login(editor)
    response = client.get(change_url(claim))
    data = admin_form_data(response)
    data.update(
        {
            "relations_from-TOTAL_FORMS": "1",
            "relations_from-0-to_claim": str(other.pk),
            "relations_from-0-kind": RelationKind.CONFIRMS,
            "relations_from-0-status": RelationStatus.ACCEPTED,
            "relations_from-0-from_claim": str(claim.pk),
        }
    )
    response = client.post(change_url(claim), data)
    assert response.status_code == 200
    assert "These two claims are already related" in response.content.decode()
    assert ClaimRelation.objects.count() == 1


def test_relation_added_inline_records_its_author(client, editor):
    claim, other = make_claim(), make_claim(value=20)
    client.force_login(editor)
    data = admin_form_data(client.get(change_url(claim)))
    data.update(
        {
            "relations_from-TOTAL_FORMS": "1",
            "relations_from-0-to_claim": str(other.pk),
            "relations_from-0-kind": RelationKind.CONTRADICTS,
            "relations_from-0-status": RelationStatus.ACCEPTED,
            "relations_from-0-rationale": "84 vs 20",
            "relations_from-0-from_claim": str(claim.pk),
        }
    )
    assert client.post(change_url(claim), data).status_code == 302
    relation = ClaimRelation.objects.get()
    assert (relation.from_claim, relation.to_claim, relation.created_by) == (claim, other, editor)


# --- comparison page ------------------------------------------------------------------------


def test_compare_page_lists_related_and_same_event_claims_in_one_table(client, editor):
    event = Event.objects.create(name="Battle of Tinzaouatene", slug="tinza")
    claim = make_claim(text="84 Wagner fighters killed", event=event, lower=Decimal("80"),
                       upper=Decimal("90"))
    related = make_claim(text="20 Wagner fighters killed", value=20)
    relate(claim, related, RelationKind.CONTRADICTS, rationale="84 vs 20")
    same_event = make_claim(text="47 soldiers killed", value=47, event=event,
                            stated_on=datetime.date(2024, 7, 29))
    stranger = make_claim(text="3 drones downed", value=3)
    client.force_login(editor)
    response = client.get(reverse("admin:claims_claim_compare", args=[claim.pk]))
    page = response.content.decode()
    rows = [row["claim"].pk for row in response.context["table"]]
    assert rows[0] == claim.pk
    assert set(rows) == {claim.pk, related.pk, same_event.pk}
    assert stranger.text not in page
    assert "80–90" in page
    assert "contradicts (suggested)" in page
    assert "84 vs 20" in page
    assert "same event" in page
    assert "29 Jul 2024" in page


def test_compare_page_accepts_a_suggested_relation(client, editor):
    claim, other = make_claim(), make_claim(value=20)
    relation = relate(claim, other, RelationKind.CONTRADICTS)
    client.force_login(editor)
    url = reverse("admin:claims_claim_compare", args=[claim.pk])
    response = client.post(
        url, {"do": "relation", "relation": relation.pk, "relation_status": "accepted"},
        follow=True,
    )
    assert "Relation accepted." in messages_of(response)
    relation.refresh_from_db()
    assert relation.status == RelationStatus.ACCEPTED
    claim.refresh_from_db()
    assert claim.edited


def test_compare_page_for_a_missing_claim_is_404(client, editor):
    client.force_login(editor)
    assert client.get(reverse("admin:claims_claim_compare", args=[999999])).status_code == 404


# --- actions --------------------------------------------------------------------------------


def test_set_event_action_asks_then_sets_the_event_with_history(client, editor):
    event = Event.objects.create(name="Kidal offensive", slug="kidal")
    claims = [make_claim(), make_claim(value=47)]
    client.force_login(editor)
    url = reverse("admin:claims_claim_changelist") + "?queue=all"
    selected = [c.pk for c in claims]
    page = client.post(url, {"action": "set_event", "_selected_action": selected, "index": "0"})
    assert page.status_code == 200
    assert "Set the event of the selected claims" in page.content.decode()
    response = client.post(
        url,
        {"action": "set_event", "_selected_action": selected, "event": event.pk, "apply": "1"},
        follow=True,
    )
    assert "2 claims now about “Kidal offensive”." in messages_of(response)
    for claim in claims:
        claim.refresh_from_db()
        assert claim.event == event
        assert claim.edited
        assert claim.history.latest().history_user == editor


def test_accept_and_reject_selected_suggested_relations(client, editor):
    a, b, c = make_claim(), make_claim(value=20), make_claim(value=30)
    first = relate(a, b, RelationKind.CONTRADICTS)
    second = relate(b, c, RelationKind.CONTRADICTS)
    decided = relate(a, c, RelationKind.CONFIRMS, status=RelationStatus.REJECTED)
    client.force_login(editor)
    url = reverse("admin:claims_claimrelation_changelist")
    response = client.post(
        url,
        {"action": "accept_relations", "_selected_action": [first.pk, second.pk, decided.pk],
         "index": "0"},
        follow=True,
    )
    texts = messages_of(response)
    assert "2 suggested relations accepted." in texts
    assert "1 already decided, left as they were." in texts
    statuses = dict(ClaimRelation.objects.values_list("pk", "status"))
    assert statuses == {first.pk: "accepted", second.pk: "accepted", decided.pk: "rejected"}
    assert first.history.latest().history_change_reason == "Action: accepted"
    assert Claim.objects.filter(edited=True).count() == 3

    response = client.post(
        url, {"action": "reject_relations", "_selected_action": [first.pk], "index": "0"},
        follow=True,
    )
    assert "0 suggested relations rejected." in messages_of(response)


# --- sources ------------------------------------------------------------------------------


ARTICLE = """\
BAMAKO: Mali's army said on Tuesday that 15 soldiers were killed when militants attacked a \
base near Gao, the armed forces chief of staff said.
A local official put the toll at more than 30 dead.
Residents said the fighting lasted several hours."""


def test_editor_adds_an_article_from_any_outlet_and_sees_what_was_found(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("admin:sources_source_add"),
        {
            "headline": "Militants attack army base near Gao",
            "published_on": "2024-09-03",
            "publisher": "Sahel Daily",
            "url": "https://example.org/gao-attack",
            "text": ARTICLE,
        },
        follow=True,
    )
    assert response.status_code == 200
    source = Source.objects.get(headline="Militants attack army base near Gao")
    assert source.publisher == "Sahel Daily"
    assert source.published_on == datetime.date(2024, 9, 3)
    texts = messages_of(response)
    assert texts[0] == f"Article “{source.headline}” added: 3 claims found."
    assert response.redirect_chain[-1][0] == change_url(source)
    page = response.content.decode()
    for claim in source.claims.all():
        assert any(
            claim.text in text and escape(claim.speaker.name) in text for text in texts[1:]
        )
        assert change_url(claim) in page
    # ("several hours" is a vague duration since session 11)
    assert sorted(source.claims.values_list("figure_text", flat=True)) == [
        "15", "more than 30", "several hours"]


def test_pasting_the_same_article_twice_says_it_is_already_there(client, editor):
    client.force_login(editor)
    data = {
        "headline": "Militants attack army base near Gao",
        "published_on": "2024-09-03",
        "publisher": "Sahel Daily",
        "text": ARTICLE,
    }
    client.post(reverse("admin:sources_source_add"), data)
    response = client.post(reverse("admin:sources_source_add"), data, follow=True)
    assert any("was already in claimtrack" in text for text in messages_of(response))
    assert Source.objects.count() == 1


def test_pasting_an_article_without_a_date_or_text_is_a_form_error(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("admin:sources_source_add"),
        {"headline": "No body", "publisher": "Sahel Daily", "text": "   "},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count("This field is required.") == 2
    assert not Source.objects.exists()


def test_source_page_lists_its_claims_read_only_with_links(client, editor):
    claim = quoted_claim(
        ["Rebels claim heavy losses", "They said 84 Wagner fighters were killed."],
        "They said 84 Wagner fighters were killed.",
        "84",
    )
    client.force_login(editor)
    response = client.get(change_url(claim.source))
    page = response.content.decode()
    assert "Claims first read in this article" in page
    assert "They said 84 Wagner fighters were killed." in page
    assert change_url(claim) in page
    assert 'name="claims-0-text"' not in page


# --- events and speakers ------------------------------------------------------------------


def test_event_page_lists_its_claims_with_figures(client, editor):
    event = Event.objects.create(name="Battle of Tinzaouatene", slug="tinza")
    make_claim(text="at least 47 soldiers killed", figure_text="at least 47", value=47,
               lower=47, event=event)
    client.force_login(editor)
    page = client.get(change_url(event)).content.decode()
    assert "Claims about this event" in page
    assert "at least 47 soldiers killed" in page
    assert "47–…" in page


def test_accept_suggested_events_action(client, editor):
    event = Event.objects.create(name="Gao attack", slug="gao", status=EventStatus.SUGGESTED)
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_event_changelist"),
        {"action": "accept_events", "_selected_action": [event.pk], "index": "0"},
        follow=True,
    )
    assert "1 event accepted." in messages_of(response)
    event.refresh_from_db()
    assert event.status == EventStatus.ACCEPTED


def test_speaker_list_counts_claims_and_search_finds_aliases_once(client, editor):
    speaker = make_speaker("Andriy Yusov")
    speaker.aliases.create(alias="Yusov")
    speaker.aliases.create(alias="A. Yusov")
    make_claim(speaker=speaker)
    make_claim(speaker=speaker, value=47)
    client.force_login(editor)
    response = client.get(reverse("admin:claims_speaker_changelist"), {"q": "yusov"})
    rows = list(response.context["cl"].result_list)
    assert [(row.name, row.n_claims) for row in rows] == [("Andriy Yusov", 2)]


def test_speaker_page_has_alias_inline(client, editor):
    speaker = make_speaker("Abdoulaye Maiga")
    speaker.aliases.create(alias="Col. Maiga")
    client.force_login(editor)
    page = client.get(change_url(speaker)).content.decode()
    assert 'name="aliases-0-alias"' in page
    assert "Col. Maiga" in page


def test_new_speaker_names_and_aliases_reach_the_search_text_of_its_claims(client, editor):
    speaker = make_speaker("Abdoulaye Maiga")
    claim = make_claim(speaker=speaker, search_text="47 soldiers killed Abdoulaye Maiga")
    client.force_login(editor)
    data = admin_form_data(client.get(change_url(speaker)))
    data.update({"name": "Abdoulaye Maïga", "aliases-0-alias": "Interim Premier"})
    assert client.post(change_url(speaker), data).status_code == 302
    add = reverse("admin:claims_speakeralias_add")
    assert client.post(add, {"speaker": speaker.pk, "alias": "Col. Maiga"}).status_code == 302
    claim.refresh_from_db()
    assert claim.search_text == (
        "47 soldiers killed Abdoulaye Maiga Abdoulaye Maïga Interim Premier Col. Maiga"
    )


# --- protected deletes --------------------------------------------------------------------


@pytest.mark.parametrize("target", ["source", "speaker", "event"])
def test_deleting_something_claims_depend_on_is_refused_with_a_message(client, admin_user, target):
    event = Event.objects.create(name="Gao attack", slug="gao")
    claim = make_claim(event=event)
    obj = {"source": claim.source, "speaker": claim.speaker, "event": event}[target]
    client.force_login(admin_user)
    opts = obj._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_delete", args=[obj.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert "would require deleting the following protected related objects" in (
        page.content.decode()
    )
    response = client.post(url, {"post": "yes"})
    assert response.status_code in (200, 403)
    assert type(obj).objects.filter(pk=obj.pk).exists()


def test_bulk_delete_of_a_protected_speaker_is_refused(client, admin_user):
    claim = make_claim()
    client.force_login(admin_user)
    response = client.post(
        reverse("admin:claims_speaker_changelist"),
        {"action": "delete_selected", "_selected_action": [claim.speaker_id], "post": "yes"},
    )
    assert response.status_code == 200
    assert "protected related objects" in response.content.decode()
    assert Speaker.objects.filter(pk=claim.speaker_id).exists()


def test_editor_cannot_delete_anything(client, editor):
    claim = make_claim()
    client.force_login(editor)
    url = reverse("admin:claims_claim_delete", args=[claim.pk])
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert Claim.objects.filter(pk=claim.pk).exists()


# --- history ------------------------------------------------------------------------------


def test_history_pages_show_who_changed_what(client, editor, reviewer):
    claim = make_claim()
    client.force_login(editor)
    data = admin_form_data(client.get(change_url(claim)))
    data.update(status=Status.IN_REVIEW, text="84 Wagner fighters killed")
    client.post(change_url(claim), data)
    client.force_login(reviewer)
    page = client.get(history_url(claim)).content.decode()
    assert "edna" in page
    assert "84 Wagner fighters killed" in page
    for obj in (claim.speaker, claim.source):
        assert client.get(history_url(obj)).status_code == 200
    relation = relate(claim, make_claim(value=20))
    assert client.get(history_url(relation)).status_code == 200
