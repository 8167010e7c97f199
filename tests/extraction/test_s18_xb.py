"""Session 18, round xb: which of several named bodies a kind noun or a passive's agent is.

"The department" or "a spokesperson for the department" after a data firm or an association
spoke is the government department that spoke before them, never the firm. "The company"
is never a state body, however its acronym was first read ("a GMP spokesperson said ...
The company estimates"). A passive with an adverb between its auxiliary and participle
still names its agent ("It was later announced by the club that ...", "were also confirmed
by police"). "The broadcaster", "the channel" or "the network" is the broadcaster or paper
that spoke last, never the outlet writing the story. Every sentence is invented, in many
outlets' house styles.
"""

from __future__ import annotations

import pytest

from tests.extraction.cases import case_params, check_pairs

H = "Test Herald"

# Each case: (id, paragraphs, pairs that must be found, pairs that must not, options for run).
CASES = [
    # --- "the department" after a firm or an association spoke ----------------------------
    ("cbc_department_after_data_firm",
     ("Health Canada said supply was improving.",
      "Prescriptions rose 38 per cent, according to health data firm Veltrix Analytics.",
      "A spokesperson for the department said there were 1,431 shortage reports."),
     [("Health Canada", "1,431")], [("Veltrix Analytics", "1,431")], {}),
    ("globe_department_said_after_association",
     ("Health Canada said two makers had reported disruptions.",
      "About 1.2 million Canadians have the condition, according to the Canadian Lung Alliance.",
      "The department said 14 products were affected."),
     [("Health Canada", "14")], [("Canadian Lung Alliance", "14")], {}),
    ("abc_au_department_after_consultancy",
     ("The Department of Education said enrolments were steady.",
      "Fees rose 9 per cent, according to consultancy Brightwell Partners.",
      "The department said 4,200 teachers had been hired."),
     [("Department of Education", "4,200")], [("Brightwell Partners", "4,200")], {}),
    ("ap_department_after_company",
     ("The Ohio Department of Health said cases were climbing.",
      "Kestrel Labs said it had processed 9,000 samples this month.",
      "A department spokeswoman said 312 people had been hospitalized."),
     [("Ohio Department of Health", "312")], [("Kestrel Labs", "312")], {}),
    ("times_of_india_department_after_firm",
     ("The state health department said testing had been stepped up.",
      "Diagnostics firm Medisure Labs said it had run 18,000 tests.",
      "The Karnataka Health Department said 42 new cases were found.",
      "Data compiled by research firm Pulsewise Insights showed a 12% rise in admissions.",
      "The department said 6 deaths had been confirmed."),
     [("Karnataka Health Department", "6")], [("Pulsewise Insights", "6")], {}),
    ("irish_times_department_after_charity_firm",
     ("The Department of Housing said homelessness had risen again.",
      "Rents rose 7 per cent, according to property website firm Daftwise Data.",
      "The department said 15,300 people were in emergency accommodation."),
     [("Department of Housing", "15,300")], [("Daftwise Data", "15,300")], {}),
    ("wire_directorate_after_firm",
     ("The Directorate of Fisheries said catches were down.",
      "Exports fell 11%, according to trading firm Nordfisk Partners.",
      "The directorate said 340 vessels had been inspected."),
     [("Directorate of Fisheries", "340")], [("Nordfisk Partners", "340")], {}),
    ("daily_maverick_department_after_association",
     ("The Department of Water and Sanitation said levels were low.",
      "About 40% of plants fail, according to the Municipal Engineers Association.",
      "A spokesperson for the department said 12 dams were below a third."),
     [("Department of Water and Sanitation", "12")],
     [("Municipal Engineers Association", "12")], {}),
    # the department itself, with no firm between: unchanged
    ("latimes_department_plain",
     ("The Los Angeles County Sheriff's Department said 4,500 people had been warned.",
      "No one had been killed, the department said, and 12 homes were lost."),
     [("Los Angeles County Sheriff's Department", "12")], [], {}),
    ("nyt_department_after_acronym",
     ("The NYPD said crime in the subway had fallen.",
      "Major crime dipped 4.6%, the department said."),
     [("NYPD", "4.6%")], [], {}),
    ("statnews_department_only_firm_spoke",
     ("Prescriptions rose 38 per cent, according to health data firm Veltrix Analytics.",
      "A spokesperson for the department said there were 1,431 shortage reports."),
     [], [("Health Canada", "1,431")], {}),
    # --- "the company" is no state body named by an acronym --------------------------------
    ("men_company_after_police_acronym",
     ("Officers from Greater Manchester Police's drugs team raided 19 homes.",
      "Of those arrested, 31 were charged, a GMP spokesperson said.",
      "Lakeland Power said the connection had bypassed the meter. The company estimates "
      "that one in eight cannabis farms causes a fire."),
     [("Lakeland Power", "one in eight")], [("Greater Manchester Police", "one in eight")],
     {}),
    ("bbc_company_after_police_acronym",
     ("West Midlands Police said 14 people had been arrested, and a WMP spokesman said more "
      "raids would follow.",
      "Severn Gas Networks said it had made 40 homes safe. The company said repairs would "
      "cost £200,000."),
     [("Severn Gas Networks", "£200,000")], [("West Midlands Police", "£200,000")], {}),
    ("guardian_company_after_ministry_acronym",
     ("The Ministry of Defence said the contract was on track, an MoD spokesperson added.",
      "Harwick Marine said 600 jobs would be created. The company said the first ship would "
      "sail in 2027."),
     [("Harwick Marine", "600")], [("Ministry of Defence", "600")], {}),
    ("company_acronym_company_still",
     ("Shares in Nordic Wind Power rose after NWP said orders had doubled.",
      "The company said it expected 12% growth."),
     [], [("Test Herald", "12%")], {}),
    # --- a passive with an adverb between the auxiliary and the participle ----------------
    ("telegraph_later_announced_by_stadium",
     ("It was later announced by Wembley Stadium that 71,000 tickets had been sold.",),
     [("Wembley Stadium", "71,000")], [(H, "71,000")], {}),
    ("philstar_also_announced_by_spokesperson",
     ("It was also announced by Comelec spokesperson Rhea Dantes that 1.4 million new voters "
      "had registered.",),
     [("Rhea Dantes", "1.4 million")], [], {}),
    ("ap_were_also_confirmed_by_police",
     ("Two more deaths were also confirmed by the Lakeshore Police Department on Sunday.",),
     [("Lakeshore Police Department", "Two")], [], {}),
    ("sky_officially_announced_by_club",
     ("It was officially announced by Harrowgate Town that the fee was £3m.",),
     [("Harrowgate Town", "£3m")], [(H, "£3m")], {}),
    ("reuters_subsequently_confirmed_by_ministry",
     ("It was subsequently confirmed by the Health Ministry that 52 people had died.",),
     [("Health Ministry", "52")], [(H, "52")], {}),
    ("hindu_first_reported_by_board",
     ("The leak was first reported by the Kerala State Electricity Board, which said 3,000 "
      "homes lost power.",),
     [("Kerala State Electricity Board", "3,000")], [], {}),
    ("gulf_news_later_confirmed_by_authority",
     ("It was later confirmed by the Dubai Roads and Transport Authority that 14 stations "
      "would close.",),
     [("Dubai Roads and Transport Authority", "14")], [(H, "14")], {}),
    ("nation_ke_formally_announced_by_commission",
     ("It was formally announced by the Independent Electoral Commission that turnout was "
      "61 per cent.",),
     [("Independent Electoral Commission", "61 per cent")], [(H, "61 per cent")], {}),
    ("smh_separately_confirmed_by_council",
     ("It was separately confirmed by Blacktown City Council that 240 homes were damaged.",),
     [("Blacktown City Council", "240")], [(H, "240")], {}),
    ("punch_publicly_announced_by_agency",
     ("It was publicly announced by the National Emergency Management Agency that 18 people "
      "were missing.",),
     [("National Emergency Management Agency", "18")], [(H, "18")], {}),
    ("ft_previously_disclosed_by_company",
     ("It was previously disclosed by Varnholt Holdings that the deal was worth $2.4bn.",),
     [("Varnholt Holdings", "$2.4bn")], [(H, "$2.4bn")], {}),
    ("local_tv_initially_reported_by_sheriff",
     ("Four injuries were initially reported by the Marion County Sheriff's Office.",),
     [("Marion County Sheriff's Office", "Four")], [], {}),
    ("scmp_since_confirmed_by_department",
     ("It has since been confirmed by the Fire Services Department that 7 people were "
      "rescued.",),
     [("Fire Services Department", "7")], [], {}),
    ("wire_jointly_announced_by_ministries",
     ("It was jointly announced by the Finance Ministry that 3.5% growth was expected.",),
     [("Finance Ministry", "3.5%")], [(H, "3.5%")], {}),
    ("plain_passive_unchanged",
     ("It was confirmed by the Metropolitan Police that 14 people had been arrested.",),
     [("Metropolitan Police", "14")], [], {}),
    # negatives: an adverb with no auxiliary, or an agent that is a means, gives no speaker
    ("negative_later_driven_by_no_aux",
     ("A van later driven by a delivery worker carried 40 parcels.",),
     [], [("Delivery worker", "40")], {}),
    ("negative_also_caused_by_storm",
     ("The damage was also caused by high winds of 90 km/h, residents said.",),
     [], [("High winds", "90 km/h")], {}),
    ("negative_later_confirmed_by_tests",
     ("Twelve cases were later confirmed by laboratory tests.",),
     [], [("Laboratory tests", "Twelve")], {}),
    # --- "the broadcaster", "the channel" --------------------------------------------------
    ("bbc_broadcaster_after_media",
     ("The BBC said the final drew a big audience.",
      "The broadcaster said the show reached 31 million people."),
     [("BBC", "31 million")], [], {}),
    ("aljazeera_channel_after_media",
     ("Al Jazeera said the interview was recorded on Monday.",
      "The channel said 12 of its staff had been detained."),
     [("Al Jazeera", "12")], [], {}),
    ("broadcaster_not_publisher",
     ("The broadcaster said the show reached 31 million people.",),
     [], [(H, "31 million")], {}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("paragraphs", "wanted", "unwanted", "options"),
                         case_params(CASES, XFAIL))
def test_xb(paragraphs, wanted, unwanted, options):
    check_pairs(paragraphs, wanted, unwanted, options)
