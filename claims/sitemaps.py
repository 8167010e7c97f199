"""Sitemaps of the public pages; every section reads through the public selectors."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap

from claims import selectors
from sources.models import Source


class ClaimSitemap(Sitemap):
    """Every public claim page."""

    changefreq = "weekly"

    def items(self):
        return selectors.public_claims().only("pk", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class SpeakerSitemap(Sitemap):
    """Speakers with at least one public claim."""

    changefreq = "weekly"

    def items(self):
        return selectors.public_speakers().only("pk", "slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class SourceSitemap(Sitemap):
    """Every article."""

    changefreq = "monthly"

    def items(self):
        return Source.objects.only("pk", "slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class EventSitemap(Sitemap):
    """Events with at least one public claim."""

    changefreq = "weekly"

    def items(self):
        return selectors.public_events().only("pk", "slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


SITEMAPS = {
    "claims": ClaimSitemap,
    "speakers": SpeakerSitemap,
    "sources": SourceSitemap,
    "events": EventSitemap,
}
