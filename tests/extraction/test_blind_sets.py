"""The blind sets heldout8/ to heldout51/ are not held to every pair (test_articles.py holds
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
# and after the third round. Session 7: heldout48-51 written at its start and committed
# unread, never opened by its rounds (which used heldout8-47, 44-47 among them), scored at the
# start and at the end (the latest honest estimate). Floors are two points under the lower of
# precision and recall at session 7's end.
FLOORS = {
    "heldout8": 0.94,
    "heldout9": 0.92,
    "heldout10": 0.86,
    "heldout11": 0.93,
    "heldout12": 0.97,
    "heldout13": 0.91,
    "heldout14": 0.92,
    "heldout15": 0.91,
    "heldout16": 0.90,
    "heldout17": 0.87,
    "heldout18": 0.86,
    "heldout19": 0.87,
    "heldout20": 0.83,
    "heldout21": 0.87,
    "heldout22": 0.83,
    "heldout23": 0.88,
    "heldout24": 0.86,
    "heldout25": 0.85,
    "heldout26": 0.92,
    "heldout27": 0.78,
    "heldout28": 0.85,
    "heldout29": 0.86,
    "heldout30": 0.85,
    "heldout31": 0.82,
    "heldout32": 0.84,
    "heldout33": 0.87,
    "heldout34": 0.78,
    "heldout35": 0.80,
    "heldout36": 0.87,
    "heldout37": 0.82,
    "heldout38": 0.86,
    "heldout39": 0.86,
    "heldout40": 0.82,
    "heldout41": 0.84,
    "heldout42": 0.90,
    "heldout43": 0.88,
    "heldout44": 0.82,
    "heldout45": 0.83,
    "heldout46": 0.90,
    "heldout47": 0.90,
    "heldout48": 0.75,
    "heldout49": 0.85,
    "heldout50": 0.66,
    "heldout51": 0.76,
}
# Figure recall: 0.9 unless a set's authors counted what our conventions leave out
# (heldout21 lists durations such as "31 hours" and temperatures, which are not figures here).
# heldout50's authors counted durations and multipliers too.
FIGURE_RECALL_FLOORS = {"heldout21": 0.86, "heldout50": 0.85}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_blind_set_accuracy_does_not_fall(folder):
    result = score(load_all(HERE / folder))
    assert result["pairs"] > 100
    assert result["precision"] >= FLOORS[folder], result
    assert result["recall"] >= FLOORS[folder], result
    assert result["figure_recall"] >= FIGURE_RECALL_FLOORS.get(folder, 0.9), result
