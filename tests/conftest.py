"""Shared fixtures: named users (anonymous, editor, reviewer, admin) and small claim factories."""

from __future__ import annotations

import datetime
import hashlib
import itertools
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, User

from claims.models import Claim, Speaker, SpeakerKind
from sources.models import Source

_counter = itertools.count(1)

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def editor(db) -> User:
    user = User.objects.create_user("edna", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def reviewer(db) -> User:
    user = User.objects.create_user("rita", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Reviewers"))
    return user


@pytest.fixture
def admin_user(db) -> User:
    return User.objects.create_superuser("ada", password=PASSWORD)


@pytest.fixture
def outsider(db) -> User:
    """Staff flag but in no group: must be refused everywhere in the admin."""
    return User.objects.create_user("otto", password=PASSWORD, is_staff=True)


def make_source(**fields) -> Source:
    n = next(_counter)
    text = fields.pop("text", f"Headline {n}\n\nBody of article {n}: 84 fighters were killed.")
    defaults = {
        "headline": f"Headline {n}",
        "slug": f"headline-{n}",
        "publisher": "Test Wire",
        "published_on": datetime.date(2024, 8, 5),
        "text": text,
        "fingerprint": hashlib.sha256(f"{n}:{text}".encode()).hexdigest(),
    }
    defaults.update(fields)
    return Source.objects.create(**defaults)


def make_speaker(name: str | None = None, kind: str = SpeakerKind.PERSON, **fields) -> Speaker:
    n = next(_counter)
    name = name or f"Speaker {n}"
    fields.setdefault("slug", f"speaker-{n}")
    return Speaker.objects.create(name=name, kind=kind, **fields)


def make_claim(source: Source | None = None, speaker: Speaker | None = None, **fields) -> Claim:
    value = fields.pop("value", Decimal("84"))
    defaults = {
        "text": f"{value} fighters killed",
        "figure_text": str(value),
        "value": value,
        "counts": "fighters killed",
        "stated_on": datetime.date(2024, 8, 1),
    }
    defaults.update(fields)
    return Claim.objects.create(
        source=source or make_source(), speaker=speaker or make_speaker(), **defaults
    )
