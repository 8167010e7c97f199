"""Session 15, round ta: attributions the outlet was wrongly given (invented sentences)."""

from __future__ import annotations

from tests.extraction.test_speakers import run


def speakers(claims):
    return {(c.speaker, c.figure_text) for c in claims}


# --- a document opening the sentence, its owner in an aside, its subject ending in a clause


def test_a_survey_of_people_who_do_something_conducted_by_a_body_is_the_bodys():
    got = speakers(run(
        "A poll of 1,350 parents who work night shifts, carried out by the Childcare Equity "
        "Trust, found that 44 percent had missed a school event in the past month."))
    assert ("Childcare Equity Trust", "1,350") in got
    assert ("Childcare Equity Trust", "44 percent") in got


def test_a_study_by_authors_commissioned_by_another_body_stays_the_authors():
    got = speakers(run(
        "A study by the Meridian Institute of 900 households that rent, commissioned by the "
        "Tenants Alliance, found that 31 percent paid more than half their income in rent."))
    assert ("Tenants Alliance", "31 percent") not in got
