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
