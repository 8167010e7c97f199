"""Session 19, round ya: acronyms and short forms of bodies the article names in full.

Across all gold, when an article gives a body's full name and its acronym, authors credit the
full name (about 430 of 440 bodies whose acronym spells the name); so the short forms below
are bound to the full name. An acronym may leave out the kind of body that closes the name
("HART said" after "the Harbor Area Rapid Transit District": the letters spell every word
but "District", "Corporation", "Company", "Authority", "Agency", "Commission" or "Board").
A name written in lower case after its first word, as French, Spanish, Portuguese or Italian
write a body's name, before its acronym in brackets ("the Syndicat national des enseignants
(SNE)") is that acronym's full name when each word, connectors aside, gives the acronym
its first letter. A body's named data series or monitoring programme ("according to
INPE's historical Prodes series", "data from the Bureau's Argo programme") speaks for the
body. A body's name ending in its kind, then its home acronym without brackets ("the German
Engineering Federation VDMA said") is the name, the acronym its alias. Every sentence is
invented, in many outlets' house styles.
"""

from __future__ import annotations

import pytest

from tests.extraction.cases import case_params, check_pairs

# Each case: (id, paragraphs, pairs that must be found, pairs that must not, options for run).
CASES = [
    # --- an acronym that leaves out the closing kind word ---------------------------------
    ("sfchron_transit_district",
     ("The Harbor Area Rapid Transit District faces a deficit of $385 million, officials said.",
      "Fares covered about 70% of operating costs before the pandemic, HART said."),
     [("Harbor Area Rapid Transit District", "about 70%")], [("HART", "about 70%")], {}),
    ("reuters_transit_district_possessive",
     ("The Harbor Area Rapid Transit District said it may close 10 stations.",
      "HART's ridership is running at 40% of its 2019 level, the agency said."),
     [("Harbor Area Rapid Transit District", "40%")], [], {}),
    ("latimes_water_district",
     ("The Mesa Valley Water District raised rates on Monday.",
      "Usage fell 12% last summer, MVW said."),
     [("Mesa Valley Water District", "12%")], [("MVW", "12%")], {}),
    ("bloomberg_power_corporation",
     ("The Northern Grid Power Corporation reported a loss.",
      "NGP said it would cut 1,200 jobs by next year."),
     [("Northern Grid Power Corporation", "1,200")], [("NGP", "1,200")], {}),
    ("ft_shipping_company",
     ("The Baltic Coastal Shipping Company reported a loss.",
      "BCS said freight volumes dropped 18% in the quarter."),
     [("Baltic Coastal Shipping Company", "18%")], [("BCS", "18%")], {}),
    ("star_tribune_port_authority",
     ("The Lake Superior Harbor Port Authority approved a new terminal.",
      "LSHP said the terminal would handle 400 ships a year."),
     [("Lake Superior Harbor Port Authority", "400")], [("LSHP", "400")], {}),
    ("nation_water_commission",
     ("The Upper Tana Water Resources Commission issued a warning on Tuesday.",
      "River levels had risen 2 metres overnight, UTWR said."),
     [("Upper Tana Water Resources Commission", "2 metres")], [("UTWR", "2 metres")], {}),
    ("guardian_ng_ports_agency",
     ("The Eastern Delta Ports Development Agency met exporters on Friday.",
      "EDPD said 35 vessels were waiting to berth."),
     [("Eastern Delta Ports Development Agency", "35")], [("EDPD", "35")], {}),
    ("hindu_tourism_board",
     ("The Kerala Coastal Tourism Board launched a campaign.",
      "KCT said arrivals rose 22% in December."),
     [("Kerala Coastal Tourism Board", "22%")], [("KCT", "22%")], {}),
    ("wapo_metro_authority_full_spell_kept",
     ("The Capital Regional Transit Authority (CRTA) met on Thursday.",
      "CRTA said ridership rose 9% in May."),
     [("Capital Regional Transit Authority", "9%")], [("CRTA", "9%")], {}),
    ("ap_acronym_spelling_whole_name_kept",
     ("The Metropolitan Area Rapid Transit Authority said trains would run late.",
      "MARTA said 3 lines would close on Sunday."),
     [("Metropolitan Area Rapid Transit Authority", "3")], [("MARTA", "3")], {}),
    # guards: the letters spell no body named before
    ("guard_acronym_of_unnamed_body",
     ("The Harbor Area Rapid Transit District met on Monday.",
      "Ridership fell 8%, according to the KLM Travel Institute.",
      "TXR said fares would rise 5%."),
     [("TXR", "5%")], [("Harbor Area Rapid Transit District", "5%")], {}),
    ("guard_two_word_name_not_shortened",
     ("The Riverside Transit District cut services.",
      "RT said 14 routes would go."),
     [], [("Riverside Transit District", "14")], {}),
    ("guard_acronym_missing_a_middle_word",
     ("The Bay Area Rapid Transit District cut services.",
      "BRT said 14 routes would go."),
     [], [("Bay Area Rapid Transit District", "14")], {}),
    ("guard_tail_not_a_kind_word",
     ("The Great Northern Rail Network expanded on Monday.",
      "GNR said it carried 2 million passengers."),
     [], [("Great Northern Rail Network", "2 million")], {}),
    ("guard_person_initials",
     ("The Harbor Area Rapid Transit District met on Monday.",
      "Board member Hal Arnett Richards said fares would rise 3%."),
     [("Hal Arnett Richards", "3%")], [], {}),
    ("guard_publisher_acronym",
     ("The Coastal Area Rapid Transit Company said 12 buses were off the road.",),
     [("Coastal Area Rapid Transit Company", "12")], [], {}),
    ("guard_two_letter_acronym",
     ("The Northern Grid Power Corporation reported a loss.",
      "NG said it would cut 300 jobs."),
     [], [("Northern Grid Power Corporation", "300")], {}),
    # --- a name in lower case after its first word, before its bracketed acronym -------------
    ("france24_syndicat",
     ("Tens of thousands of teachers walked out on Thursday.",
      "The Syndicat national des enseignants (SNE) said 4,000 posts would go.",
      "The SNE put the strike rate at 40 percent."),
     [("Syndicat national des enseignants", "4,000"),
      ("Syndicat national des enseignants", "40 percent")], [("SNE", "40 percent")], {}),
    ("lemonde_english_confederation",
     ("The Confédération paysanne des agriculteurs (CPA) called a blockade.",
      "Some 3,000 tractors joined the protest, the CPA said."),
     [("Confédération paysanne des agriculteurs", "Some 3,000")], [("CPA", "Some 3,000")], {}),
    ("elpais_confederacion",
     ("The Confederación general del trabajo (CGT) called a strike.",
      "The CGT said 70% of workers stayed home."),
     [("Confederación general del trabajo", "70%")], [("CGT", "70%")], {}),
    ("folha_sindicato",
     ("The Sindicato nacional dos aeronautas (SNA) said 120 flights were cancelled.",),
     [("Sindicato nacional dos aeronautas", "120")], [], {}),
    ("ansa_associazione",
     ("The Associazione nazionale costruttori edili (ANCE) warned of delays.",
      "Building permits fell 11%, ANCE said."),
     [("Associazione nazionale costruttori edili", "11%")], [("ANCE", "11%")], {}),
    ("rfi_union_acronym_later",
     ("Teachers marched in Paris, led by the Syndicat national des lycées (SNL).",
      "The SNL said 25 percent of secondary teachers were on strike."),
     [("Syndicat national des lycées", "25 percent")], [("SNL", "25 percent")], {}),
    ("euronews_federacion_said_after",
     ("Fishing crews stayed in port, the Federación nacional de cofradías (FNC) said, and "
      "about 600 boats were idle.",),
     [("Federación nacional de cofradías", "about 600")], [], {}),
    ("guard_capitalised_name_unchanged",
     ("The National Education Union (NEU) said 4,000 posts would go.",
      "The NEU put the strike rate at 40 percent."),
     [("National Education Union", "40 percent")], [], {}),
    ("guard_english_phrase_before_bracket",
     ("Teachers said it was unfair (TSU).",
      "The TSU said 12 schools had shut."),
     [("TSU", "12")], [("Teachers said it was unfair", "12")], {}),
    ("guard_letters_do_not_match",
     ("The Syndicat national des enseignants (SGEN) called a march.",
      "The SGEN said 30 percent joined."),
     [("SGEN", "30 percent")], [("Syndicat national des enseignants", "30 percent")], {}),
    ("guard_word_gives_two_letters",
     ("The Syndicat national des enseignants (SYNE) called a march.",
      "The SYNE said 30 percent joined."),
     [], [("Syndicat national des enseignants", "30 percent")], {}),
    ("guard_two_letter_lower_case_name",
     ("The Ordre national (ON) said 15 doctors had resigned.",),
     [], [("Ordre national", "15")], {}),
    ("france24_appositive_description",
     ("Teachers walked out over cuts that the main teachers' union, the Syndicat national "
      "des enseignants (SNE), says will cut 4,000 posts.",),
     [("Syndicat national des enseignants", "4,000")], [], {}),
    ("guard_appositive_english_name",
     ("Teachers walked out over cuts that the main teachers' union, the National Education "
      "Union (NEU), says will cut 4,000 posts.",),
     [("National Education Union", "4,000")], [], {}),
    # --- a body's named data series or programme ------------------------------------------
    ("riotimes_prodes_series",
     ("Deforestation fell 31%, according to the National Institute for Space Research (INPE).",
      "Deforestation peaked at 27,772 square kilometers in 2004, according to INPE's "
      "historical Prodes series."),
     [("National Institute for Space Research", "27,772 square kilometers")],
     [("INPE's historical Prodes series", "27,772 square kilometers")], {}),
    ("mongabay_queimadas_program",
     ("The National Institute for Space Research (INPE) released the figures on Friday.",
      "Data from INPE's Queimadas program show fire outbreaks rose 22%."),
     [("National Institute for Space Research", "22%")], [], {}),
    ("abc_au_argo_programme",
     ("Ocean heat content hit a record, according to the Bureau of Meteorology.",
      "Surface waters were 1.2C warmer than average, according to the Bureau's Argo programme."),
     [("Bureau of Meteorology", "1.2C")], [], {}),
    ("nasa_landsat_program",
     ("Glacier cover shrank 14%, according to NASA's Landsat program.",),
     [("NASA", "14%")], [("NASA's Landsat program", "14%")], {}),
    ("worldbank_named_program",
     ("Data from the World Bank's Doing Business program show costs rose 22%.",),
     [("World Bank", "22%")], [], {}),
    ("statcan_long_series",
     ("Housing starts rose 8%, according to Statistics Canada's long-running Labour Force "
      "series.",),
     [("Statistics Canada", "8%")], [], {}),
    ("guard_series_without_owner",
     ("Output rose 5%, according to the agency.",
      "Exports fell 3%, according to the historical Prodes series."),
     [], [("Agency", "3%")], {}),
    ("guard_pronoun_owner_series",
     ("Maria Lopes, a researcher, said her programme had logged 45 fires.",),
     [("Maria Lopes", "45")], [], {}),
    ("guard_report_unchanged",
     ("Prices rose 4%, according to the World Bank's latest report.",),
     [("World Bank", "4%")], [], {}),
    ("guard_program_as_name",
     ("The World Food Programme said 2 million people needed aid.",),
     [("World Food Programme", "2 million")], [], {}),
    # --- a body's name ending in its kind, then its home acronym -------------------------
    ("dw_engineering_federation",
     ("The German Engineering Federation VDMA said its members' orders fell by 8 percent.",
      "The VDMA said 12 plants would close."),
     [("German Engineering Federation", "8 percent"), ("German Engineering Federation", "12")],
     [("German Engineering Federation VDMA", "8 percent"), ("VDMA", "12")], {}),
    ("reuters_chambers_of_commerce",
     ("The Association of German Chambers DIHK said 30% of firms planned to cut jobs.",),
     [("Association of German Chambers", "30%")], [], {}),
    ("handelsblatt_industry_federation",
     ("The Federation of German Industries BDI expects output to shrink 1.5% this year.",
      "BDI said exports would fall 2%."),
     [("Federation of German Industries", "2%")], [("BDI", "2%")], {}),
    ("politico_farmers_union",
     ("The Dutch Farmers Union LTO said 9,000 farmers joined the protest.",),
     [("Dutch Farmers Union", "9,000")], [], {}),
    ("guard_nhs_trust",
     ("The Northern Ambulance Service NHS Trust said 40 crews were out.",),
     [("Northern Ambulance Service NHS Trust", "40")], [], {}),
    ("guard_country_acronym",
     ("The Scottish Football Association USA said 12 matches were moved.",),
     [], [("Scottish Football Association", "12")], {}),
    ("guard_acronym_before_title",
     ("Around 10,000 jobs had been cut, the Engineering Trade Federation VDMA chief economist "
      "Lukas Fehrenbach said.",),
     [("Lukas Fehrenbach", "Around 10,000")], [], {}),
    ("guard_name_without_kind",
     ("The Surf Life Saving NSW said 14 people were rescued.",),
     [], [("Surf Life Saving", "14")], {}),
    # --- short forms this round leaves as they are (known, see XFAIL) ----------------------
    ("sfexaminer_service_run_by_agency",
     ("Rail ridership lags across the bay.",
      "Metrolux, which is run by the Harbor City Municipal Transportation Agency, has warned "
      "of a $214 million gap."),
     [("Harbor City Municipal Transportation Agency", "$214 million")], [], {}),
    ("variety_network_spokeswoman",
     ("The awards drew 18.1 million viewers on KXTV, according to Nielsen.",
      "KXTV moved quickly. A network spokeswoman said the show reached 31 million people."),
     [("KXTV", "31 million")], [], {}),
    ("guard_acronym_spelled_as_bracket_list",
     ("The Rural Roads Agency (RRA) and the Harbor Area Rapid Transit District (HART) met.",
      "RRA said 40 bridges needed repair."),
     [("Rural Roads Agency", "40")], [("Harbor Area Rapid Transit District", "40")], {}),
    ("guard_spanish_name_capitalised",
     ("The Instituto Nacional de Estadística (INE) said prices rose 2.8%.",),
     [("Instituto Nacional de Estadística", "2.8%")], [], {}),
    ("guard_series_of_person",
     ("Photographer Ana Ruiz said her Amazon series had taken 6 years.",),
     [("Ana Ruiz", "6 years")], [], {}),
    # --- existing acronym conventions the rules must keep ---------------------------------
    ("guard_bracketed_acronym_full_name",
     ("The Economic and Financial Crimes Commission (EFCC) arrested 12 suspects.",
      "The EFCC said 3 of them were officials."),
     [("Economic and Financial Crimes Commission", "3")], [("EFCC", "3")], {}),
    ("guard_described_body_acronym",
     ("The disaster agency (BNPB) said 41 people had died.",),
     [("BNPB", "41")], [], {}),
    ("guard_known_as",
     ("The Japanese Trade Union Confederation, known as Rengo, said wages rose 5.1%.",),
     [("Japanese Trade Union Confederation", "5.1%")], [], {}),
    ("guard_un_alone",
     ("More than 12 million people have fled, according to the UN.",),
     [("UN", "More than 12 million")], [], {}),
    ("guard_spelled_run",
     ("The Lagos State Emergency Management Agency responded.",
      "LASEMA said 7 people were rescued."),
     [("Lagos State Emergency Management Agency", "7")], [], {}),
]

# More cases, built from two templates so each rule meets many bodies and house styles.
_DROPPED_TAILS = [
    ("cnn_valley_water", "Central Valley Irrigation District", "CVI", "18%"),
    ("kyodo_tokai_rail", "Tokai Coastal Railway Company", "TCR", "3,400"),
    ("smh_harbour_bridge", "Sydney Harbour Crossing Authority", "SHC", "$12 million"),
    ("irish_times_port", "Dublin Bay Port Company", "DBP", "9%"),
    ("scmp_mass_transit", "Kowloon Mass Transit Railway Corporation", "KMTR", "5.2 million"),
    ("vanguard_power_commission", "Niger Delta Power Holding Commission", "NDPH", "1,800"),
    ("dawn_water_board", "Karachi Water Sewerage Board", "KWS", "450"),
    ("straits_times_housing_board", "Singapore Public Housing Board", "SPH", "13,000"),
    ("globe_mail_transit_commission", "Toronto Regional Transit Commission", "TRT", "24%"),
    ("nzherald_land_agency", "Auckland Land Transport Agency", "ALT", "60"),
    ("gulf_news_roads_authority", "Dubai Roads Transport Authority", "DRT", "7%"),
    ("inquirer_water_district", "Metro Cebu Water District", "MCW", "2,300"),
]
for _id, _name, _acr, _fig in _DROPPED_TAILS:
    CASES.append((_id, (f"The {_name} announced changes on Monday.",
                        f"{_acr} said the change would affect {_fig} customers."
                        if not _fig.endswith("%") else
                        f"Prices will rise {_fig}, {_acr} said."),
                   [(_name, _fig)], [(_acr, _fig)], {}))

_LOWER_CASE_NAMES = [
    ("liberation_federation", "Fédération nationale des transporteurs", "FNT", "2,000"),
    ("elmundo_asociacion", "Asociación española de banca", "AEB", "6%"),
    ("publico_sindicato", "Sindicato nacional dos professores", "SNP", "1,200"),
    ("clarin_camara", "Cámara argentina de comercio", "CAC", "14%"),
    ("corriere_confederazione", "Confederazione generale italiana del lavoro", "CGIL", "300"),
    ("lesoir_union", "Union professionnelle des journalistes", "UPJ", "40%"),
    ("eltiempo_federacion", "Federación nacional de cafeteros", "FNC", "12.6 million"),
    ("expresso_associacao", "Associação portuguesa de seguradores", "APS", "8%"),
    ("lefigaro_syndicat_medecins", "Syndicat des médecins libéraux", "SML", "5,000"),
    ("lanacion_instituto", "Instituto nacional de estadística y censos", "INEC", "3.4%"),
]
for _id, _name, _acr, _fig in _LOWER_CASE_NAMES:
    CASES.append((_id, (f"The {_name} ({_acr}) met the minister on Tuesday.",
                        f"The {_acr} said {_fig} of its members would strike."
                        if _fig.endswith("%") else
                        f"The {_acr} said {_fig} members would strike."),
                   [(_name, _fig)], [(_acr, _fig)], {}))

XFAIL: dict[str, str] = {
    "sfexaminer_service_run_by_agency": "a service named in apposition to the agency that runs "
                                        "it keeps its own short name",
    "variety_network_spokeswoman": "an acronym no list knows as a broadcaster that has not "
                                   "spoken yet is not found by 'a network spokeswoman'",
    "reuters_chambers_of_commerce": "a plural kind word ('Chambers') is no body head the "
                                    "trailing acronym rule knows",
    "france24_appositive_description": "a lower-case description before a name in lower case "
                                       "and its acronym keeps the description as the speaker",
}


@pytest.mark.parametrize(("paragraphs", "wanted", "unwanted", "options"),
                         case_params(CASES, XFAIL))
def test_ya(paragraphs, wanted, unwanted, options):
    check_pairs(paragraphs, wanted, unwanted, options)
