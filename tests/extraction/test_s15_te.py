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


def test_an_opening_of_n_people_polled_by_x_is_the_pollsters_count():
    got = by_figure(run(
        "Of 25 analysts surveyed this month by the Lima-based brokerage Andes Valores, 17 had "
        "expected a hold.",
        "Of the 480 MPs present, 291 voted for the bill.",
        "Of 40 economists polled, 31 expected a cut.",
    ))
    assert got["25"].speaker == got["17"].speaker == "Andes Valores"
    assert got["291"].speaker_kind == "media"  # (no poll)
    assert got["31"].speaker_kind == "media"  # (no pollster named)
