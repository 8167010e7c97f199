"""Review decisions on claims: who may set what, and the stamp a decision leaves.

Every route that changes a claim's review (the change form, changelist actions, the
comparison page) goes through this module, so the rule lives in one place: editors may move
a claim between "not yet reviewed" and "in review"; only holders of `claims.review_claim`
may set or leave verified/disputed/rejected, or change the verdict or the reviewer note.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from claims.models import REVIEW_STATUSES, Claim, Status

REVIEW_PERMISSION = "claims.review_claim"


class ReviewRefused(PermissionDenied):
    """The user may not make this review change; the message says why, in one line."""


def can_review(user) -> bool:
    """True when `user` may set verified/disputed/rejected and verdicts."""
    return bool(user and user.is_active and user.has_perm(REVIEW_PERMISSION))


def review_refusal(
    user,
    *,
    old_status: str,
    new_status: str,
    old_verdict: str = "",
    new_verdict: str = "",
    old_note: str = "",
    new_note: str = "",
) -> str | None:
    """Why `user` may not change a claim's review this way, or None when the change is allowed."""
    if can_review(user):
        return None
    if new_status != old_status and new_status in REVIEW_STATUSES:
        return f"Only reviewers can mark a claim {Status(new_status).label.lower()}."
    if new_status != old_status and old_status in REVIEW_STATUSES:
        return "Only reviewers can reopen a claim that has been reviewed."
    if (new_verdict or "") != (old_verdict or ""):
        return "Only reviewers can set a claim's verdict."
    if (new_note or "") != (old_note or ""):
        return "Only reviewers can write the reviewer note."
    return None


def review_inconsistency(status: str, verdict: str) -> str | None:
    """Why a status/verdict pair cannot be stored, or None (mirrors the database constraint)."""
    if status == Status.UNREVIEWED and verdict:
        return "A claim with a verdict cannot be “not yet reviewed”: set its status as well."
    return None


def set_review(
    claim: Claim,
    *,
    user,
    status: str | None = None,
    verdict: str | None = None,
    note: str | None = None,
    save: bool = True,
    reason: str = "",
) -> bool:
    """Change a claim's status, verdict and/or reviewer note on behalf of `user`.

    Arguments left as None keep their current value. Raises ReviewRefused (a
    PermissionDenied) when the user lacks the review permission for the change and
    ValidationError when the result would break the status/verdict rule. When status or
    verdict changes, reviewed_by/reviewed_at are stamped. The claim is always marked
    `edited` (imports leave it alone from now on) and, with `save`, saved so that
    django-simple-history records who did it. Returns True when status or verdict changed.
    """
    new_status = claim.status if status is None else status
    new_verdict = claim.verdict if verdict is None else verdict
    new_note = claim.reviewer_note if note is None else note
    if new_status not in Status.values:
        raise ValidationError(f"Unknown status “{new_status}”.")
    refusal = review_refusal(
        user,
        old_status=claim.status,
        new_status=new_status,
        old_verdict=claim.verdict,
        new_verdict=new_verdict,
        old_note=claim.reviewer_note,
        new_note=new_note,
    )
    if refusal:
        raise ReviewRefused(refusal)
    problem = review_inconsistency(new_status, new_verdict)
    if problem:
        raise ValidationError(problem)

    decided = new_status != claim.status or new_verdict != claim.verdict
    claim.status, claim.verdict, claim.reviewer_note = new_status, new_verdict, new_note
    if decided:
        claim.reviewed_by = user
        claim.reviewed_at = timezone.now()
    claim.edited = True
    if save:
        claim._history_user = user
        if reason:
            claim._change_reason = reason
        claim.save()
    return decided
