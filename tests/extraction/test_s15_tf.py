"""Session 15 (tf): constructions from the untold sets' extra figures and wrong speakers -- a
calibre, an hour of the clock in words, the first day of a span of dates, an age after "a"
and an adjective and a word for a person, and a mile marker, none of them a figure."""

from __future__ import annotations

from tests.extraction.test_speakers import run as speakers_run


def run(*paragraphs, publisher="Test Herald"):
    return {c.figure_text: c.speaker for c in speakers_run(*paragraphs, publisher=publisher)}


# --- figures that are not ----------------------------------------------------------------

def test_a_calibre_before_a_weapon_is_no_figure():
    got = run("The depot holds 4,000 rounds of 120mm mortar ammunition, the ministry said.")
    assert "120mm" not in got and "4,000" in got


def test_millimetres_of_rain_stay_a_figure():
    got = run("The storm dropped 85mm of rain on the valley, the weather service said.")
    assert "85mm" in got


def test_an_hour_in_words_with_its_clock_phrase_is_no_figure():
    got = run('"The trucks arrived at three in the morning and left by dawn," said a farmer.')
    assert got == {}


def test_a_count_in_words_before_a_morning_is_kept():
    got = run("Gunmen killed two in the morning, police said.")
    assert got["two"] == "Police"


def test_the_first_day_of_a_span_of_dates_is_no_figure():
    got = run("The festival will run from 4 to 11 August, with up to 60 bands playing, the "
              "organisers said.")
    assert "4" not in got and "up to 60" in got


def test_a_change_from_one_number_to_another_is_kept():
    got = run("The fee rose from 8 to 12 in June, the council said.")
    assert "8" in got and "12" in got


def test_an_age_after_an_adjective_and_a_person_word_is_no_figure():
    got = run("Three hikers were rescued, including a Danish walker, 61, who broke an ankle, "
              "the coast guard said.")
    assert "61" not in got and "Three" in got


def test_a_mile_marker_is_no_figure():
    got = run("Deputies stopped the van near mile marker 42 and seized 30 kilograms of "
              "cocaine, the sheriff's office said.")
    assert "42" not in got and "30 kilograms" in got


# --- speakers -------------------------------------------------------------------------------

def test_a_statement_by_a_possessive_role_and_its_name_is_the_named_person():
    got = run("The mayor released $2 million for repairs, according to a statement by his "
              "press secretary, Ruth Adeyemi.")
    assert got["$2 million"] == "Ruth Adeyemi"


def test_a_statement_by_a_named_body_stays_the_body():
    got = run("The plant cut 300 jobs, according to a statement by the labour ministry.")
    assert got["300"] != "Statement by"


def test_a_party_label_with_a_two_word_town_is_skipped_for_the_lawmaker():
    got = run("State Rep. Dana Whitfield, R-Cedar Falls, who sits on the budget panel, said "
              "she would seek $25 million for bridges.")
    assert got["$25 million"] == "Dana Whitfield"


def test_a_comma_aside_that_is_no_party_label_still_names_the_speaker():
    got = run("The county's clerk, Dana Whitfield, said 40 ballots were spoiled.")
    assert got["40"] == "Dana Whitfield"


def test_a_title_whose_remit_is_a_list_gives_way_to_the_name_in_commas():
    got = run("Commissioner for Fisheries and Coastal Management, Ines Okafor, said 60 boats "
              "were checked.")
    assert got["60"] == "Ines Okafor"


def test_a_body_whose_name_holds_a_list_keeps_its_name():
    got = run("The Ministry of Trade and Industry said 60 boats were checked.")
    assert got["60"] == "Ministry of Trade and Industry"


def test_a_nationality_before_a_word_for_a_company_refers_back_to_the_company():
    got = run("Korvena Holdings agreed to buy a rival for 2 billion euros.",
              "The Swedish group said it expects 80 million euros of annual savings.")
    assert got["80 million euros"] == "Korvena Holdings"


def test_a_nationality_before_government_keeps_its_country():
    got = run("Talks stalled on Monday.", "The French government said 45 people were arrested.")
    assert got["45"] == "French government"


def test_a_headline_credit_whose_dash_touches_the_name_merges_into_the_body_claim():
    claims = speakers_run("Floods have killed 23 people, the National Disaster Agency (NDA) "
                          "said on Friday.", headline="Flood toll rises to 23 \u2014NDA")
    assert {(c.figure_text, c.speaker) for c in claims} == {("23", "National Disaster Agency")}


def test_a_headline_without_a_credit_stays_the_outlets():
    claims = speakers_run("Floods have killed 23 people, police said.",
                          headline="Flood toll rises to 23 in the north")
    assert ("23", "Test Herald") in {(c.figure_text, c.speaker) for c in claims}


# --- a whole number and a fraction in one glyph -----------------------------------------------

def test_a_vulgar_fraction_after_digits_is_part_of_the_figure():
    claims = speakers_run("The court jailed him for 3\u00bd years, the prosecutor said.")
    assert [(c.figure_text, c.value) for c in claims] == [("3\u00bd years", 3.5)]


def test_digits_without_a_fraction_glyph_read_as_before():
    claims = speakers_run("The court jailed him for 3 years, the prosecutor said.")
    assert [(c.figure_text, c.value) for c in claims] == [("3 years", 3)]


def test_a_line_number_before_its_hotline_and_if_is_no_figure():
    got = run("The agency urged 300 households to call the 1555 flood hotline if water rises.")
    assert "1555" not in got and "300" in got


def test_a_count_before_hotline_staff_is_kept():
    got = run("The 40 hotline staff were busy when the storm hit, the council said.")
    assert "40" in got
