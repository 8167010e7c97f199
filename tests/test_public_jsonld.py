"""ClaimReview JSON-LD on claim pages: parsed from the HTML and checked field by field."""

from __future__ import annotations

import json
import re

import pytest
from django.test import override_settings

from claims.jsonld import json_ld_script, rating_for
from claims.models import SpeakerKind, Status, Verdict
from tests.conftest import make_claim, make_speaker
from tests.public_fixtures import *  # noqa: F403 -- the world and fresh_cache fixtures

pytestmark = pytest.mark.django_db

LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def claim_review(client, claim) -> dict:
    html = client.get(f"/claims/{claim.pk}/").content.decode()
    blocks = LD.findall(html)
    assert len(blocks) == 1
    return json.loads(blocks[0])


@override_settings(
    CLAIMTRACK_DESK_NAME="Delta Fact Desk", CLAIMTRACK_DESK_URL="https://desk.example/"
)
def test_claim_review_fields_follow_schema_org(client, world):
    review = claim_review(client, world.verified)
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "Over 12,000 people displaced by the Ruvu floods"
    assert review["url"] == f"http://testserver/claims/{world.verified.pk}/"
    assert review["datePublished"] == "2024-03-08"
    assert review["author"] == {
        "@type": "Organization",
        "name": "Delta Fact Desk",
        "url": "https://desk.example/",
    }
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "Mostly accurate",
        "ratingValue": 4,
        "bestRating": 5,
        "worstRating": 1,
    }
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "Amina Okafor"}
    assert item["datePublished"] == "2024-03-03"
    article = {
        "@type": "NewsArticle",
        "url": "https://courier.example/floods-ruvu",
        "headline": "Floods drive thousands from homes in the Ruvu delta",
        "publisher": {"@type": "Organization", "name": "Coastal Courier"},
        "datePublished": "2024-03-04",
    }
    assert item["firstAppearance"] == article
    assert item["appearance"] == [article]


def test_organisation_speaker_and_article_without_url(client, world):
    review = claim_review(client, world.repeat)  # in review, verdict unverifiable
    item = review["itemReviewed"]
    assert item["author"] == {"@type": "Organization", "name": "Delta Relief Society"}
    assert item["firstAppearance"]["url"] == "http://testserver/sources/camps-fill-up/"
    # unverifiable: the label only, no point on the 1-5 scale
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Unverifiable"}
    assert "datePublished" not in review  # not yet reviewed_at


@pytest.mark.parametrize(
    ("verdict", "value"),
    [
        (Verdict.ACCURATE, 5),
        (Verdict.MOSTLY_ACCURATE, 4),
        (Verdict.MISLEADING, 2),
        (Verdict.INACCURATE, 1),
    ],
)
def test_rating_scale(verdict, value):
    rating = rating_for(verdict)
    assert rating["ratingValue"] == value
    assert (rating["bestRating"], rating["worstRating"]) == (5, 1)
    assert rating["alternateName"] == Verdict(verdict).label


def test_government_speaker_is_an_organization(client, db):
    speaker = make_speaker("Ministry of Water", SpeakerKind.GOVERNMENT)
    claim = make_claim(speaker=speaker, status=Status.VERIFIED, verdict=Verdict.ACCURATE)
    assert claim_review(client, claim)["itemReviewed"]["author"]["@type"] == "Organization"


def test_claim_without_verdict_has_no_claim_review(client, world):
    html = client.get(f"/claims/{world.unreviewed.pk}/").content.decode()
    assert LD.findall(html) == []


def test_script_breaking_text_is_escaped_and_round_trips(client, db):
    text = 'Figures </script><script>alert("x")</script> & <!-- more'
    claim = make_claim(text=text, status=Status.VERIFIED, verdict=Verdict.MISLEADING)
    html = client.get(f"/claims/{claim.pk}/").content.decode()
    raw = LD.findall(html)[0]
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert "\\u003c/script\\u003e" in raw
    assert json.loads(raw)["claimReviewed"] == text


def test_json_ld_script_is_empty_without_data():
    assert json_ld_script(None) == ""


def test_claim_json_twin_carries_the_same_review(client, world):
    body = client.get(f"/claims/{world.verified.pk}/?format=json").json()
    assert body["claim_review"] == claim_review(client, world.verified)
