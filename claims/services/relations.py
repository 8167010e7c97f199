"""Suggest which claims confirm or contradict each other.

Claims are compared only inside candidate blocks: the same event and the same action of the
measure ("killed", "abducted"). Within a block, two claims are comparable when their measure
keys are equal, or when one is broader ("deaths") and the narrower one ("Malian soldiers
killed") is the one it must mean (`claims.matching.resolve_broader`). Each comparable pair by
different speakers, or by one speaker in different articles, gets a **suggested** relation with
a one-line rationale (`claims.matching.compare`).

Rules that protect editors' work:

* a pair an editor decided (accepted or rejected) or made is never touched again: not
  resurrected, not downgraded, not re-worded;
* suggestions are idempotent: re-running changes nothing unless the claims changed; a suggested
  relation whose claims are no longer comparable (an editor moved one to another event, changed
  its figure or unit) is removed, and one whose verdict changed is updated.

Cost: one pass over each touched event's claims, in chunks of events, with a fixed number of
queries per chunk and per IDS_PER_QUERY claims (claims, existing relations, writes), each
reading through an index, so the work grows with the number of claims times the (bounded)
block size, never with all pairs nor with the size of the tables. New suggestions are written
with multi-row INSERTs, not a model instance each (`_create`); on PostgreSQL a long run keeps
the planner's statistics fresh so that it keeps choosing those indexes
(`refresh_stale_statistics`).

Relation counters: each claim stores how many live (not rejected) relations of each kind it has
(`Claim.n_confirms`, `Claim.n_contradicts`, the review queue's sort keys).
`refresh_relation_counts` is the one function that writes them. Relations saved or deleted one
by one call it through the model's signals (claims/models.py), which covers the admin's forms,
inlines and actions, the comparison page and claims deleted with their relations; the bulk
writes here (create, re-word) call it for the claims they touch.
"""

from __future__ import annotations

import datetime
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from django.db import connection, transaction
from django.db.models import F, Func, IntegerField, Lookup, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from claims.matching import (
    Figure,
    Measure,
    compare,
    context_terms,
    parse_measure,
    resolve_broader,
)
from claims.models import (
    Claim,
    ClaimRelation,
    Event,
    RelationKind,
    RelationOrigin,
    RelationStatus,
)

EVENTS_PER_CHUNK = 200
IDS_PER_QUERY = 500
STALE_MINIMUM = 1000  # changed rows below which statistics are never refreshed here


def in_ids(connection, column: str, ids: Sequence[int]) -> tuple[str, list]:
    """SQL for "`column` is one of `ids`" and its parameters: on PostgreSQL one parameter, the
    ids written as an array (`= ANY(%s::bigint[])`), elsewhere a placeholder per id (`IN`).

    psycopg parses the placeholders of a statement with more than 50 parameters anew each time,
    and dumps a list element by element, in Python: with lists of hundreds of ids that was a
    third of a full run's CPU time.
    """
    if connection.vendor == "postgresql":
        return f"{column} = ANY(%s::bigint[])", ["{" + ",".join(str(int(i)) for i in ids) + "}"]
    return f"{column} IN ({', '.join(['%s'] * len(ids))})", list(ids)


class AnyOf(Lookup):
    """Filter expression `AnyOf(F("pk"), ids)`: `__in` with a list of ids, as `in_ids` writes
    it. The ids are used as given (ints), not prepared one by one."""

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        sql, params = in_ids(connection, lhs, self.rhs)
        return sql, [*lhs_params, *params]


@dataclass
class RelationStats:
    """What one run of `suggest_relations` did."""

    claims: int = 0  # claims compared
    pairs: int = 0  # comparable pairs looked at
    created: int = 0
    updated: int = 0
    removed: int = 0
    kept: int = 0  # pairs an editor decided or made, left as they are
    confirms: int = 0  # of the pairs looked at
    contradicts: int = 0

    def summary(self) -> str:
        """One line for the command and the import summary."""
        return (
            f"{self.claims} claims compared, {self.pairs} comparable pairs "
            f"({self.confirms} confirm, {self.contradicts} contradict): {self.created} "
            f"relations suggested, {self.updated} updated, {self.removed} removed, "
            f"{self.kept} editor decisions kept"
        )


@dataclass
class _Row:
    pk: int
    event_id: int
    speaker_id: int
    source_id: int
    measure: Measure
    counts: str
    figure: Figure
    speaker_name: str
    speaker_role: str

    @property
    def context(self) -> frozenset[str]:
        """Words of the speaker's name and role (only needed for broader measures; cached)."""
        return context_terms(self.speaker_name, self.speaker_role)

    @property
    def figure_key(self) -> tuple:
        f = self.figure
        return (f.qualifier, f.value, f.lower, f.upper, f.unit.strip().lower())


def suggest_relations(
    claim_ids: Iterable[int] | None = None, since: datetime.date | None = None
) -> RelationStats:
    """Compare claims with the comparable claims of their events and record suggestions.

    `claim_ids` limits the run to those claims (the importer passes the claims it just wrote);
    `since` to claims created on or after that day; with neither, every claim is compared.
    Returns counts of what was created, updated, removed and left alone.
    """
    stats = RelationStats()
    targets = _targets(claim_ids, since)
    if not targets:
        return stats
    by_event: dict[int, set[int]] = defaultdict(set)
    orphans: list[int] = []
    for pk, event_id, key in targets:
        if event_id is None or not key:
            orphans.append(pk)
        else:
            by_event[event_id].add(pk)
    stats.claims = sum(len(ids) for ids in by_event.values())

    _remove_orphan_suggestions(orphans, stats)
    event_ids = sorted(by_event)
    many_chunks = len(event_ids) > EVENTS_PER_CHUNK
    for i in range(0, len(event_ids), EVENTS_PER_CHUNK):
        chunk = event_ids[i : i + EVENTS_PER_CHUNK]
        chunk_targets = set().union(*(by_event[e] for e in chunk))
        if many_chunks:
            refresh_stale_statistics()
        with transaction.atomic():
            _process_chunk(chunk, chunk_targets, stats)
    return stats


def refresh_stale_statistics() -> list[str]:
    """On PostgreSQL, ANALYZE the claim and relation tables if their planner statistics are
    stale: more rows changed since the last ANALYZE than half the rows in the table (and at
    least STALE_MINIMUM). Returns the tables analyzed.

    Each chunk reads claims by event and relations by claim, which is only cheap through the
    indexes, and the planner takes them only when its statistics describe the table. Right
    after a big import, or while a first full run writes hundreds of thousands of suggestions,
    autovacuum (a minute's nap between rounds) has not caught up, and every chunk scanned the
    whole tables: a run's cost grew with the square of its claims. Half the table, not
    autovacuum's tenth: statistics taken on a table half the size still give the right plans,
    and a run that doubles the relations analyzes them a handful of times, not dozens.
    """
    if connection.vendor != "postgresql":
        return []
    tables = [Claim._meta.db_table, ClaimRelation._meta.db_table]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname FROM pg_stat_user_tables "
            "WHERE relid IN (%s::regclass, %s::regclass) "
            "AND n_mod_since_analyze > GREATEST(%s, n_live_tup / 2)",
            [*(connection.ops.quote_name(t) for t in tables), STALE_MINIMUM],
        )
        stale = [name for (name,) in cursor.fetchall()]
        for name in stale:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(name)}")
    return stale


def _targets(
    claim_ids: Iterable[int] | None, since: datetime.date | None
) -> list[tuple[int, int | None, str]]:
    base = Claim.objects.order_by()  # no sorting: the model's default order costs a sort
    if since is not None:
        start = timezone.make_aware(datetime.datetime.combine(since, datetime.time.min))
        base = base.filter(created_at__gte=start)
    fields = ("pk", "event_id", "measure_key")
    if claim_ids is None:
        return list(base.values_list(*fields))
    ids = sorted(set(claim_ids))
    found: list[tuple[int, int | None, str]] = []
    for i in range(0, len(ids), IDS_PER_QUERY):
        part = ids[i : i + IDS_PER_QUERY]
        found.extend(base.filter(AnyOf(F("pk"), part)).values_list(*fields))
    return found


def live_relation_count(kind: str) -> Coalesce:
    """Correlated subquery counting a claim's relations of one kind, either side, not rejected.

    A subquery rather than Count() over the two reverse joins, which would multiply rows.
    """
    counted = (
        ClaimRelation.objects.filter(Q(from_claim=OuterRef("pk")) | Q(to_claim=OuterRef("pk")))
        .filter(kind=kind)
        .exclude(status=RelationStatus.REJECTED)
        .order_by()
        .annotate(n=Func(F("pk"), function="COUNT", output_field=IntegerField()))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def refresh_relation_counts(claim_ids: Iterable[int | None]) -> None:
    """Recount `n_confirms` and `n_contradicts` of these claims from their relations.

    The only writer of the two counters: call it after any change to relations that did not
    go through a single relation's save() or delete() (those call it themselves). Recounting
    rather than adding and subtracting keeps it right whatever happened before. One UPDATE
    per IDS_PER_QUERY claims; missing ids are ignored.
    """
    ids = sorted({pk for pk in claim_ids if pk is not None})
    for i in range(0, len(ids), IDS_PER_QUERY):
        Claim.objects.filter(AnyOf(F("pk"), ids[i : i + IDS_PER_QUERY])).update(
            n_confirms=live_relation_count(RelationKind.CONFIRMS),
            n_contradicts=live_relation_count(RelationKind.CONTRADICTS),
        )


def _is_live_suggestion(origin: str, status: str) -> bool:
    return origin == RelationOrigin.AUTO and status == RelationStatus.SUGGESTED


def _remove_orphan_suggestions(orphans: list[int], stats: RelationStats) -> None:
    """Claims without an event or a measure compare with nothing: drop their old suggestions."""
    for i in range(0, len(orphans), IDS_PER_QUERY):
        ids = orphans[i : i + IDS_PER_QUERY]
        stale = ClaimRelation.objects.filter(
            Q(from_claim_id__in=ids) | Q(to_claim_id__in=ids),
            origin=RelationOrigin.AUTO,
            status=RelationStatus.SUGGESTED,
        )
        for relation in stale:
            relation.delete()
            stats.removed += 1


def _load_rows(event_ids: list[int]) -> list[_Row]:
    rows: list[_Row] = []
    query = (
        Claim.objects.filter(AnyOf(F("event_id"), event_ids))
        .exclude(measure_key="")
        .order_by()
        .values_list(
            "pk", "event_id", "speaker_id", "source_id", "measure_key", "counts",
            "figure_text", "qualifier", "value", "lower", "upper", "unit",
            "speaker__name", "speaker__role",
        )
    )
    for (pk, event_id, speaker_id, source_id, key, counts, figure_text, qualifier, value,
         lower, upper, unit, speaker_name, speaker_role) in query:
        rows.append(
            _Row(
                pk=pk,
                event_id=event_id,
                speaker_id=speaker_id,
                source_id=source_id,
                measure=_measure(key),
                counts=counts,
                figure=_figure(
                    figure_text, qualifier, _dec(value), _dec(lower), _dec(upper), unit
                ),
                speaker_name=speaker_name,
                speaker_role=speaker_role,
            )
        )
    return rows


# Claims share a few measures and many figures: one object for each, so the matcher's caches
# (`interval`) find them by identity and the run allocates less (less garbage collection).
_measure = lru_cache(maxsize=4096)(parse_measure)
_figure = lru_cache(maxsize=65536)(Figure)


def _dec(value) -> Decimal | None:
    return None if value is None else Decimal(value)


def _existing(claim_ids: set[int]) -> dict[tuple[int, int], dict]:
    """Relations touching any of these claims, keyed by their unordered pair.

    The claims' ids are listed, so each side is read through its own index. With the chunk's
    claims as a subquery instead, PostgreSQL hashed them and scanned every relation once per
    chunk (a run's cost growing with the square of its claims); a join on the claim's event
    did the same on SQLite.
    """
    fields = ("pk", "from_claim_id", "to_claim_id", "kind", "status", "origin", "rationale")
    found: dict[tuple[int, int], dict] = {}
    ids = sorted(claim_ids)
    for i in range(0, len(ids), IDS_PER_QUERY):
        part = ids[i : i + IDS_PER_QUERY]
        for side in ("from_claim_id", "to_claim_id"):
            query = ClaimRelation.objects.filter(AnyOf(F(side), part)).order_by().values(*fields)
            for values in query:
                pair = _pair(values["from_claim_id"], values["to_claim_id"])
                found[pair] = values
    return found


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def _process_chunk(event_ids: list[int], targets: set[int], stats: RelationStats) -> None:
    rows = _load_rows(event_ids)
    names = dict(Event.objects.filter(AnyOf(F("pk"), event_ids)).values_list("pk", "name"))
    blocks: dict[tuple[int, str], list[_Row]] = defaultdict(list)
    for row in rows:
        blocks[(row.event_id, row.measure.action)].append(row)

    desired: dict[tuple[int, int], tuple[int, int, str, str]] = {}
    for (event_id, _), block in blocks.items():
        if not any(row.pk in targets for row in block):
            continue
        for a, b in _comparable_pairs(block, targets):
            pair = _pair(a.pk, b.pk)
            if pair in desired:
                continue
            newer, older = (a, b) if a.pk > b.pk else (b, a)
            result = compare(
                newer.figure, older.figure, counts=_display_counts(newer, older),
                context=names.get(event_id, ""),
            )
            if result is None:
                continue
            desired[pair] = (newer.pk, older.pk, result.kind, result.rationale)
            stats.pairs += 1
            if result.kind == "confirms":
                stats.confirms += 1
            else:
                stats.contradicts += 1

    # Every pair compared or possibly stale has a target at one end (_comparable_pairs).
    existing = _existing(targets)
    to_create: list[tuple[int, int, str, str]] = []
    changes: dict[int, tuple[str, str]] = {}
    for pair, (from_id, to_id, kind, rationale) in desired.items():
        current = existing.get(pair)
        if current is None:
            to_create.append((from_id, to_id, kind, rationale))
        elif not _is_live_suggestion(current["origin"], current["status"]):
            stats.kept += 1
        elif current["kind"] != kind or current["rationale"] != rationale:
            changes[current["pk"]] = (kind, rationale)

    stale = [
        values["pk"]
        for pair, values in existing.items()
        if pair not in desired
        and (pair[0] in targets or pair[1] in targets)
        and _is_live_suggestion(values["origin"], values["status"])
    ]

    if to_create:
        stats.created += _create(to_create)
    if changes:
        _update(changes)
        stats.updated += len(changes)
    if to_create or changes:
        # Bulk writes send no signals: recount the claims they touched here. (Deletions below
        # go one by one and recount through the model's delete signal.)
        recount = {row[0] for row in to_create} | {row[1] for row in to_create}
        for values in existing.values():
            if values["pk"] in changes:
                recount |= {values["from_claim_id"], values["to_claim_id"]}
        refresh_relation_counts(recount)
    if stale:
        for relation in ClaimRelation.objects.filter(pk__in=stale):
            relation.delete()
        stats.removed += len(stale)


# A new suggestion's row: (newer claim, older claim, kind, rationale) from the matcher, then the
# same status, origin and times for all. created_by stays NULL: claimtrack made it.
_VARYING = ("from_claim", "to_claim", "kind", "rationale")
_CONSTANT = ("status", "origin", "created_at", "updated_at")
CREATED_REASON = "suggested by claimtrack"
ROWS_PER_INSERT = 1000


def _create(rows: list[tuple[int, int, str, str]]) -> int:
    """Insert suggestions (newer claim, older claim, kind, rationale) with a history row each;
    returns how many were inserted.

    Plain multi-row INSERTs rather than bulk_create() and bulk_history_create(): building a
    model instance, then a historical instance, for each of hundreds of thousands of
    suggestions was four fifths of a full run. The rows are the same: the fields, one creation
    time per call, a "+" history row copied from the stored relation (`copy_to_history`) with
    the change reason and user simple_history would give it. A pair written meanwhile by someone else wins: the
    unique pair constraint makes the insert skip it (ON CONFLICT DO NOTHING, as
    bulk_create(ignore_conflicts=True) does).
    """
    ops, features = connection.ops, connection.features
    meta = ClaimRelation._meta
    columns = ", ".join(ops.quote_name(meta.get_field(f).column) for f in _VARYING + _CONSTANT)
    now = timezone.now()
    stamp = ops.adapt_datetimefield_value(now)
    constants = [RelationStatus.SUGGESTED.value, RelationOrigin.AUTO.value, stamp, stamp]
    # The constants are sent once per statement; only what varies is listed per row.
    batch = ROWS_PER_INSERT
    if features.max_query_params:
        batch = min(batch, (features.max_query_params - len(constants)) // len(_VARYING))
    returning = features.can_return_rows_from_bulk_insert
    selected = ", ".join(f"column{n}" for n in range(1, len(_VARYING) + 1))
    inserted = 0
    created: list[int] = []
    with connection.cursor() as cursor:
        for i in range(0, len(rows), batch):
            source, source_params = _listed_rows(rows[i : i + batch])
            # WHERE true: SQLite reads ON CONFLICT after a bare SELECT as a join's ON.
            sql = (
                f"INSERT INTO {ops.quote_name(meta.db_table)} ({columns}) "
                f"SELECT {selected}, %s, %s, %s, %s FROM {source} WHERE true "
                "ON CONFLICT DO NOTHING"
            )
            params = [*constants, *source_params]
            if returning:
                cursor.execute(f"{sql} RETURNING {ops.quote_name(meta.pk.column)}", params)
                found = [pk for (pk,) in cursor.fetchall()]
                created.extend(found)
                inserted += len(found)
            else:
                cursor.execute(sql, params)
                inserted += cursor.rowcount  # rows skipped on conflict are not counted
    if not returning and inserted:
        created = _written_at(rows, now)
    # Imported here: claims.services.history uses this module's in_ids.
    from claims.services.history import copy_to_history

    copy_to_history(ClaimRelation, created, reason=CREATED_REASON)
    return inserted


def _listed_rows(rows: list[tuple[int, int, str, str]]) -> tuple[str, list]:
    """A FROM item listing `rows` as columns column1..column4, and its parameters: one JSON
    array on PostgreSQL (one parameter whatever the number of rows, see `in_ids`; JSON because
    the json module writes it in C), a VALUES list elsewhere."""
    if connection.vendor == "postgresql":
        return (
            "(SELECT (value->>0)::bigint AS column1, (value->>1)::bigint AS column2, "
            "value->>2 AS column3, value->>3 AS column4 "
            "FROM json_array_elements(%s::json)) AS suggested",
            [json.dumps(rows)],
        )
    row_sql = "(" + ", ".join(["%s"] * len(_VARYING)) + ")"
    return (
        f"(VALUES {', '.join([row_sql] * len(rows))}) AS suggested",
        [value for row in rows for value in row],
    )


def _written_at(rows: list[tuple[int, int, str, str]], now: datetime.datetime) -> list[int]:
    """Ids of the suggestions among `rows` stored with creation time `now` (for a database that
    cannot return the ids of inserted rows: SQLite before 3.35)."""
    wanted = {(row[0], row[1]) for row in rows}
    from_ids = sorted({row[0] for row in rows})
    created: list[int] = []
    for i in range(0, len(from_ids), IDS_PER_QUERY):
        found = (
            ClaimRelation.objects.filter(
                from_claim_id__in=from_ids[i : i + IDS_PER_QUERY],
                origin=RelationOrigin.AUTO,
                status=RelationStatus.SUGGESTED,
                created_at=now,
            )
            .order_by()
            .values_list("pk", "from_claim_id", "to_claim_id")
        )
        created.extend(pk for pk, a, b in found if (a, b) in wanted)
    return created


def _update(changes: dict[int, tuple[str, str]]) -> None:
    """Re-word suggestions whose verdict or rationale changed (whole rows: history needs them)."""
    now = timezone.now()
    rows = list(ClaimRelation.objects.filter(pk__in=list(changes)).order_by())
    for row in rows:
        row.kind, row.rationale = changes[row.pk]
        row.updated_at = now
    bulk_update_with_history(
        rows, ClaimRelation, ["kind", "rationale", "updated_at"], batch_size=500,
        default_change_reason="re-suggested by claimtrack",
    )


def _display_counts(a: _Row, b: _Row) -> str:
    # The more specific wording reads better: "a large number vs 47 Malian soldiers killed".
    if len(b.measure.subject) > len(a.measure.subject):
        return b.counts
    return a.counts or b.counts


def _comparable_pairs(block: list[_Row], targets: set[int]) -> Iterable[tuple[_Row, _Row]]:
    """Pairs (target, other) in one (event, action) block whose measures are comparable."""
    by_subject: dict[frozenset[str], list[_Row]] = defaultdict(list)
    for row in block:
        by_subject[row.measure.subject].append(row)
    resolved: dict[int, frozenset[str] | None] = {}

    def meaning(row: _Row) -> frozenset[str] | None:
        """The narrower subject a broader claim stands for, if it is unambiguous."""
        if row.pk not in resolved:
            narrower = [
                Measure(row.measure.action, subject)
                for subject, members in by_subject.items()
                if row.measure.subject < subject
                and any(m.speaker_id != row.speaker_id for m in members)
            ]
            chosen = resolve_broader(row.measure, row.context, narrower) if narrower else None
            resolved[row.pk] = chosen.subject if chosen else None
        return resolved[row.pk]

    for row in block:
        if row.pk not in targets:
            continue
        partners: list[_Row] = list(by_subject[row.measure.subject])
        target_subject = meaning(row)
        if target_subject is not None:
            partners.extend(by_subject[target_subject])
        for subject, members in by_subject.items():
            if subject < row.measure.subject:
                partners.extend(m for m in members if meaning(m) == row.measure.subject)
        for other in partners:
            if other.pk == row.pk:
                continue
            if other.speaker_id == row.speaker_id and (
                other.source_id == row.source_id or other.figure_key == row.figure_key
            ):
                # One speaker in one article, or one speaker repeating one figure: these are
                # appearances of one claim, not two claims that agree.
                continue
            yield row, other
