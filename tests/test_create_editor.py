"""`manage.py create_editor`: staff accounts for the desk, with checked passwords."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.django_db

GOOD = "ink-and-figures-2024"


def test_creates_a_staff_editor_from_the_environment(monkeypatch, capsys):
    monkeypatch.setenv("CLAIMTRACK_PASSWORD", GOOD)
    call_command("create_editor", "nadia", "--no-input")
    user = User.objects.get(username="nadia")
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["Editors"]
    assert user.check_password(GOOD)
    assert not user.has_perm("claims.review_claim")
    assert user.has_perm("claims.change_claim")
    assert "Created editor “nadia” (staff, Editors)." in capsys.readouterr().out


def test_reviewer_flag_puts_the_user_in_reviewers(monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_PASSWORD", GOOD)
    call_command("create_editor", "omar", "--reviewer", "--no-input")
    user = User.objects.get(username="omar")
    assert list(user.groups.values_list("name", flat=True)) == ["Reviewers"]
    assert user.has_perm("claims.review_claim")


def test_prompts_twice_for_the_password(monkeypatch):
    answers = iter([GOOD, GOOD])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    call_command("create_editor", "pia")
    assert User.objects.get(username="pia").check_password(GOOD)


def test_different_passwords_are_refused(monkeypatch):
    answers = iter([GOOD, GOOD + "x"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    with pytest.raises(CommandError, match="The two passwords differ"):
        call_command("create_editor", "pia")
    assert not User.objects.filter(username="pia").exists()


def test_existing_user_is_a_clear_error(monkeypatch, editor):
    monkeypatch.setenv("CLAIMTRACK_PASSWORD", GOOD)
    with pytest.raises(CommandError, match="A user named “edna” already exists"):
        call_command("create_editor", "edna", "--no-input")


def test_missing_password_with_no_input_is_a_clear_error(monkeypatch):
    monkeypatch.delenv("CLAIMTRACK_PASSWORD", raising=False)
    with pytest.raises(CommandError, match=r"No password: set \$CLAIMTRACK_PASSWORD"):
        call_command("create_editor", "quinn", "--no-input")


def test_empty_prompted_password_is_refused(monkeypatch):
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "")
    with pytest.raises(CommandError, match="The password is empty"):
        call_command("create_editor", "quinn")


@pytest.mark.parametrize(
    ("password", "reason"),
    [("short", "too short"), ("password123", "too common"), ("58204719365", "entirely numeric"),
     ("rosalind-franklin", "too similar")],
)
def test_weak_passwords_are_refused_by_djangos_validators(monkeypatch, password, reason):
    monkeypatch.setenv("CLAIMTRACK_PASSWORD", password)
    with pytest.raises(CommandError, match=f"Password refused: .*{reason}"):
        call_command("create_editor", "rosalind-franklin", "--no-input")
    assert not User.objects.filter(username="rosalind-franklin").exists()
