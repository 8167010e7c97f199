"""The public pages' hot queries can be served by an index on PostgreSQL.

The SQL is not copied here: each case requests the real page through the test client, captures
the queries the view issues, and EXPLAINs them with sequential scans disabled, so the plan shows
an index exactly when one can serve the query. A query rewritten so that its index no longer
applies (for example a search that no longer reads the GIN-indexed search_vector column of
migration claims/0007) makes its case fail.
"""

from __future__ import annotations

import json
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.populate import populate

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="EXPLAIN plans are checked on PostgreSQL only"
    ),
]


@pytest.fixture
def bench_rows():
    """A few hundred claims with speakers, events, articles and relations (bulk, seeded)."""
    populate(400, seed=3)
    cache.clear()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT s.slug FROM claims_speaker s JOIN claims_claim c ON c.speaker_id = s.id "
            "GROUP BY s.id ORDER BY count(*) DESC, s.id LIMIT 1"
        )
        speaker = cursor.fetchone()[0]
        cursor.execute(
            "SELECT e.slug FROM claims_event e JOIN claims_claim c ON c.event_id = e.id "
            "WHERE c.status <> 'rejected' GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1"
        )
        event = cursor.fetchone()[0]
    return {"speaker": speaker, "event": event}


def _claim_indexes_on(column: str) -> set[str]:
    """Indexes of claims_claim whose first column is `column`, whatever their names (Django
    names FK indexes itself, and a sort index may be added beside a plain one)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'claims_claim'"
        )
        rows = cursor.fetchall()
    return {name for name, definition in rows if re.search(rf'\(\s*"?{column}\b', definition)}


def _plan_nodes(plan: dict):
    yield plan
    for child in plan.get("Plans", []):
        yield from _plan_nodes(child)


def _claim_scans(sql: str) -> list[tuple[str, str | None]]:
    """(node type, index name) of every scan of claims_claim in the plan of `sql`."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql)
        raw = cursor.fetchone()[0]
    plan = (json.loads(raw) if isinstance(raw, str) else raw)[0]["Plan"]
    return [
        (node["Node Type"], node.get("Index Name"))
        for node in _plan_nodes(plan)
        if node.get("Relation Name") == "claims_claim"
        or (node.get("Index Name") and node["Node Type"] == "Bitmap Index Scan")
    ]


def _page_scans(client, url: str) -> list[tuple[str, str | None]]:
    cache.clear()  # facet counts are cached: make the view issue every query
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    scans = []
    for query in captured.captured_queries:
        sql = query["sql"]
        if sql.lstrip().upper().startswith("SELECT") and '"claims_claim"' in sql:
            scans += _claim_scans(sql)
    assert scans, f"{url} issued no query on claims_claim"
    return scans


def _assert_served_by(scans, wanted: set[str], url: str) -> None:
    seq = [s for s in scans if s[0] == "Seq Scan"]
    assert not seq, f"{url}: a claims query has no index to use: {scans}"
    used = {name for _, name in scans if name}
    assert used & wanted, f"{url}: expected one of {sorted(wanted)} in the plans, got {scans}"


def test_full_text_search_uses_the_gin_index(client, bench_rows):
    scans = _page_scans(client, "/claims/?q=Kidal")
    _assert_served_by(scans, {"claim_search_vector_gin"}, "q=")
    assert ("Bitmap Index Scan", "claim_search_vector_gin") in scans


def test_status_filter_uses_the_status_index(client, bench_rows):
    _assert_served_by(
        _page_scans(client, "/claims/?status=verified"), _claim_indexes_on("status"), "status"
    )


def test_value_range_uses_the_value_index(client, bench_rows):
    _assert_served_by(
        _page_scans(client, "/claims/?value_min=100&value_max=250"),
        _claim_indexes_on("value"),
        "value",
    )


def test_newest_first_list_uses_the_created_index(client, bench_rows):
    _assert_served_by(_page_scans(client, "/claims/"), _claim_indexes_on("created_at"), "list")


def test_speaker_page_finds_the_speakers_claims_by_index(client, bench_rows):
    wanted = _claim_indexes_on("speaker_id")
    assert wanted, "claims_claim has no index on speaker_id"
    url = f"/speakers/{bench_rows['speaker']}/"
    _assert_served_by(_page_scans(client, url), wanted, url)


def test_event_page_finds_the_events_claims_by_index(client, bench_rows):
    wanted = _claim_indexes_on("event_id")
    assert wanted, "claims_claim has no index on event_id"
    url = f"/events/{bench_rows['event']}/"
    _assert_served_by(_page_scans(client, url), wanted, url)


def test_speaker_filter_on_the_list_uses_the_speaker_index(client, bench_rows):
    wanted = _claim_indexes_on("speaker_id")
    url = f"/claims/?speaker={bench_rows['speaker']}&format=json"
    _assert_served_by(_page_scans(client, url), wanted, url)


def test_admin_search_reads_the_claim_and_headline_gin_indexes(client, admin_user, bench_rows):
    client.force_login(admin_user)
    url = "/admin/claims/claim/?queue=all&q=Kidal"
    scans = _page_scans(client, url)
    _assert_served_by(scans, {"claim_search_vector_gin"}, url)
    assert ("Bitmap Index Scan", "source_headline_gin") in scans, scans


def test_review_queue_reads_its_order_from_the_queue_index(client, admin_user, bench_rows):
    client.force_login(admin_user)
    url = "/admin/claims/claim/?queue=todo"
    _assert_served_by(_page_scans(client, url), {"claim_queue_idx"}, url)
