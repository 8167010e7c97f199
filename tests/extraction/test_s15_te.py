"""Session 15, round te: general constructions from the told sets heldout60-79.

Each rule has a sentence it fixes and one it must leave alone (our own sentences)."""

from __future__ import annotations

from tests.extraction.test_figures import figures
from tests.extraction.test_speakers import by_figure, run


def test_bracketed_counts_too_large_for_an_age_are_figures():
    texts = [f.text for f in figures(
        "Syrians made up 1,204 of the arrivals, followed by Afghans (412) and Iraqis (298).")]
    assert "412" in texts and "298" in texts
    assert figures("Mark Jones (45) was charged with assault on Friday.") == []


def test_a_document_handed_to_a_recipient_by_its_owner_is_the_owners():
    got = by_figure(run(
        "According to figures submitted to the tribunal by the Harbour Fishers Trust, which "
        "acted for the villagers, trawlers received 1,950 tonnes.",
        "According to papers submitted to the council, the road cost $4 million.",
    ))
    assert got["1,950 tonnes"].speaker == "Harbour Fishers Trust"
    assert got["$4 million"].speaker_kind == "media"  # (no owner named: the recipient is none)


def test_an_opening_of_n_people_polled_by_x_is_the_pollsters_count():
    got = by_figure(run(
        "Of 25 analysts surveyed this month by the Lima-based brokerage Andes Valores, 17 had "
        "expected a hold.",
        "Of the 480 MPs present, 291 voted for the bill.",
        "Of 40 economists polled, 31 expected a cut.",
    ))
    assert got["25"].speaker == got["17"].speaker == "Andes Valores"
    assert got["291"].speaker_kind == "media"  # (no poll)
    assert got["31"].speaker_kind == "media"  # (no pollster named)


def test_an_election_bodys_results_read_on_in_the_paragraph():
    got = by_figure(run(
        "According to the National Election Board, the Unity Party won 37.4 per cent, or 31 of "
        "the 81 seats. The Green alliance came second with 24.9 per cent and 21 seats.",
        "The Green alliance has 12 offices across the country.",
    ))
    assert got["24.9 per cent"].speaker == got["21"].speaker == "National Election Board"
    assert got["12"].speaker_kind == "media"  # (another paragraph, no results)


def test_a_body_without_election_in_its_name_reads_on_nothing():
    got = by_figure(run(
        "According to the Harbour Trust, the Unity Party won 37.4 per cent of the vote. "
        "The Green alliance won 21 seats.",
    ))
    assert got["21"].speaker_kind == "media"


def test_a_body_that_assumes_or_deplores_states_the_figure():
    got = by_figure(run(
        "The water regulator assumes a household uses 140 litres a day.",
        "The army command deplores the loss of seven soldiers.",
        "Ruiz assumed office in 2019 with 60% of the vote.",
    ))
    assert got["140 litres"].speaker_kind != "media"
    assert got["seven"].speaker_kind != "media"
    assert got["60%"].speaker_kind == "media"  # (taking office is no statement)


def test_a_body_that_based_its_calculations_on_figures_states_them():
    got = by_figure(run(
        "The Harbour Institute based its calculations on a benchmark price of $640,000 and a "
        "15 per cent down payment.",
        "The Lagos-based firm, based in a new tower, hired 40 people.",
    ))
    assert got["$640,000"].speaker == got["15 per cent"].speaker == "Harbour Institute"
    assert got["40"].speaker_kind == "media"
