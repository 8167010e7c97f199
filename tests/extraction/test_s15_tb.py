"""Session 15, round tb: attribution constructions that credit a figure the outlet took."""

from __future__ import annotations

from tests.extraction.test_speakers import run


def speakers(claims):
    return {c.figure_text: c.speaker for c in claims}


def test_a_survey_by_a_described_body_keeps_its_owner_past_a_time_phrase():
    got = speakers(run(
        "The Harbourside Retail Council said trading had been slow.",
        "A poll of 310 shop owners conducted by the council in October found that 44% "
        "expect to cut hours.",
    ))
    assert got["44%"] == "Harbourside Retail Council"
    assert got["310"] == "Harbourside Retail Council"


def test_a_time_phrase_after_a_maker_with_no_document_is_left_alone():
    # "by" after a verb of doing, not of making a document: no owner to carry
    got = speakers(run(
        "Floodwater reached by the river in October found 12 homes empty.",
    ))
    assert got.get("12") == "Test Herald"


def test_an_assessment_carried_out_by_a_body_is_its_finding():
    got = speakers(run(
        "An assessment carried out by Meadowlark Aid between 2 and 5 May across 19 villages "
        "found that 61% of wells were dry.",
        "A review carried out by Corran Health found that 9% of clinics had closed.",
    ))
    assert got["61%"] == "Meadowlark Aid"
    assert got["9%"] == "Corran Health"


def test_an_apposition_carried_out_by_keeps_its_own_rule():
    got = speakers(run(
        "A survey of 800 farmers, carried out by Brightfield Trust in June, found that 27% "
        "had sold livestock.",
    ))
    assert got["27%"] == "Brightfield Trust"


def test_carried_out_an_act_is_no_document():
    got = speakers(run("Crews carried out 40 rescues overnight, and 6 people were missing."))
    assert set(got.values()) == {"Test Herald"}


def test_according_to_a_month_survey_by_a_body_is_the_bodys():
    got = speakers(run(
        "Families get 9 litres a day, according to a March survey by the Oakridge Water Board.",
        "Families get 8 litres a day, according to a May survey.",
    ))
    assert got["9 litres"] == "Oakridge Water Board"
    assert got["8 litres"] == "Test Herald"  # no maker: the month makes no name


def test_the_funder_and_the_cluster_refer_back_to_the_body():
    got = speakers(run(
        "Awards at the Tallis Science Foundation fell to 11% of bids, the funder said.",
        "It holds 4,000, according to the Upland Health Cluster, a body of aid groups. The "
        "cluster estimates that 90,000 people need care.",
    ))
    assert got["11%"] == "Tallis Science Foundation"
    assert got["90,000"] == "Upland Health Cluster"


def test_a_cluster_of_cases_is_no_speaker():
    got = speakers(run("A cluster of 14 cases was found in the town."))
    assert got["14"] == "Test Herald"


def test_a_quote_closed_by_a_manner_of_saying_is_the_speakers():
    got = speakers(run('"We had 60 guests and ran out of cake," Rosa Thornbury laughed.'))
    assert got["60"] == "Rosa Thornbury"


def test_laughing_with_no_quotation_attributes_nothing():
    got = speakers(run("The crowd laughed 5 times during the 20-minute set."))
    assert set(got.values()) == {"Test Herald"}


def test_its_document_after_a_one_word_company_subject_is_the_companys():
    got = speakers(run(
        "Shares in Quillmere, the solar panel maker, rose on their debut.",
        "Quillmere made a loss of £12mn last year, its prospectus showed.",
    ))
    assert got["£12mn"] == "Quillmere"


def test_its_document_after_a_persons_surname_or_a_country_is_left_alone():
    got = speakers(run(
        "Brazil recorded 41 deaths last year, its annual report showed.",
        "Ada Penhallow founded a studio. Penhallow made 12 films, its website shows.",
    ))
    assert got["41"] == "Test Herald"
    assert got["12"] != "Penhallow"


def test_the_team_reports_in_a_preprint_is_the_studys_body():
    got = speakers(run(
        "Researchers at the Coldharbour Materials Lab tested used scooter packs. One in three "
        "had lost more than 25 percent of capacity, the team reports in a preprint.",
    ))
    assert got["One in three"] == "Coldharbour Materials Lab"


def test_news_reports_in_a_paper_are_no_frame():
    got = speakers(run("Team reports in a paper described 14 injuries at the ground."))
    assert got["14"] == "Test Herald"


def test_analysts_polled_by_a_compiler_pencilling_in_a_figure_are_its_consensus():
    got = speakers(run(
        "Orrin Devices reported quarterly sales. Analysts polled by Tallow Data had pencilled "
        "in $1.8 billion.",
    ))
    assert got["$1.8 billion"] == "Tallow Data"


def test_pencilling_in_dates_is_no_statement():
    got = speakers(run("The council pencilled in 40 dates for the tour."))
    assert got["40"] == "Test Herald"


def test_the_scope_of_fieldwork_between_maker_and_verb_is_the_makers():
    got = speakers(run(
        "A census carried out by Fenwick Aid across 27 camps found that 18% of tents leaked.",
    ))
    assert got["27"] == "Fenwick Aid"
    assert got["18%"] == "Fenwick Aid"


def test_a_relative_clause_between_maker_and_verb_keeps_its_own_reading():
    got = speakers(run(
        "A census carried out by Fenwick Aid, which runs 27 camps, found that 18% of tents "
        "leaked.",
    ))
    assert got["18%"] == "Fenwick Aid"
