"""Session 15, round tk: the parts around the body and their voices -- wire credits in every
form (datelines, bylines, closing credits), headline and summary voices, captions with and
without credits, and the outlet's own unattributed figures (articles/README.md's conventions).

Each case is a short invented article in the test articles' format (tests/extraction/articles/
README.md): `@publisher`, `# headline`, `* summary point`, body paragraphs (the first one's
dateline cut as the reader cuts it), `! caption`, and `= speaker | figure` for every pair the
article states. The extractor must give exactly those pairs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.extraction import extract_claims
from tests.extraction.checks import assert_invariants
from tests.extraction.corpus import load
from tests.extraction.score import norm, same_figure


def extracted(src: str, tmp_path: Path):
    """(the article, its claims) for one case."""
    lines = [f"{line} | - | | x" if line.startswith("= ") else line
             for line in src.strip().splitlines()]
    path = tmp_path / "case.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    art = load(path)
    claims = extract_claims(art.text, art.segments, article_date=art.date,
                            publisher=art.publisher)
    assert_invariants(claims, art.text)
    return art, claims


def pairs(src: str, tmp_path: Path) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(pairs the extractor gives, pairs the article lists) for one case."""
    art, claims = extracted(src, tmp_path)
    want = {(norm(e.speaker), norm(e.figure_text)) for e in art.expected}
    wanted = {f for _, f in want}
    got = set()
    for c in claims:
        keys = [(norm(c.speaker), same_figure(norm(c.figure_text), wanted))] + [
            (norm(c.speaker), same_figure(norm(art.text[a.figure_start:a.figure_end]), wanted))
            for a in c.appearances]
        got.add(next((k for k in keys if k in want), keys[0]))
    return got, want


def check(src: str, tmp_path: Path) -> None:
    got, want = pairs(src, tmp_path)
    assert got == want, f"extra {sorted(got - want)}, missed {sorted(want - got)}"


# --- wire credits: bylines, closing credits glued to the stop, "Source:", more national
# agencies (failed before this round)

WIRE_CREDITS_FIXED = [
    """@publisher The Nation Review
# Kano floods
By Amina Bello, AFP
Floods in northern Nigeria have killed 31 people, the state emergency agency said on Monday.
Around 4,000 homes were submerged.
= state emergency agency | 31
= AFP | 4,000""",
    """@publisher The Nation Review
# Kano floods
By Amina Bello | Reuters
Floods in northern Nigeria have killed 31 people, the state emergency agency said on Monday.
Around 4,000 homes were submerged.
= state emergency agency | 31
= Reuters | 4,000""",
    """@publisher The Nation Review
# Kano floods
Floods in northern Nigeria have killed 31 people, the state emergency agency said on Monday.
Around 4,000 homes were submerged.\u2014AFP
= state emergency agency | 31
= AFP | 4,000""",
    """@publisher The Guardian Lagos
# Lagos floods
By Reuters Staff
Floods in Lagos have displaced 5,000 people, the state emergency agency said.
Some 200 homes were destroyed.
= state emergency agency | 5,000
= Reuters | 200""",
    """@publisher Pakistan Observer Daily
# Smog shuts schools
LAHORE: Schools will stay closed for a week as the air quality index topped 600, officials said.
Some 1,200 patients were admitted to hospital with breathing problems.\u2014APP
= officials | 600
= officials | a week
= APP | 1,200""",
    """@publisher China Morning Daily
# Tourism revenue rises
Domestic tourism revenue rose 8 percent to 1.5 trillion yuan in the third quarter, the Ministry of Culture and Tourism said.
Trips totalled 1.3 billion.
Source: Xinhua
= Ministry of Culture and Tourism | 8 percent
= Ministry of Culture and Tourism | 1.5 trillion yuan
= Xinhua | 1.3 billion""",
    """@publisher Vietnam Economic Daily
# FDI up
HANOI (VNA) \u2014 Foreign direct investment in Vietnam reached 31.4 billion USD in the first 11 months, the Ministry of Planning and Investment said.
Disbursed capital rose 7.1 percent.
= Ministry of Planning and Investment | 31.4 billion USD
= VNA | 7.1 percent
= Ministry of Planning and Investment | 11 months""",
    """@publisher Manila Standard Online
# Rice prices
MANILA (PNA) \u2014 Rice prices fell by P5 per kilo in Metro Manila markets, the Department of Agriculture said.
Some 40 markets were monitored.
= Department of Agriculture | P5
= PNA | 40""",
]


@pytest.mark.parametrize("src", WIRE_CREDITS_FIXED)
def test_a_wire_signs_the_story_by_byline_or_closing_credit(src, tmp_path):
    check(src, tmp_path)


# --- wire datelines and closing credits that already worked (pinned)

WIRE_CREDITS_PINNED = [
    """@publisher Daily Ledger
# Floods displace 14,000 in southern Malawi
BLANTYRE (Reuters) - Floods have displaced 14,000 people in southern Malawi, police said on Tuesday.
The rains destroyed 2,300 homes.
= police | 14,000
= Reuters | 2,300
= Reuters | 14,000""",
    """@publisher Valley Courier
# Quake jolts Peru coast
LIMA, Peru (AP) \u2014 An earthquake of magnitude 6.1 struck off Peru's coast on Sunday, the U.S. Geological Survey said.
At least 3 people were injured in the port of Callao.
= U.S. Geological Survey | magnitude 6.1
= AP | 3""",
    """@publisher Global Times Online
# China's exports rise in November
BEIJING, Dec. 7 (Xinhua) -- China's exports rose 5.2 percent year on year in November, official data showed Saturday.
Imports fell 1.1 percent.
= Xinhua | 5.2 percent
= Xinhua | 1.1 percent""",
    """@publisher Northern Echo Times
# Bus crash in Kenya
NAIROBI, Kenya, Dec 6 (Reuters) - Eighteen people died when a bus overturned near Naivasha, police said.
The bus carried 62 passengers.
= police | Eighteen
= Reuters | 62""",
    """@publisher Deccan Standard
# Fishermen rescued off Kerala coast
Thiruvananthapuram, Dec 7 (PTI) The Coast Guard rescued 40 fishermen whose boats capsized off the Kerala coast, officials said on Saturday.
Two boats are still missing.
= officials | 40
= PTI | Two""",
    """@publisher Deccan Standard
# State to recruit more teachers
The state government will recruit 12,000 teachers next year, Education Minister R. Kumar said on Friday.
The recruitment drive will cost Rs 900 crore.
(With inputs from PTI)
= R. Kumar | 12,000
= Deccan Standard | Rs 900 crore""",
    """@publisher France 24
# Storm cuts power across Brittany
A storm cut power to 250,000 homes in western France on Thursday, the grid operator Enedis said.
Winds reached 150 km/h on the coast.
(FRANCE 24 with AFP)
= Enedis | 250,000
= France 24 | 150 km/h""",
    """@publisher Toronto Daily
# Interior wildfire keeps growing
KELOWNA, B.C. (The Canadian Press) - A wildfire in B.C.'s Interior has grown to 40,000 hectares, the BC Wildfire Service said Sunday.
About 1,500 properties are under evacuation order.
= BC Wildfire Service | 40,000 hectares
= The Canadian Press | 1,500""",
    """@publisher Sydney Herald Sun
# Man charged over crash
A man has been charged after a crash that injured five people in Parramatta, NSW Police said.
Officers arrested the driver at 2am.
- AAP
= NSW Police | five""",
    """@publisher Accra Mail
# Government sets aside cash for roads
ACCRA, Dec. 7 (GNA) - The government has earmarked GH\u00a22 billion for road repairs in 2025, the Finance Minister said.
Some 600 kilometres of roads will be resurfaced.
= Finance Minister | GH\u00a22 billion
= GNA | 600 kilometres""",
    """@publisher The Borneo Post Daily
# Floods in Sarawak
KUCHING: Some 3,000 people have been evacuated in Sarawak, the state disaster committee said.
A total of 25 relief centres were opened. \u2014 Bernama
= state disaster committee | 3,000
= Bernama | 25""",
    """@publisher The Nairobi Standard
# Kenya's tea earnings rise
NAIROBI, Dec 7 (Xinhua) -- Kenya earned 180 billion shillings from tea exports in 2024, the Tea Board said.
Output reached 570 million kg, the board said.
= Tea Board | 180 billion shillings
= Tea Board | 570 million kg""",
    """@publisher Business Day Africa
# MTN profit falls
(Bloomberg) -- MTN Group's half-year profit fell 24% to R5.1 billion, the company said on Monday.
The shares have dropped 18% this year.
= MTN Group | 24%
= MTN Group | R5.1 billion
= Bloomberg | 18%""",
    """@publisher Seoul Herald
# Births rise
SEOUL, Dec. 1 (Yonhap) -- South Korea's births rose 8 percent in October from a year earlier, Statistics Korea said Sunday.
Some 20,000 babies were born.
= Statistics Korea | 8 percent
= Yonhap | 20,000""",
    """@publisher The Kuwait Times
# Kuwait budget
KUWAIT CITY, Dec 7 (KUNA) -- Kuwait's cabinet approved a budget of KD24 billion, the finance minister said.
Spending on salaries will take 60 percent.
= finance minister | KD24 billion
= KUNA | 60 percent""",
    """@publisher New Delhi Express
# Rail fares to rise
New Delhi [India], Dec 7 (ANI): The Railways will raise fares by 2 paise per km from January, officials said.
The move will earn Rs 600 crore a year.
= officials | 2 paise
= ANI | Rs 600 crore""",
    """@publisher The Island Post
# Ferry capsizes
MANILA (Reuters) - A ferry capsized off Mindoro on Friday, leaving 12 passengers missing, the coast guard said.
The vessel had 140 people on board.
\u2014 Reuters
= coast guard | 12
= Reuters | 140""",
    """@publisher Euro Weekly Digest
# Spain heatwave
Temperatures reached 44C in Seville on Sunday, the state weather agency Aemet said.
Hospitals treated 90 people for heatstroke.
\u2014 With files from Reuters
= Aemet | 44C
= Euro Weekly Digest | 90""",
    """@publisher The Tehran Courier
# Oil exports
TEHRAN (IRNA) - Iran's oil exports reached 1.8 million barrels per day in November, the oil minister said.
Revenue rose 12 percent.
= oil minister | 1.8 million barrels per day
= IRNA | 12 percent""",
    """@publisher Antara English
# Indonesia rice output
JAKARTA (Antara) - Indonesia's rice output is expected to reach 30 million tons this year, the agriculture minister said.
Imports fell 20 percent.
= agriculture minister | 30 million tons
= Antara English | 20 percent""",
    """@publisher Reuters
# Oil rises
LONDON (Reuters) - Oil prices rose 2% on Monday.
= Reuters | 2%""",
    """@publisher The Zimbabwe Mail
# Cholera death toll rises to 150
HARARE (Reuters) - Cholera has killed 150 people in Zimbabwe since February, the health ministry said on Tuesday.
(Reporting by Nelson Banya; Editing by Alison Williams)
= health ministry | 150
= Reuters | 150""",
    """@publisher India Today Daily
# Kerala rains
Heavy rain lashed Kerala, killing 6 people, officials said.
Schools will remain shut in 5 districts.
\u2014 IANS
= officials | 6
= IANS | 5""",
    """@publisher India Today Daily
# Kerala rains
Heavy rain lashed Kerala, killing 6 people, officials said.
Schools will remain shut in 5 districts.
(Agencies)
= officials | 6
= India Today Daily | 5""",
    """@publisher CNN
# Hurricane strengthens
(CNN) \u2014 Hurricane Rafael strengthened to a Category 3 storm with winds of 115 mph, the National Hurricane Center said.
About 300,000 people were under evacuation orders.
= National Hurricane Center | 115 mph
= CNN | 300,000""",
    """@publisher The Washington Ledger
# Senate passes $95bn aid bill
WASHINGTON \u2014 The Senate passed a $95 billion aid package on Tuesday by a vote of 70 to 29.
= The Washington Ledger | $95 billion
= The Washington Ledger | 70
= The Washington Ledger | 29""",
    """@publisher Nikkei Asia Review
# Yen falls to 158
TOKYO -- The yen fell to 158 per dollar on Monday, its weakest in 5 months.
= Nikkei Asia Review | 158
= Nikkei Asia Review | 5 months""",
]


@pytest.mark.parametrize("src", WIRE_CREDITS_PINNED)
def test_wire_datelines_and_closing_credits(src, tmp_path):
    check(src, tmp_path)


# A byline without a wire, or whose last part is no wire alone, signs nothing.
BYLINES_LEFT_ALONE = [
    """@publisher The Nation Review
# Kano floods
By Amina Bello
Floods in northern Nigeria have killed 31 people, the state emergency agency said on Monday.
Around 4,000 homes were submerged.
= state emergency agency | 31
= The Nation Review | 4,000""",
    """@publisher The Nation Review
# Kano floods
By Amina Bello, Health Correspondent
Floods in northern Nigeria have killed 31 people, the state emergency agency said on Monday.
Around 4,000 homes were submerged.
= state emergency agency | 31
= The Nation Review | 4,000""",
    """@publisher The Post Standard
# Teachers strike
Teachers at 40 schools walked out on Monday.
Reporting by Jane Doe in Chicago; Additional reporting by Tom Lee; Editing by Mark Porter
= The Post Standard | 40""",
]


@pytest.mark.parametrize("src", BYLINES_LEFT_ALONE)
def test_a_staff_byline_or_reporting_credit_signs_nothing(src, tmp_path):
    check(src, tmp_path)


# --- mixed-case datelines the reader leaves in the first paragraph (failed before)

DATELINES_FIXED = [
    """@publisher Gulf News Daily
# New bus routes
Abu Dhabi: The Integrated Transport Centre will launch 12 new bus routes next month, it said on Monday.
Fares will start at Dh2.
= Integrated Transport Centre | 12
= Gulf News Daily | Dh2""",
    """@publisher The Express Karachi
# Fog delays flights
New Delhi: Around 300 flights were delayed on Monday due to fog.
= The Express Karachi | 300""",
]


@pytest.mark.parametrize("src", DATELINES_FIXED)
def test_a_mixed_case_dateline_is_no_speaker(src, tmp_path):
    check(src, tmp_path)


DATELINES_PINNED = [
    """@publisher Gulf News Daily
# New bus routes
Dubai: Some 40 crashes were recorded on Emirates Road last month.
= Gulf News Daily | 40""",
    """@publisher The Express Karachi
# Rain in Karachi
Karachi: The city received 80mm of rain on Monday, the Met Office said.
= Met Office | 80mm""",
    """@publisher The Nepal Times Daily
# Everest permits
KATHMANDU, Dec 7: The Department of Tourism issued 478 Everest permits this season, officials said.
= officials | 478""",
    """@publisher The Addis Standard Weekly
# Ethiopia inflation
ADDIS ABABA \u2013 Ethiopia's annual inflation eased to 17.5 percent in November, the statistics service said.
= statistics service | 17.5 percent""",
    """@publisher The Kyiv Daily
# Drone attack
KYIV, Ukraine \u2014 Russia launched 84 drones overnight, Ukraine's air force said on Monday.
= Ukraine's air force | 84""",
]


@pytest.mark.parametrize("src", DATELINES_PINNED)
def test_datelines_the_reader_cuts(src, tmp_path):
    check(src, tmp_path)


def test_an_interview_label_opening_the_body_still_speaks(tmp_path):
    check("""@publisher Harbour Voice
# In her own words
Ana Ruiz: We counted 300 people at the shelter last night.
= Ana Ruiz | 300""", tmp_path)


# --- headline credits: one word the body has speak, acronyms the body spells out,
# unowned documents, verbs that give a voice (failed before)

HEADLINE_VOICES_FIXED = [
    """@publisher Harbor Freight News
# Container rates jump 20% \u2013 Drewry
Spot container rates rose 20% this week, according to Drewry's World Container Index.
= Drewry | 20%""",
    """@publisher Harbor Freight News
# Container rates jump 20% - Drewry
Spot container rates rose 20% this week, Drewry said.
= Drewry | 20%""",
    """@publisher Mining Weekly Online
# Sasol output dips 4%: Sasol
Sasol said its synthetic fuels output fell 4% in the quarter.
= Sasol | 4%""",
    """@publisher Daily Express Kota
# Sabah to get RM1b for roads \u2014 Hajiji
Sabah will get RM1 billion for roads next year, Chief Minister Hajiji Noor said.
= Hajiji Noor | RM1 billion""",
    """@publisher Tech Trade Weekly
# SIA: Chip sales hit $57bn in Q3
Global chip sales reached $57 billion in the third quarter, the Semiconductor Industry Association (SIA) said.
= Semiconductor Industry Association | $57 billion""",
    """@publisher The Punch Daily
# NBS: Inflation rises to 34.6%
Nigeria's inflation rate rose to 34.6 per cent in November, the National Bureau of Statistics (NBS) said.
= National Bureau of Statistics | 34.6 per cent""",
    """@publisher Daily Maverick Digest
# Murders up 5%: crime stats
Murders rose 5% in the second quarter, according to crime statistics released by the South African Police Service.
= South African Police Service | 5%""",
    """@publisher Daily Maverick Digest
# Murders up 5% \u2013 official figures
Murders rose 5% in the second quarter, according to crime statistics released by the South African Police Service.
= South African Police Service | 5%""",
    """@publisher Daily Maverick Digest
# Murders up 5%, new figures reveal
Murders rose 5% in the second quarter, according to crime statistics released by the South African Police Service.
= South African Police Service | 5%""",
    """@publisher Daily Maverick Digest
# Murders up 5%, says report
Murders rose 5% in the second quarter, according to crime statistics released by the South African Police Service.
= South African Police Service | 5%""",
    """@publisher Mexico News Ledger
# Remittances hit record US $64.7bn: Banxico
Remittances to Mexico reached a record US $64.7 billion last year, the Bank of Mexico (Banxico) said.
= Bank of Mexico | US $64.7 billion""",
]


@pytest.mark.parametrize("src", HEADLINE_VOICES_FIXED)
def test_a_headline_voice_merges_into_the_body_claim(src, tmp_path):
    check(src, tmp_path)


HEADLINE_VOICES_PINNED = [
    """@publisher The Gulf Tribune
# Ministry: 1,200 new jobs in tourism
The Ministry of Tourism said 1,200 jobs had been created this year.
= Ministry of Tourism | 1,200""",
    """@publisher The Gulf Tribune
# Tourism created 1,200 new jobs, says ministry
The Ministry of Tourism said 1,200 jobs had been created this year.
= Ministry of Tourism | 1,200""",
    """@publisher Metro Bulletin
# Stabbings up 30% - police
Stabbings in the city rose 30 per cent last year, the Metropolitan Police said.
= Metropolitan Police | 30 per cent""",
    """@publisher Metro Bulletin
# Stabbings up 30 per cent, police say
Stabbings in the city rose 30 per cent last year, the Metropolitan Police said.
= Metropolitan Police | 30 per cent""",
    """@publisher Lakeside Gazette
# Survey: 62% of renters struggle
A survey by the Tenants Union found 62% of renters struggled to pay rent.
= Tenants Union | 62%""",
    """@publisher Lakeside Gazette
# 62% of renters struggle to pay, survey finds
A survey by the Tenants Union found 62% of renters struggled to pay rent.
= Tenants Union | 62%""",
    """@publisher Lakeside Gazette
# Most voters back tax cut, poll shows
A poll by Harmon Research found that 58 percent of voters support the cut.
The poll surveyed 1,000 adults.
= Harmon Research | 58 percent
= Harmon Research | 1,000""",
    """@publisher Manila Daily Inquiry
# 'We lost 300 homes,' says mayor
Mayor Lito Ramos said the typhoon destroyed 300 homes in his town.
= Lito Ramos | 300""",
    """@publisher Cape Weekly
# Army: 112 militants killed
The army said 112 militants were killed in the operation.
= army | 112""",
    """@publisher The Star Kenya
# Cholera kills 14 in Garissa \u2013 health officials
Cholera has killed 14 people in Garissa county, health officials said on Monday.
= health officials | 14""",
    """@publisher Pacific Daily
# Jobless rate at 4.1%, says ABS
The unemployment rate held at 4.1 per cent in November, the Australian Bureau of Statistics said.
= Australian Bureau of Statistics | 4.1 per cent""",
    """@publisher The Capital Times
# UN says 2 million face hunger in Sudan
The United Nations said 2 million people face famine in Sudan.
= United Nations | 2 million""",
    """@publisher The Capital Times
# 2 million face hunger in Sudan: UN
The United Nations said 2 million people face famine in Sudan.
= United Nations | 2 million""",
    """@publisher The Capital Times
# 2 million face hunger in Sudan, UN warns
The United Nations said 2 million people face famine in Sudan.
= United Nations | 2 million""",
    """@publisher Bay Area Chronicle
# Report: Transit ridership up 9%
Ridership on city buses rose 9 percent in 2024, according to a report by the Transit Authority.
= Transit Authority | 9 percent""",
    """@publisher Daily Mercury
# "1,000 jobs at risk", union warns
The union warned that 1,000 jobs were at risk at the plant.
= union | 1,000""",
    """@publisher The Lusaka Times
# Zesco: Load-shedding to last 12 hours a day
Zesco said load-shedding would last 12 hours a day until March.
= Zesco | 12 hours""",
    """@publisher Metro Bulletin
# Knife crime up 12pc, reveals Scotland Yard
Knife crime in London rose 12 per cent last year, Scotland Yard said.
= Scotland Yard | 12pc""",
    """@publisher The Straits Daily
# More than 1 in 4 firms plan to hire: Survey
More than one in four firms plan to hire in the first quarter, a survey by ManpowerGroup found.
= ManpowerGroup | one in four""",
    """@publisher Times of Oman Daily
# Oman's inflation at 0.8%: NCSI
Oman's inflation rate stood at 0.8 per cent in October, according to the National Centre for Statistics and Information (NCSI).
= National Centre for Statistics and Information | 0.8 per cent""",
    """@publisher The Punch Daily
# Inflation rises to 34.6% \u2013 NBS
Nigeria's inflation rate rose to 34.6 per cent in November, the National Bureau of Statistics (NBS) said.
= National Bureau of Statistics | 34.6 per cent""",
    """@publisher Times Colonist Daily
# 'We need 500 more nurses': union head
The province needs 500 more nurses, union president Aman Gill said.
= Aman Gill | 500""",
    """@publisher Daily Express Kota
# Sabah to get RM1b for roads \u2014 CM
Sabah will get RM1 billion for roads next year, Chief Minister Hajiji Noor said.
= Hajiji Noor | RM1 billion""",
    """@publisher The Manila Ledger
# Senator: P5 billion lost in deal
Senator Ana Reyes said the government lost P5 billion in the deal.
= Ana Reyes | P5 billion""",
    """@publisher The Manila Ledger
# P5 billion lost in deal \u2014 Reyes
Senator Ana Reyes said the government lost P5 billion in the deal.
= Ana Reyes | P5 billion""",
    """@publisher Sydney Business Review
# CoreLogic: House prices up 0.5pc
National home values rose 0.5 per cent in November, according to CoreLogic.
= CoreLogic | 0.5pc""",
    """@publisher Sydney Business Review
# House prices up 0.5pc, CoreLogic data shows
National home values rose 0.5 per cent in November, according to CoreLogic.
= CoreLogic | 0.5pc""",
    """@publisher The Arab Weekly Gazette
# Study: 1 in 3 Gulf residents skip breakfast
One in three residents of Gulf states skip breakfast, a study by the Gulf Nutrition Society found.
= Gulf Nutrition Society | One in three""",
    """@publisher Seoul Herald
# Poll: Yoon approval at 19%
President Yoon's approval rating fell to 19 percent, a Gallup Korea poll showed Friday.
= Gallup Korea | 19 percent""",
    """@publisher Eastern Herald
# Only 40% of beds free, hospital director warns
"Only 40% of our beds are available," said hospital director Maria Gomez.
= Maria Gomez | 40%""",
    """@publisher Daily Maverick Digest
# Stats: Murders up 5%
Murders rose 5% in the second quarter, according to crime statistics released by the South African Police Service.
= South African Police Service | 5%""",
    """@publisher The Ghana Report
# 3 dead, 20 injured in Kumasi crash \u2014 Police
Three people died and 20 were injured in a crash in Kumasi, police said.
= police | Three
= police | 20""",
]


@pytest.mark.parametrize("src", HEADLINE_VOICES_PINNED)
def test_headline_voices_that_merge(src, tmp_path):
    check(src, tmp_path)


# --- the outlet's own figures in headlines, summary points and captions (pinned), and what
# each headline rule leaves alone

OUTLET_OWN = [
    """@publisher Manila Daily Inquiry
# Typhoon destroys 300 homes in Samar town
Mayor Lito Ramos said the typhoon destroyed 300 homes in his town.
= Lito Ramos | 300
= Manila Daily Inquiry | 300""",
    """@publisher The Gulf Tribune
# Dubai Metro carried 250 million riders in 2024
Dubai Metro carried 250 million passengers last year, the Roads and Transport Authority said.
= Roads and Transport Authority | 250 million
= The Gulf Tribune | 250 million""",
    """@publisher Tech Trade Weekly
# Chip sales hit $57bn in Q3
Global chip sales reached $57 billion in the third quarter, the Semiconductor Industry Association said.
= Semiconductor Industry Association | $57 billion
= Tech Trade Weekly | $57bn""",
    """@publisher Eastern Herald
# Hospital has 40% of beds free
"Only 40% of our beds are available," said hospital director Maria Gomez.
= Maria Gomez | 40%
= Eastern Herald | 40%""",
    """@publisher Nairobi Today
# Maize prices fall
* A 90kg bag now sells at Sh3,200, down from Sh4,000
Maize prices have fallen in Eldoret, farmers say.
= Nairobi Today | Sh3,200
= Nairobi Today | Sh4,000
= Nairobi Today | 90kg""",
    """@publisher Mumbai Mirror Times
# Rain lashes Mumbai
The city recorded 210mm of rain in a single day, the IMD said.
! Commuters wade through water at Andheri after 210mm of rain. (Express photo by Amit Chakravarty)
= IMD | 210mm
= Mumbai Mirror Times | 210mm""",
    """@publisher Al Khaleej Times
# Sharjah fire
! Civil Defence teams at the scene in Al Nahda, where 30 families were evacuated. Photo: Supplied
Civil Defence evacuated 30 families after a fire broke out in a residential tower in Al Nahda, Sharjah Police said.
= Sharjah Police | 30
= Al Khaleej Times | 30""",
    """@publisher Daily Nation Online
# Nairobi traffic
! Motorists stuck on Mombasa Road, where traffic stretched for 5km on Monday. PHOTO | FILE | NATION MEDIA GROUP
Traffic stretched for 5km on Mombasa Road on Monday after a lorry overturned, police said.
= police | 5km
= Daily Nation Online | 5km""",
    """@publisher The Times of Malta
# Hospital admissions
! Mater Dei Hospital treated 95 patients on Sunday. Photo: Jonathan Borg
The hospital treated 95 patients with flu-like symptoms on Sunday, the health ministry said.
= health ministry | 95
= The Times of Malta | 95""",
    """@publisher The Hong Kong Post
# Typhoon signal
! Residents shelter at a community centre. The Home Affairs Department opened 28 temporary shelters. Photo: Sun Yeung
The Observatory raised the No 8 signal on Monday as winds reached 120km/h.
= The Hong Kong Post | 28
= The Hong Kong Post | 120km/h""",
    """@publisher Daily Record Scotland
# Glasgow raids
! Officers arrested 14 people during the operation. Picture: Police Scotland
Officers carried out raids across Glasgow on Friday.
= Daily Record Scotland | 14""",
    """@publisher Daily Record Scotland
# Glasgow knife crime
! Police said 14 people were arrested during the operation
Officers carried out raids across Glasgow on Friday.
= police | 14""",
    """@publisher Evening Gazette
# Crash on M6
! Emergency crews at the scene on the M6 where three people were hurt, police said
Three people were hurt in a crash on the M6, police said.
= police | Three""",
    """@publisher The Independent Kampala
# Floods in Kasese
* Police say 12 people died
* 300 families displaced, according to the Red Cross
Floods swept through Kasese district on Sunday. Police said 12 people died.
The Uganda Red Cross said 300 families had been displaced.
= police | 12
= Uganda Red Cross | 300""",
    """@publisher Herald Live
# LIVE: 3,000 evacuated as fire spreads
Some 3,000 residents have been evacuated, the fire service said.
= fire service | 3,000
= Herald Live | 3,000""",
    """@publisher The Daily Telegraph Sydney
# EXCLUSIVE: Hospital wait hits 9 hours
Patients waited up to 9 hours in the emergency department at Westmead, documents show.
= The Daily Telegraph Sydney | 9 hours""",
    """@publisher Daily Monitor Uganda
# Kampala: 12 arrested over protests
Police arrested 12 people in Kampala on Monday.
= Daily Monitor Uganda | 12""",
    # (a one-word credit the body never has say anything stays the outlet's own claim)
    """@publisher Coast Weekly
# Heavy rain floods homes \u2013 Mombasa
Mombasa recorded 120mm of rain on Sunday.
= Coast Weekly | 120mm""",
    # (an opening acronym the article does not spell out, before a clause, is a topic)
    """@publisher Coast Weekly
# KPC: Pipeline repairs to take 3 weeks
Repairs to the pipeline will take three weeks, engineers said.
= Coast Weekly | 3 weeks
= engineers | three weeks""",
    # (a press release's rubric is no document credit)
    """@publisher Okavu Police Command
# PRESS RELEASE: POLICE ARREST 14 SUSPECTS
The Command arrested 14 suspects in raids across the state.
= Okavu Police Command | 14""",
    # (a clause before a document word is no credit: "...: what the numbers say")
    """@publisher Sports Desk Weekly
# Rovers' \u00a3180m stadium gamble: what the numbers say
Rovers will ask fans to back a \u00a3180m move, the club confirmed.
= Sports Desk Weekly | \u00a3180m
= club | \u00a3180m""",
    # (a noun after the headline's first word is no verb of showing: "Ridership forecasts")
    """@publisher Transit Times
# Line opens Saturday
* Ridership forecasts have fallen to 16,000 weekday boardings.
The line opens on Saturday, the transit agency said.
= Transit Times | 16,000""",
]


@pytest.mark.parametrize("src", OUTLET_OWN)
def test_the_outlets_own_figures_and_what_the_rules_leave_alone(src, tmp_path):
    check(src, tmp_path)


# --- a summary point's trailing credit, and a headline's description over a one-word name
# (failed before)

SUMMARY_AND_DESCRIPTION_FIXED = [
    """@publisher The Herald Zimbabwe
# Maize harvest
* Output to reach 2 million tonnes - Masuka
The country's maize output will reach 2 million tonnes this season, Agriculture Minister Anxious Masuka said.
= Anxious Masuka | 2 million tonnes""",
    """@publisher British Daily Post
# Water bills to rise by \u00a386, regulator says
Average water bills will rise by \u00a386 a year, Ofwat said.
= Ofwat | \u00a386""",
]


@pytest.mark.parametrize("src", SUMMARY_AND_DESCRIPTION_FIXED)
def test_summary_credits_and_headline_descriptions(src, tmp_path):
    check(src, tmp_path)


SUMMARY_AND_DESCRIPTION_LEFT_ALONE = [
    """@publisher The Herald Zimbabwe
# Maize harvest
* Agriculture minister: output to reach 2 million tonnes
* Output to reach 2 million tonnes, says minister
The country's maize output will reach 2 million tonnes this season, Agriculture Minister Anxious Masuka said.
= Anxious Masuka | 2 million tonnes""",
    # (a place after the dash, which the body never has say anything, stays the outlet's)
    """@publisher Lake Region Daily
# Floods
* Rain floods 300 homes - Kisumu
Kisumu recorded 300 flooded homes on Sunday.
= Lake Region Daily | 300""",
    # (a headline's unnamed voice is not a person the body names in full)
    """@publisher Border Times
# Police say 19 killed in ambush
Interior Minister Ana Lopez said 19 soldiers were killed in the ambush.
= police | 19
= Ana Lopez | 19""",
    """@publisher British Daily Post
# Water bills to rise by \u00a386 as Ofwat approves hikes
Average water bills will rise by \u00a386 a year, Ofwat said.
= Ofwat | \u00a386
= British Daily Post | \u00a386""",
    """@publisher British Daily Post
# Ofwat says water bills to rise by \u00a386
Average water bills will rise by \u00a386 a year, Ofwat said.
= Ofwat | \u00a386""",
    """@publisher Times of India Desk
# 200 flights delayed at Delhi airport due to fog
NEW DELHI: Around 200 flights were delayed at Delhi airport on Monday due to dense fog, officials said.
= officials | 200
= Times of India Desk | 200""",
    """@publisher Times of India Desk
# Bengaluru water crisis
BENGALURU: The city faces a shortfall of 500 million litres a day, the water board said on Monday.
(With inputs from agencies)
= water board | 500 million litres""",
    """@publisher The Guardian Lagos
# Lagos floods
By Tolu Ade and Emeka Obi, Reuters
Floods in Lagos have displaced 5,000 people, the state emergency agency said.
Some 200 homes were destroyed.
= state emergency agency | 5,000
= Reuters | 200""",
]


@pytest.mark.parametrize("src", SUMMARY_AND_DESCRIPTION_LEFT_ALONE)
def test_summary_and_headline_voices_left_alone(src, tmp_path):
    check(src, tmp_path)


# --- a headline's trailing role ("... \u2013 governor") and a closing line naming the wire as
# the story's author (failed before)

ROLES_AND_AUTHORS_FIXED = [
    """@publisher Kyiv Desk
# 9 killed in strike on Odesa \u2013 governor
Nine people were killed in a Russian missile strike on Odesa, regional governor Oleh Kiper said.
= Oleh Kiper | Nine""",
    """@publisher Sahel Daily Desk
# Attack in Mali
Gunmen killed 21 civilians in central Mali, officials said Sunday.
The village has about 3,000 residents.
This story was reported by The Associated Press.
= officials | 21
= Associated Press | 3,000""",
]


@pytest.mark.parametrize("src", ROLES_AND_AUTHORS_FIXED)
def test_a_trailing_role_and_a_closing_author_line(src, tmp_path):
    check(src, tmp_path)


ROLES_AND_AUTHORS_LEFT_ALONE = [
    """@publisher Kyiv Desk
# Governor: 9 killed in strike on Odesa
Nine people were killed in a Russian missile strike on Odesa, regional governor Oleh Kiper said.
= Oleh Kiper | Nine""",
    # (a wire writer who contributed does not make the story the wire's)
    """@publisher Sahel Daily Desk
# Attack in Mali
Gunmen killed 21 civilians in central Mali, officials said Sunday.
The village has about 3,000 residents.
Associated Press writer Baba Ahmed contributed.
= officials | 21
= Sahel Daily Desk | 3,000""",
    """@publisher Health Desk Africa
# 3 million die from air pollution \u2013 WHO
Air pollution causes 3 million deaths a year, the World Health Organization (WHO) said.
= World Health Organization | 3 million""",
    """@publisher Kenya Star Desk
# Floods
Floods have displaced 2,000 families in Budalang'i, the Kenya Red Cross said.
About 40 schools were closed.
! Floodwaters in Budalang'i. Image: AFP/Getty Images
= Kenya Red Cross | 2,000
= Kenya Star Desk | 40""",
    """@publisher The Citizen Tanzania
# Tanzania earns $3.4bn from tourism
Dar es Salaam. Tanzania earned $3.4 billion from tourism in 2024, the Bank of Tanzania said.
= Bank of Tanzania | $3.4 billion
= The Citizen Tanzania | $3.4bn""",
    """@publisher The Sun Desk
# Council faces '\u00a31bn black hole'
The council faces a \u00a31 billion funding gap, its finance chief Mark Hill warned.
= Mark Hill | \u00a31bn""",
    """@publisher The Sun Desk
# Council faces \u00a31bn black hole
The council faces a \u00a31 billion funding gap, its finance chief Mark Hill warned.
= Mark Hill | \u00a31 billion
= The Sun Desk | \u00a31bn""",
]


@pytest.mark.parametrize("src", ROLES_AND_AUTHORS_LEFT_ALONE)
def test_roles_and_wire_lines_left_alone(src, tmp_path):
    check(src, tmp_path)
