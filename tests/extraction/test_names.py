"""Speakers' names as the story writes them: whole body names, short forms and back-references.

Each test holds the rule's own wording and at least three others written for it (other verbs,
word order, attribution before or after, a sentence or two away).
"""

from __future__ import annotations

import pytest

from tests.extraction.test_speakers import by_figure, run


def speakers(*paragraphs, **kw):
    return {f: c.speaker for f, c in by_figure(run(*paragraphs, **kw)).items()}


def test_a_body_named_with_a_list_of_words_before_its_head_keeps_the_whole_name():
    # "the Philippine Atmospheric, Geophysical and Astronomical Services Administration": the
    # commas list words of one name, whose head word ("Administration") comes last
    got = speakers(
        "The Philippine Atmospheric, Geophysical and Astronomical Services Administration said "
        "winds reached 165 kilometres per hour.",
        "Some 300 homes flooded, according to the Northern Water, Soil and Forest Protection Agency.",
        "Some 40 dams were inspected, the Valley Irrigation, Drainage and Flood Control "
        "Authority reported on Monday.",
        "The Coastal Fisheries, Ports and Harbours Board said 12 trawlers sank.",
    )
    assert got == {
        "165 kilometres per hour":
            "Philippine Atmospheric, Geophysical and Astronomical Services Administration",
        "Some 300": "Northern Water, Soil and Forest Protection Agency",
        "Some 40": "Valley Irrigation, Drainage and Flood Control Authority",
        "12": "Coastal Fisheries, Ports and Harbours Board",
    }


def test_a_list_of_separate_speakers_is_not_one_name():
    got = speakers(
        "Oxfam, Care and the Norwegian Refugee Council said 40 aid workers had left.",
        "Turnout was 61 percent, said Maria Lopez, a county clerk.",
    )
    assert got["40"] != "Oxfam, Care and the Norwegian Refugee Council"
    assert got["61 percent"] == "Maria Lopez"


def test_a_possessive_before_a_bracketed_acronym_is_the_owner_of_the_document():
    got = speakers(
        "Air quality touched 428 at 4pm, according to the Central Pollution Control Board's "
        "(CPCB) daily bulletin.",
        "The index stood at 362 a day earlier, according to the Regional Air Quality "
        "Council\u2019s (RAQC) hourly feed.",
        "Some 31 stations logged severe air, according to the State Monitoring Office's (SMO) "
        "evening update.",
    )
    assert got == {
        "428": "Central Pollution Control Board",
        "362": "Regional Air Quality Council",
        "Some 31": "State Monitoring Office",
    }


def test_a_company_whose_name_opens_with_a_possessive_keeps_it():
    # "Hartwell's Home Co." is the company's name; "Hartwell's" later is its short form
    got = speakers(
        "Hartwell's Home Co. lowered its annual forecast on Tuesday.",
        "For the quarter, Hartwell's reported a net loss of $38.6 million.",
        "Hartwell's said it would close 60 stores. The retailer expects 5% lower sales, "
        "Hartwell's said.",
    )
    assert set(got.values()) == {"Hartwell's Home Co."}
    assert set(got) == {"$38.6 million", "60", "5%"}
    got = speakers(
        "Shares of Brennan\u2019s Bakeries Inc. fell after Brennan\u2019s said it cut 120 jobs.",
        "Brennan\u2019s expects revenue of $40 million, the company said.",
    )
    assert set(got.values()) == {"Brennan\u2019s Bakeries Inc."}


def test_a_body_the_opening_sentence_calls_by_its_kind_is_the_one_named_next():
    # "The union says ..." in a standfirst, the Rail Signal Workers' Union named after it
    got = speakers(
        "The union says more than 4,000 of its members have downed tools. The strike by the "
        "Rail Signal Workers' Union left dozens of signal boxes unstaffed.",
    )
    assert got["more than 4,000"] == "Rail Signal Workers' Union"
    got = speakers(
        "About 300 flights were cancelled, the authority said. The Northern Civil Aviation "
        "Authority blamed a radar fault.",
    )
    assert got == {"About 300": "Northern Civil Aviation Authority"}
    got = speakers(
        "The association reported 1,200 closures this year. Figures from the Small Grocers "
        "Association cover every county.",
    )
    assert got == {"1,200": "Small Grocers Association"}
    # not when another body was named just before: "the agency" is that one
    got = speakers(
        "The World Food Programme (WFP) will cut rations for 1.2 million refugees, the agency "
        "warned. The UN Refugee Agency said arrivals continue.",
    )
    assert got["1.2 million"] == "World Food Programme"


def test_a_body_named_with_a_country_is_not_a_person():
    # "Health New Zealand" is a body, not Mr Zealand with the title "Health New"
    got = speakers(
        "About 450 workers are on site each day, according to Health New Zealand figures.",
        "Health New Zealand said 60,000 people were waiting.",
        "Some 12 wards are shut, Health New Zealand's latest report shows.",
    )
    assert set(got.values()) == {"Health New Zealand"}


def test_a_division_is_a_body():
    got = speakers(
        "The petroleum levy remains at Rs78.02 per litre, the Finance Division added.",
        "The Finance Division said diesel would rise by Rs10.39.",
        "Petrol rose by Rs8.36, according to a notification issued by the Finance Division.",
    )
    assert set(got.values()) == {"Finance Division"}


def test_given_names_without_the_surname_are_the_person_named_in_full_before():
    # Malay names are shortened to the given names: "Mr Mohamad Fazli" for Mohamad Fazli
    # Rahman; a rank's initials before the surname: "AC Goh" for Assistant Commissioner Goh
    got = speakers(
        "Supply to 1.2 million residents will be rationed, committee chairman Mohamad Fazli "
        "Rahman said on Wednesday.",
        "Mr Mohamad Fazli said the dam was at 28 per cent capacity.",
        "The dam held 34 per cent a week ago, said Mohamad Fazli.",
    )
    assert set(got.values()) == {"Mohamad Fazli Rahman"}
    got = speakers(
        "Assistant Commissioner of Police Aaron Goh said banks had frozen more than 9,800 "
        "accounts.",
        "\u201cWe saw 2,140 elderly victims,\u201d said AC Goh.",
        "DSP Goh added that 310 suspects were held.",
    )
    assert set(got.values()) == {"Aaron Goh"}
    # a different person with the same given name stays apart
    got = speakers(
        "Nur Aisyah Hamid said 14 schools closed.",
        "Nur Hidayah said 9 clinics opened.",
    )
    assert got == {"14": "Nur Aisyah Hamid", "9": "Nur Hidayah"}


def test_party_and_council_titles_before_a_name_go_to_the_role():
    got = speakers(
        "Republican Tom Hadley said the fee would be $5.",
        "Coun Andrew Pickersgill said more than 2,300 people used the routes.",
        "Democrat Lena Ortiz said 40 families would lose cover.",
    )
    assert got == {"$5": "Tom Hadley", "more than 2,300": "Andrew Pickersgill",
                   "40": "Lena Ortiz"}


def test_the_kind_word_of_a_long_name_the_scanner_reads_as_a_title_is_that_body():
    # "the headquarters" after the Provincial Flood Control and Drought Relief Headquarters
    got = speakers(
        "The Hunan Provincial Flood Control and Drought Relief Headquarters raised its alert.",
        "Nearly 560,000 people have been affected, according to statistics from the "
        "headquarters.",
        "Losses are put at 1.46 billion yuan, according to the headquarters.",
    )
    assert set(got.values()) == {"Hunan Provincial Flood Control and Drought Relief "
                                 "Headquarters"}


def test_a_place_is_never_the_speaker_it_only_locates():
    # "the Storm Prediction Center in Norman, Oklahoma": the state after the town is no
    # apposition naming a person; "Rural communities in the Yorkshire Dales say": the place
    # is where the speakers live
    got = speakers(
        "The storm spawned at least nine tornadoes overnight, according to the Storm "
        "Prediction Center in Norman, Oklahoma.",
        "Some 14 buildings were damaged, said the Weather Bureau office in Tulsa, Oklahoma.",
        "About 30 roads were shut, according to the Highway Patrol in Little Rock, Arkansas.",
    )
    assert got == {"at least nine": "Storm Prediction Center",
                   "Some 14": "Weather Bureau", "About 30": "Highway Patrol"}  # (a body's
    # local "office" is the body, as blind authors name it: session 17, round un)
    got = speakers(
        "Rural communities in the Yorkshire Dales say they are cut adrift after Dalesway "
        "Buses announced it would withdraw four routes.",
        "Hill villages near the Brecon Beacons say the Valley Bus Company announced it "
        "would cut 6 services.",
    )
    assert got == {"four": "Dalesway Buses", "6": "Valley Bus Company"}


def test_a_headline_label_saying_what_happened_where_is_no_speaker():
    claims = run("At least six people were killed, Deputy Commissioner Ashutosh Negi said. "
                 "Over 20 are missing, he added.",
                 headline="Cloudburst In Himachal's Kullu: 6 Dead, Over 20 Missing")
    # (the headline's figures are the outlet's own since session 10; the label names no one)
    assert {c.speaker for c in claims} == {"Ashutosh Negi", "Test Herald"}
    # (a label opening with a body's word, "Police At ...", reaches the where-check itself)
    for headline in ("Fire At Lagos Market: 40 Shops Gutted",
                     "Floods Across Northern Districts: 40 Shops Gutted",
                     "Police At Kano Depot: 40 Cars Torched"):
        claims = run("The blaze destroyed property worth millions.", headline=headline)
        assert [c.speaker for c in claims if c.figure_text == "40"] == ["Test Herald"]
    # a speaker's label still counts
    claims = run("Twelve people were arrested, police said.",
                 headline="Police: 12 arrested after clashes")
    assert {c.speaker for c in claims} == {"Police"}


def test_a_name_its_bracketed_initials_abbreviate_is_a_body_not_a_person():
    got = speakers(
        "Dams were at 19% of capacity, Agua Nuevo Leon (ANL) said in a statement.",
        "Felipe Ortega Rivas (FOR) is no body, but Banco Sur Andino (BSA) said 12 branches shut.",
    )
    assert got == {"19%": "Agua Nuevo Leon", "12": "Banco Sur Andino"}
    claims = by_figure(run("Dams were at 19% of capacity, Agua Nuevo Leon (ANL) said."))
    assert claims["19%"].speaker_kind != "person"


def test_a_bare_kind_word_with_nobody_named_before_is_the_body_that_speaks_next():
    # "..., the agency announced." then "Agua Nuevo Leon (ANL) said ..."
    got = speakers(
        "The state water authority will cut industrial supplies by 25%, the agency announced "
        "on Monday. Dams were at 19% of capacity, Agua Nuevo Leon (ANL) said.",
    )
    assert got == {"25%": "Agua Nuevo Leon", "19%": "Agua Nuevo Leon"}
    got = speakers(
        "About 8% of trains will be cancelled, the operator said. Costs are up 11%, Northway "
        "Rail (NR) told reporters.",
    )
    assert got == {"About 8%": "Northway Rail", "11%": "Northway Rail"}
    got = speakers(
        "Prices will rise by 6%, the regulator said on Friday.",
        "The Water Pricing Tribunal (WPT) said bills would climb by about \u00a340.",
    )
    assert got == {"6%": "Water Pricing Tribunal", "about \u00a340": "Water Pricing Tribunal"}
    # not when a body of that kind spoke before without a name: the same one again
    got = speakers(
        "The health ministry in the territory said 25,105 people had been killed.",
        "At least 178 people were killed in the previous 24 hours, the ministry said. Israel "
        "says 240 were taken hostage.",
    )
    assert got["At least 178"] == got["25,105"] == "Health ministry"
    # a name written like a kind word is no bare kind word: SNCF keeps its figure
    got = speakers(
        "SNCF, the national rail operator, said about 40% of services were cancelled. The "
        "FSU-SNUipp union put teachers' turnout at around 50%.",
    )
    assert got["about 40%"] == "SNCF"


def test_a_kind_word_whose_apposition_names_the_body_takes_the_name():
    got = speakers(
        "The union, Sindicato No. 1 de Trabajadores Alto Verde, said 300 members joined.",
        "Some 80 members marched, according to the Sindicato No. 1 de Trabajadores Alto Verde.",
        "The company, Halvorsen Foods, said 40 jobs would go.",
        "The charity, Hope for Harbourside, said it fed 250 families.",
    )
    assert got == {"300": "Sindicato No. 1 de Trabajadores Alto Verde",
                   "Some 80": "Sindicato No. 1 de Trabajadores Alto Verde",
                   "40": "Halvorsen Foods", "250": "Hope for Harbourside"}
    # and "the company's largest union said" before it is that union
    got = speakers(
        "Some 1,400 workers walked out after talks over a 9% raise collapsed, the company's "
        "largest union said.",
        "The union, Sindicato No. 1 de Trabajadores Alto Verde, said production had stopped.",
    )
    assert set(got.values()) == {"Sindicato No. 1 de Trabajadores Alto Verde"}


def test_our_in_a_quotation_is_whoever_the_quotation_is_attributed_to():
    got = speakers(
        "\u201cThese are no longer freak events,\u201d said Farah Junejo, a climate researcher.",
        "\u201cOur analysis shows heat days rose by around 70 percent. Without adaptation, tens "
        "of millions will suffer,\u201d she said.",
        "\u201cMy survey found 300 wells dry,\u201d Omar Baig told reporters.",
        "\u201cOur records show 12 deaths,\u201d the hospital's director, Leila Nasser, said.",
    )
    assert got == {"around 70 percent": "Farah Junejo", "tens of millions": "Farah Junejo",
                   "300": "Omar Baig", "12": "Leila Nasser"}


def test_the_title_a_story_abbreviated_before_the_name_is_that_person_later():
    # "Sen. Maria Tanjuatco ..." then "the senator stressed"; "Gov. ..." then "the governor"
    got = speakers(
        "Sen. Maria Lourdes Tanjuatco said the P1 billion fund was not enough.",
        "\u201cFarmers lost at least P1.2 billion,\u201d the senator stressed.",
        "Trade Secretary Martin Lagos said exports fell 4%.",
    )
    assert got["at least P1.2 billion"] == "Maria Lourdes Tanjuatco"
    got = speakers(
        "Gov. Alan Pierce declared an emergency on Monday.",
        "Some 40 towns were flooded, the governor said.",
        "Mayor Rita Gomez said 3 bridges were shut.",
    )
    assert got["Some 40"] == "Alan Pierce"
    got = speakers(
        "Supt. Kevin Marsh led the operation.",
        "About 25 officers took part, the superintendent told reporters.",
    )
    assert got == {"About 25": "Kevin Marsh"}


def test_an_undersecretary_before_an_apposition_is_the_person_named():
    got = speakers(
        "Argentina's Undersecretary of Fisheries, Martín Lagos, said vessels had landed "
        "142,000 tonnes of squid.",
        "Chile's Undersecretary for Energy, Rosa Medina, said 14 plants were idle.",
        "Kenya's Under-Secretary of Mining, Paul Otieno, said 9 mines had closed.",
    )
    assert got == {"142,000 tonnes": "Martín Lagos", "14": "Rosa Medina", "9": "Paul Otieno"}


def test_a_body_named_with_its_country_keeps_the_full_name_when_written_without_it():
    got = speakers(
        "More than 120 rescuers were deployed, the State Emergency Service of Ukraine said.",
        "About 600 people were evacuated, the State Emergency Service said.",
    )
    assert set(got.values()) == {"State Emergency Service of Ukraine"}
    got = speakers(
        "The Ministry of Health of Malawi confirmed 11 cases on Monday.",
        "Seven patients have died, the Ministry of Health said.",
        "According to the Ministry of Health, 40 contacts are being traced.",
    )
    assert set(got.values()) == {"Ministry of Health of Malawi"}
    got = speakers(
        "The Central Bank of Nigeria said it raised its rate to 27.5%.",
        "Inflation will ease to 20%, the Central Bank said.",
    )
    assert set(got.values()) == {"Central Bank of Nigeria"}


def test_a_role_of_a_numbered_unit_and_an_occupation_before_a_long_name():
    got = speakers(
        "\u201cWe rescued 19 people,\u201d said Battalion Chief Tom Reyes of Jackson County Fire "
        "District 3.",
        "About 40 homes were searched, said Fire Marshal Ann Cole of Ridge County Fire "
        "District 12.",
        "Hydrologist Aldo Ramírez Treviño said losses were 30% to 40%.",
        "Economist Maria Luisa Gomez said prices rose 5%.",
    )
    assert got == {"19": "Tom Reyes", "About 40": "Ann Cole",
                   "30% to 40%": "Aldo Ramírez Treviño", "5%": "Maria Luisa Gomez"}
    # a remit before "Minister" is no occupation: "Interior Minister Sophie Garnier"
    assert speakers("Interior Minister Sophie Garnier said 15,000 officers were deployed.") \
        == {"15,000": "Sophie Garnier"}


def test_a_named_union_or_party_is_its_name_and_a_board_speaks_for_its_body():
    got = speakers(
        "The CGT union put the national turnout at more than 1.3 million.",
        "The Unite union said 4,000 drivers would strike.",
        "According to the Labour party, 12 seats changed hands.",
    )
    assert got == {"more than 1.3 million": "CGT", "4,000": "Unite", "12": "Labour"}
    got = speakers(
        "Banco de Mexico's board said it cut its key rate to 3%.",
        "The board of the Banco Central de Chile said inflation would reach 3.4%.",
        "Kestrel Mining Group's board said it would pay a dividend of 12 cents.",
    )
    assert got == {"3%": "Banco de Mexico", "3.4%": "Banco Central de Chile",
                   "12 cents": "Kestrel Mining Group"}


def test_a_one_word_name_its_apposition_calls_a_company_is_a_body():
    got = speakers(
        "Valdor, the German car-parts maker, said it would cut 1,200 jobs.",
        "The Stuttgart-based group expects sales to fall about 8 per cent this year.",
    )
    assert got == {"1,200": "Valdor", "about 8 per cent": "Valdor"}
    claims = by_figure(run("Mensah, a Ghanaian lender, said it lent $30 million.",
                           "Okafor, the company's chief executive, said 40 stores would close."))
    assert (claims["$30 million"].speaker, claims["$30 million"].speaker_kind) == (
        "Mensah", "organisation")
    assert claims["40"].speaker_kind == "person"


def test_a_body_described_by_where_it_is_based_is_the_one_named_before():
    got = speakers(
        "The International Monetary Fund said it approved a loan of $175 million for Malawi.",
        "The Washington-based lender said it will disburse about $35 million immediately.",
    )
    assert set(got.values()) == {"International Monetary Fund"}
    got = speakers(
        "Kestrel Airways said it carried 2.1 million passengers last year.",
        "About 40 new routes are planned, the Nairobi-based carrier said.",
    )
    assert set(got.values()) == {"Kestrel Airways"}
    got = speakers(
        "Orvane Semiconductor reported revenue of $3 billion.",
        "Orvane Semiconductor said margins were 41%.",
        "The Oslo-headquartered company expects 5% growth, it said.",
    )
    assert got["5%"] == "Orvane Semiconductor"


def test_the_kind_word_is_the_last_body_introduced_as_that_kind():
    # BNPB came with "the national disaster agency": "the agency" after it is BNPB, not the
    # UN refugee agency named earlier
    got = speakers(
        "More than 12,000 people crossed into Chad, according to the UN refugee agency.",
        "About 40 people were hurt, the national disaster agency (BNPB) said.",
        "The agency said 12 bridges collapsed.",
        "Some 300 homes were damaged, the agency added.",
    )
    assert got == {"More than 12,000": "UN refugee agency", "About 40": "BNPB", "12": "BNPB",
                   "Some 300": "BNPB"}


def test_the_un_agency_is_the_body_just_named_and_a_headline_may_say_so_first():
    got = speakers(
        "At least 38 people died after a boat capsized, the International Organization for "
        "Migration (IOM) says.",
        "The vessel had 77 passengers on board, the UN agency said on Tuesday.",
        "At least 2,100 people have died on the route since 2014, the UN agency added.",
        headline="At least 38 dead after migrant boat capsizes, UN agency says",
    )
    assert set(got.values()) == {"International Organization for Migration"}
    got = speakers(
        "The World Food Programme said it would cut rations for 1.2 million refugees.",
        "Stocks will run out within 3 weeks, according to the UN agency.",
    )
    assert set(got.values()) == {"World Food Programme"}
    # a UN agency with a describing word names a body of its own
    got = speakers(
        "The World Food Programme said it fed 40,000 people.",
        "More than 12,000 people crossed the border, according to the UN refugee agency.",
    )
    assert got["More than 12,000"] == "UN refugee agency"


def test_the_board_that_writes_is_its_bank_or_company():
    got = speakers(
        "The board of the Banco Central de Chile lowered the benchmark rate on Tuesday.",
        "\u201cThe balance of risks has shifted,\u201d the board wrote in its statement, adding "
        "that inflation slowed to 3.4% in February.",
        "The board said 6 of its 7 members backed the cut.",
    )
    assert set(got.values()) == {"Banco Central de Chile"}


def test_a_company_keeps_its_legal_form_and_its_name_without_it_is_the_same_company():
    got = speakers(
        "SAN JOSE, Calif.--(BUSINESS WIRE)--Calloway Systems, Inc. (NASDAQ: CLWY) today "
        "reported revenue of $412.6 million.",
        "For the fourth quarter, Calloway Systems expects revenue of $430 million.",
        "The company now expects margins of 12%.",
        "Calloway Systems said it added 40 customers.",
        publisher="Business Wire",
    )
    assert set(got.values()) == {"Calloway Systems, Inc."}
    got = speakers(
        "Brightmoor Foods, Ltd. said it would close 3 plants.",
        "Brightmoor Foods expects sales of £90m, it said.",
    )
    assert set(got.values()) == {"Brightmoor Foods, Ltd."}


def test_an_acronym_for_the_core_of_a_longer_name_is_the_longer_body():
    # "the RFS" after the NSW Rural Fire Service (and a summary's "Rural Fire Service says")
    claims = run(
        "A bushfire has destroyed at least 17 homes, the NSW Rural Fire Service said.",
        "The fire had burned more than 40,000 hectares, the RFS said.",
        "About 250 firefighters are at the scene, according to the RFS.",
        summary=["Rural Fire Service says at least 17 homes lost"],
    )
    assert {c.speaker for c in claims} == {"NSW Rural Fire Service"}


def test_a_plural_noun_opening_a_sentence_is_no_company_named_by_one_word():
    # "Tesla delivered 384,122 vehicles, the carmaker said" names Tesla; "Fares will rise 8%,
    # the operator said" names no one called Fares
    for sentence in ("Fares will rise 8% in April, the operator said.",
                     "Prices are up 5% on last year, the company said.",
                     "Services would be cut by 12%, the operator said.",
                     "Rise & Shine Diners will add a surcharge of 50 cents, the company said."):
        speaker = by_figure(run(sentence)).popitem()[1].speaker
        assert speaker not in ("Fares", "Prices", "Services", "Rise"), sentence
    assert speakers("Tesla delivered 384,122 vehicles, the carmaker said.") == {
        "384,122": "Tesla"}


@pytest.mark.parametrize("first, later, full", [
    ("Coffee prices hit $3.90 a pound, said Rodrigo Almeida Pinto, an analyst.",
     "New trees take three to four years to bear a crop, Almeida Pinto said.",
     "Rodrigo Almeida Pinto"),
    ("Prices may fall 20%, said Maria García Márquez, a trader in Bogotá.",
     "Stocks could rise 10%, García Márquez added.", "Maria García Márquez"),
    ("The ministry has 312 inspectors, Deputy Minister Ana Lucía Ferreira Gomes said.",
     "Only 40 are in the north, Ferreira Gomes said.", "Ana Lucía Ferreira Gomes"),
])
def test_a_double_surname_stands_for_the_full_name_given_before(first, later, full):
    assert {c.speaker for c in run(first, later)} == {full}


@pytest.mark.parametrize("sentence, name", [
    ("Prices rose 4%, said Jan Smit, an economist.", "Jan Smit"),
    ("June Okafor said 40 stalls had closed.", "June Okafor"),
    ("Rents rose 6%, said April Nkosi.", "April Nkosi"),
    ("Jan van der Berg said prices rose 4%.", "Jan van der Berg"),
])
def test_a_month_before_a_surname_is_a_first_name(sentence, name):
    assert [c.speaker for c in run(sentence)] == [name]


def test_a_month_after_a_preposition_stays_a_date():
    import datetime

    from claims.extraction.dates import find_dates

    (c,) = run("In June Parliament approved 12 bills, the clerk said.")
    assert c.speaker == "Clerk"
    found = find_dates("In June Parliament approved 12 bills.", datetime.date(2024, 8, 5))
    assert [d.value for d in found] == [datetime.date(2024, 6, 1)]
    assert find_dates("Prices rose 4%, said June Okafor.", datetime.date(2024, 8, 5)) == []


@pytest.mark.parametrize("first, later, full", [
    ("Prices rose 4%, said Ana de Souza.", "Wages rose 2%, de Souza said.", "Ana de Souza"),
    ("Costs rose 5%, said Pieter van Wyk, a broker.", "Sales fell 3%, van Wyk added.",
     "Pieter van Wyk"),
    ("The fund lost 9%, said Maria da Silva.", "Da Silva said 40 clients left.",
     "Maria da Silva"),
])
def test_a_surname_with_its_particle_stands_for_the_full_name(first, later, full):
    assert [c.speaker for c in run(first, later)] == [full, full]
