"""Session 15, round te: general constructions from the told sets heldout60-79.

Each rule has a sentence it fixes and one it must leave alone (our own sentences)."""

from __future__ import annotations

from tests.extraction.test_figures import figures
from tests.extraction.test_speakers import by_figure, run  # noqa: F401 (later rules)


def test_bracketed_counts_too_large_for_an_age_are_figures():
    texts = [f.text for f in figures(
        "Syrians made up 1,204 of the arrivals, followed by Afghans (412) and Iraqis (298).")]
    assert "412" in texts and "298" in texts
    assert figures("Mark Jones (45) was charged with assault on Friday.") == []
