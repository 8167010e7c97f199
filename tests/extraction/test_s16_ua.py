"""Session 16, round ua: descriptions and role nouns that refer back to a named speaker.

"the company said", "the firm", "the charity", "the consortium", "the project", "the
prosecutor" for a body or person the story named before, whose name often carries no word
of its kind ("Brenner Getriebebau, a family-owned maker of gearbox housings", "Pune-based
Ravindra Biologics", "Pellucid Lanes, which employs 2,300 people"); headline and summary
labels made of a description ("Charity warns ...", "Firm says ..."); and the near misses
that must stay as they are. Every sentence is invented, in many outlets' house styles.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_speakers import run

# Each case: (id, paragraphs, pairs that must be found, pairs that must not, options for run).
# A pair is (speaker, figure as written).
CASES = [
    # --- an apposition says what a name with no word of its kind is ------------------------
    ("wire_maker_of_parts",
     ("Brenner Getriebebau, a family-owned maker of gearbox housings based in Bavaria, filed "
      "for insolvency on Friday.",
      "Sales fell 18% last year, the company said, as carmakers cut orders."),
     [("Brenner Getriebebau", "18%")], [("Company", "18%")], {}),
    ("wire_maker_statement",
     ("Brenner Getriebebau, a family-owned maker of gearbox housings, filed for insolvency on "
      "Friday.",
      "The company said in a statement that its four plants would keep running."),
     [("Brenner Getriebebau", "four")], [("Company", "four")], {}),
    ("nikkei_maker_of_tools",
     ("TOKYO -- Nakamura Seiki, a maker of precision machine tools, will close its plant in "
      "Gifu by March.",
      "The company said the closure would affect 240 workers."),
     [("Nakamura Seiki", "240")], [], {}),
    ("bloomberg_producer_of_tiles",
     ("Tavira Ceramica, a Portuguese producer of floor tiles, said on Tuesday it would shut "
      "two kilns.",
      "Output fell 12% in the first half, the producer said."),
     [("Tavira Ceramica", "12%")], [("Producer", "12%")], {}),
    ("guardian_charity_that_supports",
     ("Hollins Ward, a charity that supports young carers, said demand had never been higher.",
      "The charity said 412 families had asked it for help since January."),
     [("Hollins Ward", "412")], [("Charity", "412")], {}),
    ("nation_charity_for_children",
     ("Kibo Tumaini, a Nairobi charity for street children, opened a second shelter in "
      "Kibera on Monday.",
      "The charity said it now cares for 180 children."),
     [("Kibo Tumaini", "180")], [], {}),
    ("techcrunch_startup",
     ("Ostara Pay, a Nairobi-based payments startup, has raised $12 million in a Series A "
      "round.",
      "The startup said it now has 40,000 merchants on its platform."),
     [("Ostara Pay", "40,000")], [("Startup", "40,000")], {}),
    ("techcrunch_startup_company",
     ("Clinivo, a Lisbon-based startup that automates clinic billing, has raised $30 million.",
      "The company says it now serves 1,900 clinics in Portugal and Spain."),
     [("Clinivo", "1,900")], [], {}),
    ("national_consortium_developing",
     ("Qamar Sahil Energy Partners, the consortium developing a solar park in Ras Al Khair, "
      "has secured $1.8 billion in loans from nine banks, the company said on Monday.",),
     [("Qamar Sahil Energy Partners", "$1.8 billion")], [("Company", "$1.8 billion")], {}),
    ("national_consortium_study",
     ("Dunmore Offshore, the consortium building a wind farm in the Irish Sea, said on "
      "Monday it had signed its supply contracts.",
      "A study published by the consortium put the cost at 4 cents per kilowatt hour."),
     [("Dunmore Offshore", "4 cents")], [("Consortium", "4 cents")], {}),
    ("ap_company_that_operated",
     ("Red Mesa Coachlines, the Tucson-based company that ran the bus, said the driver had "
      "a clean record.",
      "The company said its fleet of 44 coaches is inspected every 60 days."),
     [("Red Mesa Coachlines", "44")], [], {}),
    ("science_project_run_by",
     ("The Arctic Tern Census, a volunteer project run by three universities, counted nests "
      "along the coast this summer.",
      "Numbers were up 14% on last year, the project said."),
     [("Arctic Tern Census", "14%")], [("Project", "14%")], {}),
    ("pbs_project_run_by_universities",
     ("More than 900 people have died on the route this year, according to the Aegean "
      "Crossings Monitor, a research project run by two Greek universities.",
      "Arrivals are up 21% from last year, the project said."),
     [("Aegean Crossings Monitor", "21%")], [("Project", "21%")], {}),
    ("mg_miner_wage_offer",
     ("Ukhozi Platinum, a Rustenburg-based miner, has offered workers a wage increase.",
      "The company said the offer was worth 6% a year."),
     [("Ukhozi Platinum", "6%")], [], {}),
    ("ft_lender_bank",
     ("Carrick Holme, a mid-sized UK lender, reported a rise in half-year profit.",
      "The bank said its net interest margin narrowed to 2.8 per cent."),
     [("Carrick Holme", "2.8 per cent")], [("Bank", "2.8 per cent")], {}),
    ("economist_firm_british",
     ("Halden Sweets, a British firm, has cut the weight of its best-selling bar.",
      "Sales have dipped by just 3% since the change, according to the company."),
     [("Halden Sweets", "3%")], [], {}),
    ("mercopress_exporter",
     ("Frigorífico Las Heras, a Uruguayan beef exporter, suspended shipments to China on "
      "Monday.",
      "The exporter said it had 2,100 tonnes of meat in cold storage."),
     [("Frigorífico Las Heras", "2,100 tonnes")], [], {}),
    ("gulf_snack_maker",
     ("Noor Harvest Trading, a Sharjah-based snack maker, will open a plant in Kizad next "
      "year.",
      "The company said the plant would employ 350 people."),
     [("Noor Harvest Trading", "350")], [], {}),
    ("rolling_stone_promoter",
     ("Kestrel Stage, the second-largest concert promoter in the country, said in a "
      "statement that its ticket prices were in line with the industry.",
      "The company said it had promoted 640 tours last year."),
     [("Kestrel Stage", "640")], [], {}),
    ("hindu_developer_of_vaccines",
     ("Sarvan Lifesciences, a Pune-based developer of vaccines, said on Monday its typhoid "
      "shot had passed a trial.",
      "The trial enrolled 9,000 children, the company said."),
     [("Sarvan Lifesciences", "9,000")], [], {}),
    ("reuters_retailer",
     ("Marlow & Finch, the British department store retailer, said like-for-like sales rose "
      "in the Christmas period.",
      "The retailer said online sales grew 9%."),
     [("Marlow & Finch", "9%")], [], {}),
    ("straits_operator",
     ("Lumen Transit Link, the operator of the Eastern Line, apologised for the disruption.",
      "About 42,000 commuters were affected, the operator said."),
     [("Lumen Transit Link", "About 42,000")], [("Operator", "About 42,000")], {}),
    ("cnbc_insurer",
     ("Harbor Oak Mutual, a Connecticut insurer, said on Thursday it expected storm claims to "
      "rise.",
      "The insurer said claims could reach $310 million."),
     [("Harbor Oak Mutual", "$310 million")], [], {}),
    ("punch_lender_nigeria",
     ("Zenith Ridge Finance, a Lagos-based lender, has raised fresh capital.",
      "The lender said it would cut its stake in its Ghana unit to 49 per cent."),
     [("Zenith Ridge Finance", "49 per cent")], [], {}),

    # --- a place before the name says where the company is: "Pune-based X" ----------------
    ("hindu_based_before_name",
     ("A typhoid vaccine developed by Hyderabad-based Ravindra Biologics showed 82% efficacy "
      "in a trial, the company announced on Monday.",),
     [("Ravindra Biologics", "82%")], [("Company", "82%")], {}),
    ("hindu_based_then_said",
     ("A dengue shot made by Chennai-based Kaveri Vaccinology cut infections sharply.",
      "Serious side effects were seen in 0.4% of children, the company said."),
     [("Kaveri Vaccinology", "0.4%")], [], {}),
    ("scmp_based_drone",
     ("Hong Kong will allow drone deliveries at 12 sites, with Shenzhen-based Volant Aerial "
      "Logistics selected as the operator.",
      "The company said it would initially deploy 40 drones."),
     [("Volant Aerial Logistics", "40")], [], {}),
    ("scmp_based_short_name",
     ("Shenzhen-based Volant Aerial Logistics was selected as the operator.",
      "Volant chief executive Grace Leung Wai-man said the drones could fly 15km.",
      "The company said it would hire about 50 local staff."),
     [("Volant Aerial Logistics", "about 50")], [("Volant", "about 50")], {}),
    ("globe_headquartered",
     ("Oslo-headquartered Fjordvik Dataservice said on Monday it would hire more engineers.",
      "The firm said revenue grew 22% in 2024."),
     [("Fjordvik Dataservice", "22%")], [("Firm", "22%")], {}),
    ("straits_based_grows",
     ("Singapore-based Lumen Harvest, which grows lettuce indoors, opened a second farm.",
      "The company said output rose 35% last year."),
     [("Lumen Harvest", "35%")], [], {}),
    ("nikkei_listed",
     ("Osaka-listed Hoshida Kogyo will cut 600 jobs, the company said.",),
     [("Hoshida Kogyo", "600")], [], {}),

    # --- other cues that a name is a company's -------------------------------------------
    ("reuters_shares_in",
     ("Shares in Tremont Haller fell 9% on Tuesday after a profit warning.",
      "Profit dropped 31% in the quarter, the company said."),
     [("Tremont Haller", "31%")], [("Company", "31%")], {}),
    ("reuters_which_employs",
     ("Pellucid Lanes, which employs 2,300 people, will close a depot in Leeds.",
      "The closure will cost 140 jobs, the company said."),
     [("Pellucid Lanes", "140")], [("Company", "140")], {}),
    ("reuters_which_employs_said",
     ("Norrhamn, which employs about 9,000 people, said most cuts would fall in Sweden.",
      "Operating profit fell 27%, the company said."),
     [("Norrhamn", "27%")], [("Company", "27%")], {}),
    ("ft_chief_executive_of_name",
     ("Corvane Ashby's chief executive, Ama Mensah, said the group would raise prices.",
      "The company said orders rose 17% in the quarter."),
     [("Corvane Ashby", "17%")], [("Company", "17%")], {}),
    ("legal_form_gmbh",
     ("Rautenberg Logistik GmbH cut 300 jobs on Monday.",
      "Sales fell 14% last year, the company said."),
     [("Rautenberg Logistik GmbH", "14%")], [], {}),
    ("legal_form_bhd",
     ("Kinta Harbour Bhd said it would build a new berth.",
      "The company said the berth would cost RM450 million."),
     [("Kinta Harbour Bhd", "RM450 million")], [], {}),
    ("legal_form_sa",
     ("Andes Cobre S.A. halted output at its Chuqui mine on Tuesday.",
      "The stoppage will cut production by 8,000 tonnes, the company said."),
     [("Andes Cobre S.A.", "8,000 tonnes")], [], {}),

    # --- "the company" is the company the story is about, not one it names beside it ------
    ("nikkei_subject_not_founders",
     ("South Korea will give 300 billion won to chip startup Mirae Logic, the industry "
      "ministry said.",
      "Mirae Logic was founded in 2021 by six firms, including Daelim Motor Group and Hanbit "
      "Electronics Co.",
      "The company estimates it will need 4 trillion won to reach mass production."),
     [("Mirae Logic", "4 trillion won")], [("Daelim Motor Group and Hanbit Electronics Co.",
                                            "4 trillion won")], {}),
    ("techcrunch_subject_not_investors",
     ("Clinivo, a Lisbon-based startup, has raised $30 million in a round led by Arbor "
      "Ventures, with participation from existing investors Halden Capital Partners.",
      "Clinivo has now raised $41 million in total.",
      "The company says it now serves 1,900 clinics."),
     [("Clinivo", "1,900")], [("Halden Capital Partners", "1,900")], {}),
    ("stat_analysts_bank_not_company",
     ("Corvid Therapeutics said its pill cut strokes by 19%, according to results presented "
      "on Monday.",
      "Analysts at the investment bank Harrow Lyle estimate a list price of $9,000 a year.",
      "The company said it plans to seek approval within six months."),
     [("Corvid Therapeutics", "within six months")], [("Harrow Lyle", "within six months")], {}),
    ("herald_guild_is_no_company",
     ("Cedar Flats Brewing Co. will close its plant in Airdrie, cutting 60 jobs.",
      "The closure is the fifth this year, according to the Prairie Brewers Guild, which "
      "says the province has 142 breweries.",
      "The company said its taproom would stay open with 25 staff."),
     [("Cedar Flats Brewing Co.", "25")], [("Prairie Brewers Guild", "25")], {}),
    ("economist_monitor_is_no_company",
     ("Disease has hit 300,000 hectares, according to Cocoa Sentinel, a monitoring group.",
      "Halden Sweets, a British firm, has cut the weight of its bar.",
      "Sales have dipped by 3% since, according to the company."),
     [("Halden Sweets", "3%")], [("Cocoa Sentinel", "3%")], {}),

    # --- a body named only by a description, then by its name --------------------------
    ("reuters_monitor_named_next",
     ("Famine has spread to nine more districts, a food security monitor said on Tuesday.",
      "The Horn Famine Observatory, an independent body funded by donors, said in its "
      "report that 3.1 million people faced acute hunger."),
     [("Horn Famine Observatory", "nine")], [("Monitor", "nine")], {}),
    ("headline_monitor_says",
     ("Famine has spread to nine more districts, the Horn Famine Observatory said on "
      "Tuesday.",),
     [("Horn Famine Observatory", "nine")], [("Monitor", "nine")],
     {"headline": "Famine spreads to nine more districts, monitor says"}),
    ("headline_firm_says",
     ("Volant Aerial Logistics, a Shenzhen-based drone operator, said it would hire 50 "
      "pilots for its Hong Kong service.",),
     [("Volant Aerial Logistics", "50")], [("Firm", "50"), ("Drone firm", "50")],
     {"headline": "Drone firm says it will hire 50 pilots"}),
    ("summary_firm_says",
     ("Volant Aerial Logistics, a Shenzhen-based drone operator, said its service could cut "
      "delivery times by 60 per cent.",),
     [("Volant Aerial Logistics", "60 per cent")], [("Firm", "60 per cent")],
     {"summary": ("Firm says service could cut delivery times by 60 per cent",)}),
    ("headline_charity_warns",
     ("Warm Homes Trust said 12,000 children in the region would spend the winter in cold "
      "homes.",),
     [("Warm Homes Trust", "12,000")], [("Charity", "12,000")],
     {"headline": "Charity warns 12,000 children face cold winter"}),
    ("headline_aid_group_says",
     ("Sahel Medics, an aid group, said 40 of its health workers had been killed since "
      "April.",),
     [("Sahel Medics", "40")], [("Aid group", "40")],
     {"headline": "Aid group says 40 health workers killed in Sudan"}),
    ("headline_club_says",
     ("Ashcombe Athletic said the transfer fee was £12m, with a further £3m in add-ons.",),
     [("Ashcombe Athletic", "£12m")], [("Club", "£12m")],
     {"headline": "Club says Marsh fee was £12m"}),
    ("headline_un_agency_says",
     ("More than 45,000 people have fled in a week, the World Food Programme said.",),
     [("World Food Programme", "More than 45,000")], [("UN agency", "More than 45,000")],
     {"summary": ("UN agency says more than 45,000 people have fled in a week",)}),
    ("headline_armed_group_says",
     ("The Kivu Patriotic Front, an armed group, said it had taken three towns.",),
     [("Kivu Patriotic Front", "three")], [("Armed group", "three")],
     {"headline": "Armed group says it has taken three towns"}),

    # --- role nouns for the person named earlier in that role ---------------------------
    ("premium_times_witness",
     ("The third prosecution witness, Adaeze Okonkwo, a compliance officer with Meridian "
      "Trust Bank, told the court that 41 transfers were made.",
      "Led in evidence by the prosecuting counsel, Bola Ade, the witness said about 60 per "
      "cent of the money was withdrawn in cash."),
     [("Adaeze Okonkwo", "about 60 per cent")], [("Witness", "about 60 per cent")], {}),
    ("men_prosecuting",
     ("Prosecuting, Helen Marsh said the defendant made more than 300 calls from pay-as-you-go "
      "phones.",
      "One victim, a retired nurse, handed over jewellery worth £40,000, the prosecutor said."),
     [("Helen Marsh", "£40,000")], [("Prosecutor", "£40,000")], {}),
    ("echo_prosecuting_for_crown",
     ("Prosecuting for the Crown, Owen Pryce told the court the fraud ran for 19 months.",
      "The prosecutor said 23 victims had lost £640,000 between them."),
     [("Owen Pryce", "£640,000")], [("Prosecutor", "£640,000")], {}),
    ("sentencing_judge",
     ("Sentencing, Judge Carys Llewellyn said the defendant had preyed on the elderly.",
      "The sentence would have been 10 years without a guilty plea, the judge said."),
     [("Carys Llewellyn", "10 years")], [("Judge", "10 years")], {}),
    ("coroner_named_before",
     ("Senior coroner Rachel Ames recorded a narrative conclusion at the inquest in Truro.",
      "The boy had waited 40 minutes for an ambulance, the coroner said."),
     [("Rachel Ames", "40 minutes")], [("Coroner", "40 minutes")], {}),

    # --- plural descriptions: each of the bodies the sentence names ---------------------
    ("nikkei_the_companies_said",
     ("Tamura Motor will build the cells with Keihin Materials Co., which will put in 60 "
      "billion yen, the companies said.",),
     [("Tamura Motor", "60 billion yen"), ("Keihin Materials Co.", "60 billion yen")],
     [("Companies", "60 billion yen")], {}),

    # --- other heads: the club, the airline, the mission, the network, the alliance -------
    ("bbc_club_named_before",
     ("Ashcombe Athletic have signed winger Leon Marsh from Dunmore Town.",
      "The club said the fee was £12m."),
     [("Ashcombe Athletic", "£12m")], [("Club", "£12m")], {}),
    ("gulf_airline",
     ("Jazira Wings, the Kuwaiti low-cost carrier, said profit rose sharply last year.",
      "The airline said it carried 5.2 million passengers."),
     [("Jazira Wings", "5.2 million")], [("Airline", "5.2 million")], {}),
    ("space_mission_officials",
     ("Japan's Kagura rover has driven 1.2 kilometres on the moon, the Japan Aerospace "
      "Exploration Agency (JAXA) said on Tuesday.",
      "It has since sent back more than 4,800 images, mission officials said."),
     [("Japan Aerospace Exploration Agency", "more than 4,800")],
     [("Mission", "more than 4,800")], {}),
    ("un_mission_named",
     ("The African Union Transition Mission said on Friday that peacekeepers had been "
      "deployed to the town.",
      "The mission said 14 civilians were killed in the attack."),
     [("African Union Transition Mission", "14")], [("Mission", "14")], {}),
    ("guardian_network_named",
     ("The Local Housing Network, which represents councils, said the fund fell short.",
      "The network said 71% of its members had run out of temporary housing."),
     [("Local Housing Network", "71%")], [], {}),
    ("abc_alliance_survey",
     ("The Reef Watch Alliance flew its aerial survey last month.",
      "The alliance said 62 per cent of the reefs it saw were bleached."),
     [("Reef Watch Alliance", "62 per cent")], [], {}),
    ("rnz_group_tracked",
     ("Fair Fares Aotearoa, a consumer group, has studied regional airfares.",
      "The group said fares rose 38% over two years."),
     [("Fair Fares Aotearoa", "38%")], [("Group", "38%")], {}),

    # --- near misses: persons stay persons, bodies already named stay as they are -----------
    ("person_film_producer",
     ("Marta Ruiz, a film producer, said the shoot cost $2 million.",),
     [("Marta Ruiz", "$2 million")], [], {}),
    ("person_property_developer",
     ("Tom Hale, a property developer in Leeds, said he had sold 40 flats this year.",),
     [("Tom Hale", "40")], [], {}),
    ("person_based_economist",
     ("London-based economist Hannah Pryce said inflation would ease to 2.4%.",),
     [("Hannah Pryce", "2.4%")], [], {}),
    ("person_club_captain",
     ("Ana Mora, the club's captain, said the squad had won 12 of its last 14 games.",),
     [("Ana Mora", "12")], [], {}),
    ("person_charity_worker",
     ("Grace Obi, a charity worker in Lagos, said 300 families had sought food aid.",),
     [("Grace Obi", "300")], [], {}),
    ("person_founder_of_firm",
     ("Priya Raman, the founder of the firm, said it had 85 staff.",),
     [("Priya Raman", "85")], [], {}),
    ("person_maker_of_violins",
     ("Jonas Weber, a maker of violins in Mittenwald, said he sold 30 instruments a year.",),
     [("Jonas Weber", "30")], [], {}),
    ("person_he_said_after_company",
     ("Brenner Getriebebau, a maker of gearbox housings, filed for insolvency.",
      "Managing director Petra Vogt said the firm needed €85 million.",
      "She said 3,200 jobs were at risk."),
     [("Petra Vogt", "€85 million"), ("Petra Vogt", "3,200")], [], {}),
    ("no_antecedent_company",
     ("The company said it would cut 200 jobs.",),
     [], [("Company", "200")], {}),
    ("no_antecedent_firm",
     ("Sales fell 8% in the quarter, the firm said.",),
     [], [("Firm", "8%")], {}),
    ("no_antecedent_companies",
     ("Prices will rise 4% in March, the companies said.",),
     [], [("Companies", "4%")], {}),
    ("named_company_kept",
     ("Halvorsen Foods said sales rose 4%.", "The company said profit fell 2%."),
     [("Halvorsen Foods", "4%"), ("Halvorsen Foods", "2%")], [], {}),
    ("named_bank_kept",
     ("Greystock Bank reported a 12% rise in profit.", "The bank said loans grew 5%."),
     [("Greystock Bank", "5%")], [], {}),
    ("company_spokesperson_kept",
     ("Halvorsen Foods will close a plant in Leeds.",
      "A company spokesperson said 120 jobs would go."),
     [("Halvorsen Foods", "120")], [], {}),
    ("group_of_banks_no_body",
     ("Sahra Hydrogen has secured $4 billion from a group of 11 banks, the company said.",),
     [("Sahra Hydrogen", "$4 billion")], [("Company", "$4 billion")], {}),
]


@pytest.mark.parametrize("case_id, paragraphs, wanted, unwanted, options", CASES,
                         ids=[c[0] for c in CASES])
def test_description_refers_back(case_id, paragraphs, wanted, unwanted, options):
    got = {(c.speaker, c.figure_text) for c in run(*paragraphs, **options)}
    for pair in wanted:
        assert pair in got, (pair, sorted(got))
    for pair in unwanted:
        assert pair not in got, (pair, sorted(got))
