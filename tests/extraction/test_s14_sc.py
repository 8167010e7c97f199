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
