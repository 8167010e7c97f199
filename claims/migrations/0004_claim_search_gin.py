"""PostgreSQL full-text search index for the public `q=` filter.

The expression must match the one django.contrib.postgres's
SearchVector("search_text", config="english") generates, or the planner will not use it.
SQLite has no GIN indexes; it keeps the simple fallback search, so this is PostgreSQL-only.
"""

from django.db import migrations

CREATE = (
    "CREATE INDEX IF NOT EXISTS claim_search_gin ON claims_claim USING gin "
    "(to_tsvector('english'::regconfig, COALESCE(search_text, '')))"
)
DROP = "DROP INDEX IF EXISTS claim_search_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("claims", "0003_appearance_stale")]

    operations = [migrations.RunPython(create, drop)]
