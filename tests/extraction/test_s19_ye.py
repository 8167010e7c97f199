"""Session 19, round ye: a named speaker the extractor left to the outlet.

A speaker named after the figure keeps it when the sentence closes on what the speaker was
doing as he spoke ("..., Mayor Ken Lowe said as he handed down his budget"). A speaker who
"attributed" a change to a cause, or "blamed" it on one, states the figures of the sentence
("The minister attributed the rise to 40 new wells"); a passive or a participle ("an attack
attributed to the group", "was blamed on a fault") names no one, and a blame "for" a fall
("blames weak sales for a 22% fall") leaves the fall to the story. A clause's subject that
revises its own target in a participle ("Tom Reed, an analyst at X, was more cautious,
cutting his price target to $150 from $200") sets the target's figures. Every sentence is
invented, in many outlets' house styles.
"""

from __future__ import annotations

import pytest

from tests.extraction.cases import case_params, check_pairs

H = "Test Herald"

# Each case: (id, paragraphs, pairs that must be found, pairs that must not, options for run).
CASES = [
    # --- "X said as he ...": the speaker's own circumstances close the attribution ---------
    ("abc_au_lord_mayor_said_as_he",
     ("The city will spend a record $3.2 billion over the next 12 months, Lord Mayor Ken "
      "Lowe said as he handed down his budget on Tuesday.",),
     [("Ken Lowe", "$3.2 billion"), ("Ken Lowe", "12 months")], [(H, "$3.2 billion")], {}),
    ("bbc_minister_said_as_she_opened",
     ("Exports rose 12% last year, Trade Minister Ana Ruiz said as she opened the fair.",),
     [("Ana Ruiz", "12%")], [(H, "12%")], {}),
    ("ap_governor_said_as_he_signed",
     ("The state will hire 400 more troopers, Gov. Mark Ellison said as he signed the bill.",),
     [("Mark Ellison", "400")], [(H, "400")], {}),
    ("reuters_ceo_said_as_she_presented",
     ("Revenue climbed 18% in the quarter, Chief Executive Lena Marsh said as she presented "
      "the results in Frankfurt.",),
     [("Lena Marsh", "18%")], [(H, "18%")], {}),
    ("guardian_chancellor_said_as_he_set_out",
     ("Borrowing will fall to £84bn next year, the chancellor, Tom Harlow, said as he set "
      "out his plans.",),
     [("Tom Harlow", "£84bn")], [(H, "£84bn")], {}),
    ("nzherald_mayor_said_while_he",
     ("Rates will rise 7.9 per cent, Mayor Rewi Tane said while he took questions.",),
     [("Rewi Tane", "7.9 per cent")], [(H, "7.9 per cent")], {}),
    ("times_of_india_minister_said_as_he_inaugurated",
     ("The state has built 1,200 new classrooms, Education Minister Arun Rao said as he "
      "inaugurated the school.",),
     [("Arun Rao", "1,200")], [(H, "1,200")], {}),
    ("straits_times_minister_said_after_she",
     ("About 2,000 flats will be ready by March, Minister Grace Tan said after she toured the "
      "site.",),
     [("Grace Tan", "About 2,000")], [(H, "About 2,000")], {}),
    ("cbc_premier_said_before_he",
     ("The province will add 300 nurses, Premier Doug Hale said before he left for Ottawa.",),
     [("Doug Hale", "300")], [(H, "300")], {}),
    ("irish_times_taoiseach_said_as_they",
     ("Some 5,000 homes will be built this year, ministers Aoife Byrne and Sean Kerr said as "
      "they launched the plan.",),
     [], [(H, "5,000")], {}),
    ("sky_chief_constable_said_as_she",
     ("Knife crime fell 14% in the year, Chief Constable Mary Doyle said as she published "
      "the report.",),
     [("Mary Doyle", "14%")], [(H, "14%")], {}),
    ("afp_president_said_as_he_visited",
     ("The storm killed 23 people, President Jorge Salas said as he visited the worst-hit "
      "town.",),
     [("Jorge Salas", "23")], [(H, "23")], {}),
    ("wsj_cfo_said_as_he_spoke",
     ("Margins will widen to 14%, finance chief Paul Greer said as he spoke to analysts.",),
     [("Paul Greer", "14%")], [(H, "14%")], {}),
    ("ctv_the_minister_said_as_she",
     ("Health Minister Joanne Pike said wait times were falling.",
      "The median wait is now 6.1 hours, Pike said as she toured the hospital."),
     [("Joanne Pike", "6.1 hours")], [(H, "6.1 hours")], {}),
    ("mercopress_minister_said_as_he_announced",
     ("The drought has cost farmers US$300 million, Agriculture Minister Pablo Ferrer said as "
      "he announced the emergency.",),
     [("Pablo Ferrer", "US$300 million")], [(H, "US$300 million")], {}),
    ("guardian_the_minister_said_as_she",
     ("Exports rose 12% last year, the minister said as she opened the fair.",),
     [("Minister", "12%")], [(H, "12%")], {}),
    ("myjoyonline_minister_said_as_he_addressed",
     ("Unemployment fell to 4.1%, Labour Minister Kofi Mensah said as he addressed "
      "parliament.",),
     [("Kofi Mensah", "4.1%")], [(H, "4.1%")], {}),
    ("cnbc_founder_said_as_she_rang",
     ("Shares jumped 30% in early trade, the company's founder, Sara Lind, said as she rang "
      "the opening bell.",),
     [("Sara Lind", "30%")], [(H, "30%")], {}),
    ("news24_commissioner_said_as_he_released",
     ("Murders fell by 8% in the quarter, Police Commissioner Dave Hart said as he released "
      "the figures.",),
     [("Dave Hart", "8%")], [(H, "8%")], {}),
    ("punch_doctor_said_as_she_briefed",
     ("At least 41 patients were treated, Dr Amina Bello said as she briefed reporters.",),
     [("Amina Bello", "At least 41")], [(H, "At least 41")], {}),
    # the plain closing forms stay as they were
    ("guard_said_on_tuesday",
     ("The council will spend $2.1 billion, Mayor Ken Lowe said on Tuesday.",),
     [("Ken Lowe", "$2.1 billion")], [], {}),
    ("guard_said_while_visiting",
     ("Exports rose 12% last year, Trade Minister Ana Ruiz said while visiting the port.",),
     [("Ana Ruiz", "12%")], [], {}),
    ("guard_said_plain",
     ("The city will spend $4 billion, Mayor Ken Lowe said.",),
     [("Ken Lowe", "$4 billion")], [], {}),
    ("guard_inverted_said_as_he",
     ('"We have hired 300 staff," said Omar Haddad as he toured the depot.',),
     [("Omar Haddad", "300")], [], {}),
    ("reuters_minister_attributed_rise",
     ("The mining minister, Ana Ruiz, attributed the rise to higher prices and 40 new wells.",),
     [("Ana Ruiz", "40")], [(H, "40")], {}),
    ("pti_minister_attributed_fall",
     ("School Education Minister Ravi Kumar attributed the fall in results to stricter "
      "invigilation, including cameras at all 2,400 examination centres.",),
     [("Ravi Kumar", "2,400")], [(H, "2,400")], {}),
    ("bloomberg_ceo_attributed_shortfall",
     ("Finance Minister Tomas Berg attributed the shortfall to a 12% drop in exports.",),
     [("Tomas Berg", "12%")], [(H, "12%")], {}),
    ("city_paper_manager_attributed_rebound",
     ("The federation's general manager, Luis Ortega, attributed the rebound to drier weather "
      "after two years of heavy rain and to the renovation of 60,000 hectares of trees.",),
     [("Luis Ortega", "two years"), ("Luis Ortega", "60,000 hectares")],
     [(H, "60,000 hectares")], {}),
    ("guardian_company_attributes_loss",
     ("Harwood Retail attributes the loss to a £40m write-down on its stores.",),
     [("Harwood Retail", "£40m")], [(H, "£40m")], {}),
    ("ft_chair_attributed_decline",
     ("Chair Helen Moss attributed the decline to 3 store closures.",),
     [("Helen Moss", "3")], [(H, "3")], {}),
    ("daily_star_official_attributed_prices",
     ("Food Secretary Karim Uddin attributed the price rise to floods that damaged 2.1 lakh "
      "hectares of crops.",),
     [("Karim Uddin", "2.1 lakh hectares")], [(H, "2.1 lakh hectares")], {}),
    ("abc_us_sheriff_attributed_drop",
     ("Sheriff Dana Cole attributed the drop to 25 new deputies.",),
     [("Dana Cole", "25")], [(H, "25")], {}),
    ("nikkei_ministry_attributed",
     ("The Health Ministry attributed the surge to a heat wave that lasted 9 days.",),
     [("Health Ministry", "9 days")], [(H, "9 days")], {}),
    ("he_attributed_after_name",
     ("Coach Mike Dunn said the team had struggled.",
      "He attributed the slump to injuries to 6 starters."),
     [("Mike Dunn", "6")], [(H, "6")], {}),
    # a passive or a participle of "attributed" names no speaker
    ("guard_attack_attributed_to_group",
     ("The largest attack attributed to the group peaked at 1.6 terabits per second, the firm "
      "said.",),
     [], [("Group", "1.6 terabits per second")], {}),
    ("guard_was_attributed_to_heater",
     ("The fire was attributed to a faulty heater that had run for 12 hours.",),
     [], [("Fire", "12 hours")], {}),
    ("guard_deaths_attributed_to_heat",
     ("About 300 deaths were attributed to the heat, the coroner's office said.",),
     [], [("Heat", "About 300")], {}),
    ("guard_losses_attributed_by",
     ("Losses of $5m were attributed by auditors to weak controls.",),
     [], [("Losses", "$5m")], {}),
    ("travel_weekly_airline_attributed",
     ("Skyway Airlines attributed the delays to a shortage of 120 pilots.",),
     [("Skyway Airlines", "120")], [(H, "120")], {}),
    ("conversation_professor_attributes",
     ("Professor Lisa Grant attributes the decline to a 30% cut in funding.",),
     [("Lisa Grant", "30%")], [(H, "30%")], {}),
    ("fiji_times_bank_attributed",
     ("The Reserve Bank of Fiji attributed the slowdown to a 15% fall in tourist arrivals.",),
     [("Reserve Bank of Fiji", "15%")], [(H, "15%")], {}),
    ("guard_collapse_attributed_by_engineers",
     ("The collapse, attributed by engineers to corrosion, killed 14 people.",),
     [], [("Collapse", "14")], {}),
    # --- "blamed X on Y": the speaker gives the cause ----------------------------------------
    ("guardian_blamed_delay_on",
     ("Party treasurer Nadia Quinn said the filing was late.",
      "She blamed the delay on the resignation of its compliance officer three weeks before "
      "the deadline."),
     [("Nadia Quinn", "three weeks")], [(H, "three weeks")], {}),
    ("ap_chief_blamed_crash_on",
     ("Fire Chief Ron Vale blamed the blaze on a heater left on for 12 hours.",),
     [("Ron Vale", "12 hours")], [(H, "12 hours")], {}),
    ("bbc_council_blames_cuts_on",
     ("Lakeside Council blames the cuts on a £14m gap in its budget.",),
     [("Lakeside Council", "£14m")], [(H, "£14m")], {}),
    ("reuters_ceo_blamed_loss_on",
     ("Chief executive Ana Ruiz blamed the loss on a 9% fall in orders.",),
     [("Ana Ruiz", "9%")], [(H, "9%")], {}),
    ("local_mayor_blamed_shortfall_on",
     ("Mayor Joe Finch blamed the shortfall on a 6% drop in parking revenue.",),
     [("Joe Finch", "6%")], [(H, "6%")], {}),
    ("japan_times_boss_blamed_cancellations_on",
     ("Airline boss Kim Sato blamed the cancellations on a strike by 400 controllers.",),
     [("Kim Sato", "400")], [(H, "400")], {}),
    ("guard_flooding_blamed_on_rain",
     ("Flooding blamed on heavy rain closed 40 roads.",),
     [], [("Flooding", "40")], {}),
    # a blame "for" a fact, a passive, or a participle: unchanged
    ("guard_blames_for_fall",
     ("Retail chain blames weak footfall for 22% fall in profit",),
     [], [("Retail chain", "22%")], {}),
    ("guard_was_blamed_on",
     ("The outage was blamed on a fault that lasted 4 hours.",),
     [], [("Outage", "4 hours")], {}),
    ("guard_blamed_for_deaths",
     ("Officials blamed the storm for 12 deaths, the agency said.",),
     [], [("Officials", "12")], {}),
    ("guard_fire_blamed_on_wiring",
     ("A fire blamed on faulty wiring destroyed 30 homes.",),
     [], [("Fire", "30")], {}),
    # --- "..., cutting his price target to $165": the subject revises its own target --------
    ("ft_analyst_cutting_price_target",
     ("Tom Reed, an analyst at Pell Partners, was more cautious still, cutting his price "
      "target to $150 from $200.",),
     [("Tom Reed", "$150"), ("Tom Reed", "$200")], [(H, "$150")], {}),
    ("bloomberg_bank_raising_forecast",
     ("Orla Bank turned more upbeat, raising its growth forecast to 2.4% from 1.9%.",),
     [("Orla Bank", "2.4%"), ("Orla Bank", "1.9%")], [(H, "2.4%")], {}),
    ("reuters_company_lowering_guidance",
     ("Kestrel Motors missed estimates, lowering its full-year guidance to $5 billion.",),
     [("Kestrel Motors", "$5 billion")], [(H, "$5 billion")], {}),
    ("cnbc_strategist_lifting_target",
     ("Strategist Mia Cole turned bullish, lifting her year-end target to 6,200.",),
     [("Mia Cole", "6,200")], [(H, "6,200")], {}),
    ("wsj_firm_trimming_outlook",
     ("Harbor Foods disappointed investors, trimming its sales outlook to 3% growth.",),
     [("Harbor Foods", "3%")], [(H, "3%")], {}),
    ("economic_times_brokerage_cutting_estimate",
     ("Vantage Capital turned cautious, cutting its earnings estimate to Rs 42 a "
      "share.",),
     [("Vantage Capital", "Rs 42")], [(H, "Rs 42")], {}),
    ("afr_analyst_slashing_target",
     ("Jane Holt, an analyst at Morgan Bay, was the most bearish, slashing her price target "
      "to $4.10.",),
     [("Jane Holt", "$4.10")], [(H, "$4.10")], {}),
    ("nikkei_maker_keeping_forecast",
     ("Daiwa Motors beat estimates, keeping its annual profit forecast at 900 billion yen.",),
     [("Daiwa Motors", "900 billion yen")], [(H, "900 billion yen")], {}),
    ("marketwatch_analyst_raising_target",
     ("Analyst Peter Lang of Northgate Securities upgraded the stock, raising his price "
      "target to $88.",),
     [("Peter Lang", "$88")], [(H, "$88")], {}),
    ("ap_agency_revising_projection",
     ("The Budget Office was gloomier, revising its deficit projection to $1.9 trillion.",),
     [("Budget Office", "$1.9 trillion")], [(H, "$1.9 trillion")], {}),
    ("irish_independent_economist_lowering",
     ("Economist Raj Patel, of Delta Bank, went further, lowering his inflation forecast to "
      "2.1%.",),
     [("Raj Patel", "2.1%")], [(H, "2.1%")], {}),
    ("reuters_imf_cutting_forecast",
     ("The IMF was gloomier, cutting its global growth forecast to 2.8%.",),
     [("IMF", "2.8%")], [(H, "2.8%")], {}),
    ("reuters_bank_struck_tone_cutting",
     ("Orla Bank struck a gloomier tone, cutting its growth forecast to 2.8%.",),
     [("Orla Bank", "2.8%")], [], {}),
    ("argus_consultancy_raising_estimate",
     ("Citadel Research was more upbeat, raising its demand estimate to 104 million barrels a "
      "day.",),
     [("Citadel Research", "104 million barrels")], [(H, "104 million barrels")], {}),
    # revisions by no one named, or of no target: unchanged
    ("guard_workers_cutting_their",
     ("Thousands of workers walked out, cutting their hours to 30 a week.",),
     [], [("Thousands of workers", "30")], {}),
    ("guard_cutting_costs_not_target",
     ("Harbor Foods closed 3 plants, cutting its costs by $40m.",),
     [], [], {}),
    ("guard_raising_the_target",
     ("Prices rose 4%, raising the target to 5%.",),
     [], [("Prices", "5%")], {}),
    ("guard_plain_cut_its_forecast",
     ("Perulima Mining last month cut its output forecast to 3.2 million tons from 3.4 "
      "million.",),
     [("Perulima Mining", "3.2 million tons")], [], {}),
    ("guard_said_cutting",
     ("Vantage Capital said demand was weak, cutting its estimate to 4%.",),
     [("Vantage Capital", "4%")], [], {}),
    # --- attributions the round leaves unread ---------------------------------------------
    ("dw_employers_have_offered",
     ("Municipal employers have offered a 5.5% increase spread over 27 months.",),
     [("Municipal employers", "5.5%")], [], {}),
    ("dpa_federation_has_offered",
     ("The Federation of Port Employers has so far offered 4% spread over 24 months.",),
     [("Federation of Port Employers", "4%")], [], {}),
    ("bloomberg_agency_known_as_said",
     ("Brazil's corn harvest will reach a record 130 million tons this season, the national "
      "crop agency known as Agrocon said Thursday.",),
     [("Agrocon", "130 million tons")], [], {}),
    ("dw_spokesperson_there",
     ("Munich canceled around 820 flights, a spokesperson there said.",),
     [("Munich Airport", "around 820")], [], {}),
    ("cnbc_according_to_its_statement",
     ("The central bank cut its key rate by 25 basis points to 4.5%, according to its "
      "statement.",),
     [("Central bank", "25 basis points")], [], {}),
    ("tampa_forecasters_at_expect",
     ("Forecasters at the storm center expect it to strengthen to 120 mph before landfall.",),
     [("Storm center", "120 mph")], [], {}),
    ("tribune_budget_documents_show",
     ("The levy is budgeted to bring in $1.4 billion this year, budget documents show.",),
     [("budget documents", "$1.4 billion")], [], {}),
    ("reuters_lawyer_sought_while",
     ("Prosecutors had asked for 20 years, while his lawyer, Mia Cole, sought no more than "
      "three.",),
     [("Mia Cole", "no more than three")], [], {}),
    ("bloomberg_monthly_carries_on",
     ("The Statistics Office said inflation rose to 5%.",
      "On a monthly basis, prices rose 1.2%, up from 0.9% in March."),
     [("Statistics Office", "1.2%")], [], {}),
]

XFAIL: dict[str, str] = {
    "reuters_bank_struck_tone_cutting": "after 'struck' (read as an event's verb) the "
                                        "participle finds no subject",
    "dw_employers_have_offered": "'offered' as a reporting verb costs more pairs in the corpus "
                                 "(a shop's or a scheme's offer) than it wins",
    "dpa_federation_has_offered": "'offered' as a reporting verb costs more pairs in the "
                                  "corpus than it wins",
    "bloomberg_agency_known_as_said": "a closing speaker 'the X known as Y' is not read as the "
                                      "short name it is known by",
    "dw_spokesperson_there": "'a spokesperson there' does not find the place named as the "
                             "subject",
    "cnbc_according_to_its_statement": "'according to its statement' does not find the "
                                       "sentence's subject as the document's owner",
    "tampa_forecasters_at_expect": "'forecasters at X expect' is not read as X's outlook",
    "tribune_budget_documents_show": "an unnamed document ('budget documents show') is no "
                                     "speaker",
    "reuters_lawyer_sought_while": "a clause after 'while' with its own subject and 'sought' "
                                   "is not read as that subject's statement",
    "bloomberg_monthly_carries_on": "a body's statement does not carry on to the next "
                                    "paragraph's figures without a tag",
}


@pytest.mark.parametrize(("paragraphs", "wanted", "unwanted", "options"),
                         case_params(CASES, XFAIL))
def test_ye(paragraphs, wanted, unwanted, options):
    check_pairs(paragraphs, wanted, unwanted, options)
