"""Session 18, round ve: figures an attribution does not scope are the outlet's.

"He told thousands of cheering supporters that ..." (the hearer counted is the writer's
description of the scene, not what was said); '"...," the 62-year-old told the Herald,
standing outside the flat she shares with her three sons' and '"...," she told a rally
attended by about 2,000 people' (after a "told" tag that closes a quotation, the quotation
was all the speaker said: the rest is the writer's); "It was the country's eighth general
election in five years." (a pronoun that only says what something is stands for the news,
not for the source that spoke before). Guards: what follows "told reporters" is what was
said; "adding that", "saying", a colon or a new quotation carries the speaker's words on;
"It has also released $1.5 million" carries on the source's deeds. Every sentence is
invented, in many outlets' house styles.
"""

from __future__ import annotations

import pytest

from tests.extraction.cases import case_params, check_pairs

H = "Test Herald"

# Each case: (id, paragraphs, pairs that must be found, pairs that must not, options for run).
CASES = [
    # --- the hearer counted after "told" is the writer's -----------------------------------
    ("ap_told_thousands_supporters",
     ('Opposition leader Chikondi Mwale told thousands of cheering supporters at a stadium in '
      'Blantyre that "change is coming."',),
     [(H, "thousands")], [("Chikondi Mwale", "thousands")], {}),
    ("reuters_told_some_delegates",
     ("Trade Minister Ilse Vandamme told some 300 delegates at the summit that the bloc "
      "would not back down.",),
     [(H, "some 300")], [("Ilse Vandamme", "some 300")], {}),
    ("guardian_addressed_crowd",
     ("Labour's deputy leader Ruth Ambrose addressed about 4,000 marchers in Parliament "
      "Square before the vote.",),
     [], [("Ruth Ambrose", "about 4,000")], {}),
    ("hindu_told_gathering_of",
     ("Chief Minister P. Venkatesan told a gathering of over 10,000 farmers in Thanjavur "
      "that the loans would be waived.",),
     [], [("P. Venkatesan", "over 10,000")], {}),
    ("nation_told_hundreds",
     ("Governor Amos Kiprono told hundreds of residents in Eldoret that the road would be "
      "tarmacked.",),
     [(H, "hundreds")], [("Amos Kiprono", "hundreds")], {}),
    ("punch_told_crowd_of",
     ("The governorship candidate, Tunde Adeyemo, told a crowd of about 5,000 traders at "
      "the market that taxes would be cut.",),
     [], [("Tunde Adeyemo", "about 5,000")], {}),
    ("national_told_more_than",
     ("Sheikha Mariam Al Suwaidi told more than 200 students at the university that the "
      "scholarships would continue.",),
     [], [("Mariam Al Suwaidi", "more than 200")], {}),
    ("abc_told_dozens",
     ("Premier Kate Halloran told dozens of flood-hit residents in Lismore that help was on "
      "its way.",),
     [(H, "dozens")], [("Kate Halloran", "dozens")], {}),
    ("cbc_told_audience_of",
     ("Mayor Josée Lapointe told an audience of roughly 600 people at the town hall that "
      "taxes would rise.",),
     [], [("Josée Lapointe", "roughly 600")], {}),
    ("sun_told_fans",
     ("Boss Gary Mottram told 3,000 travelling fans they had been \"magnificent\".",),
     [], [("Gary Mottram", "3,000")], {}),
    # --- after a quotation's "told" tag, the rest is the writer's --------------------------
    ("aljaz_told_sitting_tent",
     ('"She was fine in the morning and gone by the evening," the 34-year-old told Al '
      'Jazeera, sitting outside the tent she shares with her five children.',),
     [(H, "five")], [], {}),
    ("guardian_told_audience_seat",
     ('"We made it with almost nothing," director Lena Brandt told the audience at the '
      '1,800-seat Palace Theatre.',),
     [(H, "1,800-seat")], [("Lena Brandt", "1,800-seat")], {}),
    ("dw_told_rally_attended",
     ('"The tide has turned," party leader Jonas Erhardt told a rally in Leipzig attended '
      'by about 3,000 people.',),
     [(H, "about 3,000")], [("Jonas Erhardt", "about 3,000")], {}),
    ("bbc_told_standing_outside",
     ('"It is a nightmare," Sian Pritchard told BBC Wales, standing outside her home of 30 '
      'years.',),
     [], [("Sian Pritchard", "30 years")], {}),
    ("mirror_told_holding",
     ('"He was our whole world," the 29-year-old told the Mirror, holding a photograph of '
      'her two sons.',),
     [(H, "two")], [], {}),
    ("reuters_told_on_day_after",
     ('"We expect the talks to resume," Foreign Minister Tomas Verhoeven told Reuters on '
      'Tuesday, two days after the ceasefire.',),
     [(H, "two days")], [("Tomas Verhoeven", "two days")], {}),
    ("espn_told_sources_two_days",
     ('"He wanted to stay," one source told the Gazette on Friday, three days after the '
      'deadline.',),
     [(H, "three days")], [], {}),
    ("star_told_star_at_farm",
     ('"The rains failed us," farmer Esther Wanjala told the Standard at her farm in Kitale, '
      'where 40 acres of maize have dried up.',),
     [], [("Esther Wanjala", "40 acres")], {}),
    ("gulfnews_told_at_event",
     ('"Demand has never been stronger," Rashid Al Marri told Gulf Today at an event '
      'attended by more than 500 investors.',),
     [(H, "more than 500")], [("Rashid Al Marri", "more than 500")], {}),
    ("smh_told_herald_wearing",
     ('"We are exhausted," nurse Priya Raman told the Herald, after finishing her third '
      '12-hour shift in a row.',),
     [], [("Priya Raman", "12-hour")], {}),
    ("ktv_told_seven_news_beside",
     ('"I just ran," Darnell Hughes told 7 News, standing beside the two cars that were '
      'crushed.',),
     [(H, "two")], [("Darnell Hughes", "two")], {}),
    ("straits_told_question_mark",
     ('"Why should we pay more?" retiree Tan Bee Leng told The Straits Times at a hawker '
      'centre with 60 stalls.',),
     [(H, "60")], [("Tan Bee Leng", "60")], {}),
    ("ndtv_told_after_dash",
     ('"We have lost everything\u2014" the farmer, Ramesh Yadav, told NDTV outside his '
      'two-room house.',),
     [], [("Ramesh Yadav", "two-room")], {}),
    ("curly_quotes_told_rally",
     ("\u201cThis is our moment,\u201d candidate Maria Ostrowska told a rally attended by "
      "about 1,500 supporters.",),
     [(H, "about 1,500")], [("Maria Ostrowska", "about 1,500")], {}),
    # --- guards: what follows "told" is what was said ---------------------------------------
    ("guard_told_reporters_count",
     ("Fire chief Luis Furtado told reporters 23 people had been evacuated.",),
     [("Luis Furtado", "23")], [(H, "23")], {}),
    ("guard_told_reuters_save",
     ("Chief executive Mwansa Tembo told Reuters the cuts would save around $35 million a "
      "year.",),
     [("Mwansa Tembo", "around $35 million")], [(H, "around $35 million")], {}),
    ("guard_told_court_transfers",
     ("Prosecutor Hamish Tuilagi told the court the defendant made 412 transfers from the "
      "accounts.",),
     [("Hamish Tuilagi", "412")], [], {}),
    ("guard_told_that_count",
     ("Minister Ana Duarte told parliament that 1,200 schools would be rebuilt.",),
     [("Ana Duarte", "1,200")], [], {}),
    ("guard_told_quote_adding",
     ('"We are ready," Finance Minister Kofi Mensah told reporters, adding that 300 '
      'jobs would be created.',),
     [("Kofi Mensah", "300")], [], {}),
    ("guard_told_quote_saying",
     ('"It is a disaster," Mayor Ellen Hart told the council, saying repairs would cost '
      '$4 million.',),
     [("Ellen Hart", "$4 million")], [], {}),
    ("guard_told_quote_colon",
     ('"Look at the numbers," economist Raj Patel told CNBC: inflation has run at 6% for '
      'a year.',),
     [], [(H, "6%")], {}),
    ("guard_told_quote_second_quote",
     ('"We are ready," coach Dale Burke told reporters, "and 40,000 fans will be behind '
      'us."',),
     [("Dale Burke", "40,000")], [], {}),
    ("guard_said_after_win",
     ('"We were patient," Amina Sesay said after Saturday\'s 3-1 win over Rovers.',),
     [("Amina Sesay", "3")], [], {}),
    ("guard_told_quote_that",
     ('"The money is there," Treasurer Jo Whitby told ABC Radio, noting that $2 billion '
      'had been set aside.',),
     [("Jo Whitby", "$2 billion")], [], {}),
    ("guard_figure_in_quote_before_told",
     ('"We have 40 beds and 400 patients," Dr Nadia Haddad told Al Jazeera.',),
     [("Nadia Haddad", "40"), ("Nadia Haddad", "400")], [], {}),
    ("guard_told_mps_figures",
     ("Home Secretary Clare Dunmore told MPs that 1,400 people had been arrested.",),
     [("Clare Dunmore", "1,400")], [], {}),
    ("guard_told_quote_which",
     ('"It is working," the ministry told Reuters, which it said had cut queues by 30%.',),
     [], [(H, "30%")], {}),
    ("guard_told_no_quote_scene",
     ("Colonel Samuel Okafor told journalists in Maiduguri that 45 insurgents had been "
      "killed.",),
     [("Samuel Okafor", "45")], [], {}),
    # --- a pronoun that only says what something is -----------------------------------------
    ("euronews_it_was_eighth",
     ("Turnout was 38.6%, according to the Central Election Commission.",
      "It was the country's eighth general election in five years."),
     [(H, "five years")], [("Central Election Commission", "five years")], {}),
    ("same_para_it_was_eighth",
     ("Turnout was 38.6%, according to the Central Election Commission. It was the "
      "country's eighth general election in five years.",),
     [(H, "five years")], [("Central Election Commission", "five years")], {}),
    ("yonhap_it_was_first_launch",
     ("South Korea's Joint Chiefs of Staff said the missile flew about 600 km. It was the "
      "North's first ballistic missile launch in about five months.",),
     [(H, "about five months")], [("South Korea's Joint Chiefs of Staff",
                                   "about five months")], {}),
    ("afp_it_is_third_attack",
     ("The army said 12 soldiers were killed. It is the third such attack in two weeks.",),
     [], [("Army", "two weeks")], {}),
    ("ap_it_was_deadliest",
     ("The coroner's office said 14 people died. It was the deadliest fire in the city in "
      "30 years.",),
     [], [("Coroner's office", "30 years")], {}),
    ("guardian_they_were_first",
     ("Public Health Wales said two cases had been confirmed in Cardiff. They were the first "
      "cases in 14 months.",),
     [], [("Public Health Wales", "14 months")], {}),
    ("hindu_it_has_been_a",
     ("The Meteorological Department said 210 mm of rain fell in Chennai. It has been a "
      "wet week across 12 districts.",),
     [], [("Meteorological Department", "12")], {}),
    ("nation_it_remains_one",
     ("The Kenya Wildlife Service said 14 elephants had died. It remains one of the worst "
      "droughts in 40 years.",),
     [], [("Kenya Wildlife Service", "40 years")], {}),
    ("abc_it_was_a",
     ("The Bureau of Meteorology said the temperature reached 46.2C. It was a record for "
      "the 110-year-old station.",),
     [], [("Bureau of Meteorology", "110-year-old")], {}),
    # --- guards: a pronoun carrying on the source's deeds -----------------------------------
    ("guard_it_has_also_released",
     ("The Ministry of Foreign Affairs and Trade said 40 people had died. It has also "
      "released $1.5 million in aid.",),
     [("Ministry of Foreign Affairs and Trade", "$1.5 million")], [], {}),
    ("guard_it_was_detected",
     ("Toxicologist Nasrin Falloway said the drug was spreading. It was detected in 31 "
      "deaths in 2024, up from 12 the year before.",),
     [("Nasrin Falloway", "31")], [], {}),
    ("guard_it_was_followed",
     ("The Himalayan Seismic Network said the quake struck at 4 a.m. It was followed by at "
      "least 40 aftershocks.",),
     [("Himalayan Seismic Network", "at least 40")], [], {}),
    ("guard_she_ordered",
     ("Judge Fiona Strachan said the offending was serious. She imposed a fine of "
      "\u00a3180,000.",),
     [("Fiona Strachan", "\u00a3180,000")], [], {}),
    ("guard_it_declared",
     ("The Ministry of the Interior said 40 people died. It declared three days of national "
      "mourning.",),
     [("Ministry of the Interior", "three days")], [], {}),
]


def _styles():
    """The same constructions in more outlets' house styles."""
    out = []
    hearers = [
        # (id, sentence, speaker, figure): a count of the hearers
        ("tabloid_told_cheering", "Striker Dean Holloway told 500 cheering kids at his old "
         "school that dreams come true.", "Dean Holloway", "500"),
        ("business_told_some_investors", "Chief executive Priya Menon told some 400 "
         "investors at the capital markets day that margins would widen.", "Priya Menon",
         "some 400"),
        ("gulf_told_hundreds", "Minister Khalid Al Mansoori told hundreds of graduates at the "
         "ceremony that jobs awaited them.", "Khalid Al Mansoori", "hundreds"),
        ("indian_told_thousands", "Union minister Anil Deshmukh told thousands of party "
         "workers in Nagpur that the alliance would win.", "Anil Deshmukh", "thousands"),
        ("african_told_scores", "President Hakainde Mwila told scores of miners at the "
         "pit that wages would rise.", "Hakainde Mwila", "scores"),
        ("aus_told_about", "Senator Bridget Calloway told about 150 farmers in Dubbo that "
         "the levy would be scrapped.", "Bridget Calloway", "about 150"),
        ("local_told_nearly", "Superintendent Dana Kowalski told nearly 80 parents at the "
         "board meeting that the school would stay open.", "Dana Kowalski", "nearly 80"),
        ("wire_told_more_than", "Prime Minister Henrik Solberg told more than 1,000 "
         "delegates at the congress that taxes would not rise.", "Henrik Solberg",
         "more than 1,000"),
        ("asia_told_around", "Secretary Alan Chow told around 250 lawmakers and officials "
         "that the budget was balanced.", "Alan Chow", "around 250"),
        ("broadsheet_told_congregation", "Archbishop Simon Achebe told a congregation of "
         "about 900 at the cathedral that the church would sell land.", "Simon Achebe",
         "about 900"),
        ("tv_addressed_thousands", "Governor Lisa Moreno addressed thousands of union members "
         "at the rally on Saturday.", "Lisa Moreno", "thousands"),
        ("wire_briefed_dozens", "General Yaw Boateng briefed dozens of diplomats in Accra on "
         "the mission.", "Yaw Boateng", "dozens"),
        ("canada_told_a_crowd", "Premier Doug Harrington told a crowd of 2,000 at the "
         "convention that the mine would reopen.", "Doug Harrington", "2,000"),
    ]
    for cid, st, sp, fig in hearers:
        out.append((cid, (st,), [], [(sp, fig)], {}))
    tags = [
        # (id, sentence, speaker, figure): after a quotation's "told" tag
        ("tabloid_tag_holding", '"I thought I would die," grandmother Pauline Drew told The '
         'Sun, clutching the three medals she won.', "Pauline Drew", "three"),
        ("business_tag_event", '"The pipeline is full," finance chief Omar Siddiqui told '
         'Bloomberg at a conference attended by 800 bankers.', "Omar Siddiqui", "800"),
        ("gulf_tag_beside", '"We came for work," labourer Rafiq Islam told The National, '
         'sitting beside the 12 men he shares a room with.', "Rafiq Islam", "12"),
        ("indian_tag_outside", '"No one came to help," Savitri Devi told The Hindu outside '
         'the hut she shares with her six grandchildren.', "Savitri Devi", "six"),
        ("african_tag_standing", '"The water took everything," Grace Achieng told the Nation, '
         'standing in the ruins of a house that once held 11 people.', "Grace Achieng", "11"),
        ("aus_tag_at_stadium", '"It was electric," coach Mick Delaney told reporters at the '
         '50,000-seat stadium.', "Mick Delaney", "50,000-seat"),
        ("local_tag_at_meeting", '"We need answers," resident Karen Boyd told News 4 at a '
         'meeting attended by about 120 neighbours.', "Karen Boyd", "about 120"),
        ("wire_tag_day_after", '"We will rebuild," Mayor Olena Hrytsenko told AFP on '
         'Sunday, a day after the strike that killed 11.', "Olena Hrytsenko", "11"),
        ("asia_tag_beside", '"Business is slow," vendor Nguyen Thi Lan told VnExpress, '
         'beside the stall she has run for 20 years.', "Nguyen Thi Lan", "20 years"),
        ("canada_tag_walking", '"It has been a long winter," Marc Tremblay told CBC News, '
         'walking past the 15 shuttered shops on Main Street.', "Marc Tremblay", "15"),
        ("broadsheet_tag_in_kitchen", '"We cannot afford heating," pensioner Joan Pike told '
         'The Times in her kitchen, where the thermostat reads 14C.', "Joan Pike", "14C"),
        ("tv_tag_after_meeting", '"We were never consulted," parent Lyn Carter told 9 News '
         'at a packed hall with room for 400.', "Lyn Carter", "400"),
        ("gulf_tag_curly_outside", '\u201cRents keep climbing,\u201d teacher Manal Saeed told '
         'Khaleej Times, outside the building where 70 families live.', "Manal Saeed", "70"),
        ("african_tag_dm_walking", '"The taps have been dry for weeks," Thandi Mokoena told '
         'Daily Maverick, walking to one of the two standpipes that serve the settlement.',
         "Thandi Mokoena", "two"),
        ("latam_tag_at_plaza", '"We want justice," Lucia Ferreyra told Clarin at a plaza '
         'filled with some 6,000 protesters.', "Lucia Ferreyra", "some 6,000"),
    ]
    for cid, st, sp, fig in tags:
        out.append((cid, (st,), [(H, fig)], [(sp, fig)], {}))
    guards = [
        # (id, sentence, speaker, figure): what was said stays the speaker's
        ("guard_tabloid_told_sun", "Barry Nolan, a landlord, told The Sun he charged \u00a3900 a "
         "month.", "Barry Nolan", "\u00a3900"),
        ("guard_business_told_analysts", "Chief financial officer Mei Tanaka told analysts "
         "the plant would cost $2.1 billion.", "Mei Tanaka", "$2.1 billion"),
        ("guard_gulf_told_gulf_news", "Ahmed Al Hashimi told Gulf News that 14 new schools "
         "would open in September.", "Ahmed Al Hashimi", "14"),
        ("guard_indian_told_toi", "Deputy commissioner Vikram Rao told TOI the gang was "
         "behind at least 14 thefts.", "Vikram Rao", "at least 14"),
        ("guard_african_told_punch", "Spokesman Yusuf Danladi told Punch that 30 pupils "
         "had been rescued.", "Yusuf Danladi", "30"),
        ("guard_aus_told_abc", "Minister Sally Brennan told ABC Radio that 5,000 homes "
         "would be built.", "Sally Brennan", "5,000"),
        ("guard_local_told_council", "City manager Rick Alvarez told the council the "
         "deficit had reached $3.4 million.", "Rick Alvarez", "$3.4 million"),
        ("guard_wire_told_reuters", "Oil minister Ibrahim Osman told Reuters the country "
         "had pumped 6.1 million barrels.", "Ibrahim Osman", "6.1 million barrels"),
        ("guard_asia_told_scmp", "Secretary Carrie Tse told the Post that 2,000 flats "
         "would be ready by 2027.", "Carrie Tse", "2,000"),
        ("guard_canada_told_cbc", "Fire chief Anne Leblanc told CBC that 60 homes had been "
         "destroyed.", "Anne Leblanc", "60"),
        ("guard_tv_told_wfaa", "Police chief Aaron Mills told WFAA that 17 officers were "
         "injured.", "Aaron Mills", "17"),
        ("guard_broadsheet_told_ft", "Lord Harcourt told the Financial Times the fund had "
         "raised \u00a3250m.", "Lord Harcourt", "\u00a3250m"),
        ("guard_tag_that_no_comma", '"We are close," envoy Ines Moura told AFP on Monday that '
         '40 prisoners would be freed.', "Ines Moura", "40"),
        ("guard_tag_adding_gulf", '"The market is hot," broker Sameer Khan told The '
         'National, adding that prices had risen 18%.', "Sameer Khan", "18%"),
        ("guard_tag_saying_wire", '"We are stretched," Colonel Ade Bello told Reuters, '
         'saying 200 troops had been sent.', "Ade Bello", "200"),
        ("guard_tag_noting_business", '"Demand is robust," Helga Brandt told Bloomberg, '
         'noting that orders rose 12%.', "Helga Brandt", "12%"),
        ("guard_tag_quote_goes_on", '"We lost," captain Joe Mercer told reporters, "by 40 '
         'runs and it hurt."', "Joe Mercer", "40"),
        ("guard_quote_figure_then_tag", '"We treated 300 patients," Dr Leila Haddad told '
         'Al Jazeera at the clinic.', "Leila Haddad", "300"),
    ]
    for cid, st, sp, fig in guards:
        out.append((cid, (st,), [(sp, fig)], [], {}))
    its = [
        # (id, paragraph, source, figure): "It was the ..." is the news, not the source
        ("wire_it_was_the_worst", "The Civil Defence said 22 people were killed. It was the "
         "worst attack on the city in six months.", "Civil Defence", "six months"),
        ("tabloid_it_is_the_biggest", "Police Scotland said officers seized 40kg of cocaine. "
         "It is the biggest haul in the Highlands in 10 years.", "Police Scotland",
         "10 years"),
        ("gulf_it_was_the_first", "The Dubai Roads and Transport Authority said 1.2 million "
         "people used the metro. It was the first time in 15 years ridership fell.",
         "Dubai Roads and Transport Authority", "15 years"),
        ("indian_it_was_a", "The India Meteorological Department said 310 mm of rain fell. "
         "It was a record for the 24-hour period.", "India Meteorological Department",
         "24-hour"),
        ("african_it_was_one", "The National Disaster Management Agency said 19 people died. "
         "It was one of three such floods in five years.",
         "National Disaster Management Agency", "five years"),
        ("business_it_was_the_third", "Hollins Bank said its index fell to 48.2. It was the "
         "third contraction in four months.", "Hollins Bank", "four months"),
        ("aus_they_were_the_first", "Queensland Health said two cases were confirmed. They "
         "were the first cases in 12 months.", "Queensland Health", "12 months"),
        ("tv_it_was_the_second", "The fire department said 30 homes burned. It was the "
         "second wildfire in three weeks.", "Fire department", "three weeks"),
        ("asia_it_is_the_largest", "The Ministry of Trade said exports rose 9%. It is the "
         "largest monthly rise in 18 months.", "Ministry of Trade", "18 months"),
        ("local_it_has_been_the", "The county sheriff's office said a deputy was hurt. It "
         "has been the busiest week in 20 years.", "Sheriff's office", "20 years"),
    ]
    for cid, st, sp, fig in its:
        out.append((cid, (st,), [(H, fig)], [(sp, fig)], {}))
    carry = [
        # (id, paragraph, source, figure): the source's deeds carried on by "It"
        ("guard_wire_it_has_sent", "The UN refugee agency UNHCR said 4,000 people had fled. "
         "It has sent 20 trucks of aid.", "UNHCR", "20"),
        ("guard_business_it_plans", "Kestrel Airways said profit rose. It plans to add 12 "
         "aircraft next year.", "Kestrel Airways", "12"),
        ("guard_african_it_deployed", "The Kenya Red Cross said 300 families were displaced. "
         "It deployed 45 volunteers.", "Kenya Red Cross", "45"),
        ("guard_indian_she_said_pronoun", "District collector Meena Iyer said 14 villages "
         "were flooded. She ordered 30 relief camps to be opened.", "Meena Iyer", "30"),
    ]
    for cid, st, sp, fig in carry:
        out.append((cid, (st,), [(sp, fig)], [], {}))
    return out


CASES += _styles()


def _more():
    """Scope limits this round does not reach yet, and guards against over-firing."""
    return [
        # background after an attributed sentence, with no pronoun: the outlet's
        ("bg_total_below_peak",
         ("The force has 16,360 officers, according to statistics it published. The total is "
          "874 below the peak of 17,234 recorded in 2013.",),
         [(H, "874")], [], {}),
        ("bg_they_are_paid",
         ("The Department for Work and Pensions said payments of \u00a325 had been triggered. "
          "They are paid for each seven-day spell of sub-zero temperatures.",),
         [(H, "seven-day")], [], {}),
        ("bg_country_posted",
         ("Kuwait has posted deficits in 10 of the past 11 fiscal years.",),
         [(H, "10")], [], {}),
        ("bg_capital_pledged",
         ("Berlin has pledged to expand the army to as many as 260,000 soldiers.",),
         [(H, "as many as 260,000")], [], {}),
        ("bg_arresting_officers",
         ("PC Dan Hobbs, one of the two arresting officers, told the inquest the man had "
          "swallowed some bags.",),
         [(H, "two")], [], {}),
        ("bg_told_supporters_no_figure_guard",
         ('"We will win," Nadia Osei told supporters.', "Turnout was 60%, Nadia Osei said."),
         [("Nadia Osei", "60%")], [], {}),
        ("bg_told_hearer_named_guard",
         ('"The deal is done," Ryan Cole told the 5 Live Breakfast show.',),
         [], [("Ryan Cole", "5")], {}),
        ("bg_pronoun_it_is_a_guard_quote",
         ('"It is a 40% rise," said analyst Tom Reyes.',),
         [("Tom Reyes", "40%")], [], {}),
        ("bg_it_was_passive_guard",
         ("The Coast Guard said the ferry capsized. It was carrying 120 passengers.",),
         [], [], {}),
        ("bg_two_tags_guard",
         ('"We need 500 more nurses," union leader Pat Gorman told RTE.',),
         [("Pat Gorman", "500")], [], {}),
    ]


CASES += _more()

# Constructions the rules of this round do not reach yet.
XFAIL = {
    "bg_arresting_officers": "a count in a speaker's apposition ('one of the two arresting "
    "officers') is the speaker's, as older gold has it for self-descriptions",
}


@pytest.mark.parametrize("paragraphs, wanted, unwanted, options", case_params(CASES, XFAIL))
def test_scope_kept(paragraphs, wanted, unwanted, options):
    check_pairs(paragraphs, wanted, unwanted, options)


def test_case_count():
    assert len(CASES) >= 120  # (repeated ids are refused by case_params when collected)
