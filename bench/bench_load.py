"""Load test (issue 8): gunicorn + PostgreSQL under 32 concurrent readers, then the same while
`import_seeds` runs, checking that no reader ever sees a half-imported article.

    python bench/bench_load.py                       # 20,000 claims, 20,000 requests
    BENCH_LOAD_REQUESTS=500 BENCH_LOAD_CONNECTIONS=8 python bench/bench_load.py   # a smoke run

1. A fresh database claimtrack_bench_load_<pid> (dropped at the end), migrated and filled by
   bench/populate.py (BENCH_LOAD_CLAIMS, default the bigger of 20,000 and BENCH_SIZE).
2. gunicorn config.wsgi, 2 sync workers, DEBUG=0, on a loopback port.
3. Steady load: bench/loadgen.py in its own process drives BENCH_LOAD_REQUESTS (20,000) requests
   over a mix of public URLs (lists with every filter and sort, bad parameters, search, claim,
   speaker, article and event pages and their JSON/CSV twins, feed, sitemaps, robots.txt) at
   BENCH_LOAD_CONNECTIONS (32) connections, bounded by BENCH_LOAD_SECONDS (900) too. Expected
   answers are 200, 400 (bad parameters in JSON/CSV) and 404 (rejected or unknown claims).
4. Load during an import: a corpus of BENCH_LOAD_IMPORT_ARTICLES (1,000) articles from
   bench/corpus.py (25 articles a file) is imported by `manage.py import_seeds` in its own
   process, under the publisher "Load Wire", while the same load runs (it stops when the import
   ends, or at the request/time bounds) and a checker reads along:
   - over HTTP, like a reader: it polls the newest claims (JSON twin) and, every few rounds,
     the sources sitemap; every Load Wire article it finds is fetched at once
     (/sources/<slug>/?format=json) and its claims and quotes are recorded;
   - over SQL, at READ COMMITTED like the site: how many articles of each seed file, and how
     many quotes of each article, are visible.
   After the import every recorded observation is compared with the final state: an article
   seen with fewer quotes or claims than it ends with, or a seed file seen with only some of
   its articles, is a half-imported read. Each file is imported in one transaction, so the
   expected count of such reads is zero; the check says how many observations it made, so a
   run that observed nothing cannot pass silently.

Prints `load_<phase>_requests`, `_rps`, `_p50_ms`, `_p99_ms`, `_5xx`, `_errors`, statuses,
`load_import_*` figures and `load_half_imported_reads`; writes bench/out/load.json; exits 1
when any 5xx, connection error or half-imported read was seen.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _serve  # noqa: E402
from _util import OUT, figure, note, write_json  # noqa: E402

PUBLISHER = "Load Wire"
SLUG_IN_SITEMAP = re.compile(r"/sources/([-\w]+)/")


def mixed_paths(db: _serve.PostgresDatabase, seed: int) -> list[str]:
    """A weighted mix of public URLs, ids and slugs drawn from the data."""
    rng = random.Random(seed)

    def sample(sql: str, k: int) -> list:
        rows = [r[0] for r in db.query(sql)]
        return rng.sample(rows, min(k, len(rows)))

    claims = sample("SELECT id FROM claims_claim", 400)
    speakers = sample("SELECT slug FROM claims_speaker", 60)
    events = sample("SELECT slug FROM claims_event", 60)
    sources = sample("SELECT slug FROM sources_source", 100)
    lists = [
        "/",
        "/claims/",
        "/claims/?page=2",
        "/claims/?page=7",
        "/claims/?page=300",
        "/claims/?status=unreviewed",
        "/claims/?status=verified",
        "/claims/?status=disputed&kind=government",
        "/claims/?verdict=misleading",
        "/claims/?qualifier=exact&status=unreviewed",
        "/claims/?kind=armed_group",
        "/claims/?value_min=100&value_max=500",
        "/claims/?stated_after=2024-06-01&stated_before=2024-12-31",
        "/claims/?sort=value_high",
        "/claims/?sort=stated_oldest&page=3",
        "/claims/?has_contradictions=true",
        "/claims/?q=Kidal",
        "/claims/?q=Diallo+drones",
        '/claims/?q="civilians+displaced"',
        "/claims/?format=json",
        "/claims/?format=json&status=unreviewed&qualifier=exact",
        "/claims/?format=json&q=Gao&page=2",
        # bad input: answered 200 with a message (HTML) or 400 (JSON/CSV), never 500
        "/claims/?value_min=abc",
        "/claims/?stated_after=2024-13-45",
        "/claims/?page=-1",
        "/claims/?sort=;drop",
        "/claims/?format=json&value_min=abc",
        "/claims/?format=xml",
        "/claims/?q=" + "x" * 3000,
        "/claims/?speaker=no-such-speaker",
    ]
    paths = lists * 4
    for slug in speakers[:30]:
        paths.append(f"/claims/?speaker={slug}")
    for slug in events[:20]:
        paths += [f"/claims/?event={slug}", f"/claims/?format=csv&event={slug}"]
    for slug in sources[:20]:
        paths.append(f"/claims/?source={slug}")
    for pk in claims:
        paths.append(f"/claims/{pk}/")
    for pk in claims[:100]:
        paths.append(f"/claims/{pk}/?format=json")
    for slug in speakers:
        paths += [f"/speakers/{slug}/", f"/speakers/{slug}/?format=json&page=2"]
    for slug in events:
        paths += [f"/events/{slug}/", f"/events/{slug}/?format=json"]
    for slug in sources:
        paths += [f"/sources/{slug}/", f"/sources/{slug}/?format=json"]
    paths += [
        "/claims/999999999/",
        "/speakers/nobody-at-all/",
        "/feeds/claims/",
        "/sitemap.xml",
        "/sitemap-events.xml",
        "/sitemap-speakers.xml",
        "/robots.txt",
    ] * 3
    rng.shuffle(paths)
    return paths


def start_load(
    base: str,
    paths: list[str],
    requests: int,
    seconds: float,
    connections: int,
    stop_file: str | None = None,
    seed: int = 1,
) -> subprocess.Popen:
    """bench/loadgen.py in its own process; read its JSON with finish_load()."""
    cmd = [
        sys.executable,
        str(_serve.BENCH / "loadgen.py"),
        "--base",
        base,
        "--connections",
        str(connections),
        "--requests",
        str(requests),
        "--seconds",
        str(seconds),
        "--seed",
        str(seed),
    ]
    if stop_file:
        cmd += ["--stop-file", stop_file]
    proc = subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdin is not None
    proc.stdin.write("\n".join(paths))
    proc.stdin.close()
    return proc


def finish_load(proc: subprocess.Popen, timeout: float) -> dict:
    out, err = proc.stdout.read(), proc.stderr.read()  # type: ignore[union-attr]
    proc.wait(timeout=timeout)
    if proc.returncode:
        raise RuntimeError(f"loadgen failed: {err[-2000:]}")
    return json.loads(out)


def report(figures: dict, phase: str, result: dict) -> None:
    figure(figures, f"load_{phase}_requests", result["requests"])
    figure(figures, f"load_{phase}_seconds", result["seconds"])
    figure(figures, f"load_{phase}_rps", result["rps"])
    figure(figures, f"load_{phase}_p50_ms", result["p50_ms"])
    figure(figures, f"load_{phase}_p99_ms", result["p99_ms"])
    figure(figures, f"load_{phase}_max_ms", result["max_ms"])
    figure(figures, f"load_{phase}_5xx", result["server_errors"])
    figure(figures, f"load_{phase}_errors", result["errors"])
    for code, count in result["statuses"].items():
        figure(figures, f"load_{phase}_status_{code}", count)
    for sample in result["error_samples"][:5]:
        note(f"{phase} error: {sample}")
    for elapsed, status, path in result["notable"][:5]:
        note(f"{phase} slow or failed: {elapsed} ms {status} {path[:120]}")


class Checker(threading.Thread):
    """Reads along during the import (see the module doc) and records what it saw."""

    def __init__(self, site: _serve.Gunicorn, db: _serve.PostgresDatabase) -> None:
        super().__init__(daemon=True)
        self.site = site
        self.db = db
        self.done = threading.Event()
        self.http_seen: dict[str, dict] = {}  # slug -> {"appearances", "claims", "status"}
        self.db_files: list[dict[str, int]] = []  # per poll: seed_file -> articles visible
        self.db_sources: dict[str, set[int]] = {}  # slug -> quote counts seen
        self.polls = 0
        self.http_errors: list[str] = []

    def _source_state(self, slug: str) -> dict:
        status, body = self.site.get(f"/sources/{slug}/?format=json")
        if status != 200:
            return {"status": status}
        data = json.loads(body)
        return {
            "status": status,
            "appearances": sorted((a["claim"], a["start"], a["end"]) for a in data["appearances"]),
            "claims": sorted(c["id"] for c in data["claims"]),
        }

    def _discover(self) -> set[str]:
        slugs: set[str] = set()
        status, body = self.site.get("/claims/?format=json")
        if status == 200:
            for claim in json.loads(body)["results"]:
                if claim["source"]["publisher"] == PUBLISHER:
                    slugs.add(claim["source"]["slug"])
        else:
            self.http_errors.append(f"/claims/?format=json answered {status}")
        if self.polls % 4 == 0:
            status, body = self.site.get("/sitemap-sources.xml")
            if status == 200:
                known = {r[0] for r in self._loaded_slugs()}
                slugs |= {s for s in SLUG_IN_SITEMAP.findall(body.decode()) if s not in known}
        return slugs

    def _loaded_slugs(self) -> list[tuple[str]]:
        if not hasattr(self, "_populated"):
            self._populated = self.db.query(
                "SELECT slug FROM sources_source WHERE publisher <> %s", (PUBLISHER,)
            )
        return self._populated

    def _poll_database(self, conn) -> None:
        files = dict(
            conn.execute(
                "SELECT seed_file, count(*) FROM sources_source WHERE publisher = %s "
                "GROUP BY seed_file",
                (PUBLISHER,),
            ).fetchall()
        )
        self.db_files.append(files)
        for slug, quotes in conn.execute(
            "SELECT s.slug, count(a.id) FROM sources_source s "
            "LEFT JOIN claims_appearance a ON a.source_id = s.id "
            "WHERE s.publisher = %s GROUP BY s.slug",
            (PUBLISHER,),
        ):
            self.db_sources.setdefault(slug, set()).add(quotes)

    def run(self) -> None:
        import psycopg

        with psycopg.connect(self.db.url, autocommit=True) as conn:
            while not self.done.is_set():
                self.polls += 1
                try:
                    for slug in self._discover() - set(self.http_seen):
                        self.http_seen[slug] = self._source_state(slug)
                except (OSError, ValueError) as err:
                    self.http_errors.append(f"{type(err).__name__}: {err}")
                self._poll_database(conn)
                time.sleep(0.05)

    def verdict(self) -> dict:
        """Compare every observation with the final state; returns counts and examples."""
        final_files = dict(
            self.db.query(
                "SELECT seed_file, count(*) FROM sources_source WHERE publisher = %s "
                "GROUP BY seed_file",
                (PUBLISHER,),
            )
        )
        final_quotes = dict(
            self.db.query(
                "SELECT s.slug, count(a.id) FROM sources_source s "
                "LEFT JOIN claims_appearance a ON a.source_id = s.id "
                "WHERE s.publisher = %s GROUP BY s.slug",
                (PUBLISHER,),
            )
        )
        bad: list[str] = []
        for slug, seen in list(self.http_seen.items()):
            if seen.get("status") != 200:
                bad.append(f"HTTP {slug}: answered {seen.get('status')} while importing")
                continue
            now = self._source_state(slug)
            if (now["appearances"], now["claims"]) != (seen["appearances"], seen["claims"]):
                bad.append(
                    f"HTTP {slug}: seen with {len(seen['appearances'])} quotes of "
                    f"{len(seen['claims'])} claims, ends with {len(now['appearances'])} / "
                    f"{len(now['claims'])}"
                )
        partial_files = 0
        for files in self.db_files:
            for name, count in files.items():
                if count != final_files.get(name):
                    partial_files += 1
                    bad.append(f"SQL {name}: {count} of {final_files.get(name)} articles visible")
        for slug, counts in self.db_sources.items():
            if counts != {final_quotes.get(slug)}:
                bad.append(
                    f"SQL {slug}: quote counts seen {sorted(counts)}, final "
                    f"{final_quotes.get(slug)}"
                )
        partial_views = [files for files in self.db_files if 0 < len(files) < len(final_files)]
        return {
            "polls": self.polls,
            "http_sources_observed": len(self.http_seen),
            "http_sources_with_claims": sum(1 for s in self.http_seen.values() if s.get("claims")),
            "sql_polls_mid_import": len(partial_views),
            "sql_sources_observed": len(self.db_sources),
            "final_files": len(final_files),
            "final_sources": len(final_quotes),
            "half_imported_reads": len(bad),
            "examples": bad[:20],
            "http_errors": self.http_errors[:20],
        }


def main() -> int:
    size = max(20_000, int(os.environ.get("BENCH_SIZE") or 0))
    claims = int(os.environ.get("BENCH_LOAD_CLAIMS") or size)
    requests = int(os.environ.get("BENCH_LOAD_REQUESTS") or 20_000)
    connections = int(os.environ.get("BENCH_LOAD_CONNECTIONS") or 32)
    seconds = float(os.environ.get("BENCH_LOAD_SECONDS") or 900)
    articles = int(os.environ.get("BENCH_LOAD_IMPORT_ARTICLES") or 1000)
    seed = int(os.environ.get("BENCH_SEED") or 7)
    reason = _serve.postgres_available()
    if reason:
        note(f"PostgreSQL unreachable at {_serve.ADMIN_URL} ({reason}): load test skipped")
        return 0
    figures: dict[str, float | int] = {}
    payload: dict = {
        "claims": claims,
        "requests": requests,
        "connections": connections,
        "seconds_bound": seconds,
        "import_articles": articles,
        "server": "gunicorn config.wsgi, 2 sync workers, DEBUG=0",
        "client": "bench/loadgen.py (threads, http.client), a separate process",
    }
    failed = False
    with _serve.PostgresDatabase("claimtrack_bench_load") as db:
        env = _serve.bench_env(db.url)
        _serve.manage(env, "migrate", "--no-input")
        note(f"populated: {_serve.populate(env, claims, seed)}")
        paths = mixed_paths(db, seed)
        payload["distinct_paths"] = len(set(paths))
        note(f"{len(paths)} paths in the mix ({len(set(paths))} distinct)")
        with _serve.Gunicorn(env, workers=2, log=OUT / "load-gunicorn.log") as site:
            # 1. steady load
            note(f"steady: {requests} requests at {connections} connections")
            steady = finish_load(
                start_load(site.base, paths, requests, seconds, connections), seconds + 120
            )
            report(figures, "steady", steady)
            payload["steady"] = steady

            # 2. the same load while an import runs
            try:
                from corpus import ensure_corpus
            except ImportError:
                ensure_corpus = None
            if ensure_corpus is None:
                note("bench/corpus.py not found: the load-during-import phase is skipped")
            else:
                corpus = ensure_corpus(articles, seed, OUT / f"load-corpus-{articles}", 25)
                stop = Path(tempfile.mkdtemp(prefix="claimtrack-load-")) / "stop"
                load = start_load(
                    site.base, paths, requests, seconds, connections, stop_file=str(stop), seed=2
                )
                checker = Checker(site, db)
                checker.start()
                started = time.perf_counter()
                proc = subprocess.run(
                    [
                        sys.executable,
                        "manage.py",
                        "import_seeds",
                        str(corpus),
                        "--no-progress",
                        "--publisher",
                        PUBLISHER,
                    ],
                    cwd=_serve.ROOT,
                    env=env,
                    capture_output=True,
                    text=True,
                    timeout=3600,
                )
                import_seconds = time.perf_counter() - started
                import_still_loaded = load.poll() is None
                stop.touch()
                checker.done.set()
                checker.join()  # its last round ends within one poll; verdict() needs it done
                during = finish_load(load, 120)
                figure(figures, "load_import_seconds", import_seconds)
                figure(figures, "load_import_exit_code", proc.returncode)
                figure(figures, "load_import_under_load_throughout", int(import_still_loaded))
                note(f"import: {(proc.stdout or proc.stderr).strip().splitlines()[-1:]}")
                report(figures, "during_import", during)
                checked = checker.verdict()
                for key in (
                    "polls",
                    "http_sources_observed",
                    "http_sources_with_claims",
                    "sql_polls_mid_import",
                    "sql_sources_observed",
                    "final_files",
                    "final_sources",
                    "half_imported_reads",
                ):
                    figure(figures, f"load_import_{key}", checked[key])
                for example in checked["examples"][:10]:
                    note(f"half-imported read: {example}")
                for error in checked["http_errors"][:5]:
                    note(f"checker: {error}")
                payload.update(
                    during_import=during,
                    import_check=checked,
                    import_stdout=proc.stdout[-2000:],
                    import_stderr=proc.stderr[-2000:],
                )
                if proc.returncode or checked["half_imported_reads"] or checked["http_errors"]:
                    failed = True
                if not checked["http_sources_observed"] or not checked["sql_polls_mid_import"]:
                    note("the checker saw no article mid-import: the atomicity check is vacuous")
                    failed = True
                if during["server_errors"] or during["errors"]:
                    failed = True
        if steady["server_errors"] or steady["errors"]:
            failed = True
    figure(figures, "load_failed", int(failed))
    payload["figures"] = figures
    payload["load_average"] = os.getloadavg()
    path = write_json("load", payload)
    note(f"written {path.relative_to(_serve.ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
