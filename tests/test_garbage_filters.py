"""Garbage in every parameter of every public list URL, in HTML, JSON and CSV: the answer is
200 or a 400 that says what was wrong, never a 500.

tests/test_public_list.py checks the exact message for each bad value on /claims/; this
sweep covers the other list URLs (generated from the URLconf: every page that offers a CSV
twin), every parameter with a NUL byte and with 10 kB, and values that are valid but extreme
(they reach the database).
"""

from __future__ import annotations

import itertools

import pytest
from django.test import Client

from claims.filters import ClaimFilter
from tests.public_fixtures import *  # noqa: F403 -- the world and fresh_cache fixtures
from tests.urlconf_fixtures import TOKEN, body_of, build, walk

pytestmark = pytest.mark.django_db

FORMATS = ["html", "json", "csv"]
PARAMETERS = [*ClaimFilter.base_filters, "page", "format"]
# The values issue 8 names, each in its own parameter.
NAMED = [
    ("value_min", "abc"),
    ("stated_after", "2024-13-45"),
    ("page", "-1"),
    ("sort", ";drop"),
]
# Tried in every parameter, one parameter at a time.
EVERYWHERE = ["x" * 10_240, "a\x00b", "\x00"]
# Tried in every parameter at once: malformed, and valid but extreme.
ODD = [
    "abc", "-1", ";drop", "' OR 1=1 --", "%", "1e999", "NaN", "-0", "9" * 40,
    "99999999999999999999.9999", "-99999999999999999999", "0.00001",
    "9999-12-31", "0001-01-01", "2024-02-30", "[]", "ü" * 300, "\u202e\u0000", " ",
]


def list_paths(world) -> list[str]:
    """Every public URL that lists claims (it answers ?format=csv with a CSV), filled with the
    world's public speaker and event."""
    client = Client()
    paths = []
    for route in walk():
        if route.name.startswith("admin:"):
            continue
        converters = [token["converter"] for token in TOKEN.finditer(route.text)]
        if any(c != "slug" for c in converters):
            continue  # lists are named by slugs, if at all
        candidates = itertools.product(
            [world.okafor.slug, world.event.slug, world.flood.slug], repeat=len(converters)
        )
        for values in candidates:
            path = build(route, list(values))
            response = client.get(path, {"format": "csv"})
            if response.get("Content-Type", "").startswith("text/csv"):
                paths.append(path)
    return paths


def problem(path: str, params: dict[str, str], fmt: str, client) -> str | None:
    """Why the answer to this request is not acceptable (None when it is)."""
    query = {**params} if "format" in params else {**params, "format": fmt}
    try:
        response = client.get(path, query)
    except Exception as error:
        return f"{path} {sorted(params)} ({fmt}): raised {error!r}"
    status = response.status_code
    shown = f"{path} {sorted(params)}={next(iter(params.values()))[:20]!r} ({fmt})"
    if status == 200:
        return None
    if status != 400:
        return f"{shown}: answered {status}"
    if not response.get("Content-Type", "").startswith("application/json"):
        return None if body_of(response).strip() else f"{shown}: empty 400"
    errors = response.json().get("errors", {})
    messages = [message for texts in errors.values() for message in texts if message.strip()]
    if not messages:
        return f"{shown}: 400 without a message: {body_of(response)[:200]}"
    return None


def test_the_sweep_finds_the_list_urls(world):
    paths = list_paths(world)
    assert {"/", "/claims/", f"/speakers/{world.okafor.slug}/", f"/events/{world.event.slug}/"} <= (
        set(paths)
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_named_garbage_and_nul_and_10kb_in_each_parameter(client, world, fmt):
    problems = []
    for path in list_paths(world):
        tries = [{name: value} for name, value in NAMED]
        tries += [{name: value} for name in PARAMETERS for value in EVERYWHERE]
        for params in tries:
            found = problem(path, params, fmt, client)
            if found:
                problems.append(found)
    assert problems == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_odd_values_in_every_parameter_at_once(client, world, fmt):
    problems = []
    for path in list_paths(world):
        for value in ODD:
            params = {name: value for name in PARAMETERS if name != "format"}
            found = problem(path, params, fmt, client)
            if found:
                problems.append(found)
    assert problems == []


def test_odd_values_in_each_filter_alone_reach_no_error(client, world):
    # Alone, a valid-but-extreme value gets past validation to the database query.
    problems = []
    for name, value, fmt in itertools.product(ClaimFilter.base_filters, ODD, ["json", "csv"]):
        found = problem("/claims/", {name: value}, fmt, client)
        if found:
            problems.append(found)
    assert problems == []


def test_a_bad_value_is_named_in_the_400(client, world):
    response = client.get("/claims/", {"format": "json", "stated_after": "a\x00b"})
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["stated_after"]
    speaker = client.get(f"/speakers/{world.okafor.slug}/", {"format": "json", "page": "-1"})
    assert speaker.status_code == 400
    assert speaker.json()["errors"]["page"]
