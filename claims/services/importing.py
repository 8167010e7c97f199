"""Writing articles and their extracted claims to the database.

The reader (`sources.reader`) and the extractor (`claims.extraction`) are pure Python; this
module is where their output meets the ORM. Each seed file is written in one transaction, so a
refused or interrupted file leaves nothing behind, and re-running an import changes nothing.

What an import never touches: claims an editor has worked on (`Claim.edited`, editor-made
claims, claims with relations an editor decided), existing speakers and their aliases.
"""

from __future__ import annotations

import datetime
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.db import DatabaseError, connection, transaction
from django.db.models import Q
from simple_history.utils import bulk_create_with_history
from sources.reader import ParsedArticle, SeedFormatError, parse_plain_article, read_seed_file

from claims.extraction import EXTRACTOR_VERSION, ExtractedClaim, extract_claims
from claims.matching import measure_key
from claims.models import (
    Appearance,
    Claim,
    ClaimRelation,
    Origin,
    RelationOrigin,
    RelationStatus,
    Speaker,
    SpeakerAlias,
)
from claims.text import normalise_name, slug_for
from sources.models import Source

# Every import takes this PostgreSQL advisory lock for the length of a file's transaction, so
# two concurrent runs over the same files serialise instead of racing on unique constraints.
IMPORT_LOCK_ID = 0x636C61696D  # "claim"

logger = logging.getLogger(__name__)


class ImportRefused(Exception):
    """A file that could not be imported; str() is the one line shown to the user."""


class _DryRunRollback(Exception):
    """Raised inside the transaction to undo a dry run."""


@dataclass
class ImportStats:
    files: int = 0
    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    claims_new: int = 0
    speakers_new: int = 0
    relations_new: int = 0
    refused: list[str] = field(default_factory=list)

    def add(self, other: ImportStats) -> None:
        for name in (
            "files",
            "articles_new",
            "articles_updated",
            "articles_unchanged",
            "claims_new",
            "speakers_new",
            "relations_new",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.refused.extend(other.refused)

    def summary(self) -> str:
        return (
            f"{self.files} files, articles {self.articles_new} new / {self.articles_updated} updated"
            f" / {self.articles_unchanged} unchanged, {self.claims_new} claims new, "
            f"{self.speakers_new} speakers new, {self.relations_new} relations suggested, "
            f"{len(self.refused)} files refused"
        )


def seed_paths(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Expand files and folders (a folder means every *.txt in it, sorted) into files.

    Raises ImportRefused naming the first path that does not exist.
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.glob("*.txt") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            raise ImportRefused(f"{path}: no such file or folder; give a seed file or a folder of *.txt files")
    return files


def import_files(
    paths: Iterable[Path],
    *,
    publisher: str,
    encoding: str | None = None,
    dry_run: bool = False,
    progress: Callable[[Iterable[ParsedArticle], Path], Iterable[ParsedArticle]] | None = None,
) -> ImportStats:
    """Import each file in its own transaction; a refused file is recorded and skipped."""
    stats = ImportStats()
    for path in paths:
        stats.add(import_file(path, publisher=publisher, encoding=encoding, dry_run=dry_run,
                              progress=progress))
    return stats


def import_file(
    path: Path,
    *,
    publisher: str,
    encoding: str | None = None,
    dry_run: bool = False,
    progress: Callable[[Iterable[ParsedArticle], Path], Iterable[ParsedArticle]] | None = None,
) -> ImportStats:
    """Read, extract and write one seed file, all or nothing.

    A file the reader refuses, or one whose writing fails, adds its one-line reason to
    `stats.refused` and writes nothing. With `dry_run` everything is computed and rolled back.
    """
    stats = ImportStats(files=1)
    try:
        articles = read_seed_file(path, encoding=encoding)
    except SeedFormatError as err:
        stats.refused.append(str(err))
        return stats

    writer = _Writer(publisher=publisher, seed_file=path.name)
    items: Iterable[ParsedArticle] = progress(articles, path) if progress else articles
    current: ParsedArticle | None = None
    try:
        with transaction.atomic():
            _lock_imports()
            for current in items:
                writer.write(current)
            if dry_run:
                raise _DryRunRollback
    except _DryRunRollback:
        pass
    except DatabaseError as err:
        line = current.line if current else 0
        reason = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        stats.refused.append(
            f"{path}:{line}: the database refused this article ({reason}); nothing from the "
            "file was written -- fix the article or report the problem"
        )
        return stats
    except Exception as err:  # an extractor bug must not cost the user a traceback
        logger.exception("import of %s failed", path)
        line = current.line if current else 0
        stats.refused.append(
            f"{path}:{line}: internal error while importing this article ({type(err).__name__}: "
            f"{err}); nothing from the file was written -- please report it with the file"
        )
        return stats
    stats.add(writer.stats)
    return stats


def import_article(
    article: ParsedArticle, *, publisher: str, seed_file: str = "", url: str = "", suggest: bool = True
) -> tuple[Source, list[Claim], str]:
    """Write one parsed article and its claims; returns (source, new claims, new|updated|unchanged)."""
    writer = _Writer(publisher=publisher, seed_file=seed_file, url=url, suggest=suggest)
    with transaction.atomic():
        _lock_imports()
        source, claims, status = writer.write(article)
    return source, claims, status


def import_plain_article(
    *, headline: str, text: str, date: datetime.date, publisher: str, url: str = ""
) -> tuple[Source, list[Claim], str]:
    """Import an article pasted by an editor: the same extraction as `import_seeds`.

    Raises SeedFormatError when the text has no body.
    """
    article = parse_plain_article(f"{headline.strip()}\n\n{text.strip()}\n", date)
    return import_article(article, publisher=publisher, url=url)


def extract_article(article: ParsedArticle, publisher: str) -> list[ExtractedClaim]:
    """Run the extractor on a parsed article (no database)."""
    return extract_claims(
        article.text, article.segments, article_date=article.date, publisher=publisher
    )


def _lock_imports() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [IMPORT_LOCK_ID])


def _decimal_key(value: Decimal | None) -> str:
    return "" if value is None else format(value.normalize(), "f")


def dedupe_key(speaker_id: int, extracted: ExtractedClaim, measure: str) -> str:
    """Repeats of one claim (same speaker, figure and measure) share this key."""
    parts = [
        str(speaker_id),
        measure,
        extracted.qualifier,
        _decimal_key(extracted.value),
        _decimal_key(extracted.lower),
        _decimal_key(extracted.upper),
        extracted.unit,
    ]
    return "|".join(parts)[:400]


def _unique_slug(model, base: str, taken: set[str]) -> str:
    slug, n = base, 1
    while slug in taken or model.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base[:200]}-{n}"
    taken.add(slug)
    return slug


def _touched_claim_ids(claim_ids: Iterable[int]) -> set[int]:
    """Claims whose relations an editor decided or made: imports must leave them alone."""
    ids = list(claim_ids)
    if not ids:
        return set()
    decided = ClaimRelation.objects.filter(
        Q(from_claim_id__in=ids) | Q(to_claim_id__in=ids)
    ).filter(~Q(status=RelationStatus.SUGGESTED) | Q(origin=RelationOrigin.EDITOR))
    touched: set[int] = set()
    for a, b in decided.values_list("from_claim_id", "to_claim_id"):
        touched.update((a, b))
    return touched & set(ids)


class _Writer:
    """Writes articles for one import; caches speakers it resolved inside the transaction."""

    def __init__(self, *, publisher: str, seed_file: str = "", url: str = "", suggest: bool = True):
        self.publisher = publisher
        self.seed_file = seed_file
        self.url = url
        self.suggest = suggest
        self.stats = ImportStats()
        self._speakers: dict[tuple[str, str], Speaker] = {}
        self._slugs: set[str] = set()

    # -- sources -------------------------------------------------------------------------
    def write(self, article: ParsedArticle) -> tuple[Source, list[Claim], str]:
        existing = Source.objects.filter(fingerprint=article.fingerprint).first()
        if existing is not None:
            self.stats.articles_unchanged += 1
            return existing, [], "unchanged"

        extracted = extract_article(article, self.publisher)
        previous = self._previous_version(article)
        if previous is None:
            source = Source(slug=self._source_slug(article))
            status = "new"
            self.stats.articles_new += 1
        else:
            source = previous
            status = "updated"
            self.stats.articles_updated += 1
        self._fill_source(source, article)
        source.save()
        if status == "updated":
            self._forget_old_extraction(source)
        claims = self._write_claims(source, extracted)
        if self.suggest and claims:
            self.stats.relations_new += _suggest_for(claims)
        return source, claims, status

    def _previous_version(self, article: ParsedArticle) -> Source | None:
        """The stored article this one updates: same file and headline, or same file position."""
        if not self.seed_file:
            return None
        same_file = Source.objects.filter(seed_file=self.seed_file)
        return (
            same_file.filter(headline=article.headline).first()
            or same_file.filter(seed_position=article.position).first()
        )

    def _source_slug(self, article: ParsedArticle) -> str:
        # The fingerprint suffix keeps slugs stable across databases and unique across outlets.
        return f"{slug_for(article.headline, 150)}-{article.fingerprint[:8]}"

    def _fill_source(self, source: Source, article: ParsedArticle) -> None:
        source.headline = article.headline[:500]
        source.publisher = self.publisher
        source.url = self.url or source.url
        source.dateline = article.dateline[:120]
        source.published_on = article.date
        source.date_kind = article.date_kind
        source.text = article.text
        source.summary = list(article.summary)
        source.body = "\n\n".join(article.body)
        source.captions = [{"text": c.text, "credit": c.credit} for c in article.captions]
        source.seed_file = self.seed_file
        source.seed_position = article.position
        source.seed_line = article.line
        source.fingerprint = article.fingerprint

    def _forget_old_extraction(self, source: Source) -> None:
        """Before re-extracting an updated article: drop what the importer alone made from it.

        Claims an editor touched keep their appearances, moved to the quote's new place in the
        text when it is still there, flagged stale when it is not.
        """
        appearances = list(
            Appearance.objects.filter(source=source).select_related("claim")
        )
        touched = _touched_claim_ids({a.claim_id for a in appearances})
        untouched_claims: set[int] = set()
        for appearance in appearances:
            claim = appearance.claim
            if claim.edited or claim.origin == Origin.EDITOR or claim.pk in touched:
                position = source.text.find(appearance.quote)
                if position >= 0:
                    shift = position - appearance.start
                    appearance.start, appearance.end = position, position + len(appearance.quote)
                    if appearance.figure_start is not None:
                        appearance.figure_start += shift
                        appearance.figure_end += shift
                    appearance.stale = False
                else:
                    appearance.stale = True
                appearance.save()
            else:
                untouched_claims.add(claim.pk)
                appearance.delete()
        # An untouched claim left without any appearance existed only because of this article.
        orphans = Claim.objects.filter(pk__in=untouched_claims, appearances__isnull=True)
        for claim in orphans:
            claim.delete()

    # -- speakers ------------------------------------------------------------------------
    def resolve_speaker(self, extracted: ExtractedClaim) -> Speaker:
        return self._resolve(
            extracted.speaker, extracted.speaker_kind, extracted.speaker_role,
            extracted.speaker_aliases,
        )

    def _resolve(self, name: str, kind: str, role: str, aliases: Iterable[str]) -> Speaker:
        key = (normalise_name(name), kind)
        cached = self._speakers.get(key)
        if cached is not None:
            return cached
        speaker = resolve_speaker(name, kind, role, aliases, slugs=self._slugs, stats=self.stats)
        self._speakers[key] = speaker
        return speaker

    # -- claims --------------------------------------------------------------------------
    def _write_claims(self, source: Source, extracted: list[ExtractedClaim]) -> list[Claim]:
        rows: list[tuple[ExtractedClaim, Speaker, str, str]] = []
        for item in extracted:
            speaker = self.resolve_speaker(item)
            measure = measure_key(item.counts)
            rows.append((item, speaker, measure, dedupe_key(speaker.pk, item, measure)))

        existing = {
            claim.dedupe_key: claim
            for claim in Claim.objects.filter(dedupe_key__in=[row[3] for row in rows]).order_by("pk")
        }
        new_claims: list[Claim] = []
        pending: list[tuple[Claim, ExtractedClaim]] = []
        for item, speaker, measure, key in rows:
            claim = existing.get(key)
            if claim is None:
                claim = Claim(
                    source=source,
                    speaker=speaker,
                    text=item.text[:1000],
                    figure_text=item.figure_text[:200],
                    value=item.value,
                    lower=item.lower,
                    upper=item.upper,
                    qualifier=item.qualifier,
                    unit=item.unit[:20],
                    counts=item.counts[:300],
                    measure_key=measure[:300],
                    stated_on=item.stated_on,
                    origin=Origin.EXTRACTED,
                    extractor_version=EXTRACTOR_VERSION,
                    dedupe_key=key,
                    search_text=_search_text(item, speaker),
                )
                existing[key] = claim
                new_claims.append(claim)
            pending.append((claim, item))

        if new_claims:
            bulk_create_with_history(new_claims, Claim, batch_size=500)
            self.stats.claims_new += len(new_claims)

        appearances = []
        seen: set[tuple[int, int, int]] = set()
        for claim, item in pending:
            for found in item.appearances:
                span = (claim.pk, found.start, found.end)
                if span in seen:
                    continue
                seen.add(span)
                appearances.append(
                    Appearance(
                        claim=claim,
                        source=source,
                        quote=found.quote,
                        start=found.start,
                        end=found.end,
                        figure_start=found.figure_start,
                        figure_end=found.figure_end,
                        part=found.part,
                    )
                )
        Appearance.objects.bulk_create(appearances, batch_size=500, ignore_conflicts=True)
        return new_claims


def resolve_speaker(
    name: str,
    kind: str,
    role: str = "",
    aliases: Iterable[str] = (),
    *,
    slugs: set[str] | None = None,
    stats: ImportStats | None = None,
) -> Speaker:
    """The one Speaker a name stands for, created (with its aliases) when none matches.

    Names resolve through `SpeakerAlias.normalised`, so a speaker an editor merged resolves to
    the speaker kept. When two speakers share an alias, the one of the same kind wins, then
    the oldest. Existing speakers are never changed.
    """
    normalised = normalise_name(name)
    candidates = list(
        Speaker.objects.filter(aliases__normalised=normalised).distinct().order_by("pk")
    )
    if candidates:
        same_kind = [s for s in candidates if s.kind == kind]
        return (same_kind or candidates)[0]
    speaker = Speaker.objects.create(
        name=name[:200],
        slug=_unique_slug(Speaker, slug_for(name, 180), slugs if slugs is not None else set()),
        kind=kind,
        role=role[:300],
    )
    names = {normalise_name(n): n for n in (name, *aliases) if normalise_name(n)}
    bulk_create_with_history(
        [SpeakerAlias(speaker=speaker, alias=alias[:200], normalised=norm[:200])
         for norm, alias in names.items()],
        SpeakerAlias,
    )
    if stats is not None:
        stats.speakers_new += 1
    return speaker


def _search_text(item: ExtractedClaim, speaker: Speaker) -> str:
    quotes = " ".join(dict.fromkeys(a.quote for a in item.appearances))
    return f"{item.text} {quotes} {speaker.name} {' '.join(item.speaker_aliases)}"[:5000]


def _suggest_for(claims: list[Claim]) -> int:
    from claims.services.events import assign_events
    from claims.services.relations import suggest_relations

    assign_events(claims)
    result = suggest_relations([claim.pk for claim in claims])
    return getattr(result, "created", 0)


def iter_claim_dicts(articles: Iterable[ParsedArticle], publisher: str) -> Iterator[dict]:
    """One JSON-ready dict per extracted claim, for `extract_claims` and `--dry-run`."""
    for article in articles:
        for claim in extract_article(article, publisher):
            for appearance in claim.appearances[:1]:
                yield {
                    "article": article.headline,
                    "speaker": claim.speaker,
                    "speaker_kind": claim.speaker_kind,
                    "figure_text": claim.figure_text,
                    "value": _json_number(claim.value),
                    "lower": _json_number(claim.lower),
                    "upper": _json_number(claim.upper),
                    "qualifier": claim.qualifier,
                    "unit": claim.unit,
                    "counts": claim.counts,
                    "quote": appearance.quote,
                    "start": appearance.start,
                    "end": appearance.end,
                    "appearances": len(claim.appearances),
                    "stated_on": claim.stated_on.isoformat() if claim.stated_on else None,
                }


def _json_number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)
