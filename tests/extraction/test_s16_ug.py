"""Session 16, round ug: documents, data, surveys and reviews credited to the body that issued
them -- a body's figures, records, filing, survey or review named as the source of figures,
in many outlets' house styles (own sentences), and the near misses that must stay as they are
(a person's own comment on figures, bullets after a full stop, data with no owner named).

Each case is a short invented article in the test articles' format (tests/extraction/articles/
README.md): `@publisher`, `# headline`, body paragraphs, and `= speaker | figure` for every pair
the article states. The extractor must give exactly those pairs.
"""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from tests.extraction.test_s15_tk import check, extracted


def by_figure(src: str, tmp_path: Path) -> dict:
    return {c.figure_text: c for c in extracted(src, tmp_path)[1]}


# --- a document's aside between it and its verb: "The agency's annual figures, which also
# include Norway and Switzerland, show ...", "The figures, published on Monday, show ..."

DOCUMENT_ASIDES = [
    """@publisher Euronews
# Asylum claims drop across Europe
Asylum applications fell last year, the European Union Agency for Asylum said on Wednesday.
The agency's annual figures, which also include Norway and Switzerland, show Germany received some 175,000 applications, followed by Spain with 162,000.
= European Union Agency for Asylum | 175,000
= European Union Agency for Asylum | 162,000""",
    """@publisher The Straits Times
# Resale flat prices ease
Resale flat prices dipped in the third quarter, the Housing and Development Board said on Friday.
The board's flash figures, which cover all completed transactions, show 6,842 flats changed hands, down from 7,120 in the previous quarter.
= Housing and Development Board | 6,842
= Housing and Development Board | 7,120""",
    """@publisher Gulf News
# Dubai tourism rebounds
Dubai welcomed more visitors in the first half, the Department of Economy and Tourism said.
The department's data, which include cruise passengers and transit visitors who leave the airport, show arrivals of 9.3 million, up 8 per cent.
= Department of Economy and Tourism | 9.3 million
= Department of Economy and Tourism | 8 per cent""",
    """@publisher Nation (Kenya)
# Maize output falls
Maize output fell sharply this year, the Kenya National Bureau of Statistics said on Thursday.
The bureau's survey, which covers all 47 counties, shows production of 38 million bags.
= Kenya National Bureau of Statistics | 47
= Kenya National Bureau of Statistics | 38 million""",
    """@publisher The Guardian
# Child poverty rises
The Department for Work and Pensions published its annual poverty statistics on Thursday.
The department's figures, which are based on household income after housing costs, show 4.5 million children were living in poverty.
= Department for Work and Pensions | 4.5 million""",
    """@publisher Buenos Aires Times
# Poverty falls in Argentina
Poverty fell in the first half, according to a survey by the Observatorio Social del Plata.
The survey, which covers 31 urban areas and around 5,800 households, found that extreme poverty fell to 8 percent.
= Observatorio Social del Plata | 31
= Observatorio Social del Plata | 5,800
= Observatorio Social del Plata | 8 percent""",
    """@publisher Bloomberg
# Japan exports slow
Japan's exports slowed in May, the Ministry of Finance said on Wednesday.
The ministry's figures, which were released before the market opened, show shipments to the US fell 11 percent.
= Ministry of Finance | 11 percent""",
    """@publisher The Hindu
# Tiger census
The tiger population has grown, the National Tiger Conservation Authority said.
The authority's census, which used 32,000 camera traps, shows 3,682 tigers in the wild.
= National Tiger Conservation Authority | 32,000
= National Tiger Conservation Authority | 3,682""",
    """@publisher Arab News
# Saudi non-oil exports climb
Non-oil exports rose in the second quarter, the General Authority for Statistics said on Sunday.
The authority's data, published on its website, show non-oil exports of SR77 billion.
= General Authority for Statistics | SR77 billion""",
    """@publisher The Times
# Knife crime figures
Knife crime rose in the year to March, the Office for National Statistics said.
The ONS figures, which exclude Greater Manchester Police, show 50,510 offences involving a knife.
= Office for National Statistics | 50,510""",
]


@pytest.mark.parametrize("src", DOCUMENT_ASIDES)
def test_a_documents_aside_before_its_verb(src, tmp_path):
    check(src, tmp_path)


# --- what a study covered, in a relative clause before its verb of finding, is its issuer's
# sample ("The charity, which polled 3,000 parents, found that 43% ...")

STUDY_COVERAGE = [
    """@publisher Daily Mirror
# Parents skip meals
The charity Kinder Tables Trust, which polled 3,000 parents across the UK, found that 43% had skipped meals to feed their children.
= Kinder Tables Trust | 3,000
= Kinder Tables Trust | 43%""",
    """@publisher Belfast Telegraph
# Fuel cheaper across the border
The Ulster Drivers' Alliance, which checked prices at 120 filling stations, found unleaded was 9p a litre cheaper in the Republic.
= Ulster Drivers' Alliance | 120
= Ulster Drivers' Alliance | 9p""",
    """@publisher The Irish Times
# Rents rise again
The Residential Tenancies Board, which examined 14,200 new tenancies, found rents rose by 6.8 per cent.
= Residential Tenancies Board | 14,200
= Residential Tenancies Board | 6.8 per cent""",
    """@publisher South China Morning Post
# Hong Kong flats shrink
The Liber Research Community, which tracked 1,100 subdivided units, found the median flat measured 113 sq ft.
= Liber Research Community | 1,100
= Liber Research Community | 113 sq ft""",
    """@publisher Daily Maverick
# Load shedding costs
The Bureau for Economic Research, which surveyed 1,000 firms, found that 71% had cut output during outages.
= Bureau for Economic Research | 1,000
= Bureau for Economic Research | 71%""",
    """@publisher Mint
# Gig workers' pay
Fairwork India, which interviewed 1,450 delivery riders, found average earnings of Rs 19,000 a month.
= Fairwork India | 1,450
= Fairwork India | Rs 19,000""",
    """@publisher Science
# Coral bleaching
The survey, which covered 2,300 reefs across 83 countries, showed that 84 per cent had bleached.
= Science | 2,300
= Science | 83
= Science | 84 per cent""",
    """@publisher The National
# UAE residents save less
The Emirates Savings Council, which polled 2,000 residents, found that 38 per cent had no emergency fund.
= Emirates Savings Council | 2,000
= Emirates Savings Council | 38 per cent""",
]


@pytest.mark.parametrize("src", STUDY_COVERAGE)
def test_a_studys_coverage_before_its_finding_is_its_issuers(src, tmp_path):
    check(src, tmp_path)


# A body's description that is no coverage keeps its own old reading: "The Guild, which
# represents about 3,200 pilots, said" (the body's self-description, already its own).
SELF_DESCRIPTIONS_PINNED = [
    """@publisher Reuters
# Pilots to strike
The Pilots Guild, which represents about 3,200 pilots, said its members would walk out for 48 hours.
= Pilots Guild | 3,200
= Pilots Guild | 48 hours""",
    """@publisher The Age
# Nurses vote
The Nurses Federation, which has 76,000 members, said 94 per cent had voted for industrial action.
= Nurses Federation | 76,000
= Nurses Federation | 94 per cent""",
]


@pytest.mark.parametrize("src", SELF_DESCRIPTIONS_PINNED)
def test_a_bodys_self_description_stays_its_own(src, tmp_path):
    check(src, tmp_path)


# --- a month or a season naming a document after its owner ("Carlisle's June survey")

MONTH_DOCUMENTS = [
    """@publisher Newsweek
# Benavides holds lead
The result is a shift from Carlisle Research's June survey, which showed Benavides leading 46 percent to 44 percent.
= Carlisle Research | 46 percent
= Carlisle Research | 44 percent""",
    """@publisher The Hill
# Senate race tightens
Piedmont Civic Poll's March survey showed Whitford ahead by 2 points.
= Piedmont Civic Poll | 2 points""",
    """@publisher Financial Times
# Hiring plans cool
The Chartered Institute's spring survey showed 12 per cent of employers planning to cut staff.
= Chartered Institute | 12 per cent""",
    """@publisher Nikkei Asia
# Business sentiment
The Bank of Japan's December survey showed sentiment among large manufacturers at plus 14.
= Bank of Japan | 14""",
    """@publisher The Globe and Mail
# Canadians pessimistic
Nanos Research's October poll found 61 per cent of Canadians expect a recession.
= Nanos Research | 61 per cent""",
]


@pytest.mark.parametrize("src", MONTH_DOCUMENTS)
def test_a_month_or_season_names_the_owners_document(src, tmp_path):
    check(src, tmp_path)


# --- a list after a colon lead-in: "The online survey of 2,014 adults by X found:" over
# bullet points or dashes, each item the lead-in's source's unless it credits its own

COLON_LISTS = [
    """@publisher Axios
# Grocery bills drive gloom
By the numbers: The online survey of 2,014 adults by Meridian Civic Research found:
\u2022 38% rate the economy as good.
\u2022 57% named groceries as their biggest stressor; 22% picked rent.
\u2022 One in four skipped a doctor's appointment to save money.
= Meridian Civic Research | 2,014
= Meridian Civic Research | 38%
= Meridian Civic Research | 57%
= Meridian Civic Research | 22%
= Meridian Civic Research | One in four""",
    """@publisher Axios
# Renters squeezed
Driving the news: A survey of 1,500 renters by Harbor Housing Lab showed:
\u2022 41% spend more than half their income on rent.
\u2022 18% have moved in the past year because of cost.
The big picture: Rents rose 6% nationally last year.
= Harbor Housing Lab | 1,500
= Harbor Housing Lab | 41%
= Harbor Housing Lab | 18%
= Axios | 6%""",
    """@publisher Reuters
# Factory survey
The monthly survey of 400 manufacturers by the Kestrel Institute found that:
- 62% expect orders to rise;
- 14% plan to cut staff.
= Kestrel Institute | 400
= Kestrel Institute | 62%
= Kestrel Institute | 14%""",
    """@publisher The Hindu
# Learning gaps
The ASER Centre's annual report found:
\u2022 Only 43% of Class 5 pupils could read a Class 2 text.
\u2022 25% could do simple division.
= ASER Centre | 43%
= ASER Centre | 25%""",
    """@publisher Nation (Kenya)
# Floods toll
The Kenya Red Cross said in an update:
- 38 people have died since March;
- 12,400 households have been displaced.
= Kenya Red Cross | 38
= Kenya Red Cross | 12,400""",
    """@publisher Gulf News
# Housing survey
The Dubai Land Department's quarterly report showed the following:
\u2022 Sales rose 21 per cent to Dh142 billion.
\u2022 Off-plan deals made up 61 per cent of transactions.
= Dubai Land Department | 21 per cent
= Dubai Land Department | Dh142 billion
= Dubai Land Department | 61 per cent""",
    """@publisher Axios
# Voters sour on tariffs
What they found: The Lakeshore Research poll of 1,012 voters found:
\u2022 54% oppose new tariffs.
\u2022 31% say tariffs have raised their costs, according to a separate Gallup survey.
= Lakeshore Research | 1,012
= Lakeshore Research | 54%
= Gallup | 31%""",
]


@pytest.mark.parametrize("src", COLON_LISTS)
def test_a_colon_lead_in_reaches_the_list_after_it(src, tmp_path):
    check(src, tmp_path)


# Bullets after a full stop, a list the writer opens, or a colon with no source: the items stay
# the writer's (or their own source's).
COLON_LISTS_LEFT_ALONE = [
    """@publisher Axios
# Texas premiums
By the numbers: The average premium in Texas hit $4,180, the report by HomeCover Watch found.
\u2022 Premiums in Dallas rose 26%.
\u2022 Roughly 40,000 policies were not renewed.
= HomeCover Watch | $4,180
= Axios | 26%
= Axios | 40,000""",
    """@publisher Axios
# Data centres
Zoom in: Here is what is planned:
\u2022 Some 14 campuses are planned near Columbus.
\u2022 Utilities plan to spend $62 billion on new lines.
= Axios | 14
= Axios | $62 billion""",
    """@publisher The Independent
# Heatwave advice
Symptoms of heat exhaustion include:
- a temperature above 38C;
- a pulse above 100 beats a minute.
= The Independent | 38C
= The Independent | 100""",
    """@publisher Axios
# Poll on transit
The Metro Riders Union poll of 800 riders found:
\u2022 61% ride daily.
Meanwhile, the city added 40 buses this year.
= Metro Riders Union | 800
= Metro Riders Union | 61%
= Axios | 40""",
]


@pytest.mark.parametrize("src", COLON_LISTS_LEFT_ALONE)
def test_a_list_without_a_sourced_lead_in_stays_the_writers(src, tmp_path):
    check(src, tmp_path)


# --- results and tallies posted or published by a body, then a verb of showing

TALLIES_BY = [
    """@publisher Associated Press
# Recount ordered
The race went to an automatic recount after final tallies posted Wednesday by the Secretary of State's Office showed Lasko ahead by 39 votes.
= Secretary of State's Office | 39""",
    """@publisher Arizona Republic
# School levy fails
Unofficial tallies released Tuesday night by the Pima County Elections Department showed the levy failing by 412 votes.
= Pima County Elections Department | 412""",
    """@publisher Punch
# Governorship results
Collated results published on Sunday by the Independent National Electoral Commission showed the governor winning 15 of 18 local government areas.
= Independent National Electoral Commission | 15
= Independent National Electoral Commission | 18""",
    """@publisher Philippine Daily Inquirer
# Canvass
Partial tallies issued by the Commission on Elections showed turnout of 81 percent.
= Commission on Elections | 81 percent""",
]


@pytest.mark.parametrize("src", TALLIES_BY)
def test_tallies_posted_by_a_body(src, tmp_path):
    check(src, tmp_path)


# --- a study by its owner opening the sentence, a longer description before its verb

STUDIES_BY_OPENING = [
    """@publisher Associated Press
# Recounts rarely change outcomes
A review by the nonprofit Ballot Integrity Forum of 41 statewide recounts held between 2000 and 2024 found that they shifted the margin by an average of 430 votes.
= Ballot Integrity Forum | 41
= Ballot Integrity Forum | 430""",
    """@publisher ProPublica
# Forfeiture in Texas
A 2022 report by the Liberty Ledger Foundation, a libertarian-leaning research group, placed Texas among the 10 states with the weakest protections.
= Liberty Ledger Foundation | 10""",
    """@publisher The Guardian
# Water firms
An analysis by the Rivers Trust of sewage spills recorded across England last year found 3,600 overflows discharged more than 60 times.
= Rivers Trust | 3,600
= Rivers Trust | 60 times""",
    """@publisher Dawn
# Textile exports
A study by the Pakistan Institute of Development Economics of mills operating in Faisalabad found 120 had closed.
= Pakistan Institute of Development Economics | 120""",
    """@publisher The East African
# Tea prices
A survey by the Tea Board of Kenya of factories supplied by smallholders found that 44 of them had cut payments.
= Tea Board of Kenya | 44""",
    """@publisher New Scientist
# Insect decline
A 2023 study by the Senckenberg Institute, a German research body, estimated that flying insect biomass had fallen by 76 per cent.
= Senckenberg Institute | 76 per cent""",
    """@publisher Mercopress
# Falklands fisheries
A survey by the Fisheries Department of squid stocks around the islands found biomass of 210,000 tonnes.
= Fisheries Department | 210,000 tonnes""",
]


@pytest.mark.parametrize("src", STUDIES_BY_OPENING)
def test_a_study_by_its_owner_opening_the_sentence(src, tmp_path):
    check(src, tmp_path)


# A study by one body that another body spoke of: the speaker keeps it; a report whose
# subject is another clause credits nothing ("A report by X was released, and police said").
STUDIES_BY_LEFT_ALONE = [
    """@publisher Reuters
# Report released
A report by the Liberty Ledger Foundation was released on Monday, and police said 10 people were held.
= police | 10""",
    """@publisher The Guardian
# Minister cites review
The minister said a review by the Rivers Trust had found 3,600 overflows.
= minister | 3,600""",
]


@pytest.mark.parametrize("src", STUDIES_BY_LEFT_ALONE)
def test_a_study_told_by_someone_else_stays_theirs(src, tmp_path):
    check(src, tmp_path)


# --- figures from a body with a long name

FIGURES_FROM = [
    """@publisher Sky News
# A&E waits
Figures from University Hospitals of North Midlands NHS Trust show that 212 patients waited more than 12 hours.
= University Hospitals of North Midlands NHS Trust | 212
= University Hospitals of North Midlands NHS Trust | 12 hours""",
    """@publisher The Scotsman
# Ferry cancellations
Figures from the Convention of Scottish Local Authorities Transport Working Group show 1,400 sailings were cancelled.
= Convention of Scottish Local Authorities Transport Working Group | 1,400""",
    """@publisher Daily Nation
# Road deaths
Figures from the National Transport and Safety Authority show 4,690 people died on the roads.
= National Transport and Safety Authority | 4,690""",
    """@publisher Rappler
# Dengue cases
Data from the Department of Health show 118,000 dengue cases so far this year.
= Department of Health | 118,000""",
]


@pytest.mark.parametrize("src", FIGURES_FROM)
def test_figures_from_a_body(src, tmp_path):
    check(src, tmp_path)


# --- "its data showed" after a subject that is no body: the data of the source before

ITS_DATA = [
    """@publisher Politico Europe
# Gas storage
Storage across the EU stood at 83.4 percent on Monday, according to the European Gas Storage Observatory, an industry tracker. German sites, the bloc's largest, were just 76 percent full, its data showed.
= European Gas Storage Observatory | 83.4 percent
= European Gas Storage Observatory | 76 percent""",
    """@publisher Reuters
# Reservoirs low
Reservoirs in Catalonia were at 16 percent of capacity, according to the Catalan Water Agency. Smaller dams in the north were almost empty at 9 percent, its figures showed.
= Catalan Water Agency | 16 percent
= Catalan Water Agency | 9 percent""",
]


@pytest.mark.parametrize("src", ITS_DATA)
def test_its_data_after_a_subject_that_is_no_body(src, tmp_path):
    check(src, tmp_path)


# A body opening the sentence keeps its own records ("The department has issued 1,134
# permits, its records show").
ITS_DATA_PINNED = [
    """@publisher Star Tribune
# Permits
The Minneapolis Department of Regulatory Services has issued 1,134 permits this year, its records show.
= Minneapolis Department of Regulatory Services | 1,134""",
    """@publisher Reuters
# Army losses
The Ukrainian army has lost 40 tanks in the offensive, its figures show.
= Ukrainian army | 40""",
]


@pytest.mark.parametrize("src", ITS_DATA_PINNED)
def test_a_body_keeps_its_own_records(src, tmp_path):
    check(src, tmp_path)


# --- unowned "official figures showed", the publisher named in the next sentences

UNOWNED_DATA_NAMED_NEXT = [
    """@publisher Reuters
# UK inflation eases
British consumer price inflation slowed to 2.6% in March from 2.8% in February, official figures showed on Wednesday.
Economists had expected a smaller fall.
The Office for National Statistics said petrol prices fell sharply.
= Office for National Statistics | 2.6%
= Office for National Statistics | 2.8%""",
    """@publisher Caixin
# Retail sales slow
Fixed-asset investment contracted for the first time in almost five years, official data showed Friday.
Retail sales rose 3.1%, the National Bureau of Statistics said.
= National Bureau of Statistics | five years
= National Bureau of Statistics | 3.1%""",
    """@publisher The Economic Times
# Factory output
India's industrial output grew 4.2% in June, provisional data showed on Monday.
Manufacturing grew 3.9%, the Ministry of Statistics said.
= Ministry of Statistics | 4.2%
= Ministry of Statistics | 3.9%""",
    """@publisher Anadolu Agency
# Turkish inflation
Annual inflation in Turkey eased to 33.5 percent in July, the latest figures showed.
The Turkish Statistical Institute said food prices rose 2.1 percent on the month.
= Turkish Statistical Institute | 33.5 percent
= Turkish Statistical Institute | 2.1 percent""",
]


@pytest.mark.parametrize("src", UNOWNED_DATA_NAMED_NEXT)
def test_unowned_data_are_the_body_named_next(src, tmp_path):
    check(src, tmp_path)


# Unowned data with no body crediting the next sentences, or only a person or an outlet: the
# writer's; data whose owner the story named before stay that owner's.
UNOWNED_DATA_LEFT_ALONE = [
    """@publisher Reuters
# Inflation eases
Inflation slowed to 2.6% in March, official figures showed.
"That is welcome," said Nadia Okoro, an economist at Harbour Bank.
= Reuters | 2.6%""",
    """@publisher The Guardian
# House prices
House prices rose 3.1% last year, official figures showed.
Rents rose faster still.
= The Guardian | 3.1%""",
    """@publisher Reuters
# Exports fall
Exports fell 11.4 per cent, according to Eurostat, the bloc's statistics agency. Imports rose 3.2 per cent, the figures published on Wednesday showed.
= Eurostat | 11.4 per cent
= Eurostat | 3.2 per cent""",
]


@pytest.mark.parametrize("src", UNOWNED_DATA_LEFT_ALONE)
def test_unowned_data_with_no_body_after_stay_as_they_were(src, tmp_path):
    check(src, tmp_path)


# --- a poll, a survey or a body's records are not the person who last commented on them

NOT_THE_COMMENTER = [
    """@publisher Bloomberg
# ECB seen on hold
The ECB will keep rates on hold next week, according to economists surveyed by Bloomberg.
"The bar for another cut is high," said Pieter Jansen, chief economist at Van Loon Bank.
Economists see inflation averaging 2.1% this year, the survey showed.
= Bloomberg | 2.1%""",
    """@publisher The Washington Post
# FDA inspections fall
The Food and Drug Administration conducted 412 inspections abroad last year, according to internal agency records obtained by The Washington Post.
FDA spokesperson Jeremy Koh said the agency has leaned on remote reviews of plant records, conducting more than 600 of them.
The agency tested about 2,100 samples last year, the records show.
= Food and Drug Administration | 412
= Jeremy Koh | 600
= Food and Drug Administration | 2,100""",
    """@publisher Reuters
# Hiring survey
Companies plan to hire more staff this quarter, according to a survey by the Manpower Group.
"It is a cautious optimism," said Alan Greer, a labour economist at Kingsbridge University.
Some 28% of employers plan to add workers, the survey found.
= Manpower Group | 28%""",
    """@publisher Business Standard
# Poll on rates
Most economists expect the RBI to hold rates, a poll of 20 economists by Business Standard showed.
"Inflation is the constraint," said Radhika Rao, an economist at DBS Bank.
Of the economists, 14 expect no change, the poll found.
= Business Standard | 20
= Business Standard | 14""",
]


@pytest.mark.parametrize("src", NOT_THE_COMMENTER)
def test_a_bodys_poll_or_records_are_not_the_last_commenter(src, tmp_path):
    check(src, tmp_path)


# A person who presents or cites figures is their speaker ("X said the figures showed ...",
# "X, citing the agency's figures, said ..."): a person's own comment stays the person's.
PERSONS_OWN_COMMENT = [
    """@publisher BBC News
# Waiting lists
Health Secretary Anna Reyes said the latest figures showed waiting lists had fallen by 200,000.
= Anna Reyes | 200,000""",
    """@publisher The Citizen
# Unemployment
Labour Minister Thulani Mkhize, citing the agency's own figures, said 1.2 million young people were out of work.
= Thulani Mkhize | 1.2 million""",
    """@publisher Arab News
# Tourism
Tourism Minister Faisal Al-Otaibi said the ministry's data showed 27 million visitors last year.
= Faisal Al-Otaibi | 27 million""",
    """@publisher Reuters
# Survey comment
"The survey shows 43% of firms are struggling," said Marta Ruiz, head of research at the chamber.
= Marta Ruiz | 43%""",
    """@publisher Khaleej Times
# Traffic deaths
Brigadier Saif Al Mazrouei told reporters that police records showed 112 deaths on the roads.
= Saif Al Mazrouei | 112""",
    """@publisher The Straits Times
# Dengue
Dr Lim Wei Ling, a senior consultant, said the data showed cases had risen to 9,400.
= Lim Wei Ling | 9,400""",
]


@pytest.mark.parametrize("src", PERSONS_OWN_COMMENT)
def test_a_persons_own_comment_on_figures_stays_the_persons(src, tmp_path):
    check(src, tmp_path)


# --- a dashboard read on in its paragraph

DASHBOARDS = [
    """@publisher ANSA
# Migrant arrivals
Some 400 migrants reached Lampedusa overnight, the coast guard said.
According to the interior ministry's daily dashboard, 48,960 migrants have reached Italy by sea this year. The dashboard also counts 6,300 unaccompanied minors.
= coast guard | 400
= interior ministry | 48,960
= interior ministry | 6,300""",
    """@publisher The Hindu
# Air quality
According to the Central Pollution Control Board's dashboard, the air quality index in Delhi stood at 412 on Sunday. The dashboard recorded 38 stations in the severe category.
= Central Pollution Control Board | 412
= Central Pollution Control Board | 38""",
]


@pytest.mark.parametrize("src", DASHBOARDS)
def test_a_dashboard_read_on_in_its_paragraph(src, tmp_path):
    check(src, tmp_path)


# --- values and qualifiers are those of the figure, whoever is credited

def test_a_list_items_values_and_qualifiers(tmp_path):
    got = by_figure("""@publisher Axios
# Survey
By the numbers: The online survey of 2,014 adults by Meridian Civic Research found:
\u2022 Nearly 38% rate the economy as good.
\u2022 More than 57% named groceries.
= Meridian Civic Research | 2,014
= Meridian Civic Research | Nearly 38%
= Meridian Civic Research | More than 57%""", tmp_path)
    assert got["Nearly 38%"].speaker == "Meridian Civic Research"
    assert (got["Nearly 38%"].value, got["Nearly 38%"].qualifier) == (D(38), "about")
    assert (got["More than 57%"].value, got["More than 57%"].qualifier) == (D(57), "over")


def test_a_documents_aside_keeps_the_figures_values(tmp_path):
    got = by_figure(DOCUMENT_ASIDES[0], tmp_path)
    assert got["some 175,000"].speaker == "European Union Agency for Asylum"
    assert (got["some 175,000"].value, got["some 175,000"].qualifier) == (D(175000), "about")
    assert got["162,000"].value == D(162000)


def test_a_studys_sample_keeps_its_value(tmp_path):
    got = by_figure(STUDY_COVERAGE[0], tmp_path)
    assert got["3,000"].speaker == "Kinder Tables Trust"
    assert got["3,000"].value == D(3000)
    assert got["43%"].unit == "%"


# --- a body's own data named with its name before the data word ("Home Office figures",
# "Police Scotland data"), or released, compiled or published by it

OWNED_DATA = [
    """@publisher Sky News
# Channel crossings
Home Office figures published on Thursday showed 28,000 people crossed the Channel in small boats.
= Home Office | 28,000""",
    """@publisher The Herald
# Drug deaths
Police Scotland figures show 1,172 suspected drug deaths were recorded last year.
= Police Scotland | 1,172""",
    """@publisher Jamaica Observer
# Murders fall
Figures compiled by the Jamaica Constabulary Force show 612 murders were recorded up to October.
= Jamaica Constabulary Force | 612""",
    """@publisher Premium Times
# Inflation in Nigeria
Data released by the Central Bank of Nigeria on Monday showed headline inflation at 24.2 per cent.
= Central Bank of Nigeria | 24.2 per cent""",
    """@publisher CNBC
# Jobs report
Bureau of Labor Statistics data showed payrolls grew by 151,000 in February.
= Bureau of Labor Statistics | 151,000""",
    """@publisher Dawn
# Remittances
According to State Bank of Pakistan data, remittances rose 9 per cent to $3.1 billion in March.
= State Bank of Pakistan | 9 per cent
= State Bank of Pakistan | $3.1 billion""",
    """@publisher The National
# Abu Dhabi population
Statistics Centre Abu Dhabi figures show the emirate's population reached 4.1 million.
= Statistics Centre Abu Dhabi | 4.1 million""",
    """@publisher MercoPress
# Uruguay beef exports
Beef exports rose 14 percent in the first half, according to figures from the National Meat Institute.
= National Meat Institute | 14 percent""",
]


@pytest.mark.parametrize("src", OWNED_DATA)
def test_a_bodys_own_data(src, tmp_path):
    check(src, tmp_path)


# --- a company's filing, prospectus or accounts are the company's

COMPANY_FILINGS = [
    """@publisher The Grocer
# Chips maker's loss
Orwell Chips made a loss of \u00a341m last year, its accounts showed.
= Orwell Chips | \u00a341m""",
    """@publisher Reuters
# Retailer's results
Harbour Retail filed its annual report with the exchange on Friday. Revenue rose 9% to $2.1 billion, the report showed.
= Harbour Retail | 9%
= Harbour Retail | $2.1 billion""",
    """@publisher The Wall Street Journal
# Pay package
Zentro Foods' chief executive took home $4.2 million last year, the company's proxy filing showed.
= Zentro Foods | $4.2 million""",
    """@publisher Financial Times
# Miner's debt
Kestrel Mining said on Monday it would list in London. The miner's prospectus shows debt of $1.2 billion.
= Kestrel Mining | $1.2 billion""",
]


@pytest.mark.parametrize("src", COMPANY_FILINGS)
def test_a_companys_filing_is_the_companys(src, tmp_path):
    check(src, tmp_path)


# --- ", the survey showed." after another person was quoted: the survey's body

SURVEY_AFTER_A_PERSON = [
    """@publisher The Times
# Firms expect higher prices
A survey by the British Chambers of Commerce found that firms were gloomier.
"It is a worrying picture," said Jane Gratton, an adviser to small businesses.
Around 38% of firms expect to raise prices, the survey showed.
= British Chambers of Commerce | 38%""",
    """@publisher South China Morning Post
# Trust in government
Trust in the government has risen, according to a poll by the Hong Kong Public Opinion Research Institute.
"People feel the city is more stable," said Chung Kim-wah, a political scientist.
Some 46 per cent of respondents said they trusted the government, the poll found.
= Hong Kong Public Opinion Research Institute | 46 per cent""",
    """@publisher Daily Nation
# Kenyans worried about jobs
Most Kenyans say unemployment is the biggest problem, according to a survey by Afrobarometer.
"Young people are frustrated," said Mary Wanjiru, a youth organiser in Nakuru.
Some 62 per cent named jobs as their top concern, the survey showed.
= Afrobarometer | 62 per cent""",
    """@publisher Folha International
# Lula's approval
Approval of the government edged up, according to a poll by Datafolha.
"The economy is helping him," said Carlos Melo, a political scientist at Insper.
Approval stood at 35 percent, the poll showed.
= Datafolha | 35 percent""",
]


@pytest.mark.parametrize("src", SURVEY_AFTER_A_PERSON)
def test_a_survey_after_another_person_is_the_surveys_body(src, tmp_path):
    check(src, tmp_path)


# --- a surveying body's sample in its relative clause after the credit

WHICH_POLLED = [
    """@publisher The Guardian
# Renters behind
One in five renters has fallen behind on payments, according to the Resolution Foundation, which polled 8,000 adults.
= Resolution Foundation | One in five
= Resolution Foundation | 8,000""",
    """@publisher Belfast Telegraph
# Grocery prices
A basket of groceries costs 11% more than a year ago, said the Consumer Council, which checked prices at 60 supermarkets.
= Consumer Council | 11%
= Consumer Council | 60""",
]


@pytest.mark.parametrize("src", WHICH_POLLED)
def test_a_surveying_bodys_sample_after_its_credit(src, tmp_path):
    check(src, tmp_path)


# --- reviews, audits and assessments by a body

REVIEWS_BY = [
    """@publisher BBC News
# Maternity care
A review by the Care Quality Commission found 41 per cent of maternity units needed to improve.
= Care Quality Commission | 41 per cent""",
    """@publisher News24
# Municipal audits
An audit by the Auditor-General of 257 municipalities found only 34 had clean audits.
= Auditor-General | 257
= Auditor-General | 34""",
    """@publisher UN News
# Hunger in Sudan
A 2024 assessment by the World Food Programme estimated that 2.3 million people faced famine.
= World Food Programme | 2.3 million""",
    """@publisher The Irish Times
# Complaints upheld
An investigation by the Ombudsman into 300 complaints about nursing homes found 120 were upheld.
= Ombudsman | 300
= Ombudsman | 120""",
]


@pytest.mark.parametrize("src", REVIEWS_BY)
def test_a_review_by_a_body(src, tmp_path):
    check(src, tmp_path)


# --- more lead-ins with a colon

MORE_COLON_LISTS = [
    """@publisher Khaleej Times
# Ministry update
According to the Ministry of Health and Prevention:
\u2022 1,240 new cases were recorded;
\u2022 98 patients remain in hospital.
= Ministry of Health and Prevention | 1,240
= Ministry of Health and Prevention | 98""",
    """@publisher Philippine News Agency
# Typhoon damage
The National Disaster Risk Reduction and Management Council reported:
- 27 deaths;
- damage to crops of P1.2 billion.
= National Disaster Risk Reduction and Management Council | 27
= National Disaster Risk Reduction and Management Council | P1.2 billion""",
    """@publisher Bloomberg
# Fed projections
The Fed's quarterly projections showed the following:
\u2022 Officials see two more cuts this year.
\u2022 Growth of 1.6% in 2026.
= Fed | two
= Fed | 1.6%""",
    """@publisher The Star (Malaysia)
# Floods
The National Disaster Management Agency said in a statement:
- 14,300 people are in 112 relief centres;
- 9 roads remain closed.
The agency's director Aminah Rashid said 3 more centres would open.
= National Disaster Management Agency | 14,300
= National Disaster Management Agency | 112
= National Disaster Management Agency | 9
= Aminah Rashid | 3""",
]


@pytest.mark.parametrize("src", MORE_COLON_LISTS)
def test_more_colon_lead_ins(src, tmp_path):
    check(src, tmp_path)


# A paragraph between the colon and the bullets, or bullets that credit their own source.
MORE_COLON_LISTS_LEFT_ALONE = [
    """@publisher Axios
# Survey
The Meridian Civic Research survey of 1,000 adults found:
Most people are gloomy about prices.
\u2022 38% rate the economy as good.
= Meridian Civic Research | 1,000
= Axios | 38%""",
    """@publisher Axios
# Transit
Driving the news: The city's transit survey found:
\u2022 44% of riders feel unsafe at night, police data show.
= police | 44%""",
]


@pytest.mark.parametrize("src", MORE_COLON_LISTS_LEFT_ALONE)
def test_a_colon_lead_in_interrupted_or_overridden(src, tmp_path):
    check(src, tmp_path)


# --- documents whose owner stands before them or after "by", however the sentence goes on

MORE_OWNED_DOCUMENTS = [
    """@publisher Le Monde in English
# Air traffic strike
A Senate report published two years ago estimated that walkouts by controllers had cost airlines at least \u20ac1.5 billion.
= Senate | \u20ac1.5 billion""",
    """@publisher Euronews
# Bulgarian election
Projections by the Sofia-based Balkan Pulse Institute give the party 79 seats, well short of the 121 needed for a majority.
= Balkan Pulse Institute | 79
= Balkan Pulse Institute | 121""",
    """@publisher ABC News (Australia)
# Council kickbacks
The ICAC has held 11 public inquiries since 2019, and its most recent annual report found 42 per cent of complaints involved councils.
= ABC News (Australia) | 11
= ICAC | 42 per cent""",
    """@publisher The New York Times
# Medicaid
Later that day, the Centers for Medicare and Medicaid Services released its own figures, which showed that 310,000 people had regained coverage.
= Centers for Medicare and Medicaid Services | 310,000""",
    """@publisher The Japan Times
# Births fall
Estimates by the health ministry put the number of births last year at 686,000.
= health ministry | 686,000""",
    """@publisher Gulf Times
# Qatar visitors
Figures from the Planning and Statistics Authority, published on Sunday, show 4 million visitors arrived last year.
= Planning and Statistics Authority | 4 million""",
    """@publisher The Standard (Kenya)
# Tea earnings
Data from the Tea Board of Kenya, which regulates the sector, show earnings of Sh180 billion.
= Tea Board of Kenya | Sh180 billion""",
]


@pytest.mark.parametrize("src", MORE_OWNED_DOCUMENTS)
def test_more_documents_of_a_named_owner(src, tmp_path):
    check(src, tmp_path)


# --- near misses: figures that are no document's, and documents that stay their citer's

LEFT_ALONE = [
    """@publisher Reuters
# Port traffic
The port handled 1.2 million containers last year, up 4%.
= Reuters | 1.2 million
= Reuters | 4%""",
    """@publisher The Guardian
# Teachers' pay
The union, which represents 450,000 teachers, said the offer was unacceptable.
= union | 450,000""",
    """@publisher The Hindu
# Report tabled
The report, which runs to 400 pages, was tabled in the Assembly on Monday.
= The Hindu | 400""",
    """@publisher Bloomberg
# Analyst view
"Our data show demand is down 5%," said Lena Ortiz, an analyst who tracks the market.
= Lena Ortiz | 5%""",
    """@publisher Daily Mirror
# Mum's struggle
Kayleigh Dunmore, 34, from Leeds, said a bag of pasta cost 75p last year.
= Kayleigh Dunmore | 75p""",
    """@publisher Reuters
# Prices
Prices rose 3% in May, the statistics office said. Figures for June are due next week.
= statistics office | 3%""",
    """@publisher Al Jazeera
# Gaza aid
Some 120 trucks entered Gaza on Sunday, according to UN figures. A UN spokesperson, Farhan Haq, said another 40 were waiting at the crossing.
= UN | 120
= Farhan Haq | 40""",
    """@publisher The Independent
# Survey responses
The survey, which the charity says is the largest of its kind, found that 43% of parents had skipped meals, the Kinder Tables Trust said.
= Kinder Tables Trust | 43%""",
]


@pytest.mark.parametrize("src", LEFT_ALONE)
def test_near_misses_stay_as_they_were(src, tmp_path):
    check(src, tmp_path)


# --- lists after a lead-in, in more styles

LISTS_IN_MORE_STYLES = [
    """@publisher The Straits Times
# Flats
The Housing Board's latest figures show:
- 3,400 flats were sold in the quarter;
- resale prices rose 1.8 per cent.
= Housing Board | 3,400
= Housing Board | 1.8 per cent""",
    """@publisher Gulf News
# Salik
The Roads and Transport Authority said in a statement:
\u2022 Toll revenue rose 6 per cent to Dh2.3 billion.
\u2022 1.2 million trips were recorded a day.
= Roads and Transport Authority | 6 per cent
= Roads and Transport Authority | Dh2.3 billion
= Roads and Transport Authority | 1.2 million""",
    """@publisher Daily Maverick
# Matric results
The Department of Basic Education's report found:
\u2022 87.3% of candidates passed;
\u2022 40.9% qualified for university.
= Department of Basic Education | 87.3%
= Department of Basic Education | 40.9%""",
    """@publisher Buenos Aires Times
# Poverty
INDEC's survey of urban households showed:
- Poverty fell to 31.6 percent.
- Indigence fell to 6.9 percent.
= INDEC | 31.6 percent
= INDEC | 6.9 percent""",
]


@pytest.mark.parametrize("src", LISTS_IN_MORE_STYLES)
def test_lists_after_a_lead_in_in_more_styles(src, tmp_path):
    check(src, tmp_path)


# --- what a study examined before "and found" is its sample; data a sentence names with
# their owner before them, then "the data showed"

EXAMINED_AND_FOUND = [
    """@publisher Star Tribune
# Police overtime
Overtime hit $38 million, according to an audit released Tuesday by the city's Office of Internal Audit.
The audit examined payroll records for all 574 sworn officers and found that 61 of them earned more in overtime than in base pay.
= Office of Internal Audit | $38 million
= Office of Internal Audit | 574
= Office of Internal Audit | 61""",
    """@publisher Daily Maverick
# Youth jobs
A study by the Institute for Inclusive Labour Markets was published on Monday.
The study tracked 18,500 applicants over 30 months and found that 41% had found work.
= Institute for Inclusive Labour Markets | 18,500
= Institute for Inclusive Labour Markets | 30 months
= Institute for Inclusive Labour Markets | 41%""",
    """@publisher BBC Wales
# Ambulance waits
The figure was published in monthly NHS Wales performance data on Thursday.
The median response time for amber calls was almost two hours, the data showed.
= NHS Wales | two hours""",
    """@publisher Irish Examiner
# Trolley watch
The count appears in weekly HSE trolley data released on Monday. Some 612 patients were on trolleys on Tuesday, the data show.
= HSE | 612""",
]


@pytest.mark.parametrize("src", EXAMINED_AND_FOUND)
def test_a_studys_sample_and_data_named_with_their_owner(src, tmp_path):
    check(src, tmp_path)
