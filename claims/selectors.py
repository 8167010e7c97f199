"""Read queries for the public pages, feeds and sitemaps.

Everything here starts from `Claim.objects.public()`, the one definition of what the public may
see; related rows (relations, appearances, speakers, events) are kept only when the claims they
hang on are public. Each function states what it fetches with select_related so that a page costs
a fixed number of queries whatever the number of rows.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Exists, Max, OuterRef, Q, QuerySet, Subquery
from django.urls import reverse

from claims.models import (
    Appearance,
    Claim,
    ClaimRelation,
    Event,
    Qualifier,
    RelationKind,
    RelationStatus,
    Speaker,
    SpeakerKind,
    Status,
    Verdict,
)
from sources.models import Source

PAGE_SIZE = 20
# Deep pages are refused: OFFSET costs grow with the page number and nobody reads page 5001;
# the CSV export is the way to get everything.
MAX_PAGE = 5000
# Facet counts and totals may be this many seconds old (they are recounted after that).
FACET_CACHE_SECONDS = getattr(settings, "CLAIMTRACK_FACET_CACHE_SECONDS", 60)
# The event page plots at most this many claims; the rest are a click away in the list.
EVENT_CLAIM_LIMIT = 500
FEED_SIZE = 50

# The columns a list row (HTML, JSON or CSV) shows; nothing else is fetched.
CLAIM_COLUMNS = (
    "id",
    "text",
    "figure_text",
    "value",
    "lower",
    "upper",
    "qualifier",
    "unit",
    "counts",
    "stated_on",
    "status",
    "verdict",
    "created_at",
)
LIST_COLUMNS = CLAIM_COLUMNS + (
    "speaker__name",
    "speaker__slug",
    "speaker__kind",
    "source__headline",
    "source__slug",
    "source__publisher",
    "source__published_on",
    "source__url",
    "event__name",
    "event__slug",
)
# Columns of a related claim shown in relation lists and on article pages.
RELATED_DEFERRED = ("search_text", "reviewer_note")

PUBLIC_STATUSES = [s for s in Status if s != Status.REJECTED]
SHOWN_RELATIONS = [RelationStatus.ACCEPTED, RelationStatus.SUGGESTED]


def public_claims() -> QuerySet[Claim]:
    """Every claim the public may see (all but the rejected ones)."""
    return Claim.objects.public()


def public_claim_ids() -> QuerySet:
    """The primary keys of public claims, as a subquery for related rows."""
    return Claim.objects.public().values("pk")


STATUS_LABELS = dict(Status.choices)
VERDICT_LABELS = dict(Verdict.choices)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def short_date(day: datetime.date | None) -> str:
    """ "5 Aug 2024" (what the template `date:"j M Y"` filter gives, at a fraction of the cost)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}" if day else ""


class Ref:
    """A related row (speaker, source, event) as a list row carries it: plain attributes."""

    def __init__(self, **fields):
        self.__dict__.update(fields)


class ListRow:
    """A claim as a list row shows it, read with `values()`: plain attributes, no model."""

    def __init__(self, values: dict):
        for name in CLAIM_COLUMNS:
            setattr(self, name, values[name])
        self.pk = self.id
        self.stated_text = short_date(self.stated_on)
        self.status_label = STATUS_LABELS.get(self.status, self.status)
        self.verdict_label = VERDICT_LABELS.get(self.verdict, "")
        self.speaker = Ref(
            name=values["speaker__name"], slug=values["speaker__slug"], kind=values["speaker__kind"]
        )
        self.source = Ref(
            headline=values["source__headline"],
            slug=values["source__slug"],
            publisher=values["source__publisher"],
            published_on=values["source__published_on"],
            url=values["source__url"],
        )
        self.event = (
            Ref(name=values["event__name"], slug=values["event__slug"])
            if values["event__slug"] is not None
            else None
        )


def list_rows(queryset: QuerySet[Claim]) -> QuerySet:
    """The columns a list row shows, speaker, first source and event joined in (dicts)."""
    return queryset.values(*LIST_COLUMNS)


# Resolving the list row's columns and joins costs more than running the query; done once
# here, each request filters and orders a copy (this queryset itself is never evaluated).
_PUBLIC_ROWS = list_rows(public_claims())


def public_rows() -> QuerySet:
    """Every public claim as a list row (dicts): filter and order it like `public_claims()`
    (filters on the claim, its speaker or event, and lookups through subqueries)."""
    return _PUBLIC_ROWS.all()


def fetch_rows(rows: QuerySet, number: int, per_page: int = PAGE_SIZE) -> Page:
    """One page of list rows from a `public_rows()` or `list_rows()` queryset (one query)."""
    page = fetch_page(rows, number, per_page)
    page.items = [ListRow(values) for values in page.items]
    return page


def iter_rows(rows: QuerySet, chunk_size: int) -> Iterator[ListRow]:
    """Every list row of a `public_rows()` or `list_rows()` queryset, fetched `chunk_size` at
    a time (for streaming).

    Most exports are one speaker's or one event's claims, fewer than `chunk_size`: they are
    read by one plain query (`LIMIT chunk_size + 1`), which the server can run from a
    prepared statement. Only when more rows exist is the whole queryset streamed again
    through a cursor (on PostgreSQL a server-side one: DECLARE, FETCH, CLOSE in a
    transaction, several round trips too many for a 90-row export); the first read is then
    dropped, so the rows all come from one consistent read.
    """
    first = list(rows[: chunk_size + 1])
    if len(first) <= chunk_size:
        for values in first:
            yield ListRow(values)
        return
    del first
    for values in rows.iterator(chunk_size=chunk_size):
        yield ListRow(values)


def in_source(source: Source) -> Q:
    """Claims first stated in `source` or quoted in it again.

    One `id IN (... UNION ...)`: both halves use an index and the planner starts from the few
    claim ids, where `source_id = X OR EXISTS (...)` would scan every claim.
    """
    quoted = Appearance.objects.filter(source=source).order_by().values("claim_id")
    first = Claim.objects.filter(source=source).order_by().values("pk")
    return Q(pk__in=quoted.union(first))


def has_accepted_contradiction() -> Q:
    """Claims with an accepted `contradicts` relation, in either direction, to a public claim."""
    accepted = ClaimRelation.objects.filter(
        kind=RelationKind.CONTRADICTS, status=RelationStatus.ACCEPTED
    )
    return Q(
        Exists(accepted.filter(from_claim=OuterRef("pk"), to_claim__in=public_claim_ids()))
    ) | Q(Exists(accepted.filter(to_claim=OuterRef("pk"), from_claim__in=public_claim_ids())))


# --- pagination -------------------------------------------------------------------------


@dataclass
class Page:
    """One page of rows, found without counting the whole result."""

    items: list
    number: int
    per_page: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def start_index(self) -> int:
        return (self.number - 1) * self.per_page + 1 if self.items else 0

    @property
    def end_index(self) -> int:
        return (self.number - 1) * self.per_page + len(self.items)


def parse_page(raw: str | None) -> tuple[int, str | None]:
    """The page number asked for, or (1, a message saying what is wrong with it)."""
    if raw is None or raw == "":
        return 1, None
    raw = raw.strip()
    if not raw.isascii() or not raw.isdigit() or len(raw) > 6 or not 1 <= int(raw) <= MAX_PAGE:
        return 1, f"Page must be a whole number from 1 to {MAX_PAGE}."
    return int(raw), None


def fetch_page(queryset: QuerySet, number: int, per_page: int = PAGE_SIZE) -> Page:
    """Fetch one page plus one row: the extra row says whether a next page exists (one query)."""
    offset = (number - 1) * per_page
    rows = list(queryset[offset : offset + per_page + 1])
    return Page(
        items=rows[:per_page], number=number, per_page=per_page, has_next=len(rows) > per_page
    )


# --- facets ----------------------------------------------------------------------------


@dataclass
class Facets:
    """Counts beside the filters: the total and a count per status, verdict and speaker kind."""

    total: int
    status: list[tuple[str, str, int]] = field(default_factory=list)
    verdict: list[tuple[str, str, int]] = field(default_factory=list)
    kind: list[tuple[str, str, int]] = field(default_factory=list)


def _facet_aggregates() -> dict:
    aggregates = {"total": Count("pk")}
    for status in PUBLIC_STATUSES:
        aggregates[f"status__{status.value}"] = Count("pk", filter=Q(status=status))
    for verdict in Verdict:
        aggregates[f"verdict__{verdict.value}"] = Count("pk", filter=Q(verdict=verdict))
    aggregates["verdict__"] = Count("pk", filter=Q(verdict=""))
    for kind in SpeakerKind:
        aggregates[f"kind__{kind.value}"] = Count("pk", filter=Q(speaker__kind=kind))
    return aggregates


def facet_counts(queryset: QuerySet[Claim], cache_key: str) -> Facets:
    """Total and facet counts of a filtered public queryset: one aggregate query, cached briefly.

    `cache_key` must identify the filters (not the page or sort): equal filters share counts.
    """
    key = "claims:facets:" + hashlib.sha256(cache_key.encode()).hexdigest()
    counts = cache.get(key)
    if counts is None:
        counts = queryset.order_by().aggregate(**_facet_aggregates())
        cache.set(key, counts, FACET_CACHE_SECONDS)
    return Facets(
        total=counts["total"],
        status=[(s.value, s.label, counts[f"status__{s.value}"]) for s in PUBLIC_STATUSES],
        verdict=[(v.value, v.label, counts[f"verdict__{v.value}"]) for v in Verdict]
        + [("", "No verdict yet", counts["verdict__"])],
        kind=[(k.value, k.label, counts[f"kind__{k.value}"]) for k in SpeakerKind],
    )


# --- claim page ----------------------------------------------------------------------


QUALIFIER_LABELS = dict(Qualifier.choices)
SOURCE_COLUMNS = ("headline", "slug", "publisher", "published_on", "url")
# The claim page's claim: its list columns, review, speaker, first source and event.
PAGE_COLUMNS = (
    CLAIM_COLUMNS
    + ("reviewer_note", "reviewed_at", "source_id")
    + tuple(f"speaker__{name}" for name in ("name", "slug", "kind", "role"))
    + tuple(f"source__{name}" for name in SOURCE_COLUMNS)
    + tuple(f"event__{name}" for name in ("name", "slug", "status"))
)
APPEARANCE_COLUMNS = ("id", "quote", "part", "start", "end", "figure_start", "figure_end")


class PageSource(Ref):
    """An article as the claim page names it (headline, publisher, date, links)."""

    def get_absolute_url(self) -> str:
        return reverse("source-detail", args=[self.slug])


class PageSpeaker(Ref):
    def get_absolute_url(self) -> str:
        return reverse("speaker-detail", args=[self.slug])


class PageEvent(Ref):
    def get_absolute_url(self) -> str:
        return reverse("event-detail", args=[self.slug])


class PageClaim(Ref):
    """A claim as its page shows it, read with `values()`: the model's fields the page and its
    JSON and ClaimReview use, with speaker, source and event, and their labels."""

    def get_absolute_url(self) -> str:
        return reverse("claim-detail", args=[self.pk])


def _source_of(values: dict, prefix: str) -> PageSource:
    return PageSource(**{name: values[f"{prefix}{name}"] for name in SOURCE_COLUMNS})


def _claim_page_rows() -> QuerySet:
    quoted = tuple(f"appearances__{name}" for name in APPEARANCE_COLUMNS) + tuple(
        f"appearances__source__{name}" for name in ("id", *SOURCE_COLUMNS)
    )
    return (
        public_claims()
        .order_by(
            "appearances__source__published_on", "appearances__source_id", "appearances__start"
        )
        .values(*PAGE_COLUMNS, *quoted)
    )


# Built once: resolving forty related columns costs more than the query itself; each request
# only adds its `pk` filter to a copy (never evaluated itself).
_CLAIM_PAGE_ROWS = _claim_page_rows()


def claim_page(pk: int) -> tuple[PageClaim, list[Ref]] | None:
    """A public claim with its speaker, first source and event, and where it is quoted (each
    appearance with its source, first source first): one query, or None.

    One row per appearance: the claim's columns repeat beside each (a LEFT JOIN, so a claim
    quoted nowhere still comes back once).
    """
    rows = list(_CLAIM_PAGE_ROWS.filter(pk=pk))
    if not rows:
        return None
    first = rows[0]
    claim = PageClaim(**{name: first[name] for name in PAGE_COLUMNS if "__" not in name})
    claim.pk = claim.id
    claim.status_label = STATUS_LABELS.get(claim.status, claim.status)
    claim.verdict_label = VERDICT_LABELS.get(claim.verdict, "")
    claim.qualifier_label = QUALIFIER_LABELS.get(claim.qualifier, claim.qualifier)
    claim.speaker = PageSpeaker(
        **{name: first[f"speaker__{name}"] for name in ("name", "slug", "kind", "role")}
    )
    claim.source = _source_of(first, "source__")
    claim.event = (
        PageEvent(**{name: first[f"event__{name}"] for name in ("name", "slug", "status")})
        if first["event__slug"] is not None
        else None
    )
    appearances = []
    for values in rows:
        if values["appearances__id"] is None:
            continue
        appearance = Ref(**{name: values[f"appearances__{name}"] for name in APPEARANCE_COLUMNS})
        appearance.source_id = values["appearances__source__id"]
        appearance.source = _source_of(values, "appearances__source__")
        appearances.append(appearance)
    appearances.sort(key=lambda a: a.source_id != claim.source_id)  # stable: first source leads
    return claim, appearances


@dataclass
class RelatedClaim:
    """Another claim as shown beside this one: the other claim and the relation's fields."""

    claim: Ref
    kind: str
    status: str
    rationale: str
    created_at: datetime.datetime

    @property
    def unreviewed(self) -> bool:
        return self.status == RelationStatus.SUGGESTED


@dataclass
class Relations:
    """A claim's public relations, split by kind and by whether the desk accepted them."""

    confirms: list[RelatedClaim] = field(default_factory=list)
    contradicts: list[RelatedClaim] = field(default_factory=list)
    suggested_confirms: list[RelatedClaim] = field(default_factory=list)
    suggested_contradicts: list[RelatedClaim] = field(default_factory=list)

    def all(self) -> list[RelatedClaim]:
        return (
            self.confirms + self.contradicts + self.suggested_confirms + self.suggested_contradicts
        )


RELATED_COLUMNS = CLAIM_COLUMNS + ("speaker__name", "speaker__slug", "speaker__kind")


def brief_row(values: dict) -> Ref:
    """A claim with its speaker as read with `values(*RELATED_COLUMNS, ...)`: the fields
    `claim_brief` and the relation and event templates use, as plain attributes."""
    row = Ref(**{name: values[name] for name in CLAIM_COLUMNS})
    row.pk = values["id"]
    row.status_label = STATUS_LABELS.get(row.status, row.status)
    row.verdict_label = VERDICT_LABELS.get(row.verdict, "")
    row.speaker = Ref(
        name=values["speaker__name"], slug=values["speaker__slug"], kind=values["speaker__kind"]
    )
    return row


RELATION_COLUMNS = ("kind", "status", "rationale", "created_at")


def _relation_rows() -> QuerySet:
    # Relations shown on a claim page, with both claims and their speakers; the far end is
    # picked in Python. Both ends public: the page's own claim is, so no relation to a
    # rejected claim shows.
    ends = tuple(f"{side}_claim__{name}" for side in ("from", "to") for name in RELATED_COLUMNS)
    return (
        ClaimRelation.objects.filter(status__in=SHOWN_RELATIONS)
        .exclude(from_claim__status=Status.REJECTED)
        .exclude(to_claim__status=Status.REJECTED)
        .order_by()
        .values(*RELATION_COLUMNS, "from_claim_id", *ends)
    )


# Built once, like _CLAIM_PAGE_ROWS; the claim filter is on the relation's own columns.
_RELATION_ROWS = _relation_rows()


def claim_relations(claim: Claim | Ref) -> Relations:
    """Accepted and suggested relations of a public claim to other public claims (one query).

    The other ends must be public (not rejected), so a relation to a rejected claim never
    shows. Suggested relations are returned apart so that pages show them labelled as
    unreviewed suggestions; rejected relations never are.
    """
    items = []
    for values in _RELATION_ROWS.filter(Q(from_claim_id=claim.pk) | Q(to_claim_id=claim.pk)):
        side = "to_claim__" if values["from_claim_id"] == claim.pk else "from_claim__"
        items.append(
            RelatedClaim(
                claim=brief_row({name: values[side + name] for name in RELATED_COLUMNS}),
                kind=values["kind"],
                status=values["status"],
                rationale=values["rationale"],
                created_at=values["created_at"],
            )
        )
    items.sort(key=lambda item: (item.created_at, item.claim.pk), reverse=True)
    result = Relations()
    for item in items:
        accepted = item.status == RelationStatus.ACCEPTED
        if item.kind == RelationKind.CONFIRMS:
            (result.confirms if accepted else result.suggested_confirms).append(item)
        else:
            (result.contradicts if accepted else result.suggested_contradicts).append(item)
    return result


# --- speaker, source and event pages ---------------------------------------------------


def public_speakers() -> QuerySet[Speaker]:
    """Speakers with at least one public claim; the others have no public page."""
    return Speaker.objects.filter(Exists(public_claims().filter(speaker=OuterRef("pk"))))


def speaker_for_page(slug: str) -> Speaker | None:
    """A speaker with a public claim, with the organisation it speaks for (one query).

    A found speaker is remembered for FACET_CACHE_SECONDS, like the list's speaker filter
    (`filters.SlugChoiceField`): a rename, or the last public claim rejected, shows within
    that time. Unknown addresses are never cached."""
    key = f"claims:speaker-page:{slug}"
    speaker = cache.get(key)
    if speaker is None:
        speaker = public_speakers().select_related("parent").filter(slug=slug).first()
        if speaker is not None:
            cache.set(key, speaker, FACET_CACHE_SECONDS)
    return speaker


def speaker_aliases(speaker: Speaker) -> list[str]:
    """The other names the speaker goes by (one query; remembered like `speaker_for_page`)."""
    key = f"claims:speaker-aliases:{speaker.pk}"
    aliases = cache.get(key)
    if aliases is None:
        aliases = [
            alias
            for alias in speaker.aliases.order_by("alias").values_list("alias", flat=True)
            if alias != speaker.name
        ]
        cache.set(key, aliases, FACET_CACHE_SECONDS)
    return aliases


@dataclass
class Scorecard:
    """A speaker's public claims counted by status and by verdict."""

    total: int
    by_status: list[tuple[str, str, int]]
    by_verdict: list[tuple[str, str, int]]


def speaker_scorecard(speaker: Speaker) -> Scorecard:
    """Counts of the speaker's public claims by status and verdict: one grouped query, cached
    as briefly as the list's facet counts (a busy speaker has thousands of claims)."""
    key = f"claims:scorecard:{speaker.pk}"
    rows = cache.get(key)
    if rows is None:
        rows = list(
            public_claims()
            .filter(speaker=speaker)
            .order_by()
            .values_list("status", "verdict")
            .annotate(n=Count("pk"))
        )
        cache.set(key, rows, FACET_CACHE_SECONDS)
    by_status: dict[str, int] = {}
    by_verdict: dict[str, int] = {}
    total = 0
    for status, verdict, n in rows:
        total += n
        by_status[status] = by_status.get(status, 0) + n
        by_verdict[verdict] = by_verdict.get(verdict, 0) + n
    return Scorecard(
        total=total,
        by_status=[(s.value, s.label, by_status.get(s.value, 0)) for s in PUBLIC_STATUSES],
        by_verdict=[(v.value, v.label, by_verdict.get(v.value, 0)) for v in Verdict]
        + [("", "No verdict yet", by_verdict.get("", 0))],
    )


def speaker_rows(speaker: Speaker) -> QuerySet:
    """The speaker's public claims as list rows, newest first."""
    return public_rows().filter(speaker=speaker).order_by("-created_at", "-id")


def source_for_page(slug: str) -> Source | None:
    """An article, text included (one query). Articles are public; rejected claims in them
    are not."""
    return Source.objects.filter(slug=slug).first()


def source_appearances(source: Source) -> list[Appearance]:
    """Public claims quoted in the article, in text order, with their speakers (one query)."""
    return list(
        Appearance.objects.filter(source=source, claim__in=public_claim_ids())
        .select_related("claim__speaker")
        .defer(*(f"claim__{name}" for name in RELATED_DEFERRED))
        .order_by("start", "end", "claim_id")
    )


def public_events() -> QuerySet[Event]:
    """Events with at least one public claim; the others have no public page."""
    return Event.objects.filter(Exists(public_claims().filter(event=OuterRef("pk"))))


def event_for_page(slug: str) -> Event | None:
    """An event with a public claim (one query), or None.

    The event carries `claims_stamp`: the number of its public claims and the latest time one
    of them changed, which with the event's own `updated_at` says whether a rendering of its
    claims made earlier still holds (`event_cache_key`).
    """
    claims = public_claims().filter(event=OuterRef("pk")).order_by().values("event")
    return (
        public_events()
        .annotate(
            claims_changed=Subquery(claims.annotate(last=Max("updated_at")).values("last")),
            claims_count=Subquery(claims.annotate(n=Count("pk")).values("n")),
        )
        .filter(slug=slug)
        .first()
    )


def event_cache_key(event: Event, part: str) -> str:
    """A cache key for something built from the event's public claims (from `event_for_page`):
    it changes whenever a claim is added, removed, rejected or edited, or the event is."""
    changed = event.claims_changed.isoformat() if event.claims_changed else ""
    stamp = f"{event.updated_at.isoformat()}|{changed}|{event.claims_count}"
    return f"claims:event:{part}:{event.pk}:" + hashlib.sha256(stamp.encode()).hexdigest()[:16]


def event_claims(event: Event, limit: int = EVENT_CLAIM_LIMIT) -> tuple[list[Ref], bool]:
    """Up to `limit` public claims about the event with their speakers (`brief_row`s with
    their `measure_key`), and whether there are more (one query)."""
    rows = list(
        public_claims()
        .filter(event=event)
        .order_by("measure_key", "unit", "value", "stated_on", "id")
        .values(*RELATED_COLUMNS, "measure_key")[: limit + 1]
    )
    claims = []
    for values in rows[:limit]:
        claim = brief_row(values)
        claim.measure_key = values["measure_key"]
        claims.append(claim)
    return claims, len(rows) > limit


def event_rows_for_export(event: Event) -> QuerySet:
    """Every public claim about the event as list rows, in the order of the event page (CSV
    export)."""
    return public_rows().filter(event=event).order_by("measure_key", "value", "id")


# --- feeds and sitemaps ----------------------------------------------------------------


def newly_reviewed_claims(limit: int = FEED_SIZE) -> QuerySet[Claim]:
    """Public claims the desk has verified or disputed, most recently reviewed first."""
    return (
        public_claims()
        .filter(reviewed_at__isnull=False, status__in=[Status.VERIFIED, Status.DISPUTED])
        .select_related("speaker")
        .defer(*RELATED_DEFERRED[:1])
        .order_by("-reviewed_at", "-id")[:limit]
    )
