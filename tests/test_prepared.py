"""On PostgreSQL a page's repeated queries are prepared, so the server stops planning them.

config.settings binds parameters on the server and lets psycopg prepare a statement once a
connection has run it five times. Planning the claim page's joined query cost more than
running it (bench/README.md, session 6); this checks that the real page's queries end up in
the connection's prepared statements and are run from them, with a new claim id each time.
"""

from __future__ import annotations

import pytest
from django.db import connection

from bench.populate import populate

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="prepared statements are PostgreSQL's"
    ),
]


def _prepared_statements() -> dict[str, int]:
    """This session's prepared statements: SQL text -> times run from the prepared plan."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT statement, generic_plans + custom_plans FROM pg_prepared_statements"
        )
        return dict(cursor.fetchall())


def test_the_claim_pages_queries_are_prepared_after_a_few_requests(client):
    populate(200, seed=5)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM claims_claim WHERE status <> 'rejected' ORDER BY id LIMIT 12"
        )
        ids = [row[0] for row in cursor.fetchall()]
    for claim_id in ids:
        assert client.get(f"/claims/{claim_id}/").status_code == 200
    runs = {sql: n for sql, n in _prepared_statements().items() if "claims_appearance" in sql}
    assert runs, "the claim page's query was never prepared"
    # Prepared on the sixth request: the later ones ran from the prepared statement.
    assert max(runs.values()) >= len(ids) - 6


def test_with_preparing_off_nothing_is_prepared(client):
    connection.ensure_connection()
    threshold = connection.connection.prepare_threshold
    connection.connection.prepare_threshold = None
    try:
        populate(50, seed=5)
        claim_id = connection.cursor().execute(
            "SELECT min(id) FROM claims_claim WHERE status <> 'rejected'"
        ).fetchone()[0]
        for _ in range(8):
            assert client.get(f"/claims/{claim_id}/").status_code == 200
        assert not any("claims_appearance" in sql for sql in _prepared_statements())
    finally:
        connection.connection.prepare_threshold = threshold
