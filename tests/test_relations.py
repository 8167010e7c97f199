"""Suggested relations between claims: what is suggested, why, and what editors' decisions keep."""

import datetime
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import F
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from simple_history.models import HistoricalRecords

from claims.matching import measure_key
from claims.models import (
    Appearance,
    Claim,
    ClaimRelation,
    Event,
    RelationOrigin,
    RelationStatus,
    SpeakerKind,
)
from claims.services.events import assign_events
from claims.services.importing import import_plain_article
from claims.services.relations import (
    EVENTS_PER_CHUNK,
    AnyOf,
    refresh_stale_statistics,
    suggest_relations,
)
from tests.conftest import make_claim, make_source
from tests.relations_fixtures import ARTICLES, build, speaker_named

pytestmark = pytest.mark.django_db

RAID = "Kessoum, March 2025"

EXPECTED = {
    ("Nurses at the Kessoum clinic", "Idrissa Tamboura", "confirms",
     f"about 80 vs 84 civilians died (about 80 = 72\u201388), {RAID}"),
    ("Awa Diarra", "Salif Ouedraogo", "confirms",
     f"303 vs over 300 students kidnapped, {RAID}"),
    ("Nare education ministry", "Salif Ouedraogo", "contradicts",
     f"215 vs over 300 schoolchildren seized, {RAID}"),
    ("Nare education ministry", "Awa Diarra", "contradicts",
     f"215 vs 303 schoolchildren seized, {RAID}"),
    ("Moussa Sangare", "Idrissa Tamboura", "contradicts",
     f"20 vs 84 civilians killed, {RAID}"),
    ("Moussa Sangare", "Nurses at the Kessoum clinic", "contradicts",
     f"20 vs about 80 civilians killed (about 80 = 72\u201388), {RAID}"),
    ("Front for the Liberation of Nare", "Nare army", "contradicts",
     f"dozens vs seven soldiers killed (dozens = at least 12), {RAID}"),
}


def import_like_the_importer(*names, merge_repeats=True):
    """Store each article, then suggest an event and relations for its new claims."""
    everything = []
    for name in names:
        _, claims = build(name, merge_repeats=merge_repeats)
        new = [c for c in dict.fromkeys(claims) if not any(c.pk == o.pk for o in everything)]
        assign_events(new)
        suggest_relations([c.pk for c in new])
        everything.extend(new)
    return everything


def relations():
    return {
        (r.from_claim.speaker.name, r.to_claim.speaker.name, r.kind, r.rationale)
        for r in ClaimRelation.objects.select_related("from_claim__speaker", "to_claim__speaker")
    }


def relation_between(a_speaker, b_speaker):
    return ClaimRelation.objects.get(
        from_claim__speaker__name=a_speaker, to_claim__speaker__name=b_speaker
    )


# -- what is suggested -------------------------------------------------------------------------


def test_every_suggested_relation_between_the_three_outlets_and_its_rationale():
    import_like_the_importer("wire", "feature", "radio")
    assert relations() == EXPECTED
    assert set(ClaimRelation.objects.values_list("status", "origin")) == {
        (RelationStatus.SUGGESTED, RelationOrigin.AUTO)
    }


def test_the_order_of_the_articles_does_not_change_what_is_suggested():
    import_like_the_importer("radio", "feature", "wire")
    found = {(frozenset((a, b)), kind) for a, b, kind, _ in relations()}
    assert found == {(frozenset((a, b)), kind) for a, b, kind, _ in EXPECTED}


def test_a_repeated_claim_is_one_claim_with_an_appearance_per_article_and_no_relation():
    import_like_the_importer("wire", "feature", "radio")
    governor = Claim.objects.get(speaker__name="Idrissa Tamboura")
    assert governor.source.publisher == "Sahel Wire"  # the first appearance
    assert sorted(governor.appearances.values_list("source__publisher", flat=True)) == [
        "Sahel Wire", "The Daily Meridian",
    ]
    assert not ClaimRelation.objects.filter(
        from_claim__speaker=governor.speaker, to_claim__speaker=governor.speaker
    ).exists()


def test_repeats_stored_as_two_claims_are_still_never_related_to_each_other():
    import_like_the_importer("wire", "feature", merge_repeats=False)
    assert Claim.objects.filter(speaker__name="Idrissa Tamboura").count() == 2
    assert not ClaimRelation.objects.filter(
        from_claim__speaker__name="Idrissa Tamboura", to_claim__speaker__name="Idrissa Tamboura"
    ).exists()


def test_one_speaker_changing_its_figure_between_articles_is_a_contradiction():
    event = Event.objects.create(name="Kessoum, March 2025", slug="k")
    governor = speaker_named("Idrissa Tamboura", SpeakerKind.PERSON)
    first = make_claim(speaker=governor, event=event, value=Decimal(84), counts="civilians killed",
                       measure_key=measure_key("civilians killed"))
    second = make_claim(speaker=governor, event=event, value=Decimal(91),
                        counts="civilians killed", measure_key=measure_key("civilians killed"))
    suggest_relations([first.pk, second.pk])
    assert relation_between("Idrissa Tamboura", "Idrissa Tamboura").kind == "contradicts"


def test_claims_about_unrelated_happenings_never_link():
    import_like_the_importer("wire", "flood", "feature", "second_raid", "radio")
    assert relations() == EXPECTED
    mayor = Claim.objects.get(speaker__name="Fatou Camara")
    june = Claim.objects.get(speaker__name="Idrissa Tamboura", value=12)
    for claim in (mayor, june):
        assert not ClaimRelation.objects.filter(from_claim=claim).exists()
        assert not ClaimRelation.objects.filter(to_claim=claim).exists()


def test_claims_without_an_event_are_never_compared():
    a = make_claim(value=Decimal(84), measure_key="killed:fighter")
    b = make_claim(value=Decimal(20), measure_key="killed:fighter")
    stats = suggest_relations([a.pk, b.pk])
    assert stats.created == 0 and not ClaimRelation.objects.exists()


# -- the generic "deaths" measure (the seed's shape) -------------------------------------------


def seed_shaped_event(army_name="Mali's army"):
    event = Event.objects.create(name="Tinzaouatene, July 2024", slug="tinzaouatene-july-2024")
    rebels = speaker_named("Tuareg-led separatists", SpeakerKind.ARMED_GROUP)
    army = speaker_named(army_name, SpeakerKind.GOVERNMENT)
    source = make_source()
    for value, counts in (
        (84, "fighters from Russia's mercenary Wagner group killed"),
        (47, "Malian soldiers killed"),
    ):
        make_claim(source=source, speaker=rebels, event=event, value=Decimal(value),
                   figure_text=str(value), counts=counts, measure_key=measure_key(counts))
    make_claim(source=source, speaker=army, event=event, value=None, figure_text="large number",
               qualifier="vague", counts="deaths", measure_key=measure_key("deaths"))


def test_an_armys_large_number_of_deaths_confirms_only_its_soldiers_killed():
    seed_shaped_event()
    stats = suggest_relations()
    assert stats.created == 1
    assert relations() == {
        ("Mali's army", "Tuareg-led separatists", "confirms",
         "large number vs 47 Malian soldiers killed (large number = any positive count), "
         "Tinzaouatene, July 2024"),
    }


def test_generic_deaths_from_a_speaker_without_a_side_are_not_guessed():
    seed_shaped_event(army_name="A hospital in Gao")
    assert suggest_relations().created == 0


# -- editors' decisions survive ----------------------------------------------------------------


def test_rerunning_changes_nothing():
    import_like_the_importer("wire", "feature", "radio")
    before = list(ClaimRelation.objects.order_by("pk").values())
    stats = suggest_relations()
    assert (stats.created, stats.updated, stats.removed) == (0, 0, 0)
    assert stats.pairs == len(EXPECTED)
    assert list(ClaimRelation.objects.order_by("pk").values()) == before


def test_a_rejected_relation_is_never_resurrected():
    import_like_the_importer("wire", "feature", "radio")
    rejected = relation_between("Moussa Sangare", "Idrissa Tamboura")
    rejected.status = RelationStatus.REJECTED
    rejected.save()
    stats = suggest_relations()
    rejected.refresh_from_db()
    assert rejected.status == RelationStatus.REJECTED
    assert ClaimRelation.objects.count() == len(EXPECTED)
    assert stats.kept == 1 and stats.created == 0


def test_an_accepted_relation_is_not_downgraded_when_a_figure_changes():
    import_like_the_importer("wire", "feature", "radio")
    accepted = relation_between("Nurses at the Kessoum clinic", "Idrissa Tamboura")
    accepted.status = RelationStatus.ACCEPTED
    accepted.save()
    Claim.objects.filter(speaker__name="Nurses at the Kessoum clinic").update(
        value=Decimal(30), figure_text="about 30", edited=True
    )
    suggest_relations()
    accepted.refresh_from_db()
    assert (accepted.status, accepted.kind) == (RelationStatus.ACCEPTED, "confirms")
    assert accepted.rationale.startswith("about 80 vs 84")
    # The suggestions on the same claim that nobody decided follow the new figure.
    suggested = relation_between("Moussa Sangare", "Nurses at the Kessoum clinic")
    assert suggested.kind == "contradicts"
    assert suggested.rationale == f"20 vs about 30 civilians killed (about 30 = 27\u201333), {RAID}"


def test_an_editor_made_relation_is_left_alone():
    import_like_the_importer("wire", "flood", "feature", "radio")
    mayor = Claim.objects.get(speaker__name="Fatou Camara")
    governor = Claim.objects.get(speaker__name="Idrissa Tamboura")
    made = ClaimRelation.objects.create(
        from_claim=mayor, to_claim=governor, kind="contradicts", origin=RelationOrigin.EDITOR,
        rationale="same toll reported for two disasters",
    )
    stats = suggest_relations()
    assert ClaimRelation.objects.filter(pk=made.pk, rationale=made.rationale).exists()
    assert stats.removed == 0


def test_an_editor_made_relation_on_a_comparable_pair_is_not_overwritten():
    import_like_the_importer("wire", "feature")
    nurses = Claim.objects.get(speaker__name="Nurses at the Kessoum clinic")
    ClaimRelation.objects.all().delete()
    made = ClaimRelation.objects.create(
        from_claim=Claim.objects.get(speaker__name="Idrissa Tamboura"), to_claim=nurses,
        kind="contradicts", origin=RelationOrigin.EDITOR, rationale="the clinic miscounted",
    )
    suggest_relations()
    made.refresh_from_db()
    assert (made.kind, made.rationale) == ("contradicts", "the clinic miscounted")
    assert ClaimRelation.objects.filter(
        from_claim__speaker__name="Awa Diarra").count() == 1  # the other pair is suggested


def test_a_suggestion_is_removed_when_an_editor_moves_a_claim_to_another_event():
    import_like_the_importer("wire", "feature", "radio")
    elsewhere = Event.objects.create(name="Another raid", slug="another-raid")
    sangare = Claim.objects.get(speaker__name="Moussa Sangare")
    Claim.objects.filter(pk=sangare.pk).update(event=elsewhere, edited=True)
    stats = suggest_relations([sangare.pk])
    assert stats.removed == 2
    assert not ClaimRelation.objects.filter(from_claim=sangare).exists()
    assert len(relations()) == len(EXPECTED) - 2


def test_a_suggestion_is_removed_when_an_editor_takes_a_claim_out_of_its_event():
    import_like_the_importer("wire", "feature", "radio")
    sangare = Claim.objects.get(speaker__name="Moussa Sangare")
    Claim.objects.filter(pk=sangare.pk).update(event=None, edited=True)
    assert suggest_relations([sangare.pk]).removed == 2


# -- selecting claims, the command -------------------------------------------------------------


def test_since_compares_only_claims_added_from_that_day():
    for name in ("wire", "feature"):
        _, claims = build(name, merge_repeats=True)
        assign_events(claims)
    Claim.objects.update(created_at=timezone.make_aware(datetime.datetime(2025, 3, 5, 12)))
    _, radio = build("radio")
    assign_events(radio)
    stats = suggest_relations(since=timezone.localdate())
    assert stats.claims == 3
    assert len(relations()) == 5  # the two wire/feature pairs wait for a full run
    assert suggest_relations().created == 2


def test_the_command_prints_one_summary_line(capsys):
    for name in ("wire", "feature", "radio"):
        _, claims = build(name, merge_repeats=True)
        assign_events(claims)
    call_command("suggest_relations")
    out = capsys.readouterr().out.strip()
    assert out.count("\n") == 0
    assert "7 relations suggested" in out and "5 contradict" in out


def test_the_command_accepts_since():
    call_command("suggest_relations", "--since", "2025-03-05")


@pytest.mark.parametrize("bad", ["yesterday", "2025-13-01", "05/03/2025"])
def test_the_command_refuses_a_bad_date_with_a_clear_message(bad):
    with pytest.raises(CommandError, match=r"is not a date; give it as YYYY-MM-DD"):
        call_command("suggest_relations", "--since", bad)


# -- how suggestions are stored ----------------------------------------------------------------

STORED = ("from_claim_id", "to_claim_id", "kind", "status", "origin", "rationale",
          "created_by_id", "created_at", "updated_at")


@pytest.fixture(params=["returning", "read back"])
def new_ids(request, monkeypatch):
    """Both ways of learning the ids of the rows a run inserted: RETURNING, or reading them back
    (a database without RETURNING, SQLite before 3.35). Call it just before the run."""

    def use():
        if request.param == "read back":
            monkeypatch.setattr(
                type(connection.features), "can_return_rows_from_bulk_insert", False
            )

    return use


def test_each_suggestion_has_one_creation_history_row_equal_to_the_relation(new_ids):
    for name in ("wire", "feature", "radio"):
        _, claims = build(name, merge_repeats=True)
        assign_events(claims)
    new_ids()
    assert suggest_relations().created == len(EXPECTED)
    for relation in ClaimRelation.objects.all():
        assert list(relation.history.values("history_type", "history_change_reason",
                                            "history_user_id", *STORED)) == [{
            "history_type": "+", "history_change_reason": "suggested by claimtrack",
            "history_user_id": None, **{name: getattr(relation, name) for name in STORED},
        }]
        assert (relation.status, relation.origin, relation.created_by_id) == (
            RelationStatus.SUGGESTED, RelationOrigin.AUTO, None)
    assert ClaimRelation.history.count() == len(EXPECTED)
    assert relations() == EXPECTED


def test_a_rationale_is_stored_as_written_whatever_its_characters():
    name = 'Operation "Dawn" \\ {north, south} – l\'été, 50% NULL'
    event = Event.objects.create(name=name, slug="dawn")
    source = make_source()
    for speaker, value in (("Witness A", 12), ("Witness B", 40)):
        make_claim(source=source, speaker=speaker_named(speaker, SpeakerKind.PERSON),
                   event=event, value=Decimal(value), figure_text=str(value),
                   counts="civilians killed", measure_key="killed:civilian")
    assert suggest_relations().created == 1
    assert ClaimRelation.objects.get().rationale == f"40 vs 12 civilians killed, {name}"
    assert ClaimRelation.history.get().rationale == f"40 vs 12 civilians killed, {name}"


def test_no_history_rows_when_history_is_switched_off(settings):
    settings.SIMPLE_HISTORY_ENABLED = False  # as for simple_history's own writes
    seed_shaped_event()
    assert suggest_relations().created == 1
    assert ClaimRelation.objects.count() == 1 and not ClaimRelation.history.exists()


def test_suggestions_made_while_serving_an_editor_name_the_editor_in_their_history(editor):
    seed_shaped_event()
    request = RequestFactory().post("/")
    request.user = editor
    HistoricalRecords.context.request = request  # what the history middleware does
    try:
        assert suggest_relations().created == 1
    finally:
        del HistoricalRecords.context.request
    assert list(ClaimRelation.history.values_list("history_user_id", flat=True)) == [editor.pk]


@pytest.mark.parametrize("direction, origin", [
    ("same", RelationOrigin.AUTO),  # another run suggested it first
    ("reversed", RelationOrigin.EDITOR),  # an editor related the two claims the other way
])
def test_a_pair_written_by_someone_else_during_the_run_keeps_their_relation(
    monkeypatch, new_ids, direction, origin
):
    for name in ("wire", "feature", "radio"):
        _, claims = build(name, merge_repeats=True)
        assign_events(claims)
    sangare = Claim.objects.get(speaker__name="Moussa Sangare")
    tamboura = Claim.objects.get(speaker__name="Idrissa Tamboura")
    newer, older = sorted((sangare, tamboura), key=lambda c: -c.pk)  # a suggestion's from, to
    ends = (newer, older) if direction == "same" else (older, newer)
    theirs = ClaimRelation.objects.create(
        from_claim=ends[0], to_claim=ends[1], kind="confirms", origin=origin,
        rationale="written while the run compared",
    )
    # The run read the existing relations before theirs was saved.
    monkeypatch.setattr("claims.services.relations._existing", lambda claim_ids: {})
    new_ids()
    assert suggest_relations().created == len(EXPECTED) - 1
    theirs_now = ClaimRelation.objects.filter(
        from_claim__in=(sangare, tamboura), to_claim__in=(sangare, tamboura)
    )
    assert list(theirs_now.values_list("pk", "kind", "origin", "rationale")) == [
        (theirs.pk, "confirms", origin, "written while the run compared")
    ]
    assert ClaimRelation.objects.count() == len(EXPECTED)
    assert list(theirs.history.values_list("history_change_reason", flat=True)) == [None]
    assert ClaimRelation.history.filter(
        history_change_reason="suggested by claimtrack").count() == len(EXPECTED) - 1


# -- cost --------------------------------------------------------------------------------------


def make_events(count, per_event=6, prefix="raid"):
    """`count` events, each with claims by different speakers on one measure."""
    source = make_source()
    speakers = [speaker_named(f"Witness {i}", SpeakerKind.PERSON) for i in range(per_event)]
    claims = []
    for n in range(count):
        event = Event.objects.create(name=f"{prefix} {n}", slug=f"{prefix}-{n}")
        for i, speaker in enumerate(speakers):
            claims.append(Claim(
                source=source, speaker=speaker, event=event, text="x", figure_text=str(10 + i),
                value=Decimal(10 + i), counts="civilians killed", measure_key="killed:civilian",
            ))
    Claim.objects.bulk_create(claims)


def queries_for_full_run():
    """(reads, writes) of one full run."""
    with CaptureQueriesContext(connection) as captured:
        suggest_relations()
    sql = [q["sql"].lstrip().upper() for q in captured.captured_queries]
    reads = sum(1 for q in sql if q.startswith("SELECT"))
    writes = sum(1 for q in sql if q.startswith(("INSERT", "UPDATE", "DELETE")))
    return reads, writes


def test_reads_do_not_grow_with_the_number_of_claims_and_writes_are_batched():
    make_events(3)
    small_reads, _ = queries_for_full_run()
    ClaimRelation.objects.all().delete()
    make_events(30, prefix="more")
    large_reads, large_writes = queries_for_full_run()
    created = ClaimRelation.objects.count()
    assert created == 33 * 15  # every pair of 6 claims, in each event
    assert large_reads == small_reads
    assert large_writes <= created / 30  # batches, never a query per pair


@pytest.mark.django_db(transaction=True)  # the statistics see committed changes only
def test_a_run_of_many_chunks_first_refreshes_stale_planner_statistics():
    if connection.vendor != "postgresql":
        assert refresh_stale_statistics() == []  # SQLite plans without them
        return
    if connection.pg_version < 150000:
        pytest.skip("flushing table statistics on demand needs PostgreSQL 15")

    def last_analyzed():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_stat_force_next_flush()")  # counts are sent when idle
            cursor.execute(
                "SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'claims_claim'"
            )
            return cursor.fetchone()[0]

    make_events(EVENTS_PER_CHUNK + 50)  # more changed claims than STALE_MINIMUM
    before = last_analyzed()  # None, or an earlier test's
    suggest_relations()
    after = last_analyzed()
    assert after is not None and (before is None or after > before)
    refresh_stale_statistics()  # what the run wrote after its last chunk's check
    last_analyzed()
    assert refresh_stale_statistics() == []  # fresh now: nothing to do


@pytest.mark.parametrize("count", [0, 1, 60])
def test_id_lists_are_one_parameter_on_postgresql(count):
    # psycopg re-parses statements of more than 50 parameters each time, in Python.
    source = make_source()
    ids = [make_claim(source=source).pk for _ in range(count)]
    make_claim(source=source)  # one that is not asked for
    query = Claim.objects.filter(AnyOf(F("pk"), ids))
    assert sorted(query.values_list("pk", flat=True)) == ids
    _, params = query.query.sql_with_params()
    assert len(params) == (1 if connection.vendor == "postgresql" else count)


def test_appearances_are_untouched_by_suggesting():
    import_like_the_importer("wire", "feature", "radio")
    before = Appearance.objects.count()
    suggest_relations()
    assert Appearance.objects.count() == before


# -- end to end: through the importer and the extractor ---------------------------------------


def import_articles(*names):
    for name in names:
        fields = ARTICLES[name]
        headline, _, body = fields["text"].partition("\n\n")
        import_plain_article(
            headline=headline, text=body, date=fields["published_on"],
            publisher=fields["publisher"],
        )


def figure_relations():
    return {
        (r.from_claim.figure_text, r.to_claim.figure_text, r.kind, r.rationale)
        for r in ClaimRelation.objects.select_related("from_claim", "to_claim")
    }


def test_importing_the_outlets_suggests_the_agreements_and_disagreements():
    import_articles("wire", "flood", "reprint", "feature", "second_raid", "radio")
    assert {
        ("303", "over 300", "confirms", f"303 vs over 300 students abducted, {RAID}"),
        ("about 80", "84", "confirms",
         f"about 80 vs 84 civilians died (about 80 = 72\u201388), {RAID}"),
        ("215", "over 300", "contradicts", f"215 vs over 300 schoolchildren seized, {RAID}"),
        ("215", "303", "contradicts", f"215 vs 303 schoolchildren seized, {RAID}"),
        ("20", "84", "contradicts", f"20 vs 84 civilians killed, {RAID}"),
        ("20", "about 80", "contradicts",
         f"20 vs about 80 civilians killed (about 80 = 72\u201388), {RAID}"),
    } <= figure_relations()
    raid = Event.objects.get(name=RAID)
    for relation in ClaimRelation.objects.select_related("from_claim", "to_claim"):
        assert relation.from_claim.event == raid and relation.to_claim.event == raid
    # (the mayor's 31 dead and the "two days of rain" the floods came after; the governor's 12
    # and the "three months" since the first raid, a span between two events)
    assert Event.objects.get(name="Port Malo, March 2025").claims.count() == 2
    assert Event.objects.get(name="Kessoum, June 2025").claims.count() == 2


def test_a_reprinted_claim_is_one_claim_with_an_appearance_in_each_outlet():
    import_articles("wire", "reprint", "feature", "radio")
    toll = Claim.objects.get(speaker__name="Idrissa Tamboura", figure_text="84")
    assert toll.source.publisher == "Sahel Wire"
    assert sorted(toll.appearances.values_list("source__publisher", flat=True)) == [
        "Coastal Times", "Sahel Wire",
    ]
    assert not ClaimRelation.objects.filter(from_claim=toll, to_claim__speaker=toll.speaker)
    assert not ClaimRelation.objects.filter(to_claim=toll, from_claim__speaker=toll.speaker)


def test_the_seed_yields_the_one_relation_it_supports():
    call_command("import_seeds", "--no-progress")
    relation = ClaimRelation.objects.select_related("from_claim__speaker", "to_claim").get()
    assert relation.kind == "confirms"
    assert relation.status == RelationStatus.SUGGESTED
    assert relation.from_claim.figure_text == "a large number"
    assert relation.to_claim.figure_text == "47"
    assert relation.rationale == (
        "a large number vs 47 Malian soldiers killed (a large number = any positive count), "
        "Tinzaouatene, July 2024"
    )
    separatists = Claim.objects.filter(figure_text__in=["84", "47"])
    assert [c.appearances.count() for c in separatists] == [2, 2]  # summary and body
    assert sorted(Event.objects.values_list("name", flat=True)) == [
        "Chibok, 2014", "Nigeria, November 2025", "Tinzaouatene, July 2024",
    ]
    # Re-running the command changes nothing.
    call_command("suggest_relations")
    assert ClaimRelation.objects.count() == 1
