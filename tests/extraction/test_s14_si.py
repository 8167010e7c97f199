"""Round si (US national politics and policy desk): the constructions its rules read."""

from __future__ import annotations

from tests.extraction.test_speakers import by_figure, run


def test_described_owner_of_a_document_subject_states_its_figures():
    # "The nonpartisan office's annual outlook projects ...": a describing word before the
    # owner of the document the sentence opens with
    c = by_figure(run(
        "The deficit will reach $1.9 trillion, the Congressional Budget Office said Tuesday.",
        "The nonpartisan office's annual outlook projects that debt will reach 121% of "
        "output by 2036."))
    assert c["121%"].speaker == "Congressional Budget Office"
    c = by_figure(run(
        "The Greystone Water Authority said on Friday that rates would rise.",
        "The regional authority's latest forecast puts the increase at 7.5 percent."))
    assert c["7.5 percent"].speaker == "Greystone Water Authority"


def test_owned_summary_is_a_document():
    # "The committee's summary of the markup, released Tuesday, shows ...": a summary is a
    # document its owner states
    c = by_figure(run(
        "The House Rules Committee met late into the night on Monday.",
        "The committee's summary of the markup, released Tuesday, shows the bill would buy "
        "11 new cutters."))
    assert c["11"].speaker == "House Rules Committee"
    c = by_figure(run(
        "Lawmakers from the Delmont Farm Caucus met on Monday.",
        "The caucus's summary says the plan would cost $48 million."))
    assert c["$48 million"].speaker == "Delmont Farm Caucus"


def test_unowned_summary_and_described_subject_are_left_alone():
    # a sentence opening with a described thing that is no document's owner stays the outlet's
    c = by_figure(run(
        "The Congressional Budget Office published its outlook on Tuesday.",
        "The rising deficit's size puts pressure on lawmakers, with 14 votes still uncertain."))
    assert c["14"].speaker == "Test Herald"
    c = by_figure(run("In summary, the bill adds 9 judges to the federal bench."))
    assert c["9"].speaker == "Test Herald"


def test_coming_span_opening_the_sentence_is_the_forecasters():
    # "Over the next 10 years, the budget office expects ...": the span a forecast covers
    c = by_figure(run("Over the next 10 years, the Lindell Policy Center expects deficits of "
                      "$19 trillion."))
    assert c["10 years"].speaker == "Lindell Policy Center"
    assert c["$19 trillion"].speaker == "Lindell Policy Center"
    c = by_figure(run("In the coming three years, the Harbor Transit Authority said, 60 buses "
                      "will be replaced."))
    assert c["three years"].speaker == "Harbor Transit Authority"


def test_past_span_opening_the_sentence_is_left_alone():
    # "Over the past 10 years, X has said ...": the writer's history of when X spoke
    c = by_figure(run("Over the past 12 years, the Lindell Policy Center has said deficits "
                      "would reach $19 trillion."))
    assert c["12 years"].speaker == "Test Herald"


def test_it_found_between_commas_is_the_bodys_finding():
    # "In those states, it found, roughly 71 percent ...": "it" is the body just credited
    c = by_figure(run(
        "About 900,000 adults lost coverage, the Government Accountability Office said.",
        "In those states, it found, roughly 64 percent of the people had income."))
    assert c["roughly 64 percent"].speaker == "Government Accountability Office"
    c = by_figure(run(
        "The Marlow County Audit Office said on Friday that its review was complete.",
        "Most of the contracts, it found, ran 18% over budget."))
    assert c["18%"].speaker == "Marlow County Audit Office"


def test_it_found_as_an_act_of_the_writers_subject_is_left_alone():
    # a thing that "found" something is no body's finding when no body spoke before
    c = by_figure(run("The search dog worked the ruins, and it found 3 survivors by noon."))
    assert c["3"].speaker == "Test Herald"


def test_an_office_of_one_person_before_the_name_is_a_title():
    # "the National Taxpayer Advocate, Erin Castellanos, said": the named person speaks
    c = by_figure(run("Waits rose to 27 minutes, the National Taxpayer Advocate, Ines Marrow, "
                      "said in a report."))
    assert c["27 minutes"].speaker == "Ines Marrow"
    c = by_figure(run("The Chief Actuary, Ron Pell, said the fund would run dry in 11 years."))
    assert c["11 years"].speaker == "Ron Pell"


def test_advocates_as_a_group_are_left_alone():
    # plural "advocates" stay an unnamed group, not a title
    c = by_figure(run("Immigration advocates said 40 families were evicted."))
    assert c["40"].speaker == "Test Herald"


def test_the_report_after_a_bodys_outlook_is_that_bodys():
    # "The office's annual outlook projects ... The report estimates ...": one document
    c = by_figure(run(
        "Spending will climb to $7.2 trillion, the Fenwick Budget Office said Wednesday.",
        "The office's annual outlook projects that debt will reach 112% of output.",
        "Harriet Quinlan, the office's director, told reporters that rates were the driver.",
        "The report estimates that the deficit will equal 5.9% of GDP this year."))
    assert c["5.9%"].speaker == "Fenwick Budget Office"


def test_the_report_with_no_document_named_before_is_left_to_the_last_speaker():
    c = by_figure(run(
        "Spending will climb to $7.2 trillion, the Fenwick Budget Office said Wednesday.",
        "Harriet Quinlan, an economist at Yale, said in a report that rates were the driver.",
        "The report estimates that the deficit will equal 5.9% of GDP this year."))
    assert c["5.9%"].speaker == "Harriet Quinlan"


def test_an_acronym_publisher_spelt_out_is_the_publisher():
    # "an Associated Press analysis" and "The AP's analysis" in an AP story
    c = by_figure(run(
        "The IRS ended the season with about 9,200 fewer employees, according to an "
        "Associated Press analysis of staffing records.",
        "The AP's analysis shows the IRS now employs about 74,500 people.", publisher="AP"))
    assert c["about 9,200"].speaker == "AP"
    assert c["about 74,500"].speaker == "AP"
    c = by_figure(run("The service cut 300 jobs, a National Public Radio review found.",
                      publisher="NPR"))
    assert c["300"].speaker == "NPR"


def test_a_body_whose_initials_spell_the_publisher_is_left_alone():
    # only an outlet's name is the publisher spelt out: "Arizona Police" is no AP
    c = by_figure(run("Some 40 homes burned, Arizona Police said.", publisher="AP"))
    assert c["Some 40"].speaker == "Arizona Police"


def test_a_measures_scores_of_are_no_vague_amount():
    # "credit scores of delinquent borrowers": the measure's plural, not "scores of" (about 40)
    c = by_figure(run("Credit scores of delinquent borrowers have fallen by 140 points."))
    assert set(c) == {"140"}
    c = by_figure(run("The test scores of 3,000 pupils rose."))
    assert set(c) == {"3,000"}


def test_scores_of_people_stay_vague():
    c = by_figure(run("The blast injured scores of people near the market."))
    assert c["scores"].speaker == "Test Herald"


def test_people_over_or_under_an_age_closing_the_clause_are_an_age():
    # "the decline was steepest among voters under 30.": a poll's age group, no figure
    assert run("The decline was steepest among voters under 30.") == []
    c = by_figure(run("Among respondents under 35, 41% agreed."))
    assert set(c) == {"41%"}


def test_a_thing_over_a_measure_is_left_alone():
    # "containers over 20 feet long": a measure of things, not an age
    c = by_figure(run("The port shipped 400 containers over 20 feet long."))
    assert "over 20 feet" in c


def test_a_possessive_pronoun_opening_with_the_speakers_body_carries_on():
    # "..., Castellanos said. Her office received 38% more requests.": her office's figures
    c = by_figure(run("Waits rose to 27 minutes, Noor Castellan said in a report. Her office "
                      "received 38% more requests than a year earlier."))
    assert c["38%"].speaker == "Noor Castellan"
    c = by_figure(run("Exports fell 4%, the Tarrow Grain Board said. Its survey found 61 "
                      "farms had closed."))
    assert c["61"].speaker == "Tarrow Grain Board"


def test_a_possessive_pronoun_with_a_relative_is_left_alone():
    # "Her daughter ..." is no body of the speaker's: the outlet's
    c = by_figure(run("Waits rose to 27 minutes, Noor Castellan said. Her daughter waited "
                      "9 hours in March."))
    assert c["9 hours"].speaker == "Test Herald"


def test_a_body_named_for_a_review_is_one_body():
    # "the Executive Office for Immigration Review": an office's name ending "Review", not
    # a pollster working for a magazine
    c = by_figure(run("Some 84 judges left, according to data from the Executive Office for "
                      "Immigration Review."))
    assert c["Some 84"].speaker == "Executive Office for Immigration Review"
    c = by_figure(run("The board heard 210 appeals, the Office for Tax Review said."))
    assert c["210"].speaker == "Office for Tax Review"


def test_a_pollster_for_a_paper_is_left_alone():
    c = by_figure(run("Some 46% backed the plan, according to a poll by Savanta for The "
                      "Telegraph."))
    assert c["Some 46%"].speaker == "Savanta"
