"""Session 17, round up: role nouns and pronouns that refer back to an earlier speaker.

"the minister", "the spokeswoman", "the official", "the governor", "the two officials",
"the coach", "the prosecutor", "the envoy", "he"/"she"/"they"/"it", "his office", "her team",
"the person" -- bound to the right earlier speaker when the story has several people or
bodies (two ministers; a spokesperson of one body and an official of another; a person
quoted between two mentions of a role; a role first used in the headline; gendered
pronouns when the story names a man and a woman; an unnamed "nurse" or "person familiar
with the matter" speaking on) -- and the near misses where they must not bind (a quoted
speaker's "he" for a third person, "a spokesman" of a new body, "the defence ministry"
after the interior ministry spoke). Every sentence is invented, in many outlets' styles.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_speakers import run

# Each case: (id, paragraphs, pairs that must be found, pairs that must not, options for run).
# A pair is (speaker, figure as written).
CASES = [
    # --- two ministers: the role noun takes the one whose title has its words -------------
    ("wire_two_ministers_finance",
     ("Finance Minister Tomas Varga said the deficit would narrow to 3.1% next year.",
      "Health Minister Ilona Benedek said hospitals needed 400 more doctors.",
      "The finance minister said tax revenue rose 6%."),
     [("Tomas Varga", "3.1%"), ("Ilona Benedek", "400"), ("Tomas Varga", "6%")], [], {}),
    ("wire_two_ministers_health",
     ("Finance Minister Tomas Varga said the deficit would narrow to 3.1% next year.",
      "Health Minister Ilona Benedek said hospitals needed 400 more doctors.",
      "The health minister said waiting lists had grown by 12,000."),
     [("Ilona Benedek", "12,000")], [("Tomas Varga", "12,000")], {}),
    ("guardian_two_ministers_minister_last",
     ("The education secretary, Priya Lall, said 1,200 schools needed repairs.",
      "The chancellor, Martin Hewett, said the Treasury had set aside £2bn.",
      "The education secretary added that 300 of them were unsafe."),
     [("Priya Lall", "1,200"), ("Martin Hewett", "£2bn"), ("Priya Lall", "300")], [], {}),
    ("nation_cabinet_secretary_two",
     ("Treasury Cabinet Secretary Joseph Kamau said the government would borrow Sh400 billion.",
      "Agriculture Cabinet Secretary Esther Wairimu said maize output fell 18 per cent.",
      "The Treasury CS said interest payments would take 32 per cent of revenue."),
     [("Joseph Kamau", "Sh400 billion"), ("Esther Wairimu", "18 per cent")], [], {}),
    ("reuters_two_ministers_foreign_defence",
     ("Foreign Minister Lena Sorvik said talks with 14 countries were under way.",
      "Defence Minister Arne Dahl said the army would add 2,000 conscripts.",
      "The defence minister said the first 500 would report in May."),
     [("Arne Dahl", "2,000"), ("Arne Dahl", "500")], [("Lena Sorvik", "500")], {}),

    # --- the same role, the same person, with someone quoted in between -------------------
    ("ap_governor_between",
     ("Gov. Dana Whitlock said 42 counties were under a disaster declaration.",
      "Ray Tolliver, a farmer near Pell City, said he lost 300 head of cattle.",
      "The governor said the state would ask for $90 million in federal aid."),
     [("Dana Whitlock", "42"), ("Ray Tolliver", "300"), ("Dana Whitlock", "$90 million")],
     [("Ray Tolliver", "$90 million")], {}),
    ("bbc_coach_between",
     ("Head coach Marta Ilves said her side had won 11 of its last 12 games.",
      "Captain Joel Annan said the squad had trained for six weeks at altitude.",
      "The coach said 3,000 fans were expected to travel."),
     [("Marta Ilves", "11"), ("Joel Annan", "six weeks"), ("Marta Ilves", "3,000")],
     [("Joel Annan", "3,000")], {}),
    ("times_prosecutor_between",
     ("Prosecutor Helen Marsh told the court the defendant had taken £240,000.",
      "Defending, Owen Pryce said his client had repaid £15,000.",
      "The prosecutor said the thefts ran over 31 months."),
     [("Helen Marsh", "£240,000"), ("Owen Pryce", "£15,000"), ("Helen Marsh", "over 31 months")],
     [], {}),
    ("afp_envoy_between",
     ("UN envoy Karim Haddad said 1,300 detainees would be freed in the first phase.",
      "Rebel negotiator Salim Obeid said his side held 400 prisoners.",
      "The envoy said the exchange would take three days."),
     [("Karim Haddad", "1,300"), ("Salim Obeid", "400"), ("Karim Haddad", "three days")],
     [], {}),
    ("cnn_mayor_between",
     ("Mayor Luis Ortega said the city had cleared 2,400 tons of debris.",
      "Resident Kim Bao said her street had been without power for nine days.",
      "The mayor said 60 crews were still working."),
     [("Luis Ortega", "2,400 tons"), ("Kim Bao", "nine days"), ("Luis Ortega", "60")], [], {}),

    # --- a spokesperson of one body and an official of another ---------------------------
    ("reuters_spokeswoman_and_official",
     ("A spokeswoman for the Harbour Authority, Nadia Rahim, said 14 ships were waiting.",
      "Port Police official Victor Lenz said 36 containers had been searched.",
      "The spokeswoman said the backlog would clear in four days."),
     [("Nadia Rahim", "14"), ("Victor Lenz", "36"), ("Nadia Rahim", "four days")],
     [("Victor Lenz", "four days")], {}),
    ("reuters_official_and_spokeswoman",
     ("A spokeswoman for the Harbour Authority, Nadia Rahim, said 14 ships were waiting.",
      "Port Police official Victor Lenz said 36 containers had been searched.",
      "The official said 5 people had been arrested."),
     [("Victor Lenz", "5")], [("Nadia Rahim", "5")], {}),
    ("ndtv_two_officials_plural",
     ("District collector Anil Mehra and police superintendent Kavita Rao visited the site.",
      "The two officials said 23 families had been moved to a relief camp."),
     [("Anil Mehra and Kavita Rao", "23")], [], {}),

    # --- the person described with a role in the headline -------------------------------
    ("headline_minister_says",
     ("Energy Minister Rosa Quintal said fuel imports would fall 9% this year.",),
     [("Rosa Quintal", "9%")], [],
     {"headline": "Minister says 40 new wind farms planned"}),
    ("headline_governor_then_named",
     ("Gov. Hal Brennan said on Tuesday he had ordered 700 National Guard troops to the "
      "border.",),
     [("Hal Brennan", "700")], [], {"headline": "Governor sends troops"}),

    # --- a role whose holder the story names only later ---------------------------------
    ("body_role_named_next",
     ("The coach said the club would sign 3 players this summer.",
      "Head coach Elin Strand was speaking after training on Monday."),
     [("Elin Strand", "3")], [], {}),

    # --- a role noun never binds a person named later with another role ------------------
    ("punch_spokesman_not_parent",
     ("The Police Public Relations Officer in the state, DSP Bello Idris, confirmed the "
      "abduction on Monday.",
      "\"So far, five of the pupils have escaped,\" the spokesman said.",
      "A parent, Malam Garba Usman, said his two sons were among those taken."),
     [("Garba Usman", "two")], [("Garba Usman", "five")], {}),

    # --- he / she with a man and a woman -------------------------------------------------
    ("ap_she_after_he",
     ("Sen. Tom Hale said the bill would cost $4 billion.",
      "Rep. Maria Duarte said it would cover 2 million people.",
      "She said 300,000 of them were children."),
     [("Maria Duarte", "300,000")], [("Tom Hale", "300,000")], {}),
    ("ap_he_after_she",
     ("Rep. Maria Duarte said the bill would cover 2 million people.",
      "Sen. Tom Hale said it would cost $4 billion.",
      "Duarte disagreed.",
      "He said 40 senators would oppose it."),
     [("Tom Hale", "40")], [("Maria Duarte", "40")], {}),
    ("guardian_mr_and_ms",
     ("Mr Adeyemi said 70 staff had been laid off.",
      "Ms Okafor said the union would ballot 2,000 members.",
      "She said the vote would close in 14 days."),
     [("Okafor", "14 days")], [("Adeyemi", "14 days")], {}),
    ("wire_she_skips_quoted_man",
     ("Mayor Lena Hoffmann said her city would build 800 flats.",
      "Developer Ralf Grieg said his costs had risen 20%.",
      "She said the first 200 would be ready next year."),
     [("Lena Hoffmann", "200")], [("Ralf Grieg", "200")], {}),
    ("herald_his_after_named_woman",
     ("Finance director Anna Kowal said the council had saved £1.2m.",
      "Councillor Peter Drew said he would vote against the budget.",
      "He said 15 libraries would close under the plan."),
     [("Peter Drew", "15")], [("Anna Kowal", "15")], {}),

    # --- he / she for a person introduced without speaking ------------------------------
    ("sun_he_said_colon_after_landlord",
     ("Forecaster Dan Kemble said temperatures could drop to minus 14C.",
      "In Buxton, pub landlord Tony Radley, 58, was taking no chances.",
      "He said: \"We got snowed in for four days in 2018.\""),
     [("Dan Kemble", "minus 14C"), ("Tony Radley", "four days")],
     [("Dan Kemble", "four days")], {}),
    ("nh_she_after_possessive_opener",
     ("Amina Warsame walked for six days with her children to reach the camp.",
      "Clinic director Yusuf Abdi Farah said the clinics saw 4,000 patients a month.",
      "Warsame's son is now in a stabilisation centre.",
      "\"But I have three more to feed,\" she said."),
     [("Amina Warsame", "three")], [("Yusuf Abdi Farah", "three")], {}),

    # --- she / he after an unnamed person spoke -----------------------------------------
    ("ap_she_after_a_nurse",
     ("WFP spokeswoman Maren Olsen said 6 million people needed food aid.",
      "At a clinic near the border, a nurse said staff saw 250 patients a day.",
      "\"Many of them have not eaten for three days,\" she said."),
     [("Nurse", "250"), ("Nurse", "three days")], [("Maren Olsen", "three days")], {}),
    ("bbc_he_after_a_resident",
     ("Council leader Sarah Booth said 90 homes had been flooded.",
      "A resident said the water rose 2 feet in an hour.",
      "\"We lost everything in 20 minutes,\" he said."),
     [("Resident", "20 minutes")], [("Sarah Booth", "20 minutes")], {}),

    # --- "the person", "the source" after "a person familiar with the matter" ------------
    ("techcrunch_the_person_said",
     ("The sales team will shrink by 40%, according to a person familiar with the matter.",
      "Engineering will lose fewer than 30 people, the person said."),
     [("Person familiar with the matter", "40%"),
      ("Person familiar with the matter", "fewer than 30")], [], {}),
    ("bloomberg_the_people_said",
     ("The fund is seeking $2 billion, according to people familiar with the matter.",
      "It has already secured 60% of that, the people said."),
     [("People familiar with the matter", "$2 billion"),
      ("People familiar with the matter", "60%")], [], {}),
    ("reuters_the_source_said",
     ("Output at the refinery fell to 90,000 barrels a day, a source at the plant said.",
      "Repairs could take 10 days, the source said."),
     [("Source", "90,000 barrels"), ("Source", "10 days")], [], {}),

    # --- "his office", "her team", "his group" -------------------------------------------
    ("propublica_his_office",
     ("Records show the Harlan County Sheriff's Office received $4.1 million.",
      "Sheriff Dale Pruitt declined to be interviewed.",
      "In a written statement, his office said deputies had seized 300 pounds of drugs."),
     [("Harlan County Sheriff's Office", "300 pounds")], [], {}),
    ("nature_her_team_found",
     ("\"It is the new normal,\" says Ingrid Solberg, a marine ecologist at the University "
      "of Bergen.",
      "Solberg says mortality was patchy. Her team found that 50% of corals had died."),
     [("Ingrid Solberg", "50%")], [], {}),
    ("post_his_group_linked",
     ("\"Problems show up months later,\" said Aaron Pell, a researcher at the nonprofit "
      "Drug Watch Ledger.",
      "Pell pointed to a 2024 recall. His group estimates it caused at least 22 "
      "infections."),
     [("Drug Watch Ledger", "at least 22")], [], {}),

    # --- "it" for a company or an agency --------------------------------------------------
    ("wire_it_company_after_person",
     ("Nordhav Energi cut its dividend on Thursday.",
      "Chief executive Lars Berge said the market was weak.",
      "It said profit fell 31% in the quarter."),
     [("Nordhav Energi", "31%")], [("Lars Berge", "31%")], {}),
    ("wire_it_agency",
     ("The National Weather Agency issued a red warning for 12 provinces.",
      "It said rainfall could reach 200 mm in 24 hours."),
     [("National Weather Agency", "12"), ("National Weather Agency", "200 mm")], [], {}),

    # --- they for a group or for two people ---------------------------------------------
    ("wire_they_union",
     ("The Rail Workers Union called a strike on Monday.",
      "They said 9,000 members would walk out."),
     [("Rail Workers Union", "9,000")], [], {}),

    # --- a body's role noun must not bind another body ----------------------------------
    ("notes_defence_ministry_not_interior",
     ("According to the interior ministry, the state has spent 1.6 billion zloty on the "
      "barrier.",
      "About 6,000 soldiers are deployed on the frontier, the defence ministry said."),
     [("Interior ministry", "1.6 billion zloty"), ("Defence ministry", "About 6,000")],
     [("Interior ministry", "About 6,000")], {}),
    ("wire_health_ministry_not_finance",
     ("The finance ministry said the budget would grow 4% next year.",
      "Hospitals treated 12,000 patients last week, the health ministry said."),
     [("Health ministry", "12,000")], [("Finance ministry", "12,000")], {}),
    ("wire_new_spokesman_other_body",
     ("The Kestrel Mining Company said output rose 8% in the quarter.",
      "A spokesman for the Miners' Federation said 400 workers had been laid off."),
     [("Kestrel Mining Company", "8%")], [("Kestrel Mining Company", "400")], {}),

    # --- a quoted speaker's he refers to a third person ----------------------------------
    ("ap_quoted_he_third_person",
     ("Coach Mia Larsen said the team missed its captain.",
      "\"He scored 14 goals for us last season,\" Larsen said."),
     [("Mia Larsen", "14")], [], {}),
]


@pytest.mark.parametrize("case_id, paragraphs, wanted, unwanted, options", CASES,
                         ids=[c[0] for c in CASES])
def test_role_nouns_and_pronouns_refer_back(case_id, paragraphs, wanted, unwanted, options):
    got = {(c.speaker, c.figure_text) for c in run(*paragraphs, **options)}
    for pair in wanted:
        assert pair in got, (pair, sorted(got))
    for pair in unwanted:
        assert pair not in got, (pair, sorted(got))
