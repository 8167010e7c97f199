"""Science, health, sports and culture desks: study owners, organisers, results (session 14)."""

from __future__ import annotations

from tests.extraction.test_speakers import by_figure, run


def test_the_report_or_findings_of_the_articles_study_are_its_owners():
    claims = by_figure(run(
        "Sea levels rose 4 millimetres a year, according to a study released on Monday by the "
        "Coastal Research Institute.",
        "Tobias Wennerholm, a geologist who was not involved, said the loss was roughly twice "
        "the rate of the 1990s.",
        "Even if warming stopped, about 35% of beaches would vanish, the report said.",
        "The findings, published in Nature, suggest 210 lagoons will dry up.",
    ))
    assert claims["about 35%"].speaker == "Coastal Research Institute"
    assert claims["210"].speaker == "Coastal Research Institute"
    assert claims["roughly twice"].speaker == "Tobias Wennerholm"


def test_researchers_at_a_body_own_the_findings_read_later():
    claims = by_figure(run(
        "Researchers at the Hallam Sleep Centre found that teenagers slept 48 minutes less "
        "than a decade ago.",
        "Dr Ana Ruiz, a paediatrician not involved in the work, said 3 in 10 of her patients "
        "used phones in bed.",
        "The study also found 62% of pupils had a screen in their bedroom, the paper said.",
    ))
    assert claims["62%"].speaker == "Hallam Sleep Centre"


def test_a_report_with_no_study_before_is_left_as_it_was():
    # no study is introduced: "the report" is whatever the story named before
    claims = by_figure(run(
        "The Harbour Board said 40 ships had docked in March.",
        "Ana Ruiz, a shipping analyst, said traffic was up 12%.",
    ))
    assert claims["40"].speaker == "Harbour Board"
    assert claims["12%"].speaker == "Ana Ruiz"


def test_a_documents_verb_between_commas_attributes_the_sentence():
    claims = by_figure(run(
        "Glaciers lost 5% of their ice, according to a study by the Alpine Cryosphere "
        "Observatory.",
        "Under current policies, the study projects, the Alps will lose between 65% and 80% "
        "of their ice by 2100.",
        "By 2050, the report estimates, 120 ski lifts will close.",
    ))
    assert claims["between 65% and 80%"].speaker == "Alpine Cryosphere Observatory"
    assert claims["120"].speaker == "Alpine Cryosphere Observatory"


def test_capital_projects_between_commas_are_no_document():
    claims = by_figure(run(
        "The council said it would spend $40 million on roads, while capital projects, "
        "including two bridges, will take 3 years.",
    ))
    assert all(c.speaker != "Test Herald" or c.figure_text != "$40 million"
               for c in claims.values())


def test_organisers_are_the_body_named_as_organiser():
    claims = by_figure(run(
        "Coldwater Festival welcomed 95,000 people, organisers Longfield Events have said.",
        "Organisers said 87% of waste was recycled.",
    ))
    assert claims["87%"].speaker == "Longfield Events"
    claims = by_figure(run(
        "Both winners collect $50,000, according to Lisboa Corre, the company that organises "
        "the race.",
        "A record 38,200 runners started, the organisers said.",
    ))
    assert claims["38,200"].speaker == "Lisboa Corre"
    claims = by_figure(run(
        "The march was organized by the Tenants' Union of Ardley together with neighbourhood "
        "groups.",
        "Organizers put turnout at 150,000; police counted 22,000.",
    ))
    assert claims["150,000"].speaker == "Tenants' Union of Ardley"
    claims = by_figure(run(
        "The Free Press Coalition, the umbrella group behind the protests, said 180,000 took "
        "part.",
        "In Haifa, some 8,000 people marched, according to the organizers.",
    ))
    assert claims["some 8,000"].speaker == "Free Press Coalition"


def test_organisers_of_the_event_the_sentence_opens_with():
    claims = by_figure(run(
        "Greenmere Festival welcomed a record 95,000 people across its four days, organisers "
        "have confirmed.",
    ))
    assert claims["95,000"].speaker == "Greenmere Festival"


def test_organisers_named_nowhere_stay_organisers():
    claims = by_figure(run(
        "Kenya's Faith Chebet won the women's race in 2:15:12.",
        "Organisers said 57,214 runners crossed the finish line.",
    ))
    assert claims["57,214"].speaker == "Organisers"


def test_a_study_by_authors_commissioned_by_another_body_is_the_authors():
    claims = by_figure(run(
        "A study by the consultancy Meridia Economics, commissioned by the organisers, "
        "estimates that the race brings about 27 million euros into the city each year.",
        "A survey of 1,200 members, carried out by the Nurses' Union in May, found 41% had "
        "worked unpaid overtime.",
    ))
    assert claims["about 27 million euros"].speaker == "Meridia Economics"
    assert claims["41%"].speaker == "Nurses' Union"


def test_a_named_unit_is_a_body_and_the_unit_refers_back_to_it():
    claims = by_figure(run(
        "A measles outbreak has grown to 87 cases, according to the Midlands Health "
        "Protection Unit (MHPU).",
        "The unit said a further 34 suspected cases were being investigated.",
        "Figures from the unit show that uptake stood at 76.4% last year.",
    ))
    assert claims["87"].speaker == "Midlands Health Protection Unit"
    assert claims["34"].speaker == "Midlands Health Protection Unit"
    assert claims["76.4%"].speaker == "Midlands Health Protection Unit"


def test_counted_units_are_no_speaker():
    claims = by_figure(run(
        "With all 118 reporting units counted, Hallorann had 69,112 votes, the county "
        "clerk's office said.",
    ))
    assert claims["118"].speaker != "Units"
    assert claims["69,112"].speaker == claims["118"].speaker


def test_researchers_from_the_described_body_and_a_partner_are_the_bodys():
    claims = by_figure(run(
        "Coral cover fell 37 per cent, according to a study by the Australian Institute of "
        "Marine Science.",
        "Researchers from the institute and James Cook University surveyed 1,140 reefs. They "
        "found cover fell to 19.5 per cent.",
    ))
    assert claims["1,140"].speaker == "Australian Institute of Marine Science"
    assert claims["19.5 per cent"].speaker == "Australian Institute of Marine Science"


def test_researchers_from_a_named_body_and_a_partner_are_not_cut():
    # (only a described "the institute" refers back; a name is read as written)
    claims = by_figure(run(
        "Researchers from the Hallam Institute and James Cook University surveyed 1,140 "
        "reefs.",
    ))
    assert claims["1,140"].speaker.startswith("Hallam Institute")


def test_a_body_publishing_accounts_showing_a_figure_states_it():
    claims = by_figure(run(
        "Harrowgate United have agreed a fee for a new winger.",
        "The deal comes days after Harrowgate United published accounts showing a pre-tax "
        "loss of £87.3m. Revenue rose 9% to £241.6m.",
        "Chief executive Ana Ruiz said the club was within the rules.",
        "The accounts also show net debt of £164m, up from £121m.",
    ))
    for fig in ("£87.3m", "9%", "£241.6m", "£164m", "£121m"):
        assert claims[fig].speaker == "Harrowgate United", fig


def test_a_document_showing_a_lowercase_noun_and_a_plain_show_are_kept_apart():
    claims = by_figure(run(
        "The ministry's figures show rising debt of £10m.",
        "Fans show their support with 300 flags.",
    ))
    assert claims["£10m"].speaker == "Ministry"
    assert claims["300"].speaker == "Test Herald"


def test_according_to_results_that_a_body_presented():
    claims = by_figure(run(
        "An experimental pill cut admissions by 23% over a median follow-up of 22 months, "
        "according to late-stage trial results that Veridane Therapeutics presented Monday.",
        "Output rose 3%, according to data that Statistics Norway published on Friday.",
        "Sales fell 4%, according to figures that show a slump.",
    ))
    assert claims["23%"].speaker == "Veridane Therapeutics"
    assert claims["22 months"].speaker == "Veridane Therapeutics"
    assert claims["3%"].speaker == "Statistics Norway"
    assert claims["4%"].speaker == "Test Herald"


def test_a_lead_by_surname_and_colleagues_speaks_for_the_study():
    claims = by_figure(run(
        "Glaciers lost 5% of their ice, said Marguerite Falkner, the study's lead author.",
        "Falkner and her colleagues combined aerial surveys of 176 glaciers with "
        "measurements at 38 sites.",
        "Falkner and colleagues found that 12 glaciers had vanished.",
        "Senator Hale and colleagues voted to spend $40 million.",
    ))
    assert claims["176"].speaker == "Marguerite Falkner"
    assert claims["38"].speaker == "Marguerite Falkner"
    assert claims["12"].speaker == "Marguerite Falkner"
    assert claims["$40 million"].speaker == "Test Herald"  # (no study: a vote)


def test_capacity_song_and_track_compounds_are_figures():
    claims = by_figure(run(
        "Severnside play at the 12,000-capacity Quayside Ground.",
        "Lunar Hex played a 22-song set and their 12-track album went gold.",
        "The plan was put on the fast-track by the club.",
    ))
    assert {"12,000-capacity", "22-song", "12-track"} <= set(claims)
    assert not any("track" in f and f != "12-track" for f in claims)


def test_seasons_are_a_unit_of_time_and_a_six_and_a_half_point_underdog_a_figure():
    claims = by_figure(run(
        "Under league rules, clubs may lose up to £105m over three seasons.",
        "The board believes that investment will pay back over the next two to three seasons.",
        "He scored 12 goals in the 2024 season.",
        "Southern Plains State is a 6.5-point underdog, according to the sportsbook LineMark.",
        "The council adopted a 10-point plan.",
    ))
    assert {"three seasons", "two to three seasons", "12", "6.5-point"} <= set(claims)
    assert claims["6.5-point"].speaker == "LineMark"
    assert "2024" not in claims and "10-point" not in claims


def test_a_year_after_the_reporting_verb_is_a_circumstance():
    claims = by_figure(run(
        "Data compiled by the Harlan Health Cost Institute shows the average cost was $18,900.",
        "Patients paid an average of $2,850, the institute said in a report published in "
        "October 2024.",
        "Sales reached $4 million, the company said in 2023 filings that showed 12 stores.",
    ))
    assert claims["$2,850"].speaker == "Harlan Health Cost Institute"


def test_the_survey_of_a_sample_is_the_survey_its_owner_released():
    claims = by_figure(run(
        "The fertility rate fell to 0.68, data from the National Statistics Office showed.",
        "Deaths rose, with 352,500 people dying last year, the office said.",
        "A survey released last month by the Family Research Foundation found that one in "
        "four adults had no plans to marry.",
        "The survey of 2,000 people also found that 58 percent would consider having "
        "children.",
    ))
    assert claims["2,000"].speaker == "Family Research Foundation"
    assert claims["58 percent"].speaker == "Family Research Foundation"
    assert claims["352,500"].speaker == "National Statistics Office"


def test_its_report_for_a_period_is_the_owners():
    claims = by_figure(run(
        "Shringar Retail has about 38,000 employees, according to its FY25 annual report.",
        "Harbour Air carried 2 million people, according to its 2024 annual report.",
        "Sales rose 4%, according to the Q3 report.",
    ))
    assert claims["about 38,000"].speaker == "Shringar Retail"
    assert claims["2 million"].speaker == "Harbour Air"
    assert claims["4%"].speaker != "Q3"


def test_a_sentence_opening_with_a_quoted_title_is_no_quotation():
    claims = by_figure(run(
        "In limited release, the documentary \"Salt Roads\" opened in four theaters with "
        "$112,000, distributor Fennick Films said.",
        "\"Glass Harbor\" expands to 20 more international markets next weekend.",
    ))
    assert claims["20"].speaker == "Test Herald"
    assert claims["$112,000"].speaker == "Fennick Films"


def test_a_quotation_running_on_keeps_its_speaker():
    claims = by_figure(run(
        "Ana Ruiz, a nurse, said: \"We had 40 beds last winter.",
        "\"We Have Now 12 More, but the queue is longer.\"",
    ))
    assert claims["40"].speaker == "Ana Ruiz"
    assert claims["12"].speaker == "Ana Ruiz"


def test_a_sport_compound_after_the_is_a_figure():
    claims = by_figure(run(
        "Pakistan levelled the three-match Test series with a 146-run win.",
        "The two-match ban was upheld on appeal.",
        "The three were sent off.",
    ))
    assert {"three-match", "146-run", "two-match"} <= set(claims)
    assert "three" not in claims
