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


# --- "the project" and "the collaborative" refer back to a body so named


def test_the_project_said_is_the_project_named_before():
    got = speakers(run(
        "The Open Ledger Project collects eviction filings from county courts.",
        "Filings rose 17 percent last year, the project said."))
    assert ("Open Ledger Project", "17 percent") in got


def test_the_verb_project_still_reports_a_forecast():
    got = speakers(run("Economists at the Kestrel Bank project growth of 2.4 percent next year."))
    assert ("Test Herald", "2.4 percent") not in got


def test_the_collaborative_said_is_the_collaborative_named_before():
    got = speakers(run(
        "The Rural Midwives Collaborative trains birth attendants in three provinces.",
        "Maternal deaths fell 22 percent in the districts it serves, the collaborative said."))
    assert ("Rural Midwives Collaborative", "22 percent") in got


def test_a_collaborative_effort_names_no_one():
    got = speakers(run("In a collaborative effort, volunteers planted 4,000 trees on Saturday."))
    assert got == {("Test Herald", "4,000")}


# --- a named person's own history in a "who ..." clause before "said"


def test_a_named_persons_who_clause_before_said_is_hers():
    got = speakers(run(
        "Tomasa Quilla, 47, who drove a school bus for 22 years, said the new routes were "
        "too long."))
    assert ("Tomasa Quilla", "22 years") in got


def test_a_named_persons_who_clause_before_argued_is_his():
    got = speakers(run(
        "Haruto Fenwick, who has run clinics in nine countries, argued that training mattered "
        "most."))
    assert ("Haruto Fenwick", "nine") in got


def test_a_described_persons_who_clause_stays_the_writers():
    got = speakers(run(
        "The retired welder, who now rents a £900-a-month flat, said he regretted selling "
        "the house."))
    assert ("Test Herald", "£900") in got


def test_a_bodys_which_clause_before_announced_is_the_bodys():
    got = speakers(run(
        "Corvane Insurance, which has about 4,100 staff, announced on Monday that it would "
        "close two offices."))
    assert ("Corvane Insurance", "about 4,100") in got


def test_a_which_clause_before_a_deed_stays_the_writers():
    got = speakers(run(
        "Corvane Insurance, which has about 4,100 staff, opened two offices in March."))
    assert ("Test Herald", "about 4,100") in got


# --- "The city estimates ...": a local government as the subject of a noun-like verb


def test_the_city_estimates_is_the_city_named_before():
    got = speakers(run(
        "The City of Lowmoor doubled the sewer fee in March.",
        "The city estimates its pumping stations need $61 million in upgrades."))
    assert ("City of Lowmoor", "$61 million") in got


def test_the_city_estimates_as_a_document_still_shows():
    got = speakers(run(
        "The City of Lowmoor doubled the sewer fee in March.",
        "The city estimates show 900 homes flooded last year."))
    assert ("City of Lowmoor", "900") in got


# --- an owner's document "of ..." what it covers


def test_an_owners_document_of_something_is_the_owners():
    got = speakers(run(
        "The Harbour Transit Authority met on Monday.",
        "The authority's review of the late-night bus network shows 14 routes lose money."))
    assert ("Harbour Transit Authority", "14") in got


def test_a_document_of_a_named_body_without_an_owner_is_that_bodys():
    got = speakers(run(
        "The Harbour Transit Authority met on Monday.",
        "A report of the Regional Audit Office shows 14 routes lose money."))
    assert ("Harbour Transit Authority", "14") not in got


# --- an inverted "said X as he ..." closing a quotation


def test_said_name_as_he_did_something_closes_the_quotation():
    got = speakers(run(
        "Councillor Bram Iyer opened the debate.",
        "\u201cThey spent $3 million on a bridge nobody uses. It is a scandal,\u201d said Iyer "
        "as he tabled the motion."))
    assert ("Bram Iyer", "$3 million") in got


def test_said_name_as_a_figure_follows_is_no_inverted_attribution():
    got = speakers(run(
        "Councillor Bram Iyer opened the debate.",
        "The committee said Iyer as he left had promised 40 new homes."))
    assert ("Bram Iyer", "40") not in got


# --- "... Sciences" names a company


def test_a_sciences_company_is_the_company_its_document_belongs_to():
    got = speakers(run(
        "Pellham Soil Sciences said it would contest the ruling.",
        "The company, based in Omaha, has set aside $900 million for claims, according to its "
        "annual report."))
    assert ("Pellham Soil Sciences", "$900 million") in got


def test_a_person_named_before_sciences_stays_a_person():
    got = speakers(run("Ada Brennan, who teaches sciences, said 30 pupils had signed up."))
    assert ("Ada Brennan", "30") in got
