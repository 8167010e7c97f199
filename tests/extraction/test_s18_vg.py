"""Session 18, round vg: the wrong person or body credited.

"The spokeswoman added ..." after "Harbour Rail spokeswoman Ana Ruiz said" is Ruiz, not the
next person a later paragraph names (a spokesman is no "spokeswoman"); "Back at the crossing,
Haddad was ... 'It is far,' he said" is Haddad, whom the story returns to; "the government
said" is never the statistics office, the central bank or a court that spoke before; "the
central bank said" is never a statistics institute; "the Nurses' Guild, whose general
secretary, Ana Ruiz, said" is Ruiz. Every sentence is invented, in many outlets' house styles.
"""

from __future__ import annotations

import pytest

from tests.extraction.cases import case_params, check_pairs

# Each case: (id, paragraphs, pairs that must be found, pairs that must not, options for run).
CASES = [
    # --- "the spokeswoman" refers back to the spokeswoman named, not someone named next ------
    ("ap_spokeswoman_added_before_sheriff",
     ("Prairie Electric Cooperative spokeswoman Dana Whitfield said crews had restored power "
      "to all but 4,200 homes.",
      "The spokeswoman added that the cooperative had brought in 60 line workers.",
      "Sheriff Tom Brandt said deputies answered 27 calls overnight."),
     [("Dana Whitfield", "60"), ("Tom Brandt", "27")], [("Tom Brandt", "60")], {}),
    ("reuters_spokesman_added_before_minister",
     ("Port authority spokesman Karim Haddad said 14 ships were waiting to dock.",
      "The spokesman added that the backlog would take nine days to clear.",
      "Trade Minister Lina Saleh said exports had fallen 12% in March."),
     [("Karim Haddad", "nine days"), ("Lina Saleh", "12%")], [("Lina Saleh", "nine days")], {}),
    ("guardian_spokesperson_said_quote",
     ("Network Rail spokesperson Helen Marsh said 300 engineers were on site.",
      '"We expect the line to reopen within 48 hours," the spokesperson said.',
      "Union leader Mick Dolan said 20 members had been sent home."),
     [("Helen Marsh", "within 48 hours"), ("Mick Dolan", "20")],
     [("Mick Dolan", "within 48 hours")], {}),
    ("sun_spokeswoman_told",
     ("Council spokeswoman Kerry Blythe said 1,200 bins had gone uncollected.",
      "The spokeswoman said a further 300 complaints had been logged since Monday.",
      "Resident Gary Pratt, 54, said his bin had been left for three weeks."),
     [("Kerry Blythe", "300")], [("Gary Pratt", "300")], {}),
    ("hindu_spokesperson_added",
     ("Railway spokesperson Anil Kumar said 18 trains had been cancelled.",
      "The spokesperson added that 6,000 passengers had been given refunds.",
      "Commuter Ramesh Iyer said he had waited four hours at the station."),
     [("Anil Kumar", "6,000")], [("Ramesh Iyer", "6,000")], {}),
    ("nation_spokesman_added",
     ("Police spokesman Resila Onyango said 15 suspects had been arrested.",
      "The spokesman added that 40 officers had been deployed to the estate.",
      "Area MP John Kiarie said 200 families had fled."),
     [("Resila Onyango", "40"), ("John Kiarie", "200")], [("John Kiarie", "40")], {}),
    ("gulfnews_spokeswoman_quote",
     ("Airline spokeswoman Mariam Al Suwaidi said 22 flights had been diverted.",
      '"Around 5,000 passengers were affected," the spokeswoman said.',
      "Airport chief Omar Khalfan said the runway would reopen at 6pm."),
     [("Mariam Al Suwaidi", "Around 5,000")], [("Omar Khalfan", "Around 5,000")], {}),
    ("abc_spokesperson_added",
     ("Fire service spokesperson Bec Lawson said 35 homes had been lost.",
      "The spokesperson added that 120 firefighters were still on the ground.",
      "Premier Sam Whitlock said a $10 million fund would open on Monday."),
     [("Bec Lawson", "120"), ("Sam Whitlock", "$10 million")], [("Sam Whitlock", "120")], {}),
    ("cbc_spokesperson_added",
     ("Hydro spokesperson Marie Tremblay said 80,000 customers were without power.",
      "The spokesperson added that 90 crews were working through the night.",
      "Mayor Paul Girard said three warming centres had opened."),
     [("Marie Tremblay", "90")], [("Paul Girard", "90")], {}),
    ("bloomberg_spokeswoman_added",
     ("Company spokeswoman Ingrid Olsen said the plant would cut 450 jobs.",
      "The spokeswoman added that the closure would save about $80 million a year.",
      "Analyst Peter Vance said the shares had fallen 6%."),
     [("Ingrid Olsen", "about $80 million")], [("Peter Vance", "about $80 million")], {}),
    ("rnz_spokesman_added",
     ("Health NZ spokesman Tane Walker said 14 theatre sessions had been added.",
      "The spokesman added that 2,300 patients were waiting more than a year.",
      "Nurses union delegate Ana Fifita said staff were exhausted."),
     [("Tane Walker", "2,300")], [("Ana Fifita", "2,300")], {}),
    ("punch_spokesman_added",
     ("Police Public Relations Officer Bolaji Adewale said 11 suspects had been paraded.",
      "The police spokesman added that 25 rifles had been recovered.",
      "A community leader, Chief Musa Danjuma, said 40 houses were burnt."),
     [], [("Musa Danjuma", "25")], {}),
    ("ap_spokeswoman_same_paragraph",
     ("The campaign's spokeswoman, Ines Marchal, played down the poll. \"A poll 17 months "
      "before the vote is a snapshot,\" the spokeswoman said.",
      "Pollster Claire Hautbois said the gap had narrowed by three points."),
     [("Ines Marchal", "17 months")], [("Claire Hautbois", "17 months")], {}),
    ("afp_spokeswoman_quote_then_minister",
     ("Red Crescent spokeswoman Amal Darwish said four bodies had been recovered.",
      '"Our volunteers have worked for 30 hours without a break," the spokeswoman said.',
      "Health Minister Salem Obeidi said 23 people were in hospital."),
     [("Amal Darwish", "30 hours"), ("Salem Obeidi", "23")], [("Salem Obeidi", "30 hours")], {}),
    ("wire_spokeswoman_added_two_paras_on",
     ("Water utility spokeswoman Grace Mensah said 12 pumping stations were offline.",
      "Engineers were working around the clock.",
      "The spokeswoman added that 85,000 customers had no piped water.",
      "Opposition MP Kofi Asante said 18 communities had been neglected."),
     [("Grace Mensah", "85,000")], [("Kofi Asante", "85,000")], {}),
    ("times_spokesman_after_quote",
     ("Ministry of Defence spokesman Colonel Rupert Hale said 250 troops would deploy.",
      '"They will be in place within 72 hours," the spokesman said.',
      "Former general Sir Adrian Pike said the force was too small."),
     [("Rupert Hale", "within 72 hours")], [("Adrian Pike", "within 72 hours")], {}),
    ("ktla_spokeswoman_said",
     ("County fire spokeswoman Lisa Moreno said the blaze had burned 2,400 acres.",
      "The spokeswoman said containment stood at 15% by Tuesday evening.",
      "Resident Mike Duarte said he had lived there for 30 years."),
     [("Lisa Moreno", "15%")], [("Mike Duarte", "15%")], {}),
    ("ft_spokesperson_added",
     ("Bank spokesperson Nadia Laurent said 1,100 roles would go.",
      "The spokesperson added that 300 of the cuts would fall in London.",
      "Union officer Dave Crewe said staff had been given 30 days' notice."),
     [("Nadia Laurent", "300")], [("Dave Crewe", "300")], {}),
    ("khaleej_spokesman_added",
     ("Civil defence spokesman Major Ahmed Al Nuaimi said 19 people had been rescued.",
      "The spokesman added that 60 vehicles had been towed from flooded streets.",
      "Resident Sunil Menon said water had reached his knees."),
     [("Ahmed Al Nuaimi", "60")], [("Sunil Menon", "60")], {}),
    ("smh_spokeswoman_added",
     ("Transport spokeswoman Chloe Nguyen said 40 buses would replace trains.",
      "The spokeswoman added that the line would close for nine days.",
      "Commuter Brett Sampson said the delays were costing him an hour a day."),
     [("Chloe Nguyen", "nine days")], [("Brett Sampson", "nine days")], {}),
    ("graphic_spokesperson_added",
     ("ECG spokesperson Abena Owusu said 3,000 customers had been reconnected.",
      "The spokesperson added that 45 transformers had been replaced.",
      "Trader Kwame Boateng said he had lost goods worth GH¢5,000."),
     [("Abena Owusu", "45")], [("Kwame Boateng", "45")], {}),
    ("ndtv_spokesperson_added",
     ("Airline spokesperson Priya Nair said 26 flights had been delayed.",
      "The spokesperson added that 4,000 passengers had been rebooked.",
      "Passenger Vikram Shah said he had waited 11 hours."),
     [("Priya Nair", "4,000")], [("Vikram Shah", "4,000")], {}),
    ("eastafrican_spokesman_added",
     ("Army spokesman Brig Felix Kulayigye said 30 soldiers had been deployed.",
      "The spokesman added that 12 suspects had been arrested.",
      "Local leader Joseph Okello said 500 people had fled."),
     [("Felix Kulayigye", "12")], [("Joseph Okello", "12")], {}),
    ("wsj_spokeswoman_quote",
     ("Company spokeswoman Jenna Ortiz said the recall covered 1.2 million vehicles.",
      '"About 3% of them may need a new part," the spokeswoman said.',
      "Regulator official Mark Ellison said the probe had lasted 18 months."),
     [("Jenna Ortiz", "About 3%")], [("Mark Ellison", "About 3%")], {}),
    ("bbc_spokeswoman_council",
     ("Council spokeswoman Rhian Price said 31 bus routes would be cut.",
      "The spokeswoman said the changes would save £2m a year.",
      "Passenger Gwyn Evans said he relied on the service."),
     [("Rhian Price", "£2m")], [("Gwyn Evans", "£2m")], {}),
    # --- negatives: "the spokeswoman" is no spokesman; no spokesperson named: as before -----
    ("neg_spokesman_not_spokeswoman",
     ("Police spokesman Tom Keller said 12 arrests had been made.",
      "Mayor Rita Okafor said 300 homes had been damaged.",
      "The spokeswoman added that 40 more homes were at risk."),
     [], [("Tom Keller", "40")], {}),
    ("neg_spokeswoman_not_spokesman",
     ("Hospital spokeswoman Ann Lowe said 14 patients were treated.",
      "Sheriff Jim Carver said 27 calls were logged.",
      "The spokesman added that 5 roads were closed."),
     [], [("Ann Lowe", "5")], {}),
    ("neg_spokesman_named_next_still",
     ('"Around 2,000 people have been evacuated," the spokesman said.',
      "Army spokesman Col Musa Bello said the operation would last a week."),
     [], [("Test Herald", "Around 2,000")], {}),
    ("neg_spokes_far_back",
     ("Council spokeswoman Ann Reid said 40 roads were closed.",) +
     tuple(f"Paragraph {w} of filler text describes the scene in some detail without any "
           "speaker, and it goes on for a good while to push the mention far back in the "
           "story so that it is no longer close." for w in ("one", "two", "three", "four",
                                                              "five", "six", "seven", "eight",
                                                              "nine", "ten", "eleven",
                                                              "twelve")) +
     ("The spokeswoman said 9 schools were shut.",),
     [], [], {}),
    ("neg_spokeswoman_before_named_spokesman",
     ("Transport spokesman Dan Price said 20 trains were cancelled.",
      "The spokesman added that 4 lines were closed."),
     [("Dan Price", "4")], [], {}),
]

# The scene returns to someone it left: "Back at the crossing, Haddad was ... he said".
BACK_AT = [
    ("ap", "Back at the crossing", "Omar Haddad", "Haddad", "he", "It is three days to my village",
     "three days", "Ali Karim", "a spokesman for the ministry", "12 offices had opened", "12"),
    ("reuters", "Back at the clinic", "Maria Santos", "Santos", "she", "We saw 40 children today",
     "40", "Jorge Pena", "the regional health director", "nine clinics had closed", "nine"),
    ("guardian", "Back on the picket line", "Dave Hollis", "Hollis", "he",
     "I have worked here for 22 years", "22 years", "Karen Mills", "the company's HR director",
     "300 staff had accepted the offer", "300"),
    ("afp", "Back in the camp", "Amina Yusuf", "Yusuf", "she", "My five children have not eaten",
     "five", "Pierre Laurent", "an aid official", "6,000 families had arrived", "6,000"),
    ("hindu", "Back at the mandi", "Ramesh Patil", "Patil", "he", "I sold 30 quintals at a loss",
     "30 quintals", "Suresh Rao", "the district collector", "14 procurement centres were open", "14"),
    ("nation", "Back home in Kibera", "Jane Akinyi", "Akinyi", "she",
     "The water came up to 2 metres", "up to 2 metres", "Peter Mwangi", "the county commissioner",
     "800 families were displaced", "800"),
    ("abc", "Back at the farm", "Bill Turner", "Turner", "he", "We lost 150 head of cattle",
     "150", "Sue Carter", "a state emergency service spokeswoman", "40 properties were cut off",
     "40"),
    ("gulf", "Back at the labour camp", "Rajesh Kumar", "Kumar", "he",
     "I have not been paid for four months", "four months", "Khalid Al Mansoori",
     "a ministry official", "25 companies had been fined", "25"),
    ("cbc", "Back at the shelter", "Linda Cho", "Cho", "she", "We turned away 18 people last night",
     "18", "Mark Fortin", "the city's housing director", "250 beds had been added", "250"),
    ("local_tv", "Back at the school", "Tom Reyes", "Reyes", "he",
     "We have 12 buses sitting idle", "12", "Gwen Albright", "the district's spokeswoman",
     "30 mechanics would drive routes", "30"),
]


def _back_at_cases():
    out = []
    for (style, scene, full, surname, pron, quote, fig, other, role, claim, ofig) in BACK_AT:
        paras = (f'"I came here with nothing," said {full}, 41, as {pron} waited in line.',
                 f"{other}, {role}, told reporters that {claim}.",
                 f'{scene}, {surname} was trying to find a seat. "{quote}," {pron} said.')
        out.append((f"back_at_{style}", paras, [(full, fig), (other, ofig)], [(other, fig)], {}))
    return out


# "the government" is no statistics office, central bank, court or weather service.
GOVT = [
    ("bbc", "Inflation rose to 3.4% in March, the Office for National Statistics said.",
     "A government spokesman said the minimum wage had risen by 6.7%.", "6.7%",
     "Office for National Statistics"),
    ("reuters", "The economy grew 1.2% in the quarter, the National Bureau of Statistics said.",
     "The government said it would spend $4 billion on roads.", "$4 billion",
     "National Bureau of Statistics"),
    ("nation", "Inflation eased to 5.1%, the Kenya National Bureau of Statistics said.",
     "The government said it had cleared Sh20 billion in pending bills.", "Sh20 billion",
     "Kenya National Bureau of Statistics"),
    ("hindu", "The Meteorological Department said 140 mm of rain fell in Chennai.",
     "The government said 2,000 relief camps had been opened.", "2,000",
     "Meteorological Department"),
    ("abc", "The Bureau of Meteorology said temperatures would reach 44C.",
     "The government said 12 cooling centres would open.", "12", "Bureau of Meteorology"),
    ("ft", "The Bank of England held rates at 5.25%, the Bank said.",
     "The government said borrowing would fall by £10bn.", "£10bn", "Bank of England"),
    ("times", "The Supreme Court ruled by 5 to 4 on Wednesday, the Court said.",
     "The government said it would appeal 30 related cases.", "30", "Supreme Court"),
    ("gulf", "Prices rose 2.1% in June, the Federal Competitiveness and Statistics Centre said.",
     "A government spokesman said 5,000 homes would be built.", "5,000",
     "Federal Competitiveness and Statistics Centre"),
    ("graphic", "Inflation fell to 23.2%, the Ghana Statistical Service said.",
     "The government said it would hire 10,000 nurses.", "10,000",
     "Ghana Statistical Service"),
    ("cbc", "The jobless rate rose to 6.5%, Statistics Canada said.",
     "The government said 40,000 jobs would be created.", "40,000", "Statistics Canada"),
    ("electoral", "Turnout was 61%, the Electoral Commission said.",
     "The government said 300 polling stations would be added.", "300",
     "Electoral Commission"),
    ("auditor", "The Auditor-General found Rs 500 crore unaccounted for, the audit office said.",
     "The government said 14 officers had been suspended.", "14", "Auditor-General"),
]


def _govt_cases():
    out = []
    for style, first, second, fig, body in GOVT:
        out.append((f"govt_not_{style}", (first, second), [], [(body, fig)], {}))
    return out


# "the central bank" is no statistics institute or ministry that spoke before.
CENTRAL = [
    ("ap", "Inflation hit 24.9% in July, according to the National Statistics Institute.",
     "Net reserves stood at $1.98 billion, the central bank said.", "$1.98 billion",
     "National Statistics Institute"),
    ("reuters", "The Finance Ministry said the deficit reached 6% of GDP.",
     "The central bank said reserves had fallen to $3 billion.", "$3 billion",
     "Finance Ministry"),
    ("bloomberg", "Prices rose 4.1% in May, the statistics office said on Tuesday.",
     "The central bank said it expects inflation of 3.5% next year.", "3.5%",
     "statistics office"),
    ("afp", "The Ministry of Economy said growth slowed to 1.8% last year.",
     "The central bank said it had sold $500 million to defend the currency.",
     "$500 million", "Ministry of Economy"),
    ("nation", "The Treasury said revenue fell short by Sh88 billion.",
     "The central bank said the shilling had weakened 3%.", "3%", "Treasury"),
    ("dailysabah", "Annual inflation was 38% in May, the Turkish Statistical Institute said.",
     "The central bank said it would keep its rate at 50%.", "50%",
     "Turkish Statistical Institute"),
]


def _central_cases():
    out = []
    for style, first, second, fig, body in CENTRAL:
        out.append((f"central_bank_not_{style}", (first, second), [], [(body, fig)], {}))
    return out


# Negatives for the body rules: a body the description fits is still found.
BODY_KEPT = [
    ("central_kept_rbi",
     ("The Reserve Bank of India kept the repo rate at 6.5%.",
      "The central bank said inflation would average 4.5% this year."),
     [("Reserve Bank of India", "4.5%")], [], {}),
    ("central_kept_bank_of_ghana",
     ("The Bank of Ghana raised its policy rate to 29%.",
      "The central bank said inflation had slowed to 23.2%."),
     [("Bank of Ghana", "23.2%")], [], {}),
    ("central_kept_federal_reserve",
     ("The Federal Reserve cut rates by a quarter point on Wednesday.",
      "The central bank said it expects two more cuts, worth 0.5 percentage point, this year."),
     [], [("Test Herald", "0.5 percentage point")], {}),
    ("govt_kept_ministry",
     ("The Interior Ministry said 40 people had been arrested.",
      "The government said 12 of them were foreigners."),
     [], [("Test Herald", "12")], {}),
]


# "X, whose ROLE, NAME, said": the person the aside names.
WHOSE = [
    ("ttg", "The march also drew members of the Nurses Guild, whose general secretary, Mark "
     "Joseph, said the health system was short of 1,300 nurses.", "Mark Joseph", "1,300"),
    ("nation", "The protest was joined by the Teachers Union, whose chairman, Peter Otieno, "
     "said 4,000 teachers had quit.", "Peter Otieno", "4,000"),
    ("guardian", "The bid was opposed by the Ramblers Association, whose chief executive, "
     "Tom Fyfe, said 60 paths would close.", "Tom Fyfe", "60"),
    ("hindu", "The strike was backed by the Auto Drivers Federation, whose president, K. "
     "Murugan, said 12,000 autos stayed off the road.", "K. Murugan", "12,000"),
    ("punch", "The rally drew traders from the Market Women Association, whose leader, Alhaja "
     "Sade Bello, said 300 shops had been shut.", "Sade Bello", "300"),
    ("abc", "The plan was welcomed by the Farmers Federation, whose president, Fiona "
     "Simson, said 2,000 farms would benefit.", "Fiona Simson", "2,000"),
    ("cbc", "The walkout was led by the Nurses Union, whose president, Linda Silas, said "
     "the province was short 500 nurses.", "Linda Silas", "500"),
    ("gulf", "The event drew the Contractors Group, whose director, Hamad Al Ali, said 45 "
     "projects were under way.", "Hamad Al Ali", "45"),
    ("wire", "The lawsuit was filed by the Consumer Council, whose director, Ana Ruiz, said "
     "1.2 million customers were overcharged.", "Ana Ruiz", "1.2 million"),
    ("local_tv", "The meeting drew parents from the PTA, whose president, Gina Lopez, said "
     "18 teachers had left.", "Gina Lopez", "18"),
]


def _whose_cases():
    out = []
    for style, sentence, person, fig in WHOSE:
        out.append((f"whose_role_{style}", (sentence,), [(person, fig)], [], {}))
    return out


NEG_WHOSE = [
    ("whose_kin_not_role",
     ("Ana Obi, whose son, Tunde Obi, was shot last year, said 14 boys had died since.",),
     [("Ana Obi", "14")], [("Tunde Obi", "14")], {}),
    ("whose_two_commas_left",
     ("The union, whose leader, Tom Hale, resigned, said 300 members would strike.",),
     [], [("Tom Hale", "300")], {}),
]

CASES += _back_at_cases() + _govt_cases() + _central_cases() + BODY_KEPT + \
    _whose_cases() + NEG_WHOSE


# "The Ofgem chief said" after "Ofgem boss Ana Ruiz said": a newspaper's "boss" is the chief.
BOSS = [
    ("sun", "Ofgem boss Miriam Castell said wholesale prices had risen 20 per cent.",
     "The Ofgem chief said about four million households would see the rise.",
     "Miriam Castell", "about four million"),
    ("mirror", "Ofwat boss David Black said 300 sewage spills had been logged.",
     "The Ofwat chief said firms faced fines of up to 10 per cent of turnover.",
     "David Black", "up to 10 per cent"),
    ("times", "Rail boss Andrew Haines said 2,000 trains had been delayed.",
     "The rail chief said repairs would take 12 weeks.", "Andrew Haines", "12 weeks"),
    ("express", "Police boss Mark Rowley said 900 officers had been suspended.",
     "The police chief said another 450 cases were under review.", "Mark Rowley",
     "450"),
    ("nation", "KPLC boss Joseph Siror said 150 transformers had been vandalised.",
     "The KPLC chief said the losses came to Sh200 million.", "Joseph Siror", "Sh200 million"),
    ("standard", "Transport chief Helen Grant said fares would rise 4.9 per cent.",
     "The transport boss said 60 routes would be reviewed.", "Helen Grant", "60"),
]


def _boss_cases():
    out = []
    for style, first, second, person, fig in BOSS:
        third = "Campaigner Tom Akande, chief executive of Fuel Aid, said the rise was unfair."
        out.append((f"boss_is_chief_{style}", (first, second, third), [(person, fig)],
                    [("Tom Akande", fig)], {}))
    return out


# "An economist at the Lagos Business School, Funmi Okoro, said": the person, not the body.
STAFF_AT = [
    ("punch", "An economist at the Lagos Business School, Funmi Okoro, said inflation would "
     "peak at 35 per cent.", "Funmi Okoro", "35 per cent"),
    ("graphic", "An analyst at the Institute of Statistical Research, Kofi Mensah, said "
     "growth would slow to 4 per cent.", "Kofi Mensah", "4 per cent"),
    ("nation", "A researcher at the Kenya Institute of Public Policy, Jane Wambui, said 40 "
     "per cent of graduates were jobless.", "Jane Wambui", "40 per cent"),
    ("hindu", "An expert at the Centre for Science and Environment, Anumita Roy, said ozone "
     "levels were 12 times the safe limit.", "Anumita Roy", "12 times"),
    ("reuters", "A senior economist at Meridian Bank, Paul Ostrander, said the rate would "
     "reach 4.5% by June.", "Paul Ostrander", "4.5%"),
    ("abc", "A scientist at the Bureau of Meteorology, Dr Sarah Perkins, said the heatwave "
     "would last 10 days.", "Sarah Perkins", "10 days"),
    ("gulf", "An official at the Roads and Transport Authority, Ahmed Bahrozyan, said 60 new "
     "buses would enter service.", "Ahmed Bahrozyan", "60"),
    ("bbc", "A spokeswoman at the Met Office, Grahame Madge, said 50mm of rain could fall.",
     "Grahame Madge", "50mm"),
]


def _staff_at_cases():
    out = []
    for style, sentence, person, fig in STAFF_AT:
        out.append((f"staff_at_named_{style}", (sentence,), [(person, fig)], [], {}))
    return out


# Negatives: the body still speaks when no person is named after it.
STAFF_AT_NEG = [
    ("staff_at_no_name_body",
     ("Analysts at Cordros Securities said inflation would reach 34%.",),
     [], [("Test Herald", "34%")], {}),
    ("staff_at_plural_with_list",
     ("Economists at Meridian Bank, Halden Capital and Orion Partners said rates would hit 5%.",),
     [], [("Orion Partners", "5%")], {}),
    ("staff_at_place_after_not_name",
     ("A nurse at the clinic, who asked not to be named, said 30 patients were waiting.",),
     [], [("Test Herald", "30")], {}),
]

# More spokespeople in many styles: "the spokeswoman/spokesman" again after a second voice.
MORE_SPOKES = [
    ("scmp", "Hospital Authority spokeswoman Dr Linda Yu said 1,400 patients were waiting.",
     "Lawmaker Gary Chan said 200 nurses had quit.",
     "The spokeswoman added that 30 extra beds had been opened.", "Linda Yu", "30",
     "Gary Chan"),
    ("straits", "LTA spokesman Raymond Teo said 18 bus services were diverted.",
     "Commuter Jason Lim said he was 40 minutes late.",
     "The spokesman said the roadworks would end in 3 weeks.", "Raymond Teo", "3 weeks",
     "Jason Lim"),
    ("irish", "HSE spokeswoman Aoife Byrne said 560 patients were on trolleys.",
     "Nurses union official Phil Ni Sheaghdha said staff were exhausted.",
     "The spokeswoman added that 120 beds would open by March.", "Aoife Byrne", "120",
     "Phil Ni Sheaghdha"),
    ("dawn", "Rescue 1122 spokesman Farooq Ahmed said 38,500 people had been evacuated.",
     "Farmer Ghulam Rasool said he had lost 12 acres of cotton.",
     "The spokesman added that 70 boats were in use.", "Farooq Ahmed", "70", "Ghulam Rasool"),
    ("citizen", "Tanesco spokeswoman Martha Mushi said 22 substations had tripped.",
     "Trader Juma Ally said he had lost stock worth Sh500,000.",
     "The spokeswoman said power would be restored within 6 hours.", "Martha Mushi",
     "within 6 hours", "Juma Ally"),
    ("arabnews", "Ministry spokesman Talal Al Shalhoub said 1,200 pilgrims were treated.",
     "Pilgrim Yusuf Khan said the heat reached 47C.",
     "The spokesman added that 15 field hospitals were operating.", "Talal Al Shalhoub",
     "15", "Yusuf Khan"),
]


def _more_spokes_cases():
    out = []
    for style, a, b, c, person, fig, other in MORE_SPOKES:
        out.append((f"spokes_back_{style}", (a, b, c), [(person, fig)], [(other, fig)], {}))
    return out


CASES += _boss_cases() + _staff_at_cases() + STAFF_AT_NEG + _more_spokes_cases()


# More asides naming the speaker after "whose" and more returns to a scene.
MORE_WHOSE = [
    ("dailymaverick", "The march was led by the Taxi Council, whose secretary, Sipho "
     "Ndlovu, said 2,000 minibuses stayed off the road.", "Sipho Ndlovu", "2,000"),
    ("thestar_my", "The plan was criticised by the Consumers Association, whose president, "
     "Lim Wei Ming, said prices had risen 15%.", "Lim Wei Ming", "15%"),
    ("irishtimes", "The motion was backed by the Irish Farmers Association, whose president, "
     "Francie Gorman, said 8,000 farmers would protest.", "Francie Gorman", "8,000"),
    ("newsday", "The rally drew the Vendors Union, whose spokesperson, Tendai Moyo, said "
     "500 stalls had been demolished.", "Tendai Moyo", "500"),
    ("jordantimes", "The survey was run by the Refugee Council, whose director, Rania "
     "Haddad, said 57 per cent planned to stay.", "Rania Haddad", "57 per cent"),
]

MORE_NEG = [
    ("neg_whose_no_name",
     ("The Teachers Union, whose members voted on Friday, said 4,000 teachers had quit.",),
     [("Teachers Union", "4,000")], [], {}),
    ("neg_whose_lower_case_aside",
     ("The guild, whose general secretary resigned last week, said 1,300 nurses were "
      "needed.",),
     [], [("Test Herald", "1,300")], {}),
    ("neg_back_at_body_not_person",
     ('"We have 40 beds," said nurse Ana Lowe.',
      "Back at headquarters, Meridian Health said it would add 12 more."),
     [("Meridian Health", "12")], [("Ana Lowe", "12")], {}),
    ("neg_spokes_gender_third",
     ("Council spokeswoman Jo Barnes said 14 roads were closed.",
      "A fire service spokesman said 30 homes were flooded.",
      "The spokesman added that 6 people were rescued."),
     [], [("Jo Barnes", "6")], {}),
    ("neg_government_after_ministry_statistics",
     ("The National Bureau of Statistics said GDP grew 5.2%.",
      "The Finance Ministry said tax revenue rose 9%.",
      "The government said it would borrow $2 billion."),
     [], [("National Bureau of Statistics", "$2 billion")], {}),
    ("neg_central_bank_acronym_kept",
     ("The CBK held its rate at 12.75%.",
      "The central bank said inflation had slowed to 4.3%."),
     [], [("Test Herald", "4.3%")], {}),
    ("neg_staff_at_definite",
     ("The economist at the bank, Tom Hale, said rates would reach 5%.",),
     [], [("Test Herald", "5%")], {}),
    ("neg_boss_other_body",
     ("Ofgem boss Miriam Castell said prices had risen 20 per cent.",
      "The union chief said 4,000 jobs were at risk."),
     [], [("Miriam Castell", "4,000")], {}),
]


def _more_whose_cases():
    return [(f"whose_role_{style}", (sentence,), [(person, fig)], [], {})
            for style, sentence, person, fig in MORE_WHOSE]


CASES += _more_whose_cases() + MORE_NEG + [
    ("pm25_not_a_speaker",
     ("An expert at the Centre for Science and Environment, Anumita Roy, said PM2.5 levels "
      "were 12 times the safe limit.",),
     [("Anumita Roy", "12 times")], [], {}),
    ("the_transport_boss_said",
     ("Transport chief Helen Grant said fares would rise 4.9 per cent.",
      "The transport boss said 60 routes would be reviewed."),
     [("Helen Grant", "60")], [], {}),
]


# Places listed inside what someone said are no subject for the "He noted" after it.
PLACES = [
    ("tap", "Agriculture Minister Mondher Khelifi said the harvest reached 340,000 tonnes.",
     "The minister said around 70% of the crop came from the regions of Sfax, Sidi Bouzid "
     "and Mahdia.", "He noted that packaged oil made up only 9% of exports.",
     "Mondher Khelifi", "9%", "Sidi Bouzid"),
    ("tap_speaking", "Agriculture Minister Mondher Khelifi said the harvest reached 340,000 "
     "tonnes.", "Speaking on a visit to a mill in Sfax, the minister said 70% of the crop came "
     "from the governorates of Sfax, Sidi Bouzid, Kairouan and Mahdia.",
     "He noted that packaged oil made up only 9% of exports.", "Mondher Khelifi", "9%",
     "Sidi Bouzid"),
    ("aps", "Energy Minister Karim Benali said output rose to 1.1 million barrels a day.",
     "The minister said most new wells were in the provinces of Ouargla, Hassi Messaoud and "
     "Illizi.", "He added that exports would rise 6% next year.", "Karim Benali", "6%",
     "Hassi Messaoud"),
    ("pti", "Chief Minister Rekha Sharma said 1,200 villages were flooded.",
     "The chief minister said the worst-hit districts were Kangra, Mandi Bazar and Kullu.",
     "She added that 45 relief camps had been set up.", "Rekha Sharma", "45", "Mandi Bazar"),
    ("nan", "Governor Umar Bago said 30 communities had been sacked.",
     "The governor said the attacks hit the areas of Mariga, Rafi Kagara and Shiroro.",
     "He said 2,000 people had fled.", "Umar Bago", "2,000", "Rafi Kagara"),
]


def _place_cases():
    return [(f"places_in_speech_{style}", (a, b, c), [(person, fig)], [(place, fig)], {})
            for style, a, b, c, person, fig, place in PLACES]


CASES += _place_cases() + [
    ("places_subject_kept_appositive",
     ("Minister Tom Hale said 40 schools had closed.",
      "His deputy, Ana Lowe, visited the area on Monday. \"We counted 12 damaged bridges,\" "
      "she said."),
     [("Ana Lowe", "12")], [("Tom Hale", "12")], {}),
    ("places_scene_subject_kept",
     ("Minister Tom Hale said 40 schools had closed.",
      "Speaking in Leeds, the regional director, Ana Lowe, toured the site. \"We counted 12 "
      "damaged bridges,\" she said."),
     [("Ana Lowe", "12")], [("Tom Hale", "12")], {}),
]


CASES += [
    ("spokes_inverted_said_the_spokeswoman",
     ("Airport spokeswoman Lena Vogt said 140 flights had been cancelled.",
      '"About 20,000 passengers are affected," said the spokeswoman.',
      "Union official Jens Bauer said 3,000 staff had walked out."),
     [("Lena Vogt", "About 20,000")], [("Jens Bauer", "About 20,000")], {}),
    ("spokes_spokesperson_for_spokesman",
     ("Police spokesperson Sgt Ama Boateng said 11 suspects were held.",
      "The spokesman added that 3 guns were recovered.",
      "Chief Kofi Mensah said 200 residents had fled."),
     [("Ama Boateng", "3")], [("Kofi Mensah", "3")], {}),
    ("spokes_named_body_spokeswoman_after_person",
     ("Hospital spokeswoman Mary Ellis said 24 patients were admitted.",
      "The spokeswoman said 6 of them were in intensive care.",
      "Paramedic Jake Moss said crews worked for 14 hours."),
     [("Mary Ellis", "6"), ("Jake Moss", "14 hours")], [("Jake Moss", "6")], {}),
    ("spokes_gulf_spokesman_said_quote",
     ("Police spokesman Colonel Faisal Al Qassim said 8 drivers were arrested.",
      '"More than 1,000 fines were issued," the spokesman said.',
      "Motorist Ravi Pillai said the checkpoint took 30 minutes."),
     [("Faisal Al Qassim", "More than 1,000")], [("Ravi Pillai", "More than 1,000")], {}),
]

# Constructions the rules of this round do not reach yet.
XFAIL: dict[str, str] = {
    "boss_is_chief_standard": "'The transport boss said' reads as no speaker phrase ('boss' "
    "opens no frame after 'the'), so the figure stays the paper's",
    "the_transport_boss_said": "'The transport boss said' reads as no speaker phrase ('boss' "
    "opens no frame after 'the'), so the figure stays the paper's",
    "pm25_not_a_speaker": "'PM2.5' before the figure is read as a speaker named 'PM2' (a "
    "pollutant's name, cut at its decimal point)",
}


@pytest.mark.parametrize("paragraphs, wanted, unwanted, options", case_params(CASES, XFAIL))
def test_speakers_kept(paragraphs, wanted, unwanted, options):
    check_pairs(paragraphs, wanted, unwanted, options)
