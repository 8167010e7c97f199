"""export_claims / import_claims: a lossless round trip of the whole database, refusals that
write nothing, and the same file carried SQLite -> PostgreSQL -> SQLite by real processes."""

from __future__ import annotations

import datetime
import gzip
import io
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from claims.models import (
    Appearance,
    Claim,
    ClaimRelation,
    Event,
    Speaker,
    SpeakerAlias,
)
from claims.services import portability
from claims.services.portability import exported_models
from tests.conftest import make_claim, make_source, make_speaker

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
UTC = datetime.UTC
REVIEWED_AT = datetime.datetime(2024, 8, 6, 9, 30, 15, 123456, tzinfo=UTC)


def build_dataset(reviewer: User) -> dict[str, object]:
    """A small database touching every model, field type and review state."""
    article = make_source(
        headline="Mali: “over 300” killed — army says",
        text='DAKAR\n\nThe army said 84 fighters\u2028were killed.\tA tab, an emoji 🚀 and a "quote".',
        url="https://example.org/mali",
        dateline="DAKAR",
        date_kind="updated",
        summary=["First point", "Second point, with 3.5%"],
        captions=[{"text": "A convoy", "credit": "AFP"}, {"text": "Ruins", "credit": ""}],
        body="Paragraph one.\n\nParagraph two.",
        seed_file="seeds/000_test.txt",
        seed_position=0,
        seed_line=1,
    )
    other = make_source(published_on=None)
    # The member is created first so its id is lower than its parent's: the export must still
    # write the parent first.
    member = make_speaker("Col. Souleymane Dembélé")
    army = make_speaker("Malian Armed Forces", kind="government")
    ministry = make_speaker("Ministry of Defence", kind="government")
    army.parent = ministry
    army.save()
    member.parent = army
    member.role = "army spokesman"
    member.save()
    wagner = make_speaker("Wagner Group", kind="armed_group")
    SpeakerAlias.objects.create(speaker=member, alias="Souleymane Dembele")
    SpeakerAlias.objects.create(speaker=army, alias="FAMa")
    battle = Event.objects.create(
        name="Battle of Tinzaouatene",
        slug="battle-of-tinzaouatene",
        place="Tinzaouatene",
        start_date=datetime.date(2024, 7, 25),
        end_date=datetime.date(2024, 7, 27),
        status="accepted",
        key_terms="tinzaouatene wagner",
        description="Fighting near the Algerian border.",
    )
    gone = Event.objects.create(name="Merged away", slug="merged-away")
    gone.delete()  # leaves a "-" history row for an object that no longer exists

    fractional = make_claim(
        article,
        member,
        value=Decimal("3.5"),
        lower=Decimal("3"),
        upper=Decimal("4"),
        qualifier="about",
        unit="%",
        counts="share of territory",
        event=battle,
    )
    reviewed = make_claim(
        article,
        wagner,
        value=Decimal("1200000"),
        status="verified",
        verdict="mostly_accurate",
        reviewer_note="Matches the ministry's own figures.",
        reviewed_by=reviewer,
        reviewed_at=REVIEWED_AT,
        edited=True,
        origin="extracted",
        extractor_version="1.2",
        measure_key="fighters killed",
        dedupe_key="wagner|1200000|fighters killed",
        search_text="wagner 1200000 fighters killed",
        event=battle,
    )
    ranged = make_claim(
        other,
        army,
        value=None,
        lower=Decimal("20"),
        upper=Decimal("30"),
        qualifier="range",
        figure_text="20 to 30",
        stated_on=None,
    )
    tiny = make_claim(other, army, value=Decimal("0.0001"), status="in_review")
    rejected = make_claim(
        other, ministry, value=Decimal("987654321.1234"), status="rejected", verdict="inaccurate"
    )
    reviewed.reviewer_note = "Matches the ministry's figures; updated."
    reviewed._history_user = reviewer
    reviewed._change_reason = "note reworded"
    reviewed.save()

    Appearance.objects.create(
        claim=fractional,
        source=article,
        quote="84 fighters",
        start=10,
        end=40,
        figure_start=10,
        figure_end=12,
        part="headline",
    )
    Appearance.objects.create(claim=reviewed, source=article, quote="killed", start=41, end=60)
    Appearance.objects.create(
        claim=ranged, source=article, quote="old text", start=5, end=9, part="caption", stale=True
    )
    ClaimRelation.objects.create(
        from_claim=fractional,
        to_claim=reviewed,
        kind="contradicts",
        status="accepted",
        rationale="84 vs 20",
        created_by=reviewer,
    )
    ClaimRelation.objects.create(from_claim=ranged, to_claim=tiny, kind="confirms", origin="auto")
    ClaimRelation.objects.create(
        from_claim=reviewed, to_claim=rejected, kind="confirms", status="rejected", origin="auto"
    )
    return {"reviewed": reviewed, "member": member, "army": army, "ranged": ranged}


@pytest.fixture
def dataset(reviewer):
    return build_dataset(reviewer)


def export(path: Path, *args: str) -> str:
    out = io.StringIO()
    call_command("export_claims", str(path), *args, stdout=out)
    return out.getvalue()


def restore(path: Path) -> str:
    out = io.StringIO()
    call_command("import_claims", str(path), stdout=out)
    return out.getvalue()


def wipe() -> None:
    """Empty every exported table, children first, as a brand-new database would be."""
    with connection.cursor() as cursor:
        for model in reversed(exported_models()):
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")


def body_and_header(path: Path) -> tuple[dict, bytes]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as f:
        data = f.read()
    first, _, rest = data.partition(b"\n")
    header = json.loads(first)
    header.pop("exported_at")
    return header, rest


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[1:]]


def row_counts() -> dict[str, int]:
    return {m._meta.label_lower: m._base_manager.count() for m in exported_models()}


# --- the round trip ---------------------------------------------------------------------


def test_round_trip_restores_a_byte_identical_export(dataset, tmp_path):
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    export(first)
    before = row_counts()
    wipe()
    assert Claim.objects.count() == 0

    restore(first)
    export(second)

    assert row_counts() == before
    header_1, body_1 = body_and_header(first)
    header_2, body_2 = body_and_header(second)
    assert header_1 == header_2
    assert body_1 == body_2


def test_restored_claims_keep_ids_review_state_and_exact_figures(dataset, tmp_path):
    reviewed, member = dataset["reviewed"], dataset["member"]
    path = tmp_path / "export.jsonl"
    export(path)
    wipe()
    restore(path)

    claim = Claim.objects.get(pk=reviewed.pk)  # same id: /claims/<id>/ still works
    assert claim.value == Decimal("1200000")
    assert claim.status == "verified" and claim.verdict == "mostly_accurate"
    assert claim.reviewer_note == "Matches the ministry's figures; updated."
    assert claim.reviewed_by.username == "rita"
    assert claim.reviewed_at == REVIEWED_AT
    assert claim.edited is True
    assert claim.search_text == "wagner 1200000 fighters killed"
    assert claim.created_at == reviewed.created_at
    assert Claim.objects.get(value=Decimal("3.5")).upper == Decimal("4")
    assert Claim.objects.get(value=Decimal("0.0001")).status == "in_review"
    assert Speaker.objects.get(pk=member.pk).parent.parent.name == "Ministry of Defence"
    assert SpeakerAlias.objects.get(alias="Souleymane Dembele").normalised == "souleymane dembele"
    assert ClaimRelation.objects.get(rationale="84 vs 20").created_by.username == "rita"
    history = Claim.history.filter(id=reviewed.pk).order_by("history_id")
    assert [h.history_change_reason for h in history] == [None, "note reworded"]
    assert history.last().history_user.username == "rita"


def test_gzip_export_round_trips(dataset, tmp_path):
    packed, plain = tmp_path / "export.jsonl.gz", tmp_path / "again.jsonl"
    export(packed)
    assert packed.read_bytes()[:2] == b"\x1f\x8b"
    wipe()
    restore(packed)
    export(plain)
    assert body_and_header(packed)[1] == body_and_header(plain)[1]


def test_new_rows_after_a_restore_get_fresh_ids(dataset, tmp_path):
    path = tmp_path / "export.jsonl"
    export(path)
    highest = Claim.objects.order_by("-pk").first().pk
    wipe()
    restore(path)
    new = make_claim()
    assert new.pk > highest
    assert Speaker.objects.filter(pk=new.speaker_id).count() == 1


def test_restore_adds_no_history_rows_of_its_own(dataset, tmp_path):
    path = tmp_path / "export.jsonl"
    export(path)
    history_before = Claim.history.count()
    wipe()
    restore(path)
    assert Claim.history.count() == history_before
    assert Event.history.filter(history_type="-", slug="merged-away").count() == 1


def test_export_without_history_restores_objects_only(dataset, tmp_path):
    path = tmp_path / "export.jsonl"
    export(path, "--no-history")
    header, _ = body_and_header(path)
    assert header["history"] is False
    assert not any(label.split(".")[1].startswith("historical") for label in header["counts"])
    claims = Claim.objects.count()
    wipe()
    restore(path)
    assert Claim.objects.count() == claims
    assert Claim.history.count() == 0


# --- what the file holds ----------------------------------------------------------------


def test_every_concrete_field_of_every_model_is_exported(dataset, tmp_path):
    path = tmp_path / "export.jsonl"
    export(path)
    seen: dict[str, set[str]] = {}
    for row in rows(path):
        seen.setdefault(row["model"], set()).update(row["fields"])
    for model in exported_models():
        expected = {f.name for f in model._meta.concrete_fields if not f.primary_key}
        assert seen.get(model._meta.label_lower) == expected, model._meta.label


def test_every_model_of_the_claims_and_sources_apps_is_exported():
    from django.apps import apps

    everything = {m for app in ("sources", "claims") for m in apps.get_app_config(app).get_models()}
    assert set(exported_models()) == everything


def test_rows_come_in_dependency_order_with_parent_speakers_first(dataset, tmp_path):
    path = tmp_path / "export.jsonl"
    export(path)
    models_in_file = list(dict.fromkeys(row["model"] for row in rows(path)))
    assert models_in_file[:7] == [
        "sources.source",
        "claims.speaker",
        "claims.speakeralias",
        "claims.event",
        "claims.claim",
        "claims.appearance",
        "claims.claimrelation",
    ]
    speaker_order = [row["pk"] for row in rows(path) if row["model"] == "claims.speaker"]
    member, army = dataset["member"], dataset["army"]
    assert speaker_order.index(army.parent_id) < speaker_order.index(army.pk)
    assert speaker_order.index(army.pk) < speaker_order.index(member.pk)
    assert member.pk < army.pk  # the ordering above is not just id order


def test_header_names_the_format_and_counts_every_model(dataset, tmp_path):
    path = tmp_path / "export.jsonl"
    summary = export(path)
    header = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert header["format"] == "claimtrack-export" and header["version"] == 1
    assert datetime.datetime.fromisoformat(header["exported_at"]).tzinfo is not None
    assert header["counts"] == row_counts()
    assert header["counts"]["claims.claim"] == 5
    assert "5 claims" in summary and "3 claim relations" in summary


def test_decimals_users_and_times_are_written_exactly(dataset, tmp_path):
    path = tmp_path / "export.jsonl"
    export(path)
    claims = {r["pk"]: r["fields"] for r in rows(path) if r["model"] == "claims.claim"}
    values = {Decimal(f["value"]) for f in claims.values() if f["value"] is not None}
    assert values == {
        Decimal("3.5"),
        Decimal("1200000"),
        Decimal("0.0001"),
        Decimal("987654321.1234"),
    }
    assert all(isinstance(f["value"], str | None) for f in claims.values())
    reviewed = claims[dataset["reviewed"].pk]
    assert reviewed["reviewed_by"] == "rita"
    assert reviewed["reviewed_at"] == "2024-08-06T09:30:15.123456+00:00"
    ranged = claims[dataset["ranged"].pk]
    assert (ranged["value"], ranged["lower"], ranged["upper"]) == (None, "20.0000", "30.0000")


def test_export_refuses_a_missing_folder_and_leaves_no_partial_file(tmp_path):
    with pytest.raises(CommandError, match="no such folder"):
        export(tmp_path / "nowhere" / "export.jsonl")
    assert list(tmp_path.iterdir()) == []


def test_export_refuses_speakers_whose_parents_form_a_loop(tmp_path):
    a, b = make_speaker("A"), make_speaker("B")
    Speaker.objects.filter(pk=a.pk).update(parent=b)
    Speaker.objects.filter(pk=b.pk).update(parent=a)
    target = tmp_path / "export.jsonl"
    with pytest.raises(CommandError, match="loop"):
        export(target)
    assert not target.exists() and list(tmp_path.iterdir()) == []


# --- users ------------------------------------------------------------------------------


def test_restore_creates_missing_users_inactive_without_a_password(dataset, reviewer, tmp_path):
    path = tmp_path / "export.jsonl"
    export(path)
    wipe()
    reviewer.delete()

    summary = restore(path)

    rita = User.objects.get(username="rita")
    assert not rita.is_active and not rita.has_usable_password()
    assert Claim.objects.get(pk=dataset["reviewed"].pk).reviewed_by == rita
    assert "Created 1 missing user(s) as inactive accounts without a password: rita" in summary


def test_restore_reuses_users_that_exist(dataset, reviewer, tmp_path):
    path = tmp_path / "export.jsonl"
    export(path)
    wipe()
    summary = restore(path)
    assert Claim.objects.get(pk=dataset["reviewed"].pk).reviewed_by == reviewer
    assert "missing user" not in summary


# --- refusals: nothing written ----------------------------------------------------------


@pytest.fixture
def exported(dataset, tmp_path) -> Path:
    path = tmp_path / "export.jsonl"
    export(path)
    wipe()
    User.objects.filter(username="rita").delete()
    return path


def rewrite(path: Path, change) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    lines = change(lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


def assert_nothing_written() -> None:
    assert all(n == 0 for n in row_counts().values())
    assert not User.objects.filter(username="rita").exists()


def line_of(lines: list[str], model: str) -> int:
    """1-based number of the first line of `model`."""
    return next(i for i, line in enumerate(lines, 1) if f'"model":"{model}"' in line)


def test_restore_refuses_a_database_that_already_holds_claims(exported):
    make_claim()
    with pytest.raises(CommandError, match=r"not empty \(1 source, 1 speaker, 1 claim"):
        restore(exported)
    assert Claim.objects.count() == 1


def test_a_line_of_broken_json_names_file_and_line_and_writes_nothing(exported):
    lines = rewrite(exported, lambda ls: ls[:-3] + [ls[-3][:40]] + ls[-2:])
    with pytest.raises(CommandError) as err:
        restore(exported)
    assert str(err.value).startswith(f"{exported}:{len(lines) - 2}: not valid JSON")
    assert_nothing_written()


def test_a_bad_decimal_names_the_field_and_line(exported):
    def spoil(ls):
        n = line_of(ls, "claims.claim") - 1
        ls[n] = ls[n].replace('"value":"', '"value":"abc', 1)
        return ls

    lines = rewrite(exported, spoil)
    with pytest.raises(
        CommandError, match=rf":{line_of(lines, 'claims.claim')}: claims.claim.value"
    ):
        restore(exported)
    assert_nothing_written()


def test_a_truncated_file_is_refused_by_the_counts(exported):
    rewrite(exported, lambda ls: ls[:-1])
    with pytest.raises(CommandError, match="truncated"):
        restore(exported)
    assert_nothing_written()


def test_a_row_before_the_row_it_refers_to_is_refused(exported):
    def claim_first(ls):
        n = line_of(ls, "claims.claim") - 1
        return [ls[0], ls[n], *ls[1:n], *ls[n + 1 :]]

    rewrite(exported, claim_first)
    with pytest.raises(CommandError, match=r":2: claims.claim.source refers to sources.source"):
        restore(exported)
    assert_nothing_written()


def test_a_row_the_database_refuses_names_its_line(exported):
    def duplicate_slug(ls):
        n = line_of(ls, "claims.speaker") - 1
        second = json.loads(ls[n + 1])
        second["fields"]["slug"] = json.loads(ls[n])["fields"]["slug"]
        ls[n + 1] = json.dumps(second)
        return ls

    lines = rewrite(exported, duplicate_slug)
    with pytest.raises(
        CommandError, match=rf":{line_of(lines, 'claims.speaker') + 1}: claims.speaker"
    ):
        restore(exported)
    assert_nothing_written()


def test_an_unknown_field_is_refused(exported):
    def add_field(ls):
        n = line_of(ls, "claims.event") - 1
        ls[n] = ls[n].replace('"fields":{', '"fields":{"colour":"red",', 1)
        return ls

    rewrite(exported, add_field)
    with pytest.raises(CommandError, match="claims.event has no field 'colour'"):
        restore(exported)
    assert_nothing_written()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", ":1: the file is empty"),
        (b"headline,publisher\n", ":1: not a claimtrack export"),
        (b'{"format": "claimtrack-export", "version": 2, "counts": {}}\n', "version 2"),
        (b'{"format": "claimtrack-export", "version": 1, "counts": {"x.y": 1}}\n', "x.y"),
        (b"\xff\xfe\x00binary\n", ":1: not UTF-8"),
    ],
    ids=["empty", "csv", "newer-version", "unknown-model", "binary"],
)
def test_files_that_are_not_exports_are_refused_in_one_line(db, tmp_path, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message) as err:
        restore(path)
    assert "\n" not in str(err.value)


def test_an_export_from_a_newer_schema_is_refused(exported):
    def newer(ls):
        header = json.loads(ls[0])
        header["migrations"]["claims"] = "9999_from_the_future"
        return [json.dumps(header), *ls[1:]]

    rewrite(exported, newer)
    with pytest.raises(CommandError, match=r"claims.9999_from_the_future.*run `manage.py migrate`"):
        restore(exported)
    assert_nothing_written()


def test_a_missing_file_is_refused(db, tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        restore(tmp_path / "nope.jsonl")


def test_restore_uses_the_same_lock_as_import_seeds():
    importing = pytest.importorskip("claims.services.importing", exc_type=ImportError)
    assert portability.IMPORT_LOCK_ID == importing.IMPORT_LOCK_ID


# --- SQLite -> PostgreSQL -> SQLite with real processes ---------------------------------

PG_SERVER = "postgres://postgres@127.0.0.1:5432"


def _postgres_reachable() -> bool:
    try:
        import psycopg

        psycopg.connect(f"{PG_SERVER}/postgres", connect_timeout=3).close()
        return True
    except Exception:
        return False


def _manage(database_url: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DEBUG": "1",
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "config.settings",
    }
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if check and result.returncode != 0:
        pytest.fail(f"manage.py {' '.join(args)} failed:\n{result.stderr}")
    return result


@pytest.fixture
def fresh_postgres():
    """A new, uniquely named PostgreSQL database, dropped afterwards."""
    if not _postgres_reachable():
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is unreachable at {PG_SERVER}; CI requires it.")
        pytest.skip(f"PostgreSQL is unreachable at {PG_SERVER}")
    import psycopg

    name = f"claimtrack_rt_{os.getpid()}"
    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    yield f"{PG_SERVER}/{name}"
    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_round_trip_through_postgresql_and_sqlite_processes(dataset, tmp_path, fresh_postgres):
    sqlite_url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    # Both fresh databases are migrated at once; the round trip itself runs in order.
    env = {**os.environ, "DEBUG": "1", "DJANGO_SETTINGS_MODULE": "config.settings"}
    migrations = [
        subprocess.Popen(
            [sys.executable, str(ROOT / "manage.py"), "migrate", "--no-input", "-v0"],
            cwd=ROOT,
            env={**env, "DATABASE_URL": url},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for url in (fresh_postgres, sqlite_url)
    ]
    for process in migrations:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err

    here, via_pg, via_sqlite = (tmp_path / f"{n}.jsonl" for n in ("here", "pg", "sqlite"))
    export(here)  # this test's own database (SQLite or PostgreSQL, per DATABASE_URL)

    restored = _manage(fresh_postgres, "import_claims", str(here))
    assert "5 claims" in restored.stdout and "without a password: rita" in restored.stdout
    _manage(fresh_postgres, "export_claims", str(via_pg))
    _manage(sqlite_url, "import_claims", str(via_pg))
    _manage(sqlite_url, "export_claims", str(via_sqlite))

    assert body_and_header(via_pg) == body_and_header(here)
    assert body_and_header(via_sqlite) == body_and_header(here)

    again = _manage(fresh_postgres, "import_claims", str(here), check=False)
    assert again.returncode == 1
    assert again.stderr.strip().startswith("CommandError: The database is not empty")
    assert "Traceback" not in again.stderr and len(again.stderr.strip().splitlines()) == 1
