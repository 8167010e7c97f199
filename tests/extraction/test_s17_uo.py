"""Session 17, round uo: descriptions told apart by their remit, comma-listed names, and a
study team that speaks through its lead.

"the interior ministry" after the defence ministry spoke (and "the tourism ministry" after the
Health Ministry) is another body, not the last ministry; "the agency" a sentence after "the
country's immigration agency" is that agency, not the next body named (a headline's bare
"agency says" too); a name that lists its remits with a comma ("Immigration, Refugees and
Citizenship Canada") keeps its first remit; "The team, led by Dr X, says" and "Her team found"
are the lead's findings; "confirmed by laboratory tests" names a means, not who speaks; "put the
flow of the Ravi at Shahdara at 184,000 cusecs" sets a value past a place's "at"; "the IPMA
weather institute ... The institute said" is IPMA; "the tribunal said" is the tribunal named
before; "Researchers led by X at Y found" are X's findings; a phone number written in spaced
groups ("6872 2220", "0800 9800 880") or after a toll-free line is no figure. Near misses: the
same remit written two ways is one body ("Ministry of Defence", "the defence ministry"), a place
before a comma is no part of a firm's name, a sports team's results are no one's claim, spaced
thousands ("7 012 450") stay counts. Every sentence is invented, in many outlets' house styles.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_speakers import run

# Each case: (id, paragraphs, pairs that must be found, pairs that must not, publisher).
# A pair is (speaker, figure as written).
CASES = [
    (
        "reuters_defence_after_interior",
        (
            "According to the interior ministry, the state spent 1.6 billion zloty on the fence.",
            "Some 6,000 soldiers are deployed along the border, the defence ministry said.",
        ),
        [("Interior ministry", "1.6 billion zloty"), ("Defence ministry", "Some 6,000")],
        [("Interior ministry", "Some 6,000")],
        "Reuters",
    ),
    (
        "reuters_interior_after_defence",
        (
            "Some 6,000 soldiers are deployed along the border, the defence ministry said.",
            "According to the interior ministry, the state spent 1.6 billion zloty on the fence.",
        ),
        [("Defence ministry", "Some 6,000"), ("Interior ministry", "1.6 billion zloty")],
        [("Defence ministry", "1.6 billion zloty")],
        "Reuters",
    ),
    (
        "ap_health_after_finance",
        (
            "The finance ministry said the deficit reached 4.2% of output.",
            "The health ministry said 310 clinics would close.",
        ),
        [("Finance ministry", "4.2%"), ("Health ministry", "310")],
        [("Finance ministry", "310")],
        "AP",
    ),
    (
        "afp_foreign_after_defence",
        (
            "The defence ministry said 14 drones were shot down overnight.",
            "The foreign ministry said 3 diplomats had been summoned.",
        ),
        [("Defence ministry", "14"), ("Foreign ministry", "3")],
        [("Defence ministry", "3")],
        "AFP",
    ),
    (
        "dawn_education_after_health",
        (
            "The health department said 212 patients were admitted with dengue.",
            "The education department said 45 schools would stay shut.",
        ),
        [("Health department", "212"), ("Education department", "45")],
        [("Health department", "45")],
        "Dawn",
    ),
    (
        "hindu_transport_after_energy",
        (
            "The energy department said 1,200 megawatts were added to the grid.",
            "The transport department said 640 buses would be bought.",
        ),
        [("Energy department", "1,200 megawatts"), ("Transport department", "640")],
        [("Energy department", "640")],
        "The Hindu",
    ),
    (
        "straits_labour_after_trade",
        (
            "The trade ministry said exports rose 7% in May.",
            "The labour ministry said 2,300 work permits were revoked.",
        ),
        [("Trade ministry", "7%"), ("Labour ministry", "2,300")],
        [("Trade ministry", "2,300")],
        "The Straits Times",
    ),
    (
        "cbc_defense_spelling",
        (
            "The defense department said 40 jets were grounded.",
            "The justice department said 12 charges were filed.",
        ),
        [("Defense department", "40"), ("Justice department", "12")],
        [("Defense department", "12")],
        "CBC News",
    ),
    (
        "abc_agriculture_after_water",
        (
            "The water authority said dam levels fell to 38%.",
            "The agriculture ministry said 900 farms had applied for drought aid.",
        ),
        [("Water authority", "38%"), ("Agriculture ministry", "900")],
        [("Water authority", "900")],
        "ABC News",
    ),
    (
        "gleaner_tourism_after_health",
        (
            "The Health Ministry said 18 cases of leptospirosis were confirmed.",
            "The tourism ministry said 41,000 cruise passengers arrived in March.",
        ),
        [("Health Ministry", "18"), ("Tourism ministry", "41,000")],
        [("Health Ministry", "41,000")],
        "Jamaica Gleaner",
    ),
    (
        "mercopress_fisheries_after_environment",
        (
            "The environment ministry said 3,400 hectares had burned.",
            "The fisheries ministry said 220 boats were idle.",
        ),
        [("Environment ministry", "3,400 hectares"), ("Fisheries ministry", "220")],
        [("Environment ministry", "220")],
        "MercoPress",
    ),
    (
        "kyodo_defense_after_foreign",
        (
            "The Foreign Ministry said 8 citizens had been evacuated.",
            "The defense ministry said 2 missiles fell outside the zone.",
        ),
        [("Foreign Ministry", "8"), ("Defense ministry", "2")],
        [("Foreign Ministry", "2")],
        "Kyodo News",
    ),
    (
        "bernama_housing_after_finance",
        (
            "The Finance Ministry said revenue rose 6%.",
            "The housing ministry said 15,000 homes would be built.",
        ),
        [("Finance Ministry", "6%"), ("Housing ministry", "15,000")],
        [("Finance Ministry", "15,000")],
        "Bernama",
    ),
    (
        "guardian_immigration_office_after_home",
        (
            "The Home Office said 4,100 people crossed the Channel in small boats in June.",
            "The immigration office said 310 were returned.",
        ),
        [("Home Office", "4,100")],
        [("Home Office", "310")],
        "The Guardian",
    ),
    (
        "bbc_defence_of_ministry",
        (
            "The Ministry of Defence said 40 jets were lost.",
            "The defence ministry said 12 pilots died.",
        ),
        [("Ministry of Defence", "40"), ("Ministry of Defence", "12")],
        [],
        "BBC News",
    ),
    (
        "nation_health_social_welfare",
        (
            "The Ministry of Health and Social Welfare said 40 people died.",
            "The health ministry said 12 were children.",
        ),
        [
            ("Ministry of Health and Social Welfare", "40"),
            ("Ministry of Health and Social Welfare", "12"),
        ],
        [],
        "Nation",
    ),
    (
        "reuters_finance_ministry_same",
        (
            "Egypt's Finance Ministry said the deficit narrowed to 6.1%.",
            "The finance ministry said debt fell to 89% of output.",
        ),
        [("Egyptian Finance Ministry", "6.1%"), ("Egyptian Finance Ministry", "89%")],
        [],
        "Reuters",
    ),
    (
        "ap_health_department_same",
        (
            "The state Department of Health said 27 people fell ill.",
            "The health department said 9 were in hospital.",
        ),
        # (the state's department keeps its "state", as the gold names such bodies: round vf)
        [("State Department of Health", "27"), ("State Department of Health", "9")],
        [],
        "AP",
    ),
    (
        "xinhua_commerce_ministry_same",
        (
            "The Ministry of Commerce said trade rose 3.6%.",
            "The ministry said exports reached 2.1 trillion yuan.",
        ),
        [("Ministry of Commerce", "3.6%"), ("Ministry of Commerce", "2.1 trillion yuan")],
        [],
        "Xinhua",
    ),
    (
        "plain_ministry_no_remit",
        ("The Ministry of Defence said 40 jets were lost.", "The ministry said 12 pilots died."),
        [("Ministry of Defence", "40"), ("Ministry of Defence", "12")],
        [],
        "Reuters",
    ),
    (
        "rnz_education_ministry_same",
        (
            "The Ministry of Education said 1,400 teachers were recruited.",
            "The education ministry said 96 schools had vacancies.",
        ),
        [("Ministry of Education", "1,400"), ("Ministry of Education", "96")],
        [],
        "RNZ",
    ),
    (
        "defense_defence_same",
        (
            "The Defence Ministry said 14 drones were downed.",
            "The defense ministry said 3 soldiers were hurt.",
        ),
        [("Defence Ministry", "14"), ("Defence Ministry", "3")],
        [],
        "AP",
    ),
    (
        "labor_labour_same",
        (
            "The Labour Department said 2,300 permits were revoked.",
            "The labor department said 40 firms were fined.",
        ),
        [("Labour Department", "2,300"), ("Labour Department", "40")],
        [],
        "Bloomberg",
    ),
    (
        "interior_twice",
        (
            "The interior ministry said 52 people were detained.",
            "The interior ministry said 8 were later released.",
        ),
        [("Interior ministry", "52"), ("Interior ministry", "8")],
        [],
        "AFP",
    ),
    (
        "energy_agency_after_health_agency",
        (
            "The health agency said 19 cases were confirmed.",
            "The energy agency said 4 reactors were offline.",
        ),
        [("Health agency", "19"), ("Energy agency", "4")],
        [("Health agency", "4")],
        "Euronews",
    ),
    (
        "water_authority_after_health_authority",
        (
            "The health authority said 230 patients waited more than a day.",
            "The water authority said 60 pipes burst.",
        ),
        [("Health authority", "230"), ("Water authority", "60")],
        [("Health authority", "60")],
        "The Irish Times",
    ),
    (
        "statistics_bureau_kept",
        (
            "The National Bureau of Statistics said inflation was 2.1%.",
            "The statistics bureau said food prices rose 4%.",
        ),
        [("National Bureau of Statistics", "2.1%"), ("National Bureau of Statistics", "4%")],
        [],
        "Xinhua",
    ),
    (
        "interior_after_named_defence",
        (
            "The Ministry of National Defence said 6,000 troops were deployed.",
            "The interior ministry said 5,500 border guards were on duty.",
        ),
        [("Ministry of National Defence", "6,000"), ("Interior ministry", "5,500")],
        [("Ministry of National Defence", "5,500")],
        "Notes from Poland",
    ),
    (
        "health_after_named_finance",
        (
            "The Ministry of Finance said revenue rose 6%.",
            "The health ministry said 310 clinics would close.",
        ),
        [("Ministry of Finance", "6%"), ("Health ministry", "310")],
        [("Ministry of Finance", "310")],
        "The East African",
    ),
    (
        "justice_after_named_interior",
        (
            "The Ministry of the Interior said 52 people were detained.",
            "The justice ministry said 17 were charged.",
        ),
        [("Ministry of the Interior", "52"), ("Justice ministry", "17")],
        [("Ministry of the Interior", "17")],
        "France 24",
    ),
    (
        "trailing_defence_after_interior_wire",
        (
            "WARSAW (Reuters) - Poland spent 1.6 billion zloty on its border barrier, according to the interior ministry.",
            "Some 6,000 soldiers are deployed along the frontier alongside 5,500 border guards, the defence ministry said.",
        ),
        [
            ("Interior ministry", "1.6 billion zloty"),
            ("Defence ministry", "Some 6,000"),
            ("Defence ministry", "5,500"),
        ],
        [],
        "Reuters",
    ),
    (
        "foreign_after_named_defence_ministry",
        (
            "Ukraine's Defence Ministry said 51 missiles were fired.",
            "The foreign ministry said 80 countries had condemned the strike.",
        ),
        [("Ukrainian Defence Ministry", "51"), ("Foreign ministry", "80")],
        [("Ukrainian Defence Ministry", "80")],
        "Kyiv Independent",
    ),
    (
        "ap_immigration_agency_then_agency",
        (
            "Deportations rose to 4,000 in March, the country's immigration agency said.",
            "The agency said 1,200 were minors.",
            "Births rose 3%, according to the Health Ministry.",
        ),
        [
            ("Immigration agency", "4,000"),
            ("Immigration agency", "1,200"),
            ("Health Ministry", "3%"),
        ],
        [("Health Ministry", "4,000"), ("Health Ministry", "1,200")],
        "AP",
    ),
    (
        "ap_immigration_agency_headline",
        (
            "Ruritania deported 36,412 people in March, the country's immigration agency said Thursday.",
            "The agency said 4,180 were women.",
            "Births rose 3%, according to the Health Ministry.",
        ),
        [
            ("Immigration agency", "36,412"),
            ("Immigration agency", "4,180"),
            ("Health Ministry", "3%"),
        ],
        [("Health Ministry", "36,412")],
        "AP",
    ),
    (
        "reuters_tax_agency_then_agency",
        (
            "Refunds were delayed for 210,000 people, the national tax agency said.",
            "The agency said 40 staff had been added.",
            "The Finance Ministry said revenue rose 5%.",
        ),
        [
            ("National tax agency", "210,000"),
            ("National tax agency", "40"),
            ("Finance Ministry", "5%"),
        ],
        [("Finance Ministry", "210,000")],
        "Reuters",
    ),
    (
        "afp_health_agency_then_agency",
        (
            "Cholera cases climbed to 1,342, the regional health agency said.",
            "The agency said 38 people had died.",
            "The Interior Ministry said 12 roads were closed.",
        ),
        [
            ("Regional health agency", "1,342"),
            ("Regional health agency", "38"),
            ("Interior Ministry", "12"),
        ],
        [("Interior Ministry", "1,342"), ("Interior Ministry", "38")],
        "AFP",
    ),
    (
        "bbc_environment_agency_lower",
        (
            "Flood warnings were issued for 70 areas, the environment agency said.",
            "The agency said 300 homes had flooded.",
            "The Transport Department said 14 roads were closed.",
        ),
        [
            ("Environment agency", "70"),
            ("Environment agency", "300"),
            ("Transport Department", "14"),
        ],
        [("Transport Department", "70")],
        "BBC News",
    ),
    (
        "wire_trade_authority_then_authority",
        (
            "Exports fell 9%, the country's trade authority said.",
            "The authority said 31 firms had stopped shipping.",
            "The Health Ministry said 5 workers were hurt.",
        ),
        [("Trade authority", "9%"), ("Trade authority", "31")],
        [("Health Ministry", "31")],
        "Bloomberg",
    ),
    (
        "gleaner_immigration_agency_sentence_gap",
        (
            "The country's immigration agency said 900 people were detained in a raid.",
            "Officers used 40 vehicles in the operation.",
            "The agency said 120 were released.",
            "According to the Health Ministry, 60 needed treatment.",
        ),
        [("Immigration agency", "900"), ("Immigration agency", "120"), ("Health Ministry", "60")],
        [("Health Ministry", "900")],
        "Jamaica Gleaner",
    ),
    (
        "ap_named_agency_kept",
        (
            "The National Migration Agency said 900 people were detained.",
            "The agency said 120 were released.",
        ),
        [("National Migration Agency", "900"), ("National Migration Agency", "120")],
        [],
        "AP",
    ),
    (
        "afp_agency_named_next",
        (
            "A government agency said exports rose 4%.",
            "The Export Promotion Bureau said 12 firms had signed deals.",
        ),
        [("Export Promotion Bureau", "4%"), ("Export Promotion Bureau", "12")],
        [],
        "AFP",
    ),
    (
        "reuters_health_agency_named_health",
        (
            "Cases climbed to 1,342, the regional health agency said.",
            "The Ministry of Health said 38 people had died.",
        ),
        [("Ministry of Health", "38")],
        [],
        "Reuters",
    ),
    (
        "ap_agency_bare_kept_outlet",
        ("The agency said 120 were released.",),
        [("Agency", "120")],
        [("Health Ministry", "120")],
        "AP",
    ),
    (
        "cbc_ircc_statement",
        (
            "In an emailed statement, Immigration, Refugees and Citizenship Canada said 408,000 study permits were issued.",
        ),
        [("Immigration, Refugees and Citizenship Canada", "408,000")],
        [("Refugees and Citizenship Canada", "408,000")],
        "CBC News",
    ),
    (
        "cp_ircc_opening",
        (
            "Immigration, Refugees and Citizenship Canada said 6.8 per cent of residents were temporary.",
        ),
        [("Immigration, Refugees and Citizenship Canada", "6.8 per cent")],
        [],
        "The Canadian Press",
    ),
    (
        "globe_ised",
        ("Innovation, Science and Economic Development Canada said 1,200 firms applied.",),
        [("Innovation, Science and Economic Development Canada", "1,200")],
        [],
        "The Globe and Mail",
    ),
    (
        "cbc_ised_trailing",
        (
            "More than 1,200 firms applied, Innovation, Science and Economic Development Canada said.",
        ),
        [("Innovation, Science and Economic Development Canada", "More than 1,200")],
        [],
        "CBC News",
    ),
    (
        "ctv_ircc_then_department",
        (
            "Immigration, Refugees and Citizenship Canada said 408,000 permits were issued.",
            "The department said 7.6 per cent of residents were temporary at the peak.",
        ),
        [("Immigration, Refugees and Citizenship Canada", "408,000")],
        [],
        "CTV News",
    ),
    (
        "ottawa_citizen_ircc_told",
        (
            "In a statement to the paper, Immigration, Refugees and Citizenship Canada said it processed 91,000 claims.",
        ),
        [("Immigration, Refugees and Citizenship Canada", "91,000")],
        [],
        "Ottawa Citizen",
    ),
    (
        "uk_defra_listed",
        (
            "In a statement, Environment, Food and Rural Affairs Department officials said 40 farms were inspected.",
        ),
        [("Environment, Food and Rural Affairs Department", "40")],
        [("Food and Rural Affairs Department", "40")],
        "The Telegraph",
    ),
    (
        "near_in_lagos_firm",
        ("In Lagos, Smith and Sons Limited said 40 staff were hired.",),
        [("Smith and Sons Limited", "40")],
        [("Lagos, Smith and Sons Limited", "40")],
        "Punch",
    ),
    (
        "near_in_toronto_firm",
        ("In Toronto, Hale and Partners Group said 25 jobs would go.",),
        [("Hale and Partners Group", "25")],
        [("Toronto, Hale and Partners Group", "25")],
        "Toronto Star",
    ),
    (
        "near_person_then_firm",
        ("Speaking to Reuters, Marsh and Lennox Holdings said 300 jobs would go.",),
        [("Marsh and Lennox Holdings", "300")],
        [],
        "Reuters",
    ),
    (
        "near_country_before_comma",
        ("In Kenya, Mombasa and Coast Ports Authority said 14 ships were delayed.",),
        [("Mombasa and Coast Ports Authority", "14")],
        [("Kenya, Mombasa and Coast Ports Authority", "14")],
        "The EastAfrican",
    ),
    pytest.param(
        "ircc_according_to",
        (
            "Some 408,000 permits were issued, according to Immigration, Refugees and Citizenship Canada.",
        ),
        [("Immigration, Refugees and Citizenship Canada", "Some 408,000")],
        [],
        "CBC News",
        marks=pytest.mark.xfail(
            strict=True,
            reason='a comma-listed name after "according to" is cut at the comma (another path builds the source)',
        ),
    ),
    (
        "fisheries_oceans_plain",
        ("Fisheries and Oceans Canada said 14 whales were sighted.",),
        [("Fisheries and Oceans Canada", "14")],
        [],
        "CBC News",
    ),
    (
        "environment_climate_change_canada",
        ("Environment and Climate Change Canada said 42 mm of rain fell.",),
        [("Environment and Climate Change Canada", "42 mm")],
        [],
        "CBC News",
    ),
    (
        "crown_indigenous",
        (
            "On Tuesday, Crown-Indigenous Relations and Northern Affairs Canada said 31 claims were settled.",
        ),
        [("Crown-Indigenous Relations and Northern Affairs Canada", "31")],
        [],
        "APTN News",
    ),
    (
        "bbc_team_led_by_says",
        (
            "The team, led by Dr Kirsty Vane at the University of Leeds, says the glacier now loses 24 billion tonnes of ice a year.",
        ),
        [("Kirsty Vane", "24 billion tonnes")],
        [],
        "BBC News",
    ),
    (
        "guardian_researchers_led_by_found",
        (
            "The researchers, led by epidemiologist Ana Ruiz, found that 14% of children were infected.",
        ),
        [("Ana Ruiz", "14%")],
        [],
        "The Guardian",
    ),
    (
        "science_scientists_headed_by",
        (
            "The scientists, headed by Prof Lars Nyberg of Uppsala University, report that 31 species have vanished.",
        ),
        [("Lars Nyberg", "31")],
        [],
        "Science",
    ),
    (
        "nature_team_led_by_estimates",
        ("The team, led by Mei Tanaka of Kyoto University, estimates that 40% of the reef died.",),
        [("Mei Tanaka", "40%")],
        [],
        "Nature",
    ),
    (
        "conversation_team_led_by_said",
        ("The team, led by Dr Rhys Calder, said 1,900 patients took part.",),
        [("Rhys Calder", "1,900")],
        [],
        "The Conversation",
    ),
    (
        "abc_team_led_by_found_second_sentence",
        (
            "A new study has mapped the decline of the mountain pygmy possum.",
            "The team, led by Dr Sarah Quill from Monash University, found that numbers fell 60% in a decade.",
        ),
        [("Sarah Quill", "60%")],
        [],
        "ABC News",
    ),
    (
        "stat_investigators_team_led_by",
        ("The team, led by cardiologist Omar Haddad, said the drug cut deaths by 21%.",),
        [("Omar Haddad", "21%")],
        [],
        "STAT",
    ),
    (
        "mongabay_researchers_led_by_counted",
        ("The researchers, led by Putri Lestari of the Bogor Institute, counted 62 tigers.",),
        [("Putri Lestari", "62")],
        [],
        "Mongabay",
    ),
    (
        "newscientist_team_led_by_says_later",
        (
            "Coral reefs are bleaching faster than expected.",
            "The team, led by Teodor Lind at the University of Oslo, says 83% of reefs were hit.",
        ),
        [("Teodor Lind", "83%")],
        [],
        "New Scientist",
    ),
    (
        "rnz_team_led_by_co_led",
        ("The team, co-led by Dr Aroha Ngata, found that 1 in 5 children had asthma.",),
        [("Aroha Ngata", "1 in 5")],
        [],
        "RNZ",
    ),
    (
        "near_team_no_leader",
        (
            "A new study has mapped the decline of the possum.",
            "The team found that numbers fell 60% in a decade.",
        ),
        [("ABC News", "60%")],
        [("Team", "60%")],
        "ABC News",
    ),
    (
        "near_team_led_by_sport",
        ("The team, led by captain Mia Ford, won 14 of its 20 games.",),
        [("BBC Sport", "14")],
        [("Mia Ford", "14")],
        "BBC Sport",
    ),
    pytest.param(
        "team_led_by_no_comma",
        ("A team led by Li Wen at Fudan University found that 30% of the samples were fake.",),
        [("Li Wen", "30%")],
        [],
        "South China Morning Post",
        marks=pytest.mark.xfail(
            strict=True,
            reason='"A team led by X at Y found" with no comma: the subject finder skips the indefinite team',
        ),
    ),
    (
        "researchers_led_by_at_found",
        ("Researchers led by Li Wen at Fudan University found that 30% of the samples were fake.",),
        [("Li Wen", "30%")],
        [],
        "South China Morning Post",
    ),
    (
        "science_his_team_found",
        (
            "Professor Tom Hale said the results were clear.",
            "His team found that 12% of the patients relapsed.",
        ),
        [("Tom Hale", "12%")],
        [],
        "Science",
    ),
    (
        "nature_her_team_found",
        (
            "Dr Ana Ruiz, a marine biologist at Coimbra University, said bleaching was worsening.",
            "Her team found that 40% of corals died.",
        ),
        [("Ana Ruiz", "40%")],
        [],
        "Nature",
    ),
    (
        "guardian_her_team_estimated",
        (
            "Prof Nadia Rahman studies air pollution at King's College London.",
            "Her team estimated that 4,000 deaths a year are linked to traffic fumes.",
        ),
        [("Nadia Rahman", "4,000")],
        [],
        "The Guardian",
    ),
    (
        "hindu_his_team_recorded",
        (
            "Dr K. Ramesh, a herpetologist, surveyed the Western Ghats last monsoon.",
            "His team recorded 37 species of frog.",
        ),
        [("K. Ramesh", "37")],
        [],
        "The Hindu",
    ),
    pytest.param(
        "abc_her_lab_measured",
        (
            "Associate Professor Jane Cole runs a soil laboratory in Adelaide.",
            "Her lab measured carbon levels 18% higher than expected.",
        ),
        [("Jane Cole", "18%")],
        [],
        "ABC News",
        marks=pytest.mark.xfail(
            strict=True,
            reason='"measured" with a possessive lab as subject is not read as a report',
        ),
    ),
    (
        "sciam_his_team_calculated",
        (
            "Climate scientist Erik Dahl has studied the ice sheet for a decade.",
            "His team calculated that it lost 150 billion tonnes a year.",
        ),
        [("Erik Dahl", "150 billion tonnes")],
        [],
        "Scientific American",
    ),
    (
        "mongabay_her_team_counted",
        (
            "Ecologist Putri Lestari has tracked the tigers since 2018.",
            "Her team counted 62 individuals on camera traps.",
        ),
        [("Putri Lestari", "62")],
        [],
        "Mongabay",
    ),
    (
        "bbc_his_team_found_says",
        (
            "Dr Owen Price led the survey of the Severn estuary.",
            "His team found 9 new seagrass beds, he says.",
        ),
        [("Owen Price", "9")],
        [],
        "BBC News",
    ),
    pytest.param(
        "her_team_found_after_opener",
        (
            "Dr Ana Ruiz said bleaching was worsening.",
            "At two sites, her team found that 40% of corals died.",
        ),
        [("Ana Ruiz", "40%")],
        [],
        "Nature",
        marks=pytest.mark.xfail(
            strict=True,
            reason='a possessive team after an opening phrase ("At two sites, her team found") is no subject yet',
        ),
    ),
    pytest.param(
        "her_team_reported_after_in",
        (
            "Dr Ana Ruiz said bleaching was worsening.",
            "In the north, her team reported that 40% of corals died.",
        ),
        [("Ana Ruiz", "40%")],
        [],
        "Nature",
        marks=pytest.mark.xfail(
            strict=True,
            reason='a possessive team after an opening phrase ("In the north, her team reported") is no subject yet',
        ),
    ),
    (
        "near_his_team_scored",
        ("Tom Hale coaches the under-12s.", "His team scored 4 goals on Sunday."),
        [("Local Sport", "4")],
        [("Tom Hale", "4")],
        "Local Sport",
    ),
    (
        "near_her_team_won",
        ("Coach Ana Ruiz was delighted.", "Her team won 3 medals in Lisbon."),
        [("Record", "3")],
        [("Ana Ruiz", "3")],
        "Record",
    ),
    (
        "her_team_found_two_people",
        (
            "Prof Lena Ortiz and Dr Sam Webb led the trial.",
            "Ortiz said the drug was safe. Her team found that 6% of patients had side effects.",
        ),
        [("Lena Ortiz", "6%")],
        [],
        "STAT",
    ),
    pytest.param(
        "his_team_found_woman_before",
        (
            "Dr Paul Meyer spoke after Prof Anna Kurz presented her data.",
            "Kurz said the trend was clear. His team found that 11% of wells were dry.",
        ),
        [("Paul Meyer", "11%")],
        [("Anna Kurz", "11%")],
        "Deutsche Welle",
    ),
    (
        "scmp_security_bureau_after_health",
        (
            "The Department of Health said 23 people were infected.",
            "The security bureau said 140 officers were deployed.",
        ),
        [("Department of Health", "23")],
        [("Department of Health", "140")],
        "South China Morning Post",
    ),
    (
        "nst_customs_after_immigration",
        (
            "The Immigration Department said 1,900 migrants were detained.",
            "The customs department said 42 kg of drugs were seized.",
        ),
        [("Immigration Department", "1,900"), ("Customs department", "42 kg")],
        [("Immigration Department", "42 kg")],
        "New Straits Times",
    ),
    (
        "inquirer_agriculture_after_energy_named",
        (
            "The Department of Energy said 12 plants were offline.",
            "The agriculture department said 3,100 hectares of rice were damaged.",
        ),
        [("Department of Energy", "12"), ("Agriculture department", "3,100 hectares")],
        [("Department of Energy", "3,100 hectares")],
        "Philippine Daily Inquirer",
    ),
    (
        "dailystar_education_after_health",
        (
            "The health directorate said 1,240 dengue patients were admitted.",
            "The education directorate said 310 schools were shut.",
        ),
        [("Health directorate", "1,240"), ("Education directorate", "310")],
        [("Health directorate", "310")],
        "The Daily Star",
    ),
    (
        "kathmandu_post_home_after_finance",
        (
            "The Finance Ministry said 4.2 billion rupees were released.",
            "The home ministry said 27 people died in landslides.",
        ),
        [("Finance Ministry", "4.2 billion rupees"), ("Home ministry", "27")],
        [("Finance Ministry", "27")],
        "The Kathmandu Post",
    ),
    (
        "jakarta_post_health_after_transport",
        (
            "The Transportation Ministry said 1.2 million people travelled home.",
            "The health ministry said 140 travellers were treated.",
        ),
        [("Health ministry", "140")],
        [("Transportation Ministry", "140")],
        "The Jakarta Post",
    ),
    (
        "nzherald_education_after_health",
        (
            "Health New Zealand said 28,000 people were waiting.",
            "The education ministry said 96 schools had vacancies.",
        ),
        [("Health New Zealand", "28,000"), ("Education ministry", "96")],
        [("Health New Zealand", "96")],
        "NZ Herald",
    ),
    (
        "smh_energy_department_after_health",
        (
            "NSW Health said 412 people were admitted.",
            "The energy department said 9 substations failed.",
        ),
        [("NSW Health", "412"), ("Energy department", "9")],
        [("NSW Health", "9")],
        "The Sydney Morning Herald",
    ),
    (
        "buenos_aires_energy_after_economy",
        (
            "The Economy Ministry said wholesale prices rose 0.9 percent.",
            "The energy ministry said 40,000 homes lost power.",
        ),
        [("Economy Ministry", "0.9 percent"), ("Energy ministry", "40,000")],
        [("Economy Ministry", "40,000")],
        "Buenos Aires Times",
    ),
    (
        "riotimes_mines_after_finance",
        (
            "The Finance Ministry said the deficit hit R$18 billion.",
            "The mines ministry said 60,000 miners were affected.",
        ),
        [("Finance Ministry", "R$18 billion"), ("Mines ministry", "60,000")],
        [("Finance Ministry", "60,000")],
        "The Rio Times",
    ),
    (
        "trinidad_works_after_health",
        (
            "The Health Ministry said 14 people were treated.",
            "The works ministry said 31 roads were blocked.",
        ),
        [("Health Ministry", "14")],
        [("Health Ministry", "31")],
        "Trinidad Express",
    ),
    (
        "mexico_news_daily_agriculture_after_economy",
        (
            "The Economy Ministry said imports rose 8%.",
            "The agriculture ministry said 7,200 pesos per tonne was not viable.",
        ),
        [("Economy Ministry", "8%"), ("Agriculture ministry", "7,200 pesos")],
        [("Economy Ministry", "7,200 pesos")],
        "Mexico News Daily",
    ),
    (
        "same_health_agency_twice",
        (
            "The health agency said 19 cases were confirmed.",
            "The health agency said 4 patients had died.",
        ),
        [("Health agency", "19"), ("Health agency", "4")],
        [],
        "Euronews",
    ),
    (
        "health_ministry_then_ministry",
        (
            "The health ministry said 19 cases were confirmed.",
            "The ministry said 4 patients had died.",
        ),
        [("Health ministry", "19"), ("Health ministry", "4")],
        [],
        "AFP",
    ),
    (
        "dw_migration_agency_then_agency",
        (
            "Asylum claims fell 17%, the federal migration agency said.",
            "The agency said 9,400 claims were pending.",
            "The Interior Ministry said 310 people were deported.",
        ),
        [
            ("Federal migration agency", "17%"),
            ("Federal migration agency", "9,400"),
            ("Interior Ministry", "310"),
        ],
        [("Interior Ministry", "9,400")],
        "DW",
    ),
    (
        "antara_health_agency_then_agency",
        (
            "More than 1,000 students fell ill, the district health agency said.",
            "The agency said 48 were still in hospital.",
            "The National Nutrition Agency said 4,800 officers were trained.",
        ),
        [
            ("District health agency", "More than 1,000"),
            ("District health agency", "48"),
            ("National Nutrition Agency", "4,800"),
        ],
        [("National Nutrition Agency", "48")],
        "Antara",
    ),
    (
        "wire_tax_authority_then_authority",
        (
            "Refunds worth 2 billion rand were paid, the tax authority said.",
            "The authority said 40,000 returns were late.",
            "The Treasury said growth was 0.6%.",
        ),
        [("Tax authority", "2 billion rand"), ("Tax authority", "40,000"), ("Treasury", "0.6%")],
        [("Treasury", "40,000")],
        "Daily Maverick",
    ),
    (
        "tvo_ircc_said_in_release",
        (
            "On Friday, Immigration, Refugees and Citizenship Canada said it would cap permits at 437,000.",
        ),
        [("Immigration, Refugees and Citizenship Canada", "437,000")],
        [],
        "TVO",
    ),
    (
        "ircc_then_it_said",
        (
            "Immigration, Refugees and Citizenship Canada said 408,000 permits were issued.",
            "It said 5 per cent were refused.",
        ),
        [
            ("Immigration, Refugees and Citizenship Canada", "408,000"),
            ("Immigration, Refugees and Citizenship Canada", "5 per cent"),
        ],
        [],
        "CBC News",
    ),
    (
        "ised_opening_clause",
        (
            "In its annual report, Innovation, Science and Economic Development Canada said 2,400 patents were granted.",
        ),
        [("Innovation, Science and Economic Development Canada", "2,400")],
        [],
        "The Hill Times",
    ),
    (
        "near_on_monday_place",
        ("On Monday, Toronto and Region Conservation Authority said 40 trails were closed.",),
        [("Toronto and Region Conservation Authority", "40")],
        [],
        "CP24",
    ),
    (
        "near_in_ottawa_place_comma",
        ("In Ottawa, Smith and Hale Consulting said 12 contracts were cancelled.",),
        [("Smith and Hale Consulting", "12")],
        [("Ottawa, Smith and Hale Consulting", "12")],
        "Ottawa Citizen",
    ),
    (
        "near_person_comma_firm",
        ("Asked about the plan, Ruiz and Partners Advisory said 8 clients had left.",),
        [("Ruiz and Partners Advisory", "8")],
        [],
        "Financial Post",
    ),
    (
        "reuters_team_led_by_reported",
        (
            "The team, led by Dr Aiko Mori of Osaka University, reported that 1,250 patients enrolled.",
        ),
        [("Aiko Mori", "1,250")],
        [],
        "Reuters",
    ),
    (
        "ap_researchers_led_by_said",
        (
            "The researchers, led by Prof Daniel Otieno at the University of Nairobi, said 38% of samples were resistant.",
        ),
        [("Daniel Otieno", "38%")],
        [],
        "AP",
    ),
    (
        "bbc_scientists_led_by_estimate",
        ("The scientists, led by Dr Ewa Nowak, estimate that 2.4 million birds died.",),
        [("Ewa Nowak", "2.4 million")],
        [],
        "BBC News",
    ),
    pytest.param(
        "guardian_his_team_showed",
        (
            "Prof Ian Blake has studied sleep for 20 years.",
            "His team showed that 1 in 3 adults slept less than six hours.",
        ),
        [("Ian Blake", "1 in 3")],
        [],
        "The Guardian",
        marks=pytest.mark.xfail(
            strict=True, reason='"showed" after a possessive team is not read as a report'
        ),
    ),
    (
        "cbc_her_team_found_later_quote",
        (
            "Dr Marie Tremblay, an epidemiologist at McGill University, tracked the outbreak.",
            "Her team found that 412 people were infected.",
        ),
        [("Marie Tremblay", "412")],
        [],
        "CBC News",
    ),
    (
        "stuff_his_team_estimated",
        (
            "Dr Rawiri Te Ao leads the kauri dieback programme.",
            "His team estimated that 18% of trees were infected.",
        ),
        [("Rawiri Te Ao", "18%")],
        [],
        "Stuff",
    ),
    (
        "abc_her_team_counted",
        (
            "Dr Jess Moran has surveyed koalas on the Gold Coast since 2019.",
            "Her team counted 340 koalas this year.",
        ),
        [("Jess Moran", "340")],
        [],
        "ABC News",
    ),
    (
        "hindu_her_team_found",
        (
            "Dr Meera Iyer, a virologist at the National Institute of Virology, led the study.",
            "Her team found that 23% of bats carried the virus.",
        ),
        [("Meera Iyer", "23%")],
        [],
        "The Hindu",
    ),
    (
        "near_her_team_lost",
        ("Ana Ruiz manages the volleyball side.", "Her team lost 3 matches in a row."),
        [("Marca", "3")],
        [("Ana Ruiz", "3")],
        "Marca",
    ),
    (
        "aljazeera_health_after_interior_gaza",
        (
            "The interior ministry said 12 police stations were hit.",
            "The health ministry said 57 people were killed.",
        ),
        [("Interior ministry", "12"), ("Health ministry", "57")],
        [("Interior ministry", "57")],
        "Al Jazeera",
    ),
    (
        "thenational_economy_after_energy",
        (
            "The Ministry of Energy said output rose 3%.",
            "The economy ministry said 1,400 licences were issued.",
        ),
        [("Ministry of Energy", "3%"), ("Economy ministry", "1,400")],
        [("Ministry of Energy", "1,400")],
        "The National",
    ),
    (
        "dawn_revenue_board_after_finance",
        (
            "The Finance Division said the deficit was 5.4%.",
            "The revenue department said 1.2 million returns were filed.",
        ),
        [("Revenue department", "1.2 million")],
        [("Finance Division", "1.2 million")],
        "Dawn",
    ),
    (
        "guardian_ng_health_agency_then_named_health",
        (
            "Lassa fever cases rose to 120, the state health agency said.",
            "The agency said 14 had died.",
        ),
        [("State health agency", "120"), ("State health agency", "14")],
        [],
        "The Guardian Nigeria",
    ),
    pytest.param(
        "ap_defense_department_after_state",
        (
            "The State Department said 3 diplomats were expelled.",
            "The defense department said 40 troops were sent.",
        ),
        [("State Department", "3")],
        [("State Department", "40")],
        "AP",
    ),
    (
        "scientific_team_headed_by_suggest",
        (
            "The team, headed by Dr Lucia Ferri of the University of Bologna, suggests that 27% of glaciers will vanish.",
        ),
        [("Lucia Ferri", "27%")],
        [],
        "Live Science",
    ),
    (
        "ghana_confirmed_by_lab_tests",
        (
            "Dr Esi Mensah said 612 cases were recorded.",
            "She said 41 of the cases had been confirmed by laboratory tests.",
        ),
        [("Esi Mensah", "612"), ("Esi Mensah", "41")],
        [("Laboratory", "41")],
        "Ghanaian Times",
    ),
    (
        "nation_detected_by_screening_trailing",
        (
            "Dr Wanjiru Kamau said the outbreak was contained.",
            "Some 18 infections were detected by routine screening, she said.",
        ),
        [("Wanjiru Kamau", "Some 18")],
        [("Routine screening", "Some 18")],
        "Daily Nation",
    ),
    (
        "hindu_identified_by_dna_analysis",
        (
            "Inspector R. Suresh said the remains were found on Monday.",
            "He said 3 victims had been identified by DNA analysis.",
        ),
        [("R. Suresh", "3")],
        [],
        "The Hindu",
    ),
    (
        "bbc_confirmed_by_post_mortem",
        (
            "Det Insp Clare Ward said the inquiry was ongoing.",
            "She said 2 deaths had been confirmed by post-mortem examinations.",
        ),
        [("Clare Ward", "2")],
        [],
        "BBC News",
    ),
    (
        "straits_confirmed_by_swab_tests",
        (
            "The Ministry of Health said 14 new cases were found.",
            "It said 9 had been confirmed by swab tests.",
        ),
        [("Ministry of Health", "14"), ("Ministry of Health", "9")],
        [],
        "The Straits Times",
    ),
    (
        "near_confirmed_by_the_police",
        ("The deaths of 12 people were confirmed by the police.",),
        [("Police", "12")],
        [],
        "AP",
    ),
    (
        "near_confirmed_by_state_laboratory",
        ("Some 41 deaths were confirmed by the state laboratory.",),
        [("State laboratory", "Some 41")],
        [],
        "Premium Times",
    ),
    (
        "dawn_put_flow_at_place_at",
        (
            "The Federal Flood Commission, in its daily bulletin, put the flow of the Ravi at Shahdara at 184,000 cusecs on Tuesday.",
        ),
        [("Federal Flood Commission", "184,000")],
        [],
        "Dawn",
    ),
    (
        "guardian_put_crowd_at_park_at",
        ("Police put the crowd at Hyde Park at 40,000.",),
        [("Police", "40,000")],
        [],
        "The Guardian",
    ),
    (
        "abc_put_level_at_gauge_at",
        ("The Bureau of Meteorology put the river level at Wagga Wagga at 9.8 metres.",),
        [("Bureau of Meteorology", "9.8 metres")],
        [],
        "ABC News",
    ),
    (
        "reuters_placed_damage_at_port_at",
        ("The port authority placed the damage at Jebel Ali at $40 million.",),
        [("Port authority", "$40 million")],
        [],
        "Reuters",
    ),
    (
        "near_put_player_at_position",
        ("The coach put Smith at left back for 3 games.",),
        [("Test Herald", "3")],
        [],
        "Test Herald",
    ),
    (
        "resident_ipma_institute",
        (
            "The old town flooded, with the IPMA weather institute issuing a red warning.",
            "The institute said wind gusts reached 104 km/h.",
            "The road was closed, according to the GNR.",
        ),
        [("IPMA", "104 km/h")],
        [("GNR", "104 km/h")],
        "Portugal Resident",
    ),
    (
        "kenya_knbs_bureau",
        (
            "Prices rose in May, the KNBS statistics bureau reported.",
            "The bureau said food inflation reached 6.2%.",
            "The Central Bank of Kenya said reserves were $9 billion.",
        ),
        [("KNBS", "6.2%")],
        [("Central Bank of Kenya", "6.2%")],
        "Business Daily",
    ),
    (
        "pak_ndma_agency",
        (
            "Flooding hit 312 homes, the NDMA disaster agency said.",
            "The agency said 40 people died.",
            "The Red Cross said 40 volunteers helped.",
        ),
        [("NDMA", "312"), ("NDMA", "40")],
        [("Red Cross", "312")],
        "Dawn",
    ),
    (
        "ph_pagasa_weather_bureau",
        (
            "The typhoon weakened overnight, the PAGASA weather service said.",
            "The service said winds reached 150 km/h.",
            "The NDRRMC said 12 people died.",
        ),
        [("PAGASA", "150 km/h")],
        [("NDRRMC", "150 km/h")],
        "Rappler",
    ),
    (
        "near_us_health_agency",
        ("The US health agency said 40 people died.", "The agency said 12 were children."),
        [("US health agency", "40"), ("US health agency", "12")],
        [("US", "12")],
        "AP",
    ),
    (
        "near_nhs_said_the_agency",
        ("The NHS said the agency had 40 staff.", "The agency said 12 left."),
        [("NHS", "40")],
        [],
        "BBC News",
    ),
    (
        "reuters_electoral_tribunal_trailing",
        (
            "The Supreme Electoral Tribunal said 40 parties registered.",
            "Turnout was 88.4%, the tribunal said.",
        ),
        [("Supreme Electoral Tribunal", "40"), ("Supreme Electoral Tribunal", "88.4%")],
        [],
        "Reuters",
    ),
    (
        "efe_electoral_tribunal_opening",
        (
            "Bolivia's Supreme Electoral Tribunal counted 6.2 million votes.",
            "The tribunal said 312 polling stations would repeat the vote.",
        ),
        [("Supreme Electoral Tribunal", "6.2 million"), ("Supreme Electoral Tribunal", "312")],
        [],
        "EFE",
    ),
    (
        "guardian_employment_tribunal",
        (
            "An employment tribunal in Leeds heard the case.",
            "The tribunal said the firm owed £12,400 in back pay.",
        ),
        [("Tribunal", "£12,400")],
        [("The Guardian", "£12,400")],
        "The Guardian",
    ),
    (
        "scmp_scientists_led_by_of_reported",
        (
            "Scientists led by epidemiologist Dr Ana Ruiz of the Carlos III Health Institute reported that 14% were infected.",
        ),
        [("Ana Ruiz", "14%")],
        [("Carlos III Health Institute", "14%")],
        "El País",
    ),
    (
        "reuters_researchers_led_by_from_estimated",
        (
            "Researchers led by Tomas Berg from Lund University estimated that 2,300 lakes had dried up.",
        ),
        [("Tomas Berg", "2,300")],
        [("Lund University", "2,300")],
        "Reuters",
    ),
    (
        "near_researchers_at_university",
        ("Researchers at Fudan University found that 30% of the samples were fake.",),
        [("Fudan University", "30%")],
        [],
        "South China Morning Post",
    ),
    (
        "cna_reached_at_spaced",
        (
            "The Examinations Board said 28,400 candidates sat the exams.",
            "For enquiries, the board can be reached at 6872 2220.",
        ),
        [("Examinations Board", "28,400")],
        [("Examinations Board", "6872"), ("Examinations Board", "2220"), ("CNA", "6872")],
        "CNA",
    ),
    (
        "dw_hotline_spaced_leading_zero",
        ("Recruiting chief Anja Roth said a free hotline, 0800 9800 880, had taken 400 calls.",),
        [("Anja Roth", "400")],
        [("Anja Roth", "880"), ("Anja Roth", "9800")],
        "DW",
    ),
    (
        "star_toll_free_line",
        ("Mwikali said the organisation's toll-free line, 1199, had received 300 calls.",),
        [("Mwikali", "300")],
        [("Mwikali", "1199")],
        "The Star Kenya",
    ),
    (
        "dhaka_emergency_service_999",
        (
            "Police urged travellers to call the national emergency service, 999, to report 12 drivers.",
        ),
        [("Police", "12")],
        [("Police", "999")],
        "The Daily Star",
    ),
    (
        "near_spaced_thousands",
        (
            "The coalition said 124 000 entries and 7 012 450 names were checked by 1 300 volunteers.",
        ),
        [("Coalition", "124 000"), ("Coalition", "7 012 450"), ("Coalition", "1 300")],
        [],
        "Mail & Guardian",
    ),
    (
        "near_year_then_count",
        ("In 2023 1200 people died, the ministry said.",),
        [("Ministry", "1200")],
        [],
        "Kathmandu Post",
    ),
    (
        "sa_spaced_phone_with_count",
        (
            "The SPCA said 64 dogs were rescued and asked the public to call 021 700 4158 with tips.",
        ),
        [("SPCA", "64")],
        [("SPCA", "700"), ("SPCA", "4158")],
        "News24",
    ),
]


def _id(case) -> str:
    return case.values[0] if hasattr(case, "values") else case[0]


@pytest.mark.parametrize(
    "case_id, paragraphs, wanted, unwanted, publisher", CASES, ids=[_id(c) for c in CASES]
)
def test_remits_lists_and_teams(case_id, paragraphs, wanted, unwanted, publisher):
    got = {(c.speaker, c.figure_text) for c in run(*paragraphs, publisher=publisher)}
    for pair in wanted:
        assert pair in got, (pair, sorted(got))
    for pair in unwanted:
        assert pair not in got, (pair, sorted(got))
