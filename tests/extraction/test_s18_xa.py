"""Session 18, round xa: attribution scope -- the outlet's figures and the speaker's.

A bare count of the things a body put forward ("The opposition tabled 211 amendments", "has
proposed 14 data centre campuses", "unveiled three new measures") is the writer's report of a
deed, not a figure the body gave; an amount it states stays its own ("presented a N47.9
trillion budget", "proposed a 5% rise", "tabled a report showing a 12% rise"). When no frame
is left, a description in apposition to the subject ("the largest opposition party with 52
seats") is the outlet's too. A past participle describing the plural documents a speaker
said something in ("the agency said in review documents posted on its website") ends no
trailer: what precedes is still the speaker's. Guards for the shapes the gold of every open folder credits to
the speaker, which stay as they are: a relative clause describing a speaker before "said"
("The union, which represents 4,000 dockers, said"), a figure the speaker gives after a
"which says" clause of its own, and the wire credit of a dateline story ("(AP)" stays "AP",
the form most of the gold writes). Every sentence is invented, in many outlets' house styles.
"""

from __future__ import annotations

import pytest

from tests.extraction.cases import case_params, check_pairs

H = "Test Herald"

# Each case: (id, paragraphs, pairs that must be found, pairs that must not, options for run).
CASES = [
    # --- a bare count of things put forward: the outlet's -------------------------------
    ("dw_opposition_tabled_amendments",
     ("The opposition tabled 40 amendments to the bill, all of which were rejected.",),
     [(H, "40")], [("Opposition", "40")], {}),
    ("dw_party_appositive_tabled",
     ("The Green Party, the largest opposition party with 52 seats in the 200-seat chamber, "
      "tabled 111 amendments.",),
     [(H, "52"), (H, "200-seat"), (H, "111")],
     [("Green Party", "52"), ("Green Party", "111")], {}),
    ("guardian_mps_tabled_motions",
     ("Backbench MPs tabled 14 motions on Tuesday, none of which will be debated.",),
     [(H, "14")], [("Backbench MPs", "14")], {}),
    ("hindu_members_tabled_questions",
     ("Opposition members tabled 1,200 questions during the winter session.",),
     [(H, "1,200")], [("Opposition members", "1,200")], {}),
    ("nation_senators_tabled_bills",
     ("Senators tabled three bills on land reform last week.",),
     [(H, "three")], [("Senators", "three")], {}),
    ("axios_developers_proposed_campuses",
     ("Developers have proposed 14 data center campuses within an hour's drive of the city.",),
     [(H, "14")], [("Developers", "14")], {}),
    ("nhs_board_unveiled_measures",
     ("The health board unveiled three new measures to cut waiting lists.",),
     [(H, "three")], [("Health board", "three")], {}),
    ("scmp_government_unveiled_sites",
     ("The government unveiled 12 sites for public housing on Wednesday.",),
     [(H, "12")], [("Government", "12")], {}),
    ("straits_ministry_presented_options",
     ("The ministry presented four options to the committee.",),
     [(H, "four")], [("Ministry", "four")], {}),
    ("abc_council_proposes_changes",
     ("The council proposes 25 changes to its planning rules.",),
     [(H, "25")], [("Council", "25")], {}),
    ("politico_lawmakers_propose_bills",
     ("Lawmakers propose dozens of bills every session, but 30 bills passed last year.",),
     [], [("Lawmakers", "30")], {}),
    ("gulf_news_authority_unveils_routes",
     ("The Roads and Transport Authority unveils 11 new bus routes next month.",),
     [(H, "11")], [("Roads and Transport Authority", "11")], {}),
    # --- an amount the body states stays its own -----------------------------------------
    ("punch_minister_presented_budget",
     ("The minister presented a N47.9 trillion budget to lawmakers on Wednesday.",),
     [("Minister", "N47.9 trillion")], [(H, "N47.9 trillion")], {}),
    ("bbc_ministry_proposed_rise",
     ("The ministry proposed a 5% rise in tuition fees.",),
     [("Ministry", "5%")], [(H, "5%")], {}),
    ("mirror_union_proposed_per_cent",
     ("The union proposed 4.5 per cent over two years.",),
     [("Union", "4.5 per cent")], [(H, "4.5 per cent")], {}),
    ("age_council_tabled_report",
     ("The council tabled a report showing a 12% rise in complaints.",),
     [("Council", "12%")], [(H, "12%")], {}),
    ("hindu_minister_tabled_figures",
     ("The minister tabled figures showing 3,000 new jobs in the state.",),
     [("Minister", "3,000")], [(H, "3,000")], {}),
    ("ft_board_proposed_dividend",
     ("The board proposed a dividend of 12 pence a share.",),
     [("Board", "12 pence")], [(H, "12 pence")], {}),
    ("reuters_opec_proposed_cut",
     ("The group proposed a cut of 1.5 million barrels a day.",),
     [("Group", "1.5 million barrels")], [], {}),
    ("economic_times_govt_proposed_crore",
     ("The government proposed 4,500 crore rupees for rural roads.",),
     [], [(H, "4,500 crore rupees")], {}),
    ("business_day_treasury_presented_bn",
     ("The Treasury presented 3.2 billion rand in new spending.",),
     [], [(H, "3.2 billion rand")], {}),
    ("kenya_committee_proposed_percent",
     ("The committee proposed 16 per cent for the housing levy.",),
     [("Committee", "16 per cent")], [(H, "16 per cent")], {}),
    ("courier_mayor_unveiled_plan_amount",
     ("Mayor Dana Ruiz unveiled a $2.1 billion budget on Monday.",),
     [("Dana Ruiz", "$2.1 billion")], [(H, "$2.1 billion")], {}),
    ("stuff_minister_proposes_times",
     ("The minister proposes 3 times more funding for rural clinics.",),
     [], [(H, "3 times")], {}),
    # --- more outlets: counts of things put forward ---------------------------------------
    ("times_of_india_corporators_tabled",
     ("Corporators tabled 62 proposals at the general body meeting on Friday.",),
     [(H, "62")], [("Corporators", "62")], {}),
    ("the_hindu_assembly_tabled_reports",
     ("The government tabled five audit reports in the Assembly on the last day of the "
      "session.",),
     [(H, "five")], [("Government", "five")], {}),
    ("vanguard_senate_committee_presented",
     ("The Senate committee presented seven recommendations to the plenary.",),
     [(H, "seven")], [("Senate committee", "seven")], {}),
    ("khaleej_municipality_unveiled_parks",
     ("The municipality unveiled 18 new parks across the emirate this year.",),
     [(H, "18")], [("Municipality", "18")], {}),
    ("smh_opposition_proposes_amendments",
     ("The Coalition proposes 30 amendments to the housing bill.",),
     [(H, "30")], [("Coalition", "30")], {}),
    ("irish_times_td_tabled_questions",
     ("Opposition TDs tabled 450 parliamentary questions on the children's hospital last "
      "year.",),
     [(H, "450")], [], {}),
    ("daily_nation_mcas_tabled_motions",
     ("MCAs tabled two motions seeking to impeach the governor.",),
     [(H, "two")], [("MCAs", "two")], {}),
    ("arab_news_ministry_unveiled_projects",
     ("The ministry unveiled 40 tourism projects worth billions of riyals.",),
     [(H, "40")], [("Ministry", "40")], {}),
    ("wsj_company_unveiled_models",
     ("The carmaker unveiled six electric models at the show.",),
     [(H, "six")], [("Carmaker", "six")], {}),
    ("local_tv_district_proposes_closures",
     ("The school district proposes closing four elementary schools next fall.",),
     [], [(H, "four elementary schools")], {}),
    # --- more outlets: amounts put forward stay the speaker's ----------------------------
    ("bloomberg_fed_proposed_rate",
     ("The committee proposed a 25 basis point cut at its meeting.",),
     [], [(H, "25 basis point")], {}),
    ("premium_times_governor_presented_naira",
     ("Governor Ade Bello presented a N512 billion budget to the state assembly on Tuesday.",),
     [("Ade Bello", "N512 billion")], [(H, "N512 billion")], {}),
    ("dawn_finance_minister_unveiled_rs",
     ("The finance minister unveiled a Rs18 trillion budget for the next fiscal year.",),
     [("Finance minister", "Rs18 trillion")], [], {
         "xfail": "'unveiled a Rs18 trillion budget' makes no frame yet, nor "
                     "for '$2.1 billion' after a titled name (another family)"}),
    ("mint_regulator_proposed_percent",
     ("The regulator proposed 8% annual increases in power tariffs.",),
     [("Regulator", "8%")], [(H, "8%")], {}),
    ("nzherald_council_proposes_rates",
     ("The council proposes a 9.5 per cent rates rise for the coming year.",),
     [("Council", "9.5 per cent")], [(H, "9.5 per cent")], {}),
    ("standard_union_presented_demand",
     ("The union presented a demand for a 20 per cent pay rise.",),
     [("Union", "20 per cent")], [(H, "20 per cent")], {}),
    ("sky_news_chancellor_unveiled_bn",
     ("The chancellor unveiled \u00a34bn of tax cuts on Wednesday.",),
     [("Chancellor", "\u00a34bn")], [], {
         "xfail": "'unveiled \u00a34bn of tax cuts' makes no frame yet (another family)"}),
    ("cnbc_company_proposed_per_share",
     ("The company proposed 35 cents a share in a cash offer.",),
     [("Company", "35 cents")], [(H, "35 cents")], {}),
    # --- relative clauses before "said" in more styles -----------------------------------
    ("premium_times_resident_who_lost",
     ("A resident, Fatima Musa, who lost two sons in the attack, said the gunmen came at "
      "night.",),
     [("Fatima Musa", "two")], [(H, "two")], {}),
    ("kathmandu_post_sherpa_who_summited",
     ("Pemba Sherpa, who has guided climbers for 20 years, said the route was more crowded "
      "than ever.",),
     [("Pemba Sherpa", "20 years")], [], {}),
    ("straits_firm_which_owns_stake",
     ("Harbourside Capital, which owns 7.2 per cent of the lender, said it would vote "
      "against the deal.",),
     [("Harbourside Capital", "7.2 per cent")], [], {}),
    ("rte_hospice_which_supports",
     ("The Hillside Hospice, which supports about 160 families a year, said demand had "
      "doubled.",),
     [("Hillside Hospice", "about 160")], [], {}),
    ("citizen_tv_observers_deployed",
     ("The Poll Watch Network, which deployed 312 observers, said turnout was low.",),
     [("Poll Watch Network", "312")], [], {}),
    ("euronews_network_which_monitors",
     ("The European Monitors Network, which deployed 146 observers across the country, said "
      "in a statement that the vote was orderly.",),
     [("European Monitors Network", "146")], [], {}),
    # --- a subject's own statement after its description ---------------------------------
    ("ktar_utility_said_customers",
     ("The utility said about 30,000 customers were without power on Thursday.",),
     [("Utility", "about 30,000")], [(H, "about 30,000")], {}),
    ("abc_au_bureau_said_per_cent",
     ("Prices rose 0.9 per cent in the March quarter, the bureau said.",),
     [("Bureau", "0.9 per cent")], [(H, "0.9 per cent")], {}),
    ("wire_police_said_arrests",
     ("Police said 14 people had been arrested after the match.",),
     [("Police", "14")], [(H, "14")], {}),
    # --- unattributed background in an outlet's own story --------------------------------
    ("guardian_background_unattributed",
     ("The club was founded in 1885 and has 12,000 season-ticket holders.",),
     [(H, "12,000")], [], {}),
    ("hindustan_times_background_route",
     ("The highway runs for nearly 700km through three states.",),
     [(H, "nearly 700km")], [], {}),
    ("jamaica_gleaner_background_school",
     ("The school, which has an enrolment of more than 600 students, was shut for a week.",),
     [(H, "more than 600")], [], {}),
    # --- a relative clause describing the speaker before "said": the speaker's -----------
    ("wire_union_which_represents_said",
     ("The Harbour Workers Union, which represents 4,000 dockers, said the strike would go "
      "ahead.",),
     [("Harbour Workers Union", "4,000")], [(H, "4,000")], {}),
    ("guardian_trust_which_runs_said",
     ("The Northfell Schools Trust, which runs 12 schools in the dales, said dozens of staff "
      "could not reach work.",),
     [("Northfell Schools Trust", "12")], [(H, "12")], {}),
    ("nation_observers_which_deployed",
     ("The Citizens Election Watch, which deployed 540 observers, said voting was largely "
      "peaceful.",),
     [("Citizens Election Watch", "540")], [], {}),
    ("daily_star_charity_which_supports",
     ("The Little Acorns Trust, which supports about 120 families, said it would close a "
      "centre.",),
     [("Little Acorns Trust", "about 120")], [], {}),
    ("local_tv_resident_who_lived",
     ("Marta Kowal, who has lived on the street for 19 years, said she had never seen flooding "
      "like it.",),
     [("Marta Kowal", "19 years")], [], {}),
    ("abc_au_nurse_who_worked",
     ("Joanne Pike, who has worked as a nurse in Ballarat for 22 years, said staff were "
      "exhausted.",),
     [("Joanne Pike", "22 years")], [], {}),
    ("scmp_group_which_runs_said",
     ("The Lucky Lantern Group, which runs nine restaurants across Kowloon, said it would "
      "raise prices.",),
     [("Lucky Lantern Group", "nine")], [], {}),
    ("ndtv_association_which_represents",
     ("The Freight Importers Association, which represents about 340 companies, said members "
      "faced delays.",),
     [("Freight Importers Association", "about 340")], [], {}),
    ("gulf_times_company_which_will_run",
     ("Sahara Learning Group, which will run three of the new schools, said it would hire "
      "teachers locally.",),
     [("Sahara Learning Group", "three")], [], {}),
    ("mg_farmer_who_grows",
     ("Tam, who grows mangoes on 3 hectares, said he had lost most of the crop.",),
     [("Tam", "3 hectares")], [], {}),
    # --- a "which says" clause: its own figure is the body's ------------------------------
    ("afp_union_which_says_members",
     ("The drivers' union, which says it has 5,000 members, has called a strike.",),
     [("Drivers' union", "5,000")], [(H, "5,000")], {}),
    ("star_alliance_which_says_creches",
     ("The Creche Alliance, which says it represents some 1,800 creches, said fees would "
      "rise.",),
     [("Creche Alliance", "some 1,800")], [], {}),
    # --- a dateline story: the wire's unattributed figures --------------------------------
    ("ap_dateline_unattributed",
     ("TACOMA, Wash. (AP) \u2014 A county agreed to pay $4.5 million to settle a lawsuit over "
      "a death in its jail, lawyers for the family said.",
      "The jail holds about 900 people on a typical day."),
     [("AP", "about 900")], [(H, "about 900")], {}),
    ("reuters_dateline_unattributed",
     ("LISBON, Feb 12 (Reuters) - The Socialists lead by 4 points ahead of the election, an "
      "opinion poll by Atlas Research showed on Wednesday.",
      "The country has held three elections in three years."),
     [("Reuters", "three years")], [(H, "three years")], {}),
    ("afp_dateline_unattributed",
     ("YANGON (AFP) - An air strike killed at least 20 people in a village, a rebel spokesman "
      "said.",
      "The region has been the scene of heavy fighting for 18 months."),
     [("AFP", "18 months")], [(H, "18 months")], {}),
    # --- speaker-stated figures that stay the speaker's -----------------------------------
    ("vnexpress_committee_set_target",
     ("The National Road Safety Council has set a target of cutting road deaths by 8% a year "
      "through 2030.",),
     [("National Road Safety Council", "8%")], [], {}),
    ("bangkok_post_satellite_images_from",
     ("Satellite images from the National Space Agency detected 1,420 hotspots across the "
      "north on Sunday.",),
     [("National Space Agency", "1,420")], [], {}),
    ("reuters_fda_review_documents",
     ("Two deaths were linked to the drug, the agency said in documents posted on its "
      "website.",),
     [("Agency", "Two")], [], {}),
    ("reuters_fda_letters_posted",
     ("Five patients died, the regulator said in letters posted to doctors.",),
     [("Regulator", "Five")], [], {}),
    ("tampa_forecasters_at_expect",
     ("Forecasters at the weather service expect the storm to strengthen to at least 120 mph "
      "before landfall.",),
     [("Weather service", "at least 120 mph")], [], {}),
    ("guardian_report_published",
     ("Five patients died, the agency said in a report published on Tuesday.",),
     [("Agency", "Five")], [(H, "Five")], {}),
    ("mexico_news_study_by",
     ("A study by the University of Lagos published in March estimated that the aquifer is "
      "sinking 30 centimetres a year.",),
     [("University of Lagos", "30 centimetres")], [], {}),
    ("barbados_review_put",
     ("A Reserve Bank review published in May put the sector's share of exports at roughly 35 "
      "per cent.",),
     [("Reserve Bank", "roughly 35 per cent")], [], {}),
    ("reuters_body_cut_forecast",
     ("The Mining Ministry last month cut its production forecast to 5.5 million tons from 5.6 "
      "million.",),
     [("Mining Ministry", "5.5 million tons")], [], {}),
    # --- background after a speaker: as the gold majority writes --------------------------
    ("militia_which_says_main_clause",
     ("The militia, which says it is fighting for autonomy, has captured 9 of the region's 12 "
      "districts.",),
     [(H, "9")], [("Militia", "9")], {}),
    ("coroner_university_which_has",
     ("The coroner said he would write to the university, which has about 21,000 students, "
      "raising concerns.",),
     [(H, "about 21,000")], [], {}),
    ("variety_streamer_which_reported",
     ("The streamer said the show drew 40 million views.",
      "Harborline, which reported 250 million paid memberships at the end of June, does not "
      "disclose viewing figures for individual markets."),
     [(H, "250 million")], [], {}),
    ("jakarta_post_economists_polled",
     ("Statistics Ghana said the economy grew 5.1 percent in the quarter.",
      "The figure was below the 5.3 percent median forecast of 12 economists polled by the "
      "Test Herald last week."),
     [(H, "5.3 percent")], [("Statistics Ghana", "5.3 percent")], {}),
    ("inquirer_typhoon_it_was_moving",
     ("The weather bureau said the typhoon was last spotted 150 kilometers east of the "
      "island.",
      "It was moving west at 15 kph."),
     [(H, "15 kph")], [], {}),
    ("france24_budget_it_freezes",
     ("The budget aims to cut the deficit to 17 billion euros, the minister told lawmakers. It "
      "freezes pensions for six months.",),
     [(H, "six months")], [], {}),
]

XFAIL = {
    "tampa_forecasters_at_expect":
        "'Forecasters at X expect': a forecast verb after a staff-of-body phrase is not yet "
        "a frame (missed attribution, got the outlet)",
    "bangkok_post_satellite_images_from":
        "'Satellite images from X detected N': a data source's instrument as subject is not "
        "yet a frame",
    "vnexpress_committee_set_target":
        "'has set a target of cutting ... by 8%': a target set is not yet read as the body's "
        "figure",
    "militia_which_says_main_clause":
        "a 'which says' clause's frame still covers the main clause after it (one case in the "
        "gold; left alone)",
    "coroner_university_which_has":
        "a relative clause describing an object inside a reported clause is still the "
        "speaker's (the gold is split)",
    "variety_streamer_which_reported":
        "'X, which reported N, does not disclose': the relative clause's own verb makes a "
        "frame (the gold is split)",
    "jakarta_post_economists_polled":
        "'the median forecast of N economists polled by X' after a speaker is carried on from "
        "the speaker",
    "courier_mayor_unveiled_plan_amount":
        "'Mayor X unveiled a $2.1 billion budget': a titled name before a money-gated verb "
        "makes no frame yet (left alone: another family)",
    "ndtv_association_which_represents":
        "'said members faced delays' after a relative clause: the members are read as the "
        "speaker of the clause's figure (wrong speaker, another family)",
}


@pytest.mark.parametrize(("paragraphs", "wanted", "unwanted", "options"),
                         case_params(CASES, XFAIL))
def test_attribution_scope(paragraphs, wanted, unwanted, options):
    check_pairs(paragraphs, wanted, unwanted, options)
