"""Speaker maintenance for the editorial desk: merging duplicates into one speaker."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from claims.models import Claim, Speaker, SpeakerAlias
from claims.text import normalise_name


def _save(instance, user, reason: str, **kwargs) -> None:
    # Instances saved here carry the user and reason into django-simple-history explicitly,
    # so a merge is attributed correctly from a management command as well as from the admin.
    instance._history_user = user
    instance._change_reason = reason
    instance.save(**kwargs)


def _delete(instance, user, reason: str) -> None:
    instance._history_user = user
    instance._change_reason = reason
    instance.delete()


@transaction.atomic
def merge_speakers(keep: Speaker, others: Iterable[Speaker], user) -> Speaker:
    """Fold `others` into `keep` in one transaction and return `keep`.

    Every claim of the others moves to `keep` (and is marked edited, so imports leave it
    alone); their aliases move unless `keep` already has the same normalised alias; each
    merged speaker's name becomes an alias of `keep`; speakers whose parent was a merged
    speaker now belong to `keep`; blank role/parent on `keep` are filled from the others.
    The merged speakers are then deleted. Claims keep their ids, so claim relations are
    untouched: no self-relation or duplicate pair can arise. Each saved or deleted row is
    recorded by django-simple-history with `user` and a change reason.
    """
    others = [other for other in others if other.pk != keep.pk]
    if not others:
        return keep
    other_ids = {other.pk for other in others}
    keep = Speaker.objects.get(pk=keep.pk)
    reason = f"Merged {', '.join(sorted(o.name for o in others))} into {keep.name} (#{keep.pk})"

    known = set(keep.aliases.values_list("normalised", flat=True))
    for other in others:
        for alias in SpeakerAlias.objects.filter(speaker=other).order_by("pk"):
            if alias.normalised in known:
                _delete(alias, user, reason)
            else:
                alias.speaker = keep
                _save(alias, user, reason)
                known.add(alias.normalised)
        normalised = normalise_name(other.name)
        if normalised and normalised not in known:
            _save(SpeakerAlias(speaker=keep, alias=other.name), user, reason)
            known.add(normalised)

    for claim in Claim.objects.filter(speaker_id__in=other_ids).order_by("pk"):
        old_speaker_id = claim.speaker_id
        claim.speaker = keep
        claim.edited = True
        # The importer finds repeats of a claim by a key that starts with the speaker id.
        head, sep, rest = claim.dedupe_key.partition("|")
        if sep and head == str(old_speaker_id):
            claim.dedupe_key = f"{keep.pk}|{rest}"[:400]
        if keep.name not in claim.search_text:
            claim.search_text = f"{claim.search_text} {keep.name}".strip()[:5000]
        _save(claim, user, reason)

    for member in Speaker.objects.filter(parent_id__in=other_ids).exclude(pk=keep.pk):
        if member.pk in other_ids:
            # About to be deleted; only clear the link so PROTECT does not stop the delete.
            Speaker.objects.filter(pk=member.pk).update(parent=None)
            continue
        member.parent = keep
        _save(member, user, reason)

    keep_changed = False
    if keep.parent_id in other_ids:
        parent = next(o for o in others if o.pk == keep.parent_id)
        inherited = parent.parent_id
        keep.parent_id = inherited if inherited not in other_ids | {keep.pk} else None
        keep_changed = True
    for other in others:
        if not keep.role and other.role:
            keep.role = other.role
            keep_changed = True
        if keep.parent_id is None and other.parent_id and other.parent_id not in other_ids | {
            keep.pk
        }:
            keep.parent_id = other.parent_id
            keep_changed = True
    if keep_changed:
        _save(keep, user, reason)

    for other in Speaker.objects.filter(pk__in=other_ids).order_by("pk"):
        _delete(other, user, reason)
    return keep
