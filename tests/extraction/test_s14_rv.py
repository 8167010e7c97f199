"""Review of session 14's rounds: rules two rounds wrote twice, unified into one."""

from __future__ import annotations

from tests.extraction.test_speakers import by_figure, run


def speakers(*paragraphs, **kw):
    return {f: c.speaker for f, c in by_figure(run(*paragraphs, **kw)).items()}


# --- one rule for a verb that reports only when it opens what is said (rounds sa and sf) ----

def test_a_quotation_verb_opening_that_after_a_time_phrase_reports():
    got = speakers("The water board replied on Tuesday that 310 mains had been relined.")
    assert got["310"] == "Water board"
    got = speakers("Marta Ilves, the head of the clinic, continued that 48 nurses had left.")
    assert got["48"] == "Marta Ilves"


def test_a_quotation_verb_before_a_request_or_a_doubt_is_left_alone():
    got = speakers("The parents wondered that 30 pupils could share one room.")
    assert got["30"] == "Test Herald"


# --- one kind for a named Unit or Cell (rounds sb and sc) -----------------------------------

def test_a_named_unit_is_a_body_the_unit_refers_back_to_and_no_government():
    got = speakers("According to the Coastal Road Safety Unit, 412 people died last year.",
                   "The unit said 95 of them were riders.",
                   "The provincial government announced Rs500,000 for each family, a government "
                   "spokesman said.")
    assert got["412"] == "Coastal Road Safety Unit"
    assert got["95"] == "Coastal Road Safety Unit"
    assert got["Rs500,000"] != "Coastal Road Safety Unit"


# --- one owner for the article's study under another word (rounds sb and sc) ----------------

def test_a_paper_named_then_called_the_study_is_its_owners():
    got = speakers("A paper by the Nordvik Climate Centre found glaciers lost 6% of their mass.",
                   "Sven Aho, a glaciologist not involved in the work, said that was alarming.",
                   "Some 120 glaciers have vanished since 1980, the study said.")
    assert got["Some 120"] == "Nordvik Climate Centre"


# --- one list of street words (figures' house numbers and round sf's trailer) ---------------

def test_a_street_address_in_the_trailer_keeps_the_attribution_with_any_street_word():
    got = speakers("About 70 flats were empty, the housing minister said outside 4 Harbour Quay.")
    assert got["About 70"] == "Housing minister"
    got = speakers("Some 70 flats were empty, the housing minister said at 9 Elm Gdns on Monday.")
    assert got["Some 70"] == "Housing minister"
