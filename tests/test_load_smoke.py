"""A small version of the load test (bench/bench_load.py): the real server under concurrency.

gunicorn (2 sync workers, DEBUG off) serves the test database while 8 connections make
200 mixed public requests, bad parameters included: no answer may be a 5xx and no
connection may fail. PostgreSQL only (the server is another process, so it needs a database
both can reach); the full 20,000-request run, and the run during an import, are in bench/.
"""

from __future__ import annotations

import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

from bench import loadgen
from bench.populate import populate
from claims.models import Claim, Event, Speaker
from sources.models import Source

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).parent / "gunicorn"

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="gunicorn needs a database it can reach too"
    ),
    pytest.mark.skipif(not GUNICORN.exists(), reason="gunicorn is not installed in the venv"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server():
    """gunicorn on the test database (whose rows this test commits), stopped afterwards."""
    settings = connection.settings_dict
    url = (
        f"postgres://{settings['USER'] or 'postgres'}@{settings['HOST'] or '127.0.0.1'}:"
        f"{settings['PORT'] or 5432}/{settings['NAME']}"
    )
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": url,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "CONN_MAX_AGE": "0",
    }
    if settings.get("PASSWORD"):
        env["PGPASSWORD"] = settings["PASSWORD"]
    proc = subprocess.Popen(
        [str(GUNICORN), "config.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            with urllib.request.urlopen(base + "/robots.txt", timeout=2):
                break
        except (urllib.error.URLError, OSError):
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"gunicorn did not start: {proc.stderr.read().decode()[-500:]}")
            time.sleep(0.1)
    yield base
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _paths() -> list[str]:
    rng = random.Random(5)
    claims = list(Claim.objects.values_list("pk", flat=True))
    speakers = list(Speaker.objects.values_list("slug", flat=True))
    events = list(Event.objects.values_list("slug", flat=True))
    sources = list(Source.objects.values_list("slug", flat=True))
    paths = [
        "/claims/",
        "/claims/?page=2",
        "/claims/?status=verified&kind=government",
        "/claims/?q=Kidal",
        "/claims/?format=json&qualifier=exact",
        "/claims/?value_min=abc",
        "/claims/?format=json&stated_after=2024-13-45",
        "/claims/?page=-1",
        "/claims/?sort=;drop",
        "/feeds/claims/",
        "/sitemap.xml",
        "/robots.txt",
    ]
    paths += [f"/claims/{pk}/" for pk in rng.sample(claims, 20)]
    paths += [f"/speakers/{slug}/" for slug in rng.sample(speakers, 5)]
    paths += [f"/events/{slug}/?format=json" for slug in rng.sample(events, 5)]
    paths += [f"/sources/{slug}/" for slug in rng.sample(sources, 5)]
    paths += [f"/claims/?format=csv&event={slug}" for slug in rng.sample(events, 2)]
    return paths


def test_concurrent_readers_get_no_server_errors_and_no_refused_connections(server):
    populate(300, seed=11)
    result = loadgen.run(server, _paths(), connections=8, requests=200, seconds=60)
    assert result["requests"] == 200
    assert result["errors"] == 0, result["error_samples"]
    assert result["server_errors"] == 0, result["notable"]
    # the mix asks for bad parameters and rejected claims on purpose: 200, 400 and 404 only
    assert set(result["statuses"]) <= {"200", "400", "404"}, result["statuses"]
    assert result["statuses"].get("200", 0) > 130
