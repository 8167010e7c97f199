"""The blind sets heldout8/ to heldout47/ are not held to every pair (test_articles.py holds
the tuned folders to that); they are held to the accuracy measured on them, so a change that
makes the extractor worse on text it was not written for fails here.

First-run scores (before any change prompted by the set) are in score.py's docstring.
"""

from __future__ import annotations

import pytest

from tests.extraction.corpus import HERE, load_all
from tests.extraction.score import score

# Floors a little under the scores measured when each set was last scored (score.py's
# docstring has the history): losing two or three pairs is noise, more is a regression.
# heldout17 to heldout23 were written in session 3 (17-21 used for its round; 22-23 scored
# once after it); heldout24 to heldout27 in session 4 and used for its round; heldout28 to
# heldout31 in session 4 too, committed unread and scored once near its end, then used for a
# short last round; heldout32-33 written after that round and scored once with the final
# extractor. Session 5: heldout34-38 written at its start (34-36 used for its rounds, with
# 20-33), heldout39-41 during it; heldout37-41 committed unread and scored once with the
# session's final extractor. Session 6: heldout42-47 written at its start and committed
# unread; 42-43 used for its second round, 44-47 scored with the extractor after the second
# and after the third round (the latest honest estimate).
FLOORS = {
    "heldout8": 0.93,
    "heldout9": 0.91,
    "heldout10": 0.86,
    "heldout11": 0.90,
    "heldout12": 0.96,
    "heldout13": 0.89,
    "heldout14": 0.88,
    "heldout15": 0.87,
    "heldout16": 0.87,
    "heldout17": 0.86,
    "heldout18": 0.84,
    "heldout19": 0.86,
    "heldout20": 0.81,
    "heldout21": 0.78,
    "heldout22": 0.82,
    "heldout23": 0.85,
    "heldout24": 0.85,
    "heldout25": 0.81,
    "heldout26": 0.85,
    "heldout27": 0.76,
    "heldout28": 0.83,
    "heldout29": 0.81,
    "heldout30": 0.83,
    "heldout31": 0.81,
    "heldout32": 0.82,
    "heldout33": 0.84,
    "heldout34": 0.77,
    "heldout35": 0.80,
    "heldout36": 0.86,
    "heldout37": 0.81,
    "heldout38": 0.83,
    "heldout39": 0.82,
    "heldout40": 0.82,
    "heldout41": 0.82,
    "heldout42": 0.87,
    "heldout43": 0.88,
    "heldout44": 0.60,
    "heldout45": 0.70,
    "heldout46": 0.78,
    "heldout47": 0.76,
}
# Figure recall: 0.9 unless a set's authors counted what our conventions leave out
# (heldout21 lists durations such as "31 hours" and temperatures, which are not figures here).
FIGURE_RECALL_FLOORS = {"heldout21": 0.86}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_blind_set_accuracy_does_not_fall(folder):
    result = score(load_all(HERE / folder))
    assert result["pairs"] > 100
    assert result["precision"] >= FLOORS[folder], result
    assert result["recall"] >= FLOORS[folder], result
    assert result["figure_recall"] >= FIGURE_RECALL_FLOORS.get(folder, 0.9), result
