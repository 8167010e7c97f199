"""Atom feed of claims the desk has newly reviewed (verified or disputed)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from claims import selectors
from claims.models import Claim


class ReviewedClaimsFeed(Feed):
    """The latest public claims with a review, most recently reviewed first."""

    feed_type = Atom1Feed

    def title(self) -> str:
        return f"{settings.CLAIMTRACK_DESK_NAME}: newly reviewed claims"

    def subtitle(self) -> str:
        return "Claims our desk has verified or disputed, with the verdict and the reviewer's note."

    def link(self) -> str:
        return reverse("claim-list")

    def author_name(self) -> str:
        return settings.CLAIMTRACK_DESK_NAME

    def items(self):
        return selectors.newly_reviewed_claims()

    def item_title(self, item: Claim) -> str:
        verdict = f" ({item.get_verdict_display()})" if item.verdict else ""
        return f"{item.speaker.name}: {item.text}{verdict}"

    def item_description(self, item: Claim) -> str:
        parts = [f"{item.get_status_display()}."]
        if item.verdict:
            parts.append(f"Verdict: {item.get_verdict_display()}.")
        if item.reviewer_note:
            parts.append(item.reviewer_note)
        return " ".join(parts)

    def item_link(self, item: Claim) -> str:
        return item.get_absolute_url()

    def item_pubdate(self, item: Claim):
        return item.reviewed_at

    def item_updateddate(self, item: Claim):
        return item.reviewed_at

    def item_author_name(self, item: Claim) -> str:
        return settings.CLAIMTRACK_DESK_NAME
