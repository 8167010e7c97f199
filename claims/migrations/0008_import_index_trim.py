"""Fewer index writes per imported claim (issue 7: import throughput).

Every claim an import writes, and every claim whose relation counters it refreshes, is written
into each index of claims_claim; on PostgreSQL there were 20. Measured on a 10k-article import
(bench/import_stages.py, three runs each, session 5): the database server's CPU per article
0.98-1.00 ms before, 0.76-0.80 ms after.

1. Four indexes another index already served, its leading columns being theirs: stated_on and
   value alone (now (stated_on, id) and (value, id), which also serve the ascending public
   sorts, so migration 0006's PostgreSQL-only claim_stated_asc_idx and claim_value_asc_idx,
   the same columns in the same order, go too), and the foreign-key indexes of speaker and
   event (claim_speaker_created_idx and claim_event_measure_idx start with them).
2. PostgreSQL only: the GIN search indexes take new rows into a pending list of at most 512 kB
   that is merged into the index in bulk (`fastupdate`, `gin_pending_list_limit`), instead of
   one index insertion per word of every row written. A search reads that list as well: at
   most 512 kB, well inside the search target (bench/bench_search.py).
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


GIN_INDEXES = ("claim_search_vector_gin", "source_headline_gin")
SAME_AS_NEW = {
    "claim_value_asc_idx": '("value" ASC NULLS LAST, "id" ASC)',
    "claim_stated_asc_idx": '("stated_on" ASC NULLS LAST, "id" ASC)',
}


def trim(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in SAME_AS_NEW:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')
    for name in GIN_INDEXES:
        schema_editor.execute(
            f'ALTER INDEX "{name}" SET (fastupdate = on, gin_pending_list_limit = 512)'
        )


def untrim(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, columns in SAME_AS_NEW.items():
        schema_editor.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON "claims_claim" {columns}')
    for name in GIN_INDEXES:
        schema_editor.execute(f'ALTER INDEX "{name}" SET (fastupdate = off)')
        schema_editor.execute(f'ALTER INDEX "{name}" RESET (gin_pending_list_limit)')


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0007_search_vector_relation_counts'),
        ('sources', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='claim',
            name='claim_stated_on_idx',
        ),
        migrations.RemoveIndex(
            model_name='claim',
            name='claim_value_idx',
        ),
        migrations.AlterField(
            model_name='claim',
            name='event',
            field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='claims', to='claims.event'),
        ),
        migrations.AlterField(
            model_name='claim',
            name='speaker',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.PROTECT, related_name='claims', to='claims.speaker'),
        ),
        migrations.AddIndex(
            model_name='claim',
            index=models.Index(fields=['stated_on', 'id'], name='claim_stated_idx'),
        ),
        migrations.AddIndex(
            model_name='claim',
            index=models.Index(fields=['value', 'id'], name='claim_value_id_idx'),
        ),
        migrations.RunPython(trim, untrim),
    ]
