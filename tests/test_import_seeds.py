"""import_seeds: what an editor sees after running it, re-running it, and feeding it bad files."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.models import Appearance, Claim, ClaimRelation, Speaker, SpeakerAlias, Status
from claims.services.importing import import_plain_article
from sources.models import Source

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_0bd10977ca86cbfa.txt"

# An article of our own in the seed format, used to test updates and speaker resolution.
LAGOON_ARTICLE = """\
Floods cut off lagoon villages as rescuers search for missing

Rescue boats wait at the jetty in Port Harlan on Tuesday. (Harbour Times)
Short Url
Updated 12 March 2025
Follow

Floods cut off lagoon villages as rescuers search for missing

  • The regional emergency agency said 37 people had died in the floods
  • Governor Amina Okafor promised relief within days

PORT HARLAN: Floodwaters cut off a string of lagoon villages on Monday, the regional emergency agency said, and rescuers were still searching for survivors.
The agency said 37 people had died in the floods and more than 1,200 homes were destroyed.
Governor Amina Okafor visited the worst-hit district on Tuesday. Okafor said about 5,000 residents had fled to higher ground.
The floods were the worst since 1998, when the lagoon burst its banks after a week of rain.
"""


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def run_import(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_seeds", *args, "--no-progress", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def table_counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (Source, Speaker, SpeakerAlias, Claim, Appearance, ClaimRelation)
    }


def test_seed_file_gives_two_sources_with_dates_and_datelines():
    out, _ = run_import(str(SEED))
    sources = {s.dateline: s for s in Source.objects.all()}
    assert set(sources) == {"DAKAR", "PARIS"}
    assert sources["DAKAR"].headline.startswith("Mali breaks off diplomatic relations with Ukraine")
    assert sources["DAKAR"].published_on == datetime.date(2024, 8, 5)
    assert sources["PARIS"].headline.startswith("Macron vows stronger cooperation with Nigeria")
    assert sources["PARIS"].published_on == datetime.date(2025, 12, 7)
    assert all(s.publisher == "Arab News" for s in sources.values())
    assert "1 files, articles 2 new / 0 updated / 0 unchanged" in out


def test_seed_claims_are_found_with_speakers_and_figures():
    run_import(str(SEED))
    wagner = Claim.objects.get(value=84)
    assert wagner.qualifier == "exact"
    assert "Wagner" in wagner.counts and "killed" in wagner.counts
    assert wagner.stated_on == datetime.date(2024, 8, 1)
    assert "separatists" in wagner.speaker.name
    # Said in a summary point and again in the body: one claim, two appearances.
    assert wagner.appearances.count() == 2
    over_300 = Claim.objects.get(lower=300)
    assert over_300.qualifier == "over"
    assert over_300.speaker.name == "Arab News" and over_300.speaker.kind == "media"
    assert not Claim.objects.filter(value__in=[2020, 2014, 25, 4]).exists()


def test_every_appearance_quote_is_the_source_text_at_its_offsets():
    run_import(str(SEED))
    appearances = list(Appearance.objects.select_related("source"))
    assert appearances
    for appearance in appearances:
        assert appearance.source.text[appearance.start : appearance.end] == appearance.quote
        figure = appearance.source.text[appearance.figure_start : appearance.figure_end]
        assert figure and figure in appearance.quote


def test_reimport_changes_nothing():
    run_import(str(SEED))
    before = table_counts()
    updated_at = {c.pk: c.updated_at for c in Claim.objects.all()}
    out, _ = run_import(str(SEED))
    assert table_counts() == before
    assert {c.pk: c.updated_at for c in Claim.objects.all()} == updated_at
    assert "articles 0 new / 0 updated / 2 unchanged, 0 claims new, 0 speakers new" in out


def test_one_speaker_per_person_across_articles(tmp_path):
    second = LAGOON_ARTICLE.replace("Floods cut off", "Relief arrives in").replace(
        "37 people had died", "41 people had died"
    )
    run_import(str(write(tmp_path, "a.txt", LAGOON_ARTICLE)), str(write(tmp_path, "b.txt", second)))
    assert Speaker.objects.filter(name="Amina Okafor").count() == 1
    okafor = Speaker.objects.get(name="Amina Okafor")
    assert okafor.claims.filter(value=5000).exists()


def test_updated_article_is_reextracted(tmp_path):
    path = write(tmp_path, "lagoon.txt", LAGOON_ARTICLE)
    run_import(str(path))
    assert Claim.objects.filter(value=37).exists()
    path.write_text(LAGOON_ARTICLE.replace("37 people had died", "39 people had died"))
    out, _ = run_import(str(path))
    assert "1 updated" in out
    assert Source.objects.count() == 1
    assert Claim.objects.filter(value=39).exists()
    assert not Claim.objects.filter(value=37).exists()


def test_reimport_keeps_editor_changes(tmp_path, reviewer):
    path = write(tmp_path, "lagoon.txt", LAGOON_ARTICLE)
    run_import(str(path))
    claim = Claim.objects.get(value=37)
    claim.text = "37 people dead in the lagoon floods (checked)"
    claim.status = Status.VERIFIED
    claim.verdict = "accurate"
    claim.reviewed_by = reviewer
    claim.edited = True
    claim.save()
    path.write_text(LAGOON_ARTICLE.replace("Monday", "Sunday").replace("37 people", "39 people"))
    run_import(str(path))
    claim.refresh_from_db()
    assert claim.text == "37 people dead in the lagoon floods (checked)"
    assert claim.status == Status.VERIFIED and claim.verdict == "accurate"
    # Its quote is no longer in the updated article: kept, flagged stale, never deleted.
    assert claim.appearances.count() >= 1
    assert all(a.stale for a in claim.appearances.all())


def test_reimport_moves_an_edited_claims_quote_to_its_new_offset(tmp_path):
    path = write(tmp_path, "lagoon.txt", LAGOON_ARTICLE)
    run_import(str(path))
    claim = Claim.objects.get(value=5000)
    claim.edited = True
    claim.save()
    path.write_text(LAGOON_ARTICLE.replace("PORT HARLAN: Floodwaters", "PORT HARLAN: Heavy floodwaters"))
    run_import(str(path))
    for appearance in claim.appearances.select_related("source"):
        assert not appearance.stale
        assert appearance.source.text[appearance.start : appearance.end] == appearance.quote


def test_editor_made_claims_and_merged_aliases_survive_reimport(tmp_path):
    path = write(tmp_path, "lagoon.txt", LAGOON_ARTICLE)
    run_import(str(path))
    source = Source.objects.get()
    okafor = Speaker.objects.get(name="Amina Okafor")
    SpeakerAlias.objects.create(speaker=okafor, alias="The Governor of Lagoon State")
    manual = Claim.objects.create(
        source=source, speaker=okafor, text="5,000 residents fled", figure_text="5,000",
        value=Decimal(5000), counts="residents fled", origin="editor",
    )
    path.write_text(LAGOON_ARTICLE.replace("37 people", "38 people"))
    run_import(str(path))
    assert Claim.objects.filter(pk=manual.pk).exists()
    assert okafor.aliases.filter(alias="The Governor of Lagoon State").exists()


def test_refused_file_writes_nothing_and_the_other_files_import(tmp_path):
    write(tmp_path, "a_good.txt", LAGOON_ARTICLE)
    bad = LAGOON_ARTICLE.replace("Updated 12 March 2025", "Updated 31 February 2025")
    write(tmp_path, "b_bad.txt", bad)
    with pytest.raises(CommandError, match="1 of 2 files refused"):
        run_import(str(tmp_path))
    assert Source.objects.count() == 1
    assert Source.objects.get().seed_file == "a_good.txt"


def test_refusal_names_file_line_and_reason(tmp_path):
    bad = write(tmp_path, "bad.txt", LAGOON_ARTICLE.replace("12 March 2025", "31 February 2025"))
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_seeds", str(bad), "--no-progress", stdout=StringIO(), stderr=err)
    message = err.getvalue()
    assert "bad.txt:" in message
    assert "refused:" in message
    assert table_counts()["Source"] == 0


def test_file_that_is_not_utf8_is_refused_unless_an_encoding_is_given(tmp_path):
    text = LAGOON_ARTICLE.replace("Okafor", "Okafór")
    path = write(tmp_path, "latin.txt", text, encoding="cp1252")
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_seeds", str(path), "--no-progress", stdout=StringIO(), stderr=err)
    assert "latin.txt" in err.getvalue() and "byte offset" in err.getvalue()
    assert Source.objects.count() == 0
    run_import(str(path), "--encoding", "cp1252")
    assert Speaker.objects.filter(name="Amina Okafór").exists()


def test_dry_run_writes_nothing_and_prints_the_claims():
    out, _ = run_import(str(SEED), "--dry-run")
    assert table_counts() == dict.fromkeys(table_counts(), 0)
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert any(row["value"] == 84 for row in rows)
    assert "dry run (nothing written): 1 files, articles 2 new" in out


def test_missing_path_is_a_clear_error():
    with pytest.raises(CommandError, match="no such file or folder"):
        run_import("/nonexistent/seeds")


def test_import_plain_article_runs_the_same_extraction():
    source, claims, status = import_plain_article(
        headline="Storm leaves 12 dead in coastal towns",
        text="KALMAR BAY: The storm killed 12 people, police said on Friday.",
        date=datetime.date(2025, 3, 10),
        publisher="Coastal Courier",
    )
    assert status == "new" and source.publisher == "Coastal Courier"
    assert any(claim.value == 12 for claim in claims)


def test_command_exits_non_zero_with_one_line_and_no_traceback(tmp_path):
    bad = write(tmp_path, "broken.txt", "\x00\x01 not an article \x00")
    env = {**os.environ, "DEBUG": "1", "DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}"}
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    result = subprocess.run(
        [sys.executable, "manage.py", "import_seeds", str(bad), "--no-progress"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "broken.txt" in result.stderr


def test_extract_claims_prints_one_json_object_per_claim():
    out, err = StringIO(), StringIO()
    call_command("extract_claims", str(SEED), stdout=out, stderr=err)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {"article", "speaker", "speaker_kind", "figure_text", "value", "lower", "upper",
            "qualifier", "counts", "quote", "start", "end", "stated_on"} <= set(rows[0])
    assert any(row["value"] == 47 for row in rows)
    assert Claim.objects.count() == 0


def test_extract_claims_reads_a_plain_article_from_any_outlet(tmp_path):
    path = write(
        tmp_path,
        "plain.txt",
        "Ferry sinks off Isla Verde\n\nAt least 14 passengers drowned when the ferry capsized, "
        "the coast guard said on Sunday.\n",
    )
    out = StringIO()
    call_command("extract_claims", str(path), "--plain", "--date", "2025-06-02",
                 "--publisher", "Island Post", stdout=out, stderr=StringIO())
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["value"], r["qualifier"]) for r in rows] == [(14, "at_least")]


def test_extract_claims_plain_needs_a_valid_date(tmp_path):
    path = write(tmp_path, "plain.txt", "Headline\n\nBody with 3 figures.\n")
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("extract_claims", str(path), "--plain", "--date", "2025-13-45",
                     stdout=StringIO(), stderr=StringIO())



def _analyzed_tables(capture) -> list[str]:
    return [q["sql"] for q in capture.captured_queries if q["sql"].startswith("ANALYZE")]


def test_a_large_import_refreshes_the_planner_statistics(monkeypatch):
    """Autovacuum refreshes statistics about once a minute; an import that grows the tables
    many times over refreshes them itself, or the database goes on planning for empty tables
    (a sequential scan of every relation per claim). PostgreSQL only; the threshold is lowered
    so that the seed's claims are enough."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from claims.services import importing

    monkeypatch.setattr(importing, "ANALYZE_MIN_NEW_CLAIMS", 1)
    with CaptureQueriesContext(connection) as capture:
        run_import(str(SEED))
    assert Claim.objects.exists()
    analyzed = _analyzed_tables(capture)
    if connection.vendor != "postgresql":
        assert analyzed == []
        return
    assert len(analyzed) == 1
    for table in ("claims_claim", "claims_claimrelation", "claims_speaker", "sources_source"):
        assert f'"{table}"' in analyzed[0]
    with CaptureQueriesContext(connection) as capture:
        run_import(str(SEED))  # nothing new: the tables have not grown
    assert _analyzed_tables(capture) == []


def test_a_small_import_leaves_the_statistics_to_autovacuum():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as capture:
        run_import(str(SEED))  # 6 claims: far under ANALYZE_MIN_NEW_CLAIMS
    assert Claim.objects.count() == 6
    assert _analyzed_tables(capture) == []


def test_a_dry_run_refreshes_no_statistics(monkeypatch):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from claims.services import importing

    monkeypatch.setattr(importing, "ANALYZE_MIN_NEW_CLAIMS", 1)
    with CaptureQueriesContext(connection) as capture:
        run_import(str(SEED), "--dry-run")
    assert not Claim.objects.exists()
    assert _analyzed_tables(capture) == []
