"""Session 14 (sg): who states a figure in constructions the told sets met."""

from __future__ import annotations

from tests.extraction.test_speakers import by_figure, run


def test_a_summary_points_bare_common_noun_is_no_name():
    # "Package lists 189 more tankers": headlinese drops the article; the word is written in
    # lower case in the body and never capitalised inside a sentence, so it names nobody.
    c = by_figure(run("The new sanctions package adds ships to the list, officials said.",
                      summary=["Package lists 189 more tankers"], publisher="Test Herald"))
    assert c["189"].speaker == "Test Herald"


def test_a_headline_census_that_counted_is_the_outlets():
    c = by_figure(run("Volunteers visited every colony for the census this year.",
                      headline="Census counted more than 148,000 breeding pairs",
                      publisher="Island Post"))
    assert c["more than 148,000"].speaker == "Island Post"


def test_a_bare_capitalised_common_noun_in_a_summary_with_a_lower_case_echo():
    c = by_figure(run("The opening forecast came from the co-operative on Tuesday.",
                      summary=["Opening forecast puts the price at $9.50, a record"],
                      publisher="Farm Weekly"))
    assert c["$9.50"].speaker == "Farm Weekly"


def test_a_surname_opening_a_summary_stays_a_name():
    # The surname is a common word too, but the body writes it capitalised inside a sentence.
    c = by_figure(run("Finance minister Ana Price presented the plan on Tuesday. The price "
                      "of fuel was not mentioned.",
                      summary=["Price says 40,000 jobs will be created"], publisher="Daily Post"))
    assert c["40,000"].speaker == "Ana Price"


def test_a_body_named_in_a_summary_still_speaks():
    c = by_figure(run("The ministry said 40 people were hurt in the blast.",
                      summary=["Ministry says 40 people were hurt"], publisher="Daily Post"))
    assert c["40"].speaker != "Daily Post"
