"""Deleting what claims depend on is refused (on_delete=PROTECT), never cascaded: through the
ORM, and through the admin's delete page and its "delete selected" action, even for a
superuser. Deleting something nothing depends on still works and is recorded in history."""

from __future__ import annotations

import pytest
from django.db import transaction
from django.db.models import ProtectedError
from django.urls import reverse

from claims.models import Appearance, Claim, Event, Speaker
from sources.models import Source
from tests.conftest import make_claim, make_source, make_speaker

pytestmark = pytest.mark.django_db

CLAIM_TEXT = "84 Wagner fighters killed near Tinzaouatene"


@pytest.fixture
def event() -> Event:
    return Event.objects.create(name="Battle of Tinzaouatene", slug="battle-of-tinzaouatene")


@pytest.fixture
def claim(event) -> Claim:
    return make_claim(text=CLAIM_TEXT, event=event)


def dependant_of(kind: str, claim: Claim):
    return {"source": claim.source, "speaker": claim.speaker, "event": claim.event}[kind]


ADMIN_NAMES = {
    "source": "sources_source",
    "speaker": "claims_speaker",
    "event": "claims_event",
}
MODELS = {"source": Source, "speaker": Speaker, "event": Event}


# --- the ORM ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["source", "speaker", "event"])
def test_deleting_what_a_claim_depends_on_is_refused(claim, kind):
    target = dependant_of(kind, claim)
    with pytest.raises(ProtectedError) as err, transaction.atomic():
        target.delete()
    assert claim in err.value.protected_objects
    assert MODELS[kind].objects.filter(pk=target.pk).exists()
    assert Claim.objects.filter(pk=claim.pk).exists()


def test_a_source_quoted_by_another_article_s_claim_cannot_be_deleted(claim):
    quoting = make_source()
    Appearance.objects.create(claim=claim, source=quoting, quote="84", start=0, end=2)
    with pytest.raises(ProtectedError), transaction.atomic():
        quoting.delete()
    assert Source.objects.filter(pk=quoting.pk).exists()
    assert claim.appearances.count() == 1


def test_an_organisation_with_member_speakers_cannot_be_deleted(db):
    organisation = make_speaker("Malian Armed Forces", kind="government")
    member = make_speaker("Army spokesman", parent=organisation)
    with pytest.raises(ProtectedError) as err, transaction.atomic():
        organisation.delete()
    assert member in err.value.protected_objects
    assert Speaker.objects.filter(pk=organisation.pk).exists()


@pytest.mark.parametrize("kind", ["source", "speaker", "event"])
def test_deleting_something_nothing_depends_on_works_and_is_recorded(db, kind):
    target = {
        "source": make_source,
        "speaker": make_speaker,
        "event": lambda: Event.objects.create(name="Unused", slug="unused"),
    }[kind]()
    pk = target.pk
    target.delete()
    model = MODELS[kind]
    assert not model.objects.filter(pk=pk).exists()
    assert model.history.filter(id=pk, history_type="-").count() == 1


# --- the admin, as a superuser ----------------------------------------------------------


@pytest.mark.parametrize("kind", ["source", "speaker", "event"])
def test_admin_delete_page_says_cannot_delete_and_names_the_claim(client, admin_user, claim, kind):
    target = dependant_of(kind, claim)
    client.force_login(admin_user)
    url = reverse(f"admin:{ADMIN_NAMES[kind]}_delete", args=[target.pk])

    page = client.get(url)
    confirmed = client.post(url, {"post": "yes"})

    for response in (page, confirmed):
        assert response.status_code == 200
        html = response.content.decode()
        assert "Cannot delete" in html
        assert "would require deleting the following protected related objects" in html
        assert CLAIM_TEXT in html
    assert MODELS[kind].objects.filter(pk=target.pk).exists()
    assert Claim.objects.filter(pk=claim.pk).exists()


@pytest.mark.parametrize("kind", ["source", "speaker", "event"])
def test_admin_delete_selected_action_is_refused_too(client, admin_user, claim, kind):
    target = dependant_of(kind, claim)
    client.force_login(admin_user)
    url = reverse(f"admin:{ADMIN_NAMES[kind]}_changelist")
    form = {"action": "delete_selected", "_selected_action": [target.pk]}

    asked = client.post(url, form)
    confirmed = client.post(url, {**form, "post": "yes"})

    for response in (asked, confirmed):
        assert response.status_code == 200
        html = response.content.decode()
        assert "Cannot delete" in html
        assert CLAIM_TEXT in html
    assert MODELS[kind].objects.filter(pk=target.pk).exists()


def test_admin_deletes_an_unused_event_and_records_who_did_it(client, admin_user):
    unused = Event.objects.create(name="Unused event", slug="unused-event")
    client.force_login(admin_user)
    response = client.post(reverse("admin:claims_event_delete", args=[unused.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not Event.objects.filter(pk=unused.pk).exists()
    deleted = Event.history.get(id=unused.pk, history_type="-")
    assert deleted.history_user == admin_user
