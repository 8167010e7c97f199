"""The blind sets heldout8/ to heldout87/, heldout92/ to heldout99/ and heldout103/ to heldout165/ (and the round helpers'
tuning sets heldout88/ to heldout91/ and heldout100/ to heldout102/) are not held to every pair (test_articles.py holds the tuned folders to that);
they are held to the accuracy measured on them, so a change that
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
# start and at the end. Session 8: heldout52-55 written at its start and committed unread,
# never opened by its rounds (which used heldout48-51, then misses recurring across
# heldout8-51), scored at the start, mid-session and at the end (the latest honest estimate).
# Session 9: heldout56-59 written at its start and committed unread, never opened by its rounds
# (which used heldout52-55, then misses recurring across heldout8-55), scored at the start,
# after each merge and at the end. Session 10: heldout60-63 written at its start and committed
# unread; 60-61 then used for its rounds (with heldout8-59), 62-63 never opened, scored at the
# start and after each merge. Floors are two points under the lower of precision and recall at
# session 10's end, scored as score.py scores now (durations and every length are figures;
# corpus.DURATIONS_UNLISTED). Session 10 made an unattributed headline figure the outlet's own
# claim (articles/README.md): the older sets, whose authors credited such a figure to the body's
# speaker, lost up to 8 points of precision by it (heldout13, heldout22), and their floors
# were lowered with it. Session 11: heldout64-71 written by eight authors and committed unread;
# 62-65 and then 68-69 used for its rounds (with misses recurring across heldout42-69), 66-67
# and 70-71 never opened, scored at the start and after each merge. Session 12: heldout72-79
# written by eight authors and committed unread; heldout66-71, misses recurring across
# heldout42-63 and then 72-75 used for its rounds, 76-79 never opened, scored at the start and
# after each merge. Session 13: heldout80-87 written by eight authors and committed unread,
# never opened by its rounds (which used heldout66-79 and heldout88-91), scored at the start
# and at the end (three round helpers' greps over all folders printed a gold line or two of
# them: score.py says which); heldout88-91 written by four round helpers for tuning on the
# sports and culture, science and health, courts and crime, and economy and markets desks,
# not blind. Floors are two points under the lower of precision and recall at session 13's end
# (never lowered: heldout58 keeps 0.94). Session 14: heldout92-99 written by eight authors at
# its start and committed unread, never opened by its rounds (which used heldout8-91 and three
# tuning sets the round helpers wrote, heldout100-102), scored at the start and after the
# merges; heldout80-87 were opened for its rounds. Floors raised to two points under the lower
# of precision and recall at session 14's end. Session 15: heldout103-110 written by eight
# authors at its start and committed unread, never opened by its rounds (which used
# heldout8-102 and sentences of their own), scored at the start and after the merges; floors
# raised again to two points under the lower of precision and recall at session 15's end
# (heldout103-110 were opened for its last three rounds after their final blind run);
# heldout111-114 written late in session 15, committed unread, never opened, scored before and
# after those last three rounds.
FLOORS = {
    "heldout8": 0.94,
    "heldout9": 0.92,
    "heldout10": 0.93,
    "heldout11": 0.96,
    "heldout12": 0.91,
    "heldout13": 0.88,
    "heldout14": 0.94,
    "heldout15": 0.95,
    "heldout16": 0.92,
    "heldout17": 0.93,
    "heldout18": 0.85,
    "heldout19": 0.90,
    "heldout20": 0.90,
    "heldout21": 0.95,
    "heldout22": 0.78,
    "heldout23": 0.91,
    "heldout24": 0.95,
    "heldout25": 0.91,
    "heldout26": 0.96,
    "heldout27": 0.88,
    "heldout28": 0.92,
    "heldout29": 0.96,
    "heldout30": 0.92,
    "heldout31": 0.86,
    "heldout32": 0.91,
    "heldout33": 0.91,
    "heldout34": 0.82,
    "heldout35": 0.88,
    "heldout36": 0.91,
    "heldout37": 0.89,
    "heldout38": 0.91,
    "heldout39": 0.87,
    "heldout40": 0.89,
    "heldout41": 0.91,
    "heldout42": 0.96,
    "heldout43": 0.92,
    "heldout44": 0.92,
    "heldout45": 0.93,
    "heldout46": 0.93,
    "heldout47": 0.94,
    "heldout48": 0.96,
    "heldout49": 0.95,
    "heldout50": 0.94,
    "heldout51": 0.94,
    "heldout52": 0.91,
    "heldout53": 0.93,
    "heldout54": 0.96,
    "heldout55": 0.92,
    "heldout56": 0.91,
    "heldout57": 0.96,
    "heldout58": 0.95,
    "heldout59": 0.93,
    "heldout60": 0.93,
    "heldout61": 0.95,
    "heldout62": 0.95,
    "heldout63": 0.95,
    "heldout64": 0.92,
    "heldout65": 0.93,
    "heldout66": 0.85,
    "heldout67": 0.88,
    "heldout68": 0.93,
    "heldout69": 0.80,
    "heldout70": 0.90,
    "heldout71": 0.93,
    "heldout72": 0.88,
    "heldout73": 0.86,
    "heldout74": 0.85,
    "heldout75": 0.90,
    "heldout76": 0.91,
    "heldout77": 0.90,
    "heldout78": 0.90,
    "heldout79": 0.91,
    "heldout80": 0.91,
    "heldout81": 0.96,
    "heldout82": 0.91,
    "heldout83": 0.88,
    "heldout84": 0.94,
    "heldout85": 0.89,
    "heldout86": 0.94,
    "heldout87": 0.95,
    "heldout88": 0.87,
    "heldout89": 0.80,
    "heldout90": 0.94,
    "heldout91": 0.93,
    # session 14's blind sets, then the round helpers' tuning sets (not blind)
    "heldout92": 0.95,
    "heldout93": 0.89,
    "heldout94": 0.93,
    "heldout95": 0.90,
    "heldout96": 0.93,
    "heldout97": 0.96,
    "heldout98": 0.91,
    "heldout99": 0.89,
    "heldout100": 0.89,
    "heldout101": 0.92,
    "heldout102": 0.79,
    # session 15's blind sets
    "heldout103": 0.94,
    "heldout104": 0.91,
    "heldout105": 0.84,
    "heldout106": 0.90,
    "heldout107": 0.85,
    "heldout108": 0.86,
    "heldout109": 0.88,
    "heldout110": 0.92,
    # session 15's late blind sets (written after its first eleven rounds)
    "heldout111": 0.89,
    "heldout112": 0.90,
    "heldout113": 0.91,
    "heldout114": 0.90,
    # Session 16: heldout115-122 written at its start (opened after their first run for the last rounds), heldout123-127 written mid-session, committed unread, scored at the start tree and the end
    "heldout115": 0.90,
    "heldout116": 0.83,
    "heldout117": 0.88,
    "heldout118": 0.89,
    "heldout119": 0.84,
    "heldout120": 0.75,
    "heldout121": 0.87,
    "heldout122": 0.74,
    "heldout123": 0.84,
    "heldout124": 0.75,
    "heldout125": 0.88,
    "heldout126": 0.77,
    "heldout127": 0.84,
    # Session 17: heldout128-135 written by eight authors at its start, committed unread, never opened by
    # its rounds (which used heldout8-127, heldout123-127 opened now), scored at the start tree and the
    # end tree; floors raised to two points under the lower of precision and recall at session 17's end.
    "heldout128": 0.92,
    "heldout129": 0.92,
    "heldout130": 0.87,
    "heldout131": 0.89,
    "heldout132": 0.87,
    "heldout133": 0.93,
    "heldout134": 0.95,
    "heldout135": 0.93,
    # Session 18: heldout136-143 written by eight authors at its start, committed unread on a side
    # branch, never opened by its rounds (which used heldout8-135), scored at the start tree and the
    # end tree; floors two points under the lower of precision and recall at session 18's end.
    "heldout136": 0.88,
    "heldout137": 0.91,
    "heldout138": 0.84,
    "heldout139": 0.90,
    "heldout140": 0.84,
    "heldout141": 0.87,
    "heldout142": 0.85,
    "heldout143": 0.92,
    # Session 18, second wave: heldout144-147 written by four more authors after its thirteen main
    # rounds, committed unread on a side branch, never opened by its last three rounds (which used
    # heldout8-143), scored before and after those rounds (no pair moved); floors two points under
    # the lower of precision and recall at session 18's end.
    "heldout144": 0.88,
    "heldout145": 0.92,
    "heldout146": 0.92,
    "heldout147": 0.85,
    # Session 19: heldout148-155 written by eight authors at its start, heldout156-161 by six more after
    # its first seven rounds and heldout162-165 by four more after fourteen; each wave committed unread
    # on a side branch, scored when written and after the rounds that could not see it, then opened
    # for the later rounds (heldout162-165 never opened); floors two points under the lower of
    # precision and recall at session 19's end.
    "heldout148": 0.87,
    "heldout149": 0.89,
    "heldout150": 0.82,
    "heldout151": 0.87,
    "heldout152": 0.84,
    "heldout153": 0.87,
    "heldout154": 0.91,
    "heldout155": 0.83,
    "heldout156": 0.70,
    "heldout157": 0.77,
    "heldout158": 0.84,
    "heldout159": 0.84,
    "heldout160": 0.84,
    "heldout161": 0.89,
    "heldout162": 0.80,
    "heldout163": 0.81,
    "heldout164": 0.79,
    "heldout165": 0.91,
}
# Figure recall: at least 0.9 in every set (heldout21 and heldout50, whose authors counted
# durations and multipliers, were held lower until those became figures in session 8).
FIGURE_RECALL_FLOOR = 0.9
# A set whose measured figure recall is under that would be held to it here (none since
# session 12 read heldout71's per-unit prices and currency letters).
FIGURE_RECALL_FLOORS: dict[str, float] = {}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_blind_set_accuracy_does_not_fall(folder):
    result = score(load_all(HERE / folder))
    assert result["pairs"] > 100
    assert result["precision"] >= FLOORS[folder], result
    assert result["recall"] >= FLOORS[folder], result
    assert result["figure_recall"] >= FIGURE_RECALL_FLOORS.get(folder, FIGURE_RECALL_FLOOR), result
