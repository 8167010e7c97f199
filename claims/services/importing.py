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
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.db import DatabaseError, connection, transaction
from django.db.models import Q

from claims.extraction import EXTRACTOR_VERSION, ExtractedClaim, extract_claims
from claims.matching import measure_key
from claims.models import (
    Appearance,
    Claim,
    ClaimRelation,
    Event,
    Origin,
    RelationOrigin,
    RelationStatus,
    Speaker,
    SpeakerAlias,
)
from claims.pipeline import FileExtraction, extract_files, read_and_extract
from claims.services.events import Happening, article_happenings, place_in_events
from claims.services.history import create_with_history
from claims.services.relations import suggest_relations
from claims.text import normalise_name, slug_for
from sources.models import Source
from sources.reader import ParsedArticle, parse_plain_article

# Every import takes this PostgreSQL advisory lock for the length of a file's transaction, so
# two concurrent runs over the same files serialise instead of racing on unique constraints.
IMPORT_LOCK_ID = 0x636C61696D  # "claim"

logger = logging.getLogger(__name__)

# Articles written together: one round of queries (and of relation matching) per batch.
WRITE_BATCH = 200

# PostgreSQL plans from table statistics, which autovacuum refreshes only about once a minute.
# A large import into a young database grows the tables many times over before that: the
# planner, still believing claims_claimrelation empty, counted each claim's relations with a
# sequential scan of the whole table (quadratic; at 10k articles a quarter of the database's
# time). So the import refreshes them itself whenever the claims have doubled since the last
# refresh (and by at least this many rows): a few ANALYZEs per import, whatever its size.
ANALYZE_MIN_NEW_CLAIMS = 1000


class ImportRefused(Exception):
    """A file that could not be imported; str() is the one line shown to the user."""


class ExtractionFailed(Exception):
    """The extractor failed on an article (a bug in it, not in the file). `line` is the
    article's first line in its file; str() says what failed, for one line shown to the user."""

    def __init__(self, article: ParsedArticle, error: Exception) -> None:
        super().__init__(
            f"internal error while extracting the article {article.headline[:60]!r} "
            f"({type(error).__name__}: {error}); please report it with the file"
        )
        self.line = article.line


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
    paths: Sequence[Path],
    *,
    publisher: str,
    encoding: str | None = None,
    dry_run: bool = False,
    progress: Callable[[Iterable[ParsedArticle], Path], Iterable[ParsedArticle]] | None = None,
    jobs: int = 1,
) -> ImportStats:
    """Import each file in its own transaction; a refused file is recorded and skipped.

    With jobs > 1, files are read and extracted in worker processes ahead of the writing.
    """
    stats = ImportStats()
    planner = _PlannerStatistics(enabled=not dry_run)  # a dry run writes nothing to plan for
    for extraction in extract_files(paths, encoding=encoding, publisher=publisher, jobs=jobs):
        stats.add(write_file(extraction, publisher=publisher, dry_run=dry_run, progress=progress))
        planner.grown_by(stats.claims_new)
    return stats


class _PlannerStatistics:
    """Refreshes PostgreSQL's statistics of the tables an import grows (see
    ANALYZE_MIN_NEW_CLAIMS); nothing on other databases."""

    TABLES = (Claim, ClaimRelation, Appearance, Event, Speaker, SpeakerAlias, Source)

    def __init__(self, *, enabled: bool = True) -> None:
        self.enabled = enabled and connection.vendor == "postgresql"
        self.base = Claim.objects.count() if self.enabled else 0
        self.analyzed_at = 0  # claims this import had written at the last refresh

    def grown_by(self, written: int) -> None:
        """Called after each file with the claims this import has written so far."""
        if not self.enabled or written - self.analyzed_at < ANALYZE_MIN_NEW_CLAIMS:
            return
        if self.base + written < 2 * (self.base + self.analyzed_at):
            return
        tables = ", ".join(connection.ops.quote_name(model._meta.db_table) for model in self.TABLES)
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {tables}")
        self.analyzed_at = written


def import_file(
    path: Path, *, publisher: str, encoding: str | None = None, dry_run: bool = False
) -> ImportStats:
    """Read, extract and write one seed file, all or nothing."""
    extraction = read_and_extract(path, encoding, publisher)
    return write_file(extraction, publisher=publisher, dry_run=dry_run)


def write_file(
    extraction: FileExtraction,
    *,
    publisher: str,
    dry_run: bool = False,
    progress: Callable[[Iterable[ParsedArticle], Path], Iterable[ParsedArticle]] | None = None,
) -> ImportStats:
    """Write one read and extracted seed file in one transaction, all or nothing.

    A file the reader refused, or one whose writing fails, adds its one-line reason to
    `stats.refused` and writes nothing. With `dry_run` everything is computed and rolled back.
    """
    path = extraction.path
    stats = ImportStats(files=1)
    if extraction.error:
        stats.refused.append(extraction.error)
        return stats

    writer = _Writer(publisher=publisher, seed_file=path.name)
    claims_of = {id(a): c for a, c in zip(extraction.articles, extraction.claims, strict=True)}
    happenings_of = {
        id(a): h for a, h in zip(extraction.articles, extraction.happenings, strict=True)
    }
    items: Iterable[ParsedArticle] = (
        progress(extraction.articles, path) if progress else extraction.articles
    )
    current: ParsedArticle | None = None
    try:
        with transaction.atomic():
            _lock_imports()
            batch: list[ParsedArticle] = []
            for current in items:
                batch.append(current)
                if len(batch) >= WRITE_BATCH:
                    writer.write_many(
                        batch,
                        [claims_of[id(a)] for a in batch],
                        [happenings_of[id(a)] for a in batch],
                    )
                    batch = []
            if batch:
                writer.write_many(
                    batch, [claims_of[id(a)] for a in batch], [happenings_of[id(a)] for a in batch]
                )
            if dry_run:
                raise _DryRunRollback
    except _DryRunRollback:
        pass
    except DatabaseError as err:
        line = current.line if current else 0
        reason = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        stats.refused.append(
            f"{path}:{line}: the database refused an article (at or before this line: {reason});"
            " nothing from the file was written -- fix the article or report the problem"
        )
        return stats
    except Exception as err:  # a bug must not cost the user a traceback or half a file
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
    """Writes batches of articles (a whole seed file at a time) with a fixed number of queries.

    Speakers it resolved are cached for the writer's life, which is one transaction.
    """

    def __init__(self, *, publisher: str, seed_file: str = "", url: str = "", suggest: bool = True):
        self.publisher = publisher
        self.seed_file = seed_file
        self.url = url
        self.suggest = suggest
        self.stats = ImportStats()
        self._speakers: dict[tuple[str, str], Speaker] = {}

    def write(self, article: ParsedArticle) -> tuple[Source, list[Claim], str]:
        return self.write_many([article])[0]

    def write_many(
        self,
        articles: list[ParsedArticle],
        extracted: list[list[ExtractedClaim]] | None = None,
        happenings: list[list[Happening | None]] | None = None,
    ) -> list[tuple[Source, list[Claim], str]]:
        """Write articles (and their claims, extracted here unless given, with the happening
        each claim is about, read here unless given).

        Returns (source, new claims, new|updated|unchanged) for each article.
        """
        claims_of = (
            {id(a): c for a, c in zip(articles, extracted, strict=True)} if extracted else {}
        )
        happenings_of = (
            {id(a): h for a, h in zip(articles, happenings, strict=True)} if happenings else {}
        )
        stored = {
            s.fingerprint: s
            for s in Source.objects.filter(fingerprint__in=[a.fingerprint for a in articles])
        }
        previous = self._previous_versions()
        results: list[tuple[Source, list[Claim], str] | None] = [None] * len(articles)
        fresh: list[tuple[int, ParsedArticle, Source]] = []
        for index, article in enumerate(articles):
            source = stored.get(article.fingerprint)
            if source is not None:
                # Also a page that holds the same article twice: the second copy is unchanged.
                self.stats.articles_unchanged += 1
                results[index] = (source, [], "unchanged")
                continue
            source = previous.pop((article.headline, None), None) or previous.pop(
                (None, article.position), None
            )
            if source is None:
                source = Source(slug=self._source_slug(article))
            self._fill_source(source, article)
            stored[article.fingerprint] = source
            fresh.append((index, article, source))

        new_sources = [source for _, _, source in fresh if source.pk is None]
        updated_sources = [source for _, _, source in fresh if source.pk is not None]
        if new_sources:
            create_with_history(new_sources, Source, batch_size=200)
        for source in updated_sources:
            source.save()
            self._forget_old_extraction(source)
        self.stats.articles_new += len(new_sources)
        self.stats.articles_updated += len(updated_sources)
        new_ids = {source.pk for source in new_sources}

        to_write: list[tuple[Source, list[ExtractedClaim], list[Happening | None]]] = []
        for _, article, source in fresh:
            items = claims_of.get(id(article))
            if items is None:
                items = extract_article(article, self.publisher)
            read = happenings_of.get(id(article))
            if read is None and self.suggest:
                read = article_happenings(article, items)
            to_write.append((source, items, read or [None] * len(items)))
        claims_by_source = self._write_claims(to_write)
        all_new: list[Claim] = []
        for index, _, source in fresh:
            claims = claims_by_source.get(source.pk, [])
            all_new.extend(claims)
            results[index] = (source, claims, "new" if source.pk in new_ids else "updated")
        if self.suggest and all_new:
            result = suggest_relations([claim.pk for claim in all_new])
            self.stats.relations_new += result.created
        return results  # type: ignore[return-value]

    def _previous_versions(self) -> dict[tuple[str | None, int | None], Source]:
        """Stored articles of this seed file, keyed by headline and by position in the file.

        A changed article is found by its headline, or failing that by its position.
        """
        if not self.seed_file:
            return {}
        found: dict[tuple[str | None, int | None], Source] = {}
        for source in Source.objects.filter(seed_file=self.seed_file).order_by("pk"):
            found.setdefault((source.headline, None), source)
            found.setdefault((None, source.seed_position), source)
        return found

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
        appearances = list(Appearance.objects.filter(source=source).select_related("claim"))
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
        for claim in Claim.objects.filter(pk__in=untouched_claims, appearances__isnull=True):
            claim.delete()

    def _resolve_speakers(self, wanted: dict[tuple[str, str], ExtractedClaim]) -> None:
        """Fill the speaker cache for every (normalised name, kind) wanted, in a few queries.

        Names resolve through `SpeakerAlias.normalised`, so a speaker an editor merged resolves
        to the speaker kept. Existing speakers are never changed.
        """
        missing = {key: item for key, item in wanted.items() if key not in self._speakers}
        if not missing:
            return
        candidates: dict[str, list[int]] = defaultdict(list)
        for normalised, speaker_id in (
            SpeakerAlias.objects.filter(normalised__in={key[0] for key in missing})
            .order_by("speaker_id")
            .values_list("normalised", "speaker_id")
        ):
            candidates[normalised].append(speaker_id)
        known = Speaker.objects.in_bulk({i for ids in candidates.values() for i in ids})
        to_create: dict[tuple[str, str], ExtractedClaim] = {}
        for key, item in missing.items():
            found = [known[i] for i in dict.fromkeys(candidates.get(key[0], ()))]
            if found:
                # Two speakers may share an alias (two Maigas): the same kind wins, then the oldest.
                self._speakers[key] = next((s for s in found if s.kind == key[1]), found[0])
            else:
                to_create[key] = item
        if to_create:
            self._create_speakers(to_create)

    def _create_speakers(self, wanted: dict[tuple[str, str], ExtractedClaim]) -> None:
        bases = {key: slug_for(item.speaker, 180) for key, item in wanted.items()}
        taken = set(
            Speaker.objects.filter(slug__in=set(bases.values())).values_list("slug", flat=True)
        )
        speakers: dict[tuple[str, str], Speaker] = {}
        for key, item in wanted.items():
            speakers[key] = Speaker(
                name=item.speaker[:200],
                slug=_free_slug(bases[key], taken),
                kind=item.speaker_kind,
                role=item.speaker_role[:300],
            )
        create_with_history(list(speakers.values()), Speaker)
        aliases = []
        for key, speaker in speakers.items():
            item = wanted[key]
            names = {normalise_name(n): n for n in (item.speaker, *item.speaker_aliases)}
            aliases += [
                SpeakerAlias(speaker=speaker, alias=alias[:200], normalised=norm[:200])
                for norm, alias in names.items()
                if norm
            ]
        create_with_history(aliases, SpeakerAlias)
        self._speakers.update(speakers)
        self.stats.speakers_new += len(speakers)

    def _write_claims(
        self, extracted: list[tuple[Source, list[ExtractedClaim], list[Happening | None]]]
    ) -> dict[int, list[Claim]]:
        """Create new claims and every appearance; a repeat of a stored claim adds an appearance.

        When suggesting, each new claim's event is decided before the claims are inserted
        (`place_in_events`), so a claim is written once, with its event, and one history row.
        """
        self._resolve_speakers(
            {
                (normalise_name(item.speaker), item.speaker_kind): item
                for _, items, _ in extracted
                for item in items
            }
        )
        rows: list[tuple[Source, ExtractedClaim, Speaker, str, str, Happening | None]] = []
        for source, items, happenings in extracted:
            for item, happening in zip(items, happenings, strict=True):
                speaker = self._speakers[(normalise_name(item.speaker), item.speaker_kind)]
                measure = measure_key(item.counts)
                key = dedupe_key(speaker.pk, item, measure)
                rows.append((source, item, speaker, measure, key, happening))

        existing: dict[str, Claim] = {}
        keys = list({row[4] for row in rows})
        for chunk_start in range(0, len(keys), 500):
            chunk = keys[chunk_start : chunk_start + 500]
            # A repeat only needs the stored claim's key and id (for its new appearance).
            stored = Claim.objects.filter(dedupe_key__in=chunk).order_by("pk")
            for claim in stored.only("pk", "dedupe_key"):
                existing.setdefault(claim.dedupe_key, claim)

        new_claims: dict[int, list[Claim]] = defaultdict(list)
        created: list[Claim] = []
        pending: list[tuple[Source, Claim, ExtractedClaim]] = []
        to_place: list[tuple[Claim, Happening, int]] = []
        for source, item, speaker, measure, key, happening in rows:
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
                created.append(claim)
                new_claims[source.pk].append(claim)
                if happening is not None and self.suggest:
                    to_place.append((claim, happening, source.pk))
            pending.append((source, claim, item))

        if to_place:
            place_in_events(to_place)
        if created:
            create_with_history(created, Claim)
            self.stats.claims_new += len(created)

        appearances: dict[tuple[int, int, int, int], Appearance] = {}
        for source, claim, item in pending:
            for found in item.appearances:
                appearances.setdefault(
                    (claim.pk, source.pk, found.start, found.end),
                    Appearance(
                        claim=claim,
                        source=source,
                        quote=found.quote,
                        start=found.start,
                        end=found.end,
                        figure_start=found.figure_start,
                        figure_end=found.figure_end,
                        part=found.part,
                    ),
                )
        Appearance.objects.bulk_create(
            list(appearances.values()), batch_size=500, ignore_conflicts=True
        )
        return new_claims


def _free_slug(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`... whichever is free (and then marked as taken)."""
    slug, n = base, 1
    while slug in taken or (n > 1 and Speaker.objects.filter(slug=slug).exists()):
        n += 1
        slug = f"{base[:200]}-{n}"
    taken.add(slug)
    return slug


def _search_text(item: ExtractedClaim, speaker: Speaker) -> str:
    quotes = " ".join(dict.fromkeys(a.quote for a in item.appearances))
    return f"{item.text} {quotes} {speaker.name} {' '.join(item.speaker_aliases)}"[:5000]


def iter_claim_dicts(articles: Iterable[ParsedArticle], publisher: str) -> Iterator[dict]:
    """One JSON-ready dict per extracted claim, for `extract_claims` and `--dry-run`."""
    for article in articles:
        try:
            claims = extract_article(article, publisher)
        except Exception as err:  # an extractor bug must not cost the user a traceback
            raise ExtractionFailed(article, err) from err
        for claim in claims:
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
