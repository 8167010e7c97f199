"""Deployment hardening: check --deploy, security headers, CSP, login throttling."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import User

ROOT = Path(__file__).resolve().parent.parent


def test_check_deploy_reports_nothing_with_production_settings():
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        SECRET_KEY="k" * 30 + "Z9-random-looking-production-secret-value!",
        ALLOWED_HOSTS="claims.example.org",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.django_db
def test_pages_forbid_framing_and_inline_scripts(client):
    response = client.get("/")
    assert response["X-Frame-Options"] == "DENY"
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


@pytest.mark.django_db
def test_admin_pages_carry_the_same_policy(client):
    response = client.get("/admin/login/")
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_admin_login_locks_out_after_repeated_failures(client, settings):
    User.objects.create_user("guessme", password="the-real-password-1", is_staff=True)
    limit = settings.AXES_FAILURE_LIMIT
    for _ in range(limit):
        client.post("/admin/login/", {"username": "guessme", "password": "wrong"})
    # Even the right password is refused now.
    response = client.post(
        "/admin/login/", {"username": "guessme", "password": "the-real-password-1"}
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_admin_login_works_before_the_limit(client):
    User.objects.create_user("okuser", password="the-real-password-1", is_staff=True)
    client.post("/admin/login/", {"username": "okuser", "password": "wrong"})
    response = client.post(
        "/admin/login/?next=/admin/",
        {"username": "okuser", "password": "the-real-password-1", "next": "/admin/"},
    )
    assert response.status_code == 302
    assert "_auth_user_id" in client.session
