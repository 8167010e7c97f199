"""PostgreSQL indexes for the public list's sort keys (claims/filters.py SORTS).

Each sort is "figure or date, NULLS LAST, then id", which only an index with the same NULLS
LAST order serves without sorting every row. SQLite cannot declare NULLS LAST in an index, so
these exist on PostgreSQL only; SQLite uses the plain value/stated_on indexes.
"""

from django.db import migrations

INDEXES = {
    "claim_value_desc_idx": '("value" DESC NULLS LAST, "id" DESC)',
    "claim_value_asc_idx": '("value" ASC NULLS LAST, "id" ASC)',
    "claim_stated_desc_idx": '("stated_on" DESC NULLS LAST, "id" DESC)',
    "claim_stated_asc_idx": '("stated_on" ASC NULLS LAST, "id" ASC)',
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, columns in INDEXES.items():
            schema_editor.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON "claims_claim" {columns}')


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


class Migration(migrations.Migration):
    dependencies = [("claims", "0005_page_indexes")]

    operations = [migrations.RunPython(create, drop)]
