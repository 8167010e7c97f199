"""Session 14 (the integrator's own rules): ranges of scaled amounts, dates, years, labels and
changes near numbers, "nobody" who did something, and news agencies as media speakers."""

from __future__ import annotations

import datetime
from decimal import Decimal as D

import pytest

from claims.extraction.dates import find_dates
from claims.extraction.figures import find_figures
from tests.extraction.test_speakers import run

DAY = datetime.date(2025, 3, 4)


def texts(sentence: str) -> list[tuple[str, D | None, D | None, str]]:
    return [(f.text, f.lower, f.upper, f.qualifier)
            for f in find_figures(sentence, find_dates(sentence, DAY))]


@pytest.mark.parametrize("sentence, text, lower, upper", [
    ("Traders expect to lose £80m-£100m over the weekend.", "£80m-£100m", D(80_000_000),
     D(100_000_000)),
    ("The plan could save the group R1.2bn to R1.5bn a year.", "R1.2bn to R1.5bn",
     D(1_200_000_000), D(1_500_000_000)),
    ("Bids of $100m-$120m were tabled.", "$100m-$120m", D(100_000_000), D(120_000_000)),
    ("Repairs will cost £80m-100m, engineers say.", "£80m-100m", D(80_000_000),
     D(100_000_000)),
    ("A US$2.5bn-US$3bn deal is close.", "US$2.5bn-US$3bn", D(2_500_000_000),
     D(3_000_000_000)),
])
def test_a_range_of_scaled_amounts_is_one_range(sentence, text, lower, upper):
    assert texts(sentence) == [(text, lower, upper, "range")]


@pytest.mark.parametrize("sentence, found", [
    ("Cases of Covid-19 rose, and the F-16 fleet was grounded.", []),
    ("The MH-17 and the A-10 were both named.", []),
])
def test_a_hyphen_after_letters_that_are_no_amount_still_rejects(sentence, found):
    assert [t[0] for t in texts(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    # the second day of a date range is a date
    ("The poll was taken on July 5 and 6 by telephone.", []),
    ("On July 5 and 12 people were hurt.", ["12"]),
    # a year after "of" is a year unless people or things are counted
    ("It will cut 650 jobs by the end of 2026 as it moves online.", ["650"]),
    ("It will return 60 per cent of 2025 profits to shareholders.", ["60 per cent"]),
    ("Gunmen killed 2000 civilians, the monitor said.", ["2000"]),
    # a numbered area is a label
    ("Prices in area 4 were three times higher.", ["three times"]),
    ("The park covers an area 4 times the size of the city.", ["4 times"]),
    # a past change by an amount, then the level it reached, is no range
    ("The number of active rigs fell by four to 412 this week.", ["four", "412"]),
    ("The death toll rose by 12 to 230 overnight.", ["12", "230"]),
    ("Costs rose by 4 to 6 per cent.", ["4 to 6 per cent"]),
])
def test_dates_years_labels_and_changes_near_numbers(sentence, found):
    assert [t[0] for t in texts(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    # "nobody" who did something is a count of those who did it
    ("Nobody from the water company has come to explain the smell.", ["Nobody"]),
    ("When the site vanished, nobody answered the phone.", ["nobody"]),
    ("Nobody on the board argued for a bigger cut.", ["Nobody"]),
    ("Nobody who comes to the centre is getting a cheque.", ["Nobody"]),
    # (not a wish or a surprise: a figure of speech)
    ("Nobody wants to be out here in the cold.", []),
    ("Nobody expected the vote to pass.", []),
])
def test_nobody_who_did_something_is_a_zero(sentence, found):
    assert [t[0] for t in texts(sentence)] == found


@pytest.mark.parametrize("paragraph, wire", [
    ("Three people were hurt in the crash, The Canadian Press reported.", "Canadian Press"),
    ("Forty homes were evacuated after the storm, according to Lusa.", "Lusa"),
    ("Some 120 flights were delayed, Bernama reported.", "Bernama"),
])
def test_a_national_news_agency_credited_in_the_text_is_a_media_speaker(paragraph, wire):
    (claim,) = run(paragraph)
    assert (claim.speaker, claim.speaker_kind) == (wire, "media")
