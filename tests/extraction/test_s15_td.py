"""Session 15, round td: what counts as a figure (grams written against the number, ...)."""

from __future__ import annotations

import datetime

import pytest

from claims.extraction.dates import find_dates
from claims.extraction.figures import find_figures
from tests.extraction.test_speakers import run

DAY = datetime.date(2025, 3, 4)


def found(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.unit) for f in find_figures(sentence, find_dates(sentence, DAY))]


@pytest.mark.parametrize("sentence, figures", [
    ("The maker cut its chocolate bar to 95g last spring.", [("95g", "g")]),
    ("Each portion holds 250g of rice.", [("250g", "g")]),
])
def test_grams_written_against_the_number_are_a_weight(sentence, figures):
    assert found(sentence) == figures


@pytest.mark.parametrize("sentence", [
    "The operator switched on its 5G network in the capital.",
    "Rural towns still wait for a 4g signal.",
])
def test_a_network_generation_is_no_weight(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize("sentence, figures", [
    ("A bowl of noodles was RM6 in 2023, now RM8.", [("RM6", "MYR"), ("RM8", "MYR")]),
    ("Fares were $2 before the strike, now $3.", [("$2", "USD"), ("$3", "USD")]),
])
def test_an_amount_after_now_is_no_age(sentence, figures):
    assert found(sentence) == figures


def test_a_plain_number_after_now_is_still_an_age():
    assert found("Grace Obi, now 61, runs the clinic.") == []


@pytest.mark.parametrize("sentence, figures", [
    ("Diesel now costs LE1,250 a drum, up from LE900.", [("LE1,250", "EGP")]),
    ("The ministry set aside LE3.5 billion for roads.", [("LE3.5 billion", "EGP")]),
])
def test_egyptian_pounds_written_le(sentence, figures):
    assert found(sentence)[: len(figures)] == figures


def test_le_before_a_small_bare_number_is_no_money():
    assert found("She drives an LE4 to work.") == []


def test_an_amount_after_its_currency_letters_is_no_speaker():
    c = run("A day pass costs RM12, the company said.")[0]
    assert (c.figure_text, c.speaker) == ("RM12", "Company")


def test_a_name_with_digits_still_speaks():
    c = run("F1 said 24 races would be held next year.")[0]
    assert c.speaker == "F1"


@pytest.mark.parametrize("sentence, figures", [
    ("Pour 150 to 300 millilitres into the pan.", [("150 to 300 millilitres", "ml")]),
    ("Add 250 grams of flour and stir.", [("250 grams", "g")]),
])
def test_a_measure_after_a_capitalised_verb_is_no_label(sentence, figures):
    assert found(sentence) == figures


def test_a_name_numbered_without_a_unit_stays_a_label():
    assert found("Airbus 320 jets were grounded.") == []


def test_prices_a_range_of_goods_is_offered_at_are_one_range():
    assert found("The shop sells kettles priced from £20 to £90.") == [("£20 to £90", "GBP")]


def test_a_price_that_moved_from_one_to_another_stays_two():
    assert found("The fare went from £20 to £90.") == [("£20", "GBP"), ("£90", "GBP")]


@pytest.mark.parametrize("sentence, figures", [
    ("Building the plant is a six- to nine-month job.", [("six- to nine-month", "months")]),
    ("Expect a 3- to 5-year wait for a permit.", [("3- to 5-year", "years")]),
])
def test_a_range_of_compounds_with_a_hanging_hyphen_is_one_range(sentence, figures):
    assert found(sentence) == figures


def test_a_hyphen_before_a_word_is_no_hanging_range():
    assert found("It was a 6-month trial, run by 12 nurses.") == [("6-month", "months"),
                                                                 ("12", "")]


@pytest.mark.parametrize("sentence", [
    "Turnout among 18- to 24-year-olds rose.",
    "Among 11- and 12-year-olds, screen time grew.",
    "Classes for five- and six-year-old pupils were merged.",
])
def test_the_first_end_of_an_age_group_is_an_age(sentence):
    assert found(sentence) == []


def test_a_hanging_range_of_months_is_still_a_figure():
    assert found("Expect a 9- to 12-month delay.") == [("9- to 12-month", "months")]


def test_a_runners_bib_number_is_a_label():
    assert found("The man wearing bib 2716 was treated at the finish.") == []


def test_a_count_of_runners_is_still_a_figure():
    assert found("The organisers handed out 2,716 bibs.") == [("2,716", "")]
