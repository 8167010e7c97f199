"""Session 14 (sh): speakers' names written the way the story names them first."""

from __future__ import annotations

from tests.extraction.test_speakers import by_figure, run


def test_a_court_name_before_a_judge_title_is_the_title_not_a_body():
    c = by_figure(run("Court of Appeal Justice Mark Ellery said 14 appeals were still pending."))
    assert c["14"].speaker == "Mark Ellery"
    c = by_figure(run("Court of Queen's Bench Judge Ann Roybal said the company owed $40,000. "
                      "Roybal said the firm had ignored 12 warnings."))
    assert c["$40,000"].speaker == "Ann Roybal"
    assert c["12"].speaker == "Ann Roybal"


def test_a_ministry_of_justice_stays_a_body():
    c = by_figure(run("The Ministry of Justice said 14 appeals were still pending."))
    assert c["14"].speaker == "Ministry of Justice"
    c = by_figure(run("Minister of Justice Mark Ellery said 14 appeals were still pending."))
    assert c["14"].speaker == "Mark Ellery"


def test_a_body_described_in_lower_case_is_named_by_its_acronym_after_according_to():
    c = by_figure(run("More than 12,000 people crossed the border last week, according to the "
                      "UN refugee agency (UNHCR), as the fighting spread."))
    assert c["More than 12,000"].speaker == "UNHCR"
    c = by_figure(run("Some 4,300 homes were flooded, according to the national disaster agency "
                      "(BNPB)."))
    assert c["Some 4,300"].speaker == "BNPB"


def test_an_index_with_its_acronym_stays_what_it_was():
    c = by_figure(run("Prices rose 3% in May, according to the consumer price index (CPI)."))
    assert c["3%"].speaker != "CPI"


def test_a_listing_or_base_before_an_opening_company_name_is_no_part_of_it():
    c = by_figure(run("Toronto-listed Northbound Nickel Corp. will pay the town a 2.5-per-cent "
                      "royalty, the company announced on Tuesday."))
    assert c["2.5-per-cent"].speaker == "Northbound Nickel Corp."
    c = by_figure(run("Oslo-based Fjordline Shipping will cut 300 jobs by March, the company "
                      "said."))
    assert c["300"].speaker == "Fjordline Shipping"


def test_an_opening_company_name_without_a_descriptor_is_kept_whole():
    c = by_figure(run("Halvern Gas reported 30,000 homes without heat, the utility said."))
    assert c["30,000"].speaker == "Halvern Gas"


def test_the_body_a_board_governs_is_what_its_head_word_refers_back_to():
    c = by_figure(run("The Executive Board of the International Monetary Fund (IMF) on Friday "
                      "completed its review of the loan. Total disbursements rise to around "
                      "$3.1 billion, the Fund said."))
    assert c["around $3.1 billion"].speaker == "International Monetary Fund"
    c = by_figure(run("The Board of Governors of the Coastal Development Bank met on Monday. "
                      "Lending will rise 8% next year, the bank said."))
    assert c["8%"].speaker == "Coastal Development Bank"


def test_the_board_itself_stays_the_board():
    c = by_figure(run("The Board of Directors of the Halvern Group met on Monday. Profit rose "
                      "12%, the board said."))
    assert c["12%"].speaker == "Board of Directors of the Halvern Group"


def test_a_body_named_by_the_opening_words_of_its_name_is_that_body():
    c = by_figure(run("In a statement, the General Staff of the Armed Forces said the base had been "
                      "attacked. About 30 assailants were killed, the General Staff said."))
    assert c["About 30"].speaker == "General Staff of the Armed Forces"
    c = run("About 30 assailants were killed, the General Staff said.",
            headline="Thirty attackers killed, according to the General Staff")
    assert {x.speaker for x in c} == {"General Staff"}


def test_a_titled_person_is_no_body():
    c = by_figure(run("Major General Tom Reyes of the Armed Forces said 30 assailants were killed. "
                      "General Reyes said 12 soldiers were wounded."))
    assert c["30"].speaker == "Tom Reyes"
    assert c["12"].speaker == "Tom Reyes"


def test_a_title_word_alone_is_the_surname_of_a_person_named_in_full_before():
    c = by_figure(run("Asif Mehmood Sheikh, chairman of the users' forum, said tariffs were "
                      "17 cents a unit. \"We have shut 96 units since January,\" Sheikh said."))
    assert c["96"].speaker == "Asif Mehmood Sheikh"
    c = by_figure(run("Tom Bishop, who runs the depot, said 40 buses were idle. \"We need 12 "
                      "drivers,\" Bishop said."))
    assert c["12"].speaker == "Tom Bishop"


def test_a_title_word_alone_with_no_such_surname_before_stays_as_written():
    c = by_figure(run("Tom Reyes said tariffs were 17 cents. \"We shut 96 units,\" Bishop said."))
    assert c["96"].speaker == "Bishop"


def test_a_party_member_word_before_a_name_after_the_is_a_label():
    c = by_figure(run("Ferrante held 53.6% of the vote to the Liberal Daniel Whitfield-Rourke's "
                      "46.4%. Whitfield-Rourke said 9,000 postal votes were still to come."))
    assert c["9,000"].speaker == "Daniel Whitfield-Rourke"
    c = by_figure(run("The count favoured the Conservative Ann Reid on Sunday. Reid said 300 "
                      "ballots were disputed."))
    assert c["300"].speaker == "Ann Reid"


def test_a_party_named_after_the_stays_a_party():
    c = by_figure(run("The Liberal Democrats said 12 seats changed hands."))
    assert c["12"].speaker == "Liberal Democrats"


def test_a_title_in_capitals_in_apposition_is_the_named_persons_role():
    c = by_figure(run("Jaco Botha, CEO of the Freightline Importers' Association, which "
                      "represents about 340 companies, said members were paying R18,000 more "
                      "per container."))
    assert c["R18,000"].speaker == "Jaco Botha"
    c = by_figure(run("Ana Ruiz, CFO of Harbour Capital, which manages $3 billion, said returns "
                      "were 7%."))
    assert c["7%"].speaker == "Ana Ruiz"


def test_a_body_before_which_stays_the_body():
    c = by_figure(run("Kenya Power, which serves 9 million homes, said 300 transformers failed."))
    assert c["300"].speaker == "Kenya Power"


def test_a_countrys_two_word_office_is_named_without_the_country():
    c = by_figure(run("Britain's Foreign Office said the United Kingdom would give £120 million."))
    assert c["£120 million"].speaker == "Foreign Office"
    c = by_figure(run("Some 40 people died in the floods, Peru's Statistics Bureau said."))
    assert c["Some 40"].speaker == "Statistics Bureau"


def test_a_countrys_ministry_or_army_keeps_its_country():
    c = by_figure(run("Russia's Finance Ministry said the deficit reached 2.1% of output."))
    assert c["2.1%"].speaker == "Russian Finance Ministry"
    c = by_figure(run("Mali's army said 40 fighters were killed."))
    assert c["40"].speaker == "Mali's army"


def test_a_countrys_office_named_by_its_holders_title_drops_the_country():
    c = by_figure(run("Canada's Parliamentary Budget Officer projects the deficit will reach "
                      "$46.2-billion this year."))
    assert c["$46.2-billion"].speaker == "Parliamentary Budget Officer"
    c = by_figure(run("Kenya's Financial Ombudsman said it upheld 40% of complaints."))
    assert c["40%"].speaker == "Financial Ombudsman"


def test_the_holder_named_after_the_title_is_the_speaker():
    c = by_figure(run("Canada's Parliamentary Budget Officer Yves Giroux said the deficit would "
                      "reach $46 billion."))
    assert c["$46 billion"].speaker == "Yves Giroux"


def test_an_acronym_spells_the_office_without_the_country_that_owns_it():
    c = by_figure(run("Canada's Parliamentary Budget Officer projects the deficit will reach "
                      "$46.2-billion. In a report released Tuesday, the PBO said federal debt "
                      "would top $1.4-trillion by 2030."))
    assert c["$1.4-trillion"].speaker == "Parliamentary Budget Officer"
    c = by_figure(run("Kenya's Harbour Pilots Executive said 40 ships were waiting. The HPE "
                      "said 12 more were due on Friday."))
    assert c["12"].speaker == "Harbour Pilots Executive"
