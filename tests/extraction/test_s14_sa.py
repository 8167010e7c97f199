"""Session 14, round sa: attribution across sentence boundaries (invented sentences)."""

from __future__ import annotations

from tests.extraction.test_speakers import run


def speakers(claims):
    return {(c.speaker, c.figure_text) for c in claims}


# --- a quotation opening the sentence after a report of speech in the same paragraph


def test_a_quotation_after_reported_speech_is_the_reported_speakers():
    got = speakers(run(
        "Harbour board chair Olwen Treharne said the new berths were overdue. \"We turned "
        "away 46 ships last winter because there was nowhere to put them.\""))
    assert ("Olwen Treharne", "46") in got


def test_a_quotation_over_two_paragraphs_after_told_the_crowd():
    got = speakers(run(
        "Union leader Pita Rangihuna told the crowd the offer was an insult. \"Two per cent, "
        "when rents have climbed 18 per cent. Nobody here can live on that.",
        "\"We have wards where one in four nursing posts is empty.\""))
    assert ("Pita Rangihuna", "18 per cent") in got
    assert ("Pita Rangihuna", "one in four") in got


def test_a_pronoun_report_then_a_quotation():
    got = speakers(run(
        "Councillor Ines Marwick spoke after the vote.",
        "She said the depot had been neglected for years. \"The roof has leaked in 12 places "
        "since 2019.\""))
    assert ("Ines Marwick", "12") in got


def test_a_quotation_that_names_its_own_speaker_is_left_to_it():
    got = speakers(run(
        "Shopkeeper Ilse Brandauer said trade had collapsed since the closure. \"We lost 300 "
        "customers a week,\" said her neighbour, Tomasz Wilk, who runs the bakery."))
    assert ("Tomasz Wilk", "300") in got
    assert ("Ilse Brandauer", "300") not in got


def test_a_quotation_in_the_next_paragraph_is_not_carried():
    got = speakers(run(
        "The mayor said the bridge would reopen in spring.",
        "\"Only 30 cars an hour got through,\" one commuter complained."))
    assert ("mayor", "30") not in {(s.lower(), f) for s, f in got}


# --- a relative clause naming who said something of the figure just before it


def test_which_x_said_after_a_figure_credits_the_figure():
    got = speakers(run(
        "The plan lifts the child benefit by $40 a month, which Treasurer Imelda Santoro said "
        "would reach 210,000 families."))
    assert ("Imelda Santoro", "$40") in got
    got = speakers(run(
        "The Harbour Tourism Board met on Friday.",
        "The season closed with 1.2 million bookings, which the board said was a record."))
    assert ("Harbour Tourism Board", "1.2 million") in got


def test_which_x_said_far_from_the_figure_is_left_alone():
    got = speakers(run(
        "Thousands of farmers marched on the capital against the tariff, which the minister "
        "said would be reviewed."))
    assert all(s == "Test Herald" for s, f in got if f == "Thousands")
    got = speakers(run(
        "The Harbour Tourism Board met on Friday.",
        "The season closed with 1.2 million bookings, most of them foreign, which the board "
        "said was a record."))
    assert ("Test Herald", "1.2 million") in got


# --- a count of the group just counted, in compound number words


def test_a_compound_number_word_of_them_keeps_the_source_before():
    got = speakers(run(
        "Forty-seven guests fell ill after the banquet, health officer Mirela Dobos said. "
        "Thirty-one of them needed treatment and six were admitted to hospital."))
    assert ("Mirela Dobos", "Thirty-one") in got
    got = speakers(run(
        "Forty-seven guests fell ill after the banquet, health officer Mirela Dobos said. "
        "Thirty-one tables had been booked by the same agency."))
    assert ("Test Herald", "Thirty-one") in got


# --- a request verb gated on a figure: number words with their unit count as digits do


def test_sought_with_a_number_word_and_its_unit_states_the_figure():
    got = speakers(run(
        "Defence counsel Odile Marchetti sought three to four years, telling the court her "
        "client had repaid the money."))
    assert ("Odile Marchetti", "three to four years") in got
    got = speakers(run("The charity sought 12 months to rehouse the families."))
    assert ("Test Herald", "12 months") not in got


def test_seeking_people_by_number_stays_no_statement():
    got = speakers(run("Detectives from the Harwell Constabulary are seeking two men."))
    assert ("Harwell Constabulary", "two") not in got


# --- a quotation verb that opens what follows: "X went on:", "X continued:", "X responded that"


def test_went_on_and_continued_before_a_colon_attribute_the_quotation():
    for verb in ("went on", "continued"):
        got = speakers(run(
            "Nurses' leader Aoife Brennock spoke to reporters outside the ward.",
            f"Brennock {verb}: \"We have 48 vacancies and nobody to fill them.\""))
        assert ("Aoife Brennock", "48") in got


def test_responded_that_reports_the_subjects_statement():
    got = speakers(run(
        "The Coastal Councils Network responded that its members had opened 2,300 beds since "
        "March."))
    assert ("Coastal Councils Network", "2,300") in got


def test_went_on_without_speech_is_no_attribution():
    got = speakers(run("Harbour Freight shares went on to climb 14% over the week."))
    assert ("Test Herald", "14%") in got
    got = speakers(run("The mayor asked that 200 more buses be added."))
    assert ("Test Herald", "200") in got


# --- how a speaker describes itself, with an age between name and clause


def test_an_age_between_a_speaker_and_its_who_clause():
    got = speakers(run(
        "Bartholomew Njoku, 71, who has farmed the valley for 45 years, said the flood was "
        "the worst he had seen."))
    assert ("Bartholomew Njoku", "45 years") in got
    got = speakers(run(
        "Bartholomew Njoku, 71, who farmed the valley for 45 years, died in the flood, police "
        "said."))
    assert ("Bartholomew Njoku", "45 years") not in got


# --- a demand by "he" or "she", a person named before, as "she asked for"


def test_she_called_on_in_a_new_paragraph_is_the_person_before():
    got = speakers(run(
        "\"Households are paying far too much,\" said tenants' federation chair Ruth Akinola.",
        "She called on the council to cut the standing charge from 60 pence to 25 pence."))
    assert ("Ruth Akinola", "60 pence") in got
    assert ("Ruth Akinola", "25 pence") in got


def test_they_called_for_stays_unattributed():
    got = speakers(run(
        "Shopkeepers on the high street met on Monday.",
        "They called for 40 more parking spaces."))
    assert ("Test Herald", "40") in got


# --- a country written with "the" that "recorded" a figure, as one without


def test_a_country_with_the_that_recorded_a_figure_is_the_writers():
    got = speakers(run("The Netherlands recorded 1,240 measles cases last year."))
    assert ("Test Herald", "1,240") in got
    got = speakers(run(
        "The Philippines recorded 1,240 measles cases last year, the health department said."))
    assert ("Health department", "1,240") in got or any(
        f == "1,240" and s not in ("Philippines", "Test Herald") for s, f in got)


def test_a_company_with_the_that_recorded_a_figure_keeps_it():
    got = speakers(run("The Marsh Harbour Company recorded 1,240 sales last year."))
    assert ("Marsh Harbour Company", "1,240") in got


# --- a sentence between a person's statement and the next "..., he said" of the paragraph


def test_a_sentence_before_she_said_continues_her_account():
    got = speakers(run(
        "Transport Minister Halima Osei said the line would reopen in stages. The first 12 "
        "stations will open in March. The rest will follow by the end of the year, she said."))
    assert ("Halima Osei", "12") in got


def test_the_account_may_begin_at_the_end_of_the_paragraph_before():
    got = speakers(run(
        "Fire chief Tomas Lindgren said crews had worked through the night.",
        "The blaze destroyed 14 sheds on the estate. Nobody was hurt, he said."))
    assert ("Tomas Lindgren", "14") in got


def test_a_body_profile_before_it_said_stays_the_writers():
    got = speakers(run(
        "Harbour Packaging said it would close two plants. The group employs 5,400 people. "
        "Most of the cuts will fall in Wales, it said."))
    assert ("Test Herald", "5,400") in got


def test_a_he_said_with_no_earlier_statement_carries_nothing_back():
    got = speakers(run(
        "The storm flattened 30 homes in the valley. It was the worst in memory, he said."))
    assert ("Test Herald", "30") in got
