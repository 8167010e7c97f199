"""Rejected claims never reach the public: list, detail, JSON, CSV, feed, sitemap, speaker
scorecard, event page, article page and relation lists."""

from __future__ import annotations

import pytest

from claims.models import Status
from tests.public_fixtures import *  # noqa: F403 -- the world and fresh_cache fixtures

pytestmark = pytest.mark.django_db

REJECTED_TEXT = "999 villagers missing"


def body(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def test_rejected_claim_page_is_404(client, world):
    assert client.get(f"/claims/{world.rejected.pk}/").status_code == 404
    assert client.get(f"/claims/{world.rejected.pk}/?format=json").status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/claims/",
        "/claims/?format=json",
        "/claims/?format=csv",
        "/claims/?q=villagers",
        "/claims/?q=villagers&format=json",
        "/claims/?sort=value_high&format=csv",
        "/claims/?event=ruvu-delta-floods&format=json",
        "/claims/?source=floods-ruvu-delta&format=csv",
        "/claims/?has_contradictions=true&format=json",
        "/feeds/claims/",
        "/sitemap-claims.xml",
        "/speakers/amina-okafor/",
        "/speakers/amina-okafor/?format=json",
        "/sources/floods-ruvu-delta/?format=json",
        "/events/ruvu-delta-floods/",
        "/events/ruvu-delta-floods/?format=json",
        "/events/ruvu-delta-floods/?format=csv",
    ],
)
def test_rejected_claim_appears_on_no_public_surface(client, world, url):
    response = client.get(url)
    assert response.status_code == 200
    text = body(response)
    assert REJECTED_TEXT not in text
    assert f"/claims/{world.rejected.pk}/" not in text


def test_rejected_claim_is_not_counted(client, world):
    data = client.get("/claims/?format=json").json()
    assert data["count"] == 4
    assert sum(data["facets"]["status"].values()) == 4
    assert "rejected" not in data["facets"]["status"]
    assert data["facets"]["verdict"]["inaccurate"] == 1  # the rejected one was inaccurate too


def test_rejected_claim_is_not_highlighted_in_its_article(client, world):
    html = client.get("/sources/floods-ruvu-delta/").content.decode()
    # the article text itself stays (it is the article), but unmarked and unlinked
    assert "A spokesman for a rival group claimed 999 villagers were missing" in html
    assert f"/claims/{world.rejected.pk}/" not in html


def test_relations_to_rejected_claims_are_hidden(client, world):
    # rejected --contradicts(accepted)--> verified
    html = client.get(f"/claims/{world.verified.pk}/").content.decode()
    assert REJECTED_TEXT not in html
    relations = client.get(f"/claims/{world.verified.pk}/?format=json").json()["relations"]
    ids = {r["claim"]["id"] for group in relations.values() for r in group}
    assert world.rejected.pk not in ids


def test_speaker_with_only_rejected_claims_has_no_page(client, world):
    assert client.get("/speakers/rival-group-spokesman/").status_code == 404
    sitemap = client.get("/sitemap-speakers.xml").content.decode()
    assert "rival-group-spokesman" not in sitemap
    assert "amina-okafor" in sitemap


def test_speaker_scorecard_ignores_rejected_claims(client, world):
    world.bridges.status = Status.REJECTED
    world.bridges.save()
    card = client.get("/speakers/amina-okafor/?format=json").json()["scorecard"]
    assert card["total"] == 1
    assert card["status"]["disputed"] == 0
    assert card["verdict"]["inaccurate"] == 0


def test_event_with_only_rejected_claims_has_no_page(client, world):
    from claims.models import Claim

    Claim.objects.filter(event=world.event).update(status=Status.REJECTED)
    assert client.get("/events/ruvu-delta-floods/").status_code == 404
    assert "ruvu-delta-floods" not in client.get("/sitemap-events.xml").content.decode()


def test_sitemap_lists_public_pages(client, world):
    index = client.get("/sitemap.xml").content.decode()
    for section in ("claims", "speakers", "sources", "events"):
        assert f"http://testserver/sitemap-{section}.xml" in index
    claims = client.get("/sitemap-claims.xml").content.decode()
    assert claims.count("<url>") == 4
    assert f"http://testserver/claims/{world.verified.pk}/" in claims


def test_feed_lists_reviewed_claims_only(client, world):
    feed = client.get("/feeds/claims/")
    assert feed["Content-Type"].startswith("application/atom+xml")
    text = feed.content.decode()
    assert text.count("<entry>") == 2  # verified and disputed; not unreviewed or in review
    assert "Up to 40 bridges washed away (Inaccurate)" in text
    assert text.index("bridges") < text.index("Over 12,000")  # most recently reviewed first
    assert "Camp registers show 11,800 by 6 March." in text
