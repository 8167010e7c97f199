"""Session 16, round ub: where a speaker's name starts and ends, and speakers that are no
names (invented sentences in many outlets' house styles).

A description before a name ("Leipzig-based", "Swedish truck maker", "Economist", "Minister
for Public Expenditure", "Head of the Office") goes to the role and the name stays the
speaker; a name keeps its inner "and", "for" and "of" ("Institute for Family and Learning
Studies"); a lone common word, adjective or conjunction is never a speaker ("But union
representatives said", "Aid group says", "said the fund fell", "28 districts now announced"),
and the figure falls to the next right candidate. Each case names the outlet style it imitates.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extraction.test_speakers import run


def _claims_of(paragraphs, figure, headline="A headline without figures"):
    paragraphs = (paragraphs,) if isinstance(paragraphs, str) else paragraphs
    got = [c for c in run(*paragraphs, headline=headline) if c.figure_text == figure]
    assert got, f"no figure {figure!r}"
    return got


def _speakers_of(paragraphs, figure, headline="A headline without figures"):
    return {c.speaker for c in _claims_of(paragraphs, figure, headline)}


# --- descriptors of where a body is based, listed or run from, before its name -------------

BASED = [
    # Reuters
    (("Three weeks before the state election, the far right has extended its lead, a new "
      "survey has found.",
      "The poll by the Leipzig-based Vostok Research Institute, published on Thursday, puts "
      "the party on 39%."), "39%", "Vostok Research Institute"),
    ("A survey by the Lagos-based Kora Data Centre found that 41% of traders had cut stock.",
     "41%", "Kora Data Centre"),
    ("According to a report by the Mexico City-based consultancy Observatorio Cívico Lerma "
     "(OCL), 37 candidates have been killed.", "37", "Observatorio Cívico Lerma"),
    (("A total of 37 candidates have been killed, according to a new report by the Mexico "
      "City-based consultancy Observatorio Cívico Lerma (OCL).",
      "The report, published Monday, documents 828 victims of political violence."),
     "828", "Observatorio Cívico Lerma"),
    # Bloomberg
    ("Nairobi-listed Tamu Breweries said it would cut 300 jobs.", "300", "Tamu Breweries"),
    ("The Frankfurt-listed Halbrecht Werke reported a 12% drop in orders.", "12%",
     "Halbrecht Werke"),
    # Economic Times / Mint
    (("A vaccine developed by Hyderabad-based Orvia Biologics showed 71% efficacy, the "
      "company announced on Monday.",), "71%", "Orvia Biologics"),
    (("Shenzhen-based Skylark Logistics was picked to run the trial.",
      "Skylark will deploy 30 drones, the company said."), "30", "Skylark Logistics"),
    # AP, US local
    (("Lone Pine Coachlines, the Conroe-based company that operated the bus, said the driver "
      "was experienced.",
      "The company said in a statement that its fleet of 38 coaches is inspected often."),
     "38", "Lone Pine Coachlines"),
    (("Bayou Freight Lines, the Houston-based carrier that owned the truck, said it had 40 "
      "drivers on the route.",), "40", "Bayou Freight Lines"),
    # Gulf News
    ("Dubai-headquartered Sahra Mobility said it had added 120 electric buses.", "120",
     "Sahra Mobility"),
    # Nikkei Asia
    ("Tokyo-based Kurokawa Seimitsu expects operating profit of 41 billion yen.",
     "41 billion yen", "Kurokawa Seimitsu"),
]

BASED_LEFT_ALONE = [
    # the description refers back to a body named before: "the Milan-based company"
    (("Orlandi Tessile Group cut its forecast on Monday.",
      "The Milan-based company said sales fell 8%."), "8%", "Orlandi Tessile Group"),
    # "based in" after the name is no descriptor
    ("Kora Data Centre, based in Lagos, said 41% of traders had cut stock.", "41%",
     "Kora Data Centre"),
    # a person described by where she was born keeps her name
    ("London-born economist Priya Malhotra said inflation would ease to 3%.", "3%",
     "Priya Malhotra"),
    # an agency named without a descriptor
    ("The Vostok Research Institute said 39% backed the party.", "39%",
     "Vostok Research Institute"),
]


@pytest.mark.parametrize(("paragraphs", "figure", "speaker"), BASED + BASED_LEFT_ALONE)
def test_descriptors_before_a_body_name(paragraphs, figure, speaker):
    assert speaker in _speakers_of(paragraphs, figure)


@pytest.mark.parametrize("paragraphs", [
    ("A total of 37 candidates have been killed, according to a new report by the Mexico "
     "City-based consultancy Observatorio Cívico Lerma (OCL).",
     "The report, published Monday, documents 828 victims of political violence."),
    ("Lone Pine Coachlines, the Conroe-based company that operated the bus, said the driver "
     "was experienced.",
     "The company said in a statement that its fleet of 38 coaches is inspected often."),
    ("The far right has extended its lead, a new survey has found.",
     "The poll by the Leipzig-based Vostok Research Institute puts the party on 39%.",),
    ("Analysts at the Paris-based bank Credit Mistral expect growth of 1.2%.",),
    ("The Ohio-based chain Greenleaf Grocers said it would close 14 stores.",),
])
def test_a_based_fragment_is_never_a_speaker(paragraphs):
    for c in run(*paragraphs):
        assert not c.speaker.lower().endswith(("-based", "-listed", "-headquartered")), c.speaker
        assert "-based " not in c.speaker


# --- titles, remits and occupations before a person's name --------------------------------

TITLED = [
    # The Irish Times
    ("Minister for Public Expenditure Aoife Brennan-Lyons said spending would grow by 5.8 "
     "per cent.", "5.8 per cent", "Aoife Brennan-Lyons"),
    ("Minister for Higher Education Ciarán Mac Lochlainn said 4,000 places would be added.",
     "4,000", "Ciarán Mac Lochlainn"),
    ("Minister for Social Protection Gráinne Dunleavy said 62,000 families would benefit.",
     "62,000", "Gráinne Dunleavy"),
    ("Economist Niamh Corrigan of the Celtic Economic Research Unit said about 58,000 "
     "children would stay in poverty.", "about 58,000", "Niamh Corrigan"),
    ("Analyst Fergal Dunne of the Western Policy Unit said rents rose 9 per cent.",
     "9 per cent", "Fergal Dunne"),
    # Montsame / Mongolian outlets
    ("Head of the Office Ts.Bolormaa noted that some 6,800 herder households had lost "
     "animals.", "some 6,800", "Ts.Bolormaa"),
    ("Director of the Agency D.Enkhjargal said 1,250 families were at risk.", "1,250",
     "D.Enkhjargal"),
    # The Hindu
    ("Efficacy was 84.5%, according to data presented by the trial's principal "
     "investigator, Dr. Kavitha Ramanathan of the Deccan Institute of Clinical Research.",
     "84.5%", "Kavitha Ramanathan"),
    ("Dr. Suresh Iyer of the Malabar Institute of Cardiology said 300 patients were treated.",
     "300", "Suresh Iyer"),
    # The Guardian
    ("Prof Helen Ashworth of the Northern Centre for Housing Research said 1.2 million "
     "households were affected.", "1.2 million", "Helen Ashworth"),
    # Daily Nation
    ("Cabinet Secretary for Roads and Transport Kipchumba Murkomen said 400km of roads "
     "would be built.", "400km", "Kipchumba Murkomen"),
    # South China Morning Post
    ("Secretary for Transport and Logistics Lam Sai-hung said 12 sites had been chosen.",
     "12", "Lam Sai-hung"),
]

TITLED_LEFT_ALONE = [
    # a remit that holds no name stays a body's
    ("The Minister for Public Expenditure said spending would grow by 5.8 per cent.",
     "5.8 per cent", "Minister for Public Expenditure"),
    # a unit's name is a body's, no one's surname
    ("The Midlands Health Protection Unit said 14 cases were confirmed.", "14",
     "Midlands Health Protection Unit"),
    ("Minister for Health Mary Jane Okafor said 300 nurses would be hired.", "300",
     "Mary Jane Okafor"),
    ("Minister for Finance Ciarán Doolan said the surplus would be €7.1 billion.",
     "€7.1 billion", "Ciarán Doolan"),
    ("The Office of the Ombudsman said 212 complaints were upheld.", "212",
     "Office of the Ombudsman"),
    ("Joanna Pike of Save Eastmoor Libraries said 9 branches would close.", "9",
     "Joanna Pike"),
]


@pytest.mark.parametrize(("paragraphs", "figure", "speaker"), TITLED + TITLED_LEFT_ALONE)
def test_titles_before_a_person_name(paragraphs, figure, speaker):
    assert speaker in _speakers_of(paragraphs, figure)


def test_the_remit_goes_to_the_role():
    c = _claims_of("Minister for Public Expenditure Aoife Brennan-Lyons said spending would "
                   "grow by 5.8 per cent.", "5.8 per cent")[0]
    assert c.speaker == "Aoife Brennan-Lyons"
    assert "Public Expenditure" in c.speaker_role
    assert c.value == Decimal("5.8") and c.qualifier == "exact"


def test_the_body_after_of_goes_to_the_role():
    c = _claims_of("Economist Niamh Corrigan of the Celtic Economic Research Unit said about "
                   "58,000 children would stay in poverty.", "about 58,000")[0]
    assert c.speaker_kind == "person"
    assert "Celtic Economic Research Unit" in c.speaker_role
    assert c.qualifier == "about"


def test_the_company_after_a_researcher_of_an_institute_is_the_company():
    got = {c.figure_text: c.speaker for c in run(
        "A dengue vaccine developed by Hyderabad-based Orvia Biologics showed 71% efficacy in a "
        "trial of 10,400 people, the company announced on Monday.",
        "Efficacy was 84.5%, according to data presented by the trial's principal "
        "investigator, Dr. Kavitha Ramanathan of the Deccan Institute of Clinical Research.",
        "Serious events were reported in 0.6% of recipients, the company said.")}
    assert got["0.6%"] == "Orvia Biologics"
    assert got["71%"] == "Orvia Biologics"


# --- names holding "and", "for", "of" and "&" --------------------------------------------

INNER = [
    # The Straits Times
    ("The survey of 2,406 parents, conducted by the Institute for Family and Learning Studies "
     "(IFLS) between September and November, found that 58 per cent paid for tuition.",
     "58 per cent", "Institute for Family and Learning Studies"),
    ("The study, carried out by the Centre for Ageing and Care Research in March, found 31 "
     "per cent of carers were unpaid.", "31 per cent", "Centre for Ageing and Care Research"),
    ("The review, commissioned by the Department of Agriculture and Food, found 14 farms "
     "broke the rules.", "14", "Department of Agriculture and Food"),
    # Daily Maverick
    ("The audit, done by the Office of Water and Sanitation Oversight, found 212 leaks.",
     "212", "Office of Water and Sanitation Oversight"),
    # Business Day (Nigeria)
    ("The Ministry of Labour and Productivity said 4,000 workers had been registered.",
     "4,000", "Ministry of Labour and Productivity"),
    # Financial Times
    ("Marks & Spencer said like-for-like sales rose 4.1 per cent.", "4.1 per cent",
     "Marks & Spencer"),
    # RNZ
    ("Fares rose 14 percent, according to an analysis by consumer group Fair Fares "
     "Aotearoa.", "14 percent", "Fair Fares Aotearoa"),
]

INNER_LEFT_ALONE = [
    # two bodies joined by "and" after "conducted by" are two, the first speaks
    ("The poll, conducted by Ipsos and published by the Courier, found 44% backed the plan.",
     "44%", "Ipsos"),
    # a time after the owner ends the name
    ("The survey, carried out by the Harbour Trust between May and June, found 12% had moved.",
     "12%", "Harbour Trust"),
]


@pytest.mark.parametrize(("paragraphs", "figure", "speaker"), INNER + INNER_LEFT_ALONE)
def test_names_with_inner_connectors(paragraphs, figure, speaker):
    assert speaker in _speakers_of(paragraphs, figure)


# --- staff and boards of a named body speak for it ------------------------------------------

STAFF = [
    # NPR
    ("The audit rate fell to 2.1%, according to Syracuse University researchers who track "
     "enforcement.", "2.1%", "Syracuse University"),
    ("Harlow University researchers found that 18% of wells were contaminated.", "18%",
     "Harlow University"),
    # The Guardian
    ("The company caused an estimated 12,000 tonnes of spills, prosecutors for the "
     "Environment Agency said.", "an estimated 12,000 tonnes", "Environment Agency"),
    ("Lawyers for the Competition Authority said the fine could reach £40m.", "£40m",
     "Competition Authority"),
]

STAFF_LEFT_ALONE = [
    # (lawyers for a person are no body's staff)
    ("Lawyers for Dana Whitlock said she would repay $40,000.", "$40,000",
     "Lawyers for Dana Whitlock"),
    ("Police said 40 people were arrested.", "40", "Police"),
]


@pytest.mark.parametrize(("paragraphs", "figure", "speaker"), STAFF + STAFF_LEFT_ALONE)
def test_staff_of_a_named_body(paragraphs, figure, speaker):
    assert speaker in _speakers_of(paragraphs, figure)


# --- words that are no speakers: conjunctions, adjectives, bare common nouns ----------------

JUNK = [
    # Manchester Evening News: an opening "But" is no name
    (("Dean Fairburn, regional organiser for the Allied Care Workers Union, said nurses were "
      "exhausted.",
      "But union representatives said staff had been pushed to breaking point.",
      "Mr Fairburn said the union's survey of 640 members had found 71 per cent were "
      "considering leaving."), "71 per cent", {"Dean Fairburn", "Allied Care Workers Union"}),
    (("And residents said 30 homes had flooded.",), "30", {"Residents"}),
    (("Yet officials said 12 schools would stay shut.",), "12", {"Officials"}),
    # BBC: a count of places that were announced is no speaker
    (("Opposition leader Chikondi Banda took an early lead, with results from 21 of the "
      "country's 28 districts now announced.",), "28", {"Test Herald"}),
    (("Counting continued, with results from 40 of the 120 constituencies now declared.",),
     "120", {"Test Herald"}),
    # The Guardian: "said the fund fell" is what the network said, not an inverted "said X"
    (("The Local Councils Forum, which represents 312 authorities, said the fund fell well "
      "short.",), "312", {"Local Councils Forum", "Test Herald"}),
    (("The Tenants Alliance, which has 4,000 members, said the scheme failed.",), "4,000",
     {"Tenants Alliance", "Test Herald"}),
    # Toronto Star caption and body: an unnamed "one tracker" names no one
    (("Beef prices have risen 11.8 per cent in a year, according to one tracker.",), "11.8 per cent",
     {"Test Herald"}),
    # The Washington Post: tests by a body are the body's
    (("It removed 99.9 percent of the bacteria, according to tests by the World Health "
      "Organization.",), "99.9 percent", {"World Health Organization"}),
    # The i Paper: a plural of bodies that "recorded" a count is the writer's
    (("In total, forces in England and Wales recorded 6.6 million crimes over the year.",),
     "6.6 million", {"Test Herald"}),
    # The Hindu: the Budget's proposals are the outlet's account of the document
    (("The Budget also proposed a 300-bed block at a cost of ₹420 crore.",), "300-bed",
     {"Test Herald"}),
]


@pytest.mark.parametrize(("paragraphs", "figure", "speakers"), JUNK)
def test_words_that_are_no_speakers(paragraphs, figure, speakers):
    got = _speakers_of(paragraphs, figure)
    assert got & speakers, got
    assert not got & {"But", "And", "Yet", "Districts", "Constituencies", "Fund", "Scheme",
                      "Tracker", "Tests", "Forces", "Budget"}, got


HEADLINE_JUNK = [
    # Reuters summary point: "Aid group says" is the aid group the story names
    ("Aid group says 12 camps are over capacity",
     ("Camps are full, the aid group Lakeside Relief Network said.",
      "Esther Mulamba, its coordinator, said 12 camps were over capacity."), "12",
     {"Esther Mulamba", "Lakeside Relief Network"}),
    # Al Jazeera
    ("Armed group says it killed more than 50 soldiers",
     ("The region has been under blockade by armed groups for two years.",
      "Katiba Nour al-Sahel, an armed group, said it killed more than 50 soldiers."),
     "more than 50", {"Katiba Nour al-Sahel"}),
    # ABC (Australia)
    ("Aerial survey finds 62 per cent of reefs bleached",
     ("An aerial survey by the Coral Sea Monitoring Alliance found 62 per cent of reefs were "
      "bleached.", "Divers will check the aerial findings next week."),
     "62 per cent", {"Coral Sea Monitoring Alliance"}),
    # MercoPress
    ("Island-wide census counts 148,000 penguin pairs",
     ("There are more than 148,000 breeding pairs, according to the latest island-wide "
      "census released by Falklands Conservation.",),
     "148,000", {"Falklands Conservation", "Test Herald"}),
]


@pytest.mark.parametrize(("headline", "paragraphs", "figure", "speakers"), HEADLINE_JUNK)
def test_headline_openers_that_are_no_names(headline, paragraphs, figure, speakers):
    got = _speakers_of(paragraphs, figure, headline=headline)
    assert not got & {"Aid", "Armed", "Aerial", "Island-wide"}, got
    assert got & speakers, got


HEADLINE_NAMES_LEFT_ALONE = [
    ("Oxfam says 12 camps are over capacity",
     ("Camps are full, Oxfam said.",), "12", "Oxfam"),
    ("Gallup survey finds 44% back the plan",
     ("A Gallup survey found 44% backed the plan.",), "44%", "Gallup"),
    ("Wagner group says it lost 20 fighters",
     ("The Wagner group said it lost 20 fighters.",), "20", "Wagner group"),
]


@pytest.mark.parametrize(("headline", "paragraphs", "figure", "speaker"),
                         HEADLINE_NAMES_LEFT_ALONE)
def test_headline_names_stay(headline, paragraphs, figure, speaker):
    assert speaker in _speakers_of(paragraphs, figure, headline=headline)


# --- more outlets: the same constructions and their near misses ------------------------------

MORE = [
    # Daily Monitor (Uganda)
    ("Kampala-based Nile Agro Processors said it would buy 12,000 tonnes of maize.",
     "12,000 tonnes", "Nile Agro Processors"),
    (("Nile Agro Processors Ltd opened a plant in Jinja on Monday.",
      "The Kampala-based firm said it employs 450 people."), "450", "Nile Agro Processors Ltd"),
    # Buenos Aires Times
    ("Inflation will slow to 2.1 percent, according to a survey by the Buenos Aires-based "
     "consultancy Analítica Pampa.", "2.1 percent", "Analítica Pampa"),
    # Khaleej Times / The National
    ("Abu Dhabi-based Falcon Ridge Developments said it sold 1,200 homes in the quarter.",
     "1,200", "Falcon Ridge Developments"),
    ("Minister of State for Foreign Trade Thani bin Ahmed Al Zeyoudi said trade rose 14 per "
     "cent.", "14 per cent", "Thani bin Ahmed Al Zeyoudi"),
    # The Sun (tabloid)
    ("Essex-based Brightwater Homes said it would build 300 houses.", "300",
     "Brightwater Homes"),
    # The Times of India
    ("Minister of State for Public Health Sunil Kadam said 1,200 beds would be added.",
     "1,200", "Sunil Kadam"),
    ("Dr Meera Pillai of the Madras Institute of Development Studies said 42% of workers "
     "were informal.", "42%", "Meera Pillai"),
    # Premium Times (Nigeria)
    ("Minister of Solid Minerals Development Dele Alake said 4,000 miners were registered.",
     "4,000", "Dele Alake"),
    ("The study, conducted by the Centre for Democracy and Development (CDD), found 61% of "
     "voters were undecided.", "61%", "Centre for Democracy and Development"),
    # Jakarta Post
    ("Head of the Agency Dwikorita Karnawati said 38 districts were on alert.", "38",
     "Dwikorita Karnawati"),
    # Rappler
    ("Researchers at the University of the Philippines found 27% of reefs were damaged.",
     "27%", "University of the Philippines"),
    # Science (Nature / New Scientist)
    ("Harlow University scientists estimate that 18% of species will move north.", "18%",
     "Harlow University"),
    ("Met Office forecasters said up to 80mm of rain could fall.", "up to 80mm",
     "Met Office"),
    # Business (Reuters / FT)
    ("Economists at the Reserve Bank expect growth of 1.4% this year.", "1.4%",
     "Reserve Bank"),
    ("Swedish truck and engine maker Norrvik AB said it would cut 1,400 jobs.", "1,400",
     "Norrvik AB"),
    ("German chemicals group Rheinwerk said sales fell 9%.", "9%", "Rheinwerk"),
    # US local (WFAA, The Oregonian)
    (("Manager Kevin Tighe, 41, said the atmosphere was good.",
      "\u201cWe took 1,400 fans to Derry,\u201d the former Ireland under-21 international said."),
     "1,400", "Kevin Tighe"),
    (("Coach Dana Ortiz said the team was tired.",
      "\u201cWe played 14 games in 30 days,\u201d the former all-American said."),
     "14", "Dana Ortiz"),
    # BBC / Sky: opening conjunctions before a plural of people
    (("So doctors said 40 patients had been moved.",), "40", "Doctors"),
    (("But campaigners said 2,000 trees would be lost.",), "2,000", "Campaigners"),
]

MORE_LEFT_ALONE = [
    # a past verb after "said X" with a comma between is still an inverted "said X"
    ("Prices eased 2%, said the agency, which fell short of its target.", "2%", "Agency"),
    # "said the report seen by Reuters": a participle, the report speaks
    ("Exports rose 4%, said Maria Lopez, who led the trade mission.", "4%", "Maria Lopez"),
    # a number before a speaker that is people: "12 residents said"
    ("In the town, 12 residents said the water cost 40 cents a litre.", "40 cents",
     "Residents"),
    # a body that counts keeps its own count
    ("Police recorded 112 burglaries in March.", "112", "Police"),
    # an opening adverb before a plural of people
    ("Meanwhile, officials said 14 roads were closed.", "14", "Officials"),
    # a named tracker speaks
    ("Prices rose 4%, according to Zillow's tracker.", "4%", "Zillow"),
    # a named group in a headline stays the group
    ("Hamas says 40 people were killed", "40", "Hamas"),
]


@pytest.mark.parametrize(("paragraphs", "figure", "speaker"), MORE + MORE_LEFT_ALONE)
def test_more_outlets(paragraphs, figure, speaker):
    assert speaker in _speakers_of(paragraphs, figure)


HEADLINE_MORE = [
    # Sky News
    ("Rebel group says it seized 14 villages",
     ("The M23 rebel group said it had seized 14 villages, its spokesman said.",), "14",
     {"M23", "M23 rebel group"}),
    # The Guardian
    ("Health group warns 40% of clinics face closure",
     ("The Rural Health Alliance, a health group, warned that 40% of clinics could close.",),
     "40%", {"Rural Health Alliance"}),
    # The Straits Times
    ("New survey finds 71 per cent of pupils get tuition",
     ("A survey by the Institute for Family and Learning Studies found that 71 per cent of "
      "pupils get tuition.", "Parents said the new survey showed the pressure."),
     "71 per cent", {"Institute for Family and Learning Studies"}),
]


@pytest.mark.parametrize(("headline", "paragraphs", "figure", "speakers"), HEADLINE_MORE)
def test_more_headline_openers(headline, paragraphs, figure, speakers):
    got = _speakers_of(paragraphs, figure, headline=headline)
    assert not got & {"Rebel", "Health", "New"}, got
    assert got & speakers, got


# --- short and long forms of one name ---------------------------------------------------------

FORMS = [
    # The Globe and Mail: a headline drops the legal form the body gives
    (("Toronto-listed Northbound Nickel Corp. will pay the First Nation a 2.5-per-cent "
      "royalty, the company announced Wednesday.",
      "The First Nation will also receive $18-million, Northbound said in a statement."),
     "$18-million", "Northbound Nickel Corp.", "Northbound Nickel signs royalty deal"),
    # Variety: a short name after a possessive body name, an object before the comma
    (("In second place, Harbor Lane Films' horror entry fell 54% in its second weekend.",
      "The production has already earned more than five times its budget at home, Harbor "
      "Lane said."), "more than five times", "Harbor Lane Films", None),
    # NPR: two pollsters' names joined by a slash
    (("The president's approval rating has slipped to 41%, according to a new NPR/Marist "
      "poll.",), "41%", "NPR/Marist", None),
    # ESPN: a name holding "&" before the document word
    (("Kessling completed 68.4% of his passes, according to ESPN Stats & Information "
      "research.",), "68.4%", "ESPN Stats & Information", None),
    # The New York Times: two bodies joined by "and the", then "agency data"
    (("Ana Ruiz said the Securities and Exchange Commission and the Federal Trade Commission "
      "would be hit hardest.",
      "The S.E.C. has moved its cases. According to agency data, its judges heard only nine "
      "cases last year."), "nine", "Securities and Exchange Commission", None),
    # The Oregonian: the kind of body opening the sentence before its name
    (("Utility Highdesert Power said it had cut power to 8,700 customers.",
      "The company said the outages would last at least 48 hours."), "at least 48 hours",
     "Highdesert Power", None),
    # a WFP release: the UN spelt out before a programme's own name
    (("The United Nations World Food Programme will cut rations for 1.4 million refugees, "
      "the agency warned.",), "1.4 million", "World Food Programme", None),
    # The Graphic (Ghana): how many of a group spoke is no part of its name
    (("Some residents said 30 houses had collapsed.",), "30", "Residents", None),
    (("Several witnesses said 12 shots were fired.",), "12", "Witnesses", None),
]

FORMS += [
    # South China Morning Post: a role opening with the body's first word, then "the company"
    (("Shenzhen-based SkyPorter Logistics was selected as the operator.",
      "SkyPorter chief executive Wendy Leung said the drones could fly 15km.",
      "The company said it would deploy 30 drones."), "30", "SkyPorter Logistics", None),
    # ABC (Australia): forecasts as a body's document
    (("Forecasts from the Southern Ocean Climate Centre, an independent modelling group, "
      "suggest the heat could persist for another three to four weeks.",),
     "three to four weeks", "Southern Ocean Climate Centre", None),
    # Irish Independent: a minister's remit with "and the"
    (("Minister of Housing and the Environment Ana Ruiz said 400 homes were built.",), "400",
     "Ana Ruiz", None),
]

FORMS_LEFT_ALONE = [
    # UN News: an acronym's own rules ("a WFP warehouse" is no "WFP Country Director")
    (("Famine could hit three districts, the World Food Programme (WFP) warned.",
      "\u201cWe are watching,\u201d said Helene Marcou, WFP Country Director in Tamaru.",
      "A WFP warehouse was looted; no one was injured, the agency said."), "no one",
     "World Food Programme", None),
    (("The Ministry of Health and the Ministry of Education said 40 schools shut.",), "40",
     "Ministry of Education", None),
    (("Radio Free Europe/Radio Liberty reported 40 arrests.",), "40",
     "Radio Free Europe/Radio Liberty", None),
    (("Procter & Gamble said sales rose 3%.",), "3%", "Procter & Gamble", None),
    (("The Ministry of Housing and the Environment said 400 homes were built.",), "400",
     "Ministry of Housing and the Environment", None),
    (("The UN Interim Force in Lebanon said it recorded 40 strikes.",), "40",
     "UN Interim Force in Lebanon", None),
    (("Utility Regulator said bills would rise 4%.",), "4%", "Utility Regulator", None),
]


@pytest.mark.parametrize(("paragraphs", "figure", "speaker", "headline"),
                         FORMS + FORMS_LEFT_ALONE)
def test_short_and_long_forms(paragraphs, figure, speaker, headline):
    assert speaker in _speakers_of(paragraphs, figure,
                                   headline=headline or "A headline without figures")


# --- a province's ministry, a passive's agent before a clause, a plea -------------------------

LAST = [
    # CTV News: a province's ministry keeps its province (a country's is a description)
    (("A spokesperson for Ontario's Ministry of Health said the province is investing $2.1 "
      "billion.",), "$2.1 billion", "Ontario Ministry of Health"),
    (("Iraq's Ministry of Electricity said output fell to 24,000 megawatts.",),
     "24,000 megawatts", "Ministry of Electricity"),
    # Al Jazeera (Kenya): "This was confirmed by X, who said ..." is X's, not the clause's
    (("Forty-one opposition MPs have signed a motion. This was confirmed by opposition whip "
      "Achieng Wafula, who said at least 30 members of the ruling coalition had promised to "
      "back it.",), "Forty-one", "Achieng Wafula"),
    # a regional FA's release: clubs that admitted a breach state no figure
    (("A regulatory commission has fined Portland Athletic £25,000 after both clubs admitted "
      "a breach of the rules.",), "£25,000", "Test Herald"),
    # a body that admits a number states it
    (("The club admitted that 400 tickets had been sold twice.",), "400", "Club"),
    # AP: officials of a level of government, no body called "Federal"
    (("Federal officials have warned that further cuts of up to 30 percent are possible.",),
     "up to 30 percent", "Federal officials"),
    (("Provincial officials said 12 more cases were found.",), "12", "Provincial officials"),
    # The Hindu: a national park is no one titled "National"
    (("In Kaziranga National Park, 95 forest camps were inundated, park director Sonali "
      "Deka said.",
      "She said the speed limit near the park had been cut to 20 km per hour."),
     "20 km per hour", "Sonali Deka"),
    # The Korea Herald: a web page's stamp line is no company's name
    (("Published : Aug. 21, 2025 - 15:42",
      "A strike at Hanul Heavy Industries' shipyard entered its 12th day, with the company "
      "saying losses had reached 180 billion won."), "180 billion won",
     "Hanul Heavy Industries"),
]


@pytest.mark.parametrize(("paragraphs", "figure", "speaker"), LAST)
def test_places_passives_and_pleas(paragraphs, figure, speaker):
    assert speaker in _speakers_of(paragraphs, figure)
