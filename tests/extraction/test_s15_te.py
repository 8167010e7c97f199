"""Session 15, round te: general constructions from the told sets heldout60-79.

Each rule has a sentence it fixes and one it must leave alone (our own sentences)."""

from __future__ import annotations

from tests.extraction.test_figures import figures
from tests.extraction.test_speakers import by_figure, run


def test_bracketed_counts_too_large_for_an_age_are_figures():
    texts = [f.text for f in figures(
        "Syrians made up 1,204 of the arrivals, followed by Afghans (412) and Iraqis (298).")]
    assert "412" in texts and "298" in texts
    assert figures("Mark Jones (45) was charged with assault on Friday.") == []


def test_a_document_handed_to_a_recipient_by_its_owner_is_the_owners():
    got = by_figure(run(
        "According to figures submitted to the tribunal by the Harbour Fishers Trust, which "
        "acted for the villagers, trawlers received 1,950 tonnes.",
        "According to papers submitted to the council, the road cost $4 million.",
    ))
    assert got["1,950 tonnes"].speaker == "Harbour Fishers Trust"
    assert got["$4 million"].speaker_kind == "media"  # (no owner named: the recipient is none)
