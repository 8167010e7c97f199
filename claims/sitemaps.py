"""Sitemaps of the public pages; every section reads through the public selectors."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap as BaseSitemap
from django.db.models import Max

from claims import selectors
from claims.views import path_maker
from sources.models import Source


class Sitemap(BaseSitemap):
    """A sitemap section whose rows carry `updated_at`; `url_name` names its detail page."""

    url_name = ""
    url_field = "slug"

    def location(self, item):
        # One reverse() per section, not one per URL: a sitemap page lists up to 50,000.
        if not hasattr(self, "_path"):
            self._path = path_maker(self.url_name, "987654321")
        return self._path(getattr(item, self.url_field))

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        # Django's default loads every item to find the newest; one MAX() does instead.
        return self.items().order_by().aggregate(latest=Max("updated_at"))["latest"]


class ClaimSitemap(Sitemap):
    """Every public claim page."""

    url_name = "claim-detail"
    url_field = "pk"

    changefreq = "weekly"

    def items(self):
        return selectors.public_claims().only("pk", "updated_at").order_by("pk")


class SpeakerSitemap(Sitemap):
    """Speakers with at least one public claim."""

    url_name = "speaker-detail"

    changefreq = "weekly"

    def items(self):
        return selectors.public_speakers().only("pk", "slug", "updated_at").order_by("pk")


class SourceSitemap(Sitemap):
    """Every article."""

    url_name = "source-detail"

    changefreq = "monthly"

    def items(self):
        return Source.objects.only("pk", "slug", "updated_at").order_by("pk")


class EventSitemap(Sitemap):
    """Events with at least one public claim."""

    url_name = "event-detail"

    changefreq = "weekly"

    def items(self):
        return selectors.public_events().only("pk", "slug", "updated_at").order_by("pk")


SITEMAPS = {
    "claims": ClaimSitemap,
    "speakers": SpeakerSitemap,
    "sources": SourceSitemap,
    "events": EventSitemap,
}
