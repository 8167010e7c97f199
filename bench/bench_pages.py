"""Public pages under load: gunicorn + PostgreSQL, wrk from a second process, two floors, and
Datasette serving the same claims as a peer.

    python bench/bench_pages.py                        # 20,000 claims
    BENCH_SIZE=100000 python bench/bench_pages.py      # 100,000 claims (BENCH_CLAIMS wins)

What it does:
1. creates the PostgreSQL database claimtrack_bench_pages_<pid> (dropped at the end; leftovers
   of killed runs are dropped at the next start), migrates it and
   fills it with bench/populate.py (BENCH_CLAIMS claims, seed BENCH_SEED);
2. serves the site with `gunicorn config.wsgi` (2 sync workers, DEBUG=0, bench settings that
   add the two floor views /_floor/constant/ and /_floor/orm/);
3. exports the same public claims to an SQLite file with the JSON twin's columns and serves it
   with Datasette (installed on demand into bench/out/datasette-venv, never into the project's
   .venv; skipped with a message when it cannot be installed);
4. drives every page with `wrk -t1 -c8 --latency` (bench/loadgen.py when wrk is missing) for
   BENCH_PAGES_SECONDS (3) seconds each (a target too slow to answer 16 requests in that time
   is measured instead by loadgen.py on 16 requests, same connections), in BENCH_PAGES_ROUNDS
   (3) interleaved rounds after a one-second warm-up; each page's ratio to a floor is the median over rounds of
   page req/s / floor req/s measured in the same round, so a busy neighbour on the machine
   moves both sides of a ratio alike.

The CSV twin streams every claim matching its filters, so it is measured on one event's claims
(`/claims/?format=csv&event=<the busiest event>`); the row count is printed.

Server CPU per request is measured too (gunicorn workers plus the PostgreSQL backends of the
bench database, or the Datasette process, read from /proc before and after each run): on a
machine shared with other work, req/s swings with the neighbours while CPU per request does not,
so `_cpu_ratio_orm` (floor CPU / page CPU) is the steadier estimate of the same ratio.

Prints `pages_<page>_rps`, `_p50_ms`, `_p99_ms`, `_cpu_ms`, `_ratio_orm`, `_cpu_ratio_orm`,
`_ratio_constant`,
`pages_datasette_ratio` (our filtered JSON twin over Datasette's default table JSON for the same
filter and 20 rows) and `pages_datasette_lean_ratio` (over Datasette without its filtered count
and facet suggestions), the same two as CPU ratios (`pages_datasette_cpu_ratio`,
`pages_datasette_lean_cpu_ratio`: Datasette's CPU per request over ours), and `pages_goal_*`
(1 met, 0 missed; judged on req/s ratios); writes bench/out/pages.json.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _serve  # noqa: E402
from _util import OUT, figure, note, write_json  # noqa: E402

SEARCH_TERM = "Kidal"
FILTER = "status=unreviewed&qualifier=exact"
DATASETTE_VENV = OUT / "datasette-venv"


def claims_wanted() -> int:
    """BENCH_CLAIMS, else the bigger of 20,000 and BENCH_SIZE."""
    if os.environ.get("BENCH_CLAIMS"):
        return int(os.environ["BENCH_CLAIMS"])
    return max(20_000, int(os.environ.get("BENCH_SIZE") or 0))


def pick_targets(db: _serve.PostgresDatabase) -> tuple[dict[str, str], dict]:
    """The URLs to measure, chosen from the data: the busiest speaker and event (worst case for
    their aggregates), and a claim in the middle of the table quoted twice with a relation."""
    speaker = db.query(
        "SELECT s.slug FROM claims_speaker s JOIN claims_claim c ON c.speaker_id = s.id "
        "WHERE c.status <> 'rejected' GROUP BY s.id ORDER BY count(*) DESC, s.id LIMIT 1"
    )[0][0]
    event, event_claims = db.query(
        "SELECT e.slug, count(*) FROM claims_event e JOIN claims_claim c ON c.event_id = e.id "
        "WHERE c.status <> 'rejected' GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1"
    )[0]
    claim = db.query(
        "SELECT c.id FROM claims_claim c WHERE c.status <> 'rejected' "
        "AND c.id >= (SELECT max(id) / 2 FROM claims_claim) "
        "AND (SELECT count(*) FROM claims_appearance a WHERE a.claim_id = c.id) >= 2 "
        "AND EXISTS (SELECT 1 FROM claims_claimrelation r "
        "            WHERE r.from_claim_id = c.id OR r.to_claim_id = c.id) "
        "ORDER BY c.id LIMIT 1"
    )[0][0]
    matches = db.query(
        "SELECT count(*) FROM claims_claim WHERE status <> 'rejected' AND "
        "to_tsvector('english'::regconfig, COALESCE(search_text, '')) @@ "
        "websearch_to_tsquery('english'::regconfig, %s)",
        (SEARCH_TERM,),
    )[0][0]
    filtered = db.query(
        "SELECT count(*) FROM claims_claim WHERE status = 'unreviewed' AND qualifier = 'exact'"
    )[0][0]
    targets = {
        "floor_constant": "/_floor/constant/",
        "floor_orm": "/_floor/orm/",
        "list": "/claims/",
        "list_filtered": f"/claims/?{FILTER}",
        "list_search": f"/claims/?q={SEARCH_TERM}",
        "claim": f"/claims/{claim}/",
        "speaker": f"/speakers/{speaker}/",
        "event": f"/events/{event}/",
        "json": "/claims/?format=json",
        "json_filtered": f"/claims/?format=json&{FILTER}",
        "csv_event": f"/claims/?format=csv&event={event}",
    }
    facts = {
        "busiest_speaker": speaker,
        "busiest_event": event,
        "csv_rows": event_claims,
        "claim_id": claim,
        "search_term": SEARCH_TERM,
        "search_matches": matches,
        "filter": FILTER,
        "filter_matches": filtered,
    }
    return targets, facts


# --- Datasette ---------------------------------------------------------------------------

EXPORT_SQL = """
SELECT c.id, c.text, c.figure_text, c.value, c.lower, c.upper, c.qualifier, c.unit, c.counts,
       c.stated_on, c.status, c.verdict, s.name, s.slug, s.kind, src.headline, src.slug,
       src.publisher, src.published_on, src.url, e.name, e.slug, c.created_at
FROM claims_claim c
JOIN claims_speaker s ON s.id = c.speaker_id
JOIN sources_source src ON src.id = c.source_id
LEFT JOIN claims_event e ON e.id = c.event_id
WHERE c.status <> 'rejected'
"""
STATUS_LABELS = {
    "unreviewed": "Not yet reviewed",
    "in_review": "In review",
    "verified": "Verified",
    "disputed": "Disputed",
}
VERDICT_LABELS = {
    "accurate": "Accurate",
    "mostly_accurate": "Mostly accurate",
    "misleading": "Misleading",
    "inaccurate": "Inaccurate",
    "unverifiable": "Unverifiable",
}
COLUMNS = (
    "id INTEGER PRIMARY KEY, url TEXT, text TEXT, figure_text TEXT, value REAL, lower REAL, "
    "upper REAL, qualifier TEXT, unit TEXT, counts TEXT, stated_on TEXT, status TEXT, "
    "status_label TEXT, reviewed INTEGER, verdict TEXT, verdict_label TEXT, speaker_name TEXT, "
    "speaker_slug TEXT, speaker_kind TEXT, speaker_url TEXT, source_headline TEXT, "
    "source_slug TEXT, source_publisher TEXT, source_published_on TEXT, source_url TEXT, "
    "source_original_url TEXT, event_name TEXT, event_slug TEXT, event_url TEXT, "
    "created_at TEXT"
)


def export_sqlite(db: _serve.PostgresDatabase, path: Path, base: str) -> int:
    """The public claims as one flat `claims` table with the JSON twin's fields, indexed on the
    filtered and sorted columns as our tables are. Returns the row count."""
    import psycopg

    if path.exists():
        path.unlink()
    out = sqlite3.connect(path)
    out.execute(f"CREATE TABLE claims ({COLUMNS})")
    rows = 0
    with psycopg.connect(db.url) as conn, conn.cursor(name="export") as cursor:
        cursor.itersize = 5000
        cursor.execute(EXPORT_SQL)
        batch = []
        for r in cursor:
            (
                pk,
                text,
                figure_text,
                value,
                lower,
                upper,
                qualifier,
                unit,
                counts,
                stated_on,
                status,
                verdict,
                s_name,
                s_slug,
                s_kind,
                headline,
                src_slug,
                publisher,
                published,
                src_url,
                e_name,
                e_slug,
                created,
            ) = r
            batch.append(
                (
                    pk,
                    f"{base}/claims/{pk}/",
                    text,
                    figure_text,
                    *(float(x) if x is not None else None for x in (value, lower, upper)),
                    qualifier,
                    unit,
                    counts,
                    stated_on.isoformat() if stated_on else None,
                    status,
                    STATUS_LABELS.get(status, status),
                    int(status != "unreviewed"),
                    verdict or None,
                    VERDICT_LABELS.get(verdict),
                    s_name,
                    s_slug,
                    s_kind,
                    f"{base}/speakers/{s_slug}/",
                    headline,
                    src_slug,
                    publisher,
                    published.isoformat() if published else None,
                    f"{base}/sources/{src_slug}/",
                    src_url or None,
                    e_name,
                    e_slug,
                    f"{base}/events/{e_slug}/" if e_slug else None,
                    created.isoformat(),
                )
            )
            if len(batch) >= 5000:
                out.executemany(f"INSERT INTO claims VALUES ({','.join('?' * 30)})", batch)
                rows += len(batch)
                batch = []
        out.executemany(f"INSERT INTO claims VALUES ({','.join('?' * 30)})", batch)
        rows += len(batch)
    for column in ("status", "qualifier", "created_at", "speaker_slug", "event_slug"):
        out.execute(f"CREATE INDEX claims_{column} ON claims({column})")
    # Generous to the peer: an index made for exactly the compared filter and order, so its
    # planner cannot pick a slow plan that ours (separate indexes) might also have picked.
    out.execute(
        "CREATE INDEX claims_status_qualifier_created ON claims(status, qualifier, created_at)"
    )
    out.commit()
    out.execute("ANALYZE")
    out.close()
    return rows


def datasette_bin() -> tuple[Path | None, str]:
    """The datasette executable (installed into its own venv on first use), or why not."""
    exe = DATASETTE_VENV / "bin" / "datasette"
    if exe.exists():
        return exe, "cached"
    if os.environ.get("BENCH_NO_DATASETTE") == "1":
        return None, "BENCH_NO_DATASETTE=1"
    note("installing datasette into bench/out/datasette-venv (first run only)")
    try:
        subprocess.run(
            [sys.executable, "-m", "venv", str(DATASETTE_VENV)],
            check=True,
            capture_output=True,
            timeout=300,
        )
        subprocess.run(
            [str(DATASETTE_VENV / "bin" / "pip"), "install", "--quiet", "datasette"],
            check=True,
            capture_output=True,
            timeout=900,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as err:
        detail = getattr(err, "stderr", b"") or b""
        return None, f"pip install datasette failed: {detail.decode(errors='replace')[-300:]}"
    return (exe, "installed") if exe.exists() else (None, "datasette not found after install")


class Datasette:
    """`datasette serve -i file.db` on a free port with 20 rows a page, stopped at exit."""

    def __init__(self, exe: Path, db_file: Path) -> None:
        self.exe = exe
        self.db_file = db_file
        self.port = _serve.free_port()
        self.base = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Datasette:
        self.log = (OUT / "datasette.log").open("w")
        self.proc = subprocess.Popen(
            [
                str(self.exe),
                "serve",
                "-i",
                str(self.db_file),
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "--setting",
                "default_page_size",
                "20",
            ],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        import urllib.request

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.base + "/-/versions.json", timeout=5) as r:
                    self.versions = r.read().decode()
                    return self
            except OSError:
                if self.proc.poll() is not None:
                    break
                time.sleep(0.3)
        self.__exit__()
        raise RuntimeError("datasette did not start; see bench/out/datasette.log")

    def __exit__(self, *exc) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.log.close()


# --- measuring ------------------------------------------------------------------------------


def check_pages(server_get, targets: dict[str, str]) -> dict[str, int]:
    """Every target answers 200 before it is measured; returns the body sizes."""
    sizes = {}
    for name, path in targets.items():
        status, body = server_get(path)
        if status != 200:
            raise RuntimeError(f"{path} answered {status}: {body[:300]!r}")
        sizes[name] = len(body)
    return sizes


def _cpu_ticks(pid: int) -> int:
    """User + system CPU clock ticks a process (all its threads) has used; 0 once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0
    return int(fields[11]) + int(fields[12])


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


class CpuProbe:
    """CPU time the server side spends: the site's gunicorn workers plus the PostgreSQL
    backends serving its database, or the Datasette process. Unlike req/s, CPU per request
    barely moves when other programs compete for the machine's cores."""

    def __init__(self, db: _serve.PostgresDatabase | None, master: int | None, pid: int | None):
        self.db, self.master, self.pid = db, master, pid

    def snapshot(self) -> dict[int, int]:
        pids = [self.pid] if self.pid else _children(self.master or 0)
        if self.db is not None:
            pids += [
                r[0]
                for r in self.db.query(
                    "SELECT pid FROM pg_stat_activity WHERE datname = %s "
                    "AND pid <> pg_backend_pid()",
                    (self.db.name,),
                )
            ]
        return {p: _cpu_ticks(p) for p in pids}

    @staticmethod
    def ms_between(before: dict[int, int], after: dict[int, int]) -> float:
        ticks = sum(after[p] - before.get(p, 0) for p in after)
        return ticks * 1000 / os.sysconf("SC_CLK_TCK")


def measure(
    bases: dict[str, str],
    targets: dict[str, str],
    seconds: float,
    rounds: int,
    connections: int,
    probes: dict[str, CpuProbe],
) -> tuple[dict[str, list[_serve.LoadResult]], dict[str, list[float]]]:
    """Interleaved rounds: every target once per round, each after a 1 s warm-up. Returns the
    load results and the server CPU milliseconds per request of each run."""
    results: dict[str, list[_serve.LoadResult]] = {name: [] for name in targets}
    cpu: dict[str, list[float]] = {name: [] for name in targets}
    for r in range(rounds):
        for name, path in targets.items():
            base = bases.get(name, bases["site"])
            peer = name.startswith("datasette")
            _serve.load(base, [path], connections=connections, seconds=1)
            if peer:
                settle(base + targets["datasette_json_lean"])
            probe = probes["datasette" if peer else "site"]
            before = probe.snapshot()
            result = _serve.load(base, [path], connections=connections, seconds=seconds)
            if result.requests < 2 * connections:
                # Too slow for a time-bound run to say anything (a request still in flight at
                # the end is not counted): count-bound instead, same connections.
                if peer:
                    settle(base + targets["datasette_json_lean"])
                before = probe.snapshot()
                result = _serve.load(
                    base,
                    [path],
                    connections=connections,
                    requests=2 * connections,
                    seconds=300,
                    use_wrk=False,
                )
            # wrk stops counting at the deadline but the server finishes what is in flight;
            # for the time-bound runs that is a few requests out of hundreds.
            spent = CpuProbe.ms_between(before, probe.snapshot())
            cpu[name].append(spent / max(1, result.requests))
            results[name].append(result)
            if peer:
                settle(base + targets["datasette_json_lean"])
            note(
                f"round {r + 1} {name}: {result.rps:.0f} req/s, p50 {result.p50_ms:.1f} ms, "
                f"p99 {result.p99_ms:.1f} ms, server CPU {cpu[name][-1]:.2f} ms/request, "
                f"non-2xx {result.non_2xx}, errors {result.errors}"
            )
    return results, cpu


def settle(url: str, timeout: float = 120) -> None:
    """Wait until Datasette answers its cheapest query quickly again: its thread pool keeps
    working through requests wrk abandoned, which would slow whatever is measured next."""
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        started = time.monotonic()
        with urllib.request.urlopen(url, timeout=timeout) as r:
            r.read()
        if time.monotonic() - started < 0.2:
            return
        time.sleep(0.5)


def ratio(results, name: str, floor: str) -> float:
    """Median over rounds of page req/s / floor req/s (same round)."""
    return statistics.median(
        p.rps / f.rps for p, f in zip(results[name], results[floor], strict=True)
    )


def main() -> int:
    claims = claims_wanted()
    seed = int(os.environ.get("BENCH_SEED") or 7)
    seconds = float(os.environ.get("BENCH_PAGES_SECONDS") or 3)
    rounds = int(os.environ.get("BENCH_PAGES_ROUNDS") or 3)
    connections = int(os.environ.get("BENCH_PAGES_CONNECTIONS") or 8)
    reason = _serve.postgres_available()
    if reason:
        note(f"PostgreSQL unreachable at {_serve.ADMIN_URL} ({reason}): pages bench skipped")
        return 0
    figures: dict[str, float | int] = {}
    tool = "wrk" if _serve.have_wrk() else "bench/loadgen.py (wrk not installed)"
    note(
        f"pages: {claims} claims, {connections} connections, {seconds:g} s x {rounds} rounds, "
        f"load from {tool}"
    )
    with _serve.PostgresDatabase("claimtrack_bench_pages") as db:
        env = _serve.bench_env(db.url)
        _serve.manage(env, "migrate", "--no-input")
        started = time.perf_counter()
        summary = _serve.populate(env, claims, seed)
        note(f"populated: {summary}")
        figure(figures, "pages_populate_seconds", time.perf_counter() - started)
        figure(figures, "pages_claims", claims)
        targets, facts = pick_targets(db)
        for key, value in facts.items():
            note(f"{key}: {value}")
        figure(figures, "pages_csv_rows", facts["csv_rows"])
        figure(figures, "pages_search_matches", facts["search_matches"])

        exe, why = datasette_bin()
        with _serve.Gunicorn(env, workers=2) as site:
            sizes = check_pages(site.get, targets)
            bases = {"site": site.base}
            peer = None
            if exe is None:
                note(f"Datasette comparison skipped: {why}")
            else:
                db_file = OUT / "pages-datasette.db"
                rows = export_sqlite(db, db_file, site.base)
                note(f"exported {rows} public claims to {db_file.relative_to(_serve.ROOT)}")
                peer = Datasette(exe, db_file).__enter__()
                stem = db_file.stem
                table = f"/{stem}/claims.json?{FILTER}&_size=20&_sort_desc=created_at"
                # As served by default (filtered count and facet suggestions included), and
                # lean: the same 20 rows without the count and suggestions, its fastest form.
                targets["datasette_json_lean"] = table + "&_nocount=1&_nosuggest=1"
                targets["datasette_json"] = table
                import urllib.request

                for name in ("datasette_json_lean", "datasette_json"):
                    bases[name] = peer.base
                    with urllib.request.urlopen(peer.base + targets[name]) as r:
                        sizes[name] = len(r.read())
                note(f"datasette {peer.versions.strip()[:200]}")
            try:
                probes = {"site": CpuProbe(db, site.proc.pid, None)}
                if peer is not None:
                    probes["datasette"] = CpuProbe(None, None, peer.proc.pid)
                results, cpu = measure(bases, targets, seconds, rounds, connections, probes)
            finally:
                if peer is not None:
                    peer.__exit__()

    pages = [n for n in targets if not n.startswith(("floor_", "datasette_"))]
    for name in targets:
        runs = results[name]
        figure(figures, f"pages_{name}_rps", statistics.median(r.rps for r in runs))
        figure(figures, f"pages_{name}_p50_ms", statistics.median(r.p50_ms for r in runs))
        figure(figures, f"pages_{name}_p99_ms", statistics.median(r.p99_ms for r in runs))
        figure(figures, f"pages_{name}_cpu_ms", statistics.median(cpu[name]))
        bad = sum(r.non_2xx + r.errors for r in runs)
        if bad:
            figure(figures, f"pages_{name}_failed_requests", bad)
        if name in pages:
            figure(figures, f"pages_{name}_ratio_orm", ratio(results, name, "floor_orm"))
            figure(figures, f"pages_{name}_ratio_constant", ratio(results, name, "floor_constant"))
            figure(
                figures,
                f"pages_{name}_cpu_ratio_orm",
                statistics.median(cpu["floor_orm"]) / max(1e-9, statistics.median(cpu[name])),
            )
    goals = {
        "json_ratio_orm_ge_0_6": all(
            figures[f"pages_{n}_ratio_orm"] >= 0.6 for n in ("json", "json_filtered")
        ),
        "html_ratio_orm_ge_0_3": all(
            figures[f"pages_{n}_ratio_orm"] >= 0.3
            for n in ("list", "list_filtered", "list_search", "claim")
        ),
        "p99_lt_50_ms": all(figures[f"pages_{n}_p99_ms"] < 50 for n in pages),
    }
    if "datasette_json" in results:
        figure(figures, "pages_datasette_ratio", ratio(results, "json_filtered", "datasette_json"))
        figure(
            figures,
            "pages_datasette_lean_ratio",
            ratio(results, "json_filtered", "datasette_json_lean"),
        )
        for peer_name, label in (
            ("datasette_json", "cpu_ratio"),
            ("datasette_json_lean", "lean_cpu_ratio"),
        ):
            figure(
                figures,
                f"pages_datasette_{label}",
                statistics.median(cpu[peer_name])
                / max(1e-9, statistics.median(cpu["json_filtered"])),
            )
        goals["datasette_ratio_ge_3"] = figures["pages_datasette_ratio"] >= 3.0
    for goal, met in goals.items():
        figure(figures, f"pages_goal_{goal}", int(met))
    path = write_json(
        "pages",
        {
            "claims": claims,
            "seed": seed,
            "connections": connections,
            "seconds_per_run": seconds,
            "rounds": rounds,
            "tool": tool,
            "server": "gunicorn config.wsgi, 2 sync workers, DEBUG=0, bench.settings",
            "load_average": os.getloadavg(),
            "targets": targets,
            "facts": facts,
            "body_bytes": sizes,
            "runs": {n: [asdict(r) for r in rs] for n, rs in results.items()},
            "server_cpu_ms_per_request": cpu,
            "figures": figures,
            "goals": goals,
        },
    )
    note(f"written {path.relative_to(_serve.ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
