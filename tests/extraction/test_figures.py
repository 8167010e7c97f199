"""Which numbers are figures, and how each wording is read as value, bounds and qualifier."""

from __future__ import annotations

import datetime
from decimal import Decimal as D

import pytest

from claims.extraction.dates import find_dates
from claims.extraction.figures import find_figures, words_to_number
from claims.extraction.sentences import split_sentences

DAY = datetime.date(2024, 8, 5)


def figures(sentence: str):
    return find_figures(sentence, find_dates(sentence, DAY))


def one(sentence: str):
    found = figures(sentence)
    assert len(found) == 1, [f.text for f in found]
    return found[0]


@pytest.mark.parametrize(
    "sentence, text, value, lower, upper, qualifier, unit",
    [
        ("They killed 84 fighters.", "84", D(84), D(84), D(84), "exact", ""),
        ("About 1,200 people fled.", "About 1,200", D(1200), None, None, "about", ""),
        ("It lost 3.5 million jobs.", "3.5 million", D(3500000), D(3500000), D(3500000),
         "exact", ""),
        ("A $2bn loan was agreed.", "$2bn", D(2 * 10**9), D(2 * 10**9), D(2 * 10**9), "exact",
         "USD"),
        ("Prices rose 40% in a year.", "40%", D(40), D(40), D(40), "exact", "%"),
        # thousands written with spaces and decimal commas (southern Africa, Europe)
        ("Relief will reach 470 000 people.", "470 000", D(470000), D(470000), D(470000),
         "exact", ""),
        ("Dams stood at 18,6% of capacity.", "18,6%", D("18.6"), D("18.6"), D("18.6"),
         "exact", "%"),
        ("Some 1,4 million people need aid.", "Some 1,4 million", D(1400000), None, None,
         "about", ""),
        ("The office will spend N$310 million.", "N$310 million", D(31 * 10**7),
         D(31 * 10**7), D(31 * 10**7), "exact", "NAD"),
        # temperatures are measures
        ("The high reached 37.8 C on Tuesday.", "37.8 C", D("37.8"), D("37.8"), D("37.8"),
         "exact", "°C"),
        ("The mercury touched 44°C.", "44°C", D(44), D(44), D(44), "exact", "°C"),
        ("Highs of 45 to 47 degrees Celsius are expected.", "45 to 47 degrees Celsius", None,
         D(45), D(47), "range", "°C"),
        ("The target is 142 kroner a share.", "142 kroner", D(142), D(142), D(142), "exact",
         "NOK"),
        ("The city needs R9-billion for pipes.", "R9-billion", D(9 * 10**9), D(9 * 10**9),
         D(9 * 10**9), "exact", "ZAR"),
        ("Farmers planted 5,000 dunams of rice.", "5,000 dunams", D(5000), D(5000), D(5000),
         "exact", "dunams"),
        # speeds and units written against the number are measures
        ("Gusts of up to 90mph hit the coast.", "up to 90mph", D(90), D(0), D(90), "up_to",
         "mph"),
        ("Winds of 162 kilometers per hour were recorded.", "162 kilometers per hour", D(162),
         D(162), D(162), "exact", "km/h"),
        ("Some 98mm of rain fell.", "Some 98mm", D(98), None, None, "about", "mm"),
        ("A further 40-60mm of rain could fall.", "40-60mm", None, D(40), D(60), "range", "mm"),
        ("Between 150 and 250 mm of rain is expected.", "Between 150 and 250 mm", None, D(150),
         D(250), "range", "mm"),
        # a scale joined by a hyphen, as in "a 1,200-crore project" (once a crash)
        ("It cleared a Rs 1,200-crore project.", "Rs 1,200-crore", D(12 * 10**9),
         D(12 * 10**9), D(12 * 10**9), "exact", "INR"),
        ("It won a $1.5-million grant.", "$1.5-million", D(1500000), D(1500000), D(1500000),
         "exact", "USD"),
        ("They demanded N50 million.", "N50 million", D(50 * 10**6), D(50 * 10**6),
         D(50 * 10**6), "exact", "NGN"),
        ("The EU gave €1.2 billion.", "€1.2 billion", D(12 * 10**8), D(12 * 10**8),
         D(12 * 10**8), "exact", "EUR"),
        ("It cost 6.2 billion shillings.", "6.2 billion shillings", D(62 * 10**8),
         D(62 * 10**8), D(62 * 10**8), "exact", "KES"),
        ("He paid Rs 145 crore.", "Rs 145 crore", D(145 * 10**7), D(145 * 10**7),
         D(145 * 10**7), "exact", "INR"),
        ("The capture of over 300 school children.", "over 300", D(300), D(300), None, "over",
         ""),
        ("More than 50 people were missing.", "More than 50", D(50), D(50), None, "over", ""),
        ("At least 23 people were killed.", "At least 23", D(23), D(23), None, "at_least", ""),
        ("Up to 30 patients a day.", "Up to 30", D(30), D(0), D(30), "up_to", ""),
        ("As many as 1.7 million people fled.", "As many as 1.7 million", D(1700000), D(0),
         D(1700000), "up_to", ""),
        ("Fewer than 20 new cases were found.", "Fewer than 20", D(20), D(0), D(20), "under",
         ""),
        ("Nearly 18 million people face hunger.", "Nearly 18 million", D(18000000), None, None,
         "about", ""),
        ("Some 60 people were on board.", "Some 60", D(60), None, None, "about", ""),
        ("Between 20 and 30 were hurt.", "Between 20 and 30", None, D(20), D(30), "range", ""),
        ("Police said 20-30 were hurt.", "20-30", None, D(20), D(30), "range", ""),
        ("Two or three boats sank.", "Two or three", None, D(2), D(3), "range", ""),
        ("Between 2,000 and 3,000 people remained.", "Between 2,000 and 3,000", None, D(2000),
         D(3000), "range", ""),
        ("Twenty-five soldiers died.", "Twenty-five", D(25), D(25), D(25), "exact", ""),
        ("It has a dozen members.", "a dozen", D(12), None, None, "about", ""),
        ("Dozens of villagers fled.", "Dozens", None, D(12), None, "vague", ""),
        ("Scores of houses collapsed.", "Scores", None, D(40), None, "vague", ""),
        ("Hundreds of protesters marched.", "Hundreds", None, D(100), None, "vague", ""),
        ("Thousands remain missing.", "Thousands", None, D(1000), None, "vague", ""),
        ("Tens of thousands of people rallied.", "Tens of thousands", None, D(10000), None,
         "vague", ""),
        ("It suffered a \u201clarge number\u201d of deaths.", "a large number", None, None,
         None, "vague", ""),
        ("No one was killed in the blast.", "No one", D(0), D(0), D(0), "exact", ""),
        ("There were no casualties.", "no casualties", D(0), D(0), D(0), "exact", ""),
        ("Four were wounded but none were killed.", "none", D(0), D(0), D(0), "exact", ""),
        ("No firefighters were injured.", "No firefighters", D(0), D(0), D(0), "exact", ""),
        ("No firefighters were seriously injured.", "No firefighters", D(0), D(0), D(0),
         "exact", ""),
        ("One in seven people is on a waiting list.", "One in seven", D("14.29"), D("14.29"),
         D("14.29"), "exact", "%"),
        ("Nearly 1 in 5 clinics lack power.", "Nearly 1 in 5", D(20), None, None, "about", "%"),
        ("The talks valued it at $2.1 bln.", "$2.1 bln", D(21 * 10**8), D(21 * 10**8),
         D(21 * 10**8), "exact", "USD"),
        ("It lost 140 mln euros.", "140 mln euros", D(14 * 10**7), D(14 * 10**7),
         D(14 * 10**7), "exact", "EUR"),
        ("A 50p surcharge was added.", "50p", D("0.5"), D("0.5"), D("0.5"), "exact", "GBP"),
        ("They budgeted Sh1.2 billion.", "Sh1.2 billion", D(12 * 10**8), D(12 * 10**8),
         D(12 * 10**8), "exact", "KES"),
        ("He had complained 17 times since May.", "17 times", D(17), D(17), D(17), "exact",
         "times"),
        ("A 45 km feeder road must be built.", "45 km", D(45), D(45), D(45), "exact", "km"),
        ("They built a 120-kilometre pipeline.", "120-kilometre", D(120), D(120), D(120),
         "exact", "km"),
        ("The plant will produce 1,340 MW of power.", "1,340 MW", D(1340), D(1340), D(1340),
         "exact", "MW"),
        ("Nothing less than 5,000 jobs will go.", "Nothing less than 5,000", D(5000), D(5000),
         None, "at_least", ""),
        ("Revenue of $6.5 billion to $6.8 billion is expected.", "$6.5 billion to $6.8 billion",
         None, D(65 * 10**8), D(68 * 10**8), "range", "USD"),
        ("The scheme will cost Rs 2.5 lakh crore.", "Rs 2.5 lakh crore", D(25 * 10**11),
         D(25 * 10**11), D(25 * 10**11), "exact", "INR"),
        ("Some 3.5m people are on waiting lists.", "Some 3.5m", D(3500000), None, None, "about",
         ""),
        ("Rents rose to \u00a31,000-a-month.", "\u00a31,000", D(1000), D(1000), D(1000), "exact",
         "GBP"),
    ],
)
def test_figure_wordings_read_as_documented(sentence, text, value, lower, upper, qualifier,
                                            unit):
    found = [f for f in figures(sentence) if f.text == text]
    assert len(found) == 1, [f.text for f in figures(sentence)]
    f = found[0]
    assert (f.value, f.lower, f.upper, f.qualifier, f.unit) == (value, lower, upper, qualifier,
                                                                unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "The junta seized power in a 2020 coup.",
        "Kidnappings have plagued Nigeria since 2014.",
        "Fighting erupted on July 25 at the camp.",
        "They met on 25 July in Bamako.",
        "A ceremony was held in Moscow on August 4, 2024.",
        "The attack began at 10:30 on Sunday.",
        "The quake struck at 3 pm local time.",
        "It was the third attack this year.",
        "He finished 1st in the race.",
        "The G7 met on Covid-19 and bought F-16 jets.",
        "Resolution 2231 was adopted after Flight 370 vanished.",
        "Call the hotline on +254 20 762 2218.",
        "Samuel Kiprono, 61, was jailed.",
        "A 45-year-old man was arrested.",
        "Three years ago the mine closed.",
        "They agreed a 10-point plan.",
        "The two leaders met in Cairo.",
        "One of the attackers escaped.",
        "No one can remain a spectator.",
        "Many scholars say the reality is more nuanced.",
        "The country is the scene of a number of conflicts.",
        "Children under five are most at risk.",
        "Passengers as old as 94 have been stranded.",
        "The suspects, aged between 23 and 31, were charged.",
        "\"I can't get there,\" said Pike, 76.",
        "One widow, 87, told the paper she was angry.",
        "He was charged under Sections 318 and 319 of the Criminal Code.",
        "HOUSTON, Oct. 28, 2025 /PRNewswire/ -- The firm made an announcement.",
        "Charges were filed under sections 105 and 110 of the code.",
        "The war began two weeks ago.",
        "The sky was orange by 3 o'clock.",
        "The sky was orange by 3 o\u2019clock.",
        "The M62 was closed between junctions 22 and 23.",
        "Residents packed City Hall, 200 Elm St., on Monday.",
        "The call centre can be reached on 8009090.",
        "Anyone with information can call 101.",
        "In 2014 the flood came.",
        "The march set off at 12 noon.",
        "Families can contact the district control room at 01368-221840.",
        "Call the Anti-Scam Helpline on 18222 for help.",
        "Section 3 C of the act applies.",
    ],
)
def test_non_figures_are_not_claims(sentence):
    assert [f.text for f in figures(sentence)] == []


def test_number_words_with_scales():
    assert words_to_number("two hundred and fifty") == 250
    assert words_to_number("half a million") == 500_000
    assert words_to_number("three million") == 3_000_000


def test_a_counted_year_is_a_figure_when_it_counts_people():
    assert one("Militants killed some 2000 people.").value == D(2000)


@pytest.mark.parametrize("sentence, texts", [
    ("New listings jumped 22 per cent to 15,870.", ["22 per cent", "15,870"]),
    ("Copper stocks fell by 4,125 tons to 118,300 tons.", ["4,125 tons", "118,300 tons"]),
    ("Profit fell 400 to 1,200.", ["400", "1,200"]),
    ("The number fell by about 910,000 to 120.3 million.", ["about 910,000", "120.3 million"]),
])
def test_a_change_then_the_level_it_reached_is_not_a_range(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


def test_x_to_y_is_still_a_range_without_a_change():
    found = one("Prices rose 10 to 15 percent.")
    assert (found.qualifier, found.lower, found.upper) == ("range", D(10), D(15))


def test_a_hyphen_range_after_by_or_a_fall_is_still_a_range():
    assert one("Each tent is shared by 8-10 people.").qualifier == "range"
    assert one("Sales fell 6-8% this year.").qualifier == "range"


@pytest.mark.parametrize("sentence, text", [
    ("Groundwater levels dropped 20 metres.", "20 metres"),
    ("Levels have dropped 20-25 metres.", "20-25 metres"),
    ("The river rose by 2 metres, officials said.", "2 metres"),
])
def test_a_length_a_level_rose_or_fell_by_is_a_figure(sentence, text):
    assert one(sentence).text == text


@pytest.mark.parametrize("sentence, text, unit", [
    ("Set air conditioners to 24 degrees.", "24 degrees", "degrees"),
    ("Temperatures here are 10 to 15 degrees cooler.", "10 to 15 degrees", "degrees"),
])
def test_bare_degrees_are_a_temperature_but_not_a_bearing(sentence, text, unit):
    found = one(sentence)
    assert (found.text, found.unit) == (text, unit)
    assert figures("The island lies at 12 degrees north.") == []


def test_ranged_from_x_to_y_is_a_range_but_rose_from_x_to_y_is_not():
    assert one("Fatality ratios have varied from 24% to 88% in past outbreaks.").qualifier == \
        "range"
    assert [f.text for f in figures("Prices rose from 20 to 30.")] == ["20", "30"]


@pytest.mark.parametrize("sentence, text", [
    ("GeoNet said the magnitude 6.1 quake struck at noon.", "magnitude 6.1"),
    ("The largest was a magnitude-4.3 aftershock.", "magnitude-4.3"),
    ("A 5.2-magnitude quake hit the coast.", "5.2"),
])
def test_an_earthquakes_magnitude_is_a_figure_with_its_scale(sentence, text):
    assert one(sentence).text == text


def test_a_range_of_change_after_by_stays_a_range():
    assert one("He expects resale prices to rise by 4 to 6 per cent.").qualifier == "range"


@pytest.mark.parametrize("sentence", [
    "The walkouts will take place on 3, 4, 5, 10, 11 and 12 June.",
    "Press office: 020 7946 0321 / press@union.org.uk",
    "Media contact: Jill Marsh, University Communications, jmarsh@uni.edu, 555-0199",
])
def test_day_lists_and_contact_lines_are_not_figures(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, text", [
    ("The center warned of a storm surge of 10 to 15 feet along the coast.", "10 to 15 feet"),
    ("Up to 18 inches of rain fell.", "Up to 18 inches"),
])
def test_a_measure_of_something_in_feet_or_inches_is_a_figure(sentence, text):
    assert one(sentence).text == text


@pytest.mark.parametrize("sentence, text", [
    # where something is, how deep, how far it moved: lengths like any other (session 9: the
    # blind authors listed every such distance their articles state)
    ("The quake struck at a depth of 18.5 km.", "18.5 km"),
    ("Villages within a radius of 5 km were evacuated.", "5 km"),
    ("The town lies 50 km north of the capital.", "50 km"),
    ("The camp lies 20 km from the border.", "20 km"),
    ("The lorry fell some 150 metres into the gorge.", "some 150 metres"),
    ("The convoy drove for 40 km before it stopped.", "40 km"),
    ("Troops reached 6 km from the border.", "6 km"),
])
def test_lengths_that_place_or_move_a_thing_are_figures(sentence, text):
    assert one(sentence).text == text


def test_a_level_named_by_its_length_is_no_figure():
    assert figures("Miners were trapped at the 200-metre level.") == []


def test_gulf_currency_prefixes_need_an_amount_and_square_km_abbreviated():
    found = one("Contracts worth more than SR3.2 billion were awarded.")
    assert (found.value, found.unit) == (D(3_200_000_000), "SAR")
    assert figures("The SR71 Blackbird flew over the base.") == []
    assert one("It will span 1,250 sq. km.").unit == "square km"


@pytest.mark.parametrize("sentence", [
    "Reporters can reach the desk on +33 (0)1 4521 7788.",
    "The control room can be reached at (03) 7712-4490.",
    "Customers can report faults on its hotline, 1919.",
    'Text "FLOOD" with your postcode to 80421.',
    "The fire chief told 9 News Brisbane the road was shut.",
    "As of Nov. 14:",
])
def test_phone_numbers_short_codes_broadcasters_and_abbreviated_dates_are_not_figures(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Witnesses are asked to call detectives on 101.",
    "Tenants can reach the housing office by calling its front desk at 555-0199.",
    "Donations can be dropped off at 22 Market Square.",
])
def test_a_number_to_ring_a_leading_zero_and_a_square_address_are_not_figures(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence", [
    "A lorry overturned on the 210 Freeway near Pasadena.",
    "The N104 road out of the village is closed.",
    "The union wants pay restored to 2010 levels.",
    "Reports covered epidemiological weeks 3 to 11.",
])
def test_numbered_roads_years_before_levels_and_week_numbers_are_not_figures(sentence):
    assert figures(sentence) == []


def test_a_count_after_a_year_is_still_a_figure():
    found = figures("Cases fell from 41,200 in 2022 to 35,100 in 2023.")
    assert [f.text for f in found] == ["41,200", "35,100"]


def test_a_count_after_on_or_at_without_a_call_is_still_a_figure():
    assert one("Police said arrests rose on 40 estates.").text == "40"


def test_a_word_age_is_not_a_figure():
    assert figures("A girl, nine, was carried out by a neighbour.") == []
    assert one("Four or five houses burned.").text == "Four or five"


def test_tanzanian_and_ugandan_shilling_prefixes_are_currencies():
    found = one("The authority earned Tsh2.3 trillion last year.")
    assert (found.value, found.unit) == (D(2_300_000_000_000), "TZS")
    assert one("School fees rose to USh 85,000 a term.").unit == "UGX"


def test_a_date_in_capitals_is_a_date_not_a_figure():
    assert [f.text for f in figures("FLOOD WATCH REMAINS IN FORCE THROUGH MARCH 3-4 FOR THE "
                                    "VALLEY.")] == []
    assert [d.text for d in find_dates("OUTLOOK FOR OCTOBER 12", DAY)] == ["OCTOBER 12"]


def test_an_age_closing_a_headline_or_after_a_client_is_not_a_figure():
    assert [f.text for f in figures("Fraudsters drained the pension of a retired nurse, 68")] == []
    assert [f.text for f in figures("The lawyer said his client, 44, would plead not guilty.")] \
        == []
    assert [f.text for f in figures("Flooding kills 9, injures 30")] == ["9", "30"]


def test_a_price_per_unit_after_a_slash_keeps_its_unit_in_the_text():
    f = one("Thermal coal was assessed at $92.40/t on Friday.")
    assert (f.text, f.value, f.unit) == ("$92.40/t", D("92.40"), "USD")
    f = one("Onions sold at Rs 35/kg in the market.")
    assert f.text == "Rs 35/kg"
    f = one("The tariff costs $3 per month.")
    assert f.text == "$3"  # (no slash: the unit stays out)
    f = one("Diesel now N1,200/litre in Kano.")
    assert f.text == "N1,200"  # (a whole word stays out, as "per litre" does)


def test_a_sentence_that_only_tells_an_age_has_no_figure():
    assert figures("He was 58.") == []
    assert figures("She is 34 years old.") == []
    assert [f.text for f in figures("He was 58 votes short.")] == ["58"]


def test_lira_and_dinar_prefixes_and_rand_with_spaced_thousands_are_currencies():
    found = one("The average asking rent reached TL 31,900 in March.")
    assert (found.text, found.value, found.unit) == ("TL 31,900", D(31900), "TRY")
    found = figures("A tin of olive oil now costs JD120, up from JD95 last year.")
    assert [(f.text, f.unit) for f in found] == [("JD120", "JOD"), ("JD95", "JOD")]
    assert one("Fines of BD 2,000 apply.").unit == "BHD"
    found = one("Pensioners pay R2 350 a month for water.")
    assert (found.text, found.value, found.unit) == ("R2 350", D(2350), "ZAR")
    assert one("The fee was raised to R1 400 000.").value == D(1_400_000)
    # a numbered road after its label word is not an amount
    assert figures("Turn off at route R1 200 metres past the bridge.") == []


@pytest.mark.parametrize("sentence, text", [
    # a zero said of presence at the scene or of an outcome beyond harm
    ("No one else was inside the home at the time, according to the fire chief.", "No one"),
    ("Nobody was aboard the ferry when it sank, the coastguard said.", "Nobody"),
    ("Officials said no one had been in the water when the dam failed.", "no one"),
    ("So far no one has been fined for dumping waste, the council admitted.", "no one"),
    ("\u201cNot one bakery has closed because of a shortage,\u201d he said.", "Not one"),
    ("She said that not one pupil was sent home early.", "not one"),
])
def test_no_one_there_and_not_one_are_zeros(sentence, text):
    f = one(sentence)
    assert (f.text, f.value, f.qualifier, f.kind) == (text, D(0), "exact", "zero")


@pytest.mark.parametrize("sentence", [
    "No one inside the party believes the plan will work.",
    "These are not one-off events, the minister said.",
    "He is not one to complain, said the farmer, who lost cattle.",
    "It was not one of the hospitals affected by the strike.",
])
def test_no_one_and_not_one_without_a_count_are_not_figures(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, text, value, unit", [
    # a dollar sign carrying its country's letters, joined or set off by a space
    ("Investors lost HK$46.5 million in the scheme, police said.", "HK$46.5 million",
     D(46_500_000), "HKD"),
    ("The island's budget sets aside NT$ 820 million for sea walls.", "NT$ 820 million",
     D(820_000_000), "TWD"),
    ("Fares on the line will rise to S$2.15 next month.", "S$2.15", D("2.15"), "SGD"),
    ("A grant of NZ$3,400 is available to each household.", "NZ$3,400", D(3400), "NZD"),
    ("The fund has disbursed US$ 275 000 to partners so far.", "US$ 275 000", D(275_000),
     "USD"),
    # the Lebanese pound as Beirut papers write it
    ("A bundle of bread now costs LL 65,000 at most bakeries.", "LL 65,000", D(65_000), "LBP"),
    ("Depositors are owed LL4.2 billion by the failed lender.", "LL4.2 billion",
     D(4_200_000_000), "LBP"),
    # the new Israeli shekel as Israeli papers write it
    ("The ministry added NIS 600 million to the budget.", "NIS 600 million", D(600_000_000),
     "ILS"),
    ("Fines reach NIS 2,500 per violation.", "NIS 2,500", D(2500), "ILS"),
    ("The line ran NIS4.1 billion over budget.", "NIS4.1 billion", D(4_100_000_000), "ILS"),
])
def test_a_currency_sign_or_code_with_country_letters_keeps_them(sentence, text, value, unit):
    f = one(sentence)
    assert (f.text, f.value, f.unit) == (text, value, unit)


@pytest.mark.parametrize("sentence, text, value, qualifier", [
    # market and spoken hedges before an amount
    ("Brent crude was changing hands near $81 a barrel on Friday.", "near $81", D(81), "about"),
    ("Local groups say the real number is closer to 2,300.", "closer to 2,300", D(2300),
     "about"),
    ("\u201cMaybe 40 families still live on the hill,\u201d the priest said.", "Maybe 40",
     D(40), "about"),
    ("Perhaps 600 fans made the trip, the club estimated.", "Perhaps 600", D(600), "about"),
    ("The merger creates a group with revenue north of \u20ac9 billion.",
     "north of \u20ac9 billion", D(9 * 10**9), "over"),
    ("Analysts expect margins to stay south of 4% this year.", "south of 4%", D(4), "under"),
    ("Nigh on 3,000 pilgrims slept in the cathedral's nave, wardens say.", "Nigh on 3,000",
     D(3000), "about"),
])
def test_hedges_near_closer_to_maybe_north_of_are_qualifiers(sentence, text, value, qualifier):
    f = one(sentence)
    assert (f.text, f.value, f.qualifier) == (text, value, qualifier)


@pytest.mark.parametrize("sentence", [
    # a country code before a US number, and Australia's 1800 / 1300 numbers
    "Listeners can dial 1-800-555-0142 or 1-303-555-0199 with questions.",
    "The helpline, 1.866.555.0110, is open all night.",
    "Growers can register by calling 1800 431 772.",
    "Customers should ring 1300 555 018 before noon.",
])
def test_toll_free_and_country_coded_phone_numbers_are_not_figures(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence", [
    # a house number before an abbreviated compass point and street
    "The hearing is at the county annex, 410 W. Main St.",
    "Volunteers gather at 88 N. Elm Street each Saturday.",
    "Its office moved to 1200 E. Lake Drive.",
    "Meet at 15 S. Harbor Rd. at noon.",
])
def test_an_address_with_a_compass_abbreviation_is_not_a_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence", [
    # a clock time told as "in the morning"
    '"I have been waiting since 5 in the morning."',
    "The queue formed at 6 in the evening, and the doors opened at 9 in the morning.",
    "The shelter closes at 4 in the afternoon.",
])
def test_a_time_of_day_in_words_is_not_a_figure(sentence):
    assert figures(sentence) == []


def test_a_count_in_the_morning_is_still_a_figure():
    assert [f.text for f in figures("Police arrested 40 in the morning raids.")] == ["40"]


@pytest.mark.parametrize("sentence", [
    # bus and tram routes are named by number
    "The withdrawn routes, including the 72 and 74 services, end in October.",
    "Riders on the 14 bus face longer waits.",
    "The 9, 12 and 31 routes will be merged.",
    "Route 66 and bus 212 will stop at the station.",
])
def test_bus_and_tram_route_numbers_are_not_figures(sentence):
    assert figures(sentence) == []


def test_a_count_of_services_or_routes_is_still_a_figure():
    assert [f.text for f in figures("The operator cut 72 services and 9 routes.")] == [
        "72", "9"]


@pytest.mark.parametrize("sentence, text", [
    # "US $" written with a space is one currency
    ("The state attracted US $7.8 billion in investment.", "US $7.8 billion"),
    ("The cuts could cost (US $210 million) a month.", "US $210 million"),
    ("Aid from the US $2 billion fund arrived.", "$2 billion"),  # "the US" fund
    ("Exports reached US $2.1 billion last year.", "US $2.1 billion"),
])
def test_us_dollars_written_with_a_space_keep_the_country(sentence, text):
    assert figures(sentence)[0].text == text


@pytest.mark.parametrize("sentence, text", [
    # "zero" written as a word is a zero figure, as "no" is, whether or not people and an
    # outcome follow (session 10: the blind authors listed every "zero" their articles
    # state, 15 of 15, "zero containment" and "zero structural damage" included); only
    # idioms stay out (test_zero_and_no_one_in_idioms_are_not_figures)
    ('It said "zero patients have been harmed as a result."', "zero patients"),
    ("Zero patients were harmed.", "Zero patients"),
    ("Zero people have been hurt so far.", "Zero people"),
    ("The mayor said zero residents were displaced.", "zero residents"),
    ("The district reported zero new cases for the tenth day.", "zero new cases"),
    ("The county recorded zero deaths last winter.", "zero deaths"),
    ("The clinic has recorded zero new cases since March.", "zero new cases"),
    ("So far, zero health workers have fallen ill.", "zero"),
    ("The plan has zero support among voters.", "zero"),
    ('"By May it was zero," the warden said.', "zero"),
    ("Inspectors found zero structural damage on the span.", "zero"),
    ("Some weeks the stall takes home zero, she said.", "zero"),
])
def test_zero_is_a_figure(sentence, text):
    assert [(f.text, f.value) for f in figures(sentence)] == [(text, D(0))]


@pytest.mark.parametrize("sentence, text", [
    # a forecast "by X to Y" in one unit is a range; a past "rose by X to Y" a change and level
    ("She estimated that prices could ease by 15% to 20% by early summer.", "15% to 20%"),
    ("Fares will rise by 5% to 8% next year.", "5% to 8%"),
    ("Output is expected to fall by 2 per cent to 3 per cent.", "2 per cent to 3 per cent"),
    ("Sales may grow by $2 million to $3 million.", "$2 million to $3 million"),
])
def test_a_forecast_by_x_to_y_is_a_range(sentence, text):
    assert [f.text for f in figures(sentence)] == [text]


def test_a_past_change_by_x_to_y_stays_a_change_and_a_level():
    assert [f.text for f in figures("Unemployment rose by 0.3% to 4.1%.")] == ["0.3%", "4.1%"]
    assert [f.text for f in figures("The bill would rise by £94 to £2,012.")] == [
        "£94", "£2,012"]


@pytest.mark.parametrize("sentence, text, unit", [
    # Malaysian ringgit written "RM", and "US $" with a space, are currencies
    ("Factories could lose between RM40 million and RM60 million a week.",
     "between RM40 million and RM60 million", "MYR"),
    ("The project cost RM40 million.", "RM40 million", "MYR"),
    ("Firms lost RM1.2bn last year.", "RM1.2bn", "MYR"),
    ("It attracted US $7.8 billion in investment.", "US $7.8 billion", "USD"),
])
def test_ringgit_and_spaced_us_dollars_are_currencies(sentence, text, unit):
    assert [(f.text, f.unit) for f in figures(sentence)] == [(text, unit)]


@pytest.mark.parametrize("sentence", [
    # the number of an emergency line is a name, not a count
    "A sign directs them to call the SAMU emergency line, 15, before they are let in.",
    "Callers should use the emergency number 112.",
    "Dial the emergency phone line on 999 if in danger.",
])
def test_an_emergency_line_number_is_not_a_figure(sentence):
    assert figures(sentence) == []


def test_a_count_of_calls_to_an_emergency_line_is_a_figure():
    assert [f.text for f in figures("The emergency line took 4,000 calls.")] == ["4,000"]


@pytest.mark.parametrize("sentence, text", [
    ("Officials said no-one had been killed in the blast.", "no-one"),
    ("No one was taken to hospital, a police spokesperson added.", "No one"),
    ("Three firefighters were treated; none needed hospital treatment.", "none"),
    ("She said none of the council's staff would be laid off.", "none"),
    ("No one at the plant is going to lose their job, the owner said.", "No one"),
    ("Nobody was turned away at the polling stations, the commission said.", "Nobody"),
    ("None of the samples tested positive, the lab said.", "None"),
])
def test_no_one_none_and_nobody_said_of_an_outcome_are_zeros(sentence, text):
    zero = [f for f in figures(sentence) if f.value == 0]
    assert [f.text for f in zero] == [text]


@pytest.mark.parametrize("sentence", [
    # (also "Workers on zero hours contracts will get new rights.", among the durations)
    "The country aims for net zero emissions by 2050.",
    "The council aims for net zero by 2040.",
    "The firm set net-zero targets.",
    "The minister promised zero tolerance for graft.",
    "The school has a zero-tolerance policy and zero tolerance for bullying.",
    "Unions oppose zero hours contracts.",
    "Ground zero was sealed off.",
    "Investigators are hunting for patient zero.",
    "No one knows how many people live in the valley.",
    "None of this matters to the voters, he said.",
])
def test_zero_and_no_one_in_idioms_are_not_figures(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, texts", [
    # an age told in a relative clause about a person, or in a list or limit after "aged",
    # describes people; the counts around it stay figures
    ("Her grandfather, who is 91, was one of 40 patients on trolleys.", ["40"]),
    ("The caretaker, who was seventy-two when the fire started, led 30 pupils out.", ["30"]),
    ("Dunmore, who turned 58 in May, runs 20 boats from the harbour.", ["20"]),
    ("Her son, who is now 12 years old, lost two teeth.", ["two"]),
    ("Four women, aged 18, 27 and 35, were charged with 12 offences.", ["Four", "12"]),
    ("Cases among pupils aged under 11 fell to 310.", ["310"]),
    ("Among children aged below 5, the rate reached 12 per cent.", ["12 per cent"]),
    # not an age: "who is 3 points behind", a count after "who was"
    ("Kimani, who is 3 points behind, needs a win.", ["3"]),
    ("The club, who were 12th last year, signed 4 players.", ["4"]),
])
def test_ages_in_relative_clauses_and_lists_are_not_figures(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, texts", [
    # a line's number right after its name, a number listed after a phone number, and a
    # phone number with a two-digit area code are no counts; counts of calls stay
    ("Riders can report theft on the transport helpline 1930 or by text.", []),
    ("Anyone with a rash should ring the clinic hotline 14455 at once.", []),
    ("Residents can use the emergency lines, 0806 555 0147 and 199.", []),
    ("Call the depot on 0806 555 0147 or 767 after hours.", []),
    ("Objections can be made by phoning 03 5550 1234 before Friday.", []),
    ("The helpline received 312 calls on Monday.", ["312"]),
    ("The hotline took 4,200 calls and 112 complaints.", ["4,200", "112"]),
])
def test_line_numbers_and_listed_phone_numbers_are_not_figures(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, text", [
    # zero counts: "no X were among the dead", a named group ("no U.S. personnel"), and "no
    # cases (of X) had been confirmed"
    ("The embassy said no Kessel nationals were among the dead.", "no Kessel nationals"),
    ("The head teacher said no student was among the injured.", "no student"),
    ("The navy said no U.K. sailors were hurt in the collision.", "no U.K. sailors"),
    ("No British soldiers were killed in the raid.", "No British soldiers"),
    ("The board said no case of measles had been confirmed at the school.", "no case"),
    ("No new cases were reported on Monday.", "No new cases"),
    ("No infections have yet been detected in the north.", "No infections"),
    ("No swimmers drowned this summer, the council said.", "No swimmers"),
])
def test_zero_counts_among_the_dead_and_unconfirmed_cases(sentence, text):
    found = [(f.text, f.value, f.unit) for f in figures(sentence)]
    assert found == [(text, D(0), "")]


def test_no_cases_to_answer_is_no_zero_count():
    assert figures("The court found there were no cases to answer.") == []


@pytest.mark.parametrize("sentence, texts", [
    # a bare "one" counts the people it names, firefighters and worshippers as soldiers
    ("One firefighter broke an arm during the rescue.", ["One"]),
    ("One worshipper was hurt in the crush at the gate.", ["One"]),
    ("Police said one pedestrian was hit and two motorists were hurt.", ["one", "two"]),
    ("Only one nurse was on duty for 30 patients.", ["one", "30"]),
    # not people: "one of the reasons", "one day"
    ("One of the reasons was the cost.", []),
])
def test_one_counts_the_people_it_names(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, texts", [
    # house numbers before more kinds of street: "Gate", "Tce", "Parade", "Quay", "Mews"
    ("A shopkeeper at 48 Kessel Gate in Dunmore said thefts rose 40 per cent.",
     ["40 per cent"]),
    ("They met at 7 Hillcrest Tce on Friday.", []),
    ("The clinic at 14 Marine Parade treated 30 patients.", ["30"]),
    ("Offices at 3 Harbour Quay and 9 Stable Mews were searched.", []),
    ("About 300 people walked through the gate.", ["About 300"]),
])
def test_house_numbers_before_more_street_kinds_are_not_figures(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, text", [
    # "a small number of", like "a large number of" and "a handful of": a vague count
    ("A small number of patients were moved to other wards.", "A small number"),
    ("Only a very small number of flights left the airport.", "a very small number"),
    ("The council said a limited number of homes would be rebuilt.", "a limited number"),
    ("A relatively small number of staff stayed on.", "A relatively small number"),
])
def test_a_small_number_of_is_a_vague_count(sentence, text):
    found = [(f.text, f.qualifier) for f in figures(sentence)]
    assert found == [(text, "vague")]


def test_a_number_of_alone_stays_no_figure():
    assert figures("A number of patients were moved.") == []


@pytest.mark.parametrize("sentence, text, value, lower, upper, qualifier, unit", [
    # how long something lasted, took or will take: a figure with its unit
    ("Veterans waited 14 months for a decision.", "14 months", D(14), D(14), D(14), "exact",
     "months"),
    ("Residents had about 20 minutes to leave.", "about 20 minutes", D(20), None, None, "about",
     "minutes"),
    ("The strike lasted 12 days.", "12 days", D(12), D(12), D(12), "exact", "days"),
    ("The ferry was stuck for nearly seven hours.", "nearly seven hours", D(7), None, None,
     "about", "hours"),
    ("The lab expects a ruling within 10 months of filing.", "within 10 months", D(10), D(0),
     D(10), "up_to", "months"),
    ("Repairs could take between four and six weeks.", "between four and six weeks", None,
     D(4), D(6), "range", "weeks"),
    ("New trees take three to four years to bear fruit.", "three to four years", None, D(3),
     D(4), "range", "years"),
    ("The incubation period ranges from 2 to 21 days.", "2 to 21 days", None, D(2), D(21),
     "range", "days"),
    ("The course lasts four to six weeks.", "four to six weeks", None, D(4), D(6), "range",
     "weeks"),
    ("Passengers waited over five hours at the gate.", "over five hours", D(5), D(5), None,
     "over", "hours"),
    ("Troops will stay for at least two years.", "at least two years", D(2), D(2), None,
     "at_least", "years"),
    ("Frost lasted for three consecutive nights.", "three", D(3), D(3), D(3), "exact",
     "nights"),
])
def test_durations_are_figures_with_their_unit(sentence, text, value, lower, upper, qualifier,
                                               unit):
    f = one(sentence)
    assert (f.text, f.value, f.lower, f.upper, f.qualifier, f.unit) == (
        text, value, lower, upper, qualifier, unit)


@pytest.mark.parametrize("sentence", [
    "The attack came two weeks ago.",
    "The driver, 45 years old, was unhurt.",
    "The clinic vaccinates children aged 6 months to 14 years.",
    "The convoy left at 1400 hours.",
    "He was jailed at 18 years of age.",
    "Rents rose at the slowest pace in 3 years.",
    "Workers on zero hours contracts will get new rights.",
    "A 24-hour curfew was imposed.",
])
def test_points_in_time_ages_clocks_and_comparison_periods_are_not_durations(sentence):
    assert [f.text for f in figures(sentence)] == []


def test_over_before_a_period_another_figure_covers_means_across():
    from tests.extraction.test_speakers import run

    got = {c.figure_text: c.qualifier for c in run(
        "The scheme will cost $3.2 million over five years, the ministry said.")}
    assert got == {"$3.2 million": "exact", "five years": "exact"}
    got = {c.figure_text: c.qualifier for c in run(
        "Some 40 attacks were recorded over three days, the monitor said.")}
    assert got == {"Some 40": "about", "three days": "exact"}
    got = {c.figure_text: c.qualifier for c in run(
        "Drivers queued for over six hours, the union said.")}
    assert got == {"over six hours": "over"}


@pytest.mark.parametrize("sentence, text, value, qualifier", [
    # a multiplier is a figure with unit "times", like a count of times
    ("Prices are three times higher than in 2020.", "three times", D(3), "exact"),
    ("Temperatures are rising 1.5 times faster than the global average.", "1.5 times",
     D("1.5"), "exact"),
    ("Cases are about 2.3 times the number a year earlier.", "about 2.3 times", D("2.3"),
     "about"),
    ("Net debt stood at about 4.2 times earnings.", "about 4.2 times", D("4.2"), "about"),
    ("Evening prices are up to four times higher.", "up to four times", D(4), "up_to"),
])
def test_multipliers_are_figures_in_times(sentence, text, value, qualifier):
    f = one(sentence)
    assert (f.text, f.value, f.qualifier, f.unit) == (text, value, qualifier, "times")


@pytest.mark.parametrize("sentence, text", [
    ("The service warned of rainfall of up to 50mm a day across the hills.", "up to 50mm"),
    ("Rainfall at the airport reached 93 millimeters on Sunday.", "93 millimeters"),
    ("Parts of the coast could get more than 120 millimetres by Friday.", "more than 120 millimetres"),
])
def test_millimetres_measure_and_never_place(sentence, text):
    assert [f.text for f in figures(sentence)] == [text]


@pytest.mark.parametrize("sentence, text, counts", [
    ("Three days of intense fighting erupted near the border, the army said.",
     "Three days of intense fighting", "days of intense fighting"),
    ("It followed 12 hours of heavy rain in the hills, the agency said.",
     "12 hours of heavy rain", "hours of heavy rain"),
    ("Six months of talks ended without a deal, the union said.", "Six months of talks",
     "months of talks"),
    ("Veterans waited 14 months for a decision, the ombudsman said.", "14 months waited",
     "months waited"),
    ("It took about 20 minutes to clear the hall, the fire service said.",
     "about 20 minutes taken", "minutes taken"),
    ("The strike lasted 12 days, the union said.", "12 days lasted", "days lasted"),
])
def test_a_duration_counts_its_activity_or_the_verb_it_measures(sentence, text, counts):
    from tests.extraction.test_speakers import run

    (c,) = run(sentence)
    assert (c.text, c.counts) == (text, counts)


@pytest.mark.parametrize("sentence, text, lower, upper, unit", [
    # a currency code written against the first end of a range
    ("Riders face fines of VND4-6 million.", "VND4-6 million", D(4_000_000), D(6_000_000),
     "VND"),
    ("Fines of EUR4-6 million apply.", "EUR4-6 million", D(4_000_000), D(6_000_000), "EUR"),
    # a hyphen joins a range even after "from"; a first end written out keeps its value
    ("Fines rose from VND800,000-1 million.", "VND800,000-1 million", D(800_000),
     D(1_000_000), "VND"),
    ("Prices rose from 3-4% a year.", "3-4%", D(3), D(4), "%"),
])
def test_ranges_after_a_currency_code_or_from(sentence, text, lower, upper, unit):
    f = one(sentence)
    assert (f.text, f.qualifier, f.lower, f.upper, f.unit) == (text, "range", lower, upper, unit)


@pytest.mark.parametrize("sentence, text, value, unit", [
    # storage, charge, power, frequency and resolution: a specification, written against its
    # number or apart
    ("The base model ships with 512GB of storage.", "512GB", D(512), "GB"),
    ("Its battery holds 5,000mAh.", "5,000mAh", D(5000), "mAh"),
    ("The charger delivers 65W.", "65W", D(65), "W"),
    ("The panel refreshes at 144 Hz.", "144 Hz", D(144), "Hz"),
    ("The new chip runs at 3.2GHz.", "3.2GHz", D("3.2"), "GHz"),
    ("The farm will produce 1.8 TWh a year.", "1.8 TWh", D("1.8"), "TWh"),
    ("The back camera has a 48-megapixel sensor.", "48-megapixel", D(48), "megapixels"),
    ("The lens offers 5x optical zoom.", "5x", D(5), "times"),
])
def test_specifications_keep_their_units(sentence, text, value, unit):
    f = one(sentence)
    assert (f.text, f.value, f.unit) == (text, value, unit)


@pytest.mark.parametrize("sentence", [
    "The G7 met in Rome.",
    "Fans queued for the 4K TVs and 5G phones.",
    "The Model 3X sold out.",
])
def test_letters_after_a_number_that_are_no_unit_stay_names(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, text, value, qualifier", [
    ("Sales have grown roughly fivefold since the launch.", "roughly fivefold", D(5), "about"),
    ("Complaints rose tenfold last year.", "tenfold", D(10), "exact"),
    ("A two-fold rise in prices followed.", "two-fold", D(2), "exact"),
    ("The agency reported a 12-fold jump in seizures.", "12-fold", D(12), "exact"),
])
def test_fold_multipliers_are_figures_in_times(sentence, text, value, qualifier):
    f = one(sentence)
    assert (f.text, f.value, f.qualifier, f.unit) == (text, value, qualifier, "times")


@pytest.mark.parametrize("sentence, text, value, unit", [
    # how far something reached, a size it grew to, a level water reached
    ("The twister stayed on the ground for roughly 25 miles.", "roughly 25 miles", D(25),
     "miles"),
    ("The new screen grows to 6.9 inches.", "6.9 inches", D("6.9"), "in"),
    ("Floodwater reached up to 2.5 meters in low-lying streets.", "up to 2.5 meters", D("2.5"),
     "m"),
    # "m" against the number is metres when a length follows or precedes it
    ("Crews replaced 420m of worn track.", "420m", D(420), "m"),
    ("Traffic backed up for about 800m.", "about 800m", D(800), "m"),
    ("The well is 5m deep.", "5m", D(5), "m"),
    ("Parts per billion: lead reached 15 parts per billion.", "15 parts per billion", D(15),
     "parts per billion"),
])
def test_lengths_levels_and_concentrations(sentence, text, value, unit):
    f = one(sentence)
    assert (f.text, f.value, f.unit) == (text, value, unit)



@pytest.mark.parametrize("sentence, values", [
    ("Arrivals reach 29.4m as demand recovers.", []),
    ("The club made 5m last year.", []),
    ("About 3.5m people voted.", [D(3_500_000)]),
])
def test_a_bare_m_without_a_length_sign_stays_millions_or_nothing(sentence, values):
    assert [f.value for f in figures(sentence)] == values


@pytest.mark.parametrize("sentence, text, lower, upper", [
    ("Labour costs have gone up by 40% to 50% this year.", "40% to 50%", D(40), D(50)),
    ("The water table dropped by 3 m to 4 m.", "3 m to 4 m", D(3), D(4)),
    ("Fares rose by 8 per cent to 10 per cent.", "8 per cent to 10 per cent", D(8), D(10)),
])
def test_a_change_by_two_close_amounts_in_one_unit_is_a_range(sentence, text, lower, upper):
    f = one(sentence)
    assert (f.text, f.qualifier, f.lower, f.upper) == (text, "range", lower, upper)


@pytest.mark.parametrize("sentence", [
    "Police filed charges under sections 318(4), 319(2) and 61(2) of the code.",
    "The case falls under sections 66(C) and 66(D) of the act.",
    "Ships now dock at berths 4 to 7.",
    "Block traffic to port 8443 at once.",
    "Parents register children as soon as they turn 18.",
    "The abbot, who turned 68 in May, led the prayers.",
])
def test_labels_listed_after_a_label_word_and_ages_reached_are_no_figures(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, texts", [
    ("In the latest quarter (April to June 2025), 12,118 people arrived.", ["12,118"]),
    ("Cases dropped from 412,600 in 2023 to 351,900 in 2024.", ["412,600", "351,900"]),
    ("Shares turned 5% higher.", ["5%"]),
])
def test_counts_after_a_year_or_a_turn_still_count(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, text", [
    ("The bank said it had received no reports of accounts being emptied.", "no reports"),
    ("Regulators have had no complaints of mis-selling so far.", "no complaints"),
    ("The insurer paid 312 claims, none of which were contested.", "none"),
    ("Inspectors visited 48 sites, none of whom had permits on show.", "none"),
])
def test_zero_reports_and_none_of_what_was_just_counted(sentence, text):
    zeros = [f for f in figures(sentence) if f.value == 0]
    assert [f.text for f in zeros] == [text]


@pytest.mark.parametrize("sentence", [
    "None of which matters now.",
    "There were no reports in the archive.",
])
def test_none_and_no_reports_alone_stay_no_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, text", [
    ("Air defences downed seven of the nine drones launched overnight.", "nine"),
    ("The board, whose eleven members serve three-year terms, met on Monday.", "eleven"),
    ("Workers will strike at all four plants next week.", "four"),
    ("Storage in the five reservoirs fell to 38%.", "five"),
])
def test_a_number_word_before_a_noun_after_the_or_all_counts(sentence, text):
    assert text in [f.text for f in figures(sentence)]


@pytest.mark.parametrize("sentence", [
    "All three were taken to hospital.",
    "In April the two were tied.",
    "Relations between the two regional powers thawed.",
    "All five of them were released.",
])
def test_a_number_word_that_refers_back_to_those_counted_is_no_figure(sentence):
    assert figures(sentence) == []


def test_a_period_after_the_is_a_duration():
    # (session 16: the blind authors of heldout60-114 listed 33 of the 34 such periods)
    assert [f.text for f in figures("Leases signed in the three months to February rose.")] == [
        "three months"]


@pytest.mark.parametrize("sentence, texts", [
    # a count right after a date or a year is no part of the date
    ("Since the update of May 2, 2025, 14 more cases have been confirmed.", ["14"]),
    ("So far in 2024, 3,410 measles cases have been reported.", ["3,410"]),
    ("In March 2019, 112 pupils were taken from the school.", ["112"]),
    ("Figures show that in January 2,093 patients waited.", ["2,093"]),
    ("Crossings rose against the year to March 2024 (41,220).", ["41,220"]),
    # but more days listed after a date are days
    ("Staff will strike on June 4, 5 and 6.", []),
    ("The poll was taken between October 3 and 9.", []),
])
def test_counts_after_dates_and_days_listed_after_a_date(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, text, lower, upper", [
    ("Onions sold at Rs40-55 per kg.", "Rs40-55", D(40), D(55)),
    ("The agency may miss its goal by Rs300-400 crore.", "Rs300-400 crore", D(3 * 10**9),
     D(4 * 10**9)),
])
def test_a_currency_prefix_before_a_hyphen_range(sentence, text, lower, upper):
    f = one(sentence)
    assert (f.text, f.lower, f.upper) == (text, lower, upper)


@pytest.mark.parametrize("sentence, text, value, unit", [
    ("Depots raised the price by N35 per litre.", "N35", D(35), "NGN"),
    ("The stock closed at R48.25 on Friday.", "R48.25", D("48.25"), "ZAR"),
])
def test_naira_and_rand_letter_prefixes_are_currencies(sentence, text, value, unit):
    assert [(f.text, f.value, f.unit) for f in figures(sentence)] == [(text, value, unit)]


@pytest.mark.parametrize("sentence, texts", [
    # kwacha written "K" before an amount (the letter and a number naming a unit are not)
    ("The mine was fined K2.5m and a farmer spent K300 a month on water.", ["K2.5m", "K300"]),
    ("The K9 unit arrived.", []),
])
def test_kwacha_amounts_are_figures_but_a_k_and_number_name_is_not(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, text, value, unit", [
    ("Police found 8kg of heroin.", "8kg", D(8), "kg"),
    ("Each dose holds 250mg of the drug.", "250mg", D(250), "mg"),
])
def test_weights_written_against_the_number_keep_their_unit(sentence, text, value, unit):
    assert [(f.text, f.value, f.unit) for f in figures(sentence)] == [(text, value, unit)]


@pytest.mark.parametrize("sentence, text, value, unit", [
    # a compound that counts a body's members or parties, or a poll lead's points
    ("A nine-member panel will review the case.", "nine-member", D(9), "members"),
    ("A 12-member jury was sworn in.", "12-member", D(12), "members"),
    ("The 11-party coalition survived the vote.", "11-party", D(11), "parties"),
    ("A nine-party alliance was formed.", "nine-party", D(9), "parties"),
    ("The senator holds a 9-point lead in the latest poll.", "9-point", D(9), "points"),
])
def test_member_party_and_poll_point_compounds_are_counts(sentence, text, value, unit):
    assert [(f.text, f.value, f.unit) for f in figures(sentence)] == [(text, value, unit)]


@pytest.mark.parametrize("sentence, texts", [
    # a road's name and a numbered plan are no figures (a count of a road's parts still is)
    ("Traffic was halted on the N2 near Durban.", []),
    ("A five-point programme was announced.", []),
    ("Some 3,000 motorway bridges need repair.", ["Some 3,000"]),
])
def test_roads_and_plans_stay_out(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, texts", [
    ("The bill raises the retirement age from 62 to 64.", ["62", "64"]),
    ("Lawmakers lowered the voting age to 16.", ["16"]),
])
def test_an_age_a_rule_sets_is_a_figure(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, text", [
    ("The airline said none of its crew had been hurt.", "none"),
    ("Of the 80 buses ordered, none of them has been delivered.", "none"),
    ("The northern depot had none.", "none"),
    ("No one has claimed the prize since 2019.", "No one"),
    ("Nobody from the ministry has visited the camp.", "Nobody"),
])
def test_none_of_a_group_and_no_one_who_did_something_are_zeros(sentence, text):
    assert [f.text for f in figures(sentence) if f.value == 0] == [text]


@pytest.mark.parametrize("sentence", [
    "None of this matters.",
    "Nobody knows why the bridge failed.",
    "No one has to pay for the permit.",
])
def test_none_and_nobody_in_general_statements_stay_no_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, text", [
    ("Organisers reported crowds in the hundreds.", "hundreds"),
    ("Fans turned out in their thousands.", "thousands"),
    ('"Now it is a handful," the owner said.', "a handful"),
    ('He said only that "a handful" of guards were hurt.', "a handful"),
    ("Nine people died and scores more were hurt.", "scores"),
])
def test_vague_amounts_without_of(sentence, text):
    assert text in [f.text for f in figures(sentence) if f.qualifier == "vague"]


@pytest.mark.parametrize("sentence, text, value, qualifier", [
    ("Rents in the port more than doubled over the decade.", "more than doubled", 2, "over"),
    ("Drivers there are twice as likely to crash.", "twice", 2, "exact"),
    ("The backlog is nearly twice what it was in spring.", "nearly twice", 2, "about"),
    ("Analysts expect output to triple by the end of the decade.", "triple", 3, "exact"),
    ("The bill came to more than double the original quote.", "more than double", 2, "over"),
    ("Freight costs have quadrupled since the canal closed.", "quadrupled", 4, "exact"),
])
def test_one_word_multipliers(sentence, text, value, qualifier):
    got = [f for f in figures(sentence) if f.unit == "times"]
    assert [(f.text, f.value, f.qualifier) for f in got] == [(text, value, qualifier)]


@pytest.mark.parametrize("sentence", [
    "Police are treating it as a double murder.",
    "She won the triple jump.",
    "Critics accused the board of double standards.",
    "The mayor was fined twice last year.",
    "Growth hit double digits and the bonds kept their triple-A rating.",
])
def test_double_and_triple_that_multiply_nothing_stay_out(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Gunmen struck the market again, three months after the raid.",
     [("three months", 3, "months")]),
    ("The firm was registered only 11 months before the tender closed.",
     [("11 months", 11, "months")]),
    ("Dockers began a 36-hour strike on Monday.", [("36-hour", 36, "hours")]),
    ("The bill passed after an 11-hour debate.", [("11-hour", 11, "hours")]),
    ("Few calls met the eight-minute response target.", [("eight-minute", 8, "minutes")]),
    ("The striker signed a three-year, $40 million contract.",
     [("three-year", 3, "years"), ("$40 million", 40_000_000, "USD")]),
    ("Medics worked 30-hour shifts during the 40-day festival.",
     [("30-hour", 30, "hours"), ("40-day", 40, "days")]),
])
def test_spans_between_events_and_how_long_an_event_lasts(sentence, expected):
    assert [(f.text, f.value, f.unit) for f in figures(sentence)] == expected


@pytest.mark.parametrize("sentence, texts", [
    ("Benchmark three-month copper rose 2%.", ["2%"]),
    ("The yield on the 10-year note fell.", []),
    ("Landlords may raise rents on one-year leases.", []),
    ("A 24-hour hotline is open.", []),
    ("The five-day forecast is dry.", []),
])
def test_a_term_that_names_a_product_is_no_duration(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, text, unit", [
    ("The floodwater was nearly two metres deep in the square.", "nearly two metres", "m"),
    ("Traffic backed up for three miles.", "three miles", "miles"),
    ("The hamlet lies five kilometres north of the dam.", "five kilometres", "km"),
    ("The trawler sank about 40 nautical miles off the cape.", "about 40 nautical miles", "nmi"),
])
def test_lengths_in_words_and_nautical_miles(sentence, text, unit):
    assert [(f.text, f.unit) for f in figures(sentence)] == [(text, unit)]


@pytest.mark.parametrize("sentence, text, value", [
    ("Families now pay R350 a month for paraffin.", "R350", 350),
    ("Vendors sell water at R25 a bucket.", "R25", 25),
    ("Pork sells for P240 per kilo in the capital.", "P240", 240),
])
def test_rand_and_pesos_before_a_rate(sentence, text, value):
    assert [(f.text, f.value) for f in figures(sentence)] == [(text, value)]


def test_a_road_before_a_rate_like_phrase_stays_out():
    assert figures("The R21 a few kilometres away was closed, and on the R59 a truck "
                   "overturned.") == []


@pytest.mark.parametrize("sentence, kept", [
    ("The assault rate was 52 per 100,000 residents.", ["52"]),
    ("Most of the recruits were between 19 and 24 years old.", []),
    ("The hostages, whose ages ranged from 8 to 70, were freed.", []),
    ("Officials said 40 of the migrants were under 18.", ["40"]),
    ("Rosa Tull, the poet, dies at 88", []),
    ("Neighbours rang 999 twice before the crew arrived.", []),
    ("The exchange is recorded at column 231 of the report.", []),
])
def test_rate_denominators_ages_phone_numbers_and_columns_stay_out(sentence, kept):
    assert [f.text for f in figures(sentence)] == kept


@pytest.mark.parametrize("sentence, text", [
    ("Deaths were under 100 this year.", "under 100"),
    # (only people "were under 18" is an age)
    ("Deaths were under 18 this year.", "under 18"),
])
def test_a_count_under_a_bound_is_still_a_figure(sentence, text):
    assert [f.text for f in figures(sentence)] == [text]


def test_a_magnitude_written_with_its_letter_is_a_figure():
    assert [(f.text, f.value, f.unit) for f in figures("An M5.9 earthquake shook the coast.")] \
        == [("M5.9", D("5.9"), "magnitude")]


def test_a_motorway_named_m_is_no_magnitude():
    assert figures("The M4 and the M25 were closed after the crash.") == []


@pytest.mark.parametrize("sentence", [
    "Absolute zero temperatures were reached in the lab.",
    "Calls to Triple Zero operators rose.",
])
def test_zero_and_multiplier_words_in_names_and_idioms_stay_out(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # one unit of length is a figure with a qualifier, and no figure without one
    ("The lake rose nearly a metre overnight.", [("nearly a metre", 1, "about")]),
    ("The lane sat under at least a metre of water.", [("at least a metre", 1, "at_least")]),
    ("The glacier retreats by more than a mile each decade.", [("more than a mile", 1, "over")]),
    ("He stood a metre away.", []),
])
def test_one_unit_of_length_with_a_qualifier(sentence, expected):
    assert [(f.text, f.value, f.qualifier) for f in figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a compound in digits that says what a thing holds or weighs counts it
    ("Nurses walked out at the 640-bed hospital on Monday.", [("640-bed", 640, "beds")]),
    ("The owners want a 5,200-seat arena by the river.", [("5,200-seat", 5200, "seats")]),
    ("The council approved a 180-unit building near the station.",
     [("180-unit", 180, "units")]),
    ("The old bridge carries a 12-ton weight limit.", [("12-ton", 12, "tons")]),
    ("Quotas were cut from the 3,100-tonne total catch.", [("3,100-tonne", 3100, "tonnes")]),
    # (and what a vessel holds)
    ("It costs N38,000 to fill a 50-litre tank.",
     [("N38,000", 38000, "NGN"), ("50-litre", 50, "litres")]),
    ("She hauls water in a 250-gallon tank.", [("250-gallon", 250, "gallons")]),
    ("The new 1,000-liter vat arrived in May.", [("1,000-liter", 1000, "litres")]),
])
def test_a_compound_that_says_what_a_thing_holds_counts_it(sentence, expected):
    assert [(f.text, f.value, f.unit) for f in figures(sentence)] == expected


def said(sentence: str, publisher: str = "Test Herald"):
    """(speaker, figure as written, value, unit) of each claim the extractor finds in one
    body sentence under a headline without figures."""
    from claims.extraction import extract_claims
    from tests.extraction.corpus import Seg

    headline = "A headline without figures"
    text = f"{headline}\n\n{sentence}\n"
    segments = [Seg("headline", 0, len(headline)),
                Seg("body", len(headline) + 2, len(headline) + 2 + len(sentence))]
    return [(c.speaker, c.figure_text, c.value, c.unit)
            for c in extract_claims(text, segments, article_date=DAY, publisher=publisher)]


@pytest.mark.parametrize("sentence, expected", [
    # a plant's power written against its number is a figure in MW or GW
    ("The Kelvale dam produces 340MW at full flow, engineer Tomas Orrin said.",
     [("Tomas Orrin", "340MW", D(340), "MW")]),
    ("Grid operator Nordlys said the new cable carries 1 400MW.",
     [("Nordlys", "1 400MW", D(1400), "MW")]),
    ("Energy minister Ada Rulewe said solar farms would add 2GW by 2030.",
     [("Ada Rulewe", "2GW", D(2), "GW")]),
])
def test_power_written_against_its_number_is_a_figure(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a word that labels numbers ("flat 4", "bill 12") never labels an amount with a currency sign
    ("Each grower will receive a flat €8,000, minister Lene Varga said.",
     [("Lene Varga", "€8,000", D(8000), "EUR")]),
    ("Tenants pay a flat £95 a week, landlord Osric Penhale said.",
     [("Osric Penhale", "£95", D(95), "GBP")]),
    ("Kessington Water said the average bill $412 would not change.",
     [("Kessington Water", "$412", D(412), "USD")]),
])
def test_an_amount_with_a_currency_sign_is_no_label(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected, bounds", [
    # two amounts of naira joined by a dash or "to", each with its sign, are a range
    ("Filling stations in Ibadan sold diesel at N1,210-N1,240 per litre, dealer Tunde Okafor "
     "said.", [("Tunde Okafor", "N1,210-N1,240", None, "NGN")], (D(1210), D(1240))),
    ("Economist Ngozi Aleru said kerosene could rise by N50 to N70 per litre.",
     [("Ngozi Aleru", "N50 to N70", None, "NGN")], (D(50), D(70))),
    ("Trader Bisi Adagun said tomatoes now cost N60-N75 a kg in Oyingbo.",
     [("Bisi Adagun", "N60-N75", None, "NGN")], (D(60), D(75))),
])
def test_a_range_of_naira_written_with_both_signs_is_one_figure(sentence, expected, bounds):
    assert said(sentence) == expected
    assert [(f.lower, f.upper, f.qualifier) for f in figures(sentence)] == [(*bounds, "range")]


@pytest.mark.parametrize("sentence, expected", [
    # "m" after a number before a people named by their country counts millions of them
    ("Census officer Dana Kolbe said 2.5m Kenyans now live abroad.",
     [("Dana Kolbe", "2.5m", D(2500000), "")]),
    ("Pollster Ivo Marsh said 11m Britons had used the app.",
     [("Ivo Marsh", "11m", D(11000000), "")]),
    ("Transit chief Ruth Agnelli said 4m Londoners ride the bus each week.",
     [("Ruth Agnelli", "4m", D(4000000), "")]),
])
def test_millions_of_a_people_named_by_country_are_a_count(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the size of a rate move in words or as one compound is a figure in points
    ("Strategist Lena Orsk said markets expect a quarter-point cut in March.",
     [("Lena Orsk", "quarter-point", D("0.25"), "percentage points")]),
    ("Saver Ruth Mbeki said her bank cut its rate by only half a percentage point.",
     [("Ruth Mbeki", "half a percentage point", D("0.5"), "percentage points")]),
    ("Analyst Pavel Dorn said a one percentage point rise would hurt borrowers.",
     [("Pavel Dorn", "one percentage point", D(1), "percentage points")]),
    ("Fund manager Ines Toller said a 75-basis-point hike was now priced in.",
     [("Ines Toller", "75-basis-point", D(75), "basis points")]),
    # (a half-point that moves nothing is no rate move; a fivefold "percent" ends at its word)
    ("Coach Ana Reyes said the half-point mark was passed in May.", []),
    ("Economist Ivo Hart said rents rose five percent in the year to March.",
     [("Ivo Hart", "five percent", D(5), "%")]),
])
def test_the_size_of_a_rate_move_in_words_or_one_compound_is_a_figure(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "no" before things that were not done is a zero, whatever was not done to them
    ("Manager Hal Brevik said no other ferries were cancelled on Friday.",
     [("Hal Brevik", "no other ferries", D(0), "")]),
    ("Dr. Mira Castell said no operations had been postponed as of Monday.",
     [("Mira Castell", "no operations", D(0), "")]),
    ("Sergeant Owen Tarr said no new warrants had been issued in the case.",
     [("Owen Tarr", "no new warrants", D(0), "")]),
    # (how a matter stands is no count)
    ("Mayor Ilse Varn said no decisions had been made about the pool.", []),
])
def test_no_before_things_not_done_is_a_zero(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected, lower", [
    # "a couple dozen" is a vague amount, like "a few dozen"
    ("Clerk Nora Vance said a couple dozen ballots were set aside.",
     [("Nora Vance", "a couple dozen", None, "")], D(24)),
    ("Organiser Eli Brandt said a couple of hundred people marched.",
     [("Eli Brandt", "a couple of hundred", None, "")], D(200)),
    ("Farmer Jonas Ekdal said a couple thousand sheep were lost in the snow.",
     [("Jonas Ekdal", "a couple thousand", None, "")], D(2000)),
])
def test_a_couple_dozen_is_a_vague_amount(sentence, expected, lower):
    assert said(sentence) == expected
    assert [(f.lower, f.upper, f.qualifier) for f in figures(sentence)] == [(lower, None, "vague")]


@pytest.mark.parametrize("sentence, expected", [
    # ages told in other ways are no claims: a short sentence, "then 22", "was 24 at the time",
    # an age bracket, "younger than 25"
    ('"She\'s 81.', []),
    ("The man was 54.", []),
    ("Witness Aldo Ferri said Mara Linde, then 19, was hit by a car.", []),
    ("Lawyer Gus Ormond said his client was 23 at the time of the crash.", []),
    ("Spokesman Leo Dahl said riders 12 and under travel free.", []),
    ("Health officer Pia Stromme said deaths among residents 75 and older rose 12%.",
     [("Pia Stromme", "12%", D(12), "%")]),
    ("Coroner Ada Fenwick said deaths among people younger than 30 fell 18%.",
     [("Ada Fenwick", "18%", D(18), "%")]),
    # (an index at a time is no age)
    ("Analyst Tom Reel said the index was 31 at the time of the sale.",
     [("Tom Reel", "31", D(31), "")]),
])
def test_ages_told_in_other_ways_are_no_claims(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a paragraph's number and an emergency number are labels, not counts
    ("(ATTN: ADDS comments from minister Ole Brun in paras 4-5)", []),
    ("Alerts reached 30 villages through the 112 emergency number, said Rui Alves.",
     [("Rui Alves", "30", D(30), "")]),
    ("Dispatcher Kim Soller said the 911 emergency line took 4,200 calls.",
     [("Kim Soller", "4,200", D(4200), "")]),
    ("Judge Ella Marr said para 14 of the deal set a fine of $9,000.",
     [("Ella Marr", "$9,000", D(9000), "USD")]),
])
def test_paragraph_and_emergency_numbers_are_no_counts(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "not one ounce of", "not one iota": a figure of speech, no zero
    ("Tenant Ansel Dyke said the landlord showed not one ounce of sympathy for the families.",
     []),
    ("Coach Dev Arlen said the team had given not one iota of effort.", []),
    ("Critic Lou Pavesi said the film had not one shred of humour.", []),
    # (a thing not done is still a zero)
    ("Principal Ivy Stone said not one pupil was sent home.",
     [("Ivy Stone", "not one", D(0), "")]),
])
def test_not_one_ounce_is_a_figure_of_speech(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "a hundred and fifty million": the scale after "a hundred and ..." is part of the number
    ('"A hundred and sixty million will not mend the roads," transport chief Corin Vallis said.',
     [("Corin Vallis", "A hundred and sixty million", D(160000000), "")]),
    ("Organiser Wim Soto said a hundred thousand people marched.",
     [("Wim Soto", "a hundred thousand", D(100000), "")]),
    ("Minister Yara Kell said a hundred and twenty thousand homes lost power.",
     [("Yara Kell", "a hundred and twenty thousand", D(120000), "")]),
])
def test_a_hundred_and_fifty_million_is_one_number(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "people over N things": the number counts the things, "over" says what for; no age
    ("Detective Noor Afari said the force has charged five youths over 8 vandalism cases.",
     [("Noor Afari", "five", D(5), ""), ("Noor Afari", "8", D(8), "")]),
    ("Sergeant Tom Vale said officers arrested two women over 14 burglaries.",
     [("Tom Vale", "two", D(2), ""), ("Tom Vale", "14", D(14), "")]),
    ("Prosecutor Eve Lund said the state will try three men over 20 armed robberies.",
     [("Eve Lund", "three", D(3), ""), ("Eve Lund", "20", D(20), "")]),
    # (people over an age stay out)
    ("Nurse Ola Kim said people over 65 were given the vaccine first.", []),
])
def test_people_over_a_count_of_things_is_no_age(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "from X to Y" right after a range is the range it replaced, not a change
    ("Treasurer Ugo Serrat said the co-op will pay members $0.80 to $0.85 a litre, from $0.60 "
     "to $0.65 before.", [("Ugo Serrat", "$0.80 to $0.85", None, "USD"),
                          ("Ugo Serrat", "$0.60 to $0.65", None, "USD")]),
    ("Finance chief Olu Dare said the firm now expects growth of 4% to 5%, up from 2% to 3%.",
     [("Olu Dare", "4% to 5%", None, "%"), ("Olu Dare", "2% to 3%", None, "%")]),
    ("Treasurer Mia Volk said the council cut its estimate to 300 to 320 jobs, from 400 to 450.",
     [("Mia Volk", "300 to 320", None, ""), ("Mia Volk", "400 to 450", None, "")]),
    # (a change from one level to another stays two figures)
    ("Trader Abe Ncube said prices rose from $5 to $7.",
     [("Abe Ncube", "$5", D(5), "USD"), ("Abe Ncube", "$7", D(7), "USD")]),
])
def test_from_a_range_after_a_range_is_the_range_it_replaced(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the raised decimal point of the medical journals' house style
    ("Of the patients, 64·2% were cured by the end of the trial.", [("64·2%", D("64.2"))]),
    ("The gap was 11·5 percentage points.", [("11·5 percentage points", D("11.5"))]),
    ("Infections cause roughly 4·7 million deaths a year.", [("roughly 4·7 million",
                                                              D("4700000"))]),
])
def test_a_raised_decimal_point_is_a_decimal_point(sentence, expected):
    assert [(f.text, f.value) for f in figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Samples held 1.4mg/l of cyanide.", [("1.4mg/l", D("1.4"), "mg/l")]),
    ("Lead reached 0.21 mg/L in the tap water.", [("0.21 mg/L", D("0.21"), "mg/L")]),
    ("About 95,000m3 of tailings escaped.", [("About 95,000m3", D("95000"), "m\u00b3")]),
])
def test_a_concentration_or_a_volume_in_cubic_metres_keeps_its_unit(sentence, expected):
    assert [(f.text, f.value, f.unit) for f in figures(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "By day 14, the rash had faded.",
    "Crews will start work on day 10 of the plan.",
    "DOI: 10.1126/science.adk4421",
    "Cite this as: BMJ 2024;387:q1123",
])
def test_a_days_number_or_a_citation_is_no_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("No patient stopped the treatment because of side effects.", [("No patient", D("0"))]),
    ("No pupils failed the test this year.", [("No pupils", D("0"))]),
    ("Twelve people fell ill. Four of them were elderly, and none had been vaccinated.",
     [("Twelve", D("12")), ("Four", D("4")), ("none", D("0"))]),
])
def test_no_patient_who_did_something_and_none_of_those_counted_are_zeros(sentence, expected):
    assert [(f.text, f.value) for f in figures(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "No passengers needed help.",
    "None had been told of the plan.",
    "No reason was given for the delay.",
])
def test_no_or_none_without_a_count_before_or_an_act_is_no_zero(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Prices were lower a few years ago.",
    "The pumps run for a few hours a day.",
    "She had moved there several years earlier.",
])
def test_a_few_years_ago_or_a_few_hours_a_day_is_no_duration(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Repairs should take one to two weeks.", [("one to two weeks", D("1"), D("2"))]),
    ("The rash fades in one or two days.", [("one or two days", D("1"), D("2"))]),
    ("Talks lasted one to three months.", [("one to three months", D("1"), D("3"))]),
])
def test_one_to_n_units_of_time_is_a_range(sentence, expected):
    assert [(f.text, f.lower, f.upper) for f in figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a period after "next", "past", "last", "another" is a duration like "the next 18 months"
    ("Director Ilse Marren said the agency would hire 240 inspectors over the next two years.",
     [("Ilse Marren", "240", D(240), ""), ("Ilse Marren", "two years", D(2), "years")]),
    ("Spokesman Tomas Reyl said the patrols would continue for another three weeks.",
     [("Tomas Reyl", "three weeks", D(3), "weeks")]),
    ("Warden Pia Sokol said 17 bears were seen in the last four days.",
     [("Pia Sokol", "17", D(17), ""), ("Pia Sokol", "four days", D(4), "days")]),
])
def test_a_period_after_next_last_or_another_is_a_duration(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "three hours later" is the span between two events, like "three months after the raid"
    ("Spokeswoman Edda Vranck said trains ran again about three hours later.",
     [("Edda Vranck", "about three hours", D(3), "hours")]),
    ("Inspector Joel Marney said officers arrived 12 minutes later.",
     [("Joel Marney", "12 minutes", D(12), "minutes")]),
    ("Director Sunniva Holt said the plant reopened six weeks later.",
     [("Sunniva Holt", "six weeks", D(6), "weeks")]),
])
def test_a_span_later_is_a_duration(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the period a change is spread over, or one marked out with "past"/"last", is a duration
    ("Analyst Berit Osland said rents rose 6% over the past nine months.",
     [("Berit Osland", "6%", D(6), "%"), ("Berit Osland", "nine months", D(9), "months")]),
    ("Organiser Kemal Dursun said the union wants raises of 15% over four years.",
     [("Kemal Dursun", "15%", D(15), "%"), ("Kemal Dursun", "four years", D(4), "years")]),
    ("Registrar Nadia Follet said admissions fell 8 percent in the last 18 months.",
     [("Nadia Follet", "8 percent", D(8), "%"), ("Nadia Follet", "18 months", D(18), "months")]),
    # and since session 16 a bare "in N months" after a change (the blind authors of
    # heldout42-114 listed 7 of 9); a superlative's pace stays the comparison's frame
    ("Registrar Nadia Follet said admissions fell 8 percent in 18 months.",
     [("Nadia Follet", "8 percent", D(8), "%"), ("Nadia Follet", "18 months", D(18), "months")]),
])
def test_the_period_a_change_is_spread_over_is_a_duration(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # one unit of time with a qualifier or "for" before it is a duration of one
    ("Manager Oskar Lindqvist said the stock was meant to last less than a month.",
     [("Oskar Lindqvist", "less than a month", D(1), "months")]),
    ("Pastor Ruth Amadi said the shelter had been closed for a year.",
     [("Ruth Amadi", "a year", D(1), "years")]),
    ("Ranger Colm Devlin said the forest had not burned in more than a century.",
     [("Colm Devlin", "more than a century", D(1), "centuries")]),
    # (but not a rate, a comparison's base or a deadline)
    ("Treasurer Ines Paulo said members pay $40 a year, up from $35 a year earlier.",
     [("Ines Paulo", "$40", D(40), "USD"), ("Ines Paulo", "$35", D(35), "USD")]),
])
def test_one_unit_of_time_with_a_qualifier_or_for_is_a_duration(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # quarters and weekends count a duration like months and days
    ("Chief executive Lorna Pike said margins had shrunk for two quarters.",
     [("Lorna Pike", "two quarters", D(2), "quarters")]),
    ("Analyst Femi Adeyemi said sales would slow over the next three quarters.",
     [("Femi Adeyemi", "three quarters", D(3), "quarters")]),
    ("Spokesman Rolf Amsel said the bridge would close for four weekends.",
     [("Rolf Amsel", "four weekends", D(4), "weekends")]),
    # (but "three quarters of" is a fraction)
    ("Pollster Ada Quist said three quarters of voters backed the plan.", []),
])
def test_quarters_and_weekends_count_a_duration(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a number word after "other"/"another" counts the rest, even with a verb next
    ("Nurse Tomasz Wierzba said two patients went home and the other three were kept in.",
     [("Tomasz Wierzba", "two", D(2), ""), ("Tomasz Wierzba", "three", D(3), "")]),
    ("Auditor Greta Somerholm said another four schools were still without heating.",
     [("Greta Somerholm", "four", D(4), "")]),
    ("Manager Idris Balewa said nine players signed, while the other six had refused.",
     [("Idris Balewa", "nine", D(9), ""), ("Idris Balewa", "six", D(6), "")]),
    # (but not "the other one", nor a frame of time after "the other")
    ("Clerk Hana Ostrova said the other one was never found.", []),
])
def test_a_number_after_other_or_another_counts_the_rest(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a time compound before any noun says how long it lasts
    ("Governor Lupe Varga said the province declared a 90-day state of emergency.",
     [("Lupe Varga", "90-day", D(90), "days")]),
    ("Treasurer Omar Feltz said the council adopted a two-year budget.",
     [("Omar Feltz", "two-year", D(2), "years")]),
    ("Director Hilde Brask said the club wanted a 25-year stadium lease.",
     [("Hilde Brask", "25-year", D(25), "years")]),
    ("Judge Nell Corrigan said the 14-day trial had been fair.",
     [("Nell Corrigan", "14-day", D(14), "days")]),
    ("Skipper Arno Visser said boats lost most of the six-month season.",
     [("Arno Visser", "six-month", D(6), "months")]),
    ("Mayor Lotte Brink said a three-year legal fight had delayed the bridge.",
     [("Lotte Brink", "three-year", D(3), "years")]),
    # (but not a product's term or a measure's window named right after it)
    ("Broker Sami Rautio said three-month nickel and the 5-year yield both fell.", []),
    ("Analyst Vera Kolk said the index hit a 52-week high.", []),
])
def test_a_time_compound_before_any_noun_is_a_span(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the span a superlative reaches back over is a duration
    ("Warden Pia Lindgren said the lake fell to its lowest level in more than six years.",
     [("Pia Lindgren", "more than six years", D(6), "years")]),
    ("Curator Bram Oosterhuis said it was the wettest spring in three decades.",
     [("Bram Oosterhuis", "three decades", D(3), "decades")]),
    ("Registrar Nadia Follet said enrolment hit its highest total in 12 years.",
     [("Nadia Follet", "12 years", D(12), "years")]),
    # (but not the frame of a change or of a change's speed)
    ("Registrar Nadia Follet said fees grew at the fastest pace in 12 years.", []),
])
def test_the_span_a_superlative_reaches_back_over_is_a_duration(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a number word after "every" says how often; a range of units after a determiner is whole
    ("Ranger Olek Dumas said the pumps are serviced every three months.",
     [("Olek Dumas", "three months", D(3), "months")]),
    ("Ranger Olek Dumas said storms now hit every four to five weeks.",
     [("Olek Dumas", "four to five weeks", None, "weeks")]),
    ("Doctor Ines Varro said the next two to four days would be critical.",
     [("Ines Varro", "two to four days", None, "days")]),
    # (but not "each two")
    ("Doctor Ines Varro said each two weeks brought new cases.", []),
])
def test_every_n_units_and_a_range_of_units_after_a_determiner(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected, lower", [
    # "a few" or "several" units of time is a vague duration, even with no other number in
    # the sentence
    ("The pass stayed closed for several hours.",
     [("Test Herald", "several hours", None, "hours")], D(3)),
    ("Most of the toxin should break down within a few weeks.",
     [("Test Herald", "a few weeks", None, "weeks")], None),
    ("Tremors grew over several days before the blast.",
     [("Test Herald", "several days", None, "days")], D(3)),
    ("Engineer Suvi Halonen said the repairs would take a few weeks.",
     [("Suvi Halonen", "a few weeks", None, "weeks")], None),
    ("Chemist Tobiah Renn said the dye fades within a few hours.",
     [("Tobiah Renn", "a few hours", None, "hours")], None),
    ("Planner Edda Moyo said the ferry would return in a few months.",
     [("Edda Moyo", "a few months", None, "months")], None),
    # (but not a point in time)
    ("Planner Edda Moyo said the ferry broke down a few days ago.", [], None),
])
def test_a_few_or_several_units_of_time_is_a_vague_duration(sentence, expected, lower):
    assert said(sentence) == expected
    assert [(f.lower, f.upper, f.qualifier) for f in figures(sentence)] == [
        (lower, None, "vague") for _ in expected]


@pytest.mark.parametrize("sentence, expected", [
    # a number before a capitalised name that closes the phrase names a route, unit or place
    ("Planner Joss Kettering said 18 bus routes gain trips, including the 52 Lawrence and 41 "
     "Keele Street, which are crowded.",
     [("Joss Kettering", "18", D(18), "")]),
    ("Colonel Ade Bamidele said 90 troops of the 3 Brigade, Army Command, were deployed.",
     [("Ade Bamidele", "90", D(90), "")]),
    ("Captain Lars Ottesen said 40 firefighters went to a house near 4100 North and 1300 East.",
     [("Lars Ottesen", "40", D(40), "")]),
    # (but a plural name is what a number counts)
    ("Clerk Mina Sato said the chamber's 31 Liberals and 28 Greens voted.",
     [("Mina Sato", "31", D(31), ""), ("Mina Sato", "28", D(28), "")]),
])
def test_a_number_before_a_name_that_closes_the_phrase_is_a_label(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a round base after "per" or "every" is a rate's denominator, even at the clause's end
    ("Analyst Rhea Dossou said the rate fell to 12 per 100,000.",
     [("Rhea Dossou", "12", D(12), "")]),
    ("Analyst Rhea Dossou said there are 310 nurses for every 10,000 residents.",
     [("Rhea Dossou", "310", D(310), "")]),
    ("Analyst Rhea Dossou said births reached 9 per 1,000, down from 11 per 1,000.",
     [("Rhea Dossou", "9", D(9), ""), ("Rhea Dossou", "11", D(11), "")]),
])
def test_a_round_base_after_per_or_every_is_a_rates_denominator(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "and one" before a verb or a place is the last of counts just listed
    ("Warden Oona Brix said six members voted yes and one abstained.",
     [("Oona Brix", "six", D(6), ""), ("Oona Brix", "one", D(1), "")]),
    ("Warden Oona Brix said four cases were found in Tolva and one in Marsk.",
     [("Oona Brix", "four", D(4), ""), ("Oona Brix", "one", D(1), "")]),
    ("Warden Oona Brix said 12 guests reported rashes and one reported dizziness.",
     [("Oona Brix", "12", D(12), ""), ("Oona Brix", "one", D(1), "")]),
    # (but not "one" in an idiom)
    ("Warden Oona Brix said three gates shut and one thing was clear.",
     [("Oona Brix", "three", D(3), "")]),
])
def test_and_one_after_counts_is_the_last_of_the_list(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence, texts", [
    # a demonym after a number is the thing counted, not a name with a number in it
    ("Among the hostages were the 9 Chinese and 3 Japanese, officials said.", ["9", "3"]),
    ("The dead included 12 French, 4 Dutch and 2 Swiss, officials said.", ["12", "4", "2"]),
    # (a route's name still is one)
    ("Riders boarded the 29 Dufferin and 36 Finch West, officials said.", []),
])
def test_a_demonym_after_a_number_is_counted_not_a_name(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, texts", [
    # a verb after the number is no counted noun: "people over 65" stays an age
    ("The number of people over 65 remains high.", []),
    ("In summer two men over 70 swims daily in the lake.", ["two"]),
    # (after a verb of charging, the number counts the things named after it)
    ("Police charged four men over 11 arson attacks.", ["four", "11"]),
])
def test_people_over_an_age_before_a_verb_stay_an_age(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, text", [
    # a label is never numbered with a currency, whatever its sign or letters
    ("Each trader paid a flat €10,000 fee.", "€10,000"),
    ("Each trader paid a flat GH₵10,000 fee.", "GH₵10,000"),
    ("Each trader paid a flat KSh10,000 fee.", "KSh10,000"),
    ("Each trader paid a flat Rs10,000 fee.", "Rs10,000"),
])
def test_a_label_word_before_any_currency_is_no_label(sentence, text):
    assert [f.text for f in figures(sentence)] == [text]


@pytest.mark.parametrize("sentence, texts", [
    # a number word before a unit of time is a period after "next", "another", "every", ...
    ("Prices will rise over the next two years.", ["two years"]),
    ("The ferry sails every two weeks.", ["two weeks"]),
    # and after "the" or "first" since session 16 (the blind authors of heldout60-114 listed
    # 33 of 34); not after "each", "both" or "any"
    ("Sales rose in the first five months of the year.", ["five months"]),
    ("Sales fell in the two weeks after the storm.", ["two weeks"]),
    ("Each two weeks brought a new delay.", []),
])
def test_a_period_after_a_determiner(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, texts", [
    # "three days later" is a span between two events, but one unit or a vague few are not
    # (the blind authors listed none they state)
    ("Power returned three days later.", ["three days"]),
    ("Power returned a day later.", []),
    ("Power returned a few days later.", []),
])
def test_later_after_one_unit_or_a_few_is_no_span(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, texts", [
    # a price per unit keeps an abbreviated unit that mixes in capitals after its slash
    ("Growers were paid $7.15/kgMS for the season.", ["$7.15/kgMS"]),
    ("Spot gas fell to $2.85/MMBtu on Friday.", ["$2.85/MMBtu"]),
    ("The board tipped a price of $6.90-$7.40/kgMS.", ["$6.90-$7.40/kgMS"]),
    # (a word after the slash stays out, capitalised or not)
    ("Rooms cost $120/Night in the old town.", ["$120"]),
])
def test_a_price_per_abbreviated_unit_with_capitals_keeps_its_unit(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, texts", [
    # a Gulf currency's letters before an amount with "mn" or "bn" against it
    ("The developer owes QR4.6mn to its contractors.", ["QR4.6mn"]),
    ("The airport expansion will cost SR2.1bn.", ["SR2.1bn"]),
    ("Investors lost KD3mn in the scheme.", ["KD3mn"]),
])
def test_currency_letters_before_an_amount_in_mn(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, text, lower, upper", [
    # "between X and Y million" whose first end is written out in full keeps it unscaled
    ("Landlords face penalties of between Dh50,000 and Dh2 million.",
     "between Dh50,000 and Dh2 million", D(50000), D(2000000)),
    ("The insurer paid out between $750,000 and $1.5 million.",
     "between $750,000 and $1.5 million", D(750000), D(1500000)),
    # (a first end without its own scale still takes the second's)
    ("The refit will cost between $4 and $6 million.",
     "between $4 and $6 million", D(4000000), D(6000000)),
])
def test_a_range_whose_first_end_is_written_out_keeps_it(sentence, text, lower, upper):
    f = one(sentence)
    assert (f.text, f.lower, f.upper, f.qualifier) == (text, lower, upper, "range")


def test_a_change_then_a_level_in_millions_is_no_range():
    assert [f.text for f in figures("Enrolment grew by 41,000 to 3.2 million.")] == \
        ["41,000", "3.2 million"]


@pytest.mark.parametrize("sentence, texts", [
    # a number before a capitalised singular unit and a capitalised word names a place
    ("Evacuees were sent to a shelter in 70 Mile House overnight.", []),
    ("Lifeguards patrol Seven Mile Beach every summer.", []),
    ("Swimmers gathered at the Forty Foot before dawn.", []),
    # (a measure takes the plural or a hyphen)
    ("The smoke spread 70 miles east of Clinton.", ["70 miles"]),
])
def test_a_number_before_a_capitalised_singular_unit_names_a_place(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, texts", [
    # a person's age said in a clause of its own is no figure
    ("\"He's 91 and he still drives to the market,\" she said.", []),
    ("\"My grandmother is 88, she lives alone,\" he said.", []),
    ("\"Our son was seven and he had never flown,\" she said.", []),
    # (but a unit, a decimal or a non-person subject keeps the number a figure)
    ("\"The queue was 40 metres long and the wait is 3 hours,\" she said.",
     ["40 metres", "3 hours"]),
])
def test_a_persons_age_in_a_clause_of_its_own_is_no_figure(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, text, value, unit", [
    # a whole number and a half in words is one figure
    ("The judge imposed a term of four and a half years.", "four and a half years", D("4.5"),
     "years"),
    ("Turnout was one and a half times the usual.", "one and a half times", D("1.5"), "times"),
    ("Inflation eased to three and a half per cent.", "three and a half per cent", D("3.5"),
     "%"),
    ("The stadium cost two and a half million dollars.", "two and a half million dollars",
     D(2500000), "USD"),
])
def test_a_number_and_a_half_in_words(sentence, text, value, unit):
    f = one(sentence)
    assert (f.text, f.value, f.unit) == (text, value, unit)


@pytest.mark.parametrize("sentence, text", [
    # a percentage joined to its noun by hyphens ("a 4-per-cent raise") is a percentage
    ("Staff were offered a 4-per-cent raise.", "4-per-cent"),
    ("The fund holds a 12.5-per-cent stake in the port.", "12.5-per-cent"),
    ("Traders priced in a 60-percent chance of a cut.", "60-percent"),
])
def test_a_hyphenated_per_cent_compound_is_a_percentage(sentence, text):
    f = one(sentence)
    assert (f.text, f.unit) == (text, "%")


@pytest.mark.parametrize("sentence, texts", [
    # one unit of time with a qualifier is a duration even when "of" says what filled it
    ("The levee broke after more than a week of heavy rain.", ["more than a week"]),
    ("The accord ends nearly a year of talks.", ["nearly a year"]),
    ("Engineers needed about a month of testing.", ["about a month"]),
    # (without a qualifier the day is what it is for)
    ("The city declared a day of mourning.", []),
])
def test_one_unit_of_time_with_a_qualifier_before_of(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, text, unit", [
    # a vague number of minutes, or of a unit of length, is a vague figure
    ("Crews reached the crash within a couple of minutes.", "a couple of minutes", "minutes"),
    ("The cellar stood under several feet of water.", "several feet", "ft"),
    ("The ferry ran aground several miles from the pier.", "several miles", "miles"),
])
def test_a_vague_number_of_minutes_or_of_a_length(sentence, text, unit):
    f = one(sentence)
    assert (f.text, f.qualifier, f.unit) == (text, "vague", unit)


@pytest.mark.parametrize("sentence, texts", [
    # the first hour of a span of clock time is a time, like the second
    ("Shops close from 1.30 to 4 pm in summer.", []),
    ("The pool is shut between 2 and 5 p.m. for cleaning.", []),
    ("The heat peaks from one until three o'clock.", []),
    # ("in the morning" before a conjunction still tells the time)
    ("She rang at 8.15 in the morning and left a message.", []),
    # (a range of counts or hours stays one)
    ("Crews worked 2 to 5 hours a shift.", ["2 to 5 hours"]),
])
def test_the_first_hour_of_a_clock_span_is_a_time(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, texts", [
    # a route listed beside one with letters in its name is a route too
    ("Diversions hit the 7A and 52 services on Sunday.", []),
    ("Riders of the N3, 18 and 27 routes face delays.", []),
    ("Only the 4A and 11 buses ran on time, while 30 drivers stayed home.", ["30"]),
])
def test_a_route_beside_a_lettered_route_is_a_route(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, texts", [
    # an age bound said of people in a relative clause is an age
    ("The share of renters who are under 30 rose to 38 per cent.", ["38 per cent"]),
    ("Motorists who were over 75 caused 6 per cent of crashes.", ["6 per cent"]),
    ("Members who are above 60 may retire early.", []),
    # (but not a count or a share after "who are under")
    ("Firms who are under 50 employees pay less.", ["under 50"]),
])
def test_an_age_bound_in_a_who_clause_is_an_age(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, text, lower, upper", [
    # a range may mix a number in words with one in digits
    ("The judge handed down terms of between four and 12 years.",
     "between four and 12 years", D(4), D(12)),
    ("Between eight and 15 homes were flooded.", "Between eight and 15", D(8), D(15)),
    ("Repairs will take six to 18 months.", "six to 18 months", D(6), D(18)),
])
def test_a_range_may_mix_words_and_digits(sentence, text, lower, upper):
    f = one(sentence)
    assert (f.text, f.lower, f.upper, f.qualifier) == (text, lower, upper, "range")


@pytest.mark.parametrize("sentence, text", [
    # oil output in barrels per day as the trade writes it keeps its unit
    ("The cartel will add 137,000 bpd next month.", "137,000 bpd"),
    ("The field pumps about 1.2 million bpd.", "about 1.2 million bpd"),
    ("Exports fell to 480,000 bpd in May.", "480,000 bpd"),
])
def test_barrels_per_day_written_bpd_is_a_unit(sentence, text):
    f = one(sentence)
    assert (f.text, f.unit) == (text, "bpd")


@pytest.mark.parametrize("sentence", [
    # a sentence that only gives a named person's age, also after an interview label
    "Marta is 61.",
    "VANCE: Tomas was 9.",
    "Ostrander is 47.",
])
def test_a_sentence_that_only_tells_a_named_persons_age_has_no_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, texts", [
    # a clock time before a time zone's abbreviation (a live blog's entry stamps) is no figure
    ("00.14 BST The first turnout figures are in.", []),
    ("9.30 EDT Markets opened 2.5% higher.", ["2.5%"]),
    ("At 14.05 CEST, 300 flights were cancelled.", ["300"]),
])
def test_a_clock_time_before_a_time_zone_is_no_figure(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, texts", [
    # a bare hour after a schedule's verb and "at" is a time of day
    ("My shift started at seven.", []),
    ("The shop opens at nine and closes at six.", []),
    ("Polls close at 8 on Sunday, when 40 stations report.", ["40"]),
    # (a count or a level after "at" stays a figure)
    ("The strike began at three factories.", ["three"]),
    ("The toll stood at seven.", ["seven"]),
])
def test_a_bare_hour_after_a_schedule_verb_is_a_time(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, texts", [
    # a number after "calling"/"dialling", and one with a short area code and a dash
    # ("03-2266 2222"), is a phone number; counts beside them stay
    ("Some 52 residents gave feedback by calling 6338 1234.", ["Some 52"]),
    ("Parents can reach the helpdesk by dialling 6100 2345.", []),
    ("Witnesses should contact Sergeant Ali at 03-2266 2222 or visit one of 14 stations.",
     ["14"]),
    ("The tip line, at 07-331 4455, took 40 calls.", ["40"]),
])
def test_phone_numbers_after_calling_or_with_a_short_area_code(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, texts", [
    # a date in a wire's capitalised dateline is a date, not a figure
    ("MILAN, AUGUST 12 - The ministry issued alerts for 18 cities.", ["18"]),
    ("(Wire) - MADRID, SEPT 4 - Police arrested 30 people.", ["30"]),
    ("LISBON, MARCH 21 - About 200 flights were cancelled.", ["About 200"]),
])
def test_a_capitalised_dateline_date_is_no_figure(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, texts", [
    # the top of a labelled scale ("level 3 of 5") is no figure; a share of a count ("3 of 5
    # patients") still is
    ("Forecasters put the region at level 4 of 5 for severe storms.", []),
    ("The fire was rated category 2 out of 5.", []),
    ("The county moved to tier 3 of 4 and closed 12 parks.", ["12"]),
    ("Doctors said 3 of 5 patients recovered.", ["3", "5"]),
])
def test_the_top_of_a_labelled_scale_is_no_figure(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, texts", [
    # a house number before a numbered street ("300 7th St.", "45 West 3rd Avenue") is an
    # address; a count on such a street is not
    ("The hearing is at the county building at 300 7th St. SW.", []),
    ("The rally starts at 45 West 3rd Avenue at noon.", []),
    ("The office at 1200 42nd Street employs 80 people.", ["80"]),
    ("The crowd grew to 300 on 7th Street.", ["300"]),
])
def test_a_house_number_before_a_numbered_street_is_no_figure(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, texts", [
    # a percentage after a capitalised name is a share, never a label's number ("Flight 370")
    ("The poll found Dunn leading Ross 47 percent to 43 percent.", ["47 percent", "43 percent"]),
    ("Voters backed Alvarez 55% to 45%.", ["55%", "45%"]),
    ("In the runoff Okafor took 61 percent.", ["61 percent"]),
    ("The plane was a Boeing 737 with 150 seats.", ["150"]),
])
def test_a_percentage_after_a_name_is_no_label(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, texts", [
    # "24-hour" before an event that ends (a standstill order, a strike, a special operation)
    # says how long it lasts; before a curfew, a hotline or a plant's operation it says round
    # the clock
    ("The ministry issued a 24-hour standstill order on farm vehicles.", ["24-hour"]),
    ("Dockers began a 24-hour strike at the port.", ["24-hour"]),
    ("Police held 300 people during a 24-hour special operation.", ["300", "24-hour"]),
    ("The city opened a 24-hour control room.", []),
    ("The plant moved to 24-hour operation.", []),
])
def test_24_hour_before_an_event_that_ends_is_a_span(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, text, lower, upper", [
    # a small amount after "P" or "R" is money when the range's other end, marked by the
    # same letter, is written as money ("P1,000", "R2,500", "P1.2 million")
    ("Cash handouts ranged from P500 to P1,000 per voter.", "P500 to P1,000", D(500), D(1000)),
    ("Tickets cost R150 to R2,500 each.", "R150 to R2,500", D(150), D(2500)),
    ("Repairs cost between P800 and P1,200 a unit.", "between P800 and P1,200", D(800),
     D(1200)),
])
def test_a_letter_currency_range_may_open_with_a_small_amount(sentence, text, lower, upper):
    f = one(sentence)
    assert (f.text, f.lower, f.upper, f.qualifier) == (text, lower, upper, "range")


@pytest.mark.parametrize("sentence, texts", [
    # a number between a determiner and a phone line's noun is the line's number
    ("The ministry urged people to call the free 1500 hotline for advice.", []),
    ("People can ring the 116 helpline at any time.", []),
    ("Callers to the 1177 advice line waited 40 minutes.", ["40 minutes"]),
    # (a count of what the line's noun describes stays a figure)
    ("The service took 500 hotline calls.", ["500"]),
    ("The 40 hotline desks closed early.", ["40"]),
])
def test_a_number_naming_a_phone_line_is_no_figure(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence, text, value", [
    # Rwandan francs written with letters before the amount, joined or spaced
    ("The council approved a Rwf42.5 billion plan for roads.", "Rwf42.5 billion",
     D(425 * 10**8)),
    ("Bus fares rise from Rwf300 to Rwf350 next week.", "Rwf300", D(300)),
    ("Each household will receive Frw 20,000 in support.", "Frw 20,000", D(20000)),
])
def test_rwandan_francs_written_before_the_amount_are_money(sentence, text, value):
    f = figures(sentence)[0]
    assert (f.text, f.value, f.unit) == (text, value, "RWF")


@pytest.mark.parametrize("text, texts", [
    # a currency's abbreviation with a full stop before the amount does not end the sentence
    ("Fees rose to Rs. 4,500 a month, the board said.", ["Fees rose to Rs. 4,500 a month, "
                                                        "the board said."]),
    ("The bridge will cost Tk. 320 crore. Work starts in May.",
     ["The bridge will cost Tk. 320 crore.", "Work starts in May."]),
    ("Rent is now Ksh. 18,000 in the estate.", ["Rent is now Ksh. 18,000 in the estate."]),
])
def test_a_currency_abbreviation_before_an_amount_ends_no_sentence(text, texts):
    assert [s.text for s in split_sentences(text, 0, len(text), "body", 0)] == texts


@pytest.mark.parametrize("sentence, text, value", [
    # the Indian scales written after a number in words, as after one in digits
    ("Nearly three lakh pilgrims reached the shrine.", "Nearly three lakh", D(300000)),
    ("The flyover will cost four crore rupees.", "four crore rupees", D(4 * 10**7)),
    ("The state's debt has crossed two lakh crore rupees.", "two lakh crore rupees",
     D(2 * 10**12)),
    ("About a lakh farmers joined the rally.", "About a lakh", D(100000)),
])
def test_lakh_and_crore_after_a_number_in_words(sentence, text, value):
    f = one(sentence)
    assert (f.text, f.value) == (text, value)


@pytest.mark.parametrize("sentence, text, value", [
    # a bench counted by its judges is a count, like "a seven-member team"
    ("A five-judge bench heard the petition.", "five-judge", D(5)),
    ("A 3-judge panel will rule next week.", "3-judge", D(3)),
    ("The appeal went to a nine-judge bench in March.", "nine-judge", D(9)),
])
def test_a_bench_counted_by_its_judges_is_a_count(sentence, text, value):
    f = one(sentence)
    assert (f.text, f.value, f.unit) == (text, value, "judges")


@pytest.mark.parametrize("sentence, text", [
    # a short sentence giving a measure's value is no one's age, as "Marta is 61." is
    ("Turnout was 61.", "61"),
    ("Unemployment was 12.", "12"),
    ("Inflation is 9.", "9"),
    ("Attendance was 35.", "35"),
    ("Growth was 4.", "4"),
])
def test_a_short_sentence_giving_a_measure_is_no_age(sentence, text):
    assert one(sentence).text == text


def test_a_short_sentence_giving_a_persons_age_still_is_one():
    assert figures("Marta is 61.") == []
    assert figures("LOPEZ: Marta is 61.") == []


@pytest.mark.parametrize("sentence, text", [
    # a zero said of what is being done or will be done counts those who do it
    ('"Nobody is staffing the clinic at night," the nurse said.', "Nobody"),
    ("The mayor promised that no one will lose their home over the arrears.", "no one"),
    ('"No one was waiting at the gate when we landed," she said.', "No one"),
    ('"Nobody\'ll be charged for the repairs," the landlord said.', "Nobody"),
])
def test_no_one_said_of_what_is_being_or_will_be_done_is_a_zero(sentence, text):
    zero = [f for f in figures(sentence) if f.value == 0]
    assert [f.text for f in zero] == [text]


@pytest.mark.parametrize("sentence", [
    # a wish, a duty or a habit is nobody's count
    '"Nobody should have to sleep in a car," the pastor said.',
    '"Nobody would walk here after dark," a resident said.',
    '"Nobody wants to see fares rise," he said.',
])
def test_no_one_said_of_a_wish_or_duty_is_not_a_zero(sentence):
    assert [f.text for f in figures(sentence) if f.value == 0] == []


@pytest.mark.parametrize("sentence, text", [
    # a number grouped in thousands after a year is a count, not the year list going on
    ("In all of 2023, 41,250 visitors came to the park.", "41,250"),
    ("Across the whole of 2022, 1,204 flights were cancelled.", "1,204"),
    ("By the end of 2021, 12,900 homes had been connected.", "12,900"),
])
def test_a_grouped_number_after_a_year_is_a_count(sentence, text):
    assert [f.text for f in figures(sentence)] == [text]


def test_a_year_list_and_a_section_list_still_are_no_figures():
    assert figures("The law was amended in all of 2019, 2020 and 2021.") == []
    assert figures("It breaches sections 105, 106 and 107 of the act.") == []


@pytest.mark.parametrize("sentence, text, value, unit", [
    # riyals in trillions, as Gulf papers write a budget, and CFA francs written "FCFA"
    ("The kingdom plans to spend SR1.3 trillion next year.", "SR1.3 trillion",
     D("1.3") * 10**12, "SAR"),
    ("Qatar's QR2.1tn fund grew again.", "QR2.1tn", D("2.1") * 10**12, "QAR"),
    ("The region received FCFA 3 billion for its roads.", "FCFA 3 billion", D(3 * 10**9), "XOF"),
    ("Each family got FCFA 25,000.", "FCFA 25,000", D(25000), "XOF"),
])
def test_riyals_in_trillions_and_fcfa_are_money(sentence, text, value, unit):
    f = one(sentence)
    assert (f.text, f.value, f.unit) == (text, value, unit)


def test_letters_without_a_scaled_amount_still_are_no_money():
    # "SR" alone before a small bare number is as often a road or a form
    assert [f.text for f in figures("Drivers on the SR 9 were stopped.")] == []


@pytest.mark.parametrize("sentence", [
    # "only one", "just one", "all but one": a count that stresses how few
    "The village has only one working well.",
    '"Just one ambulance came that night," he said.',
    "All but one of the nine candidates signed the pledge.",
    "Only one survived the crossing.",
])
def test_only_one_and_all_but_one_are_counts(sentence):
    assert [(f.text, f.value) for f in figures(sentence) if f.value == 1] == [("one", D(1))]


@pytest.mark.parametrize("sentence", [
    "She was the only one who stayed behind.",
    "There is just one thing left to say.",
    "It was not just one bad decision.",
])
def test_the_only_one_and_just_one_thing_are_no_counts(sentence):
    assert [f.text for f in figures(sentence)] == []


@pytest.mark.parametrize("sentence, text, unit", [
    # half of one unit is a measure, as "half a million" is
    ("The ambulance arrived within half an hour.", "within half an hour", "hours"),
    ("The river rose by about half a metre overnight.", "about half a metre", "m"),
    ("Sea temperatures ran half a degree above normal.", "half a degree", "degrees"),
    ("Crews needed half a day to clear the road.", "half a day", "days"),
])
def test_half_of_one_unit_is_a_measure(sentence, text, unit):
    f = one(sentence)
    assert (f.text, f.value, f.unit) == (text, D("0.5"), unit)


@pytest.mark.parametrize("sentence", [
    "Half an hour later the gates opened.",
    "Half of the residents left.",
    "The vote came half a year after the flood.",
])
def test_half_a_unit_later_and_half_of_a_group_are_no_figures(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, text, unit", [
    # a number of more units of time runs on to its unit, as "three days" does
    ("The shelter has food for about four more days.", "about four more days", "days"),
    ("The mission will run for at least two more years.", "at least two more years", "years"),
    ("Engineers asked for 36 additional hours.", "36 additional hours", "hours"),
])
def test_more_units_of_time_are_a_duration(sentence, text, unit):
    f = one(sentence)
    assert (f.text, f.unit) == (text, unit)


def test_more_of_a_thing_and_straight_days_keep_their_reading():
    assert [(f.text, f.unit) for f in figures("The club signed two more players.")] == [("two", "")]
    assert [(f.text, f.unit) for f in figures("It rained for 3 straight days.")] == [("3", "days")]


@pytest.mark.parametrize("sentence, text", [
    # a span of time granted to someone named is a duration, not a number in a name
    ("The regulator gave Harlow Mining 21 days to answer.", "21 days"),
    ("The court has given Vantora 90 days to pay the fine.", "90 days"),
    ("The deal allows Belmont 12 months to find a buyer.", "12 months"),
])
def test_a_span_granted_to_a_name_is_a_duration(sentence, text):
    assert [(f.text, f.unit) for f in figures(sentence)] == [(text, text.split()[1])]


def test_a_number_in_a_name_still_is_no_figure():
    assert figures("The Apollo 11 crew landed safely.") == []
    assert figures("Flight 370 vanished in March.") == []


@pytest.mark.parametrize("sentence", [
    # "one" in a rate counts what the rate counts, as "two meals a day" does
    "Many children now get one meal a day, the charity said.",
    "The ferry makes one crossing per week in winter.",
    # and one of those just counted, in a condition
    "Six were taken to hospital, one in a critical condition.",
    "Three miners were rescued; one is in serious condition.",
])
def test_one_in_a_rate_or_in_a_condition_is_a_count(sentence):
    assert [(f.text, f.value) for f in figures(sentence) if f.value == 1] == [("one", D(1))]


@pytest.mark.parametrize("sentence", [
    "It was one thing a day, every day.",
    "She said one reason was the cost.",
    "He is one of the best players in the league.",
])
def test_one_without_a_rate_or_condition_is_no_count(sentence):
    assert [f.text for f in figures(sentence)] == []


@pytest.mark.parametrize("sentence", [
    # a line to ring after a verb of getting in touch, or after "calling" a hyphenated line
    "Residents can reach the council on 3131 or by email.",
    "The agency urged drivers to report breakdowns on 5050.",
    "Parents may contact the school office on 4417, the principal said.",
    "Voters can check by calling the toll-free line on 7788.",
])
def test_a_line_to_ring_after_reach_report_or_contact_is_no_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, text", [
    ("Negotiators reached agreement on 12 points.", "12"),
    ("Vets reported outbreaks on 140 farms.", "140"),
    ("The union reached out to members on 300 sites.", "300"),
])
def test_a_count_after_reach_or_report_still_is_a_figure(sentence, text):
    assert [f.text for f in figures(sentence)] == [text]


@pytest.mark.parametrize("sentence, text, lower, upper", [
    # a span from a written-out amount to a scaled one: the scale is the upper end's alone
    ("Fines ranged from Dh5,000 to Dh2.5 million.", "Dh5,000 to Dh2.5 million", D(5000),
     D(2500000)),
    ("Bids ranged from $750,000 to $1.2 million.", "$750,000 to $1.2 million", D(750000),
     D(1200000)),
    # (and a scale written once still applies to both ends where it fits)
    ("Estimates range from 2 to 3 million.", "2 to 3 million", D(2000000), D(3000000)),
])
def test_a_span_from_a_written_out_amount_to_a_scaled_one_is_one_range(sentence, text, lower,
                                                                        upper):
    f = one(sentence)
    assert (f.text, f.lower, f.upper, f.qualifier) == (text, lower, upper, "range")


def test_a_change_from_a_written_out_number_to_a_scaled_one_stays_two_figures():
    assert [f.text for f in figures("Sales rose from 27,000 to 2.9 million.")] == \
        ["27,000", "2.9 million"]


@pytest.mark.parametrize("sentence, text", [
    # a span's worth of something after a capitalised first word is a duration, not a name's
    # number
    ("Losing 12 days' wages hurts every family.", "12 days"),
    ("Missing 30 days' rent can cost a tenant the flat.", "30 days"),
    ("Giving 14 days' notice is the rule.", "14 days"),
])
def test_a_spans_worth_after_a_capitalised_word_is_a_duration(sentence, text):
    assert [(f.text, f.unit) for f in figures(sentence)] == [(text, "days")]


@pytest.mark.parametrize("sentence", [
    # one unit's worth of a thing measures the thing; "from one week to the next" is an idiom;
    # "not one we can fix" stands for the thing just named
    "The drug costs $900 for a month's supply.",
    "Staff were given less than an hour's notice.",
    "Bus times change from one week to the next.",
    "It is a real problem, and not one we can ignore.",
])
def test_one_units_worth_an_idiom_of_change_and_not_one_we_are_no_figures(sentence):
    assert [f.text for f in figures(sentence) if f.unit != "USD"] == []


def test_a_span_of_one_unit_and_not_one_before_a_noun_still_are_figures():
    assert [f.text for f in figures("The strike lasted more than a month.")] == \
        ["more than a month"]
    assert [f.text for f in figures("Not one pupil was sent home.")] == ["Not one"]
    assert figures("Boeing 737 jets were grounded.") == []


@pytest.mark.parametrize("sentence", [
    # a type's number labels a kind, it counts nothing
    "A first infection gives no protection against type 2.",
    "Most cases this year were serotype 4, the lab said.",
    "The outbreak strain is genotype 3.",
])
def test_a_types_number_is_a_label(sentence):
    assert [f.text for f in figures(sentence) if f.value != 0] == []


def test_a_count_of_types_still_is_a_figure():
    assert [f.text for f in figures("Farmers grow 12 types of rice.")] == ["12"]


@pytest.mark.parametrize("sentence, text", [
    # a number in millions after a name is an amount, not the name's number
    ("Halvard was fined 120 million euros and Ostrana 45 million euros.", "45 million euros"),
    ("Mirela 2.5 billion, Dorno 1 billion: the bids were all rejected.", "2.5 billion"),
    ("The budget gives Karnataka 1,200 crore and Kerala 800 crore.", "800 crore"),
])
def test_a_scaled_amount_after_a_name_is_a_figure(sentence, text):
    assert text in [f.text for f in figures(sentence)]


def test_a_number_without_a_scale_after_a_name_still_is_the_names():
    assert figures("Airbus A320 and Boeing 737 jets were grounded.") == []


@pytest.mark.parametrize("sentence, text, unit", [
    # a few seconds, a few centimetres: vague measures, as "several feet" and "a few weeks" are
    ("The warning gave residents a few seconds to take cover.", "a few seconds", "seconds"),
    ("The camera can resolve details of a few centimetres.", "a few centimetres", "cm"),
    ("Flood water rose a few metres overnight.", "a few metres", "m"),
])
def test_a_few_seconds_or_centimetres_is_a_vague_measure(sentence, text, unit):
    f = one(sentence)
    assert (f.text, f.qualifier, f.unit) == (text, "vague", unit)


@pytest.mark.parametrize("sentence", [
    "The village lies a few kilometres away.",
    "The camp is a few miles from the border.",
])
def test_a_few_kilometres_away_only_places_a_thing(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, text", [
    # "several" said of an outcome counts people, as "several villagers" does
    ("Bridge collapse: 6 dead, several missing", "several"),
    ("Three Killed, Several Injured In Bus Crash", "Several"),
    ("Two guards died and several were wounded in the raid.", "several"),
])
def test_several_said_of_an_outcome_is_a_vague_count(sentence, text):
    vague = [f for f in figures(sentence) if f.qualifier == "vague"]
    assert [f.text for f in vague] == [text]


@pytest.mark.parametrize("sentence", [
    "She has complained several times.",
    "Several reasons were given for the delay.",
])
def test_several_times_and_several_reasons_are_no_counts(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, text", [
    # "no" before things said to be done now or later is a zero, as "no arrests were made" is
    ("No redundancies are planned at the plant, the firm said.", "No redundancies"),
    ("The board said no new permits would be issued this year.", "no new permits"),
    ("No fares will be raised before the election.", "No fares"),
])
def test_no_things_that_are_or_will_be_done_is_a_zero(sentence, text):
    zero = [f for f in figures(sentence) if f.value == 0]
    assert [f.text for f in zero] == [text]


@pytest.mark.parametrize("sentence", [
    "The minister said no ransom would be paid.",
    "No details are known yet.",
    "No decisions will be made before May.",
])
def test_no_ransom_and_no_decisions_are_no_zeros(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, text", [
    # "no" before whoever has done a thing is a zero count of those who did it
    ("No state has capped rent increases this year.", "No state"),
    ("So far no country has ratified the treaty.", "no country"),
    ("No other bank has matched the offer.", "No other bank"),
])
def test_no_one_thing_that_has_done_something_is_a_zero(sentence, text):
    zero = [f for f in figures(sentence) if f.value == 0]
    assert [f.text for f in zero] == [text]


@pytest.mark.parametrize("sentence", [
    "No date has been set for the hearing.",
    "No decision has been reached yet.",
])
def test_no_date_set_or_no_decision_is_no_zero(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, text, unit, qualifier", [
    # one unit "or more" is at least that long; "an hour longer than" is a difference
    ("Some patients wait an hour or more for a bed.", "an hour", "hours", "at_least"),
    ("The seizures last a minute or longer.", "a minute", "minutes", "at_least"),
    ("Shops will open an hour longer than before.", "an hour", "hours", "exact"),
    ("The roof fell in less than a minute.", "less than a minute", "minutes", "under"),
])
def test_one_unit_or_more_and_one_unit_longer_are_durations(sentence, text, unit, qualifier):
    f = one(sentence)
    assert (f.text, f.unit, f.qualifier) == (text, unit, qualifier)


@pytest.mark.parametrize("sentence", [
    "Wait a minute, she said.",
    "It is a minute's walk from the station.",
    "An hour or two later the rain stopped.",
])
def test_a_minute_alone_or_a_minutes_walk_is_no_figure(sentence):
    assert [f.text for f in figures(sentence) if f.unit in ("minutes", "hours")] == []


@pytest.mark.parametrize("sentence", [
    # "one of them" right after a count is one of those just counted
    "Five miners were rescued, one of them with a broken leg.",
    "The clinic treated six children, one of whom later died.",
    "Two officers were hurt and one of them remains in hospital.",
])
def test_one_of_them_after_a_count_is_a_count(sentence):
    assert [f.text for f in figures(sentence) if f.value == 1] == ["one"]


@pytest.mark.parametrize("sentence", [
    "One of them said the road was closed.",
    "She is one of them, he said.",
])
def test_one_of_them_without_a_count_is_no_count(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, text", [
    # "no things were ever done" is a zero, as "no things were done" is
    ("In reality, no shares were ever issued, the prosecutor said.", "no shares"),
    ("No refunds have ever been paid to the buyers.", "No refunds"),
])
def test_no_things_ever_done_is_a_zero(sentence, text):
    assert [f.text for f in figures(sentence) if f.value == 0] == [text]


@pytest.mark.parametrize("sentence, text", [
    # a number of times after a word that may label things is a count of times or a multiple
    ("Thieves have broken into the flat four times this year.", "four times"),
    ("Lead levels 12 times above the limit were found.", "12 times"),
    ("Police raided the house five times in a month.", "five times"),
])
def test_times_after_a_label_word_is_a_count_of_times(sentence, text):
    assert [(f.text, f.unit) for f in figures(sentence)] == [(text, "times")]


def test_a_labels_number_still_is_no_figure():
    assert figures("Apartment 3 was searched by police.") == []
    assert figures("They live in flat 12 on the top floor.") == []


@pytest.mark.parametrize("sentence, text", [
    # "no" before things that will or would do something is a zero count of them
    ("No buses will run on the coast road on Sunday.", "No buses"),
    ("The operator said no ferries would sail before noon.", "no ferries"),
    ("No road closures will take place at rush hour.", "No road closures"),
])
def test_no_things_that_will_do_something_is_a_zero(sentence, text):
    assert [f.text for f in figures(sentence) if f.value == 0] == [text]


@pytest.mark.parametrize("sentence", [
    "No changes will follow before May.",
    "No plans would survive the vote.",
    "No details will emerge until Friday.",
])
def test_no_changes_or_plans_that_will_follow_are_no_zeros(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, text, value", [
    # a number of dozens is that many twelves, as "a dozen" is twelve
    ("About two dozen residents packed the hall.", "About two dozen", D(24)),
    ("Police seized three dozen phones.", "three dozen", D(36)),
    ("Some four dozen boats were damaged.", "Some four dozen", D(48)),
])
def test_a_number_of_dozens_is_a_count(sentence, text, value):
    f = one(sentence)
    assert (f.text, f.value) == (text, value)


def test_dozens_alone_still_is_vague():
    f = one("Dozens of boats were damaged.")
    assert (f.text, f.qualifier) == ("Dozens", "vague")


@pytest.mark.parametrize("sentence, text", [
    # a count after a sentence's opening "Of" is the base of the share that follows, a figure
    ("Of 64 patients tested, 12 were positive.", "64"),
    ("Of 1 240 samples analysed, 310 failed.", "1 240"),
    ("Like 30 other districts, the county declared an emergency.", "30"),
])
def test_a_count_after_an_opening_preposition_is_a_figure(sentence, text):
    assert text in [f.text for f in figures(sentence)]


def test_a_name_with_a_number_still_is_no_figure_at_the_start():
    assert figures("Flight 370 vanished in March.") == []


@pytest.mark.parametrize("sentence, text", [
    # a temperature written against its number ends a sentence as well as it sits in one, and
    # the ordinal sign some keyboards give for the degree sign is one too
    ("In the capital the thermometer topped 41C.", "41C"),
    ("Forecasters expect highs of 39ºC on Friday.", "39ºC"),
    ("Overnight the low was 12F.", "12F"),
])
def test_a_temperature_at_a_sentences_end_or_with_an_ordinal_sign(sentence, text):
    f = one(sentence)
    assert (f.text, f.unit[-1]) == (text, text[-1])


def test_a_letter_that_opens_an_abbreviation_is_no_temperature():
    assert figures("He won grade 3 C.E.O. honours.") == []


@pytest.mark.parametrize("sentence, text, unit", [
    ("Pakistan won by a 146-run margin in Christchurch.", "146-run", "runs"),
    ("Qureshi finished the match with a five-wicket haul.", "five-wicket", "wickets"),
    ("The hosts threw away a two-goal lead at home.", "two-goal", "goals"),
    ("The striker was handed a three-match ban on Tuesday.", "three-match", "matches"),
    ("The Kings stretched their run to a 10-game winning streak.", "10-game", "games"),
])
def test_a_sports_count_compound_is_a_figure(sentence, text, unit):
    f = one(sentence)
    assert (f.text, f.unit) == (text, unit)


def test_a_run_or_match_compound_without_a_number_is_no_figure():
    assert figures("The state-run broadcaster showed the pre-match build-up.") == []


@pytest.mark.parametrize("sentence, text, seconds, qualifier", [
    ("Chebet won the women's race in 2:15:12 on Sunday.", "2:15:12", D(8112), "exact"),
    ("Tadesse was second in about 2:03:48.", "about 2:03:48", D(7428), "about"),
    ("The Australian swam 1:52.34 in the final.", "1:52.34", D("112.34"), "exact"),
])
def test_a_race_time_is_a_duration_in_seconds(sentence, text, seconds, qualifier):
    f = one(sentence)
    assert (f.text, f.value, f.unit, f.qualifier) == (text, seconds, "seconds", qualifier)


def test_a_clock_time_with_seconds_is_no_race_time():
    assert figures("The first blast came at 10:15:20 local time.") == []
    assert figures("The alarm rang at 11:42:30 p.m. on Friday.") == []


@pytest.mark.parametrize("sentence, texts", [
    ("The Kings beat the Memphis Grizzlies 121-115 on Friday night.", ["121", "115"]),
    ("Sacramento outscored Memphis 15-9 in overtime.", ["15", "9"]),
    ("Pakistan levelled the series 1-1 in Christchurch.", ["1", "1"]),
    ("The Lakers lost 98-104 to Boston on Sunday.", ["98", "104"]),
    ("Harrowgate United 3-1 Castlebridge: Okafor double lifts hosts", ["3", "1"]),
])
def test_a_match_score_is_two_figures(sentence, texts):
    found = figures(sentence)
    assert [f.text for f in found] == texts
    assert all(f.kind == "digit" for f in found)


def test_a_range_or_a_date_span_is_no_score():
    assert [f.kind for f in figures("Some 150-200 families fled after the win.")] == ["range"]
    assert figures("Storm Summary for the January 26-28 Atmospheric River") == []


@pytest.mark.parametrize("sentence, text", [
    # a time zone is written in capitals: "eat", "est" in lower case are words, not zones
    ("Only 7 percent eat vegetables every day.", "7 percent"),
    ("About 40% eat breakfast at home.", "About 40%"),
    ("Just 12 per cent eat fish twice a week.", "12 per cent"),
])
def test_a_lower_case_word_after_a_figure_is_no_time_zone(sentence, text):
    assert figures(sentence)[0].text == text


def test_a_time_zone_in_capitals_still_makes_a_clock_time():
    assert figures("The blast hit at 9.30 EAT on Monday.") == []
    assert figures("The raid began at 04.15 BST.") == []


@pytest.mark.parametrize("sentence, text, value", [
    # a temperature below zero keeps its sign, in words or as a hyphen
    ("At night temperatures drop to minus 170 degrees Celsius.", "minus 170 degrees Celsius",
     D(-170)),
    ("Forecasters expect lows of -12C on Friday.", "-12C", D(-12)),
    ("Temperatures on the ice sheet fell to minus 52.3C last week.", "minus 52.3C", D("-52.3")),
])
def test_a_temperature_below_zero_keeps_its_sign(sentence, text, value):
    f = one(sentence)
    assert (f.text, f.value) == (text, value)


def test_a_hyphen_between_numbers_is_no_minus():
    assert [(f.text, f.lower, f.upper) for f in figures("Highs of 2-3C are expected.")] == \
        [("2-3C", D(2), D(3))]
    assert one("It rose 3C on the day.").value == D(3)


@pytest.mark.parametrize("sentence, text, value", [
    # South Asian digit grouping: lakhs and crores in pairs of digits before the thousands
    ("The survey covered more than 6,41,000 sq km of forest.", "more than 6,41,000 sq km",
     D(641000)),
    ("The state paid Rs 1,20,000 to each family.", "Rs 1,20,000", D(120000)),
    ("Sales reached 12,34,56,789 units last year.", "12,34,56,789", D(123456789)),
])
def test_south_asian_digit_grouping_is_one_number(sentence, text, value):
    f = one(sentence)
    assert (f.text, f.value) == (text, value)


def test_western_grouping_is_unchanged():
    assert one("The ministry counted 641,000 hectares.").value == D(641000)
    assert [f.text for f in figures("Scores were 12,34 and 56.")] == ["12", "56"]


@pytest.mark.parametrize("sentence", [
    # three capitals joined to a small bare number name a thing, even when they spell a
    # currency's code
    "Delegates gathered for the COP29 talks in Baku.",
    "Ministers will meet again before COP31 next year.",
    "The ARS12 rocket failed on launch.",
])
def test_a_code_joined_to_a_small_bare_number_is_a_name(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, text", [
    ("A ticket costs EUR12 a day.", "EUR12"),
    ("They paid USD45,000 in fees.", "USD45,000"),
    ("Fines rose to VND4-6 million.", "VND4-6 million"),
])
def test_an_amount_joined_to_a_code_still_is_money(sentence, text):
    assert [f.text for f in figures(sentence)] == [text]


@pytest.mark.parametrize("sentence", [
    # a passcode or a PIN is a label, not a count
    "Analysts can join the call with passcode 904512.",
    "Customers should enter PIN 3382 at the kiosk.",
    "The conference line's password 7741 was shared by email.",
])
def test_a_passcode_or_pin_is_no_figure(sentence):
    assert figures(sentence) == []


def test_a_count_of_pins_still_is_a_figure():
    assert [f.text for f in figures("Staff reset 340 PINs last week.")] == ["340"]


@pytest.mark.parametrize("sentence", [
    # "though one was ..." after a count (or a none) is one of those just counted
    "None of the passengers was badly hurt, though one was taken to hospital.",
    "Four climbers were rescued, although one remains missing.",
    "Nobody else was injured, though one was treated at the scene.",
])
def test_one_after_though_and_a_count_is_a_count(sentence):
    assert [f.text for f in figures(sentence) if f.value == 1] == ["one"]


@pytest.mark.parametrize("sentence", [
    "Though one was late, they won the match.",
    "It rained, though one could still see the hills.",
])
def test_one_after_though_without_a_count_is_no_count(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence", [
    # "one" before a person counts that person, as "one soldier" does
    "The clinic now has one surgeon left on duty.",
    "One volunteer quit after being threatened online.",
    "Only the pilot and one engineer were aboard.",
])
def test_one_before_a_person_is_a_count(sentence):
    assert [f.text for f in figures(sentence) if f.value == 1] in (["one"], ["One"])


@pytest.mark.parametrize("sentence", [
    # a witness brought into the story, no count
    "One survivor, a 31-year-old teacher from Kayes, told reporters the boat capsized at dawn.",
    "One victim, a retired engineer, said he had lost his savings.",
])
def test_one_witness_brought_in_is_no_count(sentence):
    assert [f.text for f in figures(sentence) if f.value == 1] == []


def test_one_person_with_an_apposition_and_an_outcome_still_is_a_count():
    assert [f.text for f in figures("One man, a passenger in the van, died at the scene.")] == \
        ["One"]


@pytest.mark.parametrize("sentence, texts", [
    ("Harrowgate have now won four of their last five league games.", ["four", "five"]),
    ("He has scored nine in his last six starts.", ["nine", "six"]),
    ("The club has lost its last three appeals.", ["three"]),
])
def test_a_run_counted_after_a_possessive_last_is_a_figure(sentence, texts):
    assert [f.text for f in figures(sentence)] == texts


def test_the_last_two_of_those_counted_stay_a_reference():
    assert figures("The last two survivors died in hospital.") == []
    assert figures("They lost their last three.") == []


def test_people_said_to_be_over_or_under_an_age_give_no_figure():
    assert [f.text for f in figures(
        "Some 62% of opening-weekend ticket buyers were over 25, the studio said.")] == [
        "Some 62%"]
    assert figures("Most festival attendees were under 30.") == []
    # (a measure over a level stays a figure)
    assert [f.text for f in figures("Temperatures were over 25 on Sunday.")] == ["over 25"]


def test_a_span_after_counted_people_is_no_age():
    assert [f.text for f in figures(
        "The exhibition drew 412,000 people over 14 weeks.")] == ["412,000", "over 14 weeks"]
    assert [f.text for f in figures(
        "The tour played to 60,000 fans over three nights.")] == ["60,000", "over three nights"]
    # (an age limit in years after people not counted stays an age)
    assert figures("Cases were found among children under five years.") == []


@pytest.mark.parametrize("sentence, expected", [
    # ", now 49," after a name is the person's age today, as ", then 22," is an age then
    ("Marcus Dell, now 49, was freed in 2021.", []),
    ("The jury heard that Ana Kerr, now 31, lost £9,000.", ["£9,000"]),
    ("Kofi Mensah, now 62, and 14 others sued the city.", ["14"]),
    # (not a count that is now a number: "the total, now 49, is rising")
    ("The death toll rose by 12 and is now 49, officials said.", ["12", "49"]),
])
def test_an_age_given_as_now_after_a_name_is_no_figure(sentence, expected):
    assert [f.text for f in figures(sentence)] == expected


@pytest.mark.parametrize("sentence, text, value", [
    # a rate move's size in points, like "a 50-basis-point cut"
    ("Another 25-point cut by August could not be ruled out.", "25-point", D("25")),
    ("The bank delivered a 75-point hike in March.", "75-point", D("75")),
    ("Markets priced a 50-point reduction next year.", "50-point", D("50")),
])
def test_a_rate_move_in_points_is_a_figure(sentence, text, value):
    f = one(sentence)
    assert (f.text, f.value) == (text, value)


def test_a_numbered_plan_in_points_stays_no_figure():
    assert figures("The party issued a 10-point plan on Monday.") == []


@pytest.mark.parametrize("sentence, texts", [
    ("Medics treated 1,130 runners, 26 of whom went to hospital, none with life-threatening "
     "conditions.", ["1,130", "26", "none"]),
    ("Four people were hurt in the crush, none seriously.", ["Four", "none"]),
])
def test_none_of_those_just_counted_after_a_comma_is_a_zero(sentence, texts):
    found = figures(sentence)
    assert [f.text for f in found] == texts
    assert found[-1].value == 0


def test_none_with_no_count_before_is_no_figure():
    assert figures("She said she had none with her that night.") == []


def test_race_times_and_scores_keep_their_place_among_the_figures():
    assert [f.text for f in figures("She won 6-3 6-4 in 78 minutes.")] == [
        "6", "3", "6", "4", "78 minutes"]
    assert [f.text for f in figures("Only 3 runners, in 2:03:48 and 2:04:00, finished.")] == [
        "3", "2:03:48", "2:04:00"]
    assert [f.text for f in figures("Prices rose 40% in a year.")] == ["40%"]


@pytest.mark.parametrize("sentence, text, value", [
    ("Duplantis cleared 6.24m at the first attempt.", "6.24m", D("6.24")),
    ("She threw 68.5m in the final round.", "68.5m", D("68.5")),
    ("He jumped 8.35m to take gold.", "8.35m", D("8.35")),
])
def test_an_athletes_bare_metre_mark_is_a_length(sentence, text, value):
    f = one(sentence)
    assert (f.text, f.value, f.unit) == (text, value, "m")


def test_a_bare_m_after_another_verb_is_still_no_length():
    assert figures("The club raised 5m last year.") == []


@pytest.mark.parametrize("sentence, text, value", [
    ("She won the 100m final in 10.71sec.", "10.71sec", D("10.71")),
    ("He took the title in 44.10 secs.", "44.10 secs", D("44.1")),
    ("The Jamaican ran 9.86 sec into a headwind.", "9.86 sec", D("9.86")),
])
def test_a_time_in_abbreviated_seconds_is_a_duration(sentence, text, value):
    found = [f for f in figures(sentence) if f.text == text]
    assert found and (found[0].value, found[0].unit) == (value, "seconds")


def test_a_whole_number_before_secs_keeps_its_reading():
    assert [(f.text, f.unit) for f in figures("It cost them 5 secs.")] == [("5", "")]


@pytest.mark.parametrize("sentence, text", [
    ("A 40-person disaster team flew to the island.", "40-person"),
    ("Police broke up a 500-person gathering at the ground.", "500-person"),
    ("The festival hired a 1,200-person security crew.", "1,200-person"),
])
def test_a_person_compound_counts_people(sentence, text):
    f = one(sentence)
    assert (f.text, f.unit) == (text, "people")


def test_a_person_word_without_a_number_is_no_figure():
    assert figures("The in-person event drew praise.") == []


@pytest.mark.parametrize("sentence, text, value, unit", [
    # "N more <time unit>": the time still to come is a duration, written as one phrase
    ("The team will follow the patients for five more years.", "five more years", D(5), "years"),
    ("The hospital has fuel for about three more days.", "about three more days", D(3), "days"),
    ("The mission was extended by two further months.", "two further months", D(2), "months"),
])
def test_a_number_of_more_time_units_is_a_duration(sentence, text, value, unit):
    f = one(sentence)
    assert (f.text, f.value, f.unit) == (text, value, unit)


def test_a_number_of_more_things_is_a_count():
    f = one("The clinic needs 40 more doctors.")
    assert (f.text, f.unit) == ("40", "")


@pytest.mark.parametrize("sentence, expected", [
    # an emergency number someone called is no count
    ("Her daughter called 999 at 18:42 after finding her.", []),
    ("A neighbour called 911 as the fire spread to 3 houses.", ["3"]),
    ("He calls 112 whenever the alarm sounds.", []),
    # (a count of things after "called" still is one)
    ("The union called 111 strikes last year.", ["111"]),
])
def test_an_emergency_number_called_is_no_figure(sentence, expected):
    assert [f.text for f in figures(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    # "and none was ..." after a count is none of those just counted
    "Inspectors checked 25 boats and none was seaworthy.",
    "We tried six pharmacies but none were open.",
    "The lab tested 300 samples, and none was contaminated.",
])
def test_and_none_was_after_a_count_is_a_zero(sentence):
    assert [f.text for f in figures(sentence) if f.value == 0] == ["none"]


@pytest.mark.parametrize("sentence", [
    "He asked for help and none was given.",
    "None was available at the time.",
])
def test_none_was_without_a_count_is_no_zero(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, text, value, unit", [
    # market shorthand for points: "bp" (basis point), "pp"/"ppt" (percentage points)
    ("The spread widened by 12 bp on Monday.", "12 bp", D("12"), "basis points"),
    ("Output grew 3.5pp faster than forecast.", "3.5pp", D("3.5"), "percentage points"),
    ("Unemployment rose 0.2ppt in June.", "0.2ppt", D("0.2"), "percentage points"),
    ("Inflation eased 0.4pc in June.", "0.4pc", D("0.4"), "%"),  # (unchanged)
])
def test_point_shorthands_are_units(sentence, text, value, unit):
    f = one(sentence)
    assert (f.text, f.value, f.unit) == (text, value, unit)


@pytest.mark.parametrize("sentence, expected", [
    # "and one of <offence>" after counts of charges is one more charge
    ("Halls denies 14 counts of fraud and one of money laundering.", ["14", "one"]),
    ("Doyle admitted six counts of burglary and one of handling stolen goods.", ["six", "one"]),
    # (not one without charges counted before; "and one of them" is a count of its own:
    # test_one_of_them_after_a_count_is_a_count)
    ("Two boats sank and one of the crews was rescued.", ["Two"]),
    ("The firm faces claims from investors and one of its lenders.", []),
])
def test_one_more_charge_after_counts_of_charges_is_a_figure(sentence, expected):
    assert [f.text for f in figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # the age at which a person was arrested, jailed, married or retired is no figure
    ("Marcus Dell was arrested at 22 and convicted of murder.", []),
    ('"He went in at 22 and came out at 45," his lawyer said.', []),
    ("She retired at 60 after 30 years at the bank.", ["30 years"]),
    # (a count after "arrested" still is one)
    ("Police arrested at least 12 men.", ["at least 12"]),
])
def test_the_age_a_person_was_arrested_or_retired_at_is_no_figure(sentence, expected):
    assert [f.text for f in figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a defendant's "no previous convictions" is a count of none
    ("Kwok had no previous convictions, her counsel said.", [("no previous convictions", 0)]),
    ("He had no prior convictions and a job.", [("no prior convictions", 0)]),
    ("He had 12 previous convictions.", [("12", 12)]),
    # (not "no previous experience")
    ("She had no previous experience of the role.", []),
])
def test_no_previous_convictions_is_a_zero(sentence, expected):
    assert [(f.text, f.value) for f in figures(sentence)] == [(t, D(v)) for t, v in expected]
