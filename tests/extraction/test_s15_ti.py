"""Session 15, round ti: figures, their value, bounds and qualifier, across national formats.

Written from the family, not from any test folder: money as outlets in many countries write it,
qualifiers, ranges, number words, zeros, and numbers that are no figures.
"""

from __future__ import annotations

import datetime
from decimal import Decimal as D

import pytest

from claims.extraction.dates import find_dates
from claims.extraction.figures import find_figures
from tests.extraction.test_speakers import run

DAY = datetime.date(2025, 3, 4)


def found(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.unit) for f in find_figures(sentence, find_dates(sentence, DAY))]


def pairs(*paragraphs: str) -> list[tuple[str, str]]:
    return [(c.figure_text, c.speaker) for c in run(*paragraphs)]


# --- pinned: the family as it already worked -------------------------------------------------

@pytest.mark.parametrize("sentence, figure, unit, value", [
    ("The state will spend Rs 1.2 lakh crore on irrigation.", "Rs 1.2 lakh crore", "INR",
     D("1200000000000")),
    ("The airport expansion will cost ₹450 crore.", "₹450 crore", "INR", D("4500000000")),
    ("The board approved Tk 50 crore for flood shelters.", "Tk 50 crore", "BDT", D("500000000")),
    ("The central bank injected PKR 3bn into the market.", "PKR 3bn", "PKR", D("3000000000")),
    ("Kenya Power lost KSh 2.4 billion to vandalism.", "KSh 2.4 billion", "KES", D("2400000000")),
    ("The state had borrowed N5bn to pay salaries.", "N5bn", "NGN", D("5000000000")),
    ("The utility needs R1.2bn to repair the units.", "R1.2bn", "ZAR", D("1200000000")),
    ("The club was fined HK$2m by the regulator.", "HK$2m", "HKD", D("2000000")),
    ("The miner posted a profit of A$1.4 billion.", "A$1.4 billion", "AUD", D("1400000000")),
    ("Ottawa will spend C$500 million on housing.", "C$500 million", "CAD", D("500000000")),
    ("The stadium would cost NZ$683 million.", "NZ$683 million", "NZD", D("683000000")),
    ("The oil firm will pay out R$ 12 billion.", "R$ 12 billion", "BRL", D("12000000000")),
    ("The bloc will provide €1.2bn in aid.", "€1.2bn", "EUR", D("1200000000")),
    ("The carmaker will invest 1.2 billion euros.", "1.2 billion euros", "EUR", D("1200000000")),
    ("The fund approved a US$3 billion loan.", "US$3 billion", "USD", D("3000000000")),
    ("We raised five million dollars in a week.", "five million dollars", "USD", D("5000000")),
    ("The scheme has a corpus of Rs 10,000-crore.", "Rs 10,000-crore", "INR", D("100000000000")),
    ("The emirate allocated Dh2.5 billion to housing.", "Dh2.5 billion", "AED", D("2500000000")),
    ("The bank lent Rp 5 trillion to small firms.", "Rp 5 trillion", "IDR", D("5000000000000")),
    ("Singapore will spend S$1.1 billion on it.", "S$1.1 billion", "SGD", D("1100000000")),
    ("The levy will raise 2 crore rupees.", "2 crore rupees", "INR", D("20000000")),
    ("Exports rose to 54.3 billion won.", "54.3 billion won", "KRW", D("54300000000")),
])
def test_money_in_national_formats(sentence, figure, unit, value):
    f = find_figures(sentence, find_dates(sentence, DAY))[0]
    assert (f.text, f.unit, f.value) == (figure, unit, value)


@pytest.mark.parametrize("sentence, figure, qualifier, lower, upper", [
    ("As many as 300 people may have died.", "As many as 300", "up_to", D(0), D(300)),
    ("The fire destroyed upwards of 2,000 hectares.", "upwards of 2,000 hectares", "over",
     D(2000), None),
    ("Almost 40 per cent of households lack water.", "Almost 40 per cent", "about", None, None),
    ("The project came in just under $4 million.", "just under $4 million", "under", D(0),
     D(4000000)),
    ("The firm is valued at north of $10 billion.", "north of $10 billion", "over",
     D(10000000000), None),
    ("An estimated 12,000 people were displaced.", "An estimated 12,000", "about", None, None),
    ("The fraud ran to in excess of £3 million.", "in excess of £3 million", "over",
     D(3000000), None),
    ("No fewer than 14 ministers attended.", "No fewer than 14", "at_least", D(14), None),
    ("Between 200 and 250 buses would be added.", "Between 200 and 250", "range", D(200),
     D(250)),
    ("Prices rose 3-4 per cent last year.", "3-4 per cent", "range", D(3), D(4)),
    ("The firm expects revenue of $4.5bn-$5bn.", "$4.5bn-$5bn", "range", D(4500000000),
     D(5000000000)),
    ("The mine employs some 3,000 to 4,000 people.", "some 3,000 to 4,000", "range", D(3000),
     D(4000)),
    ("Losses are estimated at 15 to 20 billion rupees.", "15 to 20 billion rupees", "range",
     D(15000000000), D(20000000000)),
    ("The cost ranges from €3m to €5m.", "€3m to €5m", "range", D(3000000), D(5000000)),
    ("The council expects 2-3 million visitors.", "2-3 million", "range", D(2000000),
     D(3000000)),
    ("Several hundred protesters gathered outside.", "Several hundred", "vague", D(300), None),
    ("Tens of thousands of people marched.", "Tens of thousands", "vague", D(10000), None),
    ("Only a handful of shops opened on Monday.", "a handful", "vague", D(2), None),
    ("Police said two dozen people were arrested.", "two dozen", "exact", D(24), D(24)),
    ("Well over 2 million people voted.", "Well over 2 million", "over", D(2000000), None),
    ("Half a million people fled.", "Half a million", "exact", D(500000), D(500000)),
])
def test_qualifiers_bounds_and_ranges(sentence, figure, qualifier, lower, upper):
    f = find_figures(sentence, find_dates(sentence, DAY))[0]
    assert (f.text, f.qualifier, f.lower, f.upper) == (figure, qualifier, lower, upper)


@pytest.mark.parametrize("sentence, figures", [
    ("Unemployment rose to 7.4 percent from 7.1 percent.", [("7.4 percent", "%"),
                                                            ("7.1 percent", "%")]),
    ("The rate went up by 50 basis points.", [("50 basis points", "basis points")]),
    ("Support fell three percentage points to 28%.", [("three percentage points",
                                                       "percentage points"), ("28%", "%")]),
    ("The yield rose 12 bps to 4.35%.", [("12 bps", "basis points"), ("4.35%", "%")]),
    ("Shares fell 12pc on the news.", [("12pc", "%")]),
    ("Bread now costs 80p, up from 60p.", [("80p", "GBP"), ("60p", "GBP")]),
])
def test_percentages_points_and_pence(sentence, figures):
    assert found(sentence) == figures


@pytest.mark.parametrize("sentence, figures", [
    ("The meeting was held on 12/03/2024 and 40 members attended.", ["40"]),
    ("The fire broke out at 3.45am and 12 people were hurt.", ["12"]),
    ("The flight, MH370, carried 239 people.", ["239"]),
    ("The driver, 34, was one of 6 people hurt.", ["6"]),
    ("The deficit for fiscal 2024-25 stood at 5.6 per cent.", ["5.6 per cent"]),
    ("The 2023 figure was 412 deaths.", ["412"]),
    ("Callers should ring 0800 123 456 for help.", []),
    ("He was sentenced on 4th March to 12 years in jail.", ["12 years"]),
    ("The school finished third, with 1,200 pupils enrolled.", ["1,200"]),
    ("Over 1,000 people attended the rally on the 15th.", ["Over 1,000"]),
])
def test_dates_times_ages_ordinals_and_codes_are_no_figures(sentence, figures):
    assert [t for t, _ in found(sentence)] == figures


@pytest.mark.parametrize("paragraph, expected", [
    ("The state government will spend Rs 1.2 lakh crore on irrigation over five years, "
     "Finance Minister Suresh Rao said on Tuesday.",
     [("Rs 1.2 lakh crore", "Suresh Rao"), ("five years", "Suresh Rao")]),
    ("The airport expansion will cost ₹450 crore, according to the Airports Authority of India.",
     [("₹450 crore", "Airports Authority of India")]),
    ("Eskom needs R1.2bn to repair the units, its chief executive Dan Marokane told MPs.",
     [("R1.2bn", "Dan Marokane")]),
    ("The club was fined HK$2m, the Securities and Futures Commission said.",
     [("HK$2m", "Securities and Futures Commission")]),
    ("As many as 300 people may have died, the Red Cross said.",
     [("As many as 300", "Red Cross")]),
    ("The company is valued at north of $10 billion, analysts at Jefferies said.",
     [("north of $10 billion", "Jefferies")]),
    ("Police said nobody was killed.", [("nobody", "Police")]),
    ('"There were no casualties," the army spokesman said.', [("no casualties", "Army")]),
    ("Unemployment was 5.1%, down from 5.4% in March, according to the statistics agency.",
     [("5.1%", "Statistics agency"), ("5.4%", "Statistics agency")]),
])
def test_speaker_and_figure_pairs(paragraph, expected):
    assert pairs(paragraph) == expected


# --- a label word used as a verb, or before an amount, numbers nothing ----------------------

@pytest.mark.parametrize("sentence, figure", [
    ("The firm will issue 500 million new shares.", "500 million"),
    ("The government will issue 2 billion euros of bonds.", "2 billion euros"),
    ("China will issue 1 trillion yuan of special bonds.", "1 trillion yuan"),
    ("The camp can house 5,000 refugees.", "5,000"),
    ("The prison, which houses 1,200 inmates, is full.", "1,200"),
    ("The town issues 3,400 permits a year.", "3,400"),
])
def test_a_label_word_before_an_amount_or_as_a_verb_numbers_nothing(sentence, figure):
    assert found(sentence)[0][0] == figure


@pytest.mark.parametrize("sentence", [
    "Goulburn moves to level 4 water restrictions.",
    "Block inbound traffic to port 8443 at once.",
    "The story ran in issue 12 of the journal.",
    "She lives in house 14 on the estate.",
])
def test_labels_still_number_things(sentence):
    assert found(sentence) == []


# --- currency signs and letters --------------------------------------------------------------

@pytest.mark.parametrize("sentence, figure, unit", [
    ("Samsung will invest ₩1.5 trillion in a plant.", "₩1.5 trillion", "KRW"),
    ("The firm paid GH¢ 2.5 million in taxes.", "GH¢ 2.5 million", "GHS"),
    ("The project would cost QR 100bn in all.", "QR 100bn", "QAR"),
    ("Aramco will pay SR 75 billion in dividends.", "SR 75 billion", "SAR"),
    ("Fines rose to KD 1,250 last year.", "KD 1,250", "KWD"),
])
def test_currency_signs_and_spaced_gulf_letters(sentence, figure, unit):
    assert found(sentence)[0] == (figure, unit)


@pytest.mark.parametrize("sentence", [
    "Scan the QR 2 code at the gate.",
    "The SR 5 road was closed.",
])
def test_spaced_letters_before_a_small_number_are_no_money(sentence):
    assert found(sentence) == []


# --- qualifiers ------------------------------------------------------------------------------

@pytest.mark.parametrize("paragraph, expected", [
    ("Upward of 300 homes lost power, the utility said.", ("Upward of 300", "over")),
    ("Upwards of 300 homes lost power, the utility said.", ("Upwards of 300", "over")),
    ("Roughly 300 homes lost power, the utility said.", ("Roughly 300", "about")),
    ("Turnout was just shy of 60 per cent, the electoral commission said.",
     ("just shy of 60 per cent", "under")),
    ("The index closed just short of 20,000 points, traders said.",
     ("just short of 20,000", "under")),
])
def test_qualifiers_opening_or_hedging_a_count(paragraph, expected):
    c = run(paragraph)[0]
    assert (c.figure_text, c.qualifier) == expected
    assert c.speaker not in ("Upward", "Upwards", "Roughly")


def test_a_little_over_keeps_the_bound_word_only():
    c = run("A little over 3 percent of voters backed him, Gallup said.")[0]
    assert (c.figure_text, c.qualifier, c.speaker) == ("over 3 percent", "over", "Gallup")


def test_falling_short_of_a_distance_is_no_bound():
    c = run("The shot fell short of 100 metres, the coach said.")[0]
    assert (c.figure_text, c.qualifier) == ("100 metres", "exact")


# --- zero said as "not a single" -------------------------------------------------------------

@pytest.mark.parametrize("paragraph, speaker", [
    ("Not a single case was reported, the health department said.", "Health department"),
    ("Not a single vote was cast for him in the ward, officials said.", "Officials"),
    ("Not one child was hurt, the principal said.", "Principal"),
])
def test_not_a_single_is_a_zero(paragraph, speaker):
    c = run(paragraph)[0]
    assert (c.value, c.qualifier, c.speaker) == (D(0), "exact", speaker)


@pytest.mark.parametrize("sentence", [
    '"We will not take a single step back," he said.',
    "Not a single word of it was true.",
])
def test_not_a_single_in_a_figure_of_speech_is_no_zero(sentence):
    assert found(sentence) == []


# --- round counts and number words -----------------------------------------------------------

@pytest.mark.parametrize("sentence, figure, value, qualifier", [
    ("Some 40-odd houses were flooded.", "Some 40-odd", D(40), "about"),
    ("The blaze destroyed 30 odd homes.", "30 odd", D(30), "about"),
    ("He spent 20-odd years in the post.", "20-odd", D(20), "about"),
    ("Nearly two-dozen people were arrested.", "Nearly two-dozen", D(24), "about"),
    ("Around a quarter of a million people attended.", "Around a quarter of a million",
     D(250000), "about"),
    ("Three-quarters of a million households are hit.", "Three-quarters of a million",
     D(750000), "exact"),
])
def test_round_counts_in_words_and_odd(sentence, figure, value, qualifier):
    f = find_figures(sentence, [])[0]
    assert (f.text, f.value, f.qualifier) == (figure, value, qualifier)


@pytest.mark.parametrize("sentence, figures", [
    ("Thousands upon thousands of fans lined the streets.", ["Thousands upon thousands"]),
    ("Hundreds and hundreds of people came.", ["Hundreds and hundreds"]),
])
def test_a_doubled_vague_count_is_one_figure(sentence, figures):
    assert [f.text for f in find_figures(sentence, [])] == figures


@pytest.mark.parametrize("sentence", [
    "He owns odd-numbered plots only.",
    "A quarter of voters backed the plan.",
])
def test_odd_and_fractions_alone_stay_out(sentence):
    assert find_figures(sentence, []) == []


# --- shares written "N out of M" -------------------------------------------------------------

@pytest.mark.parametrize("sentence, figure, value", [
    ("Nine out of 10 respondents backed the plan.", "Nine out of 10", D(90)),
    ("Four out of five doctors agree.", "Four out of five", D(80)),
    ("One in five children is underweight.", "One in five", D(20)),
])
def test_n_out_of_m_is_a_share(sentence, figure, value):
    f = find_figures(sentence, [])[0]
    assert (f.text, f.value, f.unit) == (figure, value, "%")


@pytest.mark.parametrize("sentence", [
    "The hotel was rated 4 out of 5 by guests.",
    "He scored 7 out of 10 in the test.",
])
def test_a_mark_out_of_a_top_is_no_share(sentence):
    assert all(f.unit != "%" for f in find_figures(sentence, []))


# --- people who speak by their role ----------------------------------------------------------

@pytest.mark.parametrize("paragraph, speaker", [
    ("The plan would cost the province $300 million, the premier said.", "Premier"),
    ("Over 3 percent of voters backed him, the pollster said.", "Pollster"),
    ("Ticket prices range between £45 and £120, the promoter said.", "Promoter"),
    ("The bill would raise $50 million, its sponsor said.", "Sponsor"),
    ('"Not a single life was lost," the district collector said.', "District collector"),
    ("The budget is £4.2 billion, the chancellor said.", "Chancellor"),
    ("The exhibition drew 40,000 visitors, the curator said.", "Curator"),
    ("About 5,000 runners took part, an organiser said.", "Organiser"),
    ("Some 200 families live in the village, the headman said.", "Headman"),
])
def test_roles_that_speak(paragraph, speaker):
    assert run(paragraph)[0].speaker == speaker


def test_an_aide_still_speaks_for_the_principal():
    assert run("At least 40 people were killed, an aide to the governor said.")[0].speaker == \
        "Governor"


# --- "from X to Y" after what a thing costs: a range, not a change ---------------------------

@pytest.mark.parametrize("sentence, figure, lower, upper", [
    ("The scheme will cost from $2 million to $3 million.", "$2 million to $3 million",
     D(2000000), D(3000000)),
    ("Repairs will cost anywhere from $2 million to $3 million.", "$2 million to $3 million",
     D(2000000), D(3000000)),
    ("Anywhere from 40 to 60 homes were hit.", "40 to 60", D(40), D(60)),
    ("Tickets are priced from £35 to £250.", "£35 to £250", D(35), D(250)),
])
def test_a_cost_from_one_amount_to_another_is_a_range(sentence, figure, lower, upper):
    f = find_figures(sentence, [])[0]
    assert (f.text, f.lower, f.upper, f.qualifier) == (figure, lower, upper, "range")


@pytest.mark.parametrize("sentence", [
    "The cost rose from $2 million to $3 million.",
    "Wheat prices rose from $250 to $300 a tonne.",
    "Inflation eased to 4.8% in May from 5.1% in April.",
])
def test_a_change_from_one_amount_to_another_stays_two_figures(sentence):
    assert len(find_figures(sentence, [])) == 2


# --- "-plus" after a round count: more than it -----------------------------------------------

@pytest.mark.parametrize("sentence, figure, lower", [
    ("Losses were $5 billion-plus, the insurer said.", "$5 billion-plus", D(5000000000)),
    ("The 50-plus crowd cheered the result.", "50-plus", D(50)),
])
def test_plus_after_a_round_count_is_over_it(sentence, figure, lower):
    f = find_figures(sentence, [])[0]
    assert (f.text, f.lower, f.upper, f.qualifier) == (figure, lower, None, "over")


def test_plus_between_two_amounts_is_no_suffix():
    assert [f.text for f in find_figures("It cost $5 plus $2 in fees.", [])] == ["$5", "$2"]


# --- "..., X was quoted as saying." closing the sentence -------------------------------------

@pytest.mark.parametrize("paragraph, speaker", [
    ("The country received 4.5 million tourists, tourism minister Harin Fernando was quoted "
     "as saying.", "Harin Fernando"),
    ("The country received 4.5 million tourists, Harin Fernando was quoted as saying.",
     "Harin Fernando"),
    ("Tourism minister Harin Fernando was quoted as saying the country received 4.5 million "
     "tourists.", "Harin Fernando"),
])
def test_was_quoted_as_saying_after_the_figure(paragraph, speaker):
    assert run(paragraph)[0].speaker == speaker


def test_quoted_as_saying_with_more_after_it_stays_a_frame_before():
    claims = run("The minister was quoted as saying 400 jobs would go.")
    assert claims[0].speaker == "Minister"


# --- more ways to write a currency and a scale -----------------------------------------------

@pytest.mark.parametrize("sentence, figure, unit, value", [
    ("Output was 3.4 trln won last year.", "3.4 trln won", "KRW", D("3400000000000")),
    ("Each family got $ 1,500 in aid.", "$ 1,500", "USD", D(1500)),
    ("Repairs cost $ 2.5 million.", "$ 2.5 million", "USD", D(2500000)),
    ("She earns RMB 8,000 a month.", "RMB 8,000", "CNY", D(8000)),
    ("The developer raised CN¥2bn in bonds.", "CN¥2bn", "CNY", D(2000000000)),
    ("The carmaker made JP¥300bn in profit.", "JP¥300bn", "JPY", D(300000000000)),
])
def test_more_currency_and_scale_spellings(sentence, figure, unit, value):
    f = find_figures(sentence, [])[0]
    assert (f.text, f.unit, f.value) == (figure, unit, value)


def test_a_dollar_sign_before_a_word_is_no_amount():
    assert [f.text for f in find_figures("The $ sign and 5 apples.", [])] == ["5"]


@pytest.mark.parametrize("sentence, figure, unit", [
    ("Support rose 10 percentage-points in a month.", "10 percentage-points", "percentage points"),
    ("Support rose five percentage-points in a month.", "five percentage-points",
     "percentage points"),
    ("The bank cut rates by 25 basis-points.", "25 basis-points", "basis points"),
    ("The bank made a 50-basis-point cut.", "50-basis-point", "basis points"),
])
def test_points_written_with_a_hyphen(sentence, figure, unit):
    assert found(sentence)[0] == (figure, unit)


# --- "or so" and "or more" after a number ----------------------------------------------------

@pytest.mark.parametrize("sentence, figure, qualifier, lower", [
    ("50 or so people came to the meeting.", "50 or so", "about", None),
    ("It will cost $2 million or so.", "$2 million or so", "about", None),
    ("200 or more homes were hit.", "200 or more", "at_least", D(200)),
    ("Prices rose 10% or more in a year.", "10% or more", "at_least", D(10)),
])
def test_or_so_and_or_more_qualify_the_number(sentence, figure, qualifier, lower):
    f = find_figures(sentence, [])[0]
    assert (f.text, f.qualifier, f.lower) == (figure, qualifier, lower)


@pytest.mark.parametrize("sentence, figures", [
    ("50 or 60 people came.", ["50 or 60"]),
    ("50 or more than 60 people came.", ["50", "more than 60"]),
])
def test_or_before_another_number_is_no_suffix(sentence, figures):
    assert [f.text for f in find_figures(sentence, [])] == figures
