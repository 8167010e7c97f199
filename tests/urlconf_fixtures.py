"""The project's URLconf as a list, for the per-URL sweeps (admin, public, garbage filters).

`walk()` yields every URL pattern with its whole route and its namespaced name; the sweeps
fill the parameters themselves, so a URL added to the project is swept without anyone
listing it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.urls import URLResolver, get_resolver
from django.urls.resolvers import RegexPattern

# Route parameters <conv:name>, named regex groups (?P<name>...) and positional groups (...).
TOKEN = re.compile(
    r"<(?:(?P<converter>\w+):)?(?P<param>\w+)>"
    r"|\(\?P<(?P<group>\w+)>(?P<choices>[^)]*)\)"
    r"|\((?P<positional>[^)]*)\)"
)


@dataclass(frozen=True)
class Route:
    """One URL pattern: its whole route (regex parts without anchors), name and extra kwargs."""

    text: str
    name: str
    default_args: dict = field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        return f"{self.name} {self.text}"


def _part(pattern) -> str:
    text = str(pattern)
    if isinstance(pattern, RegexPattern):
        text = text.removeprefix("^").removesuffix("$")
    return text


def walk(resolver: URLResolver | None = None, prefix: str = "", namespace: str = ""):
    """Every URL pattern under `resolver` (default: the project's), with its full route."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = ":".join(n for n in (namespace, entry.namespace) if n)
            yield from walk(entry, prefix + _part(entry.pattern), inner)
        else:
            name = entry.name or "<unnamed>"
            yield Route(
                prefix + _part(entry.pattern),
                f"{namespace}:{name}" if namespace else name,
                dict(entry.default_args or {}),
            )


def build(route: Route, values: list[str]) -> str:
    """The URL path of `route` with its parameters, in order, replaced by `values`."""
    literals = TOKEN.split(route.text)[:: TOKEN.groups + 1]
    url = literals[0]
    for value, literal in zip(values, literals[1:], strict=True):
        url += value + literal
    return "/" + url


def body_of(response) -> str:
    """A response's text, streamed or not."""
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")
