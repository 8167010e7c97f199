"""Each public page costs a fixed number of queries whatever the number of rows.

Every test renders a page over a small and a larger data set and pins the same count.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.cache import cache

from claims.models import (
    Appearance,
    Claim,
    ClaimRelation,
    Event,
    RelationKind,
    RelationStatus,
    SpeakerAlias,
    Status,
    Verdict,
)
from tests.conftest import make_claim, make_source, make_speaker
from tests.public_fixtures import *  # noqa: F403 -- the world and fresh_cache fixtures
from tests.public_fixtures import span

pytestmark = pytest.mark.django_db

SIZES = [3, 30]


def grow(n: int) -> dict:
    """`n` claims by one speaker in one article and one event, related to the first claim."""
    speaker = make_speaker("Harbour Master")
    speaker.slug = "harbour-master"
    speaker.save()
    for i in range(3):
        SpeakerAlias.objects.create(speaker=speaker, alias=f"Master {i}")
    lines = [f"Line {i}: the harbour counted {100 + i} ships." for i in range(n)]
    text = "Harbour report\n\n" + "\n".join(lines) + "\n"
    source = make_source(slug="harbour-report", text=text, summary=["A point"])
    event = Event.objects.create(name="Harbour jam", slug="harbour-jam")
    claims = []
    for i, line in enumerate(lines):
        claim = make_claim(
            source=source,
            speaker=speaker,
            event=event,
            value=Decimal(100 + i),
            counts="ships" if i % 2 else "boats",
            measure_key="ships" if i % 2 else "boats",
            status=[Status.VERIFIED, Status.UNREVIEWED, Status.DISPUTED][i % 3],
            verdict="" if i % 3 == 1 else Verdict.ACCURATE,
            search_text=f"harbour ships {line}",
        )
        Appearance.objects.create(claim=claim, source=source, **span(text, line, str(100 + i)))
        claims.append(claim)
    first = claims[0]
    for i, other in enumerate(claims[1:]):
        ClaimRelation.objects.create(
            from_claim=first,
            to_claim=other,
            kind=RelationKind.CONFIRMS if i % 2 else RelationKind.CONTRADICTS,
            status=RelationStatus.ACCEPTED if i % 3 else RelationStatus.SUGGESTED,
        )
    Claim.objects.filter(pk=claims[-1].pk).update(status=Status.REJECTED)
    return {"claim": first, "speaker": speaker, "source": source, "event": event}


def assert_queries(client, django_assert_num_queries, url: str, expected: int) -> None:
    with django_assert_num_queries(expected):
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200, url
    if not response.streaming and "html" in response["Content-Type"]:
        assert 'class="errors"' not in response.content.decode(), url


@pytest.mark.parametrize("n", SIZES)
def test_claim_list_queries(client, django_assert_num_queries, n):
    grow(n)
    # facet counts and total (one aggregate), then the page of rows
    assert_queries(client, django_assert_num_queries, "/claims/", 2)
    # the counts are cached: only the rows now
    assert_queries(client, django_assert_num_queries, "/claims/", 1)
    cache.clear()
    assert_queries(client, django_assert_num_queries, "/claims/?format=json", 2)
    # a speaker filter looks the speaker up once
    cache.clear()
    assert_queries(
        client, django_assert_num_queries, "/claims/?speaker=harbour-master&sort=value_high", 3
    )
    # counts and the speaker are cached now: only the rows
    assert_queries(
        client,
        django_assert_num_queries,
        "/claims/?speaker=harbour-master&format=json&sort=value_high",
        1,
    )
    assert_queries(
        client,
        django_assert_num_queries,
        "/claims/?has_contradictions=true&q=harbour&value_min=1&stated_after=2024-01-01",
        2,
    )


@pytest.mark.parametrize("n", SIZES)
def test_csv_export_queries(client, django_assert_num_queries, n):
    grow(n)
    assert_queries(client, django_assert_num_queries, "/claims/?format=csv", 1)


@pytest.mark.parametrize("n", SIZES)
def test_claim_page_queries(client, django_assert_num_queries, n):
    world = grow(n)
    url = f"/claims/{world['claim'].pk}/"
    # claim with speaker/source/event and appearances with sources, relations with both claims
    assert_queries(client, django_assert_num_queries, url, 2)
    assert_queries(client, django_assert_num_queries, url + "?format=json", 2)


@pytest.mark.parametrize("n", SIZES)
def test_speaker_page_queries(client, django_assert_num_queries, n):
    grow(n)
    # speaker with parent, aliases, scorecard, one page of claims
    assert_queries(client, django_assert_num_queries, "/speakers/harbour-master/", 4)
    # the speaker, its aliases and the scorecard are cached now: only the page of claims
    assert_queries(client, django_assert_num_queries, "/speakers/harbour-master/?format=json", 1)


@pytest.mark.parametrize("n", SIZES)
def test_source_page_queries(client, django_assert_num_queries, n):
    grow(n)
    # the article, then its public appearances with claims and speakers
    assert_queries(client, django_assert_num_queries, "/sources/harbour-report/", 2)
    assert_queries(client, django_assert_num_queries, "/sources/harbour-report/?format=json", 2)


@pytest.mark.parametrize("n", SIZES)
def test_event_page_queries(client, django_assert_num_queries, n):
    grow(n)
    # the event, then its public claims with speakers
    assert_queries(client, django_assert_num_queries, "/events/harbour-jam/", 2)
    assert_queries(client, django_assert_num_queries, "/events/harbour-jam/?format=json", 2)
    # the rendered groups are cached: the event (with its claims' stamp) only
    assert_queries(client, django_assert_num_queries, "/events/harbour-jam/", 1)


@pytest.mark.parametrize("n", SIZES)
def test_feed_and_sitemap_queries(client, django_assert_num_queries, n):
    grow(n)
    assert_queries(client, django_assert_num_queries, "/feeds/claims/", 1)
    # per section: the newest change (MAX) and the page count (COUNT)
    assert_queries(client, django_assert_num_queries, "/sitemap.xml", 8)
    # the count, then the rows of the page
    assert_queries(client, django_assert_num_queries, "/sitemap-claims.xml", 2)
