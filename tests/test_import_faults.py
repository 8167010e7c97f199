"""Imports survive SIGKILL and concurrent runs (PostgreSQL, real processes).

Each test imports the same small corpus into fresh PostgreSQL databases and compares a
canonical dump of every table (primary keys left out) with the one a single clean run gives.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

psycopg = pytest.importorskip("psycopg")

ROOT = Path(__file__).resolve().parent.parent
SERVER = os.environ.get("TEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/claimtrack")
SERVER_BASE = SERVER.rsplit("/", 1)[0]

def _server_reachable() -> bool:
    try:
        psycopg.connect(SERVER, dbname="postgres", connect_timeout=3).close()
    except psycopg.Error:
        return False
    return True


if not _server_reachable():
    if os.environ.get("CI") == "true":
        raise RuntimeError(f"PostgreSQL is unreachable at {SERVER}; CI requires it")
    pytest.skip("PostgreSQL is unreachable", allow_module_level=True)


class Database:
    """A throwaway PostgreSQL database, migrated, for subprocess runs of manage.py."""

    def __init__(self) -> None:
        self.name = f"claimtrack_fault_{uuid.uuid4().hex[:10]}"
        self.url = f"{SERVER_BASE}/{self.name}"
        with psycopg.connect(SERVER, dbname="postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.name}"')
        self.manage("migrate", "-v0", check=True)

    def env(self) -> dict[str, str]:
        return {**os.environ, "DEBUG": "1", "DATABASE_URL": self.url,
                "DJANGO_SETTINGS_MODULE": "config.settings"}

    def manage(self, *args: str, check: bool = False) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=self.env(),
            capture_output=True, text=True, timeout=300, check=check,
        )

    def popen_import(self, seeds: Path) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "manage.py", "import_seeds", str(seeds), "--no-progress"],
            cwd=ROOT, env=self.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )

    def dump(self) -> dict[str, list[tuple]]:
        """Every table's rows without primary keys, sorted, so two databases compare equal."""
        queries = {
            "sources": "SELECT fingerprint, headline, publisher, published_on, text FROM sources_source",
            "speakers": "SELECT name, kind, role FROM claims_speaker",
            "aliases": """SELECT s.name, a.normalised FROM claims_speakeralias a
                          JOIN claims_speaker s ON s.id = a.speaker_id""",
            "claims": """SELECT s.name, src.fingerprint, c.text, c.figure_text, c.value::text,
                                c.lower::text, c.upper::text, c.qualifier, c.counts, c.stated_on
                         FROM claims_claim c JOIN claims_speaker s ON s.id = c.speaker_id
                         JOIN sources_source src ON src.id = c.source_id""",
            "appearances": """SELECT src.fingerprint, a.start, a."end", c.text, s.name
                              FROM claims_appearance a JOIN claims_claim c ON c.id = a.claim_id
                              JOIN claims_speaker s ON s.id = c.speaker_id
                              JOIN sources_source src ON src.id = a.source_id""",
            "relations": """SELECT LEAST(a.text || '/' || sa.name, b.text || '/' || sb.name),
                                   GREATEST(a.text || '/' || sa.name, b.text || '/' || sb.name),
                                   r.kind, r.status
                            FROM claims_claimrelation r
                            JOIN claims_claim a ON a.id = r.from_claim_id
                            JOIN claims_claim b ON b.id = r.to_claim_id
                            JOIN claims_speaker sa ON sa.id = a.speaker_id
                            JOIN claims_speaker sb ON sb.id = b.speaker_id""",
            "events": "SELECT name FROM claims_event",
        }
        with psycopg.connect(self.url) as conn:
            return {
                name: sorted(tuple(str(v) for v in row) for row in conn.execute(sql).fetchall())
                for name, sql in queries.items()
            }

    def drop(self) -> None:
        with psycopg.connect(SERVER, dbname="postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


@pytest.fixture
def database():
    created: list[Database] = []

    def make() -> Database:
        db = Database()
        created.append(db)
        return db

    yield make
    for db in created:
        db.drop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    from bench.corpus import write_corpus

    out = tmp_path_factory.mktemp("corpus")
    write_corpus(120, seed=11, out_dir=out, per_file=10)
    return out


@pytest.fixture(scope="module")
def clean_dump(corpus, tmp_path_factory):
    db = Database()
    try:
        started = time.monotonic()
        result = db.manage("import_seeds", str(corpus), "--no-progress")
        duration = time.monotonic() - started
        assert result.returncode == 0, result.stderr
        dump = db.dump()
    finally:
        db.drop()
    assert dump["claims"], "the corpus must produce claims for this test to mean anything"
    return dump, duration


def test_import_killed_at_random_points_then_rerun_ends_as_one_clean_run(
    corpus, clean_dump, database
):
    dump, duration = clean_dump
    db = database()
    rng = random.Random(20241124)
    kills = 0
    for _ in range(4):
        process = db.popen_import(corpus)
        # Somewhere between start-up and the end of a clean run's time.
        time.sleep(rng.uniform(0.2, 0.95) * duration)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait(timeout=60)
    final = db.manage("import_seeds", str(corpus), "--no-progress")
    assert final.returncode == 0, final.stderr
    assert kills >= 1, "no run was interrupted; the corpus imports too fast for this test"
    assert db.dump() == dump


def test_two_concurrent_imports_end_with_no_duplicates_and_no_errors(corpus, clean_dump, database):
    db = database()
    first, second = db.popen_import(corpus), db.popen_import(corpus)
    out1, err1 = first.communicate(timeout=300)
    out2, err2 = second.communicate(timeout=300)
    assert first.returncode == 0, err1
    assert second.returncode == 0, err2
    assert "Traceback" not in err1 + err2
    assert db.dump() == clean_dump[0]
