"""Integrity lives in the database: these inserts must be refused on SQLite and PostgreSQL."""

from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from claims.models import Appearance, ClaimRelation, SpeakerAlias, Status
from tests.conftest import make_claim, make_source, make_speaker

pytestmark = pytest.mark.django_db


def test_relation_to_itself_is_refused():
    claim = make_claim()
    with pytest.raises(IntegrityError), transaction.atomic():
        ClaimRelation.objects.create(from_claim=claim, to_claim=claim, kind="confirms")


def test_duplicate_relation_pair_is_refused_in_the_same_order():
    a, b = make_claim(), make_claim()
    ClaimRelation.objects.create(from_claim=a, to_claim=b, kind="confirms")
    with pytest.raises(IntegrityError), transaction.atomic():
        ClaimRelation.objects.create(from_claim=a, to_claim=b, kind="confirms")


def test_duplicate_relation_pair_is_refused_in_the_reverse_order():
    a, b = make_claim(), make_claim()
    ClaimRelation.objects.create(from_claim=a, to_claim=b, kind="contradicts")
    with pytest.raises(IntegrityError), transaction.atomic():
        ClaimRelation.objects.create(from_claim=b, to_claim=a, kind="contradicts")
    assert ClaimRelation.objects.count() == 1


def test_relations_between_different_pairs_are_allowed():
    a, b, c = make_claim(), make_claim(), make_claim()
    ClaimRelation.objects.create(from_claim=a, to_claim=b, kind="confirms")
    ClaimRelation.objects.create(from_claim=a, to_claim=c, kind="contradicts")
    assert ClaimRelation.objects.count() == 2


def test_lower_bound_above_upper_bound_is_refused():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_claim(value=None, lower=Decimal("30"), upper=Decimal("20"), qualifier="range")


def test_value_outside_its_bounds_is_refused():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_claim(value=Decimal("10"), lower=Decimal("20"))
    with pytest.raises(IntegrityError), transaction.atomic():
        make_claim(value=Decimal("50"), upper=Decimal("20"))


def test_bounds_bracketing_the_value_are_accepted():
    claim = make_claim(value=Decimal("25"), lower=Decimal("20"), upper=Decimal("30"))
    assert claim.pk


def test_unreviewed_claim_with_a_verdict_is_refused():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_claim(status=Status.UNREVIEWED, verdict="accurate")


def test_appearance_with_reversed_offsets_is_refused():
    claim = make_claim()
    with pytest.raises(IntegrityError), transaction.atomic():
        Appearance.objects.create(claim=claim, source=claim.source, quote="x", start=10, end=5)


def test_appearance_figure_outside_quote_is_refused():
    claim = make_claim()
    with pytest.raises(IntegrityError), transaction.atomic():
        Appearance.objects.create(
            claim=claim, source=claim.source, quote="abc", start=10, end=13,
            figure_start=2, figure_end=4,
        )


def test_duplicate_source_slug_is_refused():
    make_source(slug="same-slug")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_source(slug="same-slug")


def test_alias_normalised_form_is_stored_for_lookup():
    speaker = make_speaker("Abdoulaye Maïga")
    alias = SpeakerAlias.objects.create(speaker=speaker, alias="Col. Abdoulaye Maïga")
    assert alias.normalised == "col abdoulaye maiga"


def test_same_alias_may_name_two_speakers_but_not_twice_one():
    first, second = make_speaker("Abdoulaye Maiga"), make_speaker("Choguel Kokalla Maiga")
    SpeakerAlias.objects.create(speaker=first, alias="Maiga")
    SpeakerAlias.objects.create(speaker=second, alias="Maiga")
    with pytest.raises(IntegrityError), transaction.atomic():
        SpeakerAlias.objects.create(speaker=first, alias="MAIGA")
