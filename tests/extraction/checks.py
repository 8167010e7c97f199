"""Invariant checks every extraction test applies to every claim."""

from __future__ import annotations

from claims.extraction import ExtractedClaim

KINDS = {"person", "organisation", "government", "armed_group", "media"}
QUALIFIERS = {"exact", "over", "at_least", "about", "up_to", "under", "range", "vague"}
PARTS = {"headline", "summary", "body", "caption"}


def assert_invariants(claims: list[ExtractedClaim], text: str) -> None:
    """Bounds bracket the value, quotes are exact slices, figures sit inside their quotes."""
    for c in claims:
        assert c.speaker, c
        assert c.speaker_kind in KINDS, c
        assert c.qualifier in QUALIFIERS, c
        if c.lower is not None and c.value is not None:
            assert c.lower <= c.value, c
        if c.upper is not None and c.value is not None:
            assert c.value <= c.upper, c
        if c.lower is not None and c.upper is not None:
            assert c.lower <= c.upper, c
        if c.qualifier == "vague":
            assert c.value is None, c
        assert c.appearances, c
        spans = set()
        for a in c.appearances:
            assert a.part in PARTS, a
            assert text[a.start : a.end] == a.quote, a
            assert a.quote == a.quote.strip() and a.quote, a
            assert a.start <= a.figure_start < a.figure_end <= a.end, a
            assert (a.start, a.end) not in spans, c  # one appearance per sentence
            spans.add((a.start, a.end))


def calls_made(action) -> int:
    """How many Python and built-in function calls `action()` makes: a count that is the same
    on every run and every machine, so a test can pin how work grows with the input (a wall
    clock cannot: it changes with the machine's load)."""
    import sys

    count = 0

    def profiler(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profiler)
    try:
        action()
    finally:
        sys.setprofile(None)
    return count
