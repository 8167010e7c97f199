"""Session 15, round tc: speakers' names and which named body a figure belongs to
(invented sentences)."""

from __future__ import annotations

from tests.extraction.test_speakers import run


def speakers(claims):
    return {(c.speaker, c.figure_text) for c in claims}


# --- a body's head word in the language of its name


def test_the_foundation_is_a_fundacao_named_before():
    got = speakers(run(
        "The book fair drew 48,000 visitors, according to its organiser, Fundação Lagoa Azul.",
        "The foundation said 30% of them had come from abroad."))
    assert ("Fundação Lagoa Azul", "30%") in got
    assert ("Fundação Lagoa Azul", "48,000") in got


def test_the_foundation_is_not_a_bank_named_before():
    got = speakers(run(
        "Lending rose 4% in May, according to Banco Serrano.",
        "The foundation said 30 schools had been rebuilt."))
    assert ("Banco Serrano", "30") not in got


# --- "Organisers <Name>" opening a sentence


def test_organisers_opening_a_sentence_is_no_part_of_the_name():
    got = speakers(run("Organisers Tollgate Live said 8,200 people had bought tickets."))
    assert ("Tollgate Live", "8,200") in got


def test_organisers_alone_opening_a_sentence_stays():
    got = speakers(run("Organisers said 8,200 people had bought tickets."))
    assert ("Tollgate Live", "8,200") not in got
    assert len(got) == 1


# --- "the UN X (XX)": the UN stays in a name only the UN's makes known


def test_an_acronym_after_a_un_body_no_one_knows_keeps_the_un():
    got = speakers(run(
        "Floods displaced 9,000 people, the UN Coastal Relief Office (CRO) said.",
        "The CRO said 12 camps were open."))
    assert got == {("UN Coastal Relief Office", "9,000"), ("UN Coastal Relief Office", "12")}


def test_an_acronym_after_a_known_un_body_drops_the_un():
    got = speakers(run(
        "Floods displaced 9,000 people, the UN World Food Programme (WFP) said.",
        "The WFP said 12 camps were open."))
    assert got == {("World Food Programme", "9,000"), ("World Food Programme", "12")}


# --- two people of one surname: a kin word before a name gives its gender


def test_mrs_surname_is_the_widow_not_her_son():
    got = speakers(run(
        "Widow Edna Marsh, 87, from Leek, paid £9,000 for a porch that was never built.",
        "In a statement, her son Colin Marsh said: 'She lost £20,000.'",
        "Speaking outside court, Mrs Marsh said: 'He had tea with me on 14 visits.'"))
    assert ("Edna Marsh", "14") in got
    assert ("Colin Marsh", "£20,000") in got


def test_mr_surname_is_the_son_not_his_mother():
    got = speakers(run(
        "Widow Edna Marsh, 87, said she had paid £9,000 for a porch.",
        "Her son Colin Marsh was at the hearing.",
        "Mr Marsh said the builder had made 14 visits."))
    assert ("Colin Marsh", "14") in got


def test_a_surname_with_no_gender_stays_with_the_last_bearer():
    got = speakers(run(
        "Widow Edna Marsh, 87, said she had paid £9,000 for a porch.",
        "Her son Colin Marsh was at the hearing.",
        "Marsh said the builder had made 14 visits."))
    assert ("Colin Marsh", "14") in got


# --- two people of one surname: a title before the surname picks its holder


def test_minister_surname_is_the_minister_not_a_later_namesake():
    got = speakers(run(
        "Exports rose 8% in June, Trade Minister Omer Keskin announced.",
        "Leyla Keskin, chair of the Weavers' Union, said costs had risen 30%.",
        "Minister Keskin said loans of 12 billion liras had been made."))
    assert ("Omer Keskin", "12 billion liras") in got
    assert ("Leyla Keskin", "30%") in got


def test_a_title_no_namesake_holds_leaves_the_last_bearer():
    got = speakers(run(
        "Exports rose 8% in June, Trade Minister Omer Keskin announced.",
        "Leyla Keskin, chair of the Weavers' Union, said costs had risen 30%.",
        "Chair Keskin said 12 mills had closed."))
    assert ("Leyla Keskin", "12") in got


# --- "The Martha's Vineyard Housing Trust": "the" before a possessive opens one name


def test_the_before_a_possessive_keeps_the_possessive_in_the_name():
    got = speakers(run("The St Brigid's Harbour Trust, a local charity, counted 640 moorings."))
    assert ("St Brigid's Harbour Trust", "640") in got


def test_a_place_possessive_without_the_stays_a_description():
    got = speakers(run("Kingsport City's Rent Review Board said 300 flats were empty."))
    assert ("Rent Review Board", "300") in got


# --- a short name after a body and a body named after it


def test_a_short_name_is_the_club_not_its_supporters_trust():
    got = speakers(run(
        "Kelby Rovers will build a £90m stadium, the club said.",
        "A poll by the Kelby Rovers Supporters' Trust found 52 per cent in favour.",
        "Kelby's accounts showed a loss of £23m."))
    assert ("Kelby Rovers", "£23m") in got
    assert ("Kelby Rovers Supporters' Trust", "52 per cent") in got


def test_a_short_name_with_only_the_trust_named_stays_the_trust():
    got = speakers(run(
        "A poll by the Kelby Rovers Supporters' Trust found 52 per cent in favour.",
        "Kelby's survey also found 30 per cent against."))
    assert ("Kelby Rovers Supporters' Trust", "30 per cent") in got


# --- a body's list is its own document


def test_a_bodys_price_list_is_the_bodys():
    got = speakers(run("Patients will pay Dh300 for a visit, according to Palm Clinics "
                       "Group's price list."))
    assert ("Palm Clinics Group", "Dh300") in got


def test_a_list_no_body_owns_stays_unattributed():
    got = speakers(run("The price list shows visits cost Dh300."))
    assert ("Palm Clinics Group", "Dh300") not in got


# --- "the office of Rep. X" speaks for X


def test_the_office_of_a_titled_person_is_the_person():
    got = speakers(run("The bill adds 40 judges, according to a summary from the office of "
                       "Rep. Dana Whitlock (D-Iowa)."))
    assert ("Dana Whitlock", "40") in got


def test_an_office_of_a_remit_stays_the_office():
    got = speakers(run("The Office of Budget Management said 40 judges would be added."))
    assert ("Office of Budget Management", "40") in got
