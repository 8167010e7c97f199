"""Session 15, round tm: constructions behind the outlet's figures that a bogus speaker took in
the blind sets heldout103-110 (our own sentences)."""

from __future__ import annotations

import pytest

from tests.extraction.test_speakers import run

PUB = "Test Herald"


def speakers(*paragraphs: str, headline: str = "A headline without figures") -> dict[str, str]:
    return {c.figure_text: c.speaker for c in run(*paragraphs, headline=headline)}


# --------------------------------------------------------------- "record" after "hit", "set"

@pytest.mark.parametrize("headline, fig", [
    ("Spain's Wind Surge Strains Grid as Negative Prices Hit Record 312 Hours", "312 Hours"),
    ("Rents Hit Record 2,400 Dollars in Lisbon", "2,400 Dollars"),
    ("Kenyan Tea Exports Reach Record 9.1 Million Kilograms", "9.1 Million Kilograms"),
    ("Turnout Nears Record 71% as Polls Close in Chile", "71%"),
])
def test_record_after_reaching_is_no_counting_verb(headline, fig):
    assert speakers("Nothing else happened.", headline=headline)[fig] == PUB


def test_record_as_a_verb_still_counts():
    got = speakers("Clinics in Accra recorded 312 cases last week, the health service said.")
    assert got["312"] != PUB
    got = speakers("Hospitals Record 1,200 Flu Admissions",
                   headline="Hospitals Record 1,200 Flu Admissions")
    assert got["1,200"] != PUB


# --------------------------------------------------------------- "shared by" a count of users

@pytest.mark.parametrize("sentence, fig", [
    ("The town's only arena, North Hall, seats 4,200 and is shared by two clubs.", "4,200"),
    ("The clinic has 12 beds and is shared by three villages in the valley.", "12"),
    ("Each flat, about 40 square metres, is shared by both families.", "about 40 square metres"),
    ("The 18 km pipeline is shared by several farms near Mildura.", "18 km"),
])
def test_shared_by_a_count_of_users_is_no_source(sentence, fig):
    assert speakers(sentence)[fig] == PUB


def test_figures_shared_by_a_body_keep_their_source():
    got = speakers("The figures, showing 2,300 arrests, were shared by the Federal Police.")
    assert got["2,300"] == "Federal Police"


# --------------------------------------------------------------- numbered places ("Route 9")

@pytest.mark.parametrize("sentence, fig", [
    ("The bypass runs along Route 9, adding about 7 km each way.", "about 7 km"),
    ("The diversion sends lorries down Highway 12 and back over the dam, adding 25 minutes.",
     "25 minutes"),
    ("Shuttle buses leave from Terminal 2, adding roughly 15 minutes to each transfer.",
     "roughly 15 minutes"),
])
def test_numbered_place_is_no_subject(sentence, fig):
    assert speakers(sentence)[fig] == PUB


def test_subject_then_its_own_participle_still_speaks():
    got = speakers("The Highways Agency closed the bridge, adding that repairs would cost "
                   "$3 million.")
    assert got["$3 million"] == "Highways Agency"


# --------------------------------------------------------------- "expects to receive $X"

@pytest.mark.parametrize("sentence, fig, who", [
    ("Valdor Steel also expects to receive subsidies of up to 900 million euros from the state.",
     "up to 900 million euros", "Valdor Steel"),
    ("The Lagos Chamber of Commerce expects to raise 4 billion naira from the levy.",
     "4 billion naira", "Lagos Chamber of Commerce"),
    ("Norvik Air expects to carry 3.2 million passengers and to earn $410 million next year.",
     "$410 million", "Norvik Air"),
])
def test_expects_to_get_an_amount_is_the_subjects_forecast(sentence, fig, who):
    assert speakers(sentence)[fig] == who


def test_expected_to_stays_a_plan():
    got = speakers("The central bank is expected to hold its rate at 6.5% on Thursday.")
    assert got["6.5%"] == PUB


# --------------------------------------------------------------- "pointed to figures showing"

@pytest.mark.parametrize("paragraphs, fig, who", [
    (("Tenant advocate Mara Quint disputed the study.",
      "She pointed to the council's own figures showing vacancy rates rose to 5.1% this year."),
     "5.1%", "Mara Quint"),
    (("Senator Joel Amadi points to census data showing 14,000 homes stood empty in Abuja.",),
     "14,000", "Joel Amadi"),
    (("The union pointed to a study that found 38% of nurses planned to quit.",),
     "38%", "union"),
])
def test_pointing_to_a_documents_finding_states_it(paragraphs, fig, who):
    assert speakers(*paragraphs)[fig].lower().endswith(who.lower())


def test_pointing_at_a_place_states_nothing():
    got = speakers("The guide pointed to the ridge where 40 climbers were stranded.")
    assert got["40"] == PUB


# --------------------------------------------------------------- "according to the studio"

@pytest.mark.parametrize("paragraphs, fig, who", [
    (("Silverlake Films' thriller \"Night Ferry\" opened to $41 million from 3,800 theaters "
      "this weekend, according to studio estimates on Sunday.",), "$41 million", "Silverlake Films"),
    (("Paramount's \"Dust Road\" opened to an estimated $52 million this weekend.",
      "The $90 million western added $30 million from 40 markets, according to the studio."),
     "$30 million", "Paramount"),
    (("Kestrel Pictures said its comedy sold 2.1 million tickets in South Korea.",
      "The film took 9 billion won in its first week, the distributor said."),
     "9 billion won", "Kestrel Pictures"),
])
def test_the_studio_is_the_film_company_named_before(paragraphs, fig, who):
    assert speakers(*paragraphs)[fig] == who


def test_a_studio_named_nowhere_stays_unresolved():
    got = speakers("Director Ana Ruiz's documentary opened in 300 cinemas.",
                   "It took $8 million in its first week, the studio said.")
    assert got["$8 million"] == "Studio"  # a person's possessive names no company
