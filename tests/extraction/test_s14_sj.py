"""Session 14, round helper sj: the Gulf, Middle East and Turkey desks (heldout101)."""

from __future__ import annotations

from tests.extraction.test_speakers import by_figure, run


def test_a_gulf_state_agency_dateline_credits_the_wire():
    for body, wire in (
        ("SHARJAH (WAM) \u2014 Construction will take 30 months, and 2,000 workers will be "
         "employed.", "WAM"),
        ("RIYADH (SPA) - The new terminal will handle 12 million passengers a year.", "SPA"),
        ("KUWAIT CITY (KUNA) -- Some 4,500 homes will be built on the site.", "KUNA"),
    ):
        c = by_figure(run(body, publisher="Gulf Daily"))
        assert {x.speaker for x in c.values()} == {wire}, body
    # a bracketed acronym that is no agency's credit leaves the outlet's figure alone
    c = by_figure(run("The Abu Dhabi Investment Office (ADIO) is small. It employs 300 people.",
                      publisher="Gulf Daily"))
    assert c["300"].speaker != "WAM"


def test_a_ministers_remit_of_gulf_portfolios_is_part_of_the_title():
    c = by_figure(run("Deputy Minister for Labor Policies Abdulrahman Al-Qahtani said the "
                      "programs had placed 86,000 job seekers."))
    assert c["86,000"].speaker == "Abdulrahman Al-Qahtani"
    c = by_figure(run("Minister of Hajj and Umrah Yousef Al-Harbi said 1.8 million pilgrims "
                      "came this year."))
    assert c["1.8 million"].speaker == "Yousef Al-Harbi"
    c = by_figure(run("Minister of State for Municipal Affairs Mariam Saeed told reporters that "
                      "42 parks would open."))
    assert c["42"].speaker == "Mariam Saeed"


def test_a_scheme_dated_by_its_participle_does_not_speak():
    c = by_figure(run("The road is part of a Dh12 billion infrastructure programme announced in "
                      "2024, which also includes 60 kilometres of cycle lanes."))
    assert c["Dh12 billion"].speaker == "Test Herald"
    assert c["60 kilometres"].speaker == "Test Herald"
    c = by_figure(run("The grants come from a $30 million fund announced last year."))
    assert c["$30 million"].speaker == "Test Herald"
    # a body that announces something still speaks
    c = by_figure(run("A sovereign wealth fund announced in March that it would invest "
                      "$30 million."))
    assert c["$30 million"].speaker != "Test Herald"
    c = by_figure(run("The ministry announced on Monday a plan to build 4,000 homes."))
    assert c["4,000"].speaker == "Ministry"


def test_the_rate_compared_goes_on_for_the_source_of_the_rate_before():
    c = by_figure(run(
        "Unemployment among nationals fell to 7.1 percent, the labour observatory said.",
        "The rate was down from 7.7 percent in the previous quarter."))
    assert c["7.7 percent"].speaker == c["7.1 percent"].speaker != "Test Herald"
    c = by_figure(run("Inflation eased to 2.9% in May, the statistics office said. The rate "
                      "compares with 3.4% a year ago."))
    assert c["3.4%"].speaker == c["2.9%"].speaker
    # a rate of no sentence before is the outlet's
    c = by_figure(run("The central bank meets on Thursday.", "The rate is 4.5%."))
    assert c["4.5%"].speaker == "Test Herald"


def test_a_union_of_countries_owns_a_body_as_a_country_does():
    c = by_figure(run("The UN's World Food Programme said 3.1 million people relied on food "
                      "aid."))
    assert c["3.1 million"].speaker == "World Food Programme"
    c = by_figure(run("The EU's Copernicus Climate Change Service said the sea was 1.6C "
                      "warmer."))
    assert c["1.6C"].speaker == "Copernicus Climate Change Service"
    # a titled person after the possessive is still the person
    c = by_figure(run("The EU's Health Commissioner Anna Berg said 3.1 million doses arrived."))
    assert c["3.1 million"].speaker == "Anna Berg"


def test_a_scaled_count_reads_through_an_adjective_before_its_noun():
    c = by_figure(run("Antalya welcomed 7.2M foreign visitors in the first half.", publisher="X"))
    assert "7.2M" in c
    c = by_figure(run("The programme created 3.5m new jobs, the ministry said."))
    assert c["3.5m"].speaker == "Ministry"
    # metres before an adjective that counts nothing stay no count
    c = by_figure(run("The old cable is 350m new, the engineer joked."))
    assert "350m" not in c


def test_a_caption_repeating_the_outlets_headline_figure_is_one_claim():
    claims = run("Unemployment among nationals fell to 7.1 percent, the labour observatory "
                 "said.", headline="Saudi unemployment falls to record low of 7.1%",
                 captions=["Job seekers at a fair in Riyadh. Unemployment is at 7.1 percent."],
                 publisher="Arab News")
    outlet = [c for c in claims if c.speaker == "Arab News"]
    assert len(outlet) == 1 and {a.part for a in outlet[0].appearances} == {"headline",
                                                                             "caption"}
    # a caption's other figure of the same number stays its own claim when its measure differs
    claims = run("Police said 12 people were hurt.", headline="Storm leaves 12 dead",
                 captions=["Rescuers at the scene. 12 homes were destroyed."],
                 publisher="Arab News")
    assert len([c for c in claims if c.speaker == "Arab News"]) == 2


def test_a_gulf_currency_code_before_an_amount_is_no_speaker():
    for body, fig, who in (
        ("Sales reached AED 2.5 billion, the developer said.", "AED 2.5 billion", "Developer"),
        ("Revenue rose to QAR 2.5 billion, the developer said.", "QAR 2.5 billion", "Developer"),
        ("Net profit was OMR 12.4 million, the bank said.", "OMR 12.4 million", "Bank"),
    ):
        c = by_figure(run(body))
        assert c[fig].speaker == who, body
    # a named body in capitals still speaks
    c = by_figure(run("Sales reached 2.5 billion riyals, SABIC said."))
    assert c["2.5 billion riyals"].speaker == "SABIC"


def test_an_agencys_official_standing_is_no_part_of_its_name():
    c = by_figure(run("The official Saudi Press Agency reported that 1.8 million pilgrims "
                      "arrived."))
    assert c["1.8 million"].speaker == "Saudi Press Agency"
    c = by_figure(run("The semi-official Tasnim news agency said 1,800 homes were built."))
    assert c["1,800"].speaker == "Tasnim news agency"
    # an official who speaks is still the official
    c = by_figure(run("A senior official said 1,800 homes were built."))
    assert c["1,800"].speaker == "Senior official"


def test_turkish_and_gulf_currencies_are_read_as_currencies():
    c = by_figure(run("The ministry said it had spent 2.6 trillion Turkish liras and "
                      "\u20ba450 billion more was budgeted, while the fund raised 45 billion "
                      "liras."))
    assert c["2.6 trillion Turkish liras"].unit == "TRY"
    assert c["\u20ba450 billion"].unit == "TRY"
    assert c["45 billion liras"].unit == "TRY"
    c = by_figure(run("Aramco paid 1.2 billion Saudi riyals, the company said."))
    assert c["1.2 billion Saudi riyals"].unit == "SAR"
    # a people's adjective before a plain count is no currency
    c = by_figure(run("About 3,000 Saudi workers were hired, the ministry said."))
    assert c["About 3,000"].unit == ""


def test_a_bodys_document_reads_past_its_bracketed_acronym():
    c = by_figure(run("Dubai Land Department (DLD) data showed transactions rose 20 per cent."))
    assert c["20 per cent"].speaker == "Dubai Land Department"
    c = by_figure(run("Prices climbed 2 per cent, Office for National Statistics (ONS) figures "
                      "showed."))
    assert c["2 per cent"].speaker == "Office for National Statistics"
    c = by_figure(run("Annual inflation was 33.5%, Turkish Statistical Institute (TurkStat) "
                      "data showed."))
    assert c["33.5%"].speaker == "Turkish Statistical Institute"
    # a bracket that is no acronym leaves the sentence the outlet's
    c = by_figure(run("Prices rose (sharply) data showed 2 per cent."))
    assert c["2 per cent"].speaker == "Test Herald"


def test_a_gulf_daughters_name_and_the_sheikhas_title():
    c = by_figure(run("Sheikha Latifa bint Mohammed said the fund supported 200 artists."))
    assert c["200"].speaker == "Latifa bint Mohammed"
    c = by_figure(run("Shaikh Salman bin Khalifa said revenue rose 12%."))
    assert c["12%"].speaker == "Salman bin Khalifa"
    # a plain name is left as written
    c = by_figure(run("Latifa Hassan said the fund supported 200 artists."))
    assert c["200"].speaker == "Latifa Hassan"


def test_a_turkish_capital_opens_a_name_mentioned_before_its_surname_speaks():
    c = by_figure(run("Mehmet \u015eim\u015fek, the finance minister, spoke on Monday. "
                      "\u015eim\u015fek said the deficit would narrow to 3.1%."))
    assert c["3.1%"].speaker == "Mehmet \u015eim\u015fek"
    c = by_figure(run("\u0130lhan Y\u0131lmaz, a trader in Izmir, spoke to reporters. "
                      "Y\u0131lmaz said prices rose 5%."))
    assert c["5%"].speaker == "\u0130lhan Y\u0131lmaz"


def test_a_date_of_the_islamic_calendar_is_no_figure():
    c = by_figure(run("The ministry said 1.8 million pilgrims came in the Hajj season of "
                      "1446 AH."))
    assert set(c) == {"1.8 million"}
    c = by_figure(run("The 1,000-room hotel opens on 1 Muharram 1447, the developer said."))
    assert set(c) == {"1,000-room"}
    # counts beside the calendar stay counts
    c = by_figure(run("The plant has 1446 workers, and 1400 H-shares were sold."))
    assert {"1446", "1400"} <= set(c)


def test_the_country_or_capital_before_a_company_noun_describes_the_company_named():
    c = by_figure(run("Aldar said it sold 300 villas.",
                      "The Abu Dhabi developer said sales reached Dh2 billion."))
    assert c["Dh2 billion"].speaker == "Aldar"
    c = by_figure(run("Sahra Air said it flew 21 million people. The UAE carrier said profit "
                      "reached Dh2 billion."))
    assert c["Dh2 billion"].speaker == "Sahra Air"
    # with no company named before, the description stays as written
    c = by_figure(run("The Qatar carrier said profit reached $2 billion."))
    assert c["$2 billion"].speaker == "Qatar carrier"


def test_arabic_given_names_after_a_title_word_and_a_remit():
    c = by_figure(run("Sultan Al Jaber said capacity would reach 5 million bpd."))
    assert c["5 million bpd"].speaker == "Sultan Al Jaber"
    c = by_figure(run("Sultan bin Sulayem, chairman of the port group, said volumes rose 6%."))
    assert c["6%"].speaker == "Sultan bin Sulayem"
    c = by_figure(run("Minister of State for Foreign Trade Thani bin Ahmed Al Zeyoudi said "
                      "trade rose 14.6 per cent."))
    assert c["14.6 per cent"].speaker == "Thani bin Ahmed Al Zeyoudi"
    # the title before a given name stays a title
    c = by_figure(run("Sultan Haitham bin Tarik said 40 projects were approved."))
    assert c["40"].speaker == "Haitham bin Tarik"
    c = by_figure(run("Minister for Housing Cian Moriarty said 400 homes were built."))
    assert c["400"].speaker == "Cian Moriarty"


def test_the_monitor_refers_back_to_the_observatory_named_before():
    c = by_figure(run("At least 40 people were killed, the Syrian Observatory for Human Rights "
                      "said.", "The Britain-based monitor said 12 were children."))
    assert c["12"].speaker == "Syrian Observatory for Human Rights"
    # with no body named before, the monitor is as written
    c = by_figure(run("The monitor said 12 were children."))
    assert c["12"].speaker == "Monitor"
