"""The importer's events: decided before the claims are written, read in the workers.

The importer reads each claim's happening beside the extractor (in the worker processes when
there are several files) and matches it to an event before inserting the claim, so that a claim
is written once, with its event. These tests pin that this gives what suggesting events for the
stored claims afterwards (`assign_events`) gives, and what the shortcuts rely on.
"""

from __future__ import annotations

import datetime
import pickle

import pytest
from django.db import transaction
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.corpus import write_corpus
from claims.models import Claim, Event
from claims.pipeline import extract_files, read_and_extract
from claims.services.events import (
    EventIndex,
    EventView,
    Happening,
    Span,
    article_happenings,
    assign_events,
    best_event,
    free_event_slugs,
)
from claims.services.importing import _Writer, import_files, seed_paths
from sources.models import Source

PUBLISHER = "Test Wire"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Generated seed files (our own templates): several articles per made-up event."""
    out = tmp_path_factory.mktemp("corpus")
    write_corpus(160, seed=5, out_dir=out, per_file=40, truth=False)
    return seed_paths([out])


def events_of_claims() -> list[tuple]:
    """Each claim with its event, by natural keys (primary keys differ between runs)."""
    return sorted(
        Claim.objects.values_list(
            "source__fingerprint", "speaker__name", "text", "figure_text", "event__name",
            "event__slug", "event__place",
            "event__start_date", "event__end_date", "event__key_terms", "event__status",
        )
    )


@pytest.mark.django_db
def test_events_decided_before_insert_are_those_assign_events_gives_after(corpus):
    with transaction.atomic():
        stats = import_files(corpus, publisher=PUBLISHER)
        decided_before = events_of_claims()
        transaction.set_rollback(True)
    assert stats.claims_new and not stats.refused

    # The same files written without events, then events suggested for the stored claims,
    # batch by batch as the importer used to.
    for path in corpus:
        extraction = read_and_extract(path, None, PUBLISHER)
        writer = _Writer(publisher=PUBLISHER, seed_file=path.name, suggest=False)
        with transaction.atomic():
            results = writer.write_many(extraction.articles, extraction.claims)
            assign_events([claim for _, claims, _ in results for claim in claims])
    assigned_after = events_of_claims()

    assert decided_before == assigned_after
    assert sum(1 for row in decided_before if row[2] is not None) > len(decided_before) / 2
    # Several articles per happening: events are shared, not one per claim.
    assert Event.objects.count() < Claim.objects.count() / 2


@pytest.mark.django_db
def test_each_imported_claim_is_written_once_with_its_event(corpus):
    import_files(corpus[:1], publisher=PUBLISHER)
    claims = list(Claim.objects.all())
    assert claims and any(c.event_id for c in claims)
    history = list(Claim.history.values_list("id", "history_type", "event_id"))
    assert sorted(history) == sorted((c.pk, "+", c.event_id) for c in claims)


@pytest.mark.django_db
def test_no_history_rows_are_written_when_history_is_switched_off(corpus, settings):
    settings.SIMPLE_HISTORY_ENABLED = False  # as for simple_history's own bulk writes
    import_files(corpus[:1], publisher=PUBLISHER)
    assert Claim.objects.exists() and Event.objects.exists()
    assert not (Claim.history.exists() or Source.history.exists() or Event.history.exists())


def test_workers_ship_the_happenings_read_in_process_and_they_stay_small(corpus):
    shipped = list(extract_files(corpus, encoding=None, publisher=PUBLISHER, jobs=2))
    assert [f.path for f in shipped] == corpus
    for extraction in shipped:
        assert not extraction.error
        for article, claims, happenings in zip(
            extraction.articles, extraction.claims, extraction.happenings, strict=True
        ):
            assert happenings == article_happenings(article, claims)
        payload = len(pickle.dumps(extraction.happenings, protocol=pickle.HIGHEST_PROTOCOL))
        articles = len(pickle.dumps(extraction.articles, protocol=pickle.HIGHEST_PROTOCOL))
        assert payload < articles / 2, (payload, articles)
    assert any(h for f in shipped for hs in f.happenings for h in hs)


@pytest.mark.django_db
def test_an_article_pasted_by_an_editor_is_in_history_under_the_editors_name(client, editor):
    client.force_login(editor)
    client.post(
        reverse("admin:sources_source_add"),
        {
            "headline": "Gunmen raid Kessoum market",
            "published_on": "2025-03-04",
            "publisher": "Sahel Daily",
            "text": "Gunmen raided the market in Kessoum on March 2, the army said.\n"
            "The army said 12 civilians were killed in the raid on Kessoum.\n",
        },
    )
    source = Source.objects.get()
    assert source.claims.exists()
    for model, pks in (
        (Source, [source.pk]),
        (Claim, list(source.claims.values_list("pk", flat=True))),
        (Event, list(Event.objects.values_list("pk", flat=True))),
    ):
        rows = model.history.filter(id__in=pks)
        assert rows.count() == len(pks)
        assert {(r.history_type, r.history_user_id) for r in rows} == {("+", editor.pk)}


@pytest.mark.django_db
def test_new_event_slugs_take_the_first_number_free_in_the_database_and_the_batch():
    day = datetime.date(2025, 3, 2)
    for slug in ["kessoum-march-2025", *(f"kessoum-march-2025-{n}" for n in (2, 3, 4, 5, 6, 8))]:
        Event.objects.create(name="Kessoum, March 2025", slug=slug, start_date=day, end_date=day)
    Event.objects.create(name="Tombara, March 2025", slug="tombara-march-2025-2")
    names = ["Kessoum, March 2025", "Tombara, March 2025", "Kessoum, March 2025",
             "Tombara, March 2025", "Kessoum, March 2025"]
    assert free_event_slugs(names) == [
        "kessoum-march-2025-7", "tombara-march-2025", "kessoum-march-2025-9",
        "tombara-march-2025-3", "kessoum-march-2025-10",
    ]


# -- the event index finds what comparing every event finds -----------------------------------

NAMES = ["Kessoum", "Tombara", "Port Malo", "Dono", "Awa Diarra", "Moussa Sangare",
         "Front for the Liberation of Nare", "Idrissa Tamboura"]
KEYS = {name: name.lower().replace(" ", "") for name in NAMES}
START = datetime.date(2025, 3, 1)


def spans():
    return st.builds(
        lambda offset, length: Span(
            START + datetime.timedelta(days=offset),
            START + datetime.timedelta(days=offset + length),
            "day",
        ),
        st.integers(0, 60),
        st.integers(0, 20),
    )


def views():
    return st.builds(
        lambda place, span, terms, accepted: EventView(
            None, place, span, ", ".join(dict.fromkeys([place, *terms] if place else terms)),
            accepted,
        ),
        st.sampled_from(["", *NAMES[:4]]),
        spans(),
        st.lists(st.sampled_from(NAMES), max_size=6),
        st.booleans(),
    )


def happenings():
    return st.builds(
        lambda place, span, terms, places, mentions, dateline: Happening(
            place,
            frozenset(KEYS[p] for p in places) | ({KEYS[place]} if place else frozenset()),
            span,
            tuple(dict.fromkeys([place, *terms] if place else terms)),
            frozenset(KEYS[m] for m in mentions),
            dateline and bool(place),
        ),
        st.sampled_from(["", *NAMES[:4]]),
        spans(),
        st.lists(st.sampled_from(NAMES), max_size=6),
        st.lists(st.sampled_from(NAMES[:4]), max_size=3),
        st.lists(st.sampled_from(NAMES), max_size=6),
        st.booleans(),
    )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(views(), max_size=25),
    st.lists(happenings(), min_size=1, max_size=5),
    st.lists(st.tuples(st.integers(0, 24), st.sampled_from(NAMES)), max_size=5),
)
def test_the_event_index_finds_the_event_comparing_every_event_finds(events, found, growth):
    index = EventIndex()
    for order, view in enumerate(events, start=1):
        view.order = order
        index.add(view)
    for position, term in growth:  # key terms grow as claims join
        if position < len(events):
            view = events[position]
            index.set_terms(view, f"{view.key_terms}, {term}" if view.key_terms else term)
    for happening in found:
        assert index.best(happening) is best_event(happening, events)
