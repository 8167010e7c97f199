"""Session 14 (sd): what the outlet states itself -- deeds, background and wire copy."""

from __future__ import annotations

import datetime

from tests.extraction.test_speakers import run as speakers_run

DAY = datetime.date(2025, 3, 4)
PUB = "Valley Courier"


def run(*paragraphs, **kw):
    kw.setdefault("publisher", PUB)
    return speakers_run(*paragraphs, day=DAY, **kw)


def pairs(claims):
    return {(c.speaker, c.figure_text) for c in claims}


# --- a plan or an unveiling is a deed the outlet tells, not a statement


def test_a_plan_is_the_outlets_account():
    got = pairs(run("Brackley District Council said it was running out of money.",
                    "The authority plans to shut three of its nine swimming pools next year."))
    assert ("Valley Courier", "three") in got and ("Valley Courier", "nine") in got


def test_a_firm_that_plans_to_spend_names_no_speaker():
    got = pairs(run("Tarnwell Foods plans to spend $40 million on two new bakeries in Ohio."))
    assert got == {("Valley Courier", "$40 million"), ("Valley Courier", "two")}


def test_an_unveiling_in_the_body_is_the_outlets():
    got = pairs(run("Brackley District Council unveiled a £12 million plan for 450 homes."))
    assert got == {("Valley Courier", "£12 million"), ("Valley Courier", "450")}


def test_an_unveiling_in_a_headline_is_left_alone():
    # (a headline's "X unveils" merges with the body's claim: heldout7's r06_dawn_budget)
    got = pairs(run(headline="Ministry unveils $2.5 billion road plan"))
    assert ("Ministry", "$2.5 billion") in got


def test_a_plan_next_to_its_subjects_statement_is_the_subjects():
    got = pairs(run("Orrin Water plans to spend $8 million on new mains. The utility said work "
                    "would start in May."))
    assert got == {("Orrin Water", "$8 million")}


def test_a_planned_noun_is_left_alone():
    # ("plans" with no "to": "the ministry plans 70 new blocks" is read as before)
    got = pairs(run("Ana Ruiz said rents rose 5%, while the housing ministry plans 70 new "
                    "blocks."))
    assert ("Ana Ruiz", "5%") in got and ("Ana Ruiz", "70") not in got


def test_said_it_plans_keeps_the_speaker():
    got = pairs(run("Tarnwell Foods said it plans to cut 120 jobs at its Dayton plant."))
    assert got == {("Tarnwell Foods", "120")}


def test_a_plan_a_spokesman_states_is_his():
    got = pairs(run("The company plans to hire 300 drivers, spokesman Ian Rowe told reporters."))
    assert got == {("Ian Rowe", "300")}


# --- a place that recorded a figure is what the outlet reports, not a speaker


def test_a_town_that_recorded_rain_is_the_outlets():
    got = pairs(run("Marlow has recorded just 140 millimetres of rain this year.",
                    "Tindall recorded 31 break-ins in March."))
    assert got == {("Valley Courier", "140 millimetres"), ("Valley Courier", "31")}


def test_a_body_that_recorded_a_count_still_speaks():
    got = pairs(run("Police recorded 58 burglaries in the first quarter."))
    assert got == {("Police", "58")}


def test_a_recorded_figure_with_its_source_stays_the_sources():
    got = pairs(run("Tindall recorded 31 break-ins in March, the county sheriff's office said."))
    assert {sp for sp, _ in got} == {"County sheriff's office"}


# --- "that period" carries the sentence before only within its paragraph


def test_that_period_carries_within_the_paragraph():
    got = pairs(run("Exports rose 12% in the first half, the trade ministry said. Imports fell "
                    "3% in that period."))
    assert got == {("Trade ministry", "12%"), ("Trade ministry", "3%")}


def test_that_period_in_a_new_paragraph_is_the_outlets():
    got = pairs(run("Exports rose 12% in the first half, the trade ministry said.",
                    "The peso has lost 6% since March, among the worst in the region over that "
                    "period."))
    assert ("Valley Courier", "6%") in got


# --- "said this month that" and "said that ..." do not credit the sentences before


def test_said_this_month_does_not_reach_back():
    got = pairs(run("The economy grew 0.9% in the second quarter.",
                    "Finance Minister Ana Ruiz said this month that lending had shrunk by 4.2%."))
    assert ("Valley Courier", "0.9%") in got and ("Ana Ruiz", "4.2%") in got


def test_said_that_clause_does_not_reach_back():
    got = pairs(run("Fares rose 8% last year.",
                    "The transport board said that it would review prices in 2026."))
    assert got == {("Valley Courier", "8%")}


def test_confirmed_this_still_reaches_back():
    got = pairs(run("Three people were killed in the blast. The police chief confirmed this to "
                    "reporters."))
    assert {sp for sp, _ in got} == {"Police chief"}


def test_said_the_numbers_were_is_no_credit_for_the_sentence_before():
    got = pairs(run("Shares of Orrin Foods closed 3.2% higher at $14.50.",
                    "Analysts said the numbers were ahead of expectations."))
    assert got == {("Valley Courier", "3.2%"), ("Valley Courier", "$14.50")}


def test_confirmed_the_figures_to_still_reaches_back():
    got = pairs(run("About 40 homes were flooded. The council confirmed the figures to the "
                    "Courier."))
    assert got == {("Council", "About 40")}


# --- a state declared for a span is a deed, however long its name


def test_a_long_named_declared_state_is_the_outlets():
    got = pairs(run("On Monday the government declared a 45-day state of natural disaster in "
                    "nine districts."))
    assert got == {("Valley Courier", "45-day"), ("Valley Courier", "nine")}


def test_declared_that_still_attributes():
    got = pairs(run("The government declared that nine districts were under water."))
    assert got == {("Government", "nine")}


# --- a place of several words that recorded a figure, with a source credited


def test_a_two_word_place_with_a_source_is_counted_not_speaking():
    got = pairs(run("Port Elwin has recorded 96 cases of measles this year, according to "
                    "official figures.",
                    "New Calder recorded 14 deaths, the health ministry said."))
    assert got == {("Valley Courier", "96"), ("Health ministry", "14")}


def test_a_person_who_sees_a_price_is_left_alone():
    got = pairs(run("Traders expect $3.60 a pound, while Ana Ruiz sees it at about $3.90."))
    assert ("Ana Ruiz", "about $3.90") in got


# --- records named by a common word are the outlet's account


def test_records_named_by_a_common_word_are_the_outlets():
    got = pairs(run("The landlord let the flat to six tenants. He owns a property in Leeds too.",
                    "Property records show that he owns at least 23 other homes.",
                    "Tracking data showed the boat passed the harbour about two hours later."))
    assert ("Valley Courier", "at least 23") in got
    assert ("Valley Courier", "about two hours") in got


def test_records_of_a_body_or_a_name_keep_their_owner():
    got = pairs(run("Police data show 58 burglaries in March.",
                    "Nielsen data show 12 million viewers watched."))
    assert got == {("Police", "58"), ("Nielsen", "12 million")}


# --- a national agency's dateline credit makes the story the agency's


def test_the_canadian_press_dateline_credits_the_agency():
    got = pairs(run("REGINA (The Canadian Press) - About 4,000 homes lost power on Monday.",
                    publisher="Prairie Daily"))
    assert got == {("The Canadian Press", "About 4,000")}


def test_with_files_from_the_canadian_press_leaves_the_outlets():
    got = pairs(run("About 4,000 homes lost power on Monday.",
                    "With files from The Canadian Press", publisher="Prairie Daily"))
    assert got == {("Prairie Daily", "About 4,000")}


# --- unnamed forecasters' expectation with no compiler is the outlet's


def test_analysts_had_projected_is_the_outlets():
    got = pairs(run("Revenue rose 18% to $3.02 billion. Analysts had projected sales of $2.9 "
                    "billion.",
                    "Economists had expected inflation to ease to 2 per cent."))
    assert ("Valley Courier", "$2.9 billion") in got and ("Valley Courier", "2 per cent") in got


def test_analysts_who_said_still_speak():
    got = pairs(run("Analysts said sales could reach $4 billion next year."))
    assert got == {("Analysts", "$4 billion")}


# --- a breakdown that opens a new paragraph


def test_among_the_new_measures_in_a_new_paragraph_is_the_outlets():
    got = pairs(run("Finance Minister Ana Ruiz said revenue would rise to $4 billion.",
                    "Among the new measures, a 2 per cent levy will apply to transfers."))
    assert ("Valley Courier", "2 per cent") in got


def test_a_breakdown_in_the_same_paragraph_keeps_the_speaker():
    got = pairs(run("The ministry said 120 new cases were recorded. Of the new cases, 45 were "
                    "children."))
    assert got == {("Ministry", "120"), ("Ministry", "45")}


def test_a_breakdown_opening_a_paragraph_takes_the_next_sentences_source():
    got = pairs(run("The agency said 80 people died on Sunday.",
                    "Of the new patients, 310 were admitted in the capital. Another 1,200 are "
                    "in treatment, the agency said."))
    assert ("Agency", "310") in got


# --- a headline's clause after "as" is the outlet's news


def test_a_headline_clause_after_as_is_the_outlets():
    got = pairs(run("Colleges said the cut would hurt.",
                    headline="Colleges warn of job losses as teaching budget cut by $30m"))
    assert ("Valley Courier", "$30m") in got


def test_a_headline_figure_the_speaker_gives_before_as_stays_its():
    got = pairs(run(headline="Union says 4,000 jobs at risk as plant closes"))
    assert got == {("Union", "4,000")}


def test_a_headline_pledge_is_the_outlets_news():
    got = pairs(run("Donors at the Geneva meeting pledged the money for flood relief.",
                    headline="Donors pledge more than $900 million for flood relief"))
    assert ("Valley Courier", "more than $900 million") in got


def test_a_body_pledge_is_left_alone():
    got = pairs(run("The World Bank pledged $200 million for reconstruction, its president "
                    "said."))
    assert ("Valley Courier", "$200 million") not in got


def test_a_headlinese_passive_forecast_is_the_outlets():
    got = pairs(run(headline="Oil revenue forecast at $41 billion as output recovers",
                    summary=["Growth projected to slow to 2.1% next year"]))
    assert got == {("Valley Courier", "$41 billion"), ("Valley Courier", "2.1%")}


def test_a_headline_forecaster_still_speaks():
    got = pairs(run(headline="IMF forecasts 3% growth for the region"))
    assert got == {("IMF", "3%")}


# --- a headline's unnamed voice is the one body source of the same number


def test_medics_say_merges_into_the_body_source():
    claims = run("At least 43 people were killed, according to the Dunmore Emergency Response "
                 "Room, a volunteer group.",
                 headline="Drone strike on market kills at least 43, medics say")
    got = pairs(claims)
    assert got == {("Dunmore Emergency Response Room", "At least 43")}
    assert {a.part for a in claims[0].appearances} == {"headline", "body"}


def test_a_headline_voice_does_not_merge_into_a_persons_figure():
    got = pairs(run("The minister said he took responsibility for the deaths of 19 people.",
                    headline="Police say 19 people were killed in clashes"))
    assert ("Police", "19") in got


def test_a_plan_read_from_the_subjects_own_filing_is_the_subjects():
    got = pairs(run("Orrin Motors plans to raise as much as $900 million in a share sale, "
                    "according to a draft prospectus filed on Thursday."))
    assert ("Orrin Motors", "as much as $900 million") in got
