"""Session 17, round us: speakers lost to a hearer, a region, a remit word, a weekday or a poll.

"X told reporters that 19 countries backed the plan" (a bare plan noun after its article is
no reporting verb); "Sudan's White Nile state" (a region before "state" is no person the
"41-year-old" could be); "the price tracker Home Heat NI" (a remit word titles no one
without a title word after it); "the Sunday Courier" (a weekday after "the" opens a title);
"UNICEF and partners" (the named body, not its unnamed helpers; "Halvorsen and Partners" is
a firm); "Economists in the Caixin poll expect" (the poll's owner gives the consensus). Every
sentence is invented, in many outlets' house styles.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_speakers import run

# Each case: (id, paragraphs, pairs that must be found, pairs that must not, options for run).
CASES = [
    # --- a bare plan noun after its article is no reporting verb ---------------------------
    ("ap_told_reporters_plan",
     ("The minister told reporters that 19 countries backed the plan.",),
     [("Minister", "19")], [("Test Herald", "19")], {}),
    ("reuters_told_named_plan",
     ("Finance Minister Lara Okonjo told reporters that 19 countries backed the plan.",),
     [("Lara Okonjo", "19")], [("Test Herald", "19")], {}),
    ("bbc_told_bbc_plan",
     ("Health Secretary Tom Ashdown told the BBC that 40 trusts had signed up to the plan.",),
     [("Tom Ashdown", "40")], [], {}),
    ("guardian_told_mps_proposal",
     ("Marta Lind told MPs that 3,000 families would lose out under the proposal.",),
     [("Marta Lind", "3,000")], [], {}),
    ("hindu_told_house_project",
     ("Minister K. Ramesh told the Assembly that 14 villages would be shifted for the project.",),
     [("K. Ramesh", "14")], [], {}),
    ("nation_told_senators_plan",
     ("Treasury Cabinet Secretary Joseph Kariuki told senators that 12 counties opposed the "
      "plan.",),
     [("Joseph Kariuki", "12")], [], {}),
    ("wsj_said_that_plan",
     ("Chief executive Dana Ruiz said that 60% of shareholders supported the plan.",),
     [("Dana Ruiz", "60%")], [], {}),
    ("ft_told_investors_their_plan",
     ("Pavel Novak told investors that 25 lenders had backed their plan.",),
     [("Pavel Novak", "25")], [], {}),
    ("afp_told_afp_this_plan",
     ("Mayor Ines Carvalho told AFP that 800 residents had signed a petition against this "
      "plan.",),
     [("Ines Carvalho", "800")], [], {}),
    ("scmp_told_lawmakers_project",
     ("Secretary for Development Alan Cheung told lawmakers that the project would cost "
      "HK$12 billion.",),
     [("Alan Cheung", "HK$12 billion")], [], {}),
    ("cbc_told_council_plan",
     ("Coun. Renee Dubois told council that 75 people spoke against the plan.",),
     [("Renee Dubois", "75")], [], {}),
    ("abc_told_radio_proposal",
     ("Premier Sam Whitlock told ABC Radio that 5,000 homes would be built under the "
      "proposal.",),
     [("Sam Whitlock", "5,000")], [], {}),
    ("bloomberg_told_analysts_plan",
     ("Chief financial officer Mei Tanaka told analysts that 30 stores would close under the "
      "plan.",),
     [("Mei Tanaka", "30")], [], {}),
    ("reuters_told_plan_mid",
     ("Okonjo told reporters that 19 countries backed the plan and 4 were undecided.",),
     [("Okonjo", "19")], [], {}),
    ("plan_verb_kept",
     ("Utility executives Ana Ruiz and Tom Bell plan to cut 200 jobs, the company said.",),
     [], [], {}),
    ("companies_plan_verb_kept",
     ("Halvorsen Foods said it plans to hire 300 workers.",),
     [("Halvorsen Foods", "300")], [], {}),
    ("apnews_told_ap_plan",
     ("The governor told The Associated Press that 11 counties had adopted the plan.",),
     [("Governor", "11")], [("Test Herald", "11")], {}),
    ("straits_told_media_plan",
     ("Minister Grace Tan told the media that 2,500 flats would be built under the plan.",),
     [("Grace Tan", "2,500")], [], {}),
    ("dawn_told_dawn_plan",
     ("Provincial minister Asad Qureshi told Dawn that 42 schools had joined the plan.",),
     [("Asad Qureshi", "42")], [], {}),
    ("told_reporters_the_plans",
     ("The minister told reporters that 19 countries backed the plans.",),
     [("Minister", "19")], [("Test Herald", "19")], {}),
    ("told_mps_owner_plans",
     ("Nadia Kerr told MPs that 230 schools would lose funding under the council's plans.",),
     [("Nadia Kerr", "230")], [], {}),
    ("told_staff_its_proposals",
     ("Chief executive Ben Ode told staff that 95 roles would go under its proposals.",),
     [("Ben Ode", "95")], [], {}),
    ("plans_verb_kept_company",
     ("Ardmore Foods plans to cut 150 jobs, the company said.",),
     [("Ardmore Foods", "150")], [], {}),
    ("told_reporters_plain",
     ("The minister told reporters 19 countries backed the plan.",),
     [("Minister", "19")], [], {}),

    # --- a region before "state" is no person ------------------------------------------------
    ("aljazeera_white_nile_41",
     ("Fighting has displaced thousands in Sudan's White Nile state.",
      '"We lost everything," the 41-year-old told Al Jazeera, adding that 12 relatives had '
      "died."),
     [], [("White Nile", "12")], {}),
    ("aljazeera_named_then_state",
     ("Amira Hassan fled Sudan's White Nile state in May.",
      '"We lost everything," the 41-year-old told Al Jazeera, adding that 12 relatives had '
      "died."),
     [("Amira Hassan", "12")], [("White Nile", "12")], {}),
    ("reuters_blue_nile_state",
     ("Gunmen attacked a market in Blue Nile state, where aid groups have few staff.",
      "The 35-year-old trader said 9 stalls were burned."),
     [], [("Blue Nile", "9")], {}),
    ("bbc_kassala_state_comma",
     ("Osman Idris, who lives in Red Sea state, said 60 families had arrived this week.",),
     [("Osman Idris", "60")], [("Red Sea", "60")], {}),
    ("premium_times_plateau_state",
     ("Residents of Bokkos in Plateau state said 27 people were killed.",
      "The 52-year-old farmer said 14 houses were burned."),
     [], [("Plateau", "14")], {}),
    ("punch_cross_river_state",
     ("Flooding hit Cross River state on Monday.",
      "The 38-year-old told Punch that 5 of her neighbours were missing."),
     [], [("Cross River", "5")], {}),
    ("hindu_tamil_nadu_state_of",
     ("Lakshmi Rao moved from Andhra Pradesh state to Chennai in 2019.",
      "The 29-year-old said her rent had risen 40%."),
     [("Lakshmi Rao", "40%")], [("Andhra Pradesh", "40%")], {}),
    ("state_verb_person_kept",
     ("The ministers Ann Reid and Paul Ode state in the letter that 400 posts are vacant.",),
     [], [], {}),
    ("aljazeera_gezira_state_and",
     ("Refugees from Gezira state and Khartoum crowd the camp.",
      "The 60-year-old told Al Jazeera that 8 of her grandchildren were with her."),
     [], [("Gezira", "8")], {}),
    ("ap_upper_nile_state_since",
     ("Aid workers in Upper Nile state since January say cholera is spreading.",
      "The 33-year-old nurse said 120 cases were recorded last week."),
     [], [("Upper Nile", "120")], {}),
    ("nation_person_name_kept",
     ("Grace Wanjiru, 41, sells vegetables in Nakuru.",
      "The 41-year-old told the Nation that 30 traders had left the market."),
     [("Grace Wanjiru", "30")], [], {}),
    ("guardian_named_woman_state",
     ("Fatima Ali, who fled North Darfur state last year, now lives in Chad.",
      "The 27-year-old said 15 people shared her tent."),
     [("Fatima Ali", "15")], [("North Darfur", "15")], {}),

    # --- a remit word titles no one without a title word after it -------------------------
    ("belfast_home_heat_ni",
     ("Prices rose 8% in January, according to the price tracker Home Heat NI.",),
     [("Home Heat NI", "8%")], [("Heat NI", "8%")], {}),
    ("belfast_home_heat_said",
     ("Home Heat NI said prices rose 8% in January.",),
     [("Home Heat NI", "8%")], [("Heat NI", "8%")], {}),
    ("irish_health_watch_ni",
     ("Waiting lists grew by 12,000 last year, the campaign group Health Watch NI said.",),
     [("Health Watch NI", "12,000")], [("Watch NI", "12,000")], {}),
    ("guardian_energy_price_lab",
     ("Energy Price Lab said bills would rise 6% in April.",),
     [("Energy Price Lab", "6%")], [("Price Lab", "6%")], {}),
    ("times_home_secretary_kept",
     ("Home Secretary Ann Reid said 40 officers would be hired.",),
     [("Ann Reid", "40")], [], {}),
    ("health_minister_kept",
     ("Health Minister Ravi Sen said 12 hospitals would open.",),
     [("Ravi Sen", "12")], [], {}),
    ("foreign_minister_kept",
     ("Foreign Minister Elin Strand said 300 citizens had been evacuated.",),
     [("Elin Strand", "300")], [], {}),
    ("finance_secretary_kept",
     ("Finance Secretary Ola Brandt told reporters 2,000 jobs were at risk.",),
     [("Ola Brandt", "2,000")], [], {}),
    ("trade_fuel_watch",
     ("Trade Fuel Watch said diesel rose 4 cents a litre.",),
     [("Trade Fuel Watch", "4 cents")], [], {}),
    ("education_data_hub",
     ("About 14% of pupils were absent, according to Education Data Hub.",),
     [("Education Data Hub", "About 14%")], [], {}),

    # --- a weekday after "the" opens a title -----------------------------------------------
    ("sunday_courier_reported",
     ("The Sunday Courier reported that 300 jobs would go.",),
     [("Sunday Courier", "300")], [("Courier", "300")], {}),
    ("sunday_courier_post",
     ("About 300 jobs would go, the Sunday Courier reported.",),
     [("Sunday Courier", "About 300")], [("Courier", "About 300")], {}),
    ("saturday_ledger_according",
     ("About 300 jobs would go, according to The Saturday Ledger.",),
     [("Saturday Ledger", "About 300")], [("Ledger", "About 300")], {}),
    ("monday_gazette_said",
     ("The Monday Gazette said 45 councils had missed the deadline.",),
     [("Monday Gazette", "45")], [], {}),
    ("sunday_post_quote",
     ("Kerr told the Sunday Herald that 50 staff would be redeployed.",),
     [("Kerr", "50")], [], {}),
    ("on_sunday_date_kept",
     ("On Sunday Mayor Ann Reid said 40 homes were lost.",),
     [("Ann Reid", "40")], [], {}),
    ("said_sunday_date_kept",
     ("The ministry said on Sunday that 70 people were rescued.",),
     [("Ministry", "70")], [], {}),
    ("weekday_name_kept",
     ("Chief Sunday Alabi said 12 boats had sunk.",),
     [("Sunday Alabi", "12")], [], {}),
    ("friday_times_analysis",
     ("An analysis by the Friday Times found 1,200 complaints were never answered.",),
     [("Friday Times", "1,200")], [], {}),
    ("sunday_independent_told",
     ("The Sunday Independent was told that 9 schools would merge.",),
     [], [("Independent", "9")], {}),

    # --- "X and partners": the named body ----------------------------------------------------
    ("unicef_and_partners",
     ("UNICEF and partners said 4,000 children had been vaccinated.",),
     [("UNICEF", "4,000")], [("UNICEF and partners", "4,000")], {}),
    ("survey_by_x_and_partners",
     ("The survey by Halvorsen and partners found 12% of homes were empty.",),
     [("Halvorsen", "12%")], [], {}),
    ("and_partners_firm_kept",
     ("Halvorsen and Partners, a Bergen law firm, said fees rose 6%.",),
     [("Halvorsen and Partners", "6%")], [], {}),
    ("amp_partners_firm_kept",
     ("Rents rose 6%, according to Halvorsen & Partners.",),
     [("Halvorsen & Partners", "6%")], [], {}),
    ("who_and_partners_according",
     ("More than 2 million doses were delivered, according to WHO and partners.",),
     [("WHO", "More than 2 million")], [], {}),
    ("unhcr_and_allies",
     ("UNHCR and allies said 18,000 people crossed the border in March.",),
     [("UNHCR", "18,000")], [], {}),
    ("ifrc_and_partners_post",
     ("Some 600 volunteers were deployed, the IFRC and partners said.",),
     [("IFRC", "Some 600")], [], {}),
    ("smith_and_partners_lower",
     ("Fees rose 9%, said Kvist and partners.",),
     [("Kvist", "9%")], [], {}),

    # --- forecasters in an owned poll ------------------------------------------------------
    ("caixin_poll_expect",
     ("Economists in the Caixin poll expect growth of 5%.",),
     [("Caixin", "5%")], [("Test Herald", "5%")], {}),
    ("reuters_poll_had_forecast",
     ("Economists in a Reuters poll had forecast a 0.3% rise.",),
     [("Reuters", "0.3%")], [], {}),
    ("bloomberg_survey_expected",
     ("Analysts in a Bloomberg survey had expected a profit of $2.1 billion.",),
     [("Bloomberg", "$2.1 billion")], [], {}),
    ("nikkei_survey_expect",
     ("Economists in a Nikkei survey expect the yen to weaken to 160.",),
     [("Nikkei", "160")], [], {}),
    ("pap_poll_forecast",
     ("Economists in a PAP Biznes poll forecast inflation of 4.1%.",),
     [("PAP Biznes", "4.1%")], [], {}),
    ("polled_by_kept",
     ("Economists polled by Reuters had forecast growth of 2.7%.",),
     [], [("Test Herald", "2.7%")], {}),
    ("analysts_bare_kept",
     ("Analysts had projected sales of $3 billion.",),
     [("Test Herald", "$3 billion")], [], {}),
]

MORE = [
    ("hearer_that_plan_ag", ("Attorney General Nadia Rahman told the court that 140 claimants "
                             "had joined the plan.",), [("Nadia Rahman", "140")], [], {}),
    ("hearer_that_plan_union", ("Union leader Kofi Mensah told members that 70% had rejected "
                                "the proposal.",), [("Kofi Mensah", "70%")], [], {}),
    ("hearer_that_plan_ceo", ("The chief executive told staff that 400 roles would move "
                              "under the plan.",), [("Chief executive", "400")],
     [("Test Herald", "400")], {}),
    ("hearer_that_plan_police", ("Police told reporters that 23 people had been arrested "
                                 "over the plan.",), [("Police", "23")], [], {}),
    ("hearer_that_plan_mayor_said_later", (
        "Mayor Tomas Berg unveiled a housing plan on Monday.",
        "Berg told reporters that 1,500 flats would be built under the plan."),
     [("Tomas Berg", "1,500")], [], {}),
    ("hearer_our_plan_quote", ('"Nine regions have backed our plan," Berg told reporters.',),
     [("Berg", "Nine")], [], {}),
    ("region_state_sentence_end", (
        "Mariam Yusuf grew up in Sudan's Gedaref state.",
        "The 30-year-old said 6 of her cousins had been detained."),
     [("Mariam Yusuf", "6")], [("Gedaref", "6")], {}),
    ("region_state_authorities", (
        "White Nile state authorities closed the river crossing.",
        "The 50-year-old ferryman said 200 people were stranded."),
     [], [("White Nile", "200")], {}),
    ("region_state_governor", (
        "Blue Nile state governor Ahmed Omer said 9 villages were shelled.",),
     [], [("Blue Nile", "9")], {}),
    ("remit_title_kept_defence", ("Defence Secretary Jo Hale said 4,000 troops were ready.",),
     [("Jo Hale", "4,000")], [], {}),
    ("remit_title_kept_interior", ("Interior Minister Omar Diallo said 16 suspects were held.",),
     [("Omar Diallo", "16")], [], {}),
    ("remit_body_energy_watch_post", ("Bills will rise 11%, Energy Bill Watch said.",),
     [("Energy Bill Watch", "11%")], [], {}),
    ("weekday_title_sunday_world", ("The Sunday World revealed that 12 officers were under "
                                    "investigation.",), [("Sunday World", "12")], [], {}),
    ("weekday_title_monday_morning_kept", ("On Monday morning police said 3 men were "
                                           "arrested.",), [("Police", "3")], [], {}),
    ("weekday_mass_kept", ("After the Sunday Mass, Father Peter Obi said 500 people had "
                           "attended.",), [("Peter Obi", "500")], [], {}),
    ("partners_who_post", ("About 700 health workers were trained, WHO and partners said.",),
     [("WHO", "About 700")], [], {}),
    ("partners_firm_said_again", ("Kerr and Partners, a Glasgow surveyor, said prices fell "
                                  "2%.",), [("Kerr and Partners", "2%")], [], {}),
    ("partners_firm_amp_said", ("Lund & Partners said its fees rose 3%.",),
     [("Lund & Partners", "3%")], [], {}),
    ("poll_owned_reuters_expected_profit", ("Analysts in a Reuters poll had expected net "
                                            "profit of 4.2 billion rand.",),
     [("Reuters", "4.2 billion rand")], [], {}),
    ("poll_owned_lseg_survey", ("Analysts in an LSEG survey had expected revenue of $8.9 "
                                "billion.",), [("LSEG", "$8.9 billion")], [], {}),
    ("poll_owned_the_bloomberg_poll", ("Economists in the Bloomberg poll had predicted a 25 "
                                       "basis point cut.",), [("Bloomberg", "25 basis point")],
     [], {}),
    ("poll_owned_wsj_survey", ("Economists in The Wall Street Journal survey expect 2.1% "
                               "growth.",), [("Wall Street Journal", "2.1%")], [], {}),
    ("poll_unowned_kept", ("Economists in the survey expect growth of 5%.",),
     [], [("Survey", "5%")], {}),
    ("poll_polled_by_count_kept", ("Nine of 11 analysts polled by Reuters had expected a hold "
                                   "at 6.5%.",), [], [("Test Herald", "Nine")], {}),
]


def _more_cases():
    """Further sentences in other outlets' styles, each one rule's."""
    out = []
    told = [
        ("guardian", "The chancellor told the Commons that 1.2 million households would gain "
         "from the plan.", "Chancellor", "1.2 million"),
        ("bbc", "Ms Adeyemi told BBC Radio 4 that 250 councils had applied to the plan.",
         "Adeyemi", "250"),
        ("reuters", "Minister Hugo Vidal told Reuters that 8 banks had joined the plan.",
         "Hugo Vidal", "8"),
        ("ap", "Sheriff Dan Boyle told reporters that 17 deputies backed the proposal.",
         "Dan Boyle", "17"),
        ("toi", "Collector Meena Iyer told TOI that 90 tankers were deployed for the project.",
         "Meena Iyer", "90"),
        ("dw", "Chancellor Petra Hahn told parliament that 34 states supported the plan.",
         "Petra Hahn", "34"),
        ("rnz", "Minister Aroha Ngata told RNZ that 600 homes were in the project.",
         "Aroha Ngata", "600"),
        ("cnn", "Governor Lisa Park told CNN that 22 counties opposed the plan.",
         "Lisa Park", "22"),
        ("sky", "Mr Fenwick told Sky News that 45 clubs had signed the proposal.",
         "Fenwick", "45"),
        ("npr", "Superintendent Ray Cole told NPR that 13 schools would join the plan.",
         "Ray Cole", "13"),
        ("globe", "Minister Claire Roy told the legislature that 7 First Nations backed the "
         "plan.", "Claire Roy", "7"),
        ("philstar", "Secretary Jose Ramos told senators that 28 provinces would pilot the "
         "project.", "Jose Ramos", "28"),
        ("japantimes", "Minister Kenji Mori told the Diet that 3 prefectures rejected the "
         "plan.", "Kenji Mori", "3"),
        ("arabnews", "Minister Faisal Al-Omar told Arab News that 40 firms joined the "
         "project.", "Faisal Al-Omar", "40"),
        ("independent", "Mayor Sadia Khan told the Independent that 11 boroughs backed her "
         "plan.", "Sadia Khan", "11"),
    ]
    for style, st, sp, fig in told:
        out.append((f"{style}_told_plan", (st,), [(sp, fig)], [("Test Herald", fig)], {}))
    regions = [
        ("reuters", "Clashes spread to South Kordofan state on Tuesday.", "Kordofan", "South "
         "Kordofan"),
        ("aljaz", "Thousands fled Sennar state this month.", "Sennar", "Sennar"),
        ("ap", "Rains flooded parts of Jonglei state, where roads are cut.", "Jonglei",
         "Jonglei"),
        ("bbc", "The fighting in Blue Nile state has closed schools.", "Blue Nile", "Blue Nile"),
        ("nation", "Cattle raiders struck in Warrap state and Lakes on Friday.", "Warrap",
         "Warrap"),
        ("afp", "Villages in Northern Bahr el Ghazal state were emptied.", "Bahr el Ghazal",
         "Northern Bahr el Ghazal"),
    ]
    for style, first, _short, name in regions:
        out.append((f"{style}_region_state_year_old",
                    (first, "The 44-year-old told the reporter that 16 relatives had died."),
                    [], [(name, "16")], {}))
    remits = [
        ("newsletter", "Home Energy Scot said bills rose 7% in March.", "Home Energy Scot",
         "7%"),
        ("belfasttel", "Rents rose 5%, according to the listings site Home Finder NI.",
         "Home Finder NI", "5%"),
        ("irishtimes", "Health Access Ireland said 18,000 patients waited over a year.",
         "Health Access Ireland", "18,000"),
        ("walesonline", "Energy Saving Cymru said 3,000 homes were insulated.",
         "Energy Saving Cymru", "3,000"),
    ]
    for style, st, sp, fig in remits:
        out.append((f"{style}_remit_body", (st,), [(sp, fig)], [], {}))
    weekdays = [
        ("scotsman", "The Sunday Mail reported that 80 officers were suspended.",
         "Sunday Mail", "80"),
        ("irish", "Nearly 200 beds were closed, the Sunday Business Post reported.",
         "Sunday Business Post", "Nearly 200"),
        ("aus", "The Saturday Paper reported that 14 staff had resigned.",
         "Saturday Paper", "14"),
        ("nz", "The Sunday Star-Times said 60 claims were pending.",
         "Sunday Star-Times", "60"),
        ("uk", "According to the Sunday Telegraph, 25 MPs signed the letter.",
         "Sunday Telegraph", "25"),
    ]
    for style, st, sp, fig in weekdays:
        out.append((f"{style}_weekday_title", (st,), [(sp, fig)], [], {}))
    polls = [
        ("reuters", "Analysts in a Reuters poll expect the central bank to cut to 5.25%.",
         "Reuters", "5.25%"),
        ("bloomberg", "Economists in a Bloomberg survey had forecast 210,000 new jobs.",
         "Bloomberg", "210,000"),
        ("caixin", "Economists in the Caixin survey expect exports to rise 3.5%.",
         "Caixin", "3.5%"),
        ("kyodo", "Economists in a Kyodo News poll forecast growth of 0.9%.",
         "Kyodo News", "0.9%"),
        ("factset", "Analysts in a FactSet survey had expected earnings of $1.42 a share.",
         "FactSet", "$1.42"),
    ]
    for style, st, sp, fig in polls:
        out.append((f"{style}_owned_poll", (st,), [(sp, fig)], [], {}))
    partners = [
        ("ocha", "WFP and partners said 1.4 million people received food in May.", "WFP",
         "1.4 million"),
        ("msf", "MSF and partners treated 9,000 patients, the charity and partners said.",
         None, None),
        ("unicef_by", "Some 2,300 classrooms were rebuilt by UNICEF and partners, UNICEF said.",
         "UNICEF", "Some 2,300"),
    ]
    for style, st, sp, fig in partners:
        if sp:
            out.append((f"{style}_and_partners", (st,), [(sp, fig)], [], {}))
    return out


CASES += MORE + _more_cases()

# Constructions the rules of this round do not reach yet.
XFAIL = {
    "unhcr_and_allies": "no frame is found for 'X and allies said' (the pair reads as no "
    "speaker phrase)",
    "pap_poll_forecast": "a bare 'poll forecast' reads as a noun compound, so no frame",
    "kyodo_owned_poll": "a bare 'poll forecast' reads as a noun compound, so no frame",
    "weekday_title_monday_morning_kept": "'Monday morning police' keeps 'Morning' in the "
    "speaker (a part of the day after a weekday opening the sentence)",
    "poll_polled_by_count_kept": "a count of those polled opening the sentence stays the "
    "outlet's, not the pollster's",
}


def _params():
    for case in CASES:
        marks = []
        if case[0] in XFAIL and XFAIL[case[0]]:
            marks.append(pytest.mark.xfail(strict=True, reason=XFAIL[case[0]]))
        yield pytest.param(*case, id=case[0], marks=marks)


@pytest.mark.parametrize("case_id, paragraphs, wanted, unwanted, options", list(_params()))
def test_speakers_kept(case_id, paragraphs, wanted, unwanted, options):
    got = {(c.speaker, c.figure_text) for c in run(*paragraphs, **options)}
    for pair in wanted:
        assert pair in got, (pair, sorted(got))
    for pair in unwanted:
        assert pair not in got, (pair, sorted(got))


# A company whose first word is also a surname: its kind word ("Data", "Analytics") ends the
# name, so no person is read in it.
KINDS = [
    ("Tallis Data said revenue rose 14% last year.", "Tallis Data", "14%"),
    ("Revenue at Corrick Data rose 9%, the company said.", "Corrick Data", "9%"),
    ("Sales fell 3%, according to Wexley Data.", "Wexley Data", "3%"),
    ("Morgan Data said 2,000 firms use its software.", "Morgan Data", "2,000"),
]


@pytest.mark.parametrize("sentence, speaker, figure", KINDS, ids=[k[1] for k in KINDS])
def test_company_named_for_a_surname(sentence, speaker, figure):
    got = {(c.speaker, c.figure_text): c.speaker_kind for c in run(sentence)}
    assert got.get((speaker, figure)) == "organisation", sorted(got.items())
