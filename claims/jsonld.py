"""schema.org ClaimReview markup for reviewed claims, and a safe way to embed it in a page.

Rating scale (reviewRating): 5 accurate, 4 mostly accurate, 2 misleading, 1 inaccurate, on a
scale of worst 1 to best 5. Misleading sits at 2, not 3: a misleading figure leaves the reader
mostly wrong. "Unverifiable" is not a point on that scale, so its rating carries only the
verdict's label (alternateName) and no ratingValue/bestRating/worstRating.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from claims.models import Appearance, Claim, SpeakerKind, Verdict
from sources.models import Source

RATING_VALUES = {
    Verdict.ACCURATE: 5,
    Verdict.MOSTLY_ACCURATE: 4,
    Verdict.MISLEADING: 2,
    Verdict.INACCURATE: 1,
}
BEST_RATING = 5
WORST_RATING = 1

# Characters that could end a <script> element or start markup inside it; JSON allows them
# as \u escapes, so the data is unchanged for any JSON reader.
_SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def rating_for(verdict: str) -> dict[str, Any]:
    """The schema.org Rating for a verdict (see the module docstring for the scale)."""
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": Verdict(verdict).label}
    if verdict in RATING_VALUES:
        rating.update(
            ratingValue=RATING_VALUES[Verdict(verdict)],
            bestRating=BEST_RATING,
            worstRating=WORST_RATING,
        )
    return rating


def _creative_work(source: Source, absolute: Callable[[str], str]) -> dict[str, Any]:
    work: dict[str, Any] = {
        "@type": "NewsArticle",
        "url": source.url or absolute(source.get_absolute_url()),
        "headline": source.headline,
        "publisher": {"@type": "Organization", "name": source.publisher},
    }
    if source.published_on:
        work["datePublished"] = source.published_on.isoformat()
    return work


def claim_review(
    claim: Claim, appearances: Iterable[Appearance], absolute: Callable[[str], str]
) -> dict[str, Any] | None:
    """ClaimReview for a claim with a verdict, or None when it has none.

    `claim` needs its speaker and source loaded; `appearances` their sources; `absolute` turns
    a path into an absolute URL.
    """
    if not claim.verdict:
        return None
    speaker = claim.speaker
    sources: dict[int, Source] = {claim.source_id: claim.source}
    for appearance in appearances:
        sources.setdefault(appearance.source_id, appearance.source)
    item: dict[str, Any] = {
        "@type": "Claim",
        "author": {
            "@type": "Person" if speaker.kind == SpeakerKind.PERSON else "Organization",
            "name": speaker.name,
        },
    }
    if claim.stated_on:
        item["datePublished"] = claim.stated_on.isoformat()
    item["appearance"] = [_creative_work(source, absolute) for source in sources.values()]
    item["firstAppearance"] = _creative_work(claim.source, absolute)
    author: dict[str, Any] = {"@type": "Organization", "name": settings.CLAIMTRACK_DESK_NAME}
    if getattr(settings, "CLAIMTRACK_DESK_URL", ""):
        author["url"] = settings.CLAIMTRACK_DESK_URL
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": absolute(claim.get_absolute_url()),
        "claimReviewed": claim.text,
        "author": author,
        "reviewRating": rating_for(claim.verdict),
        "itemReviewed": item,
    }
    if claim.reviewed_at:
        review["datePublished"] = claim.reviewed_at.date().isoformat()
    return review


def script_json(data: dict[str, Any]) -> str:
    """JSON that can sit inside a <script> element: <, > and & are \\u-escaped."""
    return json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES)


def json_ld_script(data: dict[str, Any] | None) -> SafeString:
    """A <script type="application/ld+json"> element holding `data` (empty when None)."""
    if data is None:
        return SafeString("")
    # script_json leaves no "<", ">" or "&" in the text, so it cannot close the element.
    return format_html(
        '<script type="application/ld+json">{}</script>', mark_safe(script_json(data))
    )
