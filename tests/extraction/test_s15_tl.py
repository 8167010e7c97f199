"""Session 15, round tl: constructions behind the wrong speakers of the blind sets
heldout103-110, each tested with invented sentences in several outlets' styles: a case the
rule fixes and a case it must leave alone."""

from __future__ import annotations

import pytest

from tests.extraction.test_speakers import run


def speaker_of(claims, figure: str) -> str:
    found = [c.speaker for c in claims if figure in c.figure_text]
    assert found, f"no claim for {figure!r}"
    return found[0]


# "the company said" after an acronym for a thing (a molecule, a chip, a class of investor)
# named since the company spoke: still the company.
@pytest.mark.parametrize(("paragraphs", "figure", "speaker"), [
    (("Vantora Biosciences said on Monday its drug cut blood pressure in a late-stage trial.",
      "The drug is a small interfering RNA that silences a gene in the liver.",
      "Headaches occurred in 6.1% of patients, the company said."),
     "6.1%", "Vantora Biosciences"),
    (("Norvik Semiconductor said on Tuesday that quarterly profit doubled.",
      "Its high-bandwidth memory (HBM) chips sold out for the year.",
      "The new plant in Ulsan is about 30 percent complete, the company said."),
     "30 percent", "Norvik Semiconductor"),
    (("Kestrel Payments Ltd said its share sale drew strong demand.",
      "The portion for qualified institutional buyers (QIBs) filled within hours.",
      "It raised Rs 420 crore from anchor investors on Friday, the company said."),
     "420 crore", "Kestrel Payments Ltd"),
    (("Brightmoor Foods said on Thursday it would close two bakeries.",
      "The plants make GMO-free bread for supermarkets.",
      "About 310 jobs will go, the firm said."),
     "310", "Brightmoor Foods"),
])
def test_company_is_not_an_acronym_for_a_thing(paragraphs, figure, speaker):
    assert speaker_of(run(*paragraphs), figure) == speaker


@pytest.mark.parametrize(("paragraphs", "figure", "speaker"), [
    # an acronym the article shows as a body that speaks is still the company meant
    (("Harlan Mining said output fell in the quarter.",
      "Its partner KMC said it would buy the smelter.",
      "The deal is worth $85 million, the company said."),
     "$85 million", "KMC"),
    # an acronym spelt out as a body's name stays a body
    (("Tervo Logistics said on Monday freight volumes fell.",
      "Its rival, Nordic Freight Carriers (NFC), has cut routes.",
      "NFC plans to shed 120 drivers, the company said."),
     "120", "NFC"),
])
def test_company_is_still_an_acronym_that_names_a_body(paragraphs, figure, speaker):
    assert speaker_of(run(*paragraphs), figure) in (speaker, "Nordic Freight Carriers")


# A reporting verb in "-ed" between a determiner (or an owner after a preposition) and a noun
# is an adjective: "the listed fund", "its estimated cost", "Units in X's listed fund".
@pytest.mark.parametrize("paragraphs", [
    ("Units in the listed property fund rose 2.4% to A$3.12 on Thursday.",),
    ("Groups in the listed trust gained 4% on Friday.",),
    ("Units in Harbour Dairy's listed shareholders' fund fell 1.8% to NZ$5.40 by noon.",),
    ("Residents in the reported flood zone got R1,500 each from the province.",),
])
def test_participle_before_a_noun_is_no_reporting_verb(paragraphs):
    for c in run(*paragraphs, publisher="Test Herald"):
        assert c.speaker == "Test Herald", (c.speaker, c.figure_text)


@pytest.mark.parametrize(("paragraphs", "figure", "speaker"), [
    # a possessive company name opening the sentence is its subject
    (("Sainsbury's reported underlying profit of £701 million for the year.",),
     "£701 million", "Sainsbury's"),
    # the noun before the verb is its subject
    (("The ministry estimated damage at $42 million on Monday.",), "$42 million", "ministry"),
    (("The agency reported 310 new cases in the week.",), "310", "agency"),
])
def test_participle_after_its_subject_still_reports(paragraphs, figure, speaker):
    assert speaker.lower() in speaker_of(run(*paragraphs), figure).lower()


# A company's kind opening the sentence before its name ("Utility X said", "Brewer X said")
# is a description, not part of the name; a body whose own name opens with the word stays whole.
@pytest.mark.parametrize(("paragraph", "figure", "speaker"), [
    ("Utility Northgate Power said it cut electricity to about 9,100 customers.", "9,100",
     "Northgate Power"),
    ("Brewer Kessel Brau said on Tuesday it would cut 240 jobs.", "240", "Kessel Brau"),
    ("Grocer Amberleigh said like-for-like sales rose 3.1% in the quarter.", "3.1%",
     "Amberleigh"),
    ("Steelmaker Ostrava Works said output fell 7% in June.", "7%", "Ostrava Works"),
    ("Utility Regulator said household bills would rise 6% from April.", "6%",
     "Utility Regulator"),
])
def test_company_kind_opening_the_sentence(paragraph, figure, speaker):
    assert speaker_of(run(paragraph), figure) == speaker


# "A survey of N people by the Centre for X": the "for" inside the owner's name is no body
# the survey was done for; "The poll of N parents for the charity X" still is.
@pytest.mark.parametrize(("paragraph", "figure", "speaker"), [
    ("A survey of 40 economists by the Lagos-based Centre for Budget Studies, released on "
     "Monday, found that 31 of them expected a miss.", "31", "Centre for Budget Studies"),
    ("A poll of 1,200 voters by the Institute for Civic Research found 44% backed the plan.",
     "44%", "Institute for Civic Research"),
    ("A survey of 600 farmers by the Council for Rural Affairs showed 27% planned to sell.",
     "27%", "Council for Rural Affairs"),
    ("The poll of 4,000 parents for the charity Family Lifeline found 61% worried about costs.",
     "61%", "Family Lifeline"),
])
def test_survey_owner_named_with_for(paragraph, figure, speaker):
    assert speaker_of(run(paragraph), figure) == speaker


# "Md" before a Bangladeshi name is the name's own (Mohammad); "MD" is a managing director.
@pytest.mark.parametrize(("paragraph", "figure", "speaker"), [
    ("Md Rafiqul Islam, chairman of the Dhaka Traders Forum, said sales fell 12 percent.",
     "12 percent", "Md Rafiqul Islam"),
    ("\"Exports rose 9 percent in the quarter,\" said Md Nurul Haque, a director of the "
     "Chattogram Chamber.", "9 percent", "Md Nurul Haque"),
    ("Kestrel Bank MD Anwar Hossain said deposits rose 8 percent.", "8 percent",
     "Anwar Hossain"),
])
def test_md_in_bangladeshi_names(paragraph, figure, speaker):
    assert speaker_of(run(paragraph), figure) == speaker


# A Mongolian name written with its patronymic's initial against it ("Ts.Bolormaa") is one
# name, kept as written; "St.Louis" stays a place.
@pytest.mark.parametrize(("paragraphs", "figure", "speaker"), [
    (("Its director D.Enkhjargal said 40 percent of herders lacked fuel.",), "40 percent",
     "D.Enkhjargal"),
    (("The governor of the province, B.Tsogtbaatar, said 3,100 animals had died.",), "3,100",
     "B.Tsogtbaatar"),
    (("Officials met herders on Monday.",
      "\"Roads in 26 districts are blocked,\" Ch.Oyunchimeg said."), "26", "Ch.Oyunchimeg"),
])
def test_mongolian_initial_against_the_name(paragraphs, figure, speaker):
    assert speaker_of(run(*paragraphs), figure) == speaker


def test_abbreviation_against_a_place_is_no_name():
    claims = run("He moved to St.Louis in 2019 and said 12 people came with him.")
    assert speaker_of(claims, "12") == "Test Herald"


# A document's capitalised title "from"/"by" a named body: the body is the speaker, not the
# title run on into its name.
@pytest.mark.parametrize(("paragraph", "figure", "speaker"), [
    ("Growth will slow to 1.4% next year, according to the quarterly Economic Outlook Survey "
     "from the Harwell Institute, a research group.", "1.4%", "Harwell Institute"),
    ("Fees rose 6.5% in the year, according to the annual Tuition Review by the Higher "
     "Education Council.", "6.5%", "Higher Education Council"),
    ("The Regional Housing Report from the Lakeshore Planning Authority counted 2,300 empty "
     "homes.", "2,300", "Lakeshore Planning Authority"),
])
def test_titled_document_from_its_issuer(paragraph, figure, speaker):
    assert speaker_of(run(paragraph), figure) == speaker


def test_lower_case_document_from_a_body_unchanged():
    claims = run("Prices rose 3.4% in May, according to data from the Statistics Bureau.")
    assert speaker_of(claims, "3.4%") == "Statistics Bureau"


# A body whose name ends in a common body word after a capitalised word that titles people
# elsewhere ("First Aid") is the body, not a person surnamed "Aid".
@pytest.mark.parametrize(("paragraph", "figure", "speaker"), [
    ("Red Gum First Aid, which staffed the medical tents, said 34 people were treated.", "34",
     "Red Gum First Aid"),
    ("Coastline First Aid said 21 festivalgoers needed treatment.", "21", "Coastline First Aid"),
    ("First Minister Eilidh Macrae said 4,000 homes would be built.", "4,000",
     "Eilidh Macrae"),
])
def test_title_word_before_a_body_word(paragraph, figure, speaker):
    assert speaker_of(run(paragraph), figure) == speaker
