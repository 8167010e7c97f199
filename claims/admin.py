"""The editorial review desk: claims, speakers, relations, events and sources in the admin.

Review rules (who may set verified/disputed/rejected and verdicts) live in
claims.services.review and are applied on every route: the change form (form error), the
changelist actions (hidden and refused), and the comparison page (403).

The review queue is the `queue` filter of the claim changelist: `?queue=todo` shows claims
not yet reviewed or in review, the ones with contradictions first. A reviewer opening the
bare changelist is sent there; /admin/claims/claim/review-queue/ goes there for anyone.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from functools import cached_property

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import quote
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import connections, transaction
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    Func,
    IntegerField,
    Max,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Concat, Left
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import smart_split, unescape_string_literal
from simple_history.admin import SimpleHistoryAdmin

from claims.forms import (
    AppearanceForm,
    ClaimAdminForm,
    MergeSpeakersForm,
    PlainArticleForm,
    RelationForm,
    SetEventForm,
)
from claims.matching import measure_key
from claims.models import (
    REVIEW_STATUSES,
    Appearance,
    Claim,
    ClaimQuerySet,
    ClaimRelation,
    Event,
    EventStatus,
    RelationStatus,
    Speaker,
    SpeakerAlias,
    Status,
    Verdict,
)
from claims.services.review import ReviewRefused, can_review, set_review
from claims.services.speakers import merge_speakers
from claims.text import normalise_name
from sources.admin import SourceAdmin
from sources.models import Source

ADMIN_CSS = {"all": ["claims/admin.css"]}
# Article bodies: never needed where a claim only names its source.
HEAVY_SOURCE_FIELDS = ["text", "body", "summary", "captions"]
# simple_history's own list template carries an inline style, which the CSP blocks.
HISTORY_LIST_TEMPLATE = "admin/claims/object_history_list.html"


class DeskAdmin(SimpleHistoryAdmin):
    """Shared by the desk's admins: history pages that pass the CSP, and the desk's CSS."""

    object_history_list_template = HISTORY_LIST_TEMPLATE

    class Media:
        css = ADMIN_CSS


# --- Query helpers --------------------------------------------------------------------------

# A word for to_tsquery(): letters and digits only, so nothing typed can be tsquery syntax.
_WORD = re.compile(r"[^\W_]+")
# More year/month/day buckets than this between the first and last date: list only those
# that hold rows (DISTINCT over every row) instead of every bucket in between.
DATE_BUCKETS_MAX = 40


def search_terms(search_term: str) -> list[str]:
    """Split an admin search box the way Django does (quoted phrases stay together)."""
    terms = []
    for bit in smart_split(search_term):
        if bit.startswith(('"', "'")) and bit[0] == bit[-1]:
            bit = unescape_string_literal(bit)
        if bit:
            terms.append(bit)
    return terms


def prefix_tsquery(terms: list[str]) -> str | None:
    """A to_tsquery() string for admin search terms: every word matches as a prefix, the words
    of one term (a quoted phrase) must follow each other, all terms must match. None when no
    term holds a letter or digit."""
    parts = []
    for term in terms:
        words = _WORD.findall(term)
        if words:
            parts.append("(" + " <-> ".join(f"{word}:*" for word in words) + ")")
    return " & ".join(parts) or None


def append_search_words(claims: QuerySet, words: str) -> int:
    """Add `words` (a new speaker name or alias) to the search text of claims lacking them,
    in one UPDATE; public and admin search find the claims by them from now on."""
    words = words.strip()
    if not words:
        return 0
    return claims.exclude(search_text__contains=words).update(
        search_text=Left(Concat("search_text", Value(" " + words)), 5000)
    )


def format_number(number: Decimal | None) -> str:
    """A stored figure without trailing zeros or exponent: 300.0000 -> "300"."""
    if number is None:
        return ""
    return format(number.normalize(), "f")


def bounds_text(claim: Claim) -> str:
    """“300–…”-style bounds of a claim (… where open), or "" when unbounded both ways."""
    if claim.lower is None and claim.upper is None:
        return ""
    lower = format_number(claim.lower) if claim.lower is not None else "…"
    upper = format_number(claim.upper) if claim.upper is not None else "…"
    return f"{lower}–{upper}"


def paragraph_with_figure(text: str, appearance: Appearance):
    """The paragraph of `text` holding the appearance, quote marked and figure highlighted.

    Every piece of article text goes through format_html, so markup in an article is shown
    as text, never rendered.
    """
    start, end = appearance.start, appearance.end
    if not (0 <= start < end <= len(text)):
        return format_html('<span class="claim-quote">{}</span>', appearance.quote)
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    if para_end == -1:
        para_end = len(text)
    before, after = text[para_start:start], text[end:para_end]
    fig_start, fig_end = appearance.figure_start, appearance.figure_end
    if fig_start is not None and fig_end is not None and start <= fig_start < fig_end <= end:
        return format_html(
            '{}<span class="claim-quote">{}<mark class="claim-figure">{}</mark>{}</span>{}',
            before,
            text[start:fig_start],
            text[fig_start:fig_end],
            text[fig_end:end],
            after,
        )
    return format_html(
        '{}<span class="claim-quote">{}</span>{}', before, text[start:end], after
    )


def posted_id(request, name: str) -> int:
    """A row id from the POST body; anything but digits is a 404, not a crash."""
    value = request.POST.get(name, "")
    if not value.isdigit():
        raise Http404(f"No {name} {value!r}.")
    return int(value)


def claim_search_text(claim: Claim) -> str:
    """What public search matches a claim on: its text, quotes, speaker name and aliases."""
    quotes = (
        list(claim.appearances.values_list("quote", flat=True)) if claim.pk is not None else []
    )
    aliases = list(claim.speaker.aliases.values_list("alias", flat=True))
    parts = [claim.text, *dict.fromkeys(quotes), claim.speaker.name, *aliases]
    return " ".join(part for part in parts if part)[:5000]


def admin_change_url(obj) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[quote(obj.pk)])


def mark_claims_edited(claim_ids, user, reason: str) -> None:
    """Mark claims edited (imports leave them alone), saving each so history records it."""
    for claim in Claim.objects.filter(pk__in=set(claim_ids), edited=False):
        claim.edited = True
        claim._history_user = user
        claim._change_reason = reason
        claim.save(update_fields=["edited", "updated_at"])


class AtLeast(int):
    """A count known only to exceed a cap: compares as the cap plus one, shows as "10,000+"."""

    def __str__(self) -> str:
        return f"{int(self) - 1:,}+"

    def __html__(self) -> str:
        return str(self)


class EstimatedCountPaginator(Paginator):
    """Counts at most CAP rows; beyond that, an unfiltered PostgreSQL table is estimated.

    Small results cost one bounded COUNT. A huge unfiltered table on PostgreSQL uses the
    planner's row estimate (pg_class.reltuples) instead of scanning every row; any other
    result over the cap (filtered, searched, or on SQLite) shows as "10,000+" and pages up to
    the cap, without a second, full COUNT.
    """

    CAP = 10_000

    @cached_property
    def count(self) -> int:
        rows = self.object_list
        if not isinstance(rows, QuerySet):
            return super().count
        capped = rows.order_by().values("pk")[: self.CAP + 1].count()
        if capped <= self.CAP:
            return capped
        connection = connections[rows.db]
        if connection.vendor == "postgresql" and not rows.query.where:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass",
                    [rows.model._meta.db_table],
                )
                row = cursor.fetchone()
            if row and row[0] > self.CAP:
                return int(row[0])
        return AtLeast(self.CAP + 1)


# --- Changelist filters -------------------------------------------------------------------


class ReviewQueueFilter(admin.SimpleListFilter):
    title = "review queue"
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        return [("all", "All claims"), ("todo", "To review (contradictions first)")]

    def choices(self, changelist):
        # "All" is an explicit value: without the parameter a reviewer is sent to the queue.
        current = self.value() or "all"
        for value, title in self.lookup_choices:
            yield {
                "selected": current == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": title,
            }

    def queryset(self, request, queryset):
        if self.value() == "todo":
            return queryset.review_queue()
        return queryset


class YesNoFilter(admin.SimpleListFilter):
    """A yes/no filter on whether `condition()` (an Exists) holds."""

    def lookups(self, request, model_admin):
        return [("yes", "Yes"), ("no", "No")]

    def condition(self) -> Exists:
        raise NotImplementedError

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(self.condition())
        if self.value() == "no":
            return queryset.filter(~self.condition())
        return queryset


class HasContradictionsFilter(YesNoFilter):
    title = "has contradictions"
    parameter_name = "contradicted"

    def condition(self) -> Q:
        # The counter holds the claim's contradictions that are not rejected.
        return Q(n_contradicts__gt=0)


class SuggestedRelationsFilter(YesNoFilter):
    title = "suggested relations waiting"
    parameter_name = "suggestions"

    def condition(self) -> Exists:
        return Exists(
            ClaimRelation.objects.filter(status=RelationStatus.SUGGESTED).filter(
                Q(from_claim=OuterRef("pk")) | Q(to_claim=OuterRef("pk"))
            )
        )


class RecentRelatedFilter(admin.SimpleListFilter):
    """Filter by a related row without listing a whole big table in the sidebar.

    Offers the selected row plus the most recent few; links elsewhere in the admin (a
    source's or event's page) pass any id in the URL.
    """

    model = None
    ordering: list[str] = []
    # Only what str() needs: a source row carries the whole article text.
    columns: list[str] = []
    shown = 15

    def lookups(self, request, model_admin):
        rows = self.model.objects.only("pk", *self.columns)
        selected = self.value()
        if selected and selected.isdigit():
            # Still one query: the selected row sorts first, then the most recent ones.
            chosen = Case(When(pk=int(selected), then=Value(1)), default=Value(0))
            rows = rows.annotate(chosen=chosen).order_by("-chosen", *self.ordering)
        else:
            rows = rows.order_by(*self.ordering)
        rows = list(rows[: self.shown])
        return [(str(r.pk), str(r)[:80]) for r in rows]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(**{f"{self.parameter_name}_id": int(value)})
        return queryset


class EventFilter(RecentRelatedFilter):
    title = "event"
    parameter_name = "event"
    model = Event
    ordering = ["-start_date", "-id"]
    columns = ["name"]


class SourceFilter(RecentRelatedFilter):
    title = "source"
    parameter_name = "source"
    model = Source
    ordering = ["-published_on", "-id"]
    columns = ["headline", "publisher", "published_on"]


# --- Inlines ----------------------------------------------------------------------------


class RelationInline(admin.TabularInline):
    """Relations of the claim on one side; the status column accepts or rejects them."""

    model = ClaimRelation
    form = RelationForm
    extra = 0
    other_side = ""
    fields = ["other_claim", "kind", "status", "origin", "rationale", "created_by"]
    readonly_fields = ["other_claim", "origin", "created_by"]
    can_delete = False

    def get_fields(self, request, obj=None):
        return [self.other_side, *self.fields]

    def get_autocomplete_fields(self, request):
        return [self.other_side]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related(f"{self.other_side}__speaker", f"{self.other_side}__source", "created_by")
        )

    @admin.display(description="other claim")
    def other_claim(self, relation: ClaimRelation):
        other = getattr(relation, self.other_side, None)
        if other is None or other.pk is None:
            return "—"
        return format_html(
            '<a href="{}">{}</a> <span class="claim-meta">{} · {} · {}</span>',
            admin_change_url(other),
            other.text,
            other.figure_text,
            other.stated_on or "undated",
            other.get_status_display(),
        )


class RelationsFromInline(RelationInline):
    fk_name = "from_claim"
    other_side = "to_claim"
    verbose_name = "relation from this claim"
    verbose_name_plural = "relations from this claim (this claim … the other)"


class RelationsToInline(RelationInline):
    fk_name = "to_claim"
    other_side = "from_claim"
    verbose_name = "relation to this claim"
    verbose_name_plural = "relations to this claim (the other … this claim)"


class ReadOnlyClaimInline(admin.TabularInline):
    """Claims listed on a parent page, read-only, each linked to its change form."""

    model = Claim
    extra = 0
    can_delete = False
    # claim_link already links each row; no second "change" / "view on site" link.
    show_change_link = False
    view_on_site = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="claim")
    def claim_link(self, claim: Claim):
        return format_html('<a href="{}">{}</a>', admin_change_url(claim), claim.text)

    @admin.display(description="speaker")
    def speaker_name(self, claim: Claim):
        return claim.speaker.name

    @admin.display(description="bounds")
    def bounds(self, claim: Claim):
        return bounds_text(claim) or "—"

    @admin.display(description="value")
    def value_text(self, claim: Claim):
        return format_number(claim.value) or "—"


class SourceClaimsInline(ReadOnlyClaimInline):
    fk_name = "source"
    verbose_name_plural = "claims first read in this article"
    fields = ["claim_link", "speaker_name", "quote", "figure_text", "status"]
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker").prefetch_related("appearances")

    @admin.display(description="quote")
    def quote(self, claim: Claim):
        appearances = [a for a in claim.appearances.all() if a.source_id == claim.source_id]
        return appearances[0].quote if appearances else "—"


class EventClaimsInline(ReadOnlyClaimInline):
    fk_name = "event"
    verbose_name_plural = "claims about this event"
    fields = [
        "claim_link",
        "speaker_name",
        "figure_text",
        "value_text",
        "bounds",
        "counts",
        "stated_on",
        "status",
    ]
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker").order_by("stated_on", "pk")


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 1
    fields = ["alias", "normalised"]
    readonly_fields = ["normalised"]


# --- Claims ---------------------------------------------------------------------------------


def _buckets(first: datetime.date, last: datetime.date, kind: str) -> list[datetime.date]:
    """Every year, month or day from `first` to `last`, as date_hierarchy lists them."""
    if kind == "year":
        return [datetime.date(year, 1, 1) for year in range(first.year, last.year + 1)]
    if kind == "month":
        months = range(first.year * 12 + first.month - 1, last.year * 12 + last.month)
        return [datetime.date(m // 12, m % 12 + 1, 1) for m in months]
    return [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]


def _span_field(args: tuple, kwargs: dict) -> str | None:
    """The field of an aggregate(first=Min(field), last=Max(field)) call, else None."""
    first, last = kwargs.get("first"), kwargs.get("last")
    if args or len(kwargs) != 2 or not isinstance(first, Min) or not isinstance(last, Max):
        return None
    names = {
        getattr(aggregate.get_source_expressions()[0], "name", None) for aggregate in (first, last)
    }
    return names.pop() if len(names) == 1 else None


class DeskClaimQuerySet(ClaimQuerySet):
    """The claim changelist's queryset: date_hierarchy links from two index probes.

    Django's date_hierarchy lists years (months, days) with a DISTINCT over every row of the
    filtered changelist, which reads all 80,000 claims of the review queue. Here the list runs
    from the earliest to the latest date (MIN and MAX, read from the stated_on index), so a
    year without claims between two with claims is listed too (and shows an empty page); when
    that range spans more than DATE_BUCKETS_MAX buckets the exact DISTINCT is used instead.
    The tag's own MIN/MAX query (first=Min(field), last=Max(field), on this same queryset
    object) is remembered and reused, so the hierarchy costs one query.
    """

    def aggregate(self, *args, **kwargs):
        result = super().aggregate(*args, **kwargs)
        field_name = _span_field(args, kwargs)
        if field_name:
            self.__dict__.setdefault("_spans", {})[field_name] = result
        return result

    def dates(self, field_name, kind, order="ASC"):
        if kind not in ("year", "month", "day"):
            return super().dates(field_name, kind, order)
        span = self.__dict__.get("_spans", {}).get(field_name)
        if span is None:
            span = self.aggregate(first=Min(field_name), last=Max(field_name))
        first, last = span["first"], span["last"]
        if first is None or last is None:
            return []
        buckets = _buckets(first, last, kind)
        if len(buckets) > DATE_BUCKETS_MAX:
            return super().dates(field_name, kind, order)
        return buckets[::-1] if order == "DESC" else buckets


@admin.register(Claim)
class ClaimAdmin(DeskAdmin):
    form = ClaimAdminForm
    list_display = [
        "claim_text",
        "speaker_name",
        "figure",
        "counts",
        "source_link",
        "stated_on",
        "status",
        "verdict",
        "n_confirms",
        "n_contradicts",
    ]
    list_display_links = ["claim_text"]
    list_filter = [
        ReviewQueueFilter,
        "status",
        "verdict",
        "qualifier",
        "speaker__kind",
        EventFilter,
        SourceFilter,
        HasContradictionsFilter,
        SuggestedRelationsFilter,
    ]
    # Declared for the search box and autocomplete; get_search_results does the work.
    search_fields = [
        "text",
        "appearances__quote",
        "speaker__name",
        "speaker__aliases__alias",
        "source__headline",
    ]
    search_help_text = "Searches the quote, the claim, the speaker's name and aliases, the headline."
    date_hierarchy = "stated_on"
    list_select_related = ["speaker", "source"]
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    list_per_page = 50
    autocomplete_fields = ["speaker", "event", "source"]
    readonly_fields = [
        "quote_in_context",
        "source_link",
        "compare_link",
        "reviewed_by",
        "reviewed_at",
        "origin",
        "extractor_version",
        "edited",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "quote_in_context",
                    "source_link",
                    "text",
                    "speaker",
                    "event",
                    "source",
                    "stated_on",
                ]
            },
        ),
        (
            "Figure",
            {"fields": [("figure_text", "qualifier"), ("value", "lower", "upper"), "unit", "counts"]},
        ),
        (
            "Review",
            {
                "fields": [
                    "status",
                    "verdict",
                    "reviewer_note",
                    ("reviewed_by", "reviewed_at"),
                    "compare_link",
                ]
            },
        ),
        (
            "Record",
            {
                "classes": ["collapse"],
                "fields": ["origin", "extractor_version", "edited", "created_at", "updated_at"],
            },
        ),
    ]
    inlines = [RelationsFromInline, RelationsToInline]
    actions = ["mark_in_review", "mark_verified", "mark_disputed", "mark_rejected", "set_event"]

    # -- permissions and queries

    def has_review_permission(self, request) -> bool:
        return can_review(request.user)

    def get_queryset(self, request):
        # Joined here rather than only by list_select_related (which the changelist skips once
        # a queryset has any select_related): str(claim) names the speaker everywhere. The
        # article bodies and the search text are left out: rows never show them.
        queryset = (
            DeskClaimQuerySet(Claim, using=Claim._default_manager.db)
            .select_related("speaker", "source")
            .defer("search_text", *(f"source__{name}" for name in HEAVY_SOURCE_FIELDS))
        )
        ordering = self.get_ordering(request)
        return queryset.order_by(*ordering) if ordering else queryset

    def get_search_results(self, request, queryset, search_term):
        """Search quote, claim text, speaker name and aliases, source headline.

        On PostgreSQL, through indexes only: the claim's search vector (claim text, quotes,
        speaker name and aliases), the headline's, each word a prefix ("Tinza" finds
        Tinzaouatene); and a speaker alias equal to the whole search, normalised. Elsewhere,
        every term as a substring, quotes and aliases through EXISTS subqueries. Either way a
        claim is listed once, without DISTINCT.
        """
        if not search_term.strip():
            return queryset, False
        if connections[queryset.db].vendor == "postgresql":
            return self._indexed_search(queryset, search_terms(search_term)), False
        for term in search_terms(search_term):
            queryset = queryset.filter(
                Q(text__icontains=term)
                | Q(speaker__name__icontains=term)
                | Q(source__headline__icontains=term)
                | Exists(Appearance.objects.filter(claim=OuterRef("pk"), quote__icontains=term))
                | Exists(
                    SpeakerAlias.objects.filter(speaker=OuterRef("speaker"), alias__icontains=term)
                )
            )
        return queryset, False

    def _indexed_search(self, queryset: QuerySet, terms: list[str]) -> QuerySet:
        # One `id IN (... UNION ALL ...)`: every branch starts from an index and the planner
        # joins the few ids found, where an OR across tables would scan every claim.
        alias = normalise_name(" ".join(terms))
        branches = []
        if alias:
            speakers = SpeakerAlias.objects.filter(normalised=alias).values("speaker_id")
            branches.append(Claim.objects.filter(speaker__in=speakers).order_by().values("pk"))
        tsquery = prefix_tsquery(terms)
        if tsquery:
            query = SearchQuery(tsquery, config="english", search_type="raw")
            # Same expression as the source_headline_gin index (migration 0007).
            headlines = Source.objects.alias(
                words=SearchVector("headline", config="english")
            ).filter(words=query)
            branches.append(Claim.objects.order_by().matching(query).values("pk"))
            branches.append(
                Claim.objects.filter(source__in=headlines.values("pk")).order_by().values("pk")
            )
        if not branches:
            return queryset.none()
        return queryset.filter(pk__in=branches[0].union(*branches[1:], all=True))

    def get_ordering(self, request):
        if request.GET.get(ReviewQueueFilter.parameter_name) == "todo":
            return ["-n_contradicts", "-n_confirms", "-created_at", "-id"]
        return super().get_ordering(request)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.current_user = request.user
        return form

    # -- views

    def changelist_view(self, request, extra_context=None):
        # The reviewer's desk opens on the review queue; any explicit filter wins.
        if request.method == "GET" and not request.GET and can_review(request.user):
            return HttpResponseRedirect(f"{request.path}?{ReviewQueueFilter.parameter_name}=todo")
        return super().changelist_view(request, extra_context)

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "review-queue/",
                self.admin_site.admin_view(self.review_queue_view),
                name=f"{info[0]}_{info[1]}_review_queue",
            ),
            path(
                "<int:object_id>/compare/",
                self.admin_site.admin_view(self.compare_view),
                name=f"{info[0]}_{info[1]}_compare",
            ),
            *super().get_urls(),
        ]

    def review_queue_view(self, request):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        url = reverse("admin:claims_claim_changelist")
        return HttpResponseRedirect(f"{url}?{ReviewQueueFilter.parameter_name}=todo")

    def compare_view(self, request, object_id):
        """The claim beside every claim related to it or sharing its event, in one table.

        Reviewers can set status and verdict per row and accept or reject suggested
        relations; the same rules as the change form apply (an editor's verdict is a 403).
        """
        claim = get_object_or_404(
            Claim.objects.select_related("speaker", "source", "event"), pk=object_id
        )
        if not self.has_view_permission(request, claim):
            raise PermissionDenied
        if request.method == "POST":
            if not self.has_change_permission(request, claim):
                raise PermissionDenied
            self._compare_post(request, claim)
            return HttpResponseRedirect(request.path)

        relations = {
            relation.other(claim.pk): relation
            for relation in ClaimRelation.objects.filter(Q(from_claim=claim) | Q(to_claim=claim))
        }
        others = Q(pk__in=list(relations))
        if claim.event_id:
            others |= Q(event_id=claim.event_id)
        related = (
            Claim.objects.filter(others)
            .exclude(pk=claim.pk)
            .select_related("speaker", "source", "event")
            .defer(*(f"source__{name}" for name in HEAVY_SOURCE_FIELDS))
            .order_by("stated_on", "pk")
        )
        rows = [claim, *related]
        reviewer = can_review(request.user)
        editable = self.has_change_permission(request)
        table = [
            {
                "claim": row,
                "is_subject": row.pk == claim.pk,
                "figure": format_number(row.value),
                "bounds": bounds_text(row),
                "relation": relations.get(row.pk),
                "same_event": bool(claim.event_id) and row.event_id == claim.event_id,
                "change_url": admin_change_url(row),
                "compare_url": reverse("admin:claims_claim_compare", args=[row.pk]),
                "source_url": admin_change_url(row.source),
            }
            for row in rows
        ]
        if reviewer:
            statuses = Status.choices
        else:
            statuses = [(s, label) for s, label in Status.choices if s not in REVIEW_STATUSES]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Compare: {claim.text}",
            "subtitle": None,
            "original": claim,
            "claim": claim,
            "table": table,
            "can_review": reviewer,
            "can_edit": editable,
            "status_choices": statuses,
            "verdict_choices": [("", "— no verdict —"), *Verdict.choices],
            "media": self.media,
        }
        return TemplateResponse(request, "admin/claims/claim/compare.html", context)

    def _compare_post(self, request, claim: Claim) -> None:
        do = request.POST.get("do")
        if do == "review":
            target = get_object_or_404(Claim, pk=posted_id(request, "claim"))
            verdict = request.POST.get("verdict")
            if verdict is not None and verdict not in Verdict.values and verdict != "":
                messages.error(request, f"Unknown verdict “{verdict}”.")
                return
            try:
                set_review(
                    target,
                    user=request.user,
                    status=request.POST.get("status") or None,
                    verdict=verdict,
                    reason="Comparison page",
                )
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
                return
            messages.success(request, f"Saved the review of “{target.text}”.")
        elif do == "relation":
            relation = get_object_or_404(
                ClaimRelation.objects.filter(Q(from_claim=claim) | Q(to_claim=claim)),
                pk=posted_id(request, "relation"),
            )
            status = request.POST.get("relation_status")
            if status not in (RelationStatus.ACCEPTED, RelationStatus.REJECTED):
                messages.error(request, "Choose accept or reject.")
                return
            decide_relations([relation], status, request.user, "Comparison page")
            messages.success(request, f"Relation {status}.")
        else:
            messages.error(request, "Nothing to do.")

    # -- saving

    def save_model(self, request, obj, form, change):
        status, verdict, note = obj.status, obj.verdict, obj.reviewer_note
        obj.status, obj.verdict, obj.reviewer_note = form.review_before
        # The form has already refused what this user may not do; this stamps reviewed_by/at.
        set_review(obj, user=request.user, status=status, verdict=verdict, note=note, save=False)
        obj.edited = True
        # Keep what the importer derives in step with the editor's wording: relation matching
        # compares measure keys, and public search reads search_text.
        if "counts" in form.changed_data or not obj.measure_key:
            obj.measure_key = measure_key(obj.counts)
        if {"text", "speaker"} & set(form.changed_data) or not obj.search_text:
            obj.search_text = claim_search_text(obj)
        obj._history_user = request.user
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        relations = formset.save(commit=False)
        for relation in relations:
            if isinstance(relation, ClaimRelation) and relation.pk is None:
                relation.created_by = request.user
            relation._history_user = request.user
            relation.save()
        formset.save_m2m()

    # -- display

    @admin.display(description="claim", ordering="text")
    def claim_text(self, claim: Claim):
        return claim.text

    @admin.display(description="speaker", ordering="speaker__name")
    def speaker_name(self, claim: Claim):
        return claim.speaker.name

    @admin.display(description="figure", ordering="value")
    def figure(self, claim: Claim):
        value = format_number(claim.value)
        detail = " · ".join(
            part for part in (value if value != claim.figure_text else "", bounds_text(claim))
            if part
        )
        if not detail:
            return claim.figure_text
        return format_html(
            '{}<br><span class="claim-meta">{}</span>', claim.figure_text, detail
        )

    @admin.display(description="source", ordering="source__published_on")
    def source_link(self, claim: Claim):
        if claim.source_id is None:
            return "—"
        source = claim.source
        return format_html(
            '<a href="{}">{}</a><br><span class="claim-meta">{}, {}</span>',
            admin_change_url(source),
            source.headline,
            source.publisher,
            source.published_on or "undated",
        )

    @admin.display(description="quote in its paragraph")
    def quote_in_context(self, claim: Claim):
        if claim.pk is None:
            return "—"
        appearances = claim.appearances.select_related("source").order_by("source_id", "start")
        items = [
            (
                appearance.get_part_display()
                + (" (stale: no longer in the article's text)" if appearance.stale else ""),
                admin_change_url(appearance.source),
                appearance.source.headline,
                paragraph_with_figure(appearance.source.text, appearance),
            )
            for appearance in appearances
        ]
        if not items:
            return "No appearance recorded."
        return format_html_join(
            "",
            '<div class="claim-context"><p class="claim-meta">{} in <a href="{}">{}</a></p>'
            '<p class="claim-paragraph">{}</p></div>',
            items,
        )

    @admin.display(description="comparison")
    def compare_link(self, claim: Claim):
        if claim.pk is None:
            return "—"
        return format_html(
            '<a href="{}">Compare with related claims and claims about the same event</a>',
            reverse("admin:claims_claim_compare", args=[claim.pk]),
        )

    # -- actions

    def _mark(self, request, queryset, status: str) -> None:
        if status in REVIEW_STATUSES and not can_review(request.user):
            # The action is hidden from editors; a crafted post still ends here.
            raise PermissionDenied("Only reviewers can set this status.")
        label = Status(status).label.lower()
        changed, unchanged, refused = 0, 0, []
        with transaction.atomic():
            for claim in queryset.select_related("speaker"):
                if claim.status == status:
                    unchanged += 1
                    continue
                try:
                    set_review(claim, user=request.user, status=status, reason=f"Action: {label}")
                    changed += 1
                except (ReviewRefused, ValidationError) as error:
                    refused.append(f"“{claim.text}”: {' '.join(getattr(error, 'messages', [str(error)]))}")
        if changed:
            self.message_user(
                request, f"{changed} claim{'s' if changed != 1 else ''} marked {label}.",
                messages.SUCCESS,
            )
        if unchanged:
            self.message_user(request, f"{unchanged} already {label}.", messages.INFO)
        for problem in refused:
            self.message_user(request, f"Not changed: {problem}", messages.WARNING)

    @admin.action(description="Mark selected claims in review", permissions=["change"])
    def mark_in_review(self, request, queryset):
        self._mark(request, queryset, Status.IN_REVIEW)

    @admin.action(description="Mark selected claims verified", permissions=["review"])
    def mark_verified(self, request, queryset):
        self._mark(request, queryset, Status.VERIFIED)

    @admin.action(description="Mark selected claims disputed", permissions=["review"])
    def mark_disputed(self, request, queryset):
        self._mark(request, queryset, Status.DISPUTED)

    @admin.action(description="Mark selected claims rejected", permissions=["review"])
    def mark_rejected(self, request, queryset):
        self._mark(request, queryset, Status.REJECTED)

    @admin.action(description="Set the event of selected claims…", permissions=["change"])
    def set_event(self, request, queryset):
        if not self.has_change_permission(request):
            raise PermissionDenied
        form = SetEventForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            event = form.cleaned_data["event"]
            reason = f"Action: set event to {event}" if event else "Action: clear event"
            changed = 0
            with transaction.atomic():
                for claim in queryset:
                    if claim.event_id == (event.pk if event else None):
                        continue
                    claim.event = event
                    claim.edited = True
                    claim._history_user = request.user
                    claim._change_reason = reason
                    claim.save()
                    changed += 1
            target = f"“{event}”" if event else "no event"
            self.message_user(
                request, f"{changed} claim{'s' if changed != 1 else ''} now about {target}.",
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Set the event of the selected claims",
            "subtitle": None,
            "claims": queryset.select_related("speaker", "event"),
            "form": form,
            "action": "set_event",
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(request, "admin/claims/claim/set_event.html", context)


# --- Relations -----------------------------------------------------------------------------


def decide_relations(relations, status: str, user, reason: str) -> int:
    """Accept or reject relations, saving each (history) and marking both claims edited."""
    changed = 0
    claim_ids = set()
    with transaction.atomic():
        for relation in relations:
            if relation.status == status:
                continue
            relation.status = status
            relation._history_user = user
            relation._change_reason = reason
            relation.save()
            claim_ids |= {relation.from_claim_id, relation.to_claim_id}
            changed += 1
        mark_claims_edited(claim_ids, user, reason)
    return changed


@admin.register(ClaimRelation)
class ClaimRelationAdmin(DeskAdmin):
    form = RelationForm
    list_display = ["from_link", "kind", "to_link", "status", "origin", "rationale", "created_at"]
    list_filter = ["status", "kind", "origin"]
    list_select_related = ["from_claim__speaker", "to_claim__speaker"]
    search_fields = ["rationale", "from_claim__text", "to_claim__text"]
    autocomplete_fields = ["from_claim", "to_claim"]
    readonly_fields = ["origin", "created_by", "created_at", "updated_at"]
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    actions = ["accept_relations", "reject_relations"]

    @admin.display(description="claim", ordering="from_claim")
    def from_link(self, relation: ClaimRelation):
        return format_html(
            '<a href="{}">{}</a>', admin_change_url(relation.from_claim), relation.from_claim
        )

    @admin.display(description="other claim", ordering="to_claim")
    def to_link(self, relation: ClaimRelation):
        return format_html(
            '<a href="{}">{}</a>', admin_change_url(relation.to_claim), relation.to_claim
        )

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj._history_user = request.user
        super().save_model(request, obj, form, change)
        mark_claims_edited(
            [obj.from_claim_id, obj.to_claim_id], request.user, "Relation edited in the admin"
        )

    def _decide(self, request, queryset, status: str) -> None:
        if not self.has_change_permission(request):
            raise PermissionDenied
        waiting = queryset.filter(status=RelationStatus.SUGGESTED)
        skipped = queryset.exclude(status=RelationStatus.SUGGESTED).count()
        changed = decide_relations(list(waiting), status, request.user, f"Action: {status}")
        self.message_user(
            request,
            f"{changed} suggested relation{'s' if changed != 1 else ''} {status}.",
            messages.SUCCESS,
        )
        if skipped:
            self.message_user(
                request, f"{skipped} already decided, left as they were.", messages.INFO
            )

    @admin.action(description="Accept selected suggested relations", permissions=["change"])
    def accept_relations(self, request, queryset):
        self._decide(request, queryset, RelationStatus.ACCEPTED)

    @admin.action(description="Reject selected suggested relations", permissions=["change"])
    def reject_relations(self, request, queryset):
        self._decide(request, queryset, RelationStatus.REJECTED)


# --- Speakers ------------------------------------------------------------------------------


@admin.register(Speaker)
class SpeakerAdmin(DeskAdmin):
    list_display = ["name", "kind", "role", "parent", "n_claims"]
    list_filter = ["kind"]
    list_select_related = ["parent"]
    search_fields = ["name", "aliases__alias", "role"]
    autocomplete_fields = ["parent"]
    inlines = [SpeakerAliasInline]
    actions = ["merge_action"]
    show_full_result_count = False
    paginator = EstimatedCountPaginator

    def get_queryset(self, request):
        claims = (
            Claim.objects.filter(speaker=OuterRef("pk"))
            .order_by()
            .annotate(n=Func(F("pk"), function="COUNT", output_field=IntegerField()))
            .values("n")
        )
        return super().get_queryset(request).annotate(
            n_claims=Coalesce(Subquery(claims, output_field=IntegerField()), 0)
        )

    def get_search_results(self, request, queryset, search_term):
        """Name, role or any alias; aliases through EXISTS so each speaker appears once."""
        for term in search_terms(search_term):
            queryset = queryset.filter(
                Q(name__icontains=term)
                | Q(role__icontains=term)
                | Exists(SpeakerAlias.objects.filter(speaker=OuterRef("pk"), alias__icontains=term))
            )
        return queryset, False

    @admin.display(description="claims", ordering="n_claims")
    def n_claims(self, speaker: Speaker):
        url = reverse("admin:claims_claim_changelist")
        return format_html('<a href="{}?speaker__id__exact={}">{}</a>', url, speaker.pk,
                           speaker.n_claims)

    def get_readonly_fields(self, request, obj=None):
        # The slug is a permanent public URL: set once from the name.
        return ["slug"] if obj else []

    def get_prepopulated_fields(self, request, obj=None):
        # Only here, not as a class attribute: simple_history's version page reads the
        # attribute and would look for a slug field that a saved object's form no longer has.
        return {} if obj else {"slug": ["name"]}

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "name" in form.changed_data:
            append_search_words(Claim.objects.filter(speaker=obj), obj.name)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.model is SpeakerAlias:
            for alias in [*formset.new_objects, *(obj for obj, _ in formset.changed_objects)]:
                append_search_words(Claim.objects.filter(speaker_id=alias.speaker_id), alias.alias)

    @admin.action(description="Merge selected speakers…", permissions=["change"])
    def merge_action(self, request, queryset):
        if not self.has_change_permission(request):
            raise PermissionDenied
        speakers = queryset.order_by("name", "pk")
        if len(speakers) < 2:
            self.message_user(request, "Select at least two speakers to merge.", messages.WARNING)
            return None
        form = MergeSpeakersForm(
            request.POST if "apply" in request.POST else None, speakers=speakers
        )
        if form.is_bound and form.is_valid():
            keep = form.cleaned_data["keep"]
            others = [s for s in speakers if s.pk != keep.pk]
            names = ", ".join(s.name for s in others)
            merge_speakers(keep, others, request.user)
            self.message_user(
                request, f"Merged {names} into {keep.name}; their names are now aliases.",
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Merge speakers",
            "subtitle": None,
            "speakers": list(speakers.annotate(n_claim_rows=Count("claims"))),
            "form": form,
            "action": "merge_action",
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(request, "admin/claims/speaker/merge.html", context)


@admin.register(SpeakerAlias)
class SpeakerAliasAdmin(DeskAdmin):
    list_display = ["alias", "speaker", "normalised"]
    search_fields = ["alias", "speaker__name"]
    list_select_related = ["speaker"]
    autocomplete_fields = ["speaker"]
    readonly_fields = ["normalised"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        append_search_words(Claim.objects.filter(speaker_id=obj.speaker_id), obj.alias)


# --- Events ---------------------------------------------------------------------------------


@admin.register(Event)
class EventAdmin(DeskAdmin):
    list_display = ["name", "place", "start_date", "end_date", "status", "n_claims"]
    list_filter = ["status"]
    search_fields = ["name", "place", "key_terms"]
    inlines = [EventClaimsInline]
    actions = ["accept_events"]
    show_full_result_count = False

    def get_readonly_fields(self, request, obj=None):
        # The slug is a permanent public URL: set once from the name.
        return ["slug"] if obj else []

    def get_prepopulated_fields(self, request, obj=None):
        # Only here, not as a class attribute: simple_history's version page reads the
        # attribute and would look for a slug field that a saved object's form no longer has.
        return {} if obj else {"slug": ["name"]}

    def get_queryset(self, request):
        claims = (
            Claim.objects.filter(event=OuterRef("pk"))
            .order_by()
            .annotate(n=Func(F("pk"), function="COUNT", output_field=IntegerField()))
            .values("n")
        )
        return super().get_queryset(request).annotate(
            n_claims=Coalesce(Subquery(claims, output_field=IntegerField()), 0)
        )

    @admin.display(description="claims", ordering="n_claims")
    def n_claims(self, event: Event):
        url = reverse("admin:claims_claim_changelist")
        return format_html('<a href="{}?event={}">{}</a>', url, event.pk, event.n_claims)

    @admin.action(description="Accept selected suggested events", permissions=["change"])
    def accept_events(self, request, queryset):
        changed = 0
        for event in queryset.filter(status=EventStatus.SUGGESTED):
            event.status = EventStatus.ACCEPTED
            event._history_user = request.user
            event._change_reason = "Action: accept event"
            event.save()
            changed += 1
        self.message_user(request, f"{changed} event{'s' if changed != 1 else ''} accepted.")


@admin.register(Appearance)
class AppearanceAdmin(admin.ModelAdmin):
    form = AppearanceForm
    list_display = ["claim", "source", "part", "start", "end"]
    list_select_related = ["claim__speaker", "source"]
    raw_id_fields = ["claim", "source"]
    show_full_result_count = False
    paginator = EstimatedCountPaginator

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        # An editor placed this quote: the importer must leave its claim alone from now on.
        Claim.objects.filter(pk=obj.claim_id, edited=False).update(edited=True)
        # Search reads the claim's quotes from its search text: recompute it for the claim
        # quoted now and, when the quote moved to another claim, for the one it left.
        moved_from = form.initial.get("claim") if change else None
        for claim in Claim.objects.filter(pk__in={obj.claim_id, moved_from} - {None}):
            Claim.objects.filter(pk=claim.pk).update(search_text=claim_search_text(claim))


# --- Sources --------------------------------------------------------------------------------


if admin.site.is_registered(Source):
    admin.site.unregister(Source)


@admin.register(Source)
class EditorialSourceAdmin(SourceAdmin):
    """Articles with their claims; “add” takes a pasted article and runs the importer."""

    add_fieldsets = [(None, {"fields": ["headline", "published_on", "publisher", "url", "text"]})]
    paginator = EstimatedCountPaginator
    object_history_list_template = HISTORY_LIST_TEMPLATE

    class Media:
        css = ADMIN_CSS

    def add_view(self, request, form_url="", extra_context=None):
        extra_context = {"title": "Add an article from any outlet", **(extra_context or {})}
        return super().add_view(request, form_url, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = PlainArticleForm
            kwargs["fields"] = PlainArticleForm.Meta.fields
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fieldsets(self, request, obj=None):
        return self.add_fieldsets if obj is None else super().get_fieldsets(request, obj)

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else super().get_readonly_fields(request, obj)

    def get_inlines(self, request, obj):
        return [SourceClaimsInline] if obj is not None else []

    def save_model(self, request, obj, form, change):
        if change:
            obj._history_user = request.user
            return super().save_model(request, obj, form, change)
        from claims.services.importing import import_plain_article

        data = form.cleaned_data
        source, claims, status = import_plain_article(
            headline=data["headline"],
            text=data["text"],
            date=data["published_on"],
            publisher=data["publisher"],
            url=data.get("url") or "",
        )
        # The admin goes on with `obj` (log entry, redirect): make it the imported row.
        obj.__dict__.update(
            {k: v for k, v in source.__dict__.items() if not k.startswith("_")}
        )
        obj._state.adding = False
        obj._import_result = (claims, status)

    def save_related(self, request, form, formsets, change):
        if change:
            super().save_related(request, form, formsets, change)

    def response_add(self, request, obj, post_url_continue=None):
        claims, status = getattr(obj, "_import_result", ([], "new"))
        if status == "unchanged":
            self.message_user(
                request,
                f"“{obj.headline}” was already in claimtrack with this text; nothing changed.",
                messages.WARNING,
            )
        else:
            verb = "updated" if status == "updated" else "added"
            self.message_user(
                request,
                f"Article “{obj.headline}” {verb}: {len(claims)} claim"
                f"{'s' if len(claims) != 1 else ''} found.",
                messages.SUCCESS,
            )
        for claim in claims[:20]:
            self.message_user(
                request,
                format_html(
                    '<a href="{}">{}</a> — {}', admin_change_url(claim), claim.text,
                    claim.speaker.name,
                ),
                messages.INFO,
            )
        if len(claims) > 20:
            self.message_user(request, f"… and {len(claims) - 20} more, listed below.")
        return HttpResponseRedirect(admin_change_url(obj))

    def log_addition(self, request, obj, message):
        if getattr(obj, "_import_result", ([], "new"))[1] == "unchanged":
            return None
        return super().log_addition(request, obj, message)
