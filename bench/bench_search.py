"""Admin changelist and public full-text search timings on PostgreSQL at the bench size.

    python bench/bench_search.py                      # 20,000 claims
    BENCH_SIZE=100000 python bench/bench_search.py    # 100,000 claims (BENCH_CLAIMS wins)

A fresh database claimtrack_bench_search_<pid> (dropped at the end) is migrated and filled by
bench/populate.py; then, in this process, Django's test Client (bench settings, DEBUG=0)
requests the pages and times them end to end (view, queries, template), after two warm-up
requests, BENCH_SEARCH_REPEATS (15) times each:

- the admin claim changelist as a superuser: filtered by status, by status and speaker kind,
  searched (a place, a surname), and the review queue;
- the public list with `q=` for several kinds of query (a place, a surname, a phrase, a rare
  full name, a word in no claim), with the facet cache cleared before each request (cold: the
  facet counts are recomputed) and with it warm.

Prints `search_public_cold_ms_median` (the goal: < 20 ms at 100k), `search_public_warm_ms_median`,
`search_public_sql_ms_median` (database time of a cold request), `search_admin_<case>_ms_median`
and `search_admin_ms_median_worst` (the goal: < 150 ms at 100k), `search_goal_*`; writes
bench/out/search.json with the slowest queries of each case.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _serve  # noqa: E402
from _util import figure, note, write_json  # noqa: E402

ADMIN_CASES = {
    "filter_status": "?status__exact=unreviewed",
    "filter_status_kind": "?status__exact=verified&speaker__kind__exact=person",
    "search_place": "?q=Kidal",
    "search_surname": "?q=Diallo",
    "filter_and_search": "?status__exact=unreviewed&q=Kidal",
    "review_queue": "?queue=todo",
}


def public_terms(db: _serve.PostgresDatabase) -> dict[str, str]:
    """Search terms of different selectivity, two of them read from the data."""
    rare = db.query(
        "SELECT s.name FROM claims_speaker s JOIN claims_claim c ON c.speaker_id = s.id "
        "WHERE s.kind = 'person' GROUP BY s.id HAVING count(*) BETWEEN 3 AND 30 "
        "ORDER BY s.id LIMIT 1"
    )
    return {
        "place": "Kidal",
        "surname": "Diallo",
        "phrase": '"civilians displaced"',
        "two_words": "drones Kharkiv",
        "rare_name": rare[0][0] if rare else "Amadou Diallo",
        "no_match": "zeppelin",
    }


def timed(client, url: str, repeats: int, before=None) -> tuple[list[float], list[dict]]:
    """Milliseconds of `repeats` GETs (after two warm-ups) and the queries of the last one."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(2):
        if before:
            before()
        response = client.get(url)
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code}")
    times = []
    for _ in range(repeats):
        if before:
            before()
        started = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    if before:
        before()
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return times, captured.captured_queries


def main() -> int:
    claims = (
        int(os.environ["BENCH_CLAIMS"])
        if os.environ.get("BENCH_CLAIMS")
        else max(20_000, int(os.environ.get("BENCH_SIZE") or 0))
    )
    seed = int(os.environ.get("BENCH_SEED") or 7)
    repeats = int(os.environ.get("BENCH_SEARCH_REPEATS") or 15)
    reason = _serve.postgres_available()
    if reason:
        note(f"PostgreSQL unreachable at {_serve.ADMIN_URL} ({reason}): search bench skipped")
        return 0
    figures: dict[str, float | int] = {}
    details: dict[str, dict] = {}
    with _serve.PostgresDatabase("claimtrack_bench_search") as db:
        env = _serve.bench_env(db.url)
        _serve.manage(env, "migrate", "--no-input")
        note(f"populated: {_serve.populate(env, claims, seed)}")
        figure(figures, "search_claims", claims)
        terms = public_terms(db)

        os.environ.update(env)
        sys.path.insert(0, str(_serve.ROOT))
        import django

        django.setup()
        from django.contrib.auth import get_user_model
        from django.core.cache import cache
        from django.db import connection
        from django.test import Client

        admin = get_user_model().objects.create_superuser("bench-admin", "", "x" * 20)
        client = Client()
        client.force_login(admin)

        def slowest(queries: list[dict]) -> list[dict]:
            ranked = sorted(queries, key=lambda q: float(q["time"]), reverse=True)
            return [{"ms": float(q["time"]) * 1000, "sql": q["sql"][:1500]} for q in ranked[:3]]

        admin_medians = []
        for case, query in ADMIN_CASES.items():
            times, queries = timed(client, "/admin/claims/claim/" + query, repeats)
            median = statistics.median(times)
            admin_medians.append(median)
            figure(figures, f"search_admin_{case}_ms_median", median)
            details[f"admin_{case}"] = {
                "url": "/admin/claims/claim/" + query,
                "ms": times,
                "queries": len(queries),
                "slowest": slowest(queries),
            }
        figure(figures, "search_admin_ms_median_worst", max(admin_medians))

        cold, warm, sql = [], [], []
        for case, term in terms.items():
            url = "/claims/?" + _urlencode({"q": term})
            cold_times, queries = timed(client, url, repeats, before=cache.clear)
            warm_times, _ = timed(client, url, repeats)
            cold += cold_times
            warm += warm_times
            sql_ms = sum(float(q["time"]) for q in queries) * 1000
            sql.append(sql_ms)
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT count(*) FROM claims_claim WHERE status <> 'rejected' AND "
                    "to_tsvector('english'::regconfig, COALESCE(search_text, '')) @@ "
                    "websearch_to_tsquery('english'::regconfig, %s)",
                    [term],
                )
                matches = cursor.fetchone()[0]
            note(
                f"q={term!r}: {matches} matches, cold median {statistics.median(cold_times):.1f}"
                f" ms, warm median {statistics.median(warm_times):.1f} ms, SQL {sql_ms:.1f} ms"
            )
            details[f"public_{case}"] = {
                "url": url,
                "matches": matches,
                "cold_ms": cold_times,
                "warm_ms": warm_times,
                "slowest": slowest(queries),
            }
        figure(figures, "search_public_cold_ms_median", statistics.median(cold))
        figure(figures, "search_public_warm_ms_median", statistics.median(warm))
        figure(figures, "search_public_sql_ms_median", statistics.median(sql))
        figure(
            figures,
            "search_public_cold_ms_worst_term",
            max(
                statistics.median(d["cold_ms"])
                for k, d in details.items()
                if k.startswith("public_")
            ),
        )
        connection.close()

    goals = {
        "public_q_lt_20_ms": figures["search_public_cold_ms_median"] < 20,
        "admin_lt_150_ms": figures["search_admin_ms_median_worst"] < 150,
    }
    for goal, met in goals.items():
        figure(figures, f"search_goal_{goal}", int(met))
    path = write_json(
        "search",
        {
            "claims": claims,
            "seed": seed,
            "repeats": repeats,
            "load_average": os.getloadavg(),
            "figures": figures,
            "goals": goals,
            "cases": details,
        },
    )
    note(f"written {path.relative_to(_serve.ROOT)}")
    return 0


def _urlencode(params: dict[str, str]) -> str:
    from urllib.parse import urlencode

    return urlencode(params)


if __name__ == "__main__":
    sys.exit(main())
