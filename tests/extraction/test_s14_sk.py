"""Session 14, round sk (magazine and long-form features desk, heldout102): each rule with
invented sentences in several styles, and at least one sentence the rule must leave alone."""

from __future__ import annotations

from tests.extraction.test_speakers import run


def who(claims):
    return {c.figure_text: c.speaker for c in claims}


def test_goals_conceded_in_play_are_no_admission():
    got = who(run(
        "Head coach Mikkel Sorvik said they won 3-1.",
        "Teams that break the press find space, and Harwick have conceded 11 goals from balls "
        "in behind. Sorvik shrugs at that. \"I'd rather lose 4-3 than win 1-0,\" he said.",
    ))
    assert got["11"] == "Test Herald"
    assert got["4"] == "Mikkel Sorvik"
    got = who(run("The visitors conceded two late tries and Marlow City conceded a penalty "
                  "in the 80th minute, losing by 6 points."))
    assert "Marlow City" not in got.values()
    # the admission stays an admission
    got = who(run("The minister, Ana Ruiz, conceded that 40 people had died in the floods."))
    assert got["40"] == "Ana Ruiz"
    got = who(run("Club chairman Tom Hale conceded the club had lost £4 million last season."))
    assert got["£4 million"] == "Tom Hale"
