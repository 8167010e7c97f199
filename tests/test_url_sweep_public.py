"""Every public URL, generated from the URLconf: no rejected claim, and nothing only rejected
claims lead to, is reachable from any of them, in any format; and none accepts a write.

Each pattern is filled with every id and slug the world below has: rejected claims, a speaker
and an event whose claims are all rejected, and the public objects next to them (a speaker
and an event with both kinds of claims, the articles that quote a rejected claim). Pages that
list claims are also asked with every public filter set to the rejected claims' values.
"""

from __future__ import annotations

import csv
import datetime
import io
import itertools
import json
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import unquote, urlencode

import pytest
from django.test import Client
from django.utils import timezone

from claims.filters import SORTS, ClaimFilter
from claims.models import (
    Appearance,
    Claim,
    ClaimRelation,
    Event,
    EventStatus,
    Qualifier,
    RelationKind,
    RelationStatus,
    Status,
    Verdict,
)
from tests.conftest import make_claim, make_source
from tests.public_fixtures import *  # noqa: F403 -- the fresh_cache fixture
from tests.public_fixtures import build_world, span
from tests.urlconf_fixtures import TOKEN, Route, body_of, build, walk

pytestmark = pytest.mark.django_db

# The rejected claim made here has an id no other row has, so the bare number is a finding.
HIDDEN_ID = 987123
FORMATS = ["", "format=json", "format=csv"]
# Pages that show an article as written: a rejected claim's quote is a sentence of the
# article, and the article is public (claims/views.py). There the quote may appear, unmarked.
ARTICLE_PAGES = {"source-detail"}
# Parameters the filler does not know, with the reason; keep it short.
UNFILLED: dict[str, str] = {}


def public_routes() -> list[Route]:
    """Every pattern outside the admin."""
    return [route for route in walk() if not route.name.startswith("admin:")]


ROUTES = public_routes()


@dataclass
class Hidden:
    """What the public must never be shown, and the values that would lead to it."""

    claims: list[Claim]
    speaker_slugs: list[str]  # speakers with only rejected claims
    event_slugs: list[str]  # events with only rejected claims
    strings: list[str]  # texts, notes, names and links of the above
    quotes: list[str]
    claim_ids: list[int]
    public_ids: list[int]
    slugs: list[str]  # every slug in the world, public or not


def build_hidden_world() -> Hidden:
    """The public-page world plus a second rejected claim by a speaker who is public.

    That claim (id HIDDEN_ID) is the only claim of its event and of its article, contradicts a
    verified claim (accepted) and is confirmed by another one (suggested).
    """
    world = build_world()
    phantom = Event.objects.create(
        name="Phantom quarry collapse",
        slug="phantom-quarry-collapse",
        place="Kibiti hills",
        start_date=datetime.date(2024, 3, 2),
        status=EventStatus.ACCEPTED,
    )
    text = (
        "Radio caller alleges quarry disaster\n\n"
        "A caller told the station that 654,321 miners were trapped underground.\n"
    )
    rumour = make_source(headline="Radio caller alleges quarry disaster", slug="quarry-rumours",
                         text=text)
    quote = "A caller told the station that 654,321 miners were trapped underground."
    hidden = make_claim(
        id=HIDDEN_ID,
        source=rumour,
        speaker=world.okafor,
        event=phantom,
        text="654,321 miners trapped in a collapsed quarry",
        figure_text="654,321",
        value=Decimal("654321"),
        qualifier=Qualifier.EXACT,
        counts="miners trapped",
        measure_key="people displaced",
        stated_on=datetime.date(2024, 3, 2),
        status=Status.REJECTED,
        verdict=Verdict.INACCURATE,
        reviewer_note="Zebrafinch: the mines inspectorate knows of no such quarry.",
        reviewed_at=timezone.now(),
        search_text="caller told the station 654,321 miners trapped quarry Amina Okafor",
    )
    Appearance.objects.create(claim=hidden, source=rumour, **span(text, quote, "654,321"))
    ClaimRelation.objects.create(
        from_claim=hidden, to_claim=world.verified, kind=RelationKind.CONTRADICTS,
        status=RelationStatus.ACCEPTED,
    )
    ClaimRelation.objects.create(
        from_claim=world.unreviewed, to_claim=hidden, kind=RelationKind.CONFIRMS,
        status=RelationStatus.SUGGESTED,
    )
    rejected = list(Claim.objects.filter(status=Status.REJECTED).select_related("speaker"))
    assert {c.pk for c in rejected} == {hidden.pk, world.rejected.pk}
    strings = [str(HIDDEN_ID), world.ghost.name, phantom.name]
    for claim in rejected:
        strings += [claim.text, f"/claims/{claim.pk}/"]
        if claim.reviewer_note:
            strings.append(claim.reviewer_note)
    quotes = list(Appearance.objects.filter(claim__in=rejected).values_list("quote", flat=True))
    return Hidden(
        claims=rejected,
        speaker_slugs=[world.ghost.slug],
        event_slugs=[phantom.slug],
        strings=strings,
        quotes=quotes,
        claim_ids=[c.pk for c in rejected],
        public_ids=[world.verified.pk, world.unreviewed.pk],
        slugs=[
            world.ghost.slug, world.okafor.slug, phantom.slug, world.event.slug,
            rumour.slug, world.flood.slug,
        ],
    )


@pytest.fixture
def hidden(db) -> Hidden:
    """The world with its hidden parts named (see build_hidden_world)."""
    return build_hidden_world()


class Unfillable(Exception):
    """A parameter the sweep does not know how to fill."""


def fill(route: Route, hidden: Hidden) -> list[str]:
    """Concrete URLs for a public pattern: every id or slug of the world in each parameter."""
    options = []
    for token in TOKEN.finditer(route.text):
        converter, name = token["converter"], token["param"]
        if converter == "int":
            options.append([str(pk) for pk in hidden.claim_ids + hidden.public_ids])
        elif converter == "slug":
            options.append(hidden.slugs)
        elif "sitemaps" in route.default_args and name == "section":
            options.append(list(route.default_args["sitemaps"]))
        else:
            raise Unfillable(f"unknown parameter {token.group(0)!r}")
    return [build(route, list(values)) for values in itertools.product(*options)]


def filter_values(hidden: Hidden) -> dict[str, list[str]]:
    """For every public filter, the values that select the rejected claims."""
    claim = next(c for c in hidden.claims if c.pk == HIDDEN_ID)
    return {
        "q": ["miners", "villagers", "quarry", "Zebrafinch"],
        "speaker": [claim.speaker.slug, *hidden.speaker_slugs],
        "source": ["quarry-rumours", "floods-ruvu-delta"],
        "event": hidden.event_slugs,
        "status": [Status.REJECTED],
        "verdict": [claim.verdict],
        "qualifier": [claim.qualifier],
        "kind": [claim.speaker.kind],
        "value_min": ["654321", "999"],
        "value_max": ["999"],
        "stated_after": [claim.stated_on.isoformat()],
        "stated_before": [claim.stated_on.isoformat()],
        "has_contradictions": ["true", "false"],
        "sort": list(SORTS),
    }


def leaks(route: Route, url: str, response, hidden: Hidden) -> list[str]:
    """What of the hidden world `response` shows (the caller's own query text excepted)."""
    text = body_of(response)
    asked = unquote(url)
    found = [s for s in hidden.strings if s in text and s not in asked]
    if route.name not in ARTICLE_PAGES:
        found += [q for q in hidden.quotes if q in text]
    content_type = response.get("Content-Type", "")
    if content_type.startswith("application/json"):
        found += [f"JSON row {i}" for i in _json_ids(json.loads(text)) if i in hidden.claim_ids]
    elif content_type.startswith("text/csv"):
        rows = csv.DictReader(io.StringIO(text))
        found += [f"CSV row {r['id']}" for r in rows if int(r["id"]) in hidden.claim_ids]
    return found


def _json_ids(data) -> list[int]:
    """Every claim id in a JSON answer (`id` of a claim, `claim` of an appearance)."""
    ids = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("id", "claim") and isinstance(value, int):
                ids.append(value)
            else:
                ids += _json_ids(value)
    elif isinstance(data, list):
        for item in data:
            ids += _json_ids(item)
    return ids


def leads_to_hidden(url: str, hidden: Hidden) -> bool:
    """True when the URL's path names a rejected claim or a speaker/event with only those."""
    path = url.split("?")[0]
    names = [f"/{pk}/" for pk in hidden.claim_ids]
    names += [f"/{slug}/" for slug in hidden.speaker_slugs + hidden.event_slugs]
    return any(name in path for name in names)


# --- tests ------------------------------------------------------------------------------------


def test_every_public_url_pattern_is_filled(hidden):
    assert len(ROUTES) >= 8
    assert set(UNFILLED) <= {route.text for route in ROUTES}
    assert len(UNFILLED) <= 1
    unfilled = []
    for route in ROUTES:
        if route.text in UNFILLED:
            continue
        try:
            assert fill(route, hidden)
        except Unfillable as error:
            unfilled.append(f"{route}: {error}")
    assert unfilled == []


def test_every_public_filter_has_rejected_values_in_the_sweep(hidden):
    assert set(filter_values(hidden)) == set(ClaimFilter.base_filters)


@pytest.mark.parametrize("route", ROUTES, ids=str)
def test_no_public_url_shows_rejected_claims_in_any_format(client, hidden, route):
    if route.text in UNFILLED:
        pytest.skip(UNFILLED[route.text])
    problems = []
    lists = []
    for path in fill(route, hidden):
        for fmt in FORMATS:
            url = f"{path}?{fmt}" if fmt else path
            response = client.get(url)
            if response.status_code not in (200, 400, 404):
                problems.append(f"{url}: answered {response.status_code}")
            if leads_to_hidden(url, hidden) and response.status_code not in (400, 404):
                problems.append(f"{url}: answered {response.status_code}, not 404")
            problems += [f"{url}: shows {leak!r}" for leak in leaks(route, url, response, hidden)]
            if fmt == "format=csv" and response.get("Content-Type", "").startswith("text/csv"):
                lists.append(path)
    for path in lists:  # pages that list claims: every filter set to the rejected claims' values
        for name, values in filter_values(hidden).items():
            for value, fmt in itertools.product(values, FORMATS):
                query = urlencode({name: value}) + (f"&{fmt}" if fmt else "")
                url = f"{path}?{query}"
                response = client.get(url)
                if response.status_code not in (200, 400):
                    problems.append(f"{url}: answered {response.status_code}")
                problems += [
                    f"{url}: shows {leak!r}" for leak in leaks(route, url, response, hidden)
                ]
    assert problems == []


def test_the_sweep_sees_the_hidden_claim_once_it_is_public(client, hidden):
    # The control: verified instead of rejected, the same claim is found by the same checks on
    # every kind of page, so the sweep's silence above means something.
    Claim.objects.filter(pk=HIDDEN_ID).update(status=Status.VERIFIED, verdict=Verdict.ACCURATE)
    routes = {route.name: route for route in ROUTES}
    surfaces = [
        ("claim-list", "/claims/", FORMATS),
        ("speaker-detail", "/speakers/amina-okafor/", FORMATS),
        ("event-detail", "/events/phantom-quarry-collapse/", FORMATS),
        ("claim-detail", f"/claims/{HIDDEN_ID}/", FORMATS[:2]),
        ("source-detail", "/sources/quarry-rumours/", FORMATS[:2]),
        ("feed-claims", "/feeds/claims/", [""]),
        ("sitemap-section", "/sitemap-claims.xml", [""]),
    ]
    for name, path, formats in surfaces:
        for fmt in formats:
            url = f"{path}?{fmt}" if fmt else path
            response = client.get(url)
            assert response.status_code == 200, url
            assert leaks(routes[name], path, response, hidden), url


@pytest.mark.parametrize("route", ROUTES, ids=str)
def test_every_public_url_refuses_writes_with_405(hidden, route):
    if route.text in UNFILLED:
        pytest.skip(UNFILLED[route.text])
    client = Client(enforce_csrf_checks=True)  # as in production: 405, not a CSRF 403
    refused = []
    for url in fill(route, hidden):
        for method in ("post", "put", "patch", "delete"):
            response = getattr(client, method)(url, data="name=value",
                                               content_type="application/x-www-form-urlencoded")
            if response.status_code != 405:
                refused.append(f"{method.upper()} {url}: {response.status_code}")
            elif response.content:
                refused.append(f"{method.upper()} {url}: 405 with a body")
    assert refused == []
