"""Search and review-queue speed at newsroom scale.

1. Claim.n_confirms / Claim.n_contradicts: each claim's live (not rejected) relations of each
   kind, filled here once and kept by claims.services.relations.refresh_relation_counts; with
   claim_queue_idx (partial on the queue's statuses) the review queue reads its order from an
   index instead of counting relations for every open claim.
2. PostgreSQL only: claims_claim.search_vector, a STORED generated column
   to_tsvector('english', coalesce(search_text, '')), with a GIN index that serves public `q=`
   searches and the admin's search box (claims.models.SearchVectorColumn). It replaces the
   expression index claim_search_gin of 0004: the planner recomputed to_tsvector for every row
   it walked in created_at order, and has statistics on a real column. `fastupdate = off`:
   bulk imports then write straight into the index, so searches never wade through a pending
   list. Not a model field: SQLite has no generated tsvector and keeps its fallback search.
3. PostgreSQL only: a GIN index on sources_source headlines, same expression as
   SearchVector("headline", config="english"), for the admin claim search's headline match.
"""

from django.db import migrations, models
from django.db.models import F, Func, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

BATCH = 500

SEARCH_COLUMN = (
    "ALTER TABLE claims_claim ADD COLUMN IF NOT EXISTS search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('english'::regconfig, COALESCE(search_text, ''))) STORED"
)
SEARCH_INDEX = (
    "CREATE INDEX IF NOT EXISTS claim_search_vector_gin ON claims_claim "
    "USING gin (search_vector) WITH (fastupdate = off)"
)
HEADLINE_INDEX = (
    "CREATE INDEX IF NOT EXISTS source_headline_gin ON sources_source "
    "USING gin (to_tsvector('english'::regconfig, COALESCE(headline, ''))) "
    "WITH (fastupdate = off)"
)
OLD_INDEX = (
    "CREATE INDEX IF NOT EXISTS claim_search_gin ON claims_claim USING gin "
    "(to_tsvector('english'::regconfig, COALESCE(search_text, '')))"
)


def fill_counts(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    ClaimRelation = apps.get_model("claims", "ClaimRelation")
    db = schema_editor.connection.alias

    def count(kind):
        rows = (
            ClaimRelation.objects.using(db)
            .filter(Q(from_claim=OuterRef("pk")) | Q(to_claim=OuterRef("pk")))
            .filter(kind=kind)
            .exclude(status="rejected")
            .order_by()
            .annotate(n=Func(F("pk"), function="COUNT", output_field=IntegerField()))
            .values("n")
        )
        return Coalesce(Subquery(rows, output_field=IntegerField()), 0)

    related = set()
    for pair in ClaimRelation.objects.using(db).values_list("from_claim_id", "to_claim_id"):
        related.update(pair)
    ids = sorted(related)
    for i in range(0, len(ids), BATCH):
        Claim.objects.using(db).filter(pk__in=ids[i : i + BATCH]).update(
            n_confirms=count("confirms"), n_contradicts=count("contradicts")
        )


def add_search_vector(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(SEARCH_COLUMN)
    schema_editor.execute(SEARCH_INDEX)
    schema_editor.execute("DROP INDEX IF EXISTS claim_search_gin")
    schema_editor.execute(HEADLINE_INDEX)


def drop_search_vector(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS source_headline_gin")
    schema_editor.execute(OLD_INDEX)
    schema_editor.execute("ALTER TABLE claims_claim DROP COLUMN IF EXISTS search_vector")


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0006_postgres_sort_indexes"),
        ("sources", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="claim",
            name="n_confirms",
            field=models.PositiveIntegerField(
                default=0,
                editable=False,
                help_text="Relations confirming it, not rejected.",
                verbose_name="confirms",
            ),
        ),
        migrations.AddField(
            model_name="claim",
            name="n_contradicts",
            field=models.PositiveIntegerField(
                default=0,
                editable=False,
                help_text="Relations contradicting it, not rejected.",
                verbose_name="contradicts",
            ),
        ),
        migrations.RunPython(fill_counts, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                condition=models.Q(("status__in", ["unreviewed", "in_review"])),
                fields=["-n_contradicts", "-n_confirms", "-created_at", "-id"],
                name="claim_queue_idx",
            ),
        ),
        migrations.RunPython(add_search_vector, drop_search_vector),
    ]
