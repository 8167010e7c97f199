"""Word lists the extractor's rules consult: countries, outlets, groups, titles, verbs.

General knowledge only (country names, well-known outlets and organisations, English titles
and verbs); nothing here names a person or sentence from any particular article.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The white-space separated words of `text` as a set."""
    return frozenset(text.split())


def _phrases(text: str) -> frozenset[str]:
    """Comma-separated phrases, lower-cased, apostrophes straightened."""
    return frozenset(
        " ".join(p.split()).lower().replace("\u2019", "'") for p in text.split(",") if p.strip()
    )  # (a phrase broken over two lines is one phrase: "World Health\n Organization")


# --------------------------------------------------------------------------- places

COUNTRIES = _phrases(
    """Afghanistan, Albania, Algeria, Andorra, Angola, Argentina, Armenia, Australia, Austria,
    Azerbaijan, Bahamas, Bahrain, Bangladesh, Barbados, Belarus, Belgium, Belize, Benin, Bhutan,
    Bolivia, Bosnia, Botswana, Brazil, Brunei, Bulgaria, Burkina Faso, Burundi, Cambodia,
    Cameroon, Canada, Cape Verde, Central African Republic, CAR, Chad, Chile, China, Colombia,
    Comoros, Congo, DR Congo, DRC, Costa Rica, Croatia, Cuba, Cyprus, Czech Republic, Czechia,
    Denmark, Djibouti, Dominica, Dominican Republic, Ecuador, Egypt, El Salvador, Equatorial
    Guinea, Eritrea, Estonia, Eswatini, Ethiopia, Fiji, Finland, France, Gabon, Gambia, The
    Gambia, Georgia, Germany, Ghana, Greece, Grenada, Guatemala, Guinea, Guinea-Bissau, Guyana,
    Haiti, Honduras, Hungary, Iceland, India, Indonesia, Iran, Iraq, Ireland, Israel, Italy,
    Ivory Coast, Cote d'Ivoire, Jamaica, Japan, Jordan, Kazakhstan, Kenya, Kiribati, Kosovo,
    Kuwait, Kyrgyzstan, Laos, Latvia, Lebanon, Lesotho, Liberia, Libya, Liechtenstein,
    Lithuania, Luxembourg, Madagascar, Malawi, Malaysia, Maldives, Mali, Malta, Mauritania,
    Mauritius, Mexico, Moldova, Monaco, Mongolia, Montenegro, Morocco, Mozambique, Myanmar,
    Burma, Namibia, Nauru, Nepal, Netherlands, Holland, New Zealand, Nicaragua, Niger, Nigeria,
    North Korea, North Macedonia, Norway, Oman, Pakistan, Palau, Palestine, Panama, Papua New
    Guinea, Paraguay, Peru, Philippines, Poland, Portugal, Qatar, Romania, Russia, Rwanda,
    Samoa, San Marino, Saudi Arabia, Senegal, Serbia, Seychelles, Sierra Leone, Singapore,
    Slovakia, Slovenia, Somalia, South Africa, South Korea, Korea, South Sudan, Spain, Sri
    Lanka, Sudan, Suriname, Sweden, Switzerland, Syria, Taiwan, Tajikistan, Tanzania, Thailand,
    Timor-Leste, Togo, Tonga, Trinidad and Tobago, Tunisia, Turkey, Turkiye, Türkiye,
    Turkmenistan, Tuvalu, Uganda, Ukraine, United Arab Emirates, UAE, United Kingdom, UK, U.K.,
    Britain, Great Britain, England, Scotland, Wales, United States, US, U.S., USA, America,
    Uruguay, Uzbekistan, Vanuatu, Vatican, Venezuela, Vietnam, Yemen, Zambia, Zimbabwe, Gaza,
    West Bank, Somaliland, Tigray, Darfur, Crimea, Donbas, Kurdistan, Azawad"""
)

# Capitals and seats used as names of their governments ("Kyiv said").
CAPITALS = _phrases(
    """Kyiv, Kiev, Moscow, Washington, Beijing, Paris, London, Berlin, Brussels, Tokyo, Delhi,
    New Delhi, Islamabad, Kabul, Tehran, Baghdad, Damascus, Beirut, Ankara, Cairo, Riyadh,
    Doha, Abu Dhabi, Jerusalem, Tel Aviv, Amman, Bamako, Abuja, Niamey, Ouagadougou, Dakar,
    Khartoum, Addis Ababa, Nairobi, Kampala, Kinshasa, Kigali, Pretoria, Rabat, Algiers, Tunis,
    Tripoli, Accra, Yaounde, N'Djamena, Mogadishu, Juba, Asmara, Harare, Lusaka, Maputo,
    Luanda, Dhaka, Kathmandu, Colombo, Manila, Jakarta, Hanoi, Bangkok, Seoul, Pyongyang,
    Taipei, Canberra, Ottawa, Brasilia, Caracas, Bogota, Havana, Minsk, Warsaw, Budapest, Rome,
    Madrid, Lisbon, Athens, Stockholm, Oslo, Helsinki, Copenhagen, Vienna, Bern, Tbilisi,
    Yerevan, Baku, Sanaa, Aden, Muscat, Kuwait City, Manama"""
)

GOVERNMENT_SEATS = _phrases(
    """the Kremlin, Kremlin, the White House, White House, the Pentagon, Pentagon, Downing
    Street, the Elysee, Elysee, Élysée, the Elysée, State House, Aso Rock, the Presidency,
    Presidency, the State Department, State Department, Foreign Office, Home Office, Whitehall,
    Quai d'Orsay, Zhongnanhai, Koulouba, An Garda Síochána, Garda Síochána, Garda Siochana"""
)

DEMONYMS: dict[str, str] = {}
for _pair in words(
    """Afghan:Afghanistan Albanian:Albania Algerian:Algeria Angolan:Angola
    Argentine:Argentina Argentinian:Argentina Armenian:Armenia Australian:Australia
    Austrian:Austria Azerbaijani:Azerbaijan Bahraini:Bahrain Bangladeshi:Bangladesh
    Belarusian:Belarus Belgian:Belgium Beninese:Benin Bolivian:Bolivia Bosnian:Bosnia
    Brazilian:Brazil British:Britain Bulgarian:Bulgaria Burkinabe:Burkina-Faso
    Burkinabè:Burkina-Faso Burundian:Burundi Cambodian:Cambodia Cameroonian:Cameroon
    Canadian:Canada Chadian:Chad Chilean:Chile Chinese:China Colombian:Colombia
    Congolese:Congo Croatian:Croatia Cuban:Cuba Cypriot:Cyprus Czech:Czechia
    Danish:Denmark Dutch:Netherlands Ecuadorian:Ecuador Egyptian:Egypt Emirati:UAE
    English:England Eritrean:Eritrea Estonian:Estonia Ethiopian:Ethiopia
    Filipino:Philippines Finnish:Finland French:France Gabonese:Gabon Gambian:Gambia
    Georgian:Georgia German:Germany Ghanaian:Ghana Greek:Greece Guinean:Guinea
    Haitian:Haiti Honduran:Honduras Hungarian:Hungary Indian:India Indonesian:Indonesia
    Iranian:Iran Iraqi:Iraq Irish:Ireland Israeli:Israel Italian:Italy
    Ivorian:Ivory-Coast Jamaican:Jamaica Japanese:Japan Jordanian:Jordan
    Kazakh:Kazakhstan Kenyan:Kenya Korean:Korea Kuwaiti:Kuwait Kyrgyz:Kyrgyzstan
    Lao:Laos Latvian:Latvia Lebanese:Lebanon Liberian:Liberia Libyan:Libya
    Lithuanian:Lithuania Malagasy:Madagascar Malawian:Malawi Malaysian:Malaysia
    Malian:Mali Maltese:Malta Mauritanian:Mauritania Mexican:Mexico Moldovan:Moldova
    Mongolian:Mongolia Moroccan:Morocco Mozambican:Mozambique Burmese:Myanmar
    Namibian:Namibia Nepalese:Nepal Nepali:Nepal Nicaraguan:Nicaragua Nigerien:Niger
    Nigerian:Nigeria Norwegian:Norway Omani:Oman Pakistani:Pakistan
    Palestinian:Palestine Panamanian:Panama Paraguayan:Paraguay Peruvian:Peru
    Polish:Poland Portuguese:Portugal Qatari:Qatar Romanian:Romania Russian:Russia
    Rwandan:Rwanda Saudi:Saudi-Arabia Scottish:Scotland Senegalese:Senegal
    Serbian:Serbia Somali:Somalia Somalian:Somalia Spanish:Spain Sudanese:Sudan
    Swedish:Sweden Swiss:Switzerland Syrian:Syria Taiwanese:Taiwan Tajik:Tajikistan
    Tanzanian:Tanzania Thai:Thailand Togolese:Togo Tunisian:Tunisia Turkish:Turkey
    Ugandan:Uganda Ukrainian:Ukraine American:United-States Uruguayan:Uruguay
    Uzbek:Uzbekistan Venezuelan:Venezuela Vietnamese:Vietnam Welsh:Wales Yemeni:Yemen
    Zambian:Zambia Zimbabwean:Zimbabwe Sierra-Leonean:Sierra-Leone
    South-African:South-Africa South-Sudanese:South-Sudan Tigrayan:Tigray"""
):
    _adj, _country = _pair.split(":")
    DEMONYMS[_adj.replace("-", " ").lower()] = _country.replace("-", " ")

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        "january jan",
        "february feb",
        "march mar",
        "april apr",
        "may",
        "june jun",
        "july jul",
        "august aug",
        "september sep sept",
        "october oct",
        "november nov",
        "december dec",
    ),
    start=1,
):
    for _n in _names.split():
        MONTHS[_n] = _i

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}

# --------------------------------------------------------------------------- speakers

# Outlets: a speaker whose name is one of these is media.
MEDIA_NAMES = _phrases(
    """AFP, Agence France-Presse, Agence France Presse, Reuters, AP, Associated Press, the
    Associated Press, BBC, BBC News, CNN, Al Jazeera, Aljazeera, Al Arabiya, Arab News,
    Bloomberg, Xinhua, TASS, RIA Novosti, RIA, Interfax, Anadolu, Anadolu Agency, DPA, EFE,
    The Canadian Press, Canadian Press, Lusa, Bernama,
    ANSA, Kyodo, Yonhap, PTI, Press Trust of India, ANI, IANS, UNI, NAN, News Agency of
    Nigeria, Premium Times, Punch, The Punch, Vanguard, ThisDay, This Day, Daily Trust, The
    Guardian, Guardian, Channels Television, Channels TV, Channels, Sahara Reporters, The
    Nation, Leadership, Tribune, Nigerian Tribune, Daily Post, The Cable, TheCable, NTA, AIT,
    Arise, Arise TV, Times of India, Hindustan Times, The Hindu, Indian Express, The Indian
    Express, NDTV, India Today, Dawn, The New York Times, New York Times, NYT, Washington Post,
    The Washington Post, Wall Street Journal, The Wall Street Journal, WSJ, Financial Times,
    FT, The Times, The Telegraph, Telegraph, The Independent, Sky News, ITV, Fox News, NBC, CBS,
    ABC, NPR, Politico, Axios, Le Monde, RFI, Radio France Internationale, France 24, France24,
    Deutsche Welle, DW, Euronews, VOA, Voice of America, Sputnik, RT, Daily Nation, Nation, The
    Standard, Citizen TV, Mail & Guardian, News24, eNCA, SABC, Ghana News Agency, GNA, MENA,
    SPA, WAM, KUNA, IRNA, Tasnim, Fars, Al-Mayadeen, Al Mayadeen, Haaretz, Times of Israel,
    Jerusalem Post, Kyiv Independent, Ukrainska Pravda, Meduza, Kommersant, Izvestia, ORTM,
    state media, state television, state TV, state broadcaster, state radio, state news
    agency, local media, local press, local newspaper, local newspapers, local television,
    local radio, news agency, media, media reports, the media, official news agency"""
)

# Last words that make a capitalised name an outlet ("Kaduna Daily Herald").
MEDIA_HEADS = words(
    "news times post herald tribune gazette telegraph journal tv television radio broadcasting "
    "broadcaster newspaper newspapers daily weekly magazine channel review chronicle courier "
    "sentinel ledger bulletin wire dispatch examiner inquirer mirror express observer monitor "
    "standard-bearer digest"
)

ARMED_GROUP_NAMES = _phrases(
    """Boko Haram, ISWAP, Islamic State, Islamic State West Africa Province, IS, ISIS, ISIL,
    Daesh, Al-Qaeda, Al Qaeda, al-Qaida, al-Qaeda, AQIM, al-Shabaab, al-Shabab, Al-Shabaab,
    Shabaab, JNIM, Wagner, Wagner Group, Africa Corps, Hamas, Hezbollah, Hizbollah, Houthis,
    Houthi, Ansar Allah, Taliban, TTP, RSF, Rapid Support Forces, M23, ADF, Allied Democratic
    Forces, PKK, FARC, ELN, Lakurawa, Ansaru, IPOB, ESN, FLA, CSP, CSP-DPA, MNLA, HCUA, TPLF,
    Tigray People's Liberation Front, Fano, Kataib Hezbollah, Islamic Jihad, Palestinian Islamic
    Jihad, Lord's Resistance Army, LRA, Mai-Mai, CODECO, anti-balaka, Seleka, Janjaweed, HTS,
    Hayat Tahrir al-Sham, SDF, Syrian Democratic Forces, Azov, Hamas's armed wing, Qassam
    Brigades, al-Qassam Brigades, Ambazonia, Ambazonian separatists, Arakan Army, KIA, PDF"""
)

# Words that make any phrase an armed group ("Tuareg-led separatists", "armed bandits").
ARMED_HEADS = words(
    "rebel rebels separatist separatists militant militants jihadist jihadists insurgent "
    "insurgents militia militias guerrilla guerrillas gunmen gunman bandit bandits terrorist "
    "terrorists mercenary mercenaries paramilitary paramilitaries fighters attackers "
    "kidnappers abductors extremists jihadis"
)

ORGANISATION_NAMES = _phrases(
    """UN, U.N., United Nations, UNICEF, Unicef, UNHCR, OCHA, WFP, WHO, World Health
    Organization, World Health Organisation, FAO, IOM, UNDP, UNFPA, UNESCO, UNRWA, ICRC,
    International Committee of the Red Cross, Red Cross, Red Crescent, MSF, Medecins Sans
    Frontieres, Médecins Sans Frontières, Doctors Without Borders, Amnesty International,
    Amnesty, Human Rights Watch, HRW, Save the Children, Oxfam, World Bank, IMF, International
    Monetary Fund, African Union, AU, ECOWAS, Ecowas, EU, European Union, NATO, Nato, OPEC,
    ACLED, Acled, Armed Conflict Location and Event Data Project, IAEA, ICC, International
    Criminal Court, World Food Programme, World Food Program, African Development Bank, AfDB,
    UN Security Council, Security Council, Human Rights Council, Crisis Group, International
    Crisis Group, SBM Intelligence, CPJ, Committee to Protect Journalists, Reporters Without
    Borders, MINUSMA, MONUSCO, UNMISS, ILO, WTO, Interpol, Europol, Frontex, CARE, IRC,
    International Rescue Committee, NRC, Norwegian Refugee Council, Mercy Corps, ActionAid,
    Caritas, World Vision, Plan International, Airwars, Global Witness, Transparency
    International, Mo Ibrahim Foundation, Gates Foundation, OECD, G7, G20, Commonwealth, Arab
    League, Gulf Cooperation Council, GCC, SADC, IGAD, ASEAN, UN Women, UNAIDS, Gavi,
    Global Fund, Islamic Relief, Premiere Urgence, Alima, Sightsavers, Unitaid,
    International Organization for Migration, International Organisation for Migration"""
)

# Kinds of company a story calls a company named before by ("Sainsbury's said ... The
# supermarket said", "Kinabalu Palm Oil Bhd ... the planter"), beside the kinds the speaker
# module lists with other bodies ("carrier", "lender", "carmaker").
COMPANY_KIND_WORDS = words("supermarket grocer planter shipper brewer bottler homebuilder "
                           "telco jeweller jeweler miner distributor brokerage "  # ("the miner said")
                           "startup start-up")  # ("Ostara Pay ... The startup said")
# Words for a company that refer back like the kinds above ("the tech giant said", "the coffee
# chain said", "Lakeside Pictures ... according to studio estimates") but also open company
# names ("Giant Eagle", "Chain Reaction Cycles", "Studio Ghibli"), so they are no description
# before a name (speakers._BODY_KIND_OPENERS leaves them out).
COMPANY_NAME_OPENERS = words("giant chain studio")

ORG_HEADS = words(
    "organisation organization association union party foundation institute institution "
    "corporation company firm group fund programme program network watch international "
    "archive archives lab labs laboratory laboratories "  # ("the NASA Exoplanet Archive")
    "federation ltd inc plc llc university hospital charity ngo coalition alliance council "
    "committee society trust centre center bank club league movement mission consortium "
    "campaign initiative project chamber securities holdings partners associates "
    "consulting research analytics intelligence airways airlines telecom telecoms motors "
    "collaboration collaborative therapeutics biosciences sciences biotech berhad bhd tbk "
    "industries systems technologies pharmaceuticals insurance communications resources "
    "limited corp corporation co "
    "board body airline carrier operator utility lender insurer regulator retailer "
    "watchdog opposition carmaker automaker drugmaker chipmaker manufacturer producer refiner "
    "exporter supplier conglomerate forum guild collective syndicate cooperative co-operative "
    # ("unit": "the Midlands Health Protection Unit ... the unit said", a body's unit, not
    # the government: a government spokesman is not it)
    "platform portal tracker entity consultancy unit provider "
    "railway railways railroad transit metro airport exchange observatory laboratory clinic "
    "academy college larder pantry foodbank infirmary "
    "syndicat sindicato société societe réseau reseau compagnie banque fédération "
    "confédération confederation parti partido frente movimiento instituto agence conseil "
    "comité asociación associação fundación fondation fundação fundacion fundacao fondazione "
    "stiftung "
    "club rovers wanderers rangers athletic albion fc hotspur united centers centres institutes "
    "services schools partnership partnerships co-op co-ops "
    # culture and sport desks' bodies: "the festival said", "the museum said"
    "museum gallery festival theatre theater orchestra philharmonic opera zoo studios esports "
    "developer "
    # aid and research bodies described by what they do: "the shelter cluster estimates",
    # "the funder said"
    "cluster funder"
) | COMPANY_KIND_WORDS | COMPANY_NAME_OPENERS

# Last words that make a capitalised name a place ("the Bekaa Valley", "Kowhai Street"), never
# a person's (words that are also surnames -- Park, Hill, Lake -- are left out).
PLACE_NAME_HEADS = words(
    "valley river mountains island islands peninsula desert coast gulf sea ocean strait canal "
    "delta plateau basin province district region county avenue boulevard highway freeway "
    "motorway airport road street township municipality"
)

# Words of a street's name after a house number, and their short forms: "200 Elm St.", "14
# Bath Road", "said outside 10 Downing Street", "her home at 22 Riverview Tce".
STREET_WORDS = words(
    "street st road rd avenue ave boulevard blvd lane ln drive dr way close crescent place pl "
    "terrace tce court ct highway hwy parkway pkwy square sq gate mews parade pde esplanade "
    "quay wharf grove gardens gdns"
)

# Last words that make a capitalised name a company ("Westmoor Buses", "Northstar Solar",
# "Marrak Air"); lower-case they are ordinary words ("capital projects").
COMPANY_NAME_HEADS = words(
    "air buses energy power solar oil gas petroleum mining minerals cement mobile networks "
    "logistics shipping transport railways ports foods beverages breweries farms agro "
    "textiles pharma healthcare investments assurance properties estates construction "
    "engineering electric utilities software tech digital entertainment studios pictures films "
    "hotels "
    "resorts capital mines copper gold steel motors brewery bakeries dairies fisheries water "
    "freight lines stores retail chain platinum semiconductor asa ag sa nv bv spa gmbh ab oyj "
    "ferries ratings health housing products "
    "bancorp bancshares motor pharmaceuticals therapeutics biosciences bio labs laboratories "
    "systems technologies telecom telecoms industries automotive chemicals chemical materials "
    "metrics analytics strategies polling data"  # pollsters and data firms: "Opinio Metrics"
)

# Legal forms written before a company's name ("PT Kebun Raya Makmur", "PJSC Volga Oil").
LEGAL_PREFIXES = words("pt pjsc jsc ojsc cjsc pao oao zao")

# Words that make a phrase a government body ("Mali's army", "the health ministry").
GOVERNMENT_HEADS = words(
    "government governments ministry ministries presidency army armies military militaries "
    "police cops navy junta authorities authority cabinet parliament senate assembly administration "
    "regime department departments command commission bureau customs immigration court courts "
    "tribunal judiciary prosecutors prosecutor prosecution gendarmerie forces troops officials "
    "agency office state state's defence defense embassy consulate council legislature congress "
    "kremlin pentagon guard guards corps prefecture province county municipality governorate "
    "service services force govt treasury coastguard "
    "district directorate inspectorate division divisions"
)

# Kinds of body a description names that are never a government: a headline's "Charity
# warns" or "says company" is not the directorate or office the story names next.
PRIVATE_BODY_HEADS = words(
    "charity charities ngo company firm club foundation trust union carrier airline lender "
    "insurer retailer carmaker automaker drugmaker chipmaker manufacturer producer refiner "
    "exporter supplier conglomerate cooperative co-operative co-op brewer miner developer "
    "thinktank think-tank")

# Compass words before a country's name that make a region of it ("Central Mali", "Northern
# Nigeria"): a headline's "Eastern Congo: ..." says where, like "Germany: ...".
COMPASS_WORDS = words(
    "north south east west central northern southern eastern western north-east north-west "
    "south-east south-west northeast northwest southeast southwest north-eastern "
    "north-western south-eastern south-western northeastern northwestern southeastern "
    "southwestern")

# Words that on their own name people ("residents", "witnesses").
PEOPLE_SPEAKER_HEADS = words(
    "resident residents witness witnesses survivor survivors villager villagers local locals "
    "relative relatives parent parents family families doctor doctors medic medics nurse "
    "nurses teacher teachers student students lawyer lawyers analyst analysts expert experts "
    "economist economists researcher researchers scientist scientists activist activists "
    "campaigner campaigners source sources observer observers monitor monitors investigator "
    "investigators diplomat diplomats leader leaders elder elders farmer farmers trader "
    "traders worker workers journalist journalists reporter reporters eyewitness eyewitnesses "
    "official spokesman spokeswoman spokesperson officer officers commander commanders "
    "chief head director chairman chairwoman chair headmaster headteacher principal president "
    "minister governor mayor senator lawmaker lawmakers legislator legislators ambassador envoy "
    "prefect prefects "
    "secretary undersecretary commissioner superintendent inspector representative "
    "representatives "
    "coordinator manager executive ceo founder member members victims victim pastor imam "
    "priest bishop cleric chairperson clerk registrar physician surgeon rescuers rescuer "
    "organisers organizers paramedics firefighters volunteers medical-staff staff guard "
    "grower growers guards widow widower pensioner pensioners mother father wife husband son "
    "daughter man woman men women passenger passengers customer customers driver drivers "
    "shopkeeper shopkeepers vendor vendors motorist motorists commuter commuters patient "
    "patients neighbour neighbours neighbor neighbors landlord landlords tenant tenants voter "
    "voters protester protesters demonstrator demonstrators employee employees critics "
    "supporters opponents meteorologists forecasters seismologists geologists "
    "epidemiologists engineer engineers driller drillers contractor contractors planner "
    "planners surveyor surveyors consultant consultants pharmacist pharmacists midwife "
    "midwives dentist miner miners fisherman fishermen herder herders grazier graziers "
    "rancher ranchers builder builders electrician mechanic pilot pilots sailor sailors "
    "soldier soldiers veteran veterans administrator accountant accountants banker bankers "
    "broker brokers dealer dealers strategist strategists forecaster meteorologist professor "
    "lecturer academic academics historian biologist ecologist hydrologist geologist "
    "seismologist epidemiologist virologist nutritionist agronomist landowner landowners "
    "owner owners shopowner homeowner homeowners operator operators councillor councillors "
    "negotiator negotiators mediator mediators prosecutor prosecutors attorney attorneys "
    "auditor auditors inspectors caretaker caretakers coach coaches player players "
    "defender defenders solicitor solicitors barrister barristers ombudsman ombudswoman "
    "ombudsperson coroner comptroller magistrate warden judge judges author authors co-author "
    "writer writers novelist sheriff sheriffs detective detectives constable trooper troopers "
    "marshal "
    # ranks and titles a story calls their holder by after naming them ("Maj. Gen. Samuel
    # Otieno ... The general said", "the colonel", "the congresswoman", "the archbishop")
    "colonel general brigadier captain lieutenant sergeant admiral commodore corporal "
    "congressman congresswoman councilman councilwoman assemblyman assemblywoman alderman "
    # (not titles that are also surnames, "Andi Sultan", "Ben King", "Alexander Pope": the
    # last word of a name is no head)
    "chancellor premier archbishop rabbi reverend collector emir queen "
    "princess mufti ayatollah evangelist supervisor regent speaker "
    "headmistress director-general secretary-general inspector-general attorney-general "
    "auditor-general solicitor-general vice-president president-elect under-secretary "
    "actuary counsel paramedic "
    # the people who run, back or measure a thing, as outlets from Canada to India write them
    # ("the district collector said", "the pollster said", "its sponsor said", "an organiser
    # said")
    "vice-chancellor treasurer pollster pollsters promoter promoters sponsor sponsors curator "
    "curators organiser organizer adviser advisers advisor advisors aide aides headman baker "
    "bakers "
    # the people on either side of a trade ("..., the buyer said", "one seller said")
    "buyer seller purchaser "
    # a newspaper's word for whoever runs a body ("the transport boss said", "water bosses
    # warned")
    "boss bosses"
)

# Heads that name a document or a count, whose owner is the speaker ("Maiga's statement").
DOCUMENT_HEADS = words(
    "statement statements report reports post posts tweet tweets communique communiqué letter "
    "video message release tally tallies count figures dashboard data statistics stats numbers estimates estimate survey "
    "census records study poll polling assessment assessments update bulletin document notice "
    "briefing memo memos memorandum checks investigation investigations "
    "announcement analysis findings conclusions toll website account filing filings accounts "
    "prospectus review documents papers calculations circular circulars results information "
    "audit audits notification notifications table tables draft drafts text proposal proposals "
    "ruling rulings verdict verdicts judgment judgments judgement judgements "
    "costings modelling modeling projections projection summary summaries trial list lists "
    "tests testing sampling monitoring test inspection inspections readings "
    # a court's filings and a body's resolutions, read out as the filer's or the issuer's
    "complaint complaints resolution resolutions decree decrees lawsuit indictment affidavit "
    "petition brief briefs"
)

# Polls, whose results a story reads out after crediting the pollster once.
POLL_DOCUMENTS = words("poll polling survey")
# What an election's results are read out in after their source is credited ("... won 37%,
# according to the election commission. The alliance came second with 24.9%"), and the words
# that name the body counting them.
ELECTION_WORDS = words("vote votes seats turnout ballots")
ELECTION_BODY_WORDS = words("election elections electoral")
# Documents of counts a body publishes: "the data show" are the figures' publisher's.
DATA_DOCUMENTS = words("data figures statistics stats numbers") | POLL_DOCUMENTS

# Titles and role words that precede a name ("Col.", "Prime Minister", "Foreign Minister").
TITLE_WORDS = words(
    "prosecutor counsel magistrate coroner ombudsman auditor registrar principal collector "
    # (a city's or a borough's lawyer: "City Solicitor Ana Ruiz said")
    "solicitor "
    # (an office one person holds: "the National Taxpayer Advocate, Erin Castellanos, said",
    # "the Chief Actuary, Ron Pell, said")
    "comptroller auditor-general inspector-general advocate actuary "
    "headteacher headmaster headmistress warden superintendent inspector constable mec mca "
    "paramedic medic "
    "mr mr. mrs mrs. ms ms. miss dr dr. doctor prof prof. professor col col. colonel lt lt. "
    "lieutenant lt-col lt.-col. gen gen. general maj maj. major maj-gen maj.-gen. brig brig. "
    "brig-gen brig.-gen. brigadier capt capt. captain cmdr cmdr. commander adm adm. admiral "
    "sgt sgt. sergeant cpl cpl. corporal pte pte. private president vice vice-president "
    "prime minister deputy secretary secretary-general governor gov gov. senator sen sen. "
    "rep rep. representative chancellor king queen prince princess sheikh sheikha shaikh "
    "shaikha emir sultan pope "
    "cardinal archbishop bishop rev rev. reverend pastor imam father chief justice judge "
    "mayor ambassador commissioner superintendent cp dsp asp sp ssp acp dcp aig igp "
    "inspector inspector-general director director-general chairman chairwoman chair "
    "spokesman spokesperson spokeswoman lord lady sir dame hon hon. honourable honorable "
    "alhaji alhaja hajiya hajia mallam malam opanyin togbe igwe comrade cde cde. engr engr. barr barr. "
    "brigadier-general lieutenant-general major-general lieutenant-colonel lt-gen lt.-gen. "
    "premier marshal coach "
    "commodore "
    "foreign defence defense interior finance health information justice home economy "
    "trade energy education agriculture state federal national acting former senior "
    "executive attorney police army military air naval navy commanding chief-of-staff "
    "speaker first officer head leader ceo coo cfo md president-elect opposition junior "
    "regional provincial district local county permanent attorney-general solicitor-general "
    "secretary-of-state minister-of-state sen. field rear army-chief defence-minister "
    "security spokesperson humanitarian affairs sheriff detective constable trooper "
    "councillor councilmember councilman councilwoman alderman assemblyman assemblywoman congressman "
    "congresswoman coroner magistrate supt supt. insp insp. det det. const const. cpt cpt. "
    "ch. chief-superintendent asst asst. gen. lt.-gen. lt-gen supervisor regent agent cr cllr coun coun. "
    "garda gda "
    "republican democrat undersecretary under-secretary "
    # honorifics before a name in West African, Burmese, Fijian, Malaysian and South Asian
    # outlets ("Madam Ama Owusu", "Hadja Aissatou Bah", "Daw Aye Aye", "Ratu Jone Vesi",
    # "Datuk Seri ...", "Smt. Lakshmi Rao", Indonesian "Pak Budi Santoso" and "Ibu Sri
    # Wahyuni"; "Ratu" after a first name is a surname:
    # _TITLE_SURNAMES in speakers.py)
    "madam madame mme mme. hadja hadjia hadji haji hajja hajji daw ratu datuk dato datin tun "
    # ("Fr Brian Walsh", "Fr. Miguel Arrieta": a priest)
    "fr fr. "
    # (a tabloid's "Mum Sinead Garvey", "Dad Gareth Pryce"; the clerics' honorifics are below)
    "mum mom dad "
    "puan pak bapak ibu "
    "encik shri smt smt. shrimati tunku tengku khun mzee "
    # religious titles (Afghan "Mawlawi Abdul Rahim Sharifi", Indonesian "Kyai Hasan")
    "rabbi ayatollah hojatoleslam mufti maulana mullah ustaz ustadh apostle evangelist deacon "
    "mawlawi maulawi maulvi ustadz kyai prefect sub-prefect "
    # Ireland's heads of government ("Taoiseach Micheál Martin"), Kenya's cabinet secretaries
    # ("Interior CS Kipchumba Murkomen"), and roles a story writes before a name with no
    # ending of an occupation ("Quarterback Jalen Moss", "Evacuee Maria Lopes")
    "taoiseach tánaiste tanaiste cs quarterback evacuee refugee"
)

# Honorifics of two words whose words are no titles alone ("Tan Sri Lim Boon Heng", "Datuk
# Seri Anwar Rahimi", "Puan Sri Aminah"): Malaysian and Bruneian state honours, where "Tan"
# is also a surname and "Sri" a given name.
HONORIFIC_PAIRS = frozenset({
    "tan sri", "puan sri", "toh puan", "datuk seri", "dato seri", "dato' seri", "dato sri",
    "dato' sri", "datuk sri", "datin seri", "datin sri", "pehin orang", "yang berhormat",
})

# Titles of peers, which with one word after them are the peer's name in the House of Lords
# and British usage ("Lord Ashfield", "Lady Hale"), not a title before a surname.
PEERAGE_TITLES = words("lord lady baron baroness earl viscount countess marquess")

# Common capitalised words that open sentences and never start a name.
COMMON_CAPITALISED = words(
    "the a an in on at under over after before during since until but and or so yet for "
    "this that these those there here it its he she they we i you his her their our my your "
    "when while where what who which why how as if though although because however meanwhile "
    "also some many most all both each every several few no not only just more less about "
    "around nearly almost up down out to from by with without into onto upon speaking "
    "roughly approximately upwards upward slightly barely scarcely "  # qualifiers opening a count
    "according asked reporting earlier later last next then now today yesterday monday "
    "tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december among between across through via "
    "despite amid amidst following elsewhere separately overall instead such other another "
    "including excluding counting besides unlike regarding concerning barring "
    "even still again one two three four five six seven eight nine ten once let please "
    "people police officials residents witnesses storm hurricane typhoon cyclone "
    "et gmt bst cet cest utc est edt pst pdt ist wat eat sast "
    "early initial preliminary provisional latest final fresh revised official unofficial"
)

# Lower-case nouns and adjectives allowed inside a speaker phrase ("government spokesman").
SPEAKER_PHRASE_WORDS = (
    PEOPLE_SPEAKER_HEADS
    | GOVERNMENT_HEADS
    | ARMED_HEADS
    | ORG_HEADS
    | DOCUMENT_HEADS
    | MEDIA_HEADS
    | words(
        "senior top local regional provincial district state federal national foreign defence "
        "defense interior health information finance security intelligence humanitarian "
        "military police army government hospital medical emergency rescue relief aid "
        "diplomatic political opposition ruling community traditional religious school "
        "unnamed anonymous several two three four some other media press public official "
        "independent international joint separatist rebel militant armed islamist jihadist "
        "mercenary private spokesman spokeswoman spokesperson spokespersons spokespeople "
        "chief deputy acting former head commander of for the a an new latest preliminary "
        "provisional initial official's justice economy trade energy education agriculture "
        "environment interior home public-relations relations public-affairs affairs "
        "communications press-secretary secretary ministerial presidential gubernatorial "
        "parliamentary electoral civil civilian rights human monitoring casualty casualties "
        "central paramilitary navy naval air-force airforce coast coastguard border-guard guard "
        "guards ranger rangers staff personnel unit units division brigade battalion regiment "
        "operation operations task taskforce task-force theatre headquarters base camp sector "
        "zone area zonal divisional"
    )
)

PRONOUNS = words("he she they it we i i'd we'd i'm we're i've we've")

# Object pronouns in "according to him" read as their subject forms.
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "i"}

# --------------------------------------------------------------------------- verbs

# Reporting verbs: the speaker is their subject ("X said ...", "..., X said").
REPORTING_VERBS = words(
    "say says said tell tells told add adds added admit admits admitted acknowledge "
    "acknowledges acknowledged claim claims claimed announce announces announced report "
    "reports reported estimate estimates estimated confirm confirms confirmed state states "
    "stated write writes wrote post posts posted tweet tweets tweeted note notes noted "
    "disclose discloses disclosed reveal reveals revealed insist insists insisted explain "
    "explains explained warn warns warned allege alleges alleged declare declares declared "
    "assert asserts asserted maintain maintains maintained count counts counted record records "
    "recorded document documents documented tally tallied accuse accuses accused put puts "
    "gave give gives show shows showed indicate indicates indicated suggest suggests suggested "
    "calculate calculates calculated quote quotes quoted cite cites cited argue argues argued "
    "contend contends contended boast boasts boasted assessed assesses "
    "testify testified told observe observes observed recall recalls recalled lament laments "
    "vow vows vowed promise promises promised pledge pledges pledged appeal appeals appealed "
    "predict predicts predicted forecast forecasts project projects projected "
    "expect expects expected seek seeks sought request requests requested present presents "
    "presented unveil unveils unveiled propose proposes proposed table tables tabled "
    "lamented complain complains complained concede concedes conceded put place places placed "
    "understands peg pegs pegged sees posted posts plans plan reiterated reiterates stressed "
    "stresses emphasised emphasized emphasises emphasizes reckon reckons listed lists "
    "specify specifies"  # ("..., the communique specifies"; not "the channel specified")
    " attributed attributes blamed blames"  # ("The minister attributed the rise to 40 wells")
    " assumes deplores deplored"  # ("The regulator assumes a household uses 2,700 kWh", "the
    # army deplores the loss of five soldiers"; not "assumed office")
)

# Participles of the occasion a speaker spoke on, which open an aside or an opening phrase
# and never a name or role ("The chancellor, writing in the Sunday Times, said", "Appearing
# before the committee, the minister said").
SPEAKING_PARTICIPLES = words("speaking writing addressing responding commenting testifying "
                             "talking appearing briefing replying reacting posting")

# Verbs that open a sentence before the speaker and a colon ('Said Dr Lim Wei Ming, the
# hospital's chief executive: "We treated 1,000 patients."'), as features and tabloids write.
OPENING_SAY_VERBS = words("said says added adds continued continues explained explains "
                          "noted notes warned warns insisted insists")

# Verbs that report a statement only after it, closing the sentence ("Costs rose 8 per cent,
# the treasurer clarified."): before a figure they more often do something to it ("clarified
# the 8 per cent rule").
CLOSING_VERBS = words("clarified clarifies")

# Verbs that report only direct speech, right after the quotation closes ('..." she asked.',
# '..." replied the minister.'): elsewhere they rarely attribute a figure ("asked for $5m").
# Verbs with which a headline gives its figure a source it names only by a document or a
# hearing ("..., poll shows", "..., new figures reveal", "..., says report", "..., court hears").
HEADLINE_VOICE_VERBS = words(
    "say says show shows find finds warn warns claim claims estimate estimates suggest suggests "
    "hear hears heard told reveal reveals indicate indicates confirm confirms predict predicts "
    "forecast forecasts project projects")
# Verbs that give a source's statement (not "recorded" or "counted", which a place or a
# tally does as well): a headline's one-word credit is the body's speaker only when the body
# has it say something with one of these (__init__._speaks_after).
SAYING_VERBS = words(
    "say says said tell tells told estimate estimates estimated warn warns warned announce "
    "announces announced report reports reported confirm confirms confirmed reveal reveals "
    "revealed expect expects expected forecast forecasts predict predicts predicted disclosed "
    "discloses added adds claimed claims stated states noted notes")
# Nouns a story uses after "the" for a person it named before, with no title or office:
# "the veteran", "the 34-year-old" (ages are read elsewhere), "the former Ireland international",
# "the Spaniard" (with DEMONYMS: "the Brazilian") -- sports and feature desks' epithets.
EPITHET_NOUNS = words(
    "veteran champion international youngster teenager rookie newcomer striker midfielder "
    "defender goalkeeper winger skipper batter batsman bowler sprinter swimmer cyclist boxer "
    "golfer jockey singer rapper actor actress novelist spaniard briton scot dane swede pole "
    "finn turk kiwi "
    "frenchman frenchwoman dutchman dutchwoman englishman englishwoman irishman irishwoman "
    "welshman welshwoman")
QUOTE_VERBS = words(
    "asked asks replied replies answered answers wondered wonders exclaimed exclaims remarked "
    "remarks quipped quips continued continues sighed joked jokes mused muses pleaded retorted "
    "countered counters responded responds recounted recounts "
    # the feature and tabloid desks' manner of saying ('..." she laughed.', '..." he gushed.')
    "laughed laughs chuckled chuckles gushed gushes beamed beams smiled smiles "
    # and their angry or tearful ones ('..." fumed dad-of-two Gary Smith.', '..." she sobbed.')
    "fumed fumes raged rages blasted blasts seethed seethes sobbed sobs wept weeps"
)

# Participles that continue the clause's subject ("..., saying 12 died").
PARTICIPLE_VERBS = words(
    "saying adding noting claiming stating insisting warning explaining estimating reporting "
    "confirming announcing revealing disclosing admitting acknowledging declaring asserting "
    "alleging accusing putting citing arguing telling writing posting boasting lamenting "
    "recalling conceding forecasting predicting projecting"
)

# Verbs that report only when their subject is a document or a count ("figures show").
DATA_VERBS = words(
    "show shows showed indicate indicates indicated suggest suggests suggested find finds found "
    "surveyed polled sampled "  # "The poll surveyed 612 adults": the pollster's sample
    "covered "  # "The alliance's survey covered 118 reefs": what a study covered, its
    # owner's sample
    "flagged highlighted"  # "The AGSA report also flagged that 17 ..."
    " identified identifies identify"  # "A 2023 study by X identified it as one of 21 ..."
)

# Passive attribution: "was made known by X", "figures released by X".
PASSIVE_BY = words(
    "disclosed confirmed announced given revealed reported stated released provided quoted "
    "cited signed issued published compiled made known seen obtained shared posted tweeted "
    "written circulated presented highlighted"
)

# Words between a subject and its reporting verb that do not end the subject.
SUBJECT_GAP_WORDS = words(
    "has have had was were is are would will could also earlier later previously further "
    "separately then again recently already officially publicly initially subsequently "
    "reportedly once repeatedly too himself herself itself themselves however meanwhile "
    "yesterday today late early last night this week morning evening afternoon had been "
    "first only formally widely now still just since privately openly both did does do"
)

# Outcomes: verb forms and nominalisations mapped to the participle used in `counts`.
OUTCOMES: dict[str, str] = {}
for _participle, _forms in {
    "killed": "killed kill kills killing killings slain slay slays slaying massacred massacre "
    "massacres massacring murder murders murdered murdering neutralised neutralized "
    "neutralise neutralize neutralising neutralizing eliminated eliminate eliminating",
    "died": "died die dies dying perished perish drowned drown",
    "injured": "injured injure injuries injuring hurt hurting",
    "wounded": "wounded wound wounding",
    "abducted": "abducted abduct abducts abducting abduction abductions kidnapped kidnap "
    "kidnaps kidnapping kidnappings",
    "captured": "captured capture captures capturing",
    "arrested": "arrested arrest arrests arresting",
    "detained": "detained detain detains detaining detention",
    "rescued": "rescued rescue rescues rescuing",
    "released": "released release releases releasing freed free frees freeing",
    "displaced": "displaced displace displaces displacing displacement uprooted",
    "fled": "fled flee flees fleeing",
    "evacuated": "evacuated evacuate evacuates evacuating evacuation",
    "executed": "executed execute executes executing execution executions",
    "missing": "missing disappeared",
    "affected": "affected affect affects affecting",
    "infected": "infected infect infecting infections",
    "hospitalised": "hospitalised hospitalized hospitalisation hospitalization",
    "deported": "deported deport deports deporting deportation deportations",
    "convicted": "convicted convict convicts convicting conviction convictions",
    "sentenced": "sentenced sentence sentencing",
    "charged": "charged charges charging",
    "deployed": "deployed deploy deploys deploying deployment",
    "destroyed": "destroyed destroy destroys destroying destruction",
    "burned": "burned burnt burn burns burning",
    "seized": "seized seize seizes seizing seizure",
    "recovered": "recovered recover recovers recovering recovery",
    "surrendered": "surrendered surrender surrenders surrendering",
    "lost": "lost lose loses losing",
    "stolen": "stolen stole steal steals stealing",
    "escaped": "escaped escape escapes escaping",
    "acquitted": "acquitted acquit acquits acquittal",
    "buried": "buried bury buries burying burial",
    "treated": "treated treat treats treating treatment",
    "unaccounted for": "unaccounted",
    "raised": "raised raise raises raising",
    "pledged": "pledged pledge pledges pledging",
    "spent": "spent spend spends spending",
    "paid": "paid pay pays paying",
    "demanded": "demanded demand demands demanding",
    "allocated": "allocated allocate allocates allocating allocation",
    "approved": "approved approve approves approving",
    "budgeted": "budgeted",
    "owed": "owed owe owes owing",
    "borrowed": "borrowed borrow borrows borrowing",
    "invested": "invested invest invests investing investment",
    "embezzled": "embezzled embezzle embezzling embezzlement",
    "recruited": "recruited recruit recruits recruiting",
    "vaccinated": "vaccinated vaccinate vaccinating vaccination",
    "employed": "employed employ employs employing",
    "registered": "registered register registers registering registration",
    "returned": "returned returning",
    "trapped": "trapped trap",
    "stranded": "stranded",
    "closed": "closed close closes closing closure closures shut",
    "damaged": "damaged damage damages damaging",
    "collapsed": "collapsed collapse collapses collapsing",
    "cancelled": "cancelled canceled cancel cancels cancelling cancellation cancellations",
    "taken hostage": "hostage",
}.items():
    for _f in _forms.split():
        OUTCOMES[_f] = _participle

# Outcome heads that already say what happened ("deaths", "casualties").
OUTCOME_NOUNS = words(
    "deaths death casualties casualty fatalities fatality injuries injury victims dead "
    "wounded hostages captives refugees displaced missing cases infections arrests "
    "abductions kidnappings killings attacks incidents strikes airstrikes raids"
)

# People nouns: "capture of N <these>" means abducted, not captured in battle.
CIVILIAN_NOUNS = words(
    "children child pupils pupil students student girls girl boys boy schoolgirls schoolboys "
    "schoolchildren women woman men man people persons villagers worshippers passengers "
    "travellers travelers residents civilians farmers workers teachers babies infants "
    "family families tourists migrants commuters"
)

# Countable people nouns that make a bare "one"/"a dozen" a figure.
PEOPLE_NOUNS = CIVILIAN_NOUNS | words(
    "person soldier soldiers officer officers policeman policemen fighter fighters militant "
    "militants rebel rebels civilian civilians member members journalist journalists "
    "protester protesters demonstrator demonstrators worker workers patient patients "
    "victim victims suspect suspects hostage hostages body bodies troops personnel police "
    "gunmen bandits jihadists insurgents terrorists refugees casualties "
    # singular people a bare "one" counts: "One firefighter was treated at the scene"
    "firefighter firefighters worshipper resident villager passenger traveller traveler "
    "teacher nurse nurses doctor doctors miner miners driver drivers pedestrian pedestrians "
    "motorist motorists migrant tourist commuter farmer volunteer surgeon guard employee "
    "engineer pilot inmate prisoner detainee survivor paramedic climber hiker fisherman"
)

TIME_UNITS = words(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades century centuries night nights weekend weekends fortnight morning "
    "evening afternoon semester term terms quarter quarters"
)

# Units a duration is counted in: "waited 14 months", "for about 20 minutes".
DURATION_UNITS = words(
    "second seconds minute minutes hour hours day days night nights week weeks fortnight "
    "fortnights month months year years decade decades century centuries quarters weekends "
    "seasons"  # sport's unit of time: "lose up to £105m over three seasons", "in four seasons"
)
# The unit a duration's claim is stored in: the plural of its unit word ("days" for "day").
DURATION_STORED = frozenset(u for u in DURATION_UNITS if u.endswith("s"))
# Words after a number that make it a clock time: "at 6 a.m.", "a 6pm briefing", "10 o'clock",
# "14:00 GMT" (the figure rules and the speaker rules both read them).
CLOCK_WORDS = ("a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "utc")

DISTANCE_UNITS = words(
    "km kilometre kilometres kilometer kilometers mile miles metre metres meter meters feet "
    "foot ft cm centimetres centimeters mm millimetres millimeters inch inches yards yard "
    "degrees degree °c °f c f celsius fahrenheit "
    "nautical knots mph kph km/h"
)

# Units of storage, charge, energy, power, frequency, resolution and weight, written against
# the number or apart ("256GB", "4,800mAh", "45W", "120 Hz", "1.2 TWh", "50 megapixels"): a product's
# or a plant's specification, always a measure (lower-case keys).
SPEC_UNITS: dict[str, str] = {
    "kb": "KB", "mb": "MB", "gb": "GB", "tb": "TB", "pb": "PB", "mah": "mAh", "wh": "Wh",
    "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "kw": "kW", "w": "W", "hz": "Hz",
    "khz": "kHz", "mhz": "MHz", "ghz": "GHz", "megapixels": "megapixels",
    "megapixel": "megapixels", "mp": "megapixels", "ppm": "ppm", "ppb": "ppb",
    # small weights and volumes written against the number: "12kg of cocaine", "500ml", "150g"
    "kg": "kg", "g": "g", "mg": "mg", "lb": "lb", "lbs": "lb", "ml": "ml",
    # a plant's power written against the number: "280MW", "1 050MW", "2GW"
    "mw": "MW", "gw": "GW",
    # a volume in cubic metres: "180,000m3 of slurry"
    "m3": "m\u00b3", "m\u00b3": "m\u00b3",
    # tonnes and hectares written against the number: "318,000t of copper", "60ha of crop"
    "t": "tonnes", "ha": "hectares",
}

MEASURE_UNITS: dict[str, str] = {
    "kg": "kg", "kilograms": "kg", "kilogrammes": "kg", "kilos": "kg", "tonnes": "tonnes",
    "tons": "tonnes", "tonne": "tonnes", "ton": "tonnes", "barrels": "barrels",
    # oil output as the trade writes it: "206,000 bpd", "9.87 million bpd" (barrels per day)
    "bpd": "bpd",
    "litres": "litres", "liters": "litres", "hectares": "hectares", "acres": "acres",
    # small weights and volumes spelt out: "400 to 800 millilitres an hour", "30 grams of fat"
    "millilitres": "ml", "milliliters": "ml", "grams": "g", "grammes": "g", "milligrams": "mg",
    "megawatts": "MW", "mw": "MW", "gigawatts": "GW", "gw": "GW", "bags": "bags",
    "gallons": "gallons", "megalitres": "megalitres", "megaliters": "megalitres",
    "dunams": "dunams", "dunums": "dunams", "feddans": "feddans", "quintals": "quintals",
    "bushels": "bushels", "cubic": "cubic", "square": "square", "cents": "cents",
    # (written apart only the unmistakable ones: "45 W" or "5 mb" may be other words)
    **{k: SPEC_UNITS[k] for k in words("gb tb mah kwh mwh gwh twh kw hz khz mhz ghz "
                                       "megapixels megapixel ppm ppb")},
}

CURRENCY_WORDS: dict[str, str] = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
    "sterling": "GBP", "naira": "NGN", "rupees": "INR", "rupee": "INR", "shillings": "KES",
    "cedis": "GHS", "cedi": "GHS", "rand": "ZAR", "francs": "XOF", "yuan": "CNY", "yen": "JPY",
    "dirhams": "AED", "riyals": "SAR", "rubles": "RUB", "roubles": "RUB", "hryvnias": "UAH",
    "hryvnia": "UAH", "birr": "ETB", "kwacha": "ZMW", "pesos": "MXN", "lira": "TRY", "liras": "TRY",
    "rupiah": "IDR", "ringgit": "MYR", "baht": "THB", "taka": "BDT", "dinars": "IQD",
    "dinar": "IQD", "leones": "SLE", "kwanza": "AOA",
    "kroner": "NOK", "krone": "NOK", "kronor": "SEK", "krona": "SEK", "zloty": "PLN",
    "zlotys": "PLN", "forint": "HUF", "forints": "HUF", "lei": "RON", "shekels": "ILS",
    "shekel": "ILS", "dong": "VND", "won": "KRW", "tenge": "KZT", "soums": "UZS",
    "som": "UZS", "sums": "UZS", "manat": "AZN", "lari": "GEL", "drams": "AMD", "pula": "BWP",
    "dalasi": "GMD", "rials": "IRR", "rial": "IRR", "reais": "BRL", "real": "BRL",
    "soles": "PEN", "bolivars": "VES", "quetzales": "GTQ", "colones": "CRC", "lempiras": "HNL",
    "afghanis": "AFN", "kyats": "MMK", "kyat": "MMK", "riels": "KHR", "kina": "PGK",
    "ringgits": "MYR", "tugriks": "MNT", "leks": "ALL", "denars": "MKD", "dinara": "RSD",
}
# A currency named with its country's adjective: "8 million Swiss francs".
CURRENCY_PHRASES: dict[tuple[str, str], str] = {
    ("u.s.", "dollars"): "USD", ("us", "dollars"): "USD", ("swiss", "francs"): "CHF",
    ("cfa", "francs"): "XOF", ("australian", "dollars"): "AUD", ("canadian", "dollars"): "CAD",
    ("hong", "kong"): "HKD", ("kenyan", "shillings"): "KES", ("ugandan", "shillings"): "UGX",
    ("tanzanian", "shillings"): "TZS", ("iraqi", "dinars"): "IQD", ("jordanian", "dinars"): "JOD",
    ("egyptian", "pounds"): "EGP", ("sudanese", "pounds"): "SDG", ("congolese", "francs"): "CDF",
    ("rwandan", "francs"): "RWF", ("singapore", "dollars"): "SGD", ("new", "shekels"): "ILS",
    # the Gulf, Middle East and Turkish currencies ("2.6 trillion Turkish liras")
    ("turkish", "liras"): "TRY", ("turkish", "lira"): "TRY", ("saudi", "riyals"): "SAR",
    ("qatari", "riyals"): "QAR", ("kuwaiti", "dinars"): "KWD", ("bahraini", "dinars"): "BHD",
    ("omani", "rials"): "OMR", ("emirati", "dirhams"): "AED", ("uae", "dirhams"): "AED",
    ("lebanese", "pounds"): "LBP", ("syrian", "pounds"): "SYP", ("iranian", "rials"): "IRR",
    ("moroccan", "dirhams"): "MAD", ("tunisian", "dinars"): "TND", ("libyan", "dinars"): "LYD",
    ("algerian", "dinars"): "DZD", ("israeli", "shekels"): "ILS",
}

CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "₦": "NGN", "n": "NGN", "ngn": "NGN", "₹": "INR", "rs": "INR", "rs.": "INR", "inr": "INR",
    "ksh": "KES", "ksh.": "KES", "kes": "KES", "gh₵": "GHS", "gh¢": "GHS", "ghs": "GHS", "¥": "CNY",
    "a$": "AUD", "c$": "CAD", "n$": "NAD", "r": "ZAR", "zar": "ZAR", "p": "PHP", "₱": "PHP", "php": "PHP", "dh": "AED", "dhs": "AED", "shs": "UGX", "tk": "BDT", "tk.": "BDT", "৳": "BDT", "chf": "CHF", "jpy": "JPY", "cny": "CNY", "aud": "AUD",
    "cad": "CAD", "pkr": "PKR", "bdt": "BDT", "egp": "EGP", "etb": "ETB", "tzs": "TZS",
    "ugx": "UGX", "xof": "XOF", "xaf": "XAF", "cfa": "XOF", "fcfa": "XOF", "sh": "KES", "tsh": "TZS", "ush": "UGX", "rwf": "RWF", "frw": "RWF", "idr": "IDR", "rp": "IDR",
    "sr": "SAR", "qr": "QAR", "kd": "KWD", "tl": "TRY", "jd": "JOD", "bd": "BHD",
    "le": "EGP",  # the Egyptian pound as Cairo papers write it: "LE4,500"
    # dollars named by their country's letters
    "hk$": "HKD", "nt$": "TWD", "s$": "SGD", "nz$": "NZD", "r$": "BRL", "j$": "JMD",
    "tt$": "TTD", "ec$": "XCD", "z$": "ZWL", "au$": "AUD", "ca$": "CAD", "mop$": "MOP",
    "ll": "LBP", "us $": "USD", "rm": "MYR", "nis": "ILS",
    "s/": "PEN", "s/.": "PEN",  # the Peruvian sol: "S/ 38.2 million"
    # the Gulf and Middle East papers' codes before an amount ("AED 2.5 billion", "SAR 1.2bn")
    "₺": "TRY", "₩": "KRW", "cn¥": "CNY", "jp¥": "JPY", "rmb": "CNY", "aed": "AED", "sar": "SAR", "qar": "QAR", "kwd": "KWD", "bhd": "BHD", "omr": "OMR",
    "mnt": "MNT", "kzt": "KZT", "uzs": "UZS",
    # the rest of the Unicode currency signs written before an amount
    "₡": "CRC", "₴": "UAH", "₽": "RUB", "₪": "ILS", "₫": "VND", "₸": "KZT", "₲": "PYG",
    "₭": "LAK", "₮": "MNT",
    "jod": "JOD", "iqd": "IQD", "lbp": "LBP", "ils": "ILS", "tnd": "TND", "dzd": "DZD",
}

SCALE_WORDS: dict[str, int] = {
    "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "b": 10**9, "k": 1000, "tn": 10**12,
    "trn": 10**12, "tr": 10**12, "crore": 10**7, "crores": 10**7, "lakh": 10**5, "lakhs": 10**5,
    "bln": 10**9, "cr": 10**7, "trln": 10**12,
}

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}

# Words before a number that make it a label, not a quantity ("Resolution 2231", "page 4").
LABEL_WORDS = words(
    "no no. number page section chapter article paragraph para line room gate route highway road "
    "platform terminal level phase category grade class rank ranked ranking version season "
    "episode round stage step act zone sector block ward lane street flight resolution "
    "decree law bill item clause model code channel pillar batch group division brigade "
    "battalion regiment squad lot plot house apartment flat unit cell camp kilometre km mile "
    "aged age ages verse psalm tier cohort vol volume issue edition box suite junction exit column "
    "pier berth bay port area type serotype subtype genotype passcode passcodes password pin "
    "bib marker milepost"  # a runner's number ("wearing bib 4408"), "mile marker 27"
    " kilometer priority"  # a river's or road's marker ("near Rhine kilometer 424", as
    # "kilometre" was), a call's urgency class ("priority 1 calls")
)

# Words that make a label word after them a verb: "will issue", "which houses", "can house"
# (a label is a noun: "issue 4 of the journal", "house 12"; and "to" is no marker: "moves to
# level 4", "traffic to port 8443").
LABEL_VERB_MARKERS = words("will would can could may might must shall should which who")

# Superlatives, which rank a thing against its peers ("its highest level in two decades",
# "recorded the most break-ins of any district"); a word in "-iest" ("busiest") is one too
# (is_superlative).
SUPERLATIVES = words(
    "most fewest highest lowest biggest largest smallest greatest fastest slowest worst best "
    "strongest weakest longest shortest deepest sharpest steepest warmest hottest coldest "
    "wettest driest quickest")


def is_superlative(word: str) -> bool:
    """Whether a lower-case word is a superlative ("highest", "busiest")."""
    return word in SUPERLATIVES or len(word) > 4 and word.endswith("iest")


# Lower-case particles in personal names that every list of them holds ("Saeed bin Nasser",
# "Latifa bint Mohammed", "Pieter van Wyk", "Maria da Silva"); the tokenizer and the speaker
# rules add their own.
NAME_PARTICLES = words("bin bint ibn de da di du van von")


# Determiners before a number word that make it a reference ("the two leaders").
REFERENCE_DETERMINERS = words(
    "the these those both all each every any whose "
    "first last next other another this"
)


# Well-known short names and the full name they stand for (as normalised speaker keys).
ABBREVIATED: dict[str, str] = {
    "un": "united nations", "u.n": "united nations", "u n": "united nations",
    "u s": "united states", "u k": "united kingdom", "us": "united states",
    "u.s": "united states", "usa": "united states", "uk": "united kingdom",
    "u.k": "united kingdom", "britain": "united kingdom", "eu": "european union",
    "au": "african union", "who": "world health organization",
    "world health organisation": "world health organization",
    "unicef": "united nations children's fund", "unhcr": "un refugee agency",
    "un refugee agency": "un refugee agency", "iom": "international organization for migration",
    "wfp": "world food programme", "imf": "international monetary fund",
    "icrc": "international committee of the red cross", "msf": "doctors without borders",
    "medecins sans frontieres": "doctors without borders", "hrw": "human rights watch",
    "acled": "armed conflict location and event data project", "ap": "associated press",
    "afp": "agence france-presse", "drc": "dr congo", "uae": "united arab emirates",
    "united nations refugee agency": "un refugee agency", "u n refugee agency": "un refugee agency",
    # London's police by its other names
    "scotland yard": "metropolitan police", "met police": "metropolitan police",
    "metropolitan police service": "metropolitan police",
}

# Given names that say a person's gender in most of the world's English-language press (names
# worn by both, or by men in one country and women in another -- Andrea, Nicola, Jean, Kim,
# Ashley -- are left out). Only a first word of a full name counts, and only where the text
# itself says nothing (no role, title or earlier pronoun): "she" after "Amina Okoro" and
# "John Bello" is Okoro.
FEMALE_GIVEN_NAMES = words(
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa "
    "margaret sandra emily michelle carol amanda melissa deborah stephanie rebecca laura "
    "helen anna ruth olivia emma sophie charlotte amelia grace chloe lucy hannah rachel "
    "catherine katherine claire victoria natalie julia maria ana sofia isabel carmen lucia "
    "fatima aisha amina zainab mariam maryam khadija leila layla nadia yasmin noura "
    "priya anjali sunita lakshmi pooja neha kavita deepika meera "
    "ngozi chiamaka funmilayo wanjiru nomsa thandiwe precious blessing "
    "yuki mei xiu hana"
)
MALE_GIVEN_NAMES = words(
    "james john robert michael william david richard joseph thomas charles christopher "
    "daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian "
    "george edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan "
    "peter henry oliver harry jack samuel benjamin simon martin stephen philip "
    "juan carlos jose luis miguel pedro jorge diego pablo antonio francisco "
    "mohammed muhammad mohamed ahmed ali hassan hussein omar khalid ibrahim mahmoud "
    "abdullah yusuf rajesh rahul amit sanjay vijay suresh ramesh arjun "
    "chukwuemeka emeka oluwaseun tunde kwame kofi sipho thabo "
    "hiroshi takeshi kenji wei jun"
)
