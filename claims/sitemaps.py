"""Sitemaps of the public pages; every section reads through the public selectors."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap as BaseSitemap
from django.db.models import Max

from claims import selectors
from sources.models import Source


class Sitemap(BaseSitemap):
    """A sitemap section whose rows carry `updated_at`."""

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        # Django's default loads every item to find the newest; one MAX() does instead.
        return self.items().order_by().aggregate(latest=Max("updated_at"))["latest"]


class ClaimSitemap(Sitemap):
    """Every public claim page."""

    changefreq = "weekly"

    def items(self):
        return selectors.public_claims().only("pk", "updated_at").order_by("pk")


class SpeakerSitemap(Sitemap):
    """Speakers with at least one public claim."""

    changefreq = "weekly"

    def items(self):
        return selectors.public_speakers().only("pk", "slug", "updated_at").order_by("pk")


class SourceSitemap(Sitemap):
    """Every article."""

    changefreq = "monthly"

    def items(self):
        return Source.objects.only("pk", "slug", "updated_at").order_by("pk")


class EventSitemap(Sitemap):
    """Events with at least one public claim."""

    changefreq = "weekly"

    def items(self):
        return selectors.public_events().only("pk", "slug", "updated_at").order_by("pk")


SITEMAPS = {
    "claims": ClaimSitemap,
    "speakers": SpeakerSitemap,
    "sources": SourceSitemap,
    "events": EventSitemap,
}
