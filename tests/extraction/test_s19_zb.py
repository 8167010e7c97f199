"""Session 19, round zb: which person speaks when a sentence names a person beside a body or
a role, or another person.

A person named before a capitalised title and the body it serves, each in commas ("R. Menon,
Chief Engineer (Works), Eastern Railway, said"), speaks, not the title. A person named in
apposition to a body's role with a remit ("The AU's head of mission support, Ambassador X,
said", "The agency's director for Africa, Dr X, said") speaks, not the body nor the role.
"He" or "she" is never a person the same sentence names by a bare surname outside its opening
subject ("She noted that voters favoured Ferrell 52% to 37%" is the pollster's, not
Ferrell's), while "Ms Obi owes $600, she said" stays Ms Obi's own account. Analysts,
economists or strategists "led by" a named person speak through that person. Every sentence
is invented, in many outlets' house styles.
"""

from __future__ import annotations

import pytest

from tests.extraction.cases import case_params, check_pairs

# Each case: (id, paragraphs, pairs that must be found, pairs that must not, options for run).
CASES = [
    # --- "Name, Capitalised Title, Body, said" --------------------------------------------
    ("hindu_name_chief_engineer_paren_railway",
     ("K. Raghavan, Chief Engineer (Construction), Western Railway, said the project "
      "involved building 31 major bridges.",),
     [("K. Raghavan", "31")], [("Chief Engineer", "31")], {}),
    ("hindu_name_deputy_director_paren_metro",
     ("S. Lakshmi, Deputy Director (Planning), Metro Rail, said the line would have 18 "
      "stations.",),
     [("S. Lakshmi", "18")], [("Deputy Director", "18")], {}),
    ("punch_name_managing_director_company",
     ("Tunde Bakare, Managing Director, Oakridge Foods, said sales rose 22 per cent.",),
     [("Tunde Bakare", "22 per cent")], [("Managing Director", "22 per cent")], {}),
    ("graphic_gh_name_chief_executive_firm",
     ("Kofi Mensah, Chief Executive Officer, Volta Cocoa Traders, said exports fell by 14 "
      "per cent.",),
     [("Kofi Mensah", "14 per cent")], [("Chief Executive Officer", "14 per cent")], {}),
    ("daily_star_bd_name_director_board",
     ("Mohammad Alam, Director, Port Authority, said 2,300 containers were waiting.",),
     [("Mohammad Alam", "2,300")], [("Director", "2,300")], {}),
    ("tribune_pk_name_general_manager_railways",
     ("Imran Qureshi, General Manager, Pakistan Railways, said 46 trains were cancelled.",),
     [("Imran Qureshi", "46")], [("General Manager", "46")], {}),
    ("new_vision_name_commissioner_water",
     ("Grace Namutebi, Commissioner, Water Resources Planning, said 12 dams were "
      "silted.",),
     [("Grace Namutebi", "12")], [("Commissioner", "12")], {}),
    ("times_of_india_name_superintendent_police_district",
     ("Ramesh Kumar, Superintendent of Police, Nalanda District, said 9 people had been "
      "arrested.",),
     [("Ramesh Kumar", "9")], [], {}),
    ("the_nation_name_registrar_university",
     ("Ayesha Khan, Registrar, Lahore Technical University, said 4,500 students had "
      "enrolled.",),
     [("Ayesha Khan", "4,500")], [("Registrar", "4,500")], {}),
    ("vanguard_name_chairman_union",
     ("Emeka Obi, Chairman, Lagos Bus Owners Union, said fares would rise by 30 per "
      "cent.",),
     [("Emeka Obi", "30 per cent")], [("Chairman", "30 per cent")], {}),
    ("guard_lowercase_role_after_name",
     ("R. Krishnan, deputy director of Metro Rail, said the line would have 18 stations.",),
     [("R. Krishnan", "18")], [], {}),
    ("guard_body_then_title_then_name",
     ("Kestrel Foods, Chief Executive, Ravi Nair, said sales rose 18 per cent.",),
     [("Ravi Nair", "18 per cent")], [], {}),
    ("guard_title_before_name_plain",
     ("Chief Engineer Anil Joshi said the bridge had 14 spans.",),
     [("Anil Joshi", "14")], [], {}),
    ("guard_name_with_role_of_body",
     ("Maria Rossi, the boss of Pennant Bank, said lending grew 6 per cent.",),
     [("Maria Rossi", "6 per cent")], [], {}),
    ("guard_name_age_town",
     ("Gary Watts, 52, from Swindon, said he had waited 3 hours.",),
     [("Gary Watts", "3 hours")], [], {}),
    # --- "The body's role with a remit, Name, said" ---------------------------------------
    ("nation_ke_au_head_of_mission_support",
     ("The AU's head of mission support, Ambassador Ruth Wanjiru, said the mission had "
      "secured 40 per cent of its budget.",),
     [("Ruth Wanjiru", "40 per cent")], [("AU", "40 per cent")], {}),
    ("reuters_who_regional_director_for_africa",
     ("The WHO's regional director for Africa, Dr Amina Bello, said 12 countries had "
      "reported cases.",),
     [("Amina Bello", "12")], [], {}),
    ("afp_agency_director_for_africa",
     ("The agency's director for Africa, Dr Samuel Otieno, said 17 countries had reported "
      "outbreaks.",),
     [("Samuel Otieno", "17")], [("Director for Africa", "17")], {}),
    ("guardian_union_head_of_research",
     ("The union's head of research, Dr Helen Marsh, said wages had fallen 4 per cent.",),
     [("Helen Marsh", "4 per cent")], [], {}),
    ("ft_bank_head_of_rates_strategy",
     ("The bank's head of rates strategy, Tomasz Nowak, said yields could climb to 5.2 "
      "per cent.",),
     [("Tomasz Nowak", "5.2 per cent")], [], {}),
    ("bloomberg_imf_director_for_asia",
     ("The IMF's director for Asia and the Pacific, Kenji Morita, said growth would slow "
      "to 4.1%.",),
     [("Kenji Morita", "4.1%")], [("IMF", "4.1%")], {}),
    ("irish_times_council_head_of_housing",
     ("The council's head of housing, Siobhán Walsh, said 1,250 homes were vacant.",),
     [("Siobhán Walsh", "1,250")], [], {}),
    ("abc_au_its_head_of_research",
     ("Its head of research, Dr Liam Carter, said 28 per cent of reefs were bleached.",),
     [("Liam Carter", "28 per cent")], [], {}),
    ("straits_times_authority_director_of_operations",
     ("The LTA's director of operations, Mr Tan Wei Ming, said 340 buses would be "
      "added.",),
     [("Tan Wei Ming", "340")], [("LTA", "340")], {}),
    ("daily_nation_un_coordinator_for_somalia",
     ("The UN's humanitarian coordinator for Somalia, Grace Achieng, said 3.2 million people "
      "needed aid.",),
     [("Grace Achieng", "3.2 million")], [], {}),
    ("guard_chief_economist_plain",
     ("The IMF's chief economist, Pierre Gourin, said growth would slow to 2.9 per cent.",),
     [("Pierre Gourin", "2.9 per cent")], [], {}),
    ("guard_finance_minister_possessive_country",
     ("Britain's finance minister, Rachel Holt, said borrowing was 5 per cent higher.",),
     [("Rachel Holt", "5 per cent")], [], {}),
    ("guard_body_acronym_apposition",
     ("The Centre for Civic Research, CCR, said 900 observers were deployed.",),
     [], [("CCR", "900")], {}),
    ("guard_ministry_statistics_body",
     ("The ministry's statistics office, Statistics Norway, said 12 per cent of firms "
      "closed.",),
     [], [("Statistics Norway", "40")], {}),
    ("guard_role_without_name_in_apposition",
     ("The agency's director for Africa said 17 countries had reported outbreaks.",),
     [], [("Samuel Otieno", "17")], {}),
    # --- he/she never a person the sentence names by bare surname -------------------------
    ("ajc_pollster_she_noted_candidate_share",
     ("Lena Obi, who directs the poll, said 800 voters were surveyed.",
      "Monica Ferrell, the Democratic nominee, said she would win by 5 points.",
      "She noted that young voters favored Ferrell 52% to 37%."),
     [("Lena Obi", "52%"), ("Lena Obi", "37%")], [("Monica Ferrell", "52%")], {}),
    ("nyt_analyst_he_said_candidate_lead",
     ("Paul Greene, a pollster at Hudson Analytics, said 1,100 people were interviewed.",
      "Senator Mark Tully said he expected to win by 10 points.",
      "He said Tully led among older voters by 14 points."),
     [("Paul Greene", "14")], [("Mark Tully", "14")], {}),
    ("punch_officer_she_said_mr_surname",
     ("Returning officer Funke Alade said 352,000 voters were accredited.",
      "Governor-elect Kemi Adeyemi said she had won 60 per cent of the vote.",
      "She said Ms Adeyemi won in 14 of the 16 local areas."),
     [("Funke Alade", "14")], [("Kemi Adeyemi", "14")], {}),
    ("bbc_she_said_ms_surname_in_object",
     ("Prosecutor Niamh Kelly said the defendant had been driving at 70mph.",
      "Victim Ciara Dunne, 24, said she had been crossing at a green light for 8 seconds.",
      "She said the impact threw Ms Dunne 23 metres."),
     [("Niamh Kelly", "23 metres")], [("Ciara Dunne", "23 metres")], {}),
    ("wapo_he_said_dr_surname_later",
     ("Hospital director Samuel Reyes said 40 beds had been added.",
      "Dr. Alan Pierce said he had treated 12 patients overnight.",
      "He said Dr. Pierce worked 18 hours without a break."),
     [("Samuel Reyes", "18 hours")], [("Alan Pierce", "18 hours")], {}),
    ("guard_she_said_full_name_subject",
     ("Ashley Dunmore, a 34-year-old nurse in Toledo, owes about $62,000 from nursing "
      "school, she said.",),
     [("Ashley Dunmore", "about $62,000")], [], {}),
    ("guard_she_said_honorific_surname_subject",
     ("Kate Lindberg said the drought had been severe.",
      "Ms Lindberg has sold about 1,200 ewes since February, she said."),
     [("Kate Lindberg", "about 1,200")], [], {}),
    ("guard_he_said_surname_subject",
     ("Paul Greene said the count was slow.",
      "Greene counted 400 ballots by noon, he said."),
     [("Paul Greene", "400")], [], {}),
    ("guard_she_said_plain",
     ("Mayor Ana Ruiz said the plan was ready.",
      "The city will spend $4 million on it, she said."),
     [("Ana Ruiz", "$4 million")], [], {}),
    ("guard_named_group_she_said",
     ("Gloria Mendes, 49, founder of Parents First, said the group had grown to 3,000 "
      "members, a number she said was rising.",),
     [("Gloria Mendes", "3,000")], [], {}),
    # --- analysts led by a named person ---------------------------------------------------
    ("reuters_analysts_led_by_wrote",
     ("Analysts led by Maria Lopez wrote in a note that prices could rise 15 per cent.",),
     [("Maria Lopez", "15 per cent")], [("Analysts", "15 per cent")], {}),
    ("bloomberg_analysts_led_by_inverted",
     ("Prices could rise 15 per cent, analysts led by Maria Lopez wrote in a note.",),
     [("Maria Lopez", "15 per cent")], [("Analysts", "15 per cent")], {}),
    ("ft_economists_led_by_said",
     ("Economists led by Jan Hatzius said growth would slow to 1.2 per cent.",),
     [("Jan Hatzius", "1.2 per cent")], [], {}),
    ("cnbc_strategists_led_by_said",
     ("Strategists led by Dana Whitfield said the index could reach 5,400.",),
     [("Dana Whitfield", "5,400")], [], {}),
    ("guard_analysts_at_bank",
     ("Analysts at Kestrel Bank said the index could reach 5,000.",),
     [("Kestrel Bank", "5,000")], [], {}),
    ("guard_researchers_led_by",
     ("Researchers led by Maria Lopez found that 40 per cent of patients improved.",),
     [("Maria Lopez", "40 per cent")], [], {}),
    # --- more house styles ------------------------------------------------------------------
    ("deccan_name_additional_commissioner_corporation",
     ("P. Venkatesh, Additional Commissioner, Mysuru City Corporation, said 62 roads would be "
      "resurfaced.",),
     [("P. Venkatesh", "62")], [("Additional Commissioner", "62")], {}),
    ("kathmandu_post_name_spokesperson_ministry",
     ("Ram Prasad Thapa, Spokesperson, Ministry of Home Affairs, said 27 people had died.",),
     [("Ram Prasad Thapa", "27")], [("Spokesperson", "27")], {}),
    ("dawn_name_project_director_authority",
     ("Asif Raza, Project Director, Karachi Water Board, said 85 kilometres of pipe had been "
      "laid.",),
     [("Asif Raza", "85 kilometres")], [("Project Director", "85 kilometres")], {}),
    ("monitor_ug_name_executive_director_authority",
     ("Sarah Nakato, Executive Director, National Roads Fund, said 19 bridges were "
      "unsafe.",),
     [("Sarah Nakato", "19")], [("Executive Director", "19")], {}),
    ("guardian_ng_name_general_secretary_union",
     ("Chidi Okeke, General Secretary, Medical Workers Union, said 3,400 doctors had "
      "left.",),
     [("Chidi Okeke", "3,400")], [("General Secretary", "3,400")], {}),
    ("citizen_tz_name_regional_commissioner",
     ("Halima Mussa, Regional Commissioner, Dodoma Region, said 11 schools were "
      "closed.",),
     [("Halima Mussa", "11")], [("Regional Commissioner", "11")], {}),
    ("hindustan_name_divisional_manager_railway",
     ("Alok Verma, Divisional Railway Manager, Northern Railway, said 24 trains were "
      "diverted.",),
     [("Alok Verma", "24")], [("Divisional Railway Manager", "24")], {}),
    ("star_my_name_director_general_department",
     ("Datuk Rahim Osman, Director General, Drainage Department, said 130 pumps were "
      "running.",),
     [("Rahim Osman", "130")], [("Director General", "130")], {}),
    ("guard_place_list_not_title",
     ("Lagos, Abuja, Kano, said the report, recorded 40 deaths.",),
     [], [("Abuja", "40")], {}),
    ("guard_name_title_no_body",
     ("R. Krishnan, Deputy Director (Planning), said the line would have 18 stations.",),
     [("R. Krishnan", "18")], [], {}),
    ("guard_object_name_title_body",
     ("The minister met Tunde Bakare, Managing Director, Oakridge Foods, and said 22 jobs "
      "were safe.",),
     [], [("Tunde Bakare", "22")], {}),
    ("guard_title_then_name_then_body_lowercase",
     ("Emeka Obi, chairman of the Lagos Bus Owners Union, said fares would rise by 30 per "
      "cent.",),
     [("Emeka Obi", "30 per cent")], [], {}),
    ("scmp_hk_body_deputy_director_of_remit",
     ("The department's deputy director of operations, Wong Ka-lok, said 210 officers were "
      "deployed.",),
     [("Wong Ka-lok", "210")], [], {}),
    ("rfi_ngo_head_of_programmes",
     ("The charity's head of programmes in Chad, Marie Dubois, said 48,000 refugees had "
      "arrived.",),
     [("Marie Dubois", "48,000")], [], {}),
    ("cbc_union_director_of_research",
     ("The union's director of research, Marc Pelletier, said 2,700 nurses had quit.",),
     [("Marc Pelletier", "2,700")], [], {}),
    ("nzherald_council_manager_of_roading",
     ("The council's manager of roading, Aroha Tane, said 35 slips had closed roads.",),
     [("Aroha Tane", "35")], [], {}),
    ("eu_observer_commission_director_for_trade",
     ("The Commission's director for trade defence, Anna Berg, said 16 cases were open.",),
     [("Anna Berg", "16")], [("Commission", "16")], {}),
    ("ghanaweb_authority_head_of_communications",
     ("The ECG's head of communications, Mr Kwame Asante, said 70 transformers had "
      "failed.",),
     [("Kwame Asante", "70")], [("ECG", "70")], {}),
    ("guard_possessive_role_no_apposition",
     ("The union's head of research said wages had fallen 4 per cent.",),
     [], [("Helen Marsh", "4 per cent")], {}),
    ("guard_possessive_office_body_apposition",
     ("The government's statistics agency, Statistics Canada, said prices rose 2.9 per "
      "cent.",),
     [("Statistics Canada", "2.9 per cent")], [], {}),
    ("irish_indo_she_said_surname_in_middle",
     ("Solicitor Aoife Brennan said her client had lost 11 years of savings.",
      "Landlord Deirdre Coyle said she had charged €900 a month.",
      "She said Coyle had kept the deposit of €1,800."),
     [("Aoife Brennan", "€1,800")], [("Deirdre Coyle", "€1,800")], {}),
    ("cbs_he_noted_rival_surname",
     ("Campaign manager Luis Ortega said 3,000 volunteers had signed up.",
      "Rival candidate Tom Becker said he had raised $2 million.",
      "He noted that Becker had spent $1.4 million on television ads."),
     [("Luis Ortega", "$1.4 million")], [("Tom Becker", "$1.4 million")], {}),
    ("sabc_she_added_rival_share",
     ("Analyst Nomsa Dlamini said turnout was 58 per cent.",
      "Party leader Thandi Mokoena said she would take 40 per cent.",
      "She added that Mokoena's party had lost 6 seats in the metro."),
     [("Nomsa Dlamini", "6")], [("Thandi Mokoena", "6")], {}),
    ("guard_he_said_own_surname_sentence_start",
     ("Coach Martin Hale said the squad was ready.",
      "Mr Hale has won 14 titles in 9 seasons, he said."),
     [("Martin Hale", "14")], [], {}),
    ("guard_she_said_no_other_person",
     ("Only Nadia Karimi spoke at the meeting.",
      "She said Karimi's shop had lost 30 per cent of its trade."),
     [], [], {}),
    ("guard_she_said_full_name_object",
     ("Judge Carol Whitby said the sentence would be 6 years.",
      "She said Ellen Shaw had shown remorse for 2 years."),
     [("Carol Whitby", "2 years")], [], {}),
    ("guard_he_said_plain_second_sentence",
     ("Farmer Tom Reid said the harvest was poor.",
      "He lost 40 per cent of his wheat, he said."),
     [("Tom Reid", "40 per cent")], [], {}),
    ("marketwatch_analysts_led_by_estimate",
     ("Analysts led by Priya Natarajan said the company could cut 1,200 jobs.",),
     [("Priya Natarajan", "1,200")], [("Analysts", "1,200")], {}),
    ("barrons_strategists_led_by_wrote",
     ("Strategists led by Oliver Grant wrote that the dollar could fall 6%.",),
     [("Oliver Grant", "6%")], [("Strategists", "6%")], {}),
    ("nikkei_economists_led_by_forecast",
     ("Economists led by Hiroshi Tanaka said growth would reach 1.1% this year.",),
     [("Hiroshi Tanaka", "1.1%")], [], {}),
    ("guard_analysts_plain",
     ("Analysts said the company could cut 1,200 jobs.",),
     [], [("Priya Natarajan", "1,200")], {}),
    ("guard_analysts_polled_by",
     ("Analysts polled by Reuters had expected growth of 2.1%.",),
     [], [("Analysts led", "2.1%")], {}),
    ("guard_team_led_by_study",
     ("Scientists led by Li Wen found that 62 per cent of the samples were contaminated.",),
     [("Li Wen", "62 per cent")], [], {}),
    ("guard_protesters_led_by_body",
     ("Objectors, led by the Save Hollins Fields campaign group, said 400 trees would be "
      "felled.",),
     [], [("Objectors", "400")], {}),
]

XFAIL: dict[str, str] = {
    "bloomberg_imf_director_for_asia": "a remit joined by 'and the' ('for Asia and the "
                                       "Pacific') splits the subject at 'and'; its last item "
                                       "is read as the speaker",
}


@pytest.mark.parametrize(("paragraphs", "wanted", "unwanted", "options"),
                         case_params(CASES, XFAIL))
def test_zb(paragraphs, wanted, unwanted, options):
    check_pairs(paragraphs, wanted, unwanted, options)
