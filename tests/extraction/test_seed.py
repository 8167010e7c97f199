"""The seed file's two articles: the claims a newsroom expects from them."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from claims.extraction import extract_claims
from sources.reader import read_seed_file
from tests.extraction.checks import assert_invariants

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_0bd10977ca86cbfa.txt"


@pytest.fixture(scope="module")
def seed_claims():
    articles = read_seed_file(SEED)
    out = []
    for article in articles:
        claims = extract_claims(
            article.text, article.segments, article_date=article.date, publisher="Arab News"
        )
        assert_invariants(claims, article.text)
        out.append(claims)
    return out


def _one(claims, **want):
    found = [c for c in claims if all(getattr(c, k) == v for k, v in want.items())]
    assert len(found) == 1, (want, [(c.speaker, c.figure_text, c.counts) for c in claims])
    return found[0]


def test_separatists_claim_84_wagner_fighters_once_though_said_twice(seed_claims):
    mali = seed_claims[0]
    c = _one(mali, speaker="Tuareg-led separatists", value=Decimal(84))
    assert c.speaker_kind == "armed_group"
    assert (c.qualifier, c.lower, c.upper) == ("exact", Decimal(84), Decimal(84))
    assert c.counts == "Wagner fighters killed"
    assert c.stated_on == datetime.date(2024, 8, 1)
    assert sorted(a.part for a in c.appearances) == ["body", "summary"]


def test_separatists_claim_47_malian_soldiers_killed(seed_claims):
    c = _one(seed_claims[0], speaker="Tuareg-led separatists", value=Decimal(47))
    assert c.qualifier == "exact"
    assert c.counts == "Malian soldiers killed"
    assert c.stated_on == datetime.date(2024, 8, 1)
    assert len(c.appearances) == 2


def test_mali_army_admits_a_vague_large_number_of_deaths(seed_claims):
    c = _one(seed_claims[0], speaker="Mali's army")
    assert c.speaker_kind == "government"
    assert c.qualifier == "vague"
    assert (c.value, c.lower, c.upper) == (None, None, None)
    assert "large number" in c.figure_text
    assert c.counts == "deaths"


def test_publisher_states_over_300_school_children_abducted(seed_claims):
    c = _one(seed_claims[1], value=Decimal(300))
    assert (c.speaker, c.speaker_kind) == ("Arab News", "media")
    assert (c.qualifier, c.lower, c.upper) == ("over", Decimal(300), None)
    assert c.figure_text == "over 300"
    assert c.counts == "school children abducted"


def test_publisher_states_276_chibok_school_girls_abducted(seed_claims):
    c = _one(seed_claims[1], value=Decimal(276))
    assert (c.speaker, c.speaker_kind, c.qualifier) == ("Arab News", "media", "exact")
    assert c.counts == "school girls abducted"
    assert "Chibok" in c.appearances[0].quote


def test_years_and_dates_are_not_figures(seed_claims):
    values = {c.value for claims in seed_claims for c in claims}
    assert not values & {Decimal(2020), Decimal(2014), Decimal(25), Decimal(4), Decimal(2024)}


def test_seed_has_no_claims_beyond_the_expected_ones(seed_claims):
    got = {(c.speaker, c.figure_text) for claims in seed_claims for c in claims}
    assert got == {
        ("Tuareg-led separatists", "84"),
        ("Tuareg-led separatists", "47"),
        ("Mali's army", "a large number"),
        ("Arab News", "over 300"),
        ("Arab News", "276"),
        ("Arab News", "Three days"),  # of fighting: a duration, like any figure
    }
