"""A small public world for the public-page tests: one event, two articles, claims in every
review state (one rejected), relations of every status, all built with the ORM.

The articles are written for these tests (an invented flood in an invented delta).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.utils import timezone

from claims.models import (
    Appearance,
    Claim,
    ClaimRelation,
    Event,
    EventStatus,
    Qualifier,
    RelationKind,
    RelationStatus,
    Speaker,
    SpeakerAlias,
    SpeakerKind,
    Status,
    Verdict,
)
from sources.models import Source
from tests.conftest import make_claim, make_source, make_speaker

FLOOD_TEXT = (
    "Floods drive thousands from homes in the Ruvu delta\n"
    "\n"
    "Updated 04 March 2024\n"
    "\n"
    "  • The governor says over 12,000 people have left their villages\n"
    "\n"
    "KIBITI: Heavy rain swept the Ruvu delta for a fifth day on Sunday.\n"
    "Governor Amina Okafor told reporters that over 12,000 people had been displaced.\n"
    "Volunteers from the Delta Relief Society counted 8,500 displaced people in the camps.\n"
    "A spokesman for a rival group claimed 999 villagers were missing, without evidence.\n"
    "Okafor added that up to 40 bridges had been washed away.\n"
)

SCRIPT_TEXT = (
    "Council <script>alert('x')</script> row over relief money\n"
    "\n"
    "The treasurer said 2,000,000 shillings were spent <b>in March</b> & more was due.\n"
)


@dataclass
class World:
    event: Event
    flood: Source
    second: Source
    okafor: Speaker
    relief: Speaker
    ghost: Speaker
    verified: Claim  # Okafor, over 12,000, mostly accurate
    unreviewed: Claim  # Delta Relief Society, 8,500
    rejected: Claim  # ghost speaker, 999
    bridges: Claim  # Okafor, up to 40 bridges, disputed/inaccurate
    repeat: Claim  # relief society's figure repeated in the second article, unverifiable


def span(text: str, quote: str, figure: str) -> dict:
    """Offsets of `quote` in `text` and of `figure` inside it, as Appearance fields."""
    start = text.index(quote)
    figure_start = text.index(figure, start)
    return {
        "quote": quote,
        "start": start,
        "end": start + len(quote),
        "figure_start": figure_start,
        "figure_end": figure_start + len(figure),
    }


def build_world() -> World:
    """Create the flood world (see the module docstring)."""
    event = Event.objects.create(
        name="Ruvu delta floods, March 2024",
        slug="ruvu-delta-floods",
        place="Ruvu delta",
        start_date=datetime.date(2024, 3, 1),
        end_date=datetime.date(2024, 3, 6),
        status=EventStatus.ACCEPTED,
    )
    flood = make_source(
        headline="Floods drive thousands from homes in the Ruvu delta",
        slug="floods-ruvu-delta",
        publisher="Coastal Courier",
        url="https://courier.example/floods-ruvu",
        published_on=datetime.date(2024, 3, 4),
        date_kind="updated",
        dateline="KIBITI",
        text=FLOOD_TEXT,
        summary=["The governor says over 12,000 people have left their villages"],
    )
    second = make_source(
        headline="Camps fill up as the Ruvu keeps rising",
        slug="camps-fill-up",
        publisher="Harbour Times",
        published_on=datetime.date(2024, 3, 5),
        text="Camps fill up as the Ruvu keeps rising\n\nThe society again counted 8,500 people.\n",
    )
    okafor = make_speaker("Amina Okafor", SpeakerKind.PERSON, role="Governor of the delta region")
    okafor.slug = "amina-okafor"
    okafor.save()
    SpeakerAlias.objects.create(speaker=okafor, alias="Governor Okafor")
    relief = make_speaker("Delta Relief Society", SpeakerKind.ORGANISATION)
    relief.slug = "delta-relief-society"
    relief.save()
    ghost = make_speaker("Rival Group Spokesman", SpeakerKind.PERSON)
    ghost.slug = "rival-group-spokesman"
    ghost.save()
    reviewed_at = timezone.make_aware(datetime.datetime(2024, 3, 8, 10, 0))

    def claim(speaker, source, quote, figure, **fields):
        made = make_claim(source=source, speaker=speaker, event=event, **fields)
        Appearance.objects.create(claim=made, source=source, **span(source.text, quote, figure))
        return made

    verified = claim(
        okafor,
        flood,
        "Governor Amina Okafor told reporters that over 12,000 people had been displaced.",
        "over 12,000",
        text="Over 12,000 people displaced by the Ruvu floods",
        figure_text="over 12,000",
        value=Decimal("12000"),
        lower=Decimal("12000"),
        qualifier=Qualifier.OVER,
        counts="people displaced",
        measure_key="people displaced",
        stated_on=datetime.date(2024, 3, 3),
        status=Status.VERIFIED,
        verdict=Verdict.MOSTLY_ACCURATE,
        reviewer_note="Camp registers show 11,800 by 6 March.",
        reviewed_at=reviewed_at,
        search_text="Governor Amina Okafor told reporters that over 12,000 people had been "
        "displaced. Over 12,000 people displaced Amina Okafor Governor Okafor",
    )
    unreviewed = claim(
        relief,
        flood,
        "Volunteers from the Delta Relief Society counted 8,500 displaced people in the camps.",
        "8,500",
        text="8,500 displaced people in camps",
        figure_text="8,500",
        value=Decimal("8500"),
        counts="people displaced",
        measure_key="people displaced",
        stated_on=datetime.date(2024, 3, 3),
        search_text="Volunteers counted 8,500 displaced people in the camps. Delta Relief Society",
    )
    rejected = claim(
        ghost,
        flood,
        "A spokesman for a rival group claimed 999 villagers were missing, without evidence.",
        "999",
        text="999 villagers missing",
        figure_text="999",
        value=Decimal("999"),
        counts="people displaced",
        measure_key="people displaced",
        stated_on=datetime.date(2024, 3, 3),
        status=Status.REJECTED,
        verdict=Verdict.INACCURATE,
        reviewed_at=reviewed_at,
        search_text="rival spokesman claimed 999 villagers missing Rival Group Spokesman",
    )
    bridges = claim(
        okafor,
        flood,
        "Okafor added that up to 40 bridges had been washed away.",
        "up to 40",
        text="Up to 40 bridges washed away",
        figure_text="up to 40",
        value=Decimal("40"),
        upper=Decimal("40"),
        qualifier=Qualifier.UP_TO,
        counts="bridges washed away",
        measure_key="bridges washed away",
        stated_on=datetime.date(2024, 3, 4),
        status=Status.DISPUTED,
        verdict=Verdict.INACCURATE,
        reviewer_note="Public works counted 9 bridges.",
        reviewed_at=reviewed_at + datetime.timedelta(hours=1),
        search_text="Okafor added that up to 40 bridges had been washed away. Amina Okafor",
    )
    repeat = claim(
        relief,
        second,
        "The society again counted 8,500 people.",
        "8,500",
        text="8,500 people in the camps, again",
        figure_text="8,500",
        value=Decimal("8500"),
        counts="people displaced",
        measure_key="people displaced",
        stated_on=datetime.date(2024, 3, 5),
        status=Status.IN_REVIEW,
        verdict=Verdict.UNVERIFIABLE,
        search_text="The society again counted 8,500 people. Delta Relief Society",
    )
    ClaimRelation.objects.create(
        from_claim=verified,
        to_claim=unreviewed,
        kind=RelationKind.CONTRADICTS,
        status=RelationStatus.ACCEPTED,
        rationale="over 12,000 vs 8,500",
    )
    ClaimRelation.objects.create(
        from_claim=repeat,
        to_claim=unreviewed,
        kind=RelationKind.CONFIRMS,
        status=RelationStatus.SUGGESTED,
    )
    ClaimRelation.objects.create(
        from_claim=rejected,
        to_claim=verified,
        kind=RelationKind.CONTRADICTS,
        status=RelationStatus.ACCEPTED,
    )
    ClaimRelation.objects.create(
        from_claim=bridges,
        to_claim=verified,
        kind=RelationKind.CONFIRMS,
        status=RelationStatus.REJECTED,
    )
    return World(
        event, flood, second, okafor, relief, ghost, verified, unreviewed, rejected, bridges, repeat
    )


@pytest.fixture
def world(db) -> World:
    return build_world()


@pytest.fixture(autouse=True)
def fresh_cache():
    # Facet counts are cached; every test starts counting afresh.
    cache.clear()
    yield
    cache.clear()


def bulk_claims(n: int, **fields) -> list[Claim]:
    """`n` more public claims, each with a speaker, a source and an appearance."""
    made = []
    fields.setdefault("search_text", "84 fighters were killed in the battle")
    for i in range(n):
        source = make_source()
        claim = make_claim(source=source, value=Decimal(10 + i), **fields)
        quote = source.text.splitlines()[-1]
        Appearance.objects.create(claim=claim, source=source, **span(source.text, quote, "84"))
        made.append(claim)
    return made


# What `from tests.public_fixtures import *` brings into a test module: the fixtures.
__all__ = ["world", "fresh_cache"]
