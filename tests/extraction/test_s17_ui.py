"""Session 17, round ui: who speaks when the attribution has an unusual shape.

A bracket or apposition right after "said" ("said Amara Obi (pictured), the mayor", "said
the union, which represents 40,000 nurses"); a subject that is a document with an owner and
a maker ("the coalition's audit, carried out by Verity Partners"); "..., citing X" (the
sayer keeps the figure); passives whose receiver comes first ("the inquiry was told by ...");
places after prepositions that must not become speakers ("said in Lagos", "told reporters in
Geneva", "speaking from Nairobi"); relative clauses after a role or a name; "X's
spokesperson said"; "according to figures from X" and "according to X figures"; and verbs
that state a figure ("put the toll at", "puts the number at", "tallied", "counted",
"logged", "recorded", "registered", "pegged", "reckons", "projects"). Every sentence is
invented, in many outlets' house styles.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_speakers import run

OUTLET = "Test Herald"


def xfail(case, reason):
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason), id=case[0])


# Each case: (id, paragraphs, pairs that must be found, pairs that must not, options for run).
# A pair is (speaker, figure as written).
CASES = [
    # --- a bracket or an apposition right after "said" -------------------------------------
    (
        "punch_pictured_then_role",
        (
            "Floodwater entered up to 240 homes in Ikorodu overnight, said Amara Obi (pictured), "
            "the council chairman.",
        ),
        [("Amara Obi", "up to 240")],
        [],
        {},
    ),
    (
        "guardian_above_bracket",
        (
            "Rents in the borough rose 11% last year, said Councillor Megan Pryce (above), who "
            "chairs the housing committee.",
        ),
        [("Megan Pryce", "11%")],
        [],
        {},
    ),
    (
        "mirror_left_bracket",
        ('"We lost 300 sheep in one night," said Dafydd Rees (left), a hill farmer near Brecon.',),
        [("Dafydd Rees", "300")],
        [],
        {},
    ),
    (
        "times_centre_bracket",
        (
            "The trust has 84 unfilled nursing posts, said Dr Ines Carvalho (centre), its chief "
            "nurse.",
        ),
        [("Ines Carvalho", "84")],
        [],
        {},
    ),
    (
        "star_photo_bracket",
        (
            "About 1,500 traders will be moved to the new market, said Nairobi county executive "
            "Peter Kamau (in photo).",
        ),
        [("Peter Kamau", "About 1,500")],
        [],
        {},
    ),
    (
        "ap_role_apposition",
        ("The fire destroyed 62 homes, said Luis Ortega, the county's emergency manager.",),
        [("Luis Ortega", "62")],
        [],
        {},
    ),
    (
        "reuters_union_which_represents",
        (
            "Nurses worked 1,200 hours of unpaid overtime in March, said the Westfield Nurses Union, "
            "which represents 40,000 nurses.",
        ),
        [("Westfield Nurses Union", "1,200 hours")],
        [],
        {},
    ),
    (
        "ft_lobby_which_counts",
        (
            "Exports of cut flowers fell 18% in the first half, said the Flower Growers Council, "
            "which counts 310 farms among its members.",
        ),
        [("Flower Growers Council", "18%")],
        [],
        {},
    ),
    (
        "bbc_age_after_name",
        (
            "The harvest was down by a third and prices had fallen to 40p a kilo, said Gwen Talbot, "
            "58, who grows apples near Ledbury.",
        ),
        [("Gwen Talbot", "40p")],
        [],
        {},
    ),
    (
        "reuters_acronym_bracket",
        ("Prices rose 2.4% in May, said the Central Statistics Bureau (CSB).",),
        [("Central Statistics Bureau", "2.4%")],
        [],
        {},
    ),
    (
        "afp_acronym_then_role",
        (
            "At least 35 people died, said the Civil Protection Agency (CPA), the country's main "
            "disaster body.",
        ),
        [("Civil Protection Agency", "At least 35")],
        [],
        {},
    ),
    (
        "nation_said_name_comma_title_of",
        (
            "Some 4,000 tonnes of maize have been delivered, said Joyce Wanjiru, chief executive "
            "of the Cereals Board.",
        ),
        [("Joyce Wanjiru", "Some 4,000 tonnes")],
        [],
        {},
    ),
    (
        "hindu_said_name_comma_in_interview",
        (
            "The plant will hire 900 workers, said Suresh Iyer, managing director of Kaveri "
            "Textiles, in an interview.",
        ),
        [("Suresh Iyer", "900")],
        [],
        {},
    ),
    xfail(
        (
            "independent_spokesperson_for_bracket",
            (
                "Services on the line will run every 20 minutes, said a spokesperson for Northvale "
                "Trains (NVT).",
            ),
            [("Northvale Trains", "20 minutes")],
            [],
            {},
        ),
        "names: 'Northvale Trains' is read as a person's name, so the role stays in the speaker",
    ),
    (
        "abc_pictured_before_said",
        ("Grazier Tom Hennessy (pictured) said he had sold 1,100 head of cattle since June.",),
        [("Tom Hennessy", "1,100")],
        [],
        {},
    ),
    # --- a document whose owner and maker are both named ------------------------------------
    (
        "zambia_person_says_coalitions_audit",
        (
            "Lusaka Civic Alliance secretary general Mwila Chanda said the alliance's own audit, "
            "carried out by 900 volunteers, had found 210 000 duplicate entries.",
        ),
        [("Mwila Chanda", "210 000"), ("Mwila Chanda", "900")],
        [],
        {},
    ),
    (
        "reuters_audit_carried_out_by",
        (
            "The coalition's audit, carried out by Verity Partners, found 18,000 names with no "
            "address, said the Citizens' Coalition.",
        ),
        [("Citizens' Coalition", "18,000")],
        [("Verity Partners", "18,000")],
        {},
    ),
    (
        "guardian_report_commissioned_by",
        (
            "A report by the Tarn Institute, commissioned by the Department for Education, found "
            "that 14% of teachers planned to leave within a year.",
        ),
        [("Tarn Institute", "14%")],
        [("Department for Education", "14%")],
        {},
    ),
    (  # (round uc: a poll that counts the people it asked is the pollster's)
        "wire_analysts_polled_by",
        ("Nine of 12 economists polled by Reuters had expected a hold.",),
        [("Reuters", "12")],
        [("Economists", "12")],
        {},
    ),
    xfail(
        (
            "wire_economists_polled_by_forecast",
            ("Economists polled by Reuters had forecast a reading of 3.1%.",),
            [("Reuters", "3.1%")],
            [("Economists", "3.1%")],
            {},
        ),
        "convention: an outlet's poll stays the analysts' (rule documented in claims/extraction/__init__.py); most heldout gold credits the outlet",
    ),
    (
        "batimes_analysts_polled_by_bank",
        (
            "Analysts polled by the Banco Central del Sur in its monthly survey had pencilled in "
            "2.3 percent.",
        ),
        [("Banco Central del Sur", "2.3 percent")],
        [("Analysts", "2.3 percent")],
        {},
    ),
    xfail(
        (
            "bloomberg_economists_surveyed_by",
            ("Economists surveyed by Bloomberg see the rate at 4.25% by December.",),
            [("Bloomberg", "4.25%")],
            [("Economists", "4.25%")],
            {},
        ),
        "'see ... at' after an outlet's poll is read as no statement at all",
    ),
    (
        "euronews_projections_by",
        ("Projections by the Sofia-based Danube Polling Institute give the Reform bloc 81 seats.",),
        [("Danube Polling Institute", "81")],
        [],
        {},
    ),
    (
        "smh_figures_from_firm_show",
        (
            "Figures from property data firm Keyline Analytics show the vacancy rate was 1.2 per "
            "cent in March.",
        ),
        [("Keyline Analytics", "1.2 per cent")],
        [],
        {},
    ),
    (
        "hindu_data_placed_before_parliament_by",
        (
            "According to data placed before Parliament by the Ministry of Railways, 312 people "
            "died in level-crossing accidents last year.",
        ),
        [("Ministry of Railways", "312")],
        [],
        {},
    ),
    (
        "et_data_compiled_by",
        (
            "Net profit rose to 8,210 crore rupees, slightly above the 8,050 crore rupees analysts "
            "had expected, according to data compiled by Meridian Data Services.",
        ),
        [("Meridian Data Services", "8,050 crore rupees")],
        [],
        {},
    ),
    (
        "toi_data_released_by",
        (
            "Maharashtra reported 2,140 new dengue cases last week, according to data released by "
            "the State Health Department on Friday.",
        ),
        [("State Health Department", "2,140")],
        [],
        {},
    ),
    (
        "scroll_data_compiled_from_hospitals_by",
        (
            "Pune recorded 41 heatstroke deaths in May, according to data compiled from nine "
            "hospitals by the Heat Action Collective, a non-profit.",
        ),
        [("Heat Action Collective", "41")],
        [],
        {},
    ),
    (
        "guardian_survey_conducted_for",
        (
            "A survey of 2,000 renters carried out by Opinary for the charity Shelterline found "
            "that 37% had cut back on food to pay rent.",
        ),
        [("Shelterline", "37%")],
        [],
        {},
    ),
    (
        "economist_study_led_by",
        (
            "A study led by researchers at the University of Tartu found that 23% of lakes had "
            "lost their winter ice cover.",
        ),
        [("University of Tartu", "23%")],
        [],
        {},
    ),
    # --- "..., citing X": the one who cites keeps the figure --------------------------------
    (
        "tass_reported_citing",
        (
            "At least 42 people were killed, the Vostok News agency reported, citing the regional "
            "health ministry.",
        ),
        [("Vostok News agency", "At least 42")],
        [],
        {},
    ),
    (
        "xinhua_citing_local",
        (
            "Heavy rain has forced 16,000 people from their homes, Meridia News Agency said, citing "
            "local authorities.",
        ),
        [("Meridia News Agency", "16,000")],
        [],
        {},
    ),
    (
        "dhaka_oc_citing_witnesses",
        (
            "The bus was carrying 52 passengers when it overturned, Kamrul Hasan, officer in charge "
            "of Sadar police station, said, citing witnesses.",
        ),
        [("Kamrul Hasan", "52")],
        [],
        {},
    ),
    (
        "arabnews_analyst_citing_data",
        (
            "Cement sales rose 7 percent in October, said Faisal Al-Otaibi, a Riyadh-based analyst "
            "at Dune Research, citing industry data.",
        ),
        [("Faisal Al-Otaibi", "7 percent")],
        [("Dune Research", "7 percent")],
        {},
    ),
    xfail(
        (
            "cnbc_bank_citing_inflation",
            (
                "The Reserve Bank of Marovia cut its key rate by 50 basis points, citing a faster fall "
                "in inflation.",
            ),
            [("Reserve Bank of Marovia", "50 basis points")],
            [],
            {},
        ),
        "an action with ', citing' stays the outlet's: the heldout sets disagree (Dawn, The Independent vs heldout115)",
    ),
    (
        "reuters_citing_sources",
        (
            "The company plans to cut about 1,800 jobs, Bloomberg News reported, citing people "
            "familiar with the matter.",
        ),
        [("Bloomberg News", "about 1,800")],
        [],
        {},
    ),
    (
        "hurriyet_quote_citing_research",
        (
            '"A family of four needs at least 61,000 liras a month," Emre Aksoy said, citing the '
            "union's own research.",
        ),
        [("Emre Aksoy", "at least 61,000 liras")],
        [],
        {},
    ),
    (
        "kyodo_citing_police",
        (
            "Two climbers were found dead near the summit, public broadcaster NHK said, citing "
            "police.",
        ),
        [("NHK", "Two")],
        [],
        {},
    ),
    (
        "ap_citing_a_report",
        (
            "The state has 38 abandoned mines that leak acid, said Carla Brandt of the Clean Rivers "
            "Project, citing a 2022 state report.",
        ),
        [("Carla Brandt", "38")],
        [],
        {},
    ),
    (
        "wsj_citing_filings",
        (
            "The fund lost $410 million in the quarter, analysts at Harlow Securities said, citing "
            "regulatory filings.",
        ),
        [("Harlow Securities", "$410 million")],
        [],
        {},
    ),
    # --- passives whose receiver comes first ------------------------------------------------
    (
        "guardian_jury_was_told_by",
        (
            "Officers are meant to check a detainee every 30 minutes, the jury was told by Insp "
            "Robert Hale of the force's custody unit.",
        ),
        [("Robert Hale", "30 minutes")],
        [],
        {},
    ),
    (
        "bbc_inquiry_was_told_by_that",
        (
            "The inquiry was told by Dr Mira Solberg that 62 patients had waited more than 12 "
            "hours.",
        ),
        [("Mira Solberg", "62")],
        [],
        {},
    ),
    (
        "dawn_committee_was_told_by",
        (
            "A Senate committee was told by railways secretary Imran Qadir on Tuesday that losses "
            "had reached Rs51 billion.",
        ),
        [("Imran Qadir", "Rs51 billion")],
        [],
        {},
    ),
    (
        "independent_mps_were_told_by",
        (
            "MPs were told by Home Office official Jane Rudd that 3,400 asylum claims were still "
            "waiting for a decision.",
        ),
        [("Jane Rudd", "3,400")],
        [],
        {},
    ),
    (
        "rte_tribunal_heard_from",
        (
            "The tribunal was told by the hospital's director, Dr Ciaran Walsh, that 17 beds had "
            "been closed.",
        ),
        [("Ciaran Walsh", "17")],
        [],
        {},
    ),
    xfail(
        (
            "politico_committee_was_told_trailing",
            (
                "The energy committee was told 40 wells had run dry since March by Pieter de Groot, "
                "head of the water board.",
            ),
            [("Pieter de Groot", "40")],
            [],
            {},
        ),
        "a 'by' after the whole told clause is not read",
    ),
    (
        "courts_was_told_by_prosecutor",
        (
            "Weston Crown Court was told by prosecutor Helen Marsh that the defendant had taken "
            "£84,000 from the charity.",
        ),
        [("Helen Marsh", "£84,000")],
        [],
        {},
    ),
    (
        "straits_parliament_was_told_by_minister",
        (
            "Parliament was told by Senior Minister of State Lim Wei Jie that 1,300 workers had "
            "been injured on lorries last year.",
        ),
        [("Lim Wei Jie", "1,300")],
        [],
        {},
    ),
    (
        "wire_were_informed_by",
        (
            "Residents were informed by the Harbour Water Authority that supplies would be cut for "
            "36 hours.",
        ),
        [("Harbour Water Authority", "36 hours")],
        [],
        {},
    ),
    (
        "wire_was_estimated_by",
        ("Damage was estimated by the Provincial Disaster Office at 2.4 billion pesos.",),
        [("Provincial Disaster Office", "2.4 billion pesos")],
        [],
        {},
    ),
    # --- places after prepositions never speak ----------------------------------------------
    (
        "afp_said_in_city",
        ("Some 2,300 people have crossed the border since Friday, Mariam Diallo said in Bamako.",),
        [("Mariam Diallo", "Some 2,300")],
        [("Bamako", "2,300")],
        {},
    ),
    (
        "reuters_told_reporters_in_city",
        (
            "About 900 children have been separated from their families, Unicef spokesman Jonas "
            "Keller told reporters in Geneva.",
        ),
        [("Jonas Keller", "About 900")],
        [("Geneva", "900")],
        {},
    ),
    (
        "nation_said_from_city",
        (
            "We have registered 14,000 new arrivals this month, agency spokeswoman Leah Otieno said "
            "from Nairobi.",
        ),
        [("Leah Otieno", "14,000")],
        [("Nairobi", "14,000")],
        {},
    ),
    (
        "aljazeera_speaking_from",
        (
            "Speaking from Amman, Hana Saleh of the World Food Programme said 600 trucks were "
            "waiting at the border.",
        ),
        [("Hana Saleh", "600")],
        [("Amman", "600")],
        {},
    ),
    (
        "unhcr_spokeswoman_in_city_name",
        (
            "UNHCR spokeswoman in Beirut Rania Khalil said the agency had helped 38,000 people "
            "return home.",
        ),
        [("Rania Khalil", "38,000")],
        [("UNHCR", "38,000")],
        {},
    ),
    (
        "who_representative_in_country",
        ("The WHO representative in Yemen, Dr Omar Nasser, said 120 clinics had closed.",),
        [("Omar Nasser", "120")],
        [("Yemen", "120")],
        {},
    ),
    (
        "dw_told_news_conference_in",
        (
            "Exports fell 6% in the first quarter, Economy Minister Karl Brandt told a news "
            "conference in Berlin.",
        ),
        [("Karl Brandt", "6%")],
        [("Berlin", "6%")],
        {},
    ),
    (
        "ghana_speaking_at_briefing_in",
        (
            "Dr Efua Boateng, who was speaking at a press briefing in Takoradi on Monday, said the "
            "Shama district was the worst affected with 312 cases.",
        ),
        [("Efua Boateng", "312")],
        [("Shama", "312")],
        {},
    ),
    (
        "monitor_said_in_district",
        ("The water level had risen by 2 metres, said Moses Okello in Kasese district.",),
        [("Moses Okello", "2 metres")],
        [],
        {},
    ),
    (
        "aa_said_in_a_statement_in",
        ("Some 150 people were rescued, the coast guard said in a statement in Izmir.",),
        [("Coast guard", "Some 150")],
        [("Izmir", "150")],
        {},
    ),
    (
        "france24_said_on_visit_to",
        (
            "The government will release 80 million euros for reconstruction, Prime Minister Alain "
            "Roux said on a visit to Valence.",
        ),
        [("Alain Roux", "80 million euros")],
        [("Valence", "80 million euros")],
        {},
    ),
    (
        "yonhap_told_parliament_in",
        (
            "North Korea has about 70 kilograms of plutonium, Defence Minister Park Jae-won told "
            "lawmakers in Seoul.",
        ),
        [("Park Jae-won", "about 70 kilograms")],
        [("Seoul", "70 kilograms")],
        {},
    ),
    (
        "eastafrican_said_in_town_name_like_person",
        (
            "Our clinic has seen 45 cholera cases this week, nurse Grace Atieno said in Kisumu "
            "town.",
        ),
        [("Grace Atieno", "45")],
        [],
        {},
    ),
    (
        "bbc_speaking_to_bbc_from",
        (
            "Speaking to the BBC from Khartoum, aid worker Salma Idris said 25 families shared "
            "one well.",
        ),
        [("Salma Idris", "25")],
        [],
        {},
    ),
    (
        "express_head_in_city_name",
        ("Red Cross head in Gaziantep Murat Demir said 4,500 tents had been handed out.",),
        [("Murat Demir", "4,500")],
        [],
        {},
    ),
    # --- relative clauses after a role or a name --------------------------------------------
    (
        "cnn_minister_who_expects",
        (
            "Interior Minister Hana Berisha, who expects 3,000 arrivals this month, said the camps "
            "were already full.",
        ),
        [("Hana Berisha", "3,000")],
        [],
        {},
    ),
    (
        "reuters_said_name_who_raised_target",
        (
            '"This is the cleanest AI play in Asia," said Daniel Ho, head of research at Amberley '
            "Securities in Hong Kong, who raised his price target to HK$96 from HK$88.",
        ),
        [("Daniel Ho", "HK$96")],
        [],
        {},
    ),
    (
        "guardian_chief_who_estimates",
        (
            "The chief executive, Laura Finch, who estimates that 2,000 jobs are at risk, said the "
            "board would meet on Friday.",
        ),
        [("Laura Finch", "2,000")],
        [],
        {},
    ),
    (
        "ap_mayor_who_said",
        ("Mayor Tom Ruiz, who said 14 streets remained closed, urged drivers to stay home.",),
        [("Tom Ruiz", "14")],
        [],
        {},
    ),
    (
        "mint_analyst_who_forecasts",
        (
            "Priya Nair, an economist at Coromandel Capital who forecasts growth of 6.4%, said the "
            "budget was prudent.",
        ),
        [("Priya Nair", "6.4%")],
        [],
        {},
    ),
    (
        "dw_union_which_represents_subject",
        (
            "The Rail Workers' Union, which represents some 90,000 staff, said it wanted a 7% pay "
            "rise.",
        ),
        [("Rail Workers' Union", "7%")],
        [],
        {},
    ),
    (
        "reuters_company_which_employs",
        ("Halden Steel, which employs 4,200 people in Wales, said output fell 9% last year.",),
        [("Halden Steel", "9%")],
        [],
        {},
    ),
    (
        "ani_hospital_which_has_opened",
        (
            "At City General Hospital, which has opened a 20-bed heat ward, 11 patients have been "
            "admitted, said Dr Kavita Rao, who heads the ward.",
        ),
        [("Kavita Rao", "11")],
        [],
        {},
    ),
    (
        "nyt_who_has_tracked",
        (
            "Ana Ruiz, a researcher who has tracked deaths on the border for a decade, said 171 "
            "bodies were found last year.",
        ),
        [("Ana Ruiz", "171")],
        [],
        {},
    ),
    (
        "bloomberg_whose_firm_manages",
        ("Olaf Berg, whose firm manages $3 billion, said he had sold 40% of his bank shares.",),
        [("Olaf Berg", "40%")],
        [],
        {},
    ),
    # --- "X's spokesperson said" and kin ----------------------------------------------------
    (
        "wire_company_spokesperson",
        (
            "Norrland Rail will cancel trains on Friday. A Norrland Rail spokesperson said 14 "
            "services would be affected.",
        ),
        [("Norrland Rail", "14")],
        [],
        {},
    ),
    (
        "wire_possessive_spokesperson_named",
        ("Norrland Rail's spokesperson, Eva Lund, said 14 services would be cancelled.",),
        [("Eva Lund", "14")],
        [],
        {},
    ),
    (
        "wire_possessive_spokeswoman",
        ("Halvorsen Foods' spokeswoman said the recall covered 22,000 jars.",),
        [("Halvorsen Foods", "22,000")],
        [],
        {},
    ),
    (
        "wire_spokesman_for",
        ("A spokesman for the Kenya Red Cross said 3,100 households had been displaced.",),
        [("Kenya Red Cross", "3,100")],
        [],
        {},
    ),
    (
        "wire_its_researchers_said",
        (
            "The Institute for Rural Affairs published its annual poll on Monday.",
            "Its researchers said support for the scheme had fallen by 6 percentage points.",
        ),
        [("Institute for Rural Affairs", "6 percentage points")],
        [("Its researchers", "6 percentage points")],
        {},
    ),
    (
        "wire_ministrys_spokesman",
        (
            "The Ministry of Water said on Monday that rationing would begin.",
            "The ministry's spokesman said 12 reservoirs were below 20% of capacity.",
        ),
        [("Ministry of Water", "12")],
        [],
        {},
    ),
    (
        "wire_possessive_press_office",
        ("Brightwater University's press office said 1,900 students had enrolled.",),
        [("Brightwater University", "1,900")],
        [],
        {},
    ),
    (
        "wire_company_chief_executive_named",
        ("Halden Steel's chief executive, Mark Owen, said 600 jobs would go.",),
        [("Mark Owen", "600")],
        [("Halden Steel", "600")],
        {},
    ),
    # --- "according to figures from X" and "according to X figures" ------------------------
    (
        "according_to_figures_from",
        ("Arrivals rose 14% in July, according to figures from the Tourism Authority of Marovia.",),
        [("Tourism Authority of Marovia", "14%")],
        [],
        {},
    ),
    (
        "according_to_x_figures",
        ("Arrivals rose 14% in July, according to Tourism Authority figures.",),
        [("Tourism Authority", "14%")],
        [],
        {},
    ),
    (
        "according_to_data_from",
        ("House prices fell 3.2% in the year to May, according to data from Keystone Mortgages.",),
        [("Keystone Mortgages", "3.2%")],
        [],
        {},
    ),
    (
        "according_to_latest_figures_from",
        (
            "Unemployment stood at 7.1% in the second quarter, according to the latest figures from "
            "the National Statistics Office.",
        ),
        [("National Statistics Office", "7.1%")],
        [],
        {},
    ),
    (
        "according_to_possessive_figures",
        ("Some 8,400 homes lost power, according to Northgrid's figures.",),
        [("Northgrid", "Some 8,400")],
        [],
        {},
    ),
    (
        "according_to_estimates_by",
        (
            "The storm caused $2.1 billion in insured losses, according to estimates by Karsten "
            "Risk.",
        ),
        [("Karsten Risk", "$2.1 billion")],
        [],
        {},
    ),
    (
        "figures_from_x_showed",
        ("Figures from the Port Authority showed 1,420 ships called at the port in June.",),
        [("Port Authority", "1,420")],
        [],
        {},
    ),
    (
        "x_figures_show",
        ("Police figures show 312 knife crimes were recorded in the city last year.",),
        [("Police", "312")],
        [],
        {},
    ),
    (
        "data_from_x_published",
        (
            "Data from the Central Bank of Marovia published on Thursday showed reserves fell to "
            "$4.8 billion.",
        ),
        [("Central Bank of Marovia", "$4.8 billion")],
        [],
        {},
    ),
    (
        "according_to_a_tally_by",
        (
            "At least 61 journalists have been killed this year, according to a tally by the Press "
            "Freedom Trust.",
        ),
        [("Press Freedom Trust", "At least 61")],
        [],
        {},
    ),
    # --- verbs that state a figure ----------------------------------------------------------
    (
        "dawn_commission_put_flow_at",
        (
            "The Federal Flood Commission, in its daily bulletin, put the flow of the Chenab at "
            "Marala at 310,000 cusecs on Tuesday.",
        ),
        [("Federal Flood Commission", "310,000")],
        [],
        {},
    ),
    (
        "reuters_put_the_toll_at",
        ("The National Disaster Agency put the death toll at 84 on Wednesday.",),
        [("National Disaster Agency", "84")],
        [],
        {},
    ),
    (
        "afp_puts_the_number_at",
        ("The Red Crescent puts the number of displaced at 12,000.",),
        [("Red Crescent", "12,000")],
        [],
        {},
    ),
    (
        "gleaner_organisers_put_turnout",
        (
            "The Teachers' Federation put the turnout at 15,000, while police estimated the crowd "
            "at 6,000.",
        ),
        [("Teachers' Federation", "15,000")],
        [],
        {},
    ),
    (
        "france24_tallied",
        ("The civil defence agency tallied 84 collapsed buildings by nightfall.",),
        [("Civil defence agency", "84")],
        [],
        {},
    ),
    (
        "peru_counted",
        ("By midday, Indeci counted 380 homes destroyed and another 1,200 damaged.",),
        [("Indeci", "380"), ("Indeci", "1,200")],
        [],
        {},
    ),
    (
        "cnn_has_counted",
        (
            "The Gun Safety Archive, a nonprofit that tracks shootings, has counted 131 mass "
            "shootings so far this year.",
        ),
        [("Gun Safety Archive", "131")],
        [],
        {},
    ),
    xfail(
        (
            "hindu_logged",
            (
                "The National Centre for Disease Control logged 36,200 suspected heatstroke cases "
                "between March and June.",
            ),
            [("National Centre for Disease Control", "36,200")],
            [],
            {},
        ),
        "'logged' as a verb of saying lost pairs on headline places ('Karnataka logs 1,240'); not added",
    ),
    (
        "gulfnews_recorded",
        ("The National Weather Centre recorded 48.6C in Liwa on Sunday.",),
        [("National Weather Centre", "48.6C")],
        [],
        {},
    ),
    (
        "gulfnews_recording_participle",
        (
            "Heavy rain hit the north on Tuesday, with the National Weather Centre recording up to "
            "88mm at its Fujairah station.",
        ),
        [("National Weather Centre", "up to 88mm")],
        [],
        {},
    ),
    xfail(
        (
            "bizday_registered",
            ("The Companies Registry registered 3,400 new businesses in June.",),
            [("Companies Registry", "3,400")],
            [],
            {},
        ),
        "'registered' as a verb of saying lost pairs ('companies registered in the U.K.'); not added",
    ),
    (
        "ft_pegged",
        ("Analysts at Fenwick Partners pegged the cost of the merger at $2.3 billion.",),
        [("Fenwick Partners", "$2.3 billion")],
        [],
        {},
    ),
    (
        "economist_reckons",
        ("Capital Insight, a consultancy, reckons that growth will slow to 1.1% next year.",),
        [("Capital Insight", "1.1%")],
        [],
        {},
    ),
    (
        "imf_projects",
        ("The International Monetary Fund projects growth of 3.2% in 2026.",),
        [("International Monetary Fund", "3.2%")],
        [],
        {},
    ),
    (
        "copom_said_it_projects",
        ("In its statement, the committee said it projects inflation of 4.1% for 2026.",),
        [("Committee", "4.1%")],
        [],
        {},
    ),
    (
        "bbc_estimates_put",
        ("Estimates by the Marine Trust put the number of seals on the coast at 2,600.",),
        [("Marine Trust", "2,600")],
        [],
        {},
    ),
    (
        "guardian_has_tallied",
        (
            "Open Ledger, a transparency group, has tallied £1.2bn in contracts awarded without "
            "competition.",
        ),
        [("Open Ledger", "£1.2bn")],
        [],
        {},
    ),
    (
        "npr_counts",
        ("The Refugee Council counts 2,700 people sleeping rough in the city.",),
        [("Refugee Council", "2,700")],
        [],
        {},
    ),
    xfail(
        (
            "times_logs",
            ("The Met Office logged 14 hours of sunshine at Herne Bay.",),
            [("Met Office", "14 hours")],
            [],
            {},
        ),
        "'logs' as a verb of saying lost pairs on headline places; not added",
    ),
    (
        "rappler_pegs",
        ("The Disaster Risk Council pegs the damage to crops at P1.4 billion.",),
        [("Disaster Risk Council", "P1.4 billion")],
        [],
        {},
    ),
    (
        "reuters_recorded_cases",
        ("The Ministry of Health has recorded 1,342 cases and 38 deaths in the county.",),
        [("Ministry of Health", "1,342"), ("Ministry of Health", "38")],
        [],
        {},
    ),
    (
        "star_registered_subject_not_place",
        (
            "Kenya registered 1,900 new HIV infections among teenagers last year, the National "
            "AIDS Council said.",
        ),
        [("National AIDS Council", "1,900")],
        [],
        {},
    ),
    (
        "wire_estimates_putting",
        (
            "The Port Authority put losses at $40 million a day, while shipping agents estimated "
            "them at twice that.",
        ),
        [("Port Authority", "$40 million")],
        [],
        {},
    ),
    # --- the rules of this round, in other words -------------------------------------------
    (
        "ghanaian_times_confirmed_by_tests",
        (
            "Dr Ama Owusu said 300 cholera cases had been recorded in the Volta Region.",
            "She said 41 of the cases had been confirmed by laboratory tests at the Ho Teaching "
            "Hospital.",
        ),
        [("Ama Owusu", "41")],
        [("Laboratory", "41")],
        {},
    ),
    (
        "ghanaian_times_long_who_clause_acronym",
        (
            "Dr Ama Owusu said 300 cholera cases had been recorded in the Volta Region.",
            "Dr Owusu, who was speaking at a press briefing in Ho on Tuesday, said the Keta "
            "(KMA) Municipality was the worst affected with 140 cases.",
        ),
        [("Ama Owusu", "140")],
        [("Keta", "140")],
        {},
    ),
    (
        "parliament_heard_from_appos",
        ("MPs heard from the regulator's chief executive, Ana Ruiz, that 400 firms had failed.",),
        [("Ana Ruiz", "400")],
        [],
        {},
    ),
    (
        "times_of_india_observatory_recording",
        (
            "Rain lashed the city on Monday, with the Colaba observatory recording 180mm in 24 "
            "hours.",
        ),
        [(OUTLET, "180mm")],
        [("Colaba observatory", "180mm")],
        {},
    ),
    (
        "reuters_analyst_who_cut_her_target",
        (
            '"Margins will stay thin," said Mei Tan, an analyst at Corrib Capital in Singapore, '
            "who cut her price target to S$4.10.",
        ),
        [("Mei Tan", "S$4.10")],
        [],
        {},
    ),
    (
        "ap_official_in_city_name",
        ("IOM chief of mission in Kabul Laura Brandt said 36,000 people crossed on Friday.",),
        [("Laura Brandt", "36,000")],
        [("IOM", "36,000")],
        {},
    ),
    (
        "ft_data_submitted_to_regulator_by",
        ("According to figures submitted to the regulator by Northgrid, 1,900 homes lost power.",),
        [("Northgrid", "1,900")],
        [],
        {},
    ),
    (
        "ansa_ship_operated_by",
        (
            "The rescue ship Stella Maris, operated by the Spanish charity Mar Abierto, said it had "
            "taken 96 people on board off Libya.",
        ),
        [("Mar Abierto", "96")],
        [("Stella Maris", "96")],
        {},
    ),
    (
        "bbc_ship_run_by_charity",
        (
            "The Northern Light, a rescue boat run by the charity Sea Watchers, said it had picked "
            "up 41 people.",
        ),
        [("Sea Watchers", "41")],
        [("Northern Light", "41")],
        {},
    ),
    # --- near misses that must stay as they are ----------------------------------------------
    (
        "plain_said_kept",
        ("About 900 homes lost power, the utility Northgrid said.",),
        [("Northgrid", "About 900")],
        [],
        {},
    ),
    (
        "plain_according_to_kept",
        ("About 900 homes lost power, according to Northgrid.",),
        [("Northgrid", "About 900")],
        [],
        {},
    ),
    (
        "place_as_subject_of_recorded_outlet",
        (
            "Guanajuato recorded 1,180 homicides between January and June, the Public Security "
            "Secretariat said.",
        ),
        [("Public Security Secretariat", "1,180")],
        [("Guanajuato", "1,180")],
        {},
    ),
    (
        "told_reporters_without_place",
        ("Exports fell 6%, Trade Minister Ana Duarte told reporters.",),
        [("Ana Duarte", "6%")],
        [],
        {},
    ),
    (
        "said_in_a_statement_kept",
        ("The airline said in a statement that 48 flights were cancelled.",),
        [("Airline", "48")],
        [],
        {},
    ),
    (
        "spokesman_said_later_name",
        ("Police said 19 people were arrested, spokesman Tom Akers said.",),
        [("Tom Akers", "19")],
        [],
        {},
    ),
    (
        "no_speaker_place_only",
        ("Temperatures in Lahore reached 47C on Monday.",),
        [(OUTLET, "47C")],
        [("Lahore", "47C")],
        {},
    ),
    (
        "court_heard_from",
        (
            "The court heard from forensic accountant Neil Barr that £2.6m had passed through the "
            "accounts.",
        ),
        [("Neil Barr", "£2.6m")],
        [],
        {},
    ),
]


@pytest.mark.parametrize(
    "case_id, paragraphs, wanted, unwanted, options", CASES, ids=[c[0] for c in CASES]
)
def test_unusual_attribution_shape(case_id, paragraphs, wanted, unwanted, options):
    got = {(c.speaker, c.figure_text) for c in run(*paragraphs, **options)}
    for pair in wanted:
        assert pair in got, (pair, sorted(got))
    for pair in unwanted:
        assert pair not in got, (pair, sorted(got))
