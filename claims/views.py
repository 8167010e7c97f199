"""Public, read-only pages with their JSON and CSV twins.

Every view answers GET and HEAD only (anything else is 405) and reads through
`claims.selectors`, which starts from `Claim.objects.public()`. `?format=json` gives the same
data as JSON on every page; `?format=csv` streams the claims of the list, speaker and event
pages. Bad parameters never cause a 500: HTML pages show the errors (status 200), JSON and CSV
answer 400 with `{"errors": {parameter: [message, ...]}}`.

Decisions:
- Relations: a claim page shows accepted relations to other public claims as "Confirming" and
  "Contradicting"; suggested ones follow under "Unreviewed suggestions (found automatically,
  not checked by the desk)"; rejected relations and relations to rejected claims never show.
  The `has_contradictions` filter counts accepted contradictions only.
- Speakers and events whose claims are all rejected have no page (404) and no sitemap entry;
  articles are always public (their rejected claims are simply not marked).
- Paging fetches one row more than a page instead of counting; the total and the facet counts
  come from one aggregate query cached for CLAIMTRACK_FACET_CACHE_SECONDS (60). Pages beyond
  MAX_PAGE (5000) are refused: the CSV export is the way to everything.
- The feed lists verified and disputed claims by review time; unreviewed and in-review claims
  are on the site (labelled) but not in the feed.
"""

from __future__ import annotations

import csv
import datetime
import functools
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any
from urllib.parse import quote, urlencode

from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from claims import selectors
from claims.filters import PUBLIC_STATUSES, SORTS, ClaimFilter
from claims.jsonld import claim_review, json_ld_script
from claims.models import Claim, Qualifier, SpeakerKind, Status, Verdict
from claims.templatetags.claims_public import (
    Span,
    build_chart,
    claim_bounds,
    describe_range,
    figure_table_rows,
    format_figure,
    highlight_quote,
    json_number,
    render_article,
    render_chart,
    summarise_range,
)

FORMATS = ("html", "json", "csv")
CSV_CHUNK_ROWS = 500  # rows joined into one streamed chunk
CSV_FETCH_ROWS = 2000  # rows fetched per database round trip
MAX_PARAM_LENGTH = 1000  # longer parameter values are refused before any parsing
MAX_ID = 2**63 - 1  # larger ids in a URL would overflow the database's integer column


def public_view(view: Callable) -> Callable:
    """GET and HEAD only. CSRF checks are skipped because no method that could change
    anything is ever accepted: a POST gets 405, not a CSRF 403."""
    return csrf_exempt(require_safe(view))


class BadRequest(Exception):
    """Parameters the page cannot use; carries {parameter: [messages]}."""

    def __init__(self, errors: dict[str, list[str]]):
        super().__init__(errors)
        self.errors = errors


def _format(request: HttpRequest, allowed: tuple[str, ...]) -> str:
    fmt = request.GET.get("format", "html") or "html"
    if fmt not in allowed:
        raise BadRequest({"format": [f"Format must be one of: {', '.join(allowed)}."]})
    return fmt


def _error_response(errors: dict[str, list[str]], status: int = 400) -> JsonResponse:
    return JsonResponse({"errors": errors}, status=status)


def _not_found(fmt: str, message: str) -> JsonResponse:
    if fmt == "html":
        raise Http404(message)
    return _error_response({"": [message]}, status=404)


def _too_long(params: dict[str, str]) -> dict[str, list[str]]:
    return {
        key: [f"Too long: at most {MAX_PARAM_LENGTH} characters."]
        for key, value in params.items()
        if len(value) > MAX_PARAM_LENGTH
    }


def path_maker(name: str, sample: str) -> Callable[[object], str]:
    """A function giving the path of URL `name` for one argument, by string formatting.

    `sample` must fit the URL's converter and appear nowhere else in the path.
    """
    head, found, tail = reverse(name, args=[sample]).partition(sample)
    assert found, name
    return lambda value: f"{head}{quote(str(value), safe='')}{tail}"


class Links:
    """Page paths and absolute URLs for one request.

    Each kind of path is reversed once and then filled in by string formatting: a reverse()
    per row would cost more than the rest of a JSON row.
    """

    def __init__(self, request: HttpRequest):
        self.base = request.build_absolute_uri("/")[:-1]
        self.claim = path_maker("claim-detail", "987654321")
        self.speaker = path_maker("speaker-detail", "sample-slug")
        self.source = path_maker("source-detail", "sample-slug")
        self.event = path_maker("event-detail", "sample-slug")

    def absolute(self, path: str) -> str:
        """The absolute URL of a path on this site."""
        return self.base + path

    def attach_claims(self, claims: Iterable) -> None:
        """Give claims (models with their speakers loaded, or `selectors.brief_row`s) a
        `page_url`, speakers too."""
        for claim in claims:
            claim.page_url = self.claim(claim.pk)
            claim.speaker.page_url = self.speaker(claim.speaker.slug)

    def attach(self, rows: Iterable[selectors.ListRow]) -> None:
        """Give each list row (and its speaker, source, event) a `page_url` for templates."""
        for row in rows:
            row.page_url = self.claim(row.pk)
            row.speaker.page_url = self.speaker(row.speaker.slug)
            row.source.page_url = self.source(row.source.slug)
            if row.event is not None:
                row.event.page_url = self.event(row.event.slug)


def _query(params: dict[str, str], **changes: Any) -> str:
    """A query string from `params` with `changes` applied (None removes a key)."""
    merged = {**params, **changes}
    return "?" + urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def _page_param(number: int) -> int | None:
    """The `page` parameter for a page number: omitted for the first page."""
    return number if number > 1 else None


def _iso(value: datetime.date | datetime.datetime | None) -> str | None:
    return value.isoformat() if value else None


# --- JSON shapes ---------------------------------------------------------------------------


def claim_brief(claim: Claim, links: Links) -> dict[str, Any]:
    """A claim as listed beside another: needs only the speaker loaded."""
    speaker = claim.speaker
    return {
        "id": claim.pk,
        "url": links.absolute(links.claim(claim.pk)),
        "text": claim.text,
        "figure_text": claim.figure_text,
        "value": json_number(claim.value),
        "lower": json_number(claim.lower),
        "upper": json_number(claim.upper),
        "qualifier": claim.qualifier,
        "unit": claim.unit,
        "counts": claim.counts,
        "stated_on": _iso(claim.stated_on),
        "status": claim.status,
        "status_label": selectors.STATUS_LABELS[claim.status],
        "reviewed": claim.status != Status.UNREVIEWED,
        "verdict": claim.verdict or None,
        "verdict_label": selectors.VERDICT_LABELS.get(claim.verdict) or None,
        "speaker": {
            "name": speaker.name,
            "slug": speaker.slug,
            "kind": speaker.kind,
            "url": links.absolute(links.speaker(speaker.slug)),
        },
    }


def source_brief(source, links: Links) -> dict[str, Any]:
    """An article's identity, without its text."""
    return {
        "headline": source.headline,
        "slug": source.slug,
        "publisher": source.publisher,
        "published_on": _iso(source.published_on),
        "url": links.absolute(links.source(source.slug)),
        "original_url": source.url or None,
    }


def claim_summary(claim: Claim, links: Links) -> dict[str, Any]:
    """A claim as a list row: needs speaker, source and event loaded."""
    data = claim_brief(claim, links)
    data["source"] = source_brief(claim.source, links)
    event = claim.event
    data["event"] = (
        {"name": event.name, "slug": event.slug, "url": links.absolute(links.event(event.slug))}
        if event
        else None
    )
    return data


def _page_json(
    request: HttpRequest, page: selectors.Page, params: dict[str, str], extra: dict[str, Any]
) -> dict[str, Any]:
    links = Links(request)
    params = {**params, "format": "json"}
    return {
        **extra,
        "page": page.number,
        "per_page": page.per_page,
        "next": links.absolute(request.path + _query(params, page=page.number + 1))
        if page.has_next
        else None,
        "previous": links.absolute(request.path + _query(params, page=_page_param(page.number - 1)))
        if page.has_previous
        else None,
    }


# --- CSV ------------------------------------------------------------------------------------

CSV_HEADER = [
    "id",
    "url",
    "speaker",
    "speaker_kind",
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
    "event",
    "source_headline",
    "source_publisher",
    "source_published_on",
    "source_url",
    "created_at",
]


class _Echo:
    def write(self, value: str) -> str:
        return value


def _cell(text: str) -> str:
    # A cell starting with = + - @ is run as a formula by spreadsheets; article text must not be.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _number_cell(value: Decimal | None) -> str:
    if value is None:
        return ""
    return str(value.normalize()) if value != value.to_integral_value() else str(int(value))


def _csv_rows(claims: Iterable[selectors.ListRow], links: Links) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow(CSV_HEADER)
    chunk: list[str] = []
    for claim in claims:
        source = claim.source
        chunk.append(
            writer.writerow(
                [
                    claim.pk,
                    links.absolute(links.claim(claim.pk)),
                    _cell(claim.speaker.name),
                    claim.speaker.kind,
                    _cell(claim.text),
                    _cell(claim.figure_text),
                    _number_cell(claim.value),
                    _number_cell(claim.lower),
                    _number_cell(claim.upper),
                    claim.qualifier,
                    _cell(claim.unit),
                    _cell(claim.counts),
                    _iso(claim.stated_on) or "",
                    claim.status,
                    claim.verdict,
                    _cell(claim.event.name) if claim.event else "",
                    _cell(source.headline),
                    _cell(source.publisher),
                    _iso(source.published_on) or "",
                    source.url,
                    _iso(claim.created_at),
                ]
            )
        )
        if len(chunk) >= CSV_CHUNK_ROWS:
            yield "".join(chunk)
            chunk = []
    if chunk:
        yield "".join(chunk)


def _csv_response(request: HttpRequest, rows, filename: str) -> StreamingHttpResponse:
    """Stream list rows (a `selectors.public_rows()` queryset) as CSV; they are fetched in
    chunks, never all at once."""
    response = StreamingHttpResponse(
        _csv_rows(selectors.iter_rows(rows, CSV_FETCH_ROWS), Links(request)),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# --- the claim list ---------------------------------------------------------------------------

FILTER_KEYS = tuple(ClaimFilter.base_filters)


def _filter_params(request: HttpRequest) -> dict[str, str]:
    """The filter parameters actually given, in a stable order, empty ones dropped."""
    return {key: request.GET[key] for key in FILTER_KEYS if request.GET.get(key, "") != ""}


def _label(key: str) -> str:
    """The label a parameter's errors are shown under."""
    known = ClaimFilter.base_filters.get(key)
    return str(known.label) if known is not None and known.label else key.capitalize()


def _labelled_errors(filterset: ClaimFilter) -> dict[str, list[str]]:
    return {name: list(messages) for name, messages in filterset.errors.items()}


def _facet_item(label: str, count: int, url: str | None, active: bool) -> SafeString:
    if url is None:
        return format_html('<li>{} <span class="count">{}</span></li>', label, count)
    return format_html(
        '<li{}><a href="{}">{}</a> <span class="count">{}</span></li>',
        mark_safe(' class="active"') if active else "",
        url,
        label,
        count,
    )


def _facet_links(facets: selectors.Facets, params: dict[str, str]) -> list[tuple[str, SafeString]]:
    """Each facet as a title and its items, rendered here: a link per value that sets (or,
    when active, clears) that filter and keeps the others, with its count."""
    groups = []
    for key, title, items in (
        ("status", "Status", facets.status),
        ("verdict", "Verdict", facets.verdict),
        ("kind", "Speaker kind", facets.kind),
    ):
        entries = []
        for value, label, count in items:
            active = value != "" and params.get(key) == value
            # The "no verdict yet" bucket is a count only: there is no filter for it.
            url = (
                _query(params, **{key: None if active else value, "page": None}) if value else None
            )
            entries.append(_facet_item(label, count, url, active))
        groups.append((title, format_html_join("", "{}", ((e,) for e in entries))))
    return groups


@functools.lru_cache(maxsize=256)
def _options(name: str, selected: str | None) -> SafeString:
    """<option> elements for a list filter's choices (LIST_CHOICES), the current one selected;
    the choices never change, so each (filter, selection) is rendered once."""
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        (
            (v, mark_safe(" selected") if v == selected else "", label)
            for v, label in LIST_CHOICES[name]
        ),
    )


def _active_filters(filterset: ClaimFilter, params: dict[str, str]) -> list[dict[str, str]]:
    active = []
    data = filterset.form.cleaned_data if filterset.is_valid() else {}
    for name, raw in params.items():
        if name == "sort":
            continue
        value = data.get(name)
        if hasattr(value, "name"):
            shown = value.name
        elif hasattr(value, "headline"):
            shown = value.headline
        else:
            field = filterset.form.fields[name]
            shown = dict(getattr(field, "choices", ())).get(raw, raw)
        active.append(
            {
                "label": filterset.filters[name].label or name,
                "value": str(shown),
                "url": _query(params, **{name: None, "page": None}),
            }
        )
    return active


def _choices(choices) -> list[tuple[str, str]]:
    return [(str(value), str(label)) for value, label in choices]


# The list form's <select> choices, by parameter name.
LIST_CHOICES = {
    "status": _choices(PUBLIC_STATUSES),
    "verdict": _choices(Verdict.choices),
    "qualifier": _choices(Qualifier.choices),
    "kind": _choices(SpeakerKind.choices),
    "sort": [(key, label) for key, (label, _) in SORTS.items()],
}


def _list_context(
    request: HttpRequest, params: dict[str, str], errors: dict[str, list[str]]
) -> dict[str, Any]:
    """What the HTML list shows around its rows: the form's state, errors, canonical URL."""
    return {
        "params": params,
        "errors": [
            (_label(key), message) for key, messages in errors.items() for message in messages
        ],
        "canonical": request.build_absolute_uri(reverse("claim-list") + _query(params)),
        "options": {name: _options(name, params.get(name)) for name in LIST_CHOICES},
    }


@public_view
def claim_list(request: HttpRequest) -> HttpResponse:
    """The claims, newest first, filtered, sorted and paged; JSON and CSV twins."""
    try:
        fmt = _format(request, FORMATS)
    except BadRequest as error:
        return _error_response(error.errors)
    params = _filter_params(request)
    errors = _too_long(params)
    params = {k: v for k, v in params.items() if k not in errors}  # never echoed back
    filterset = ClaimFilter(params, queryset=selectors.public_claims())
    number, page_error = selectors.parse_page(request.GET.get("page"))
    if not errors and not filterset.is_valid():
        errors.update(_labelled_errors(filterset))
    if page_error:
        errors["page"] = [page_error]
    if errors and fmt != "html":
        return _error_response(errors)
    if errors:
        context = _list_context(request, params, errors)
        context.update(page=None, claims=[], facets=None, active=[])
        return render(request, "claims/claim_list.html", context)

    # The same filters on the prepared list rows (for the page) and on plain claims (for the
    # counts, which need no joins and are usually cached).
    rows = filterset.filter_queryset(selectors.public_rows())
    if fmt == "csv":
        return _csv_response(request, rows, "claims.csv")
    facet_key = urlencode(sorted((k, v) for k, v in params.items() if k != "sort"))
    facets = selectors.facet_counts(filterset.qs, facet_key)
    page = selectors.fetch_rows(rows, number)
    past_end = number > 1 and not page.items
    links = Links(request)
    if fmt == "json":
        body = _page_json(
            request,
            page,
            params,
            {
                "count": facets.total,
                "facets": {
                    "status": {v: n for v, _, n in facets.status},
                    "verdict": {v or "none": n for v, _, n in facets.verdict},
                    "speaker_kind": {v: n for v, _, n in facets.kind},
                },
                "results": [claim_summary(claim, links) for claim in page.items],
            },
        )
        return JsonResponse(body, json_dumps_params={"ensure_ascii": False})
    links.attach(page.items)
    context = _list_context(request, params, errors)
    context.update(
        page=page,
        claims=page.items,
        facets=_facet_links(facets, params),
        total=facets.total,
        active=_active_filters(filterset, params),
        past_end=past_end,
        empty_message="No claims on this page." if past_end else "No claims match these filters.",
        first_url=_query(params),
        next_url=_query(params, page=number + 1) if page.has_next else None,
        previous_url=_query(params, page=_page_param(number - 1)) if page.has_previous else None,
        json_url=_query(params, format="json", page=_page_param(number)),
        csv_url=_query(params, format="csv"),
    )
    return render(request, "claims/claim_list.html", context)


# --- the claim page -----------------------------------------------------------------------


def _relation_json(item: selectors.RelatedClaim, links: Links) -> dict[str, Any]:
    return {
        "claim": claim_brief(item.claim, links),
        "kind": item.kind,
        "status": item.status,
        "reviewed": not item.unreviewed,
        "rationale": item.rationale,
    }


@public_view
def claim_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One claim: figure, quote, source, review, related claims and event (two queries)."""
    try:
        fmt = _format(request, ("html", "json"))
    except BadRequest as error:
        return _error_response(error.errors)
    found = selectors.claim_page(pk) if pk <= MAX_ID else None
    if found is None:
        return _not_found(fmt, "No public claim has this number.")
    claim, appearances = found
    relations = selectors.claim_relations(claim)
    links = Links(request)
    for item in relations.all():
        item.claim.page_url = links.claim(item.claim.pk)
        item.claim.speaker.page_url = links.speaker(item.claim.speaker.slug)
    review = claim_review(claim, appearances, links.absolute)
    if fmt == "json":
        data = claim_summary(claim, links)
        data.update(
            reviewer_note=claim.reviewer_note
            if claim.status != Status.UNREVIEWED or claim.verdict
            else "",
            reviewed_at=_iso(claim.reviewed_at),
            appearances=[
                {
                    "quote": a.quote,
                    "part": a.part,
                    "start": a.start,
                    "end": a.end,
                    "figure_start": a.figure_start,
                    "figure_end": a.figure_end,
                    "source": source_brief(a.source, links),
                }
                for a in appearances
            ],
            relations={
                "confirms": [_relation_json(i, links) for i in relations.confirms],
                "contradicts": [_relation_json(i, links) for i in relations.contradicts],
                "suggested_confirms": [
                    _relation_json(i, links) for i in relations.suggested_confirms
                ],
                "suggested_contradicts": [
                    _relation_json(i, links) for i in relations.suggested_contradicts
                ],
            },
            claim_review=review,
        )
        return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    quotes = [
        {
            "appearance": a,
            "html": highlight_quote(a.quote, a.start, a.figure_start, a.figure_end),
        }
        for a in appearances
    ]
    bounds = claim_bounds(claim)
    return render(
        request,
        "claims/claim_detail.html",
        {
            "claim": claim,
            "headline_figure": f"{claim.figure_text} {claim.counts}".strip()
            if claim.counts
            else claim.text,
            "value_text": format_figure(claim.value, claim.unit),
            "low_text": format_figure(bounds.low, claim.unit),
            "high_text": format_figure(bounds.high, claim.unit),
            "bounds": bounds,
            "main_quote": quotes[0] if quotes else None,
            "other_quotes": quotes[1:],
            "relations": relations,
            "unreviewed": claim.status == Status.UNREVIEWED,
            "review_script": json_ld_script(review),
            "canonical": links.absolute(links.claim(claim.pk)),
        },
    )


# --- speaker, source and event pages --------------------------------------------------------


@public_view
def speaker_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """Who the speaker is, their aliases, a scorecard and their claims, paged (four queries;
    one while the speaker, aliases and scorecard are cached)."""
    try:
        fmt = _format(request, FORMATS)
    except BadRequest as error:
        return _error_response(error.errors)
    speaker = selectors.speaker_for_page(slug)
    if speaker is None:
        return _not_found(fmt, "No speaker with public claims has this address.")
    if fmt == "csv":
        return _csv_response(request, selectors.speaker_rows(speaker), f"{speaker.slug}.csv")
    number, page_error = selectors.parse_page(request.GET.get("page"))
    if page_error and fmt == "json":
        return _error_response({"page": [page_error]})
    aliases = selectors.speaker_aliases(speaker)
    scorecard = selectors.speaker_scorecard(speaker)
    page = selectors.fetch_rows(selectors.speaker_rows(speaker), number)
    links = Links(request)
    if fmt == "json":
        parent = speaker.parent
        body = _page_json(
            request,
            page,
            {},
            {
                "name": speaker.name,
                "slug": speaker.slug,
                "kind": speaker.kind,
                "kind_label": speaker.get_kind_display(),
                "role": speaker.role,
                "url": links.absolute(links.speaker(speaker.slug)),
                "parent": {"name": parent.name, "slug": parent.slug} if parent else None,
                "aliases": aliases,
                "scorecard": {
                    "total": scorecard.total,
                    "status": {v: n for v, _, n in scorecard.by_status},
                    "verdict": {v or "none": n for v, _, n in scorecard.by_verdict},
                },
                "claims": [claim_summary(claim, links) for claim in page.items],
            },
        )
        return JsonResponse(body, json_dumps_params={"ensure_ascii": False})
    links.attach(page.items)
    return render(
        request,
        "claims/speaker_detail.html",
        {
            "speaker": speaker,
            "aliases": aliases,
            "scorecard": scorecard,
            "page": page,
            "claims": page.items,
            "errors": [("Page", page_error)] if page_error else [],
            "next_url": _query({}, page=number + 1) if page.has_next else None,
            "previous_url": _query({}, page=_page_param(number - 1)) if page.has_previous else None,
            "list_url": reverse("claim-list") + _query({"speaker": speaker.slug}),
            "canonical": links.absolute(links.speaker(speaker.slug)),
        },
    )


def _spans(appearances, numbers: dict[int, int]) -> list[Span]:
    """Highlight spans for the article; claims need `page_url` (Links.attach_claims)."""
    spans = []
    for appearance in appearances:
        claim = appearance.claim
        spans.append(
            Span(
                start=appearance.start,
                end=appearance.end,
                figure_start=appearance.figure_start,
                figure_end=appearance.figure_end,
                claim_id=claim.pk,
                number=numbers[claim.pk],
                url=claim.page_url,
                title=f"{claim.speaker.name}: {claim.text} ({claim.get_status_display()})",
            )
        )
    return spans


@public_view
def source_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """The article with each public claim's quote highlighted and linked (two queries)."""
    try:
        fmt = _format(request, ("html", "json"))
    except BadRequest as error:
        return _error_response(error.errors)
    source = selectors.source_for_page(slug)
    if source is None:
        return _not_found(fmt, "No article has this address.")
    appearances = selectors.source_appearances(source)
    numbers: dict[int, int] = {}
    listed = []
    for appearance in appearances:
        if appearance.claim_id not in numbers:
            numbers[appearance.claim_id] = len(numbers) + 1
            listed.append(appearance.claim)
    links = Links(request)
    links.attach_claims(a.claim for a in appearances)
    if fmt == "json":
        data = source_brief(source, links)
        data.update(
            dateline=source.dateline,
            date_kind=source.date_kind,
            summary=source.summary,
            text=source.text,
            claims=[claim_brief(claim, links) for claim in listed],
            appearances=[
                {
                    "claim": a.claim_id,
                    "quote": a.quote,
                    "part": a.part,
                    "start": a.start,
                    "end": a.end,
                    "figure_start": a.figure_start,
                    "figure_end": a.figure_end,
                }
                for a in appearances
            ],
        )
        return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    captions = [c.get("text", "") for c in (source.captions or []) if isinstance(c, dict)]
    paragraphs = render_article(
        source.text,
        _spans(appearances, numbers),
        headline=source.headline,
        summary=[p for p in (source.summary or []) if isinstance(p, str)],
        captions=captions,
    )
    # The page's own heading already shows the headline; repeat it only where a claim is in it.
    paragraphs = [p for p in paragraphs if p.css != "headline" or p.marked]
    return render(
        request,
        "claims/source_detail.html",
        {
            "source": source,
            "paragraphs": paragraphs,
            # The summary box is only needed when the text itself does not carry the points.
            "summary_box": not any(p.css == "summary" for p in paragraphs),
            "claims": [(numbers[c.pk], c) for c in listed],
            "list_url": reverse("claim-list") + _query({"source": source.slug}),
            "canonical": links.absolute(links.source(source.slug)),
        },
    )


def _event_groups(claims: list, charts: bool = True) -> list[dict[str, Any]]:
    """The claims grouped by measure and unit, most-discussed first, each with its range in
    words and, with `charts`, its chart as SVG. Claims need `page_url` (Links.attach_claims)."""
    groups: dict[tuple[str, str], list] = {}
    for claim in claims:
        groups.setdefault((claim.measure_key, claim.unit), []).append(claim)
    result = []
    urls = {claim.pk: claim.page_url for claim in claims}
    for (measure, unit), members in groups.items():
        labels = [c.counts for c in members if c.counts]
        counts = max(set(labels), key=labels.count) if labels else ""
        result.append(
            {
                "measure": measure,
                "unit": unit,
                "counts": counts or "Figures not tied to a measure",
                "claims": members,
                "chart": build_chart(members, urls) if charts else None,
                "range": describe_range(members),
            }
        )
    # Most-discussed measures first; unmeasured leftovers last.
    result.sort(key=lambda g: (g["measure"] == "", -len(g["claims"]), g["counts"]))
    for index, group in enumerate(result, start=1):
        group["id"] = f"measure-{index}"
        if group["chart"] is not None:
            group["svg"] = render_chart(group["chart"], f"{group['id']}-chart", group["counts"])
    return result


def _rendered_event_groups(event, links: Links) -> tuple[list[dict[str, Any]], bool, int]:
    """The event page's groups as the template shows them (titles, range sentences, chart and
    table markup), whether the claims were cut at the limit, and how many are shown.

    Built once (one query) and cached under `selectors.event_cache_key`, which changes with
    any change to the event's public claims; speaker renames show within
    FACET_CACHE_SECONDS, like the list's counts.
    """
    key = selectors.event_cache_key(event, "html")
    cached = cache.get(key)
    if cached is not None:
        return cached
    claims, truncated = selectors.event_claims(event)
    links.attach_claims(claims)
    groups = [
        {
            "id": group["id"],
            "counts": group["counts"],
            "unit": group["unit"],
            "range": group["range"],
            "svg": group.get("svg"),
            "rows": figure_table_rows(group["claims"]),
        }
        for group in _event_groups(claims)
    ]
    result = (groups, truncated, len(claims))
    cache.set(key, result, selectors.FACET_CACHE_SECONDS)
    return result


@public_view
def event_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """Every public claim about the event, grouped by what it counts, charted (two queries;
    one while the rendered groups are cached)."""
    try:
        fmt = _format(request, FORMATS)
    except BadRequest as error:
        return _error_response(error.errors)
    event = selectors.event_for_page(slug)
    if event is None:
        return _not_found(fmt, "No event with public claims has this address.")
    if fmt == "csv":
        return _csv_response(request, selectors.event_rows_for_export(event), f"{event.slug}.csv")
    links = Links(request)
    if fmt == "html":
        groups, truncated, total = _rendered_event_groups(event, links)
        return render(
            request,
            "claims/event_detail.html",
            {
                "event": event,
                "groups": groups,
                "truncated": truncated,
                "limit": selectors.EVENT_CLAIM_LIMIT,
                "total": total,
                "list_url": reverse("claim-list") + _query({"event": event.slug}),
                "csv_url": _query({"format": "csv"}),
                "canonical": links.absolute(links.event(event.slug)),
            },
        )
    claims, truncated = selectors.event_claims(event)
    links.attach_claims(claims)
    groups = _event_groups(claims, charts=False)
    data = {
        "name": event.name,
        "slug": event.slug,
        "url": links.absolute(links.event(event.slug)),
        "place": event.place,
        "start_date": _iso(event.start_date),
        "end_date": _iso(event.end_date),
        "description": event.description,
        "status": event.status,
        "truncated": truncated,
        "groups": [],
    }
    for group in groups:
        spread = summarise_range(group["claims"])
        data["groups"].append(
            {
                "measure": group["measure"],
                "counts": group["counts"],
                "unit": group["unit"],
                # null when a claim leaves that side open (or none states it)
                "lowest_lower_bound": None if spread.open_below else json_number(spread.lowest),
                "highest_upper_bound": None if spread.open_above else json_number(spread.highest),
                "open_below": len(spread.open_below),
                "open_above": len(spread.open_above),
                "most_stated": [json_number(v) for v in spread.most_stated],
                "most_stated_count": spread.most_stated_count,
                "range": group["range"],
                "claims": [claim_brief(c, links) for c in group["claims"]],
            }
        )
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


# --- robots.txt -----------------------------------------------------------------------------


@public_view
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Crawlers may read the public pages but not the admin or the bulk exports."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*?*format=csv",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
