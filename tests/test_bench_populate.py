"""bench/populate.py writes data the application could have written: the claims' relation
counters (the review queue's order) agree with their relations."""

import pytest

from bench.populate import populate
from claims.models import Claim, ClaimRelation
from tests.test_relation_counts import live_counts, stored_counts

pytestmark = pytest.mark.django_db


def test_populated_claims_count_their_relations():
    populate(600, seed=5)
    assert ClaimRelation.objects.exists()
    assert Claim.objects.filter(n_confirms__gt=0).exists()
    assert Claim.objects.filter(n_contradicts__gt=0).exists()
    assert stored_counts() == live_counts()
