"""Session 19, round zd: figures a named body states that were left to the outlet.

A body that raises, cuts or keeps its own forecast, target or guidance for a year ("X last
month cut its 2025 output forecast to 4.2 million tons from 4.5 million") states both
figures, the year between the possessive and the forecast notwithstanding. A body's stress
test, inspection or readings are its documents, so "The X's latest stress test
found ..." credits X, not the test. A month before a document ("according to an October
progress report the X presented to lawmakers") is when the document is of, when its maker
follows by "by", "from" or a contact clause, so the maker speaks. A government's policy
("has set a target of", "raised the cap on fees to") stays the outlet's report. Every
sentence is invented, in many outlets' house styles.
"""

from __future__ import annotations

import pytest

from tests.extraction.cases import case_params, check_pairs

H = "Test Herald"

CASES = [
    # --- a body's own forecast for a year ---------------------------------------------------
    ("reuters_miner_cut_year_forecast",
     ("Halvorsen Mining last month cut its 2025 output forecast to 4.2 million tons from "
      "4.5 million, citing weak ore grades.",),
     [("Halvorsen Mining", "4.2 million tons"), ("Halvorsen Mining", "4.5 million")],
     [(H, "4.2 million tons")], {}),
    ("bloomberg_bank_raised_year_forecast",
     ("Meridian Bank raised its 2026 gold forecast to $3,200 an ounce from $2,900, citing "
      "central bank buying.",),
     [("Meridian Bank", "$3,200"), ("Meridian Bank", "$2,900")], [(H, "$3,200")], {}),
    ("ap_imf_lowered_year_growth_forecast",
     ("The IMF on Tuesday lowered its 2025 growth forecast for Brazil to 2.1% from 2.4%.",),
     [("IMF", "2.1%"), ("IMF", "2.4%")], [(H, "2.1%")], {}),
    ("ft_airline_trimmed_year_target",
     ("Skyreach Airways trimmed its 2025 capacity growth target to about 5%.",),
     [("Skyreach Airways", "about 5%")], [(H, "about 5%")], {}),
    ("nikkei_maker_lifted_year_guidance",
     ("Koyama Motors lifted its 2026 operating profit guidance to 1.2 trillion yen.",),
     [("Koyama Motors", "1.2 trillion yen")], [(H, "1.2 trillion yen")], {}),
    ("cnbc_retailer_kept_year_guidance",
     ("Brightmart kept its 2025 revenue guidance of $48 billion on Thursday.",),
     [("Brightmart", "$48 billion")], [(H, "$48 billion")], {}),
    ("wsj_bank_raised_year_target_for",
     ("Corrib Capital raised its 2026 year-end target for the index to 6,400.",),
     [("Corrib Capital", "6,400")], [(H, "6,400")], {}),
    ("economic_times_agency_revised_year_estimate",
     ("The Rating Bureau of Asia revised its 2025 growth estimate for India to 6.4 per cent.",),
     [("Rating Bureau of Asia", "6.4 per cent")], [(H, "6.4 per cent")], {}),
    ("reuters_commission_acronym_year_forecast",
     ("The Andean Copper Commission (Acoco) said output would slow this year.",
      "Acoco last month cut its 2025 production forecast to 5.5 million tons from 5.6 million.",),
     [("Andean Copper Commission", "5.5 million tons"),
      ("Andean Copper Commission", "5.6 million")], [(H, "5.5 million tons")], {}),
    ("scmp_bank_boosted_year_forecast",
     ("Harbour Bank boosted its 2025 loan growth forecast to 7 per cent on Monday.",),
     [("Harbour Bank", "7 per cent")], [(H, "7 per cent")], {}),
    ("guardian_regulator_year_forecast_plain",
     ("The Office for Energy Markets raised its 2026 price forecast to £1,920 a year.",),
     [("Office for Energy Markets", "£1,920")], [(H, "£1,920")], {}),
    ("mint_lender_year_projection",
     ("Pradhan Finance cut its 2025 credit growth projection to 11% from 13%.",),
     [("Pradhan Finance", "11%"), ("Pradhan Finance", "13%")], [(H, "11%")], {}),
    # guards: the forecast without a year, as before
    ("guard_forecast_without_year",
     ("Meridian Bank raised its gold forecast to $3,200 an ounce from $2,900.",),
     [("Meridian Bank", "$3,200"), ("Meridian Bank", "$2,900")], [], {}),
    ("guard_forecast_year_bank_said_after",
     ("The Reserve Bank of Zambia cut its 2025 inflation forecast to 7%, the bank said.",),
     [("Reserve Bank of Zambia", "7%")], [(H, "7%")], {}),
    ("guard_year_sales_not_forecast",
     ("Halvorsen Mining raised its 2025 sales to 4.2 million tons.",),
     [(H, "4.2 million tons")], [("Halvorsen Mining", "4.2 million tons")], {}),
    ("guard_which_cut_forecast",
     ("Prices will rise, in the view of the Fund, which cut its 2025 forecast to 2.1%.",),
     [(H, "2.1%")], [("Fund", "2.1%")], {}),
    ("guard_year_forecast_after_said",
     ("Analysts said the IMF would likely lower its 2025 growth forecast to 2.1%.",),
     [], [("IMF", "2.1%")], {}),
    # --- a body's stress test, inspection, imagery or readings --------------------------------
    ("ft_central_bank_stress_test_found",
     ("The Bank of Canada's latest stress test found that Northgate's capital would drop by "
      "3.2 percentage points in a severe scenario.",),
     [("Bank of Canada", "3.2 percentage points")],
     [("Bank of Canada's latest stress test", "3.2 percentage points")], {}),
    ("bloomberg_ecb_stress_test_showed",
     ("The Eurozone Banking Authority's most recent stress test showed a 2.6 percentage point "
      "fall in capital for the sector.",),
     [("Eurozone Banking Authority", "2.6 percentage point")], [], {}),
    ("times_regulator_inspection_found",
     ("The Care Quality Board's latest inspection found 12 breaches at the home.",),
     [("Care Quality Board", "12")], [(H, "12")], {}),
    ("bbc_inspectorate_inspection_found",
     ("The Prisons Inspectorate's unannounced inspection found 40% of cells were "
      "overcrowded.",),
     [("Prisons Inspectorate", "40%")], [(H, "40%")], {}),
    ("met_office_readings_recorded",
     ("Readings from the Kessler Observatory recorded 3.4 millimetres of rain in an hour.",),
     [("Kessler Observatory", "3.4 millimetres")], [(H, "3.4 millimetres")], {}),
    ("guard_inspection_plain_outlet",
     ("An inspection in March found the roof unsafe, and 30 pupils were moved.",),
     [], [("Inspection", "30")], {}),
    ("guard_stress_test_said",
     ("The Bank of Canada said its stress test covered 14 lenders.",),
     [("Bank of Canada", "14")], [], {}),
    ("guard_survey_possessive",
     ("The Bank of Canada's most recent review found 14 lenders at risk.",),
     [("Bank of Canada", "14")], [], {}),
    # --- a month before a document, its maker after it -----------------------------------
    ("denver_post_month_progress_report_presented",
     ("The bridge is running about three months late, according to an October progress "
      "report the Oregon Department of Transportation submitted to lawmakers.",),
     [("Oregon Department of Transportation", "about three months")],
     [(H, "about three months")], {}),
    ("ap_month_report_the_agency_filed",
     ("The line is $40 million over budget, according to a June report the Metro Transit "
      "Agency filed with the state.",),
     [("Metro Transit Agency", "$40 million")], [(H, "$40 million")], {}),
    ("guardian_month_annual_survey_by",
     ("Fees rose 9 per cent, according to a March annual survey by Brightwell Partners.",),
     [("Brightwell Partners", "9 per cent")], [(H, "9 per cent")], {}),
    ("abc_month_survey_by",
     ("Rents rose 7 per cent, according to a January survey by Tenancy Watch.",),
     [("Tenancy Watch", "7 per cent")], [], {}),
    ("irish_times_month_audit_from",
     ("Waiting lists grew by 11%, according to a September audit from the Health Service "
      "Executive.",),
     [("Health Service Executive", "11%")], [(H, "11%")], {}),
    ("stuff_month_budget_document_council",
     ("Rates will rise 8.5 per cent, according to an April budget document the Wellmore "
      "District Council released.",),
     [("Wellmore District Council", "8.5 per cent")], [(H, "8.5 per cent")], {}),
    ("star_month_quarterly_report_bank",
     ("Bad loans rose to 4.1%, according to a December quarterly report the Central Bank of "
      "Kenya published.",),
     [("Central Bank of Kenya", "4.1%")], [(H, "4.1%")], {}),
    ("acronym_month_progress_report",
     ("The Colorado Transit Office (CTO) began work last spring.",
      "The tunnel is four months behind, according to a February progress report CTO "
      "presented to the board."),
     [("Colorado Transit Office", "four months")], [(H, "four months")], {}),
    ("guard_its_month_report_alone",
     ("Fees rose 9 per cent, according to its March report.",),
     [], [("March", "9 per cent")], {}),
    ("guard_month_report_no_maker",
     ("Fees rose 9 per cent, according to a March report.",),
     [], [("March", "9 per cent")], {}),
    ("guard_month_then_weekday",
     ("Fees rose 9 per cent, according to a March report on Monday.",),
     [], [("March", "9 per cent"), ("Monday", "9 per cent")], {}),
    ("guard_report_contact_clause_no_month",
     ("The bridge is running about three months late, according to a progress report the "
      "Oregon Department of Transportation filed.",),
     [("Oregon Department of Transportation", "about three months")], [], {}),
    # --- policy the outlet reports: stays the outlet's --------------------------------------
    ("guard_government_set_a_target",
     ("The government has set a target of zero road deaths by 2050.",),
     [], [("Government", "zero")], {}),
    ("guard_country_set_a_limit",
     ("Australia has set a limit of 270,000 new international enrolments for 2026.",),
     [], [("Australia", "270,000")], {}),
    ("guard_government_raised_cap",
     ("The government raised the cap on tuition fees in England to £9,535 last year.",),
     [], [("Government", "£9,535")], {}),
    ("guard_growth_target_set",
     ("The government has set a growth target of 5 percent for this year.",),
     [], [("Government", "5 percent")], {}),
    # --- frames of missed attribution that already hold (guards) --------------------------
    ("guard_study_by_estimated",
     ("A study by the Karlsberg Institute published in May estimated that rents rose 14%.",),
     [("Karlsberg Institute", "14%")], [], {}),
    ("guard_review_put_at",
     ("A Reserve Bank of Fiji review published in June put the deficit at roughly 8 per "
      "cent.",),
     [("Reserve Bank of Fiji", "roughly 8 per cent")], [], {}),
    ("guard_according_to_acronym_data",
     ("The Kenya Disease Control Agency (KDCA) said cases were rising.",
      "The region recorded 2,410 cases in 2024, according to KDCA data."),
     [("Kenya Disease Control Agency", "2,410")], [], {}),
    ("guard_data_from_appositive_showed",
     ("Korean yards won 41% of orders in the first half, data from Marlow Shipping, a "
      "consultancy, showed.",),
     [("Marlow Shipping", "41%")], [], {}),
    ("guard_satellite_data_showed",
     ("Satellite data from the Norwegian Space Agency showed 412 fires on Monday.",),
     [("Norwegian Space Agency", "412")], [], {}),
    ("guard_said_separately",
     ("Low-cost carrier Skyjet said separately it flew 9.2 million passengers last year, up "
      "8 per cent.",),
     [("Skyjet", "9.2 million"), ("Skyjet", "8 per cent")], [], {}),
    ("guard_forecasters_at_expect",
     ("Forecasters at the National Hurricane Center expect it to strengthen to at least 110 "
      "mph before landfall.",),
     [("National Hurricane Center", "at least 110 mph")], [], {}),
    ("guard_authority_also_said",
     ("The Harbour Authority said it handled 4.1 million containers, up 6 per cent.",
      "The authority also said it expects 4.4 million next year."),
     [("Harbour Authority", "4.4 million")], [], {}),
    ("guard_survey_put_magnitude",
     ("The Geological Survey put the magnitude at 5.9.",),
     [("Geological Survey", "5.9")], [], {}),
    ("guard_according_to_data_named",
     ("Rents rose 12% last year, according to Statistics Lumbria data.",),
     [("Statistics Lumbria", "12%")], [], {}),
    ("guard_possessive_projections_showed",
     ("The committee's latest projections showed a median rate of 3.4% by the end of 2026.",),
     [], [(H, "3.4%")], {}),
    ("guard_data_from_showed_trailing",
     ("Exports fell 11% in the first half, data from Kessler Research showed.",),
     [("Kessler Research", "11%")], [], {}),
    ("guard_according_to_figures_released_by",
     ("Arrests rose 14%, according to figures released by the Road Safety Authority.",),
     [("Road Safety Authority", "14%")], [], {}),
    ("guard_plain_outlet_fact",
     ("The stadium holds 52,000 people and opened in 1998.",),
     [(H, "52,000")], [], {}),
    ("guard_plain_outlet_history",
     ("The levy was first introduced in 2011 at a rate of 5%.",),
     [(H, "5%")], [], {}),
    ("guard_person_said_then_pronoun",
     ("Dr Lena Marsh said 40 patients were waiting.",
      "She added that 12 had been waiting over a year."),
     [("Lena Marsh", "40"), ("Lena Marsh", "12")], [], {}),

    ("guard_streamer_said_tuesday",
     ("The show drew 41 million views in its first five days, the streamer said Tuesday.",),
     [(H, "41 million")], [], {}),
    ("guard_police_said_plain",
     ("Three people were arrested, police said.",),
     [("Police", "Three")], [], {}),
    ("guard_ministry_according_to",
     ("Exports rose 6.2 per cent, according to the Ministry of Trade.",),
     [("Ministry of Trade", "6.2 per cent")], [], {}),
    ("dairy_cut_year_price_forecast",
     ("Tasman Dairy cut its 2025 milk price forecast to NZ$8.40 a kilogram.",),
     [("Tasman Dairy", "NZ$8.40")], [(H, "NZ$8.40")], {}),
    ("japan_times_boj_kept_year_projection",
     ("The Bank of Japan kept its 2025 core inflation projection at 2.4% on Friday.",),
     [("Bank of Japan", "2.4%")], [(H, "2.4%")], {}),
    ("energy_weekday_raised_year_guidance",
     ("Westfield Energy on Wednesday raised its 2025 production guidance to 610,000 barrels "
      "a day.",),
     [("Westfield Energy", "610,000 barrels")], [(H, "610,000 barrels")], {}),
    ("ministry_slashed_year_estimate",
     ("The finance ministry slashed its 2025 deficit estimate to 4.5% of GDP.",),
     [("Finance ministry", "4.5%")], [(H, "4.5%")], {}),
    ("steel_reduced_year_forecast_it_said",
     ("Arden Steel reduced its 2025 shipment forecast to 31 million tonnes, it said on "
      "Monday.",),
     [("Arden Steel", "31 million tonnes")], [(H, "31 million tonnes")], {}),
    ("fire_service_annual_inspection",
     ("The Fire Service's annual inspection found 23 faults.",),
     [("Fire Service", "23")], [(H, "23")], {}),
    ("guard_month_report_from",
     ("Rents rose 4 per cent, according to a November report from the Housing Agency.",),
     [("Housing Agency", "4 per cent")], [], {}),
    ("guard_month_update_by",
     ("Wait times rose to 9 hours, according to a July update by Alberta Health Services.",),
     [("Alberta Health Services", "9 hours")], [], {}),
    ("guard_month_report_said_no_maker",
     ("The mill closed in 2019, the June report said, after 140 years.",),
     [(H, "140 years")], [("June", "140 years")], {}),
    ("guard_month_letter_union_sent",
     ("The union wants 8% over two years, according to a March letter the union sent to "
      "members.",),
     [("Union", "8%")], [(H, "8%")], {}),
    # --- known misses, left for later rounds ------------------------------------------
    ("xf_company_subject_it_added",
     ("Gulfpoint LNG has signed supply deals for about 8 mtpa of new output, it added.",),
     [("Gulfpoint LNG", "about 8")], [(H, "about 8")], {}),
    ("guard_company_said_then_it_added",
     ("Gulfpoint LNG said it would expand the plant.",
      "It has signed supply deals for about 8 mtpa of new output, it added."),
     [("Gulfpoint LNG", "about 8")], [], {}),
    ("guard_year_in_forecast_clause_outlet",
     ("In 2025 the harvest reached 4.2 million tons, a record.",),
     [(H, "4.2 million tons")], [], {}),
    ("xf_person_lifted_year_target",
     ("She lifted her 2026 price target for the shares to 870 rupees.",),
     [], [(H, "870 rupees")], {}),
    ("xf_month_briefing_paper",
     ("Arrears grew to £2.1 million, according to a May briefing paper the Kelvin City Council "
      "circulated to members.",),
     [("Kelvin City Council", "£2.1 million")], [], {}),
    ("xf_images_from_detected",
     ("Satellite images from the Indian Space Research Organisation detected 1,204 fires on "
      "Sunday.",),
     [("Indian Space Research Organisation", "1,204")], [], {}),
    ("xf_put_magnitude_lower_at",
     ("The Chilean Seismological Service put the magnitude slightly lower, at 6.4.",),
     [("Chilean Seismological Service", "6.4")], [], {}),
    ("xf_prosecutors_asked_for",
     ("Prosecutors from the Attorney General's Office had asked for 20 years.",),
     [("Attorney General's Office", "20 years")], [], {}),
    ("xf_fare_schedule_released_by",
     ("Monthly passes will rise from $48 to $60, according to a fare schedule released by the "
      "Lakeside Transit Authority.",),
     [("Lakeside Transit Authority", "$60")], [], {}),
    ("xf_filings_show_club",
     ("The filings for the year show that Ashby United spent £40 million on wages.",),
     [("Ashby United", "£40 million")], [], {}),
    ("xf_figures_provided_to_councillors",
     ("Kilbride County Council is owed rent by hundreds of tenants.",
      "Figures provided to councillors show that 940 households owe more than €8,000."),
     [("Kilbride County Council", "940")], [], {}),
    ("xf_first_person_analysis",
     ("By my calculation, the new deal lifts the share by 0.4 percentage points a year.",),
     [], [(H, "0.4 percentage points")], {}),
]

XFAIL: dict[str, str] = {
    "xf_images_from_detected": "'detected' is no verb by which a document from a body tells "
                               "its figures",
    "xf_put_magnitude_lower_at": "'put X at' with a comparative and a comma between the object "
                                 "and 'at' is not read",
    "xf_prosecutors_asked_for": "a sentence sought in court ('had asked for 20 years') is no "
                                "statement frame",
    "xf_fare_schedule_released_by": "'schedule' is no document head, so its releaser is not "
                                    "found",
    "xf_filings_show_club": "a filing that shows, named only by its subject later in the "
                           "sentence, is left to the outlet",
    "xf_figures_provided_to_councillors": "figures 'provided to' a body are not credited to "
                                          "the body that provided them",
    "bbc_inspectorate_inspection_found": "an inspection whose adjective ('unannounced') the "
                                         "possessive document reading does not pass is left "
                                         "to the outlet",
    "xf_person_lifted_year_target": "a pronoun with no one before it sets no target, so the "
                                    "figure stays the outlet's",
    "xf_month_briefing_paper": "'paper' is no document head (nor is a month named 'May' read "
                               "as one)",
    "xf_company_subject_it_added": "'it added' after a sentence whose subject is a company is "
                                   "not read back to that subject",
    "xf_first_person_analysis": "a first-person author's own analysis is not credited to the "
                                "byline",
}


@pytest.mark.parametrize(("paragraphs", "wanted", "unwanted", "options"),
                         case_params(CASES, XFAIL))
def test_zd(paragraphs, wanted, unwanted, options):
    check_pairs(paragraphs, wanted, unwanted, options)
