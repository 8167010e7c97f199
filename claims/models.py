"""Speakers, claims and their figures, where they appear, events, and relations."""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db import models
from django.db.models import F, Q
from django.db.models.expressions import Col, Expression
from django.db.models.functions import Greatest, Least
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from simple_history.models import HistoricalRecords

from sources.models import Source


class SpeakerKind(models.TextChoices):
    PERSON = "person", "Person"
    ORGANISATION = "organisation", "Organisation"
    GOVERNMENT = "government", "Government or official body"
    ARMED_GROUP = "armed_group", "Armed group"
    MEDIA = "media", "Media outlet"


class Speaker(models.Model):
    """Who states a claim: one row per real person or body, however it is named."""

    name = models.CharField(max_length=200, help_text="The name shown on claim pages.")
    slug = models.SlugField(max_length=220, unique=True, help_text="Permanent URL part.")
    kind = models.CharField(max_length=20, choices=SpeakerKind.choices, default=SpeakerKind.PERSON)
    role = models.CharField(
        max_length=300,
        blank=True,
        help_text="Title or role, e.g. “spokesman, Ukraine's military intelligence (GUR)”.",
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="members",
        help_text="The organisation this speaker belongs to or speaks for, if any.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        indexes = [
            # Speaker filter on the public list (speaker kind facet).
            models.Index(fields=["kind"], name="speaker_kind_idx"),
            models.Index(fields=["name"], name="speaker_name_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_kind_display()})"

    def get_absolute_url(self) -> str:
        return reverse("speaker-detail", args=[self.slug])


class SpeakerAlias(models.Model):
    """Another name a speaker goes by; the importer resolves names through `normalised`."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=200, help_text="The name as written in articles.")
    normalised = models.CharField(
        max_length=200,
        editable=False,
        help_text="Lower-case, accent- and punctuation-free form used for lookup.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["alias"]
        verbose_name_plural = "speaker aliases"
        constraints = [
            # One alias text per speaker; the same text may name two speakers (two Maigas).
            models.UniqueConstraint(fields=["speaker", "normalised"], name="alias_unique_per_speaker"),
        ]
        indexes = [
            # Speaker resolution during import looks aliases up by normalised text.
            models.Index(fields=["normalised"], name="alias_normalised_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.alias} → {self.speaker.name}"

    def save(self, *args, **kwargs):
        from claims.text import normalise_name

        self.normalised = normalise_name(self.alias)
        super().save(*args, **kwargs)


class EventStatus(models.TextChoices):
    SUGGESTED = "suggested", "Suggested"
    ACCEPTED = "accepted", "Accepted"


class Event(models.Model):
    """A happening that claims can be about, e.g. “Battle of Tinzaouatene, July 2024”."""

    name = models.CharField(max_length=300)
    slug = models.SlugField(max_length=220, unique=True, help_text="Permanent URL part.")
    place = models.CharField(max_length=200, blank=True)
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)
    description = models.TextField(blank=True)
    status = models.CharField(
        max_length=20,
        choices=EventStatus.choices,
        default=EventStatus.SUGGESTED,
        help_text="Suggested events were grouped by the importer; accept them once checked.",
    )
    key_terms = models.CharField(
        max_length=500,
        blank=True,
        help_text="Terms the importer used to group articles into this event.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-start_date", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start_date__isnull=True)
                | Q(end_date__isnull=True)
                | Q(start_date__lte=F("end_date")),
                name="event_dates_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("event-detail", args=[self.slug])


class Qualifier(models.TextChoices):
    EXACT = "exact", "exact"
    OVER = "over", "over"
    AT_LEAST = "at_least", "at least"
    ABOUT = "about", "about"
    UP_TO = "up_to", "up to"
    UNDER = "under", "under"
    RANGE = "range", "range"
    VAGUE = "vague", "vague"


class Status(models.TextChoices):
    UNREVIEWED = "unreviewed", "Not yet reviewed"
    IN_REVIEW = "in_review", "In review"
    VERIFIED = "verified", "Verified"
    DISPUTED = "disputed", "Disputed"
    REJECTED = "rejected", "Rejected"


class Verdict(models.TextChoices):
    # Ordered best to worst; ClaimReview ratingValue is derived from this order.
    ACCURATE = "accurate", "Accurate"
    MOSTLY_ACCURATE = "mostly_accurate", "Mostly accurate"
    MISLEADING = "misleading", "Misleading"
    INACCURATE = "inaccurate", "Inaccurate"
    UNVERIFIABLE = "unverifiable", "Unverifiable"


class Origin(models.TextChoices):
    EXTRACTED = "extracted", "Extracted by the importer"
    EDITOR = "editor", "Entered by an editor"


# Statuses a reviewer (not an editor) must set.
REVIEW_STATUSES = {Status.VERIFIED, Status.DISPUTED, Status.REJECTED}


class ClaimQuerySet(models.QuerySet):
    def public(self) -> ClaimQuerySet:
        """What the public may see: every claim but the rejected ones.

        Unreviewed claims are public, labelled "not yet reviewed" on every page.
        """
        return self.exclude(status=Status.REJECTED)

    def review_queue(self) -> ClaimQuerySet:
        return self.filter(status__in=QUEUE_STATUSES)

    def matching(self, query: SearchQuery) -> ClaimQuerySet:
        """Claims whose stored search vector matches `query` (PostgreSQL only: see
        `SearchVectorColumn`; SQLite has no such column and callers use their fallback)."""
        return self.alias(stored_search_vector=SearchVectorColumn()).filter(
            stored_search_vector=query
        )


# What the review queue lists; its index (claim_queue_idx) is partial on exactly these.
QUEUE_STATUSES = [Status.UNREVIEWED, Status.IN_REVIEW]

# claims_claim.search_vector exists on PostgreSQL only (migration 0007): a generated column,
# to_tsvector('english', coalesce(search_text, '')), STORED and GIN-indexed. It is not a model
# field, so Django never writes it and SQLite never has it. Note for later migrations:
# PostgreSQL refuses to change the type of search_text while the column depends on it.
_SEARCH_VECTOR = SearchVectorField()
_SEARCH_VECTOR.set_attributes_from_name("search_vector")


class SearchVectorColumn(Expression):
    """The claim's stored search vector column, for `@@` lookups against a SearchQuery.

    Resolves to a plain column of the query's base table, so it is relabelled correctly when
    the queryset becomes a subquery (an `__in` or a UNION).
    """

    output_field = _SEARCH_VECTOR

    def resolve_expression(
        self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False
    ):
        return Col(query.get_initial_alias(), _SEARCH_VECTOR)


FIGURE = {"max_digits": 24, "decimal_places": 4, "null": True, "blank": True}


class Claim(models.Model):
    """One figure stated by one speaker, with where it first appeared and its review."""

    source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        related_name="claims",
        help_text="The article where the claim first appeared.",
    )
    # No index of its own: claim_speaker_created_idx starts with it (see Meta.indexes).
    speaker = models.ForeignKey(
        Speaker, on_delete=models.PROTECT, related_name="claims", db_index=False
    )
    text = models.TextField(help_text="The claim in one plain line, e.g. “84 Wagner fighters killed”.")
    figure_text = models.CharField(max_length=200, help_text="The figure as written: “over 300”.")
    value = models.DecimalField(**FIGURE, help_text="The number stated; empty when vague.")
    lower = models.DecimalField(**FIGURE, help_text="Lowest value the wording allows, if bounded.")
    upper = models.DecimalField(**FIGURE, help_text="Highest value the wording allows, if bounded.")
    qualifier = models.CharField(max_length=20, choices=Qualifier.choices, default=Qualifier.EXACT)
    unit = models.CharField(
        max_length=20, blank=True, help_text="Unit of the figure: empty for a count, “%”, “USD”…"
    )
    counts = models.CharField(
        max_length=300, blank=True, help_text="What the figure counts: “Wagner fighters killed”."
    )
    measure_key = models.CharField(
        max_length=300,
        blank=True,
        editable=False,
        help_text="Normalised form of `counts` used to find comparable claims.",
    )
    stated_on = models.DateField(null=True, blank=True, help_text="When the speaker said it.")
    # No index of its own: claim_event_measure_idx starts with it (see Meta.indexes).
    event = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.PROTECT, related_name="claims",
        db_index=False,
    )

    status = models.CharField(max_length=20, choices=Status.choices, default=Status.UNREVIEWED)
    verdict = models.CharField(
        max_length=20, choices=Verdict.choices, blank=True, help_text="Blank until reviewed."
    )
    reviewer_note = models.TextField(blank=True, help_text="Shown to the public with the verdict.")
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)

    origin = models.CharField(max_length=20, choices=Origin.choices, default=Origin.EDITOR)
    extractor_version = models.CharField(max_length=40, blank=True)
    edited = models.BooleanField(
        default=False,
        help_text="Set when an editor changes the claim; imports never alter an edited claim.",
    )
    dedupe_key = models.CharField(
        max_length=400,
        blank=True,
        editable=False,
        help_text="Speaker, figure and measure: repeats of one claim share it.",
    )
    search_text = models.TextField(
        blank=True, editable=False, help_text="Quote, claim text and speaker names, for search."
    )
    # Denormalised for the review queue's order (an index cannot hold a count of other rows):
    # relations of each kind, either direction, not rejected. Written only by
    # claims.services.relations.refresh_relation_counts.
    n_confirms = models.PositiveIntegerField(
        "confirms", default=0, editable=False, help_text="Relations confirming it, not rejected."
    )
    n_contradicts = models.PositiveIntegerField(
        "contradicts",
        default=0,
        editable=False,
        help_text="Relations contradicting it, not rejected.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ClaimQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["search_text", "n_confirms", "n_contradicts"])

    class Meta:
        ordering = ["-created_at", "-id"]
        permissions = [
            ("review_claim", "Can set a claim's review status (verified/disputed/rejected) and verdict"),
        ]
        constraints = [
            # Bounds must bracket the value; the relation matcher relies on it.
            models.CheckConstraint(
                condition=Q(lower__isnull=True) | Q(value__isnull=True) | Q(lower__lte=F("value")),
                name="claim_lower_le_value",
            ),
            models.CheckConstraint(
                condition=Q(upper__isnull=True) | Q(value__isnull=True) | Q(value__lte=F("upper")),
                name="claim_value_le_upper",
            ),
            models.CheckConstraint(
                condition=Q(lower__isnull=True) | Q(upper__isnull=True) | Q(lower__lte=F("upper")),
                name="claim_lower_le_upper",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=[Status.UNREVIEWED]) | Q(verdict=""),
                name="claim_unreviewed_has_no_verdict",
            ),
        ]
        indexes = [
            # Public list: newest first, and the sort keys.
            models.Index(fields=["-created_at", "-id"], name="claim_created_idx"),
            # value_min/value_max and stated_after/stated_before ranges, and the public sort
            # keys (claims/filters.py SORTS: NULLS LAST, then id) in ascending order, which
            # NULLS LAST is by default. The descending sorts have their own PostgreSQL-only
            # indexes in migration 0006: SQLite cannot put NULLS LAST in an index.
            models.Index(fields=["stated_on", "id"], name="claim_stated_idx"),
            models.Index(fields=["value", "id"], name="claim_value_id_idx"),
            # Speaker page: a speaker's claims, newest first.
            models.Index(
                fields=["speaker", "-created_at", "-id"], name="claim_speaker_created_idx"
            ),
            # Event page (an event's claims grouped by measure, in value order) and relation
            # matching (candidate blocks are claims of one event and one measure).
            models.Index(fields=["event", "measure_key", "value"], name="claim_event_measure_idx"),
            # Atom feed: newly reviewed claims.
            models.Index(fields=["-reviewed_at", "-id"], name="claim_reviewed_idx"),
            # Public status/verdict filters and facets; the review queue.
            models.Index(fields=["status", "verdict"], name="claim_status_verdict_idx"),
            models.Index(fields=["qualifier"], name="claim_qualifier_idx"),
            # Import: find the existing claim a repeat belongs to.
            models.Index(fields=["dedupe_key"], name="claim_dedupe_idx"),
            # Admin review queue (?queue=todo): unreviewed and in-review claims, contradicted
            # most first, then confirmed most, then newest; read in index order, no sort.
            models.Index(
                fields=["-n_contradicts", "-n_confirms", "-created_at", "-id"],
                condition=Q(status__in=QUEUE_STATUSES),
                name="claim_queue_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.speaker.name}: {self.text}"[:200]

    def get_absolute_url(self) -> str:
        return reverse("claim-detail", args=[self.pk])

    @property
    def is_public(self) -> bool:
        return self.status != Status.REJECTED


# The column belongs to this table (expression identity and repr read the field's model); it
# is still not one of Claim's fields.
_SEARCH_VECTOR.model = Claim


class Part(models.TextChoices):
    HEADLINE = "headline", "Headline"
    SUMMARY = "summary", "Summary point"
    BODY = "body", "Body"
    CAPTION = "caption", "Image caption"


class Appearance(models.Model):
    """Where a claim is stated: an exact span of a source's text."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="appearances")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="appearances")
    quote = models.TextField(help_text="The sentence exactly as in the source text.")
    start = models.PositiveIntegerField(help_text="Offset of the quote in the source text.")
    end = models.PositiveIntegerField()
    figure_start = models.PositiveIntegerField(
        null=True, blank=True, help_text="Offset of the figure in the source text (highlighting)."
    )
    figure_end = models.PositiveIntegerField(null=True, blank=True)
    part = models.CharField(max_length=20, choices=Part.choices, default=Part.BODY)
    stale = models.BooleanField(
        default=False,
        help_text="The article was updated and this quote is no longer in its text; "
        "kept because an editor had worked on the claim.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["source_id", "start"]
        constraints = [
            # Offsets must describe a non-empty span; pages slice the source text with them.
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="appearance_span_ordered"),
            models.CheckConstraint(
                condition=Q(figure_start__isnull=True)
                | (
                    Q(figure_start__gte=F("start"))
                    & Q(figure_end__gt=F("figure_start"))
                    & Q(figure_end__lte=F("end"))
                ),
                name="appearance_figure_inside_quote",
            ),
            # One appearance of a claim per span; re-imports rely on it.
            models.UniqueConstraint(
                fields=["claim", "source", "start", "end"], name="appearance_unique_span"
            ),
        ]
        indexes = [
            # Source page: every appearance in an article, in text order.
            models.Index(fields=["source", "start"], name="appearance_source_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.quote[:80]} ({self.get_part_display()})"


class RelationKind(models.TextChoices):
    CONFIRMS = "confirms", "confirms"
    CONTRADICTS = "contradicts", "contradicts"


class RelationStatus(models.TextChoices):
    SUGGESTED = "suggested", "Suggested"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"


class RelationOrigin(models.TextChoices):
    AUTO = "auto", "Suggested by claimtrack"
    EDITOR = "editor", "Entered by an editor"


class ClaimRelation(models.Model):
    """Two claims about the same thing that agree (confirms) or cannot both be true."""

    from_claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="relations_from")
    to_claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="relations_to")
    kind = models.CharField(max_length=20, choices=RelationKind.choices)
    status = models.CharField(
        max_length=20, choices=RelationStatus.choices, default=RelationStatus.SUGGESTED
    )
    origin = models.CharField(
        max_length=20, choices=RelationOrigin.choices, default=RelationOrigin.EDITOR
    )
    rationale = models.CharField(
        max_length=500, blank=True, help_text="One line an editor can check, e.g. “84 vs 20 …”."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(from_claim=F("to_claim")), name="relation_not_self"
            ),
            # One relation per unordered pair: (a, b) and (b, a) are the same pair, so an
            # editor's decision on a pair can never be shadowed by a second row.
            models.UniqueConstraint(
                Least("from_claim", "to_claim"),
                Greatest("from_claim", "to_claim"),
                name="relation_unique_pair",
            ),
        ]
        indexes = [
            # Claim pages and the review queue list a claim's relations from both sides.
            models.Index(fields=["to_claim", "status"], name="relation_to_status_idx"),
            models.Index(fields=["from_claim", "status"], name="relation_from_status_idx"),
        ]

    def __str__(self) -> str:
        return f"#{self.from_claim_id} {self.kind} #{self.to_claim_id} ({self.status})"

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._counted_as = instance._counted_state()
        return instance

    def _counted_state(self) -> tuple:
        # What the claims' relation counters depend on; a save that keeps it needs no recount.
        fields = self.__dict__
        return tuple(fields.get(name) for name in ("from_claim_id", "to_claim_id", "kind", "status"))

    def other(self, claim_id: int) -> int:
        return self.to_claim_id if self.from_claim_id == claim_id else self.from_claim_id


def _recount_after_save(sender, instance: ClaimRelation, created: bool, **kwargs) -> None:
    """Keep both claims' relation counters right after a relation is saved one by one (admin
    forms, inlines, actions, the comparison page, any ORM save); bulk writers recount
    themselves (claims.services.relations)."""
    from claims.services.relations import refresh_relation_counts

    before = getattr(instance, "_counted_as", None)
    now = instance._counted_state()
    if created or before != now:
        # The claims it joined before an edit lose it; the ones it joins now gain it.
        refresh_relation_counts({*now[:2], *(before[:2] if before else ())})
    instance._counted_as = now


def _recount_after_delete(sender, instance: ClaimRelation, **kwargs) -> None:
    """A deleted relation (one by one, a queryset delete, or cascaded from a deleted claim)
    no longer counts for either claim."""
    from claims.services.relations import refresh_relation_counts

    refresh_relation_counts([instance.from_claim_id, instance.to_claim_id])


post_save.connect(_recount_after_save, sender=ClaimRelation, dispatch_uid="relation_recount_save")
post_delete.connect(
    _recount_after_delete, sender=ClaimRelation, dispatch_uid="relation_recount_delete"
)
