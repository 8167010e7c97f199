"""Session 15, round tn: constructions behind misses of heldout103-110 (own sentences)."""

from __future__ import annotations

from decimal import Decimal as D

from tests.extraction.test_speakers import run


def figs(*paragraphs):
    return {c.figure_text: c for c in run(*paragraphs)}


def test_an_area_written_as_one_compound_is_a_figure():
    got = figs("The retailer will open a 180,000-square-foot depot near the airport, the mayor "
               "said.",
               "Planners approved a 2.5-million-square-foot campus on a 3.1-square-kilometre "
               "site, the council said.",
               "Each 45-square-metre flat will rent for less, she said.")
    assert got["180,000-square-foot"].value == D(180000)
    assert got["180,000-square-foot"].unit == "square feet"
    assert got["2.5-million-square-foot"].value == D(2500000)
    assert got["3.1-square-kilometre"].unit == "square kilometres"
    assert "45-square-metre" in got


def test_an_amount_written_as_one_compound_is_money():
    got = figs("The ministry announced a 40,000-rupee grant for each family, officials said.",
               "Farmers lost a 250,000-euro subsidy this year, the union said.")
    assert (got["40,000-rupee"].value, got["40,000-rupee"].unit) == (D(40000), "INR")
    assert got["250,000-euro"].unit == "EUR"


def test_compounds_that_are_no_area_or_money_stay_out():
    got = figs("He wore a 30-year-old jacket and sat in the square, the mayor said.",
               "The euro-zone economy grew 0.3%, the agency said.")
    assert set(got) == {"0.3%"}


def test_tonnes_and_hectares_written_against_the_number():
    got = figs("Stocks in the warehouses fell by 2,350t to 88,400t, the exchange said.",
               "One dairy farmer lost 45ha of pasture to the flood, the council said.")
    assert got["88,400t"].unit == "tonnes"
    assert got["2,350t"].value == D(2350)
    assert got["45ha"].unit == "hectares"


def test_a_price_per_tonne_and_words_in_t_stay_as_they_were():
    got = figs("Nickel closed at $16,250/t on Friday, traders said.",
               "Don't expect 5 new mines soon, the analyst said.")
    assert "$16,250/t" in got
    assert "5" in got


def test_a_period_then_a_level_is_no_range():
    got = figs("Six more patients died on Monday, taking the toll over the past three weeks to "
               "48, the ministry said.")
    assert got["48"].value == D(48)
    assert got["three weeks"].unit == "weeks"


def test_a_range_of_periods_stays_one_range():
    got = figs("Repairs will take two to three weeks, the council said.",
               "Delays of 10 to 15 minutes are expected, the operator said.")
    assert got["two to three weeks"].qualifier == "range"
    assert got["10 to 15 minutes"].qualifier == "range"


def test_a_votes_two_tallies_are_two_counts():
    got = figs("The school levy failed, 8,412 to 9,230, according to the county clerk.",
               "The amendment was rejected 41 to 12, the speaker said.")
    assert {"8,412", "9,230", "41", "12"} <= set(got)


def test_a_range_after_other_verbs_stays_a_range():
    got = figs("The county expects 8,000 to 9,000 voters, the clerk said.")
    assert got["8,000 to 9,000"].qualifier == "range"


def test_road_and_river_markers_and_call_priorities_are_labels():
    got = figs("The lorry overturned at kilometer 112 of the motorway, police said.",
               "Only 71% of priority 2 calls were answered within 30 minutes, the service said.")
    assert set(got) == {"71%", "within 30 minutes"}


def test_a_bare_metres_altitude_above_sea_level_is_a_length():
    got = figs("The village lies at 2,750m above sea level, the survey said.",
               "Parts of the polder sit 4m below mean sea level, the water board said.")
    assert got["2,750m"].unit == "m"
    assert "4m" in got


def test_a_bare_m_without_a_sign_of_length_stays_out():
    got = figs("Visitor numbers reached 29.4m above the target, the board said.")
    assert "29.4m" not in got


def test_central_asian_currency_codes_before_an_amount():
    got = figs("The cabinet set aside MNT 8.5 billion for hay, the minister said.",
               "The fund received KZT 40 billion, the bank said.")
    assert got["MNT 8.5 billion"].unit == "MNT"
    assert got["KZT 40 billion"].value == D(40000000000)


def test_the_span_back_to_a_comparisons_base_is_a_duration():
    got = figs("Unemployment stood at 6.2%, up from 5.8% nine months earlier, the bureau said.",
               "The fleet grew to 48 aircraft, from 30 aircraft four years earlier, the airline "
               "said.")
    assert got["nine months"].unit == "months"
    assert got["four years"].value == D(4)


def test_a_span_earlier_counts_but_a_point_ago_stays_out():
    # (session 18 round xc: "two years earlier" is the span between two events, as "three
    # days later" is; the blind authors of heldout8-143 listed 16 of the 17 they state; "the
    # flat three" still reads "three" as the flat's number)
    got = figs("The suspect had left the flat three days earlier, police said.",
               "Prices were 12% higher than two years earlier, the bureau said.")
    assert set(got) == {"12%", "two years"}
    assert not figs("The suspect had left the flat three days ago, police said.")


def test_a_list_of_sections_glossed_in_brackets_is_labels():
    got = figs("Police booked the three under sections 420 (cheating), 467 (forgery) and 471 "
               "(using forged documents), an officer said.",
               "An FIR was filed under Sections 303 (theft) and 317 (stolen property) of the "
               "code against 11 men, the police said.")
    assert set(got) == {"three", "11"}


def test_a_count_after_a_bracketed_aside_is_still_a_count():
    got = figs("The fire destroyed the depot (built in the 1960s) and 14 buses, officials said.")
    assert "14" in got


def test_the_digits_of_a_phone_number_spelled_in_letters_are_no_figure():
    got = figs("Anyone with information can call Crime Stoppers at 800-222-TIPS (8477) or the 14 local "
               "stations, police said.",
               "Donations go to 800-GIVE-NOW (4483), the charity said.")
    assert set(got) == {"14"}


def test_a_bracketed_count_after_a_count_stays():
    got = figs("Nine schools (12 last year) failed the inspection, the board said.")
    assert {"Nine", "12"} <= set(got)


def test_the_top_grade_of_a_span_of_grades_is_a_label():
    got = figs("The board will build a kindergarten-to-Grade 8 school for 650 students, the "
               "trustee said.",
               "A pre-kindergarten-to-grade 12 campus for 900 pupils is planned, the district "
               "said.")
    assert set(got) == {"650", "900"}


def test_a_number_after_other_to_compounds_stays():
    got = figs("Volunteers went door-to-door in 40 streets, organisers said.",
               "Fares on the coast-to-coast line rose 5 percent, the operator said.")
    assert {"40", "5 percent"} <= set(got)


def test_millions_of_teu_are_a_count():
    got = figs("Yards will deliver about 3.1m teu of new ships this year, the broker said.",
               "The port handled 1.4m TEUs last year, the authority said.")
    assert got["about 3.1m"].value == D(3100000)
    assert got["1.4m"].value == D(1400000)


def test_a_bare_m_before_a_dimension_stays_metres():
    got = figs("The new sea wall is 2.9m tall, the engineer said.")
    assert got["2.9m"].unit == "m"
