"""Bench-only settings: config.settings plus the two floor views' URLconf.

Loaded only by the benchmarks (DJANGO_SETTINGS_MODULE=bench.settings); production never sees the
floor views. Everything else (DEBUG, SECRET_KEY, DATABASE_URL, ALLOWED_HOSTS, the SSL redirect)
still comes from the environment exactly as in production.
"""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
