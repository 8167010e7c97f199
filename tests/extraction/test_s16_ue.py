"""Session 16, round ue: who a headline, summary point or caption credits (our own cases).

Headlines and summary points drop the "X said" and name their source by description ("thinktank
warns", "Firm says", "operator says"), by a nationality or country ("Ukrainian military says",
"says Panama"), by a label ("Commissioner: ...") or by a trailing credit ("... - growers"). The
body states the same figure with the source named, often through the person who speaks for it
("the club's chairman, Declan Ruane, said"); the headline's figure is then that claim
(tests/extraction/articles/README.md). A headline, summary point or caption that attributes
nothing is the outlet's own claim, and a photo credit in brackets is nobody's voice.

Each case is a short invented article in the test articles' format, checked like
test_s15_tk.py: the extractor must give exactly the listed pairs.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_s15_tk import check

# --- a headline's or summary point's description of a body, whose figure the body gives
# through the person who speaks for that body

DESCRIPTION_SPOKESPERSON = [
    """@publisher The Northgate Guardian
# Channel crossings rise again
* Charity warns reception centre is running at 140% of capacity
"We are running at 140% of the capacity we were funded for," said Priya Mendes, the director of the refugee charity Harbour Welcome.
= Priya Mendes | 140%""",
    """@publisher Harbour Morning Post
# Drone parcel trial approved for New Territories
* Firm says service could cut delivery times by 60 per cent
Kowloon-based SkyCarry Logistics was chosen to run the trial.
SkyCarry chief executive Wendy Lam Ka-yan said the service could cut average delivery times by 60 per cent.
= Wendy Lam Ka-yan | 60 per cent""",
    """@publisher The Shannon Courier
# Riverside stadium plan lodged
* Club says capacity would more than double
The club's chairman, Declan Ruane, said capacity at the ground would more than double.
= Declan Ruane | more than double""",
    """@publisher Yorkshire Evening Record
# Surgery backlog grows
* Trust says strikes cost it 3,000 operations over winter
Dr Helen Marsh, the trust's chief medical officer, said industrial action had cost the hospitals about 3,000 operations.
= Helen Marsh | about 3,000""",
    """@publisher Rand Mining Weekly
# Platinum strike spreads
* Union says 4,200 members have downed tools
Sipho Dlamini, general secretary of the Platinum Workers Union, said 4,200 members had downed tools.
= Sipho Dlamini | 4,200""",
    """@publisher Kinross Valley Courier
# Hospital evacuates ward
* Hospital says 38 patients were moved overnight
Lakeview Community Hospital spokeswoman Dana Kowalski said 38 patients were moved to other wards.
= Dana Kowalski | 38""",
    """@publisher Osaka Evening Shimbun
# Gas leak at chemical plant
* Ministry says 14 workers were taken to hospital
Health ministry spokesman Kenji Arai said 14 workers were taken to hospital.
= Kenji Arai | 14""",
    """@publisher Oakridge Patch Today
# Parking levy approved
* Council says the levy will raise $4.2 million a year
Oakridge City Council spokesman Tom Bell said the levy would raise $4.2 million a year.
= Tom Bell | $4.2 million""",
    """@publisher Coastal Business Daily
# Ferry operator cuts routes
* Operator says 120 sailings will be cancelled this winter
Brightwater Ferries managing director Alan Pryce said 120 sailings would be cancelled this winter.
= Alan Pryce | 120""",
    """@publisher Capital Times Nairobi
# Doctors' strike enters third week
* Council of Governors says Sh3.1 billion in arrears has been paid
Council of Governors health committee chairperson Grace Mumbi said counties had paid Sh3.1 billion in arrears since December.
= Council of Governors | Sh3.1 billion
= Grace Mumbi | Sh3.1 billion""",
    """@publisher Lagos Business Review
# Cement maker raises prices
* Company says bag price will rise to N9,500
Okoro Cement chief commercial officer Bayo Adeyemi said the price of a bag would rise to N9,500 from Monday.
= Bayo Adeyemi | N9,500""",
    """@publisher The Jakarta Daily Globe
# Airline expands fleet
* Airline says 22 aircraft will join the fleet
Nusantara Air president director Budi Santoso said 22 aircraft would join the fleet over the next two years.
= Budi Santoso | 22
= Budi Santoso | two years""",
    """@publisher The Metro Ledger
# Transit agency fare hike
* Agency says fares will rise 8%
Metro Transit Agency spokesman Luis Ortega said fares would rise 8% in March.
= Luis Ortega | 8%""",
    """@publisher Daily Mirror Online
# Families face bills shock
* Charity says 2 million families are behind on energy bills
Helen Cross, chief executive of the debt charity StepAhead, said 2 million families were behind on their energy bills.
= Helen Cross | 2 million""",
    """@publisher Accra Business Times
# Cocoa farmers protest
* Association says 40,000 farmers have not been paid
Kwame Boateng, president of the Cocoa Farmers Association, said 40,000 farmers had not been paid for the season.
= Kwame Boateng | 40,000""",
    """@publisher The Pampas Herald
# Dairy prices
* Cooperative says milk output fell 9%
Cooperativa Lechera del Sur president Martín Ferreyra said milk output fell 9% in the first half.
= Martín Ferreyra | 9%""",
    """@publisher The Riyadh Courier
# Metro's first year
* Women make up 38 percent of riders, operator says
The metro's operator, Najm Transit Operations, said women made up 38 percent of riders.
= Najm Transit Operations | 38 percent""",
    """@publisher Westminster Policy Review
# Councils face £2.7bn shortfall on temporary housing, thinktank warns
Councils will face a combined £2.7bn shortfall in their temporary accommodation budgets, according to analysis by the Hearthfield Policy Institute.
= Hearthfield Policy Institute | £2.7bn""",
    """@publisher The Straits Herald
# Ride-hailing app outage
* About 1.3 million users affected, says company
The outage was the second this year, the Digital Oversight Office said.
About 1.3 million users were affected, Zippo said.
= Zippo | About 1.3 million""",
    """@publisher Prairie Daily News
# Brewery closure
* Brewer says 85 jobs will be lost
Bow River Brewing chief executive Gordon Lee said 85 jobs would be lost when the plant closes.
= Gordon Lee | 85""",
]


@pytest.mark.parametrize("src", DESCRIPTION_SPOKESPERSON)
def test_a_description_is_the_body_that_speaks_through_its_officer(src, tmp_path):
    check(src, tmp_path)


# --- a description opening a headline or summary point with a common word the sentence's
# capital only dresses as a name ("Aid group says", "Aerial survey finds")

COMMON_WORD_OPENERS = [
    """@publisher Wire Desk East Africa
# Fighting near Goma
* Aid group says 12 camps are over capacity
The aid group Lakeside Relief Network said families were still arriving.
"Twelve camps are now over capacity," said Esther Mulamba, the network's coordinator.
= Esther Mulamba | Twelve""",
    """@publisher Sahel News Service
# Attack on army convoy
* Armed group says it killed more than 50 soldiers
The armed group Katiba Al-Nour claimed the attack, saying its fighters had killed more than 50 soldiers.
= Katiba Al-Nour | more than 50""",
    """@publisher Reef Coast Radio
# Reef bleaching
* Aerial survey finds 62 per cent of reefs bleached
The aerial survey by the Coral Sea Monitoring Alliance found 62 per cent of reefs bleached.
= Coral Sea Monitoring Alliance | 62 per cent""",
    """@publisher The Dhaka Courier
# Garment factories shut
* Rights group says 300 workers were detained
The rights group Shromik Watch said 300 workers had been detained since Monday.
= Shromik Watch | 300""",
    """@publisher Lakes Region Tribune
# School budget approved
* Teachers union says class sizes will reach 38
Sara Delgado, president of Education Lakeview, the local teachers union, said some class sizes would reach 38 next fall.
= Sara Delgado | 38""",
    """@publisher Bangkok Morning Post
# Dengue outbreak
* Health officials warn of up to 150,000 infections this year
Up to 150,000 people could be infected this year, health officials said.
= health officials | Up to 150,000""",
    """@publisher The Citizen Dar
# Students protest fees
* Student union says fees rose 30%
Udosu, the student union at the University of Dodoma, said fees had risen 30% since 2023.
= Udosu | 30%""",
    """@publisher Relief Web Desk
# Cyclone response
* Relief agency says 800,000 people reached shelters
The relief agency Coastal Care said 800,000 people had reached cyclone shelters before landfall.
= Coastal Care | 800,000""",
]


@pytest.mark.parametrize("src", COMMON_WORD_OPENERS)
def test_a_common_word_opening_a_headline_description(src, tmp_path):
    check(src, tmp_path)


COMMON_WORD_OPENERS_LEFT_ALONE = [
    # (a name the body writes with its capital is a name)
    """@publisher Eastern Front Daily
# Wagner Group says 20 fighters killed
Wagner Group said 20 of its fighters had been killed.
= Wagner Group | 20""",
    """@publisher Westminster Policy Review
# Green Party says 40,000 new members joined
The Green Party said 40,000 new members had joined since January.
= Green Party | 40,000""",
    """@publisher Lagos Business Review
# Dangote Group says output rose 12%
Dangote Group said cement output rose 12% in the quarter.
= Dangote Group | 12%""",
    """@publisher Capital Times Nairobi
# Safaricom says 1.2 million users affected
About 1.2 million users were affected, Safaricom said.
= Safaricom | About 1.2 million""",
]


@pytest.mark.parametrize("src", COMMON_WORD_OPENERS_LEFT_ALONE)
def test_names_opening_a_headline_stay_names(src, tmp_path):
    check(src, tmp_path)


# --- a nationality, a country or a system's initials before a kind of body ("Ukrainian
# military says", "UN agency says", "says Panama"): the body the story names

NATIONAL_DESCRIPTIONS = [
    """@publisher Kyiv Front Desk
# Russian forces lost over 400 soldiers near Kostiantynivka, Ukrainian military says
Russian forces lost more than 400 soldiers in the failed push, Viktor Hrytsenko, a spokesperson for Ukraine's Eastern Group of Forces, said.
= Viktor Hrytsenko | more than 400""",
    """@publisher Horn Africa Desk
# At least 38 dead after migrant boat capsizes off Djibouti, UN agency says
At least 38 people have died after a boat capsized off Djibouti, the International Organization for Migration (IOM) said.
= International Organization for Migration | At least 38""",
    """@publisher Agencia Istmo
# Migrant crossings through Darien fall 92% in January, says Panama
Migrant crossings of the Darien jungle fell by 92% in January, Panama's National Migration Service said on Friday.
= National Migration Service | 92%""",
    """@publisher Nile Valley News
# Cholera cases pass 18,000 in eastern Sudan, UN health office warns
A cholera outbreak has infected more than 18,000 people, the UN Joint Health Emergency Office said.
= UN Joint Health Emergency Office | more than 18,000""",
    """@publisher Brussels Desk Today
# About 30% of rivers badly polluted, EU body warns
About 30% of Europe's rivers are badly polluted, the European Environment Agency said on Tuesday.
= European Environment Agency | About 30%""",
    """@publisher Mumbai Coast Herald
# Indian Navy says 22 crew rescued from sinking tanker
All 22 crew members were rescued, navy spokesman Commander Vivek Rao said.
= Vivek Rao | 22""",
    """@publisher Rift Valley Standard
# Kenyan police say 14 killed in clashes
Fourteen people were killed in the clashes, Nakuru police commander Peter Mwangi said.
= Peter Mwangi | Fourteen""",
    """@publisher Levant Daily Star
# Israeli army says 40 rockets fired from Lebanon
About 40 rockets were fired from Lebanon overnight, the Israel Defense Forces said.
= Israel Defense Forces | About 40""",
]


@pytest.mark.parametrize("src", NATIONAL_DESCRIPTIONS)
def test_a_nationality_or_country_before_a_kind_of_body(src, tmp_path):
    check(src, tmp_path)


# --- a headline's trailing credit that names people by their trade ("- growers", ": Medics",
# "– Community leader")

TRAILING_DESCRIPTIONS = [
    """@publisher Bay Radio News
# Late frost could wipe up to $180 million from kiwifruit harvest - growers
A late frost could cut up to $180 million from the region's kiwifruit earnings, the Kiwifruit Growers Collective says.
= Kiwifruit Growers Collective | up to $180 million""",
    """@publisher Anatolia Wire
# Drone strike on Sudan market kills at least 15 civilians: Medics
At least 15 civilians were killed when a drone struck the market, the Sudan Doctors Network said.
= Sudan Doctors Network | At least 15""",
    """@publisher Kaduna Daily Times
# Kidnappers demand N100 million ransom \u2013 Community leader
The kidnappers have demanded N100 million for the release of the worshippers, Ishaku Bawa, a community leader in Kauru, said.
= Ishaku Bawa | N100 million""",
    """@publisher Borno Daily Post
# Gunmen kill 12 in village raid: Residents
Twelve people were killed in the raid, residents said.
= residents | Twelve""",
    """@publisher Mombasa Trader
# Fuel now Sh200 a litre - traders
Petrol now sells for Sh200 a litre in the town, traders said.
= traders | Sh200""",
    """@publisher Kathmandu Courier
# Landslide buries 30 homes \u2013 villagers
About 30 homes were buried by the landslide, villagers said.
= villagers | About 30""",
]


@pytest.mark.parametrize("src", TRAILING_DESCRIPTIONS)
def test_a_trailing_credit_naming_people_by_their_trade(src, tmp_path):
    check(src, tmp_path)


TRAILING_LEFT_ALONE = [
    # (a place after the dash, which never speaks, stays the outlet's)
    """@publisher Rift Valley Standard
# Bus crash kills 9 \u2013 Nakuru
Nine people died when a bus overturned near Nakuru on Sunday.
= Rift Valley Standard | 9""",
    """@publisher Health Desk Africa
# 3 million die from air pollution \u2013 WHO
Air pollution causes 3 million deaths a year, the World Health Organization (WHO) said.
= World Health Organization | 3 million""",
    """@publisher Harare Herald Online
# Output to reach 2 million tonnes - Masuka
Maize output will reach 2 million tonnes this season, Agriculture Minister Anxious Masuka said.
= Anxious Masuka | 2 million tonnes""",
]


@pytest.mark.parametrize("src", TRAILING_LEFT_ALONE)
def test_trailing_credits_left_alone(src, tmp_path):
    check(src, tmp_path)


# --- a label naming the body's speaker ("Commissioner: ..."), whose figure the body words
# with another qualifier or noun

LABELS = [
    """@publisher Port of Spain Express
# Commissioner: SoE arrests top 600
More than 600 people have been detained since the state of emergency was declared, Acting Commissioner of Police Rawle Mentor said yesterday.
= Rawle Mentor | More than 600""",
    """@publisher Coastal Shire Courier
# Mayor: Flood repair bill hits $48m
The flood repair bill has reached $48 million, Mayor Kath Doyle told the council.
= Kath Doyle | $48 million""",
    """@publisher Kaduna Daily Times
# Army: 112 terrorists neutralised in Borno
Troops killed 112 terrorists in the operation, army spokesman Brig. Gen. Musa Danladi said.
= Musa Danladi | 112""",
    """@publisher Nairobi Education Times
# Minister: 4,000 teachers to be hired
The government will hire about 4,000 teachers in January, Education Minister Grace Achieng said.
= Grace Achieng | about 4,000""",
    """@publisher Punjab Morning Star
# Police chief: 32 held in call centre raid
Police arrested 32 people in the raid, Gurugram police commissioner Vikas Arora said.
= Vikas Arora | 32""",
]


@pytest.mark.parametrize("src", LABELS)
def test_a_label_naming_the_bodys_speaker(src, tmp_path):
    check(src, tmp_path)


LABELS_LEFT_ALONE = [
    # (a column's name is the outlet's, a place is where, not who)
    """@publisher Lake Oswego Weekly
# Police log: A $3,200 gift card scam
A woman reported losing $3,200 in a gift card scam, police said.
= Lake Oswego Weekly | $3,200
= police | $3,200""",
    """@publisher Berlin Desk Today
# Germany: Two dead as regional train derails
Two people died when a regional train derailed in Bavaria, police said.
= Berlin Desk Today | Two
= police | Two""",
    """@publisher Sahel Relief Bulletin
# Central Mali: Hundreds of thousands face water shortages
Violence has cut water supplies to towns across the Mopti region.
= Sahel Relief Bulletin | Hundreds of thousands""",
    """@publisher Lagos Business Review
# Northern Nigeria: Gunmen abduct 31 passengers
Gunmen abducted 31 passengers on the Katsina highway, police said.
= Lagos Business Review | 31
= police | 31""",
    """@publisher Great Lakes Wire
# Eastern Congo: 40,000 flee fighting near Goma
About 40,000 people have fled the fighting, the UN refugee agency said.
= Great Lakes Wire | 40,000
= UN refugee agency | About 40,000""",
    """@publisher Levant Daily Star
# Southern Lebanon: 12 killed in strikes
Twelve people were killed in the strikes, the health ministry said.
= Levant Daily Star | 12
= health ministry | Twelve""",
    """@publisher Sky Sport Desk
# Leo Marchesi: Ashford agree \u00a352m fee for striker
Ashford have agreed a fee of \u00a352m with Rivesaltes for the striker, Sky Sport Desk understands.
= Sky Sport Desk | \u00a352m""",
]


@pytest.mark.parametrize("src", LABELS_LEFT_ALONE)
def test_labels_that_name_no_speaker(src, tmp_path):
    check(src, tmp_path)


# --- a credit naming its body: the body's claim, whatever qualifier the body gives ("pass 18,000"
# over "more than 18,000"), and one of its own beside its officer's (the blind authors who met
# "Hurriya Detainee Support Centre says" over its director's figure listed both)

NAMED_CREDITS = [
    """@publisher Geneva Health Wire
# Cholera cases pass 18,000, WHO says
More than 18,000 people have been infected, the World Health Organization said.
= World Health Organization | More than 18,000""",
    """@publisher Johannesburg Business Day
# Eskom says 4,000MW offline as breakdowns mount
Eskom spokesperson Daphne Mokoena said 4,000MW of generating capacity was offline.
= Eskom | 4,000MW
= Daphne Mokoena | 4,000MW""",
    """@publisher Dublin Business Post
# Ryanair says 400 flights cancelled by French strike
About 400 flights were cancelled, Ryanair's chief operations officer Neal Byrne said.
= Ryanair | 400
= Neal Byrne | About 400""",
    """@publisher Gulf Business Desk
# Sadaf Air says it will add 22 aircraft by 2027
Sadaf Air chief executive Omar Haddad said the carrier would add 22 aircraft by 2027.
= Sadaf Air | 22
= Omar Haddad | 22""",
    """@publisher Manila Bulletin Desk
# NDRRMC says 31 dead as typhoon toll rises
The death toll has risen to 31, NDRRMC spokesperson Diego Mariano said.
= NDRRMC | 31
= Diego Mariano | 31""",
    """@publisher Hong Kong Standard Daily
# Housing Authority expects 30,000 flats to be completed
The Hong Kong Housing Authority expects about 30,000 public rental flats to be completed this year.
= Hong Kong Housing Authority | about 30,000""",
]


@pytest.mark.parametrize("src", NAMED_CREDITS)
def test_a_named_credit_is_its_bodys_claim(src, tmp_path):
    check(src, tmp_path)


# --- captions: a photo credit in brackets or after "Photo:" is no speaker; a caption that
# gives its figure a voice keeps it

CAPTIONS = [
    """@publisher Northern Fire Weekly
# Tower fire
Firefighters evacuated 30 families after the fire, the fire service said.
! Firefighters at the scene, where 30 families were evacuated. (Getty Images)
= fire service | 30
= Northern Fire Weekly | 30""",
    """@publisher Lagos Business Review
# Port congestion
About 40 ships are waiting to berth at Apapa, the ports authority said.
! Ships wait off Apapa, where about 40 vessels are queueing. (Reuters)
= ports authority | About 40
= Lagos Business Review | about 40""",
    """@publisher Leeds City Press
# Raids in Leeds
Officers arrested 14 people during raids on Tuesday, West Yorkshire Police said.
! Officers at one of the raids, where 14 people were arrested (X: @WestYorksPolice)
= West Yorkshire Police | 14
= Leeds City Press | 14""",
    """@publisher Karachi Evening Star
# Heatwave
Temperatures reached 44C in Karachi on Sunday, the Met Office said.
! A man cools off at a water stall as the temperature hit 44C. (Photo: Reuters/Akhtar Soomro)
= Met Office | 44C
= Karachi Evening Star | 44C""",
    """@publisher Sydney Morning Courier
# Bushfire
More than 32,000 hectares have burnt since Wednesday, the Rural Fire Service said.
! Smoke over the ridge near Bairnsdale, where 32,000 hectares have burnt. Image: Supplied
= Rural Fire Service | More than 32,000 hectares
= Sydney Morning Courier | 32,000 hectares""",
    """@publisher The Straits Herald
# Ride-hailing outage
The outage lasted nearly five hours, Zippo said.
! Zippo said about 42,000 ride bookings failed during the disruption.
= Zippo | nearly five hours
= Zippo | about 42,000""",
    """@publisher Calgary Plains Herald
# Brewery to close plant
Bow River Brewing Co. will close its Foothills plant by the end of March.
! The Foothills plant in southeast Calgary. The company says 85 jobs will be lost.
= Bow River Brewing Co. | 85""",
    """@publisher The Hill Country Tribune
# Marathon heat
About 6,100 runners finished before the course was closed, organisers said.
! About 6,100 runners finished before the course was closed. (AP Photo/Jim Mone)
= organisers | About 6,100
= The Hill Country Tribune | About 6,100""",
    """@publisher Cape Town Daily Voice
# Taxi strike
About 200 routes were affected, the taxi council said.
! Commuters wait at the Bellville rank on Monday. (Picture: Ayanda Ndamane/African News Agency)
= taxi council | About 200""",
    """@publisher Gulf Daily Wire
# Sharjah traffic
! Traffic on the Sharjah-Dubai border, which around 180,000 vehicles cross every morning. (WAM)
The authority is building a new ring road.
= Gulf Daily Wire | around 180,000""",
]


@pytest.mark.parametrize("src", CAPTIONS)
def test_captions_and_their_photo_credits(src, tmp_path):
    check(src, tmp_path)


# --- what must not change: the outlet's own unattributed figures, voices that name someone
# else, ambiguous bodies, and polls, reports and surveys that merge as before

LEFT_ALONE = [
    """@publisher Harbour City Times
# Murders down 22% as police target gangs
The city recorded a 22 per cent decline in murders last year, police said.
= Harbour City Times | 22%
= police | 22 per cent""",
    """@publisher Border Times
# Police say 19 killed in ambush
Interior Minister Ana Lopez said 19 soldiers were killed in the ambush.
= police | 19
= Ana Lopez | 19""",
    # (a charity's figure is not a government official's)
    """@publisher The Northgate Guardian
# Reception centre full
* Charity warns centre is running at 140% of capacity
A Home Office official, Mark Evans, said the centre was at 140% of its capacity.
= charity | 140%
= Mark Evans | 140%""",
    # (two people of the body give the figure: the description stays unresolved)
    """@publisher Rand Mining Weekly
# Strike
* Union says 4,200 members have downed tools
Union leader Sipho Dlamini said 4,200 members had stopped work.
Union organiser Thandi Nkosi said 4,200 members had joined the strike.
= union | 4,200
= Sipho Dlamini | 4,200
= Thandi Nkosi | 4,200""",
    """@publisher Fiji Coast Times
# Bus plunges into gorge, 14 killed
Fourteen people were killed when the bus left the road, police said.
= Fiji Coast Times | 14
= police | Fourteen""",
    """@publisher Colombia Politics Today
# Poll: Cárdenas leads presidential race with 28%
Cárdenas leads the race with 28% of voting intentions, according to a survey by pollster Sondea published on Thursday.
Instituto Horizonte said its own poll put her on 25%.
= Sondea | 28%
= Instituto Horizonte | 25%""",
    """@publisher The Straits Herald
# Survey finds one in three parents spend more than $500 a month on tuition
One in three parents spend more than $500 a month on tuition, according to a survey by the Institute for Family Studies.
= Institute for Family Studies | one in three
= Institute for Family Studies | more than $500""",
    """@publisher Washington Metro Post
# Speed cameras issued 41,000 faulty tickets, audit finds
Speed cameras issued more than 41,000 tickets based on faulty readings, according to an audit by the county inspector general's office.
= county inspector general's office | more than 41,000""",
    """@publisher Colombo Daily Mirror
# Inflation eases to 4.2pc
* According to the Central Bank, reserves rose to $6.1bn
Reserves rose to $6.1bn in March, the Central Bank said.
Inflation eased to 4.2 per cent in March, the statistics department said.
= Central Bank | $6.1bn
= statistics department | 4.2 per cent
= Colombo Daily Mirror | 4.2pc""",
    """@publisher Mining Weekly Africa
# Copper output slips
* Output fell 12%, says company
Output fell 12 per cent in the quarter, Halvorsen Mining said.
= Halvorsen Mining | 12 per cent""",
    """@publisher Camp Desk News
# 'We counted 1,400 new arrivals': camp manager
"We counted 1,400 new arrivals this week," said camp manager Amina Yusuf.
= Amina Yusuf | 1,400""",
    """@publisher Lagos Business Review
# Inflation rises to 34.6%, NBS says
Inflation rose to 34.6% in June, the National Bureau of Statistics (NBS) said.
= National Bureau of Statistics | 34.6%""",
    """@publisher Kenya Star Desk
# Floods displace 2,000 families - Red Cross
Floods have displaced 2,000 families in Budalang'i, the Kenya Red Cross said.
= Kenya Red Cross | 2,000""",
    """@publisher Tech Trade Weekly
# Chip sales hit $57bn in Q3
Global chip sales reached $57 billion in the third quarter, the Semiconductor Industry Association said.
= Semiconductor Industry Association | $57 billion
= Tech Trade Weekly | $57bn""",
    """@publisher The Denver Plains Post
# Homelessness count
! A tent along Cherry Creek. Unsheltered homelessness fell 11% this year.
Unsheltered homelessness fell 11% this year, the Front Range Housing Coalition said.
= The Denver Plains Post | 11%
= Front Range Housing Coalition | 11%""",
    # (a body's officer who gives another figure does not take the headline's)
    """@publisher Capital Times Nairobi
# Governors say Sh3.1 billion paid
Council of Governors chairperson Grace Mumbi said 12 counties had cleared their arrears.
The Treasury said Sh3.1 billion had been released to counties.
= Governors | Sh3.1 billion
= Grace Mumbi | 12
= Treasury | Sh3.1 billion""",
    """@publisher Manila Bulletin Desk
# Typhoon kills 31
The death toll has risen to 31, NDRRMC spokesperson Diego Mariano said.
= Manila Bulletin Desk | 31
= Diego Mariano | 31""",
    """@publisher Harbour Morning Post
# Firm to cut 60 jobs
SkyCarry chief executive Wendy Lam said 60 jobs would go.
= Harbour Morning Post | 60
= Wendy Lam | 60""",
    # (a person named as the story's subject in a label does not speak for the body)
    """@publisher Bengal Daily Sun
# Bus plunges into ditch, 14 killed
Fourteen people were killed, Faridpur police chief Abdul Mannan said.
= Bengal Daily Sun | 14
= Abdul Mannan | Fourteen""",
    """@publisher The Quay Ledger
# Report: 48,000 patients waited more than 12 hours
More than 48,000 patients waited more than 12 hours in A&E last year, a report by the Kings Health Trust found.
= Kings Health Trust | More than 48,000
= Kings Health Trust | more than 12 hours""",
]


@pytest.mark.parametrize("src", LEFT_ALONE)
def test_what_the_credit_rules_leave_alone(src, tmp_path):
    check(src, tmp_path)


# --- more descriptions: kinds of company and public body, whose figure the body gives through
# the body itself or its officer (and descriptions the body's figure does not fit)

MORE_DESCRIPTIONS = [
    """@publisher Washington Metro Post
# Disaster agency overpaid victims by $340 million, watchdog finds
The Federal Relief Agency sent about $340 million in improper payments, according to a report released Tuesday by the Office of Inspector General for Homeland Affairs.
= Office of Inspector General for Homeland Affairs | about $340 million""",
    """@publisher Melbourne Evening Age
# Hospital rebuild blows out by $1.1 billion, watchdog finds
The cost of rebuilding Maroondah Hospital has blown out by $1.1 billion, a report by the Office of the Projects Inspector has found.
= Office of the Projects Inspector | $1.1 billion""",
    """@publisher Auckland Money Desk
# Lender says mortgage arrears rose 18%
Kauri Bank chief economist Tania Walsh said mortgage arrears rose 18% in the year to June.
= Tania Walsh | 18%""",
    """@publisher Perth Resources Daily
# Miner says iron ore shipments hit 80 million tonnes
Redrock Minerals chief executive Paul Keane said shipments reached 80 million tonnes in the year.
= Paul Keane | 80 million tonnes""",
    """@publisher Motor Trade Asia
# Carmaker says it will build 200,000 electric cars in Thailand
Siam Motor Works president Anan Chaiyo said the plant would build 200,000 electric cars a year.
= Anan Chaiyo | 200,000""",
    """@publisher Retail Week Online
# Retailer says 45 stores will close
Northway Stores chief executive Mark Jessop said 45 stores would close by March.
= Mark Jessop | 45""",
    """@publisher Power Africa Monitor
# Utility says 1.5 million homes lost power
Zesco spokesperson Hazel Zulu said 1.5 million homes had lost power during the storm.
= Hazel Zulu | 1.5 million""",
    """@publisher Insurance Times Asia
# Insurer says flood claims reached $2.3bn
Pacific Shield Insurance chief financial officer Ravi Menon said flood claims reached $2.3bn in the quarter.
= Ravi Menon | $2.3bn""",
    """@publisher Kampala Evening Monitor
# Government says 12,000 teachers will be recruited
Education Minister Janet Kyomuhendo said the government would recruit 12,000 teachers next year.
= Janet Kyomuhendo | 12,000""",
    """@publisher Quito Andes Report
# Officials say 800 families evacuated near volcano
About 800 families were evacuated near the volcano, provincial risk official Carla Naranjo said.
= Carla Naranjo | About 800""",
]


@pytest.mark.parametrize("src", MORE_DESCRIPTIONS)
def test_more_descriptions_of_the_body_that_speaks(src, tmp_path):
    check(src, tmp_path)


DESCRIPTIONS_LEFT_ALONE = [
    # (a bystander's figure is not the firm's)
    """@publisher Harbour Morning Post
# Drone trial
* Firm says deliveries will be 60 per cent faster
Resident Ho Man-kit said deliveries in his village were already 60 per cent faster.
= firm | 60 per cent
= Ho Man-kit | 60 per cent""",
    # (a union's figure is not the company's)
    """@publisher Retail Week Online
# Store closures
* Retailer says 45 stores will close
Shopworkers union official Dan Hale said 45 stores would close.
= retailer | 45
= Dan Hale | 45""",
    """@publisher Auckland Money Desk
# Bank says arrears up 18%
Mortgage arrears rose 18% in the year to June, Kauri Bank said.
= Kauri Bank | 18%""",
    """@publisher Perth Resources Daily
# Miner lifts output target
* Company says shipments will reach 80 million tonnes
Shipments will reach 80 million tonnes this year, Redrock Minerals said.
= Redrock Minerals | 80 million tonnes""",
    """@publisher The Citizen Dar
# Fees up 30%
Fees at public universities have risen 30% since 2023, the Tanzania Students Union said.
= The Citizen Dar | 30%
= Tanzania Students Union | 30%""",
    """@publisher Update Desk Daily
# Update: Over 5,000 flee as river bursts banks
More than 5,000 people have fled their homes, the disaster agency said.
= Update Desk Daily | Over 5,000
= disaster agency | More than 5,000""",
    """@publisher Explainer Weekly
# Explainer: Why 40% of bus routes were cut
About 40% of bus routes were cut last year, the transport authority said.
= Explainer Weekly | 40%
= transport authority | About 40%""",
    """@publisher Science Daily Wire
# Study finds 38% of coral reefs bleached
About 38% of coral reefs were bleached last year, according to a study by the Reef Research Institute.
= Reef Research Institute | About 38%""",
    """@publisher Daily Poll Review
# Voters back phone limits, poll shows
* 58 percent of voters support limits, the poll found
Fifty-eight percent of voters back federal limits on phones in schools, according to a poll by Harbor Research.
= Harbor Research | 58 percent""",
    """@publisher Jakarta Money Post
# Rice imports to reach 1.6 million tons
The government will import an additional 1.6 million tons of rice, Trade Minister Budi Hartono said.
= Jakarta Money Post | 1.6 million tons
= Budi Hartono | 1.6 million tons""",
    # (a headline's "as" clause is the outlet's news, not the warning)
    """@publisher Belfast Morning News
# Universities warn of cuts as budget falls by £24m
The higher education budget will fall by £24m, the Department for the Economy said.
= Belfast Morning News | £24m
= Department for the Economy | £24m""",
]


@pytest.mark.parametrize("src", DESCRIPTIONS_LEFT_ALONE)
def test_descriptions_that_must_not_merge(src, tmp_path):
    check(src, tmp_path)


# --- two headlines in one line, and a clause that names no speaker

TWO_CLAUSES = [
    # (a credit after the dash speaks for its own clause, not the figure before it)
    """@publisher Georgetown Daily Ledger
# Gov't to spend $1.6 trillion in 2026 \u2013 Opposition says oil money not reaching households
Finance Minister Ravi Persaud presented the budget on Monday.
= Georgetown Daily Ledger | $1.6 trillion""",
    # ("state of emergency declared" is news, not a voice)
    """@publisher Gisborne Herald Online
# Floods: 300 evacuated as river peaks, state of emergency declared
Heavy rain forced 300 people from their homes overnight.
= Gisborne Herald Online | 300""",
    """@publisher Lagos Business Review
# Naira falls to N1,600 \u2013 traders say dollar scarcity worsening
The naira fell to N1,600 against the dollar on the parallel market on Monday.
= Lagos Business Review | N1,600""",
    """@publisher Nairobi Education Times
# Fees rise 30% \u2013 students say they can no longer pay
University fees have risen by 30% since last year.
= Nairobi Education Times | 30%""",
]


@pytest.mark.parametrize("src", TWO_CLAUSES)
def test_a_credit_speaks_for_its_own_clause(src, tmp_path):
    check(src, tmp_path)



# --- a caption in a wire story: its unattributed figures are the wire's, like the body's and
# the headline's (a photo credit in brackets is still no voice)

WIRE_CAPTIONS = [
    """@publisher Andes Evening Herald
# Quake strikes southern Peru
LIMA, Peru (AP) \u2014 A strong earthquake struck southern Peru on Friday, officials said.
! Residents beside a collapsed church in Cabanaconde, where at least 18 people died. (AP Photo/Luis Huaman)
= AP | at least 18""",
    """@publisher Gulf Evening Times
# Forest fire in Brandenburg
BERLIN (dpa) - Firefighters battled a forest fire near J\u00fcterbog for a third day on Wednesday.
! Smoke over the pine forest, where more than 400 firefighters were deployed. Photo: Lena Sommer/dpa
= dpa | more than 400""",
    """@publisher Manila Morning Times
# Typhoon floods Isabela
MANILA, Oct 21 (AFP) - Floodwaters swamped towns in northern Luzon on Tuesday.
! Residents wade through floodwaters in Ilagan, where more than 30,000 people were evacuated. (Photo by Ted Aljibe / AFP)
= AFP | more than 30,000""",
    """@publisher Twin Cities Daily
# Marathon cut short by heat
MINNEAPOLIS (AP) \u2014 Organizers halted the North Star Marathon on Sunday as temperatures climbed.
! About 6,100 runners finished before the course was closed.
= AP | About 6,100""",
    # (a voice in the caption keeps its figure)
    """@publisher Andes Evening Herald
# Quake strikes southern Peru
LIMA, Peru (AP) \u2014 A strong earthquake struck southern Peru on Friday.
! Rescuers search the rubble. Police said 18 people died in Cabanaconde. (AP Photo/Luis Huaman)
= police | 18""",
    # (a file picture's caption is the outlet's, whose desk chose it)
    """@publisher Sahel Morning Review
@date 2025-03-02
# Ambush in western Niger
NIAMEY (AFP) - Suspected jihadists killed soldiers in an ambush in western Niger, the defence ministry said.
! Soldiers patrol near Tillaberi in 2022. About 1,500 troops are deployed in the region. (AFP)
= Sahel Morning Review | About 1,500""",
    """@publisher Sahel Morning Review
# Ambush in western Niger
NIAMEY (AFP) - Suspected jihadists killed soldiers in an ambush in western Niger, the defence ministry said.
! Soldiers at a checkpoint near Tillaberi, where about 1,500 troops are deployed. File photo
= Sahel Morning Review | about 1,500""",
    # (a story of the outlet's own: its caption is the outlet's)
    """@publisher Sharjah Daily Courier
# New ring road
The authority is building a new ring road around the city.
! Traffic on the border road, which around 180,000 vehicles cross every morning. (WAM)
= Sharjah Daily Courier | around 180,000""",
]


@pytest.mark.parametrize("src", WIRE_CAPTIONS)
def test_a_wire_storys_caption_is_the_wires(src, tmp_path):
    check(src, tmp_path)


# --- the sort of body a description names: a think tank may be an institute, a tracker a
# lab; a charity is no government office

SORTS_OF_BODY = [
    """@publisher Westminster Policy Review
# Councils face \u00a32.7bn shortfall on temporary housing, thinktank warns
Councils will face a combined \u00a32.7bn shortfall in their temporary accommodation budgets, according to analysis by the Hearthfield Policy Institute.
The thinktank's report, Homes Without Walls, was published on Monday.
= Hearthfield Policy Institute | \u00a32.7bn""",
    pytest.param("""@publisher Toronto Evening Ledger
# Grocery bills
The lab's lead researcher, Dr. Simon Ouellet, said beef had climbed the most, up 11.8 per cent.
! Shoppers in Toronto. Beef prices have risen 11.8 per cent in a year, according to one tracker.
= Simon Ouellet | 11.8 per cent""", marks=pytest.mark.xfail(strict=True, reason=(
        "round ub's safety net reads 'according to one tracker' as no speaker before this "
        "caption credit can merge into the researcher's claim: the caption is the outlet's"))),
    """@publisher Dublin Housing Weekly
# Evictions
* Charity says 300 families were evicted
The Housing Office said 300 families had been evicted since January.
= charity | 300
= Housing Office | 300""",
    """@publisher Retail Week Online
# Store closures
* Retailer says 45 stores will close
The Shopworkers Union said 45 stores would close.
= retailer | 45
= Shopworkers Union | 45""",
]


@pytest.mark.parametrize("src", SORTS_OF_BODY)
def test_the_sort_of_body_a_description_names(src, tmp_path):
    check(src, tmp_path)
