"""Session 17, round ur: speaker phrases that other rounds found broken.

A long opening phrase before the subject ("On Marlow Quay, where ..., baker Ann Pryce said"),
"US"/"UK"/"EU" alone taken for the speaker of "a senior US official said", a body with its
place after it ("Police in Leeds said", "Officials in Kano said"), a role "of" a place before
an apposition name ("The prefect of the Var, Anne Rousseau, said"), role words read as part of
a name ("Quarterback Jalen Moss", "Taoiseach ...", "Interior CS ..."), "a spokesperson for the
Office of ...", a hyphenated place before a "who" clause, and a survey's dates between its
owner and its verb. Every sentence is invented, in many outlets' house styles.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_speakers import run

# Each case: (id, paragraphs, pairs that must be found, pairs that must not).
# A pair is (speaker, figure as written).
CASES = [
    # --- a long opening phrase before the subject -------------------------------------------
    (
        "yp_where_clause_then_she",
        (
            "On Marlow Quay, where the tide reached the shop windows, baker Ann Pryce said 30 "
            "homes had flooded.",
            "She said 12 of them had no insurance.",
        ),
        [("Ann Pryce", "30"), ("Ann Pryce", "12")],
        [("Quay", "12")],
    ),
    (
        "guardian_where_clause_quote_she",
        (
            "On Tanner's Wharf, where the cobbles were under a foot of water, chip shop owner Lee "
            "Hartigan, 52, said he had lost a week's takings.",
            '"We\'ve been flooded nine times since 2015," she said.',
        ),
        [("Lee Hartigan", "nine times")],
        [("Wharf", "nine times")],
    ),
    (
        "bbc_on_street_which",
        (
            "On Castle Row, which floods whenever the Ouse rises, florist Bea Lindqvist said 14 "
            "shops had shut.",
            "She said the clean-up would cost £20,000.",
        ),
        [("Bea Lindqvist", "14"), ("Bea Lindqvist", "£20,000")],
        [("Row", "£20,000")],
    ),
    (
        "mirror_along_where",
        (
            "Along Fisher Lane, where sandbags were piled three high, retired nurse Gwen Tolley said "
            "40 neighbours had moved out.",
            "She said 6 of them were over 80.",
        ),
        [("Gwen Tolley", "40"), ("Gwen Tolley", "6")],
        [("Lane", "6")],
    ),
    (
        "times_in_town_dash_aside",
        (
            "Council leader Ruth Ames said the county had 200 pumps in service.",
            "In Brackwell - a market town that has flooded three times since 2019 - pub landlord "
            "Tony Marsh, 61, was bailing out his cellar. He said 30 pubs in the valley had closed.",
        ),
        [("Tony Marsh", "30")],
        [("Ruth Ames", "30")],
    ),
    (
        "telegraph_in_village_comma_aside",
        (
            "The Environment Agency said 11 flood warnings were in force.",
            "In Hollinsby, a village of thatched cottages on the river bend, farmer Dan Crewe, 58, "
            "was moving his ewes to higher ground. He said he had lost 70 lambs.",
        ),
        [("Dan Crewe", "70")],
        [("Environment Agency", "70")],
    ),
    (
        "ap_at_school_where",
        (
            "At Greenfield Elementary, where the roof collapsed in the storm, principal Maria "
            "Okafor said 450 pupils would be moved.",
            "She said repairs would take six weeks.",
        ),
        [("Maria Okafor", "450"), ("Maria Okafor", "six weeks")],
        [("Elementary", "six weeks")],
    ),
    (
        "irish_times_on_pier_where",
        (
            "On the pier at Dunmore, where the trawlers tie up, skipper Declan Foley said 15 boats "
            "had stayed in port.",
            "He said each lost €3,000 a day.",
        ),
        [("Declan Foley", "15"), ("Declan Foley", "€3,000")],
        [("Dunmore", "€3,000")],
    ),
    (
        "cbc_in_town_dash_aside_she",
        (
            "Mayor Paul Lenz said 800 homes were evacuated.",
            "In Rock Creek - a hamlet of 300 people on the river bend - café owner Jenna Roy, 44, "
            "was hosing mud from her floor. She said 20 businesses had been damaged.",
        ),
        [("Jenna Roy", "20")],
        [("Paul Lenz", "20")],
    ),
    (
        "express_on_road_where_quote",
        (
            "On Mill Road, where the water reached the car roofs, cabbie Stan Boyle said 25 taxis "
            "were written off.",
            '"I lost two cars," he said.',
        ),
        [("Stan Boyle", "25"), ("Stan Boyle", "two")],
        [("Road", "two")],
    ),
    (
        "yp_where_clause_name_age_she",
        (
            "On Pelham's Wharf, where the riverside cafés are used to the water, Kit Darrow, 51, "
            "owner of the Lantern, said her cellar had flooded.",
            '"We\'ve had it nine times this year," she said.',
        ),
        [("Kit Darrow", "nine times")],
        [("Wharf", "nine times"), ("Pelham's Wharf", "nine times")],
    ),
    (
        "freep_town_aside_name_age_he",
        (
            "In Grayling, a town of 4,000 on the Au Sable, Pete Varga, 70, said 12 homes were lost.",
            "He said 3 had been rebuilt.",
        ),
        [("Pete Varga", "12"), ("Pete Varga", "3")],
        [],
    ),
    # --- US, UK, EU before a role: the label, not the country -------------------------------
    (
        "reuters_senior_us_official",
        ("A senior US official said 12 tankers had been seized in the Gulf since March.",),
        [("Senior US official", "12")],
        [("US", "12")],
    ),
    (
        "ap_senior_us_official_dots",
        ("A senior U.S. official said about 400 troops would leave the base.",),
        [("Senior U.S. official", "about 400")],
        [("U.S.", "400")],
    ),
    (
        "politico_senior_eu_diplomat",
        ("A senior EU diplomat told reporters that 19 member states backed the plan.",),
        [("Senior EU diplomat", "19")],
        [("EU", "19")],
    ),
    (
        "ft_eu_diplomat_trailing",
        ("At least 14 capitals oppose the levy, a senior EU diplomat said.",),
        [("Senior EU diplomat", "At least 14")],
        [("EU", "At least 14")],
    ),
    (
        "times_uk_official",
        ("A senior UK official said 3,000 visas had been issued.",),
        [("Senior UK official", "3,000")],
        [("UK", "3,000")],
    ),
    (
        "guardian_uk_source",
        ("A UK government official said 45 flights had been chartered.",),
        [("UK government official", "45")],
        [("UK", "45")],
    ),
    (
        "wsj_us_officials",
        ("US officials said 7 drones were shot down overnight.",),
        [("US officials", "7")],
        [("US", "7")],
    ),
    (
        "ap_us_officials_trailing",
        ("The strikes hit 85 targets, U.S. officials said.",),
        [("U.S. officials", "85")],
        [("U.S.", "85")],
    ),
    (
        "bloomberg_eu_officials",
        ("EU officials said the fund would reach €40 billion by 2028.",),
        [("EU officials", "€40 billion")],
        [("EU", "€40 billion")],
    ),
    (
        "afp_one_us_official",
        ("One US defence official said 300 marines were on standby.",),
        [("US defence official", "300")],
        [("US", "300")],
    ),
    (
        "nyt_us_envoy",
        ("The US envoy said 600 aid trucks were waiting at the border.",),
        [("US envoy", "600")],
        [("US", "600")],
    ),
    (
        "politico_eu_diplomats_told",
        ("Two EU diplomats told Politico that 9 countries had asked for more time.",),
        [("EU diplomats", "9")],
        [("EU", "9")],
    ),
    (
        "reuters_us_official_speaking",
        ("A senior US official, speaking on condition of anonymity, said 20 ships were escorted.",),
        [("Senior US official", "20")],
        [("US", "20")],
    ),
    # --- a body with its place after it ---------------------------------------------------
    (
        "yp_police_in_city",
        ("Police in Leeds said 14 people were arrested after the match.",),
        [("Leeds police", "14")],
        [("Police", "14")],
    ),
    (
        "guardian_police_in_city_trailing",
        ("Six men were charged, police in Bristol said.",),
        [("Bristol police", "Six")],
        [("Police", "Six")],
    ),
    (
        "ap_police_in_city_state",
        ("Police in Tulsa said 3 officers were injured.",),
        [("Tulsa police", "3")],
        [("Police", "3")],
    ),
    (
        "reuters_police_in_country",
        ("Police in Kenya said 23 suspects were held overnight.",),
        [("Kenya police", "23")],
        [("Police", "23")],
    ),
    (
        "bbc_police_in_two_word",
        ("Police in North Yorkshire said 40 cars were stranded on the A64.",),
        [("North Yorkshire police", "40")],
        [("Police", "40")],
    ),
    (
        "punch_officials_in_state",
        ("Officials in Kano said 30 people died in the floods.",),
        [("Officials in Kano", "30")],
        [("Officials", "30")],
    ),
    (
        "dpa_authorities_in_state",
        ("Authorities in Bavaria said 5,000 homes lost power.",),
        [("Authorities in Bavaria", "5,000")],
        [("Authorities", "5,000")],
    ),
    (
        "aljaz_health_officials_in",
        ("Health officials in Gaza said 51 people were killed.",),
        [("Health officials in Gaza", "51")],
        [("Health officials", "51")],
    ),
    (
        "afp_authorities_in_city_trailing",
        ("At least 12 people drowned, authorities in Lagos said.",),
        [("Authorities in Lagos", "At least 12")],
        [("Authorities", "12")],
    ),
    (
        "cbc_officials_in_county_told",
        ("Officials in Marion County told reporters that 2,300 people had registered.",),
        [("Officials in Marion County", "2,300")],
        [("Officials", "2,300")],
    ),
    (
        "bbc_in_county_police_said",
        ("In Cumbria, police said officers went to 19 crashes overnight.",),
        [("Cumbria police", "19")],
        [("Police", "19")],
    ),
    (
        "ap_in_state_police_said",
        ("In Ohio, police said 8 people were hurt.",),
        [("Ohio police", "8")],
        [("Police", "8")],
    ),
    (
        "in_month_police_said_kept",
        ("In March, police said 8 people were hurt.",),
        [("Police", "8")],
        [("March police", "8")],
    ),
    (
        "police_in_custody_kept",
        ("Police in riot gear said 40 people were detained.",),
        [("Police", "40")],
        [],
    ),
    # --- a role of a place before an apposition name --------------------------------------
    (
        "lemonde_prefect_of_the",
        ("The prefect of the Var, Anne Rousseau, said 300 firefighters were deployed.",),
        [("Anne Rousseau", "300")],
        [("Var", "300")],
    ),
    (
        "afp_mayor_of_city",
        ("The mayor of Lyon, Paul Garnier, said 1,200 people were evacuated.",),
        [("Paul Garnier", "1,200")],
        [("Lyon", "1,200")],
    ),
    (
        "reuters_governor_of_the",
        ("The governor of the Bekaa, Samir Haddad, said 40 families were displaced.",),
        [("Samir Haddad", "40")],
        [("Bekaa", "40")],
    ),
    (
        "ansa_president_of_the_region",
        ("The president of the Marche, Luca Benedetti, said 12 bridges were closed.",),
        [("Luca Benedetti", "12")],
        [("Marche", "12")],
    ),
    (
        "hindu_collector_of_district",
        ("The collector of Wayanad, R. Meenakshi, said 2,000 people were in relief camps.",),
        [("R. Meenakshi", "2,000")],
        [("Wayanad", "2,000")],
    ),
    (
        "elpais_delegate_of_the",
        ("The government delegate in the Valencia region, Pilar Ruiz, said 62 people had died.",),
        [("Pilar Ruiz", "62")],
        [],
    ),
    (
        "rfi_prefect_trailing",
        ("About 500 homes were cut off, the prefect of the Gard, Marc Delorme, said.",),
        [("Marc Delorme", "About 500")],
        [("Gard", "About 500")],
    ),
    (
        "dw_head_of_the_district",
        ("The head of the Ahr district, Jens Vogt, said 90 roads were closed.",),
        [("Jens Vogt", "90")],
        [("Ahr district", "90")],
    ),
    # --- role words before a name -----------------------------------------------------------
    (
        "espn_quarterback",
        ("Quarterback Jalen Moss said he threw 40 passes in practice.",),
        [("Jalen Moss", "40")],
        [("Quarterback Jalen Moss", "40")],
    ),
    (
        "ap_linebacker",
        ("Linebacker Tre Odom said the defense allowed 14 points.",),
        [("Tre Odom", "14")],
        [("Linebacker Tre Odom", "14")],
    ),
    (
        "usat_running_back",
        ("Running back Cal Dorsey said he carried the ball 22 times.",),
        [("Cal Dorsey", "22 times")],
        [],
    ),
    (
        "irish_taoiseach",
        ("Taoiseach Micheál Martin said 2,000 homes would be built in Cork.",),
        [("Micheál Martin", "2,000")],
        [("Taoiseach Micheál Martin", "2,000")],
    ),
    (
        "rte_tanaiste",
        ("Tánaiste Ciarán Breen said 500 gardaí would be recruited.",),
        [("Ciarán Breen", "500")],
        [("Tánaiste Ciarán Breen", "500")],
    ),
    (
        "irish_taoiseach_trailing",
        ("The scheme will cost €80 million, Taoiseach Áine Cullen said.",),
        [("Áine Cullen", "€80 million")],
        [],
    ),
    (
        "cbc_evacuee",
        ("Evacuee Maria Lopes said 90 families were sleeping at the arena.",),
        [("Maria Lopes", "90")],
        [("Evacuee Maria Lopes", "90")],
    ),
    (
        "abc_evacuee_trailing",
        ('"We had 20 minutes to get out," evacuee Tom Birch said.',),
        [("Tom Birch", "20 minutes")],
        [("Evacuee Tom Birch", "20 minutes")],
    ),
    (
        "star_interior_cs",
        ("Interior CS Kipchumba Mwangi said 45 officers were deployed to Lamu.",),
        [("Kipchumba Mwangi", "45")],
        [("CS Kipchumba Mwangi", "45")],
    ),
    (
        "nation_health_cs_trailing",
        ("At least 1,300 cases have been recorded, Health CS Aden Waweru said.",),
        [("Aden Waweru", "At least 1,300")],
        [("CS Aden Waweru", "At least 1,300")],
    ),
    (
        "standard_treasury_cs",
        ("Treasury CS John Mbugua said the deficit would fall to 4.3 per cent.",),
        [("John Mbugua", "4.3 per cent")],
        [("CS John Mbugua", "4.3 per cent")],
    ),
    (
        "espn_point_guard",
        ("Point guard Desmond Kerr said he played 38 minutes on a sore ankle.",),
        [("Desmond Kerr", "38 minutes")],
        [],
    ),
    (
        "bbc_goalkeeper",
        ("Goalkeeper Ellis Dunn said he had kept 11 clean sheets.",),
        [("Ellis Dunn", "11")],
        [("Goalkeeper Ellis Dunn", "11")],
    ),
    (
        "ap_pitcher",
        ("Pitcher Ramon Ortega said he threw 104 pitches.",),
        [("Ramon Ortega", "104")],
        [("Pitcher Ramon Ortega", "104")],
    ),
    (
        "afp_refugee",
        ("Refugee Amina Yusuf said 30 people shared one tent.",),
        [("Amina Yusuf", "30")],
        [("Refugee Amina Yusuf", "30")],
    ),
    (
        "rte_minister_for",
        ("Minister for Housing Dara Kinsella said 4,000 homes were finished.",),
        [("Dara Kinsella", "4,000")],
        [],
    ),
    # --- a spokesperson for a body whose name has "of the" ---------------------------------
    (
        "reuters_spox_office_of_the_us",
        (
            "In Washington, a spokesperson for the Office of the US Trade Representative said the "
            "tariffs would protect 4,000 steel jobs.",
        ),
        [("Office of the US Trade Representative", "4,000")],
        [("For Office of the US Trade", "4,000")],
    ),
    (
        "ap_spox_office_of_the_trailing",
        (
            "The fund holds $2 billion, a spokesman for the Office of the Comptroller of the "
            "Currency said.",
        ),
        [("Office of the Comptroller of the Currency", "$2 billion")],
        [],
    ),
    (
        "guardian_spox_office_for",
        (
            "A spokesperson for the Office for National Statistics said 1,200 households were "
            "surveyed.",
        ),
        [("Office for National Statistics", "1,200")],
        [],
    ),
    (
        "nyt_spox_department_of",
        ("A spokeswoman for the Department of the Interior said 14 parks were closed.",),
        [("Department of the Interior", "14")],
        [("For Department of the Interior", "14")],
    ),
    (
        "ft_spox_office_of_the_eu",
        ("A spokesperson for the Office of the EU High Representative said 30 envoys attended.",),
        [("Office of the EU High Representative", "30")],
        [],
    ),
    # --- a hyphenated place before a "who" clause ------------------------------------------
    (
        "gna_hyphen_place_then_who",
        (
            "Dr Kwame Asare-Bediako, who heads the health directorate, said the "
            "Awutu-Senya-Gomoa East district had 210 cases.",
        ),
        [("Kwame Asare-Bediako", "210")],
        [("Awutu-Senya-Gomoa East", "210")],
    ),
    (
        "graphic_mp_for_hyphen_place_who",
        (
            "The MP for Ajumako-Enyan-Essiam, Kofi Ansah-Mills, who won the seat in 2020, said 40 "
            "schools had been built.",
        ),
        [("Kofi Ansah-Mills", "40")],
        [("Ajumako-Enyan-Essiam", "40")],
    ),
    (
        "citi_dce_of_hyphen_place",
        (
            "The District Chief Executive of Asante-Akim-Bosome, Ama Serwaa, who toured the site on "
            "Monday, said 75 houses had collapsed.",
        ),
        [("Ama Serwaa", "75")],
        [("Asante-Akim-Bosome", "75")],
    ),
    (
        "joy_hyphen_place_subject_who",
        (
            "Residents of Shama-Ahanta-Takoradi, who have waited six years for the road, said 300 "
            "traders had lost their stalls.",
        ),
        [("Residents", "300")],
        [("Shama-Ahanta-Takoradi", "300")],
    ),
    # --- more of the same, in other outlets' styles ---------------------------------------
    (
        "lefigaro_intendant_of",
        ("The intendant of Biobío, Rosa Marín, said 70 homes had burned.",),
        [("Rosa Marín", "70")],
        [("Biobío", "70")],
    ),
    (
        "pap_voivode_of",
        ("The voivode of Silesia, Jan Nowak, said 30 villages were cut off.",),
        [("Jan Nowak", "30")],
        [("Silesia", "30")],
    ),
    (
        "balkan_spox_office_high_rep",
        ("An official at the Office of the High Representative said 4 laws had been imposed.",),
        [("Office of the High Representative", "4")],
        [("Office of the High", "4")],
    ),
    (
        "ap_spox_trade_representative",
        ("A spokesperson for the Office of the Trade Representative said 12 cases were open.",),
        [("Office of the Trade Representative", "12")],
        [("Office of the Trade", "12")],
    ),
    (
        "mail_in_county_police_then_police",
        (
            "In Lancashire, police said 19 people had been arrested.",
            "Police added that 3 officers were hurt.",
        ),
        [("Lancashire police", "19"), ("Lancashire police", "3")],
        [],
    ),
    (
        "sky_police_in_city_then_police",
        ("Police in Derby said 22 homes were searched.", "Police said 5 guns were found."),
        [("Derby police", "22"), ("Derby police", "5")],
        [],
    ),
    (
        "haaretz_named_force_then_in_city",
        (
            "Kinneret Police said about 9,000 people attended the rally.",
            "In Tiberias, police estimated the crowd at 2,500.",
        ),
        [("Kinneret Police", "2,500")],
        [("Tiberias police", "2,500")],
    ),
    (
        "bbc_named_force_then_police_in_town",
        (
            "Wessex Vale Police said 30 officers were on duty.",
            "Police in Sherston said 4 people were arrested.",
        ),
        [("Wessex Vale Police", "4")],
        [("Sherston police", "4")],
    ),
    (
        "in_a_statement_police_kept",
        ("In a statement, police said 8 people were hurt.",),
        [("Police", "8")],
        [],
    ),
    (
        "in_county_officials_kept",
        ("In Baldwin County, officials said 650 people were in shelters.",),
        [("Officials", "650")],
        [("Baldwin County", "650")],
    ),
    (
        "freep_near_town_where_he",
        (
            "Near Gaylord, where the tornado crossed the highway, trucker Vic Ames said 15 rigs were "
            "overturned.",
            "He said 2 drivers were hurt.",
        ),
        [("Vic Ames", "15"), ("Vic Ames", "2")],
        [("Gaylord", "2")],
    ),
    (
        "guardian_eu_diplomats_trailing",
        ("Nine capitals want a delay, EU diplomats said.",),
        [("EU diplomats", "Nine")],
        [("EU", "Nine")],
    ),
    # --- a survey's dates between its owner and its verb ------------------------------------
    (
        "ap_survey_by_pollster_dates",
        ("A survey by pollster Medios Andinos conducted Aug. 10-14 showed Vera leading with 46%.",),
        [("Medios Andinos", "46%")],
        [],
    ),
    (
        "reuters_poll_by_conducted_dates",
        ("A poll by Datafolha conducted March 3-5 found 38% of voters approve of the government.",),
        [("Datafolha", "38%")],
        [],
    ),
    (
        "guardian_poll_by_carried_out",
        ("A poll by YouGov carried out between 2 and 4 June found 61% support the ban.",),
        [("YouGov", "61%")],
        [],
    ),
    (
        "afp_survey_by_conducted_in",
        ("A survey by the Afrobarometer network conducted in May showed 54% trust the courts.",),
        [("Afrobarometer", "54%")],
        [],
    ),
    (
        "bloomberg_survey_by_taken",
        ("A survey by Ipsos taken Oct. 2-6 showed 27% of respondents expect prices to fall.",),
        [("Ipsos", "27%")],
        [],
    ),
    (
        "nation_opinion_poll_by_dates",
        (
            "An opinion poll by Infotrak conducted on Jan. 8-12 showed 33% of Kenyans back the bill.",
        ),
        [("Infotrak", "33%")],
        [],
    ),
]

# Cases expected to fail at the end of this round, with why (strict: a pass is reported).
XFAIL: dict[str, str] = {}


def xf(case, reason):
    return pytest.param(*case, id=case[0], marks=pytest.mark.xfail(strict=True, reason=reason))


PARAMS = [xf(c, XFAIL[c[0]]) if c[0] in XFAIL else pytest.param(*c, id=c[0]) for c in CASES]


@pytest.mark.parametrize("case_id, paragraphs, wanted, unwanted", PARAMS)
def test_speaker_phrases(case_id, paragraphs, wanted, unwanted):
    got = {(c.speaker, c.figure_text) for c in run(*paragraphs)}
    for pair in wanted:
        assert pair in got, (pair, sorted(got))
    for pair in unwanted:
        assert pair not in got, (pair, sorted(got))
