"""Bench URLconf: the site's own URLs plus the two floors the page benchmark compares against.

Named urls.py, not bench_urls.py, because bench/run.py runs every bench_*.py as a benchmark.
Loaded through bench/settings.py only.
"""

from django.urls import include, path

from bench import floor_views

urlpatterns = [
    path("_floor/constant/", floor_views.constant, name="floor-constant"),
    path("_floor/orm/", floor_views.orm, name="floor-orm"),
    path("", include("config.urls")),
]
