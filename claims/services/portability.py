"""Lossless export and restore of the whole claims database as one JSON Lines file.

Format (``claimtrack-export``, version 1), UTF-8, one JSON object per line:

* line 1, the header: ``{"format", "version", "exported_at", "history", "migrations",
  "counts"}``; ``counts`` maps each model label to its number of rows, in file order;
  ``migrations`` names the last applied migration of each exported app.
* then one line per row, ``{"model": "claims.claim", "pk": 12, "fields": {...}}`` (the shape of
  Django's own serializers), models in dependency order (sources, speakers with parents
  before members, aliases, events, claims, appearances, relations, then the history tables),
  rows in primary-key order, so two exports of the same data are byte-identical.

Which models and fields: every concrete model of the ``sources`` and ``claims`` apps, and every
concrete field of each, read from the model's ``_meta`` -- a field or model added later is
exported without touching this module. Primary keys are kept, so URLs survive a restore.
Decimals are written as strings (exact), datetimes as full ISO 8601 with microseconds.
Foreign keys to the user model are written as the username (natural key); a restore creates a
missing user inactive, with an unusable password.

History: the simple-history tables are exported and restored as they are (``history`` in the
header says whether they were included). A restore writes rows raw, so it adds no history rows
of its own; restoring a file exported with ``--no-history`` leaves the objects without history.
"""

from __future__ import annotations

import datetime
import gzip
import json
import os
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.color import no_style
from django.db import DatabaseError, connection, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT_NAME = "claimtrack-export"
FORMAT_VERSION = 1
EXPORT_APPS = ("sources", "claims")

# Rows are inserted in batches; a batch is also cut when its JSON passes this many bytes, so a
# file of long articles never holds more than a few megabytes in memory.
BATCH_ROWS = 500
BATCH_BYTES = 8 * 1024 * 1024
READ_CHUNK = 2000

# The advisory lock import_seeds holds per file (claims.services.importing.IMPORT_LOCK_ID),
# repeated here so a restore does not load the extractor; a test checks they agree.
IMPORT_LOCK_ID = 0x636C61696D


class PortabilityError(Exception):
    """An export or restore that cannot go on; str() is the one line shown to the user."""


@dataclass
class ExportStats:
    path: Path
    counts: dict[str, int]

    def summary(self) -> str:
        """One line for the terminal: where the file went and what it holds."""
        return (
            f"Exported {sum(self.counts.values())} rows to {self.path}: {_describe(self.counts)}."
        )


@dataclass
class RestoreStats:
    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    created_users: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the terminal, naming any user the restore had to create."""
        line = (
            f"Restored {sum(self.counts.values())} rows from {self.path}: {_describe(self.counts)}."
        )
        if self.created_users:
            names = ", ".join(self.created_users)
            line += (
                f" Created {len(self.created_users)} missing user(s) as inactive accounts "
                f"without a password: {names} (set a password and activate them to use them)."
            )
        return line


def _describe(counts: dict[str, int]) -> str:
    parts = []
    for label, n in counts.items():
        if n:
            meta = apps.get_model(label)._meta
            parts.append(f"{n} {meta.verbose_name if n == 1 else meta.verbose_name_plural}")
    return ", ".join(parts) or "no rows"


# --- which models, in which order -------------------------------------------------------


def _is_history_model(model: type[models.Model]) -> bool:
    # simple-history's generated models all carry these two fields.
    names = {f.name for f in model._meta.concrete_fields}
    return {"history_id", "history_type"} <= names


def _constrained_targets(model: type[models.Model]) -> set[type[models.Model]]:
    """Other models this one's rows must follow: foreign keys the database enforces."""
    return {
        f.related_model._meta.concrete_model
        for f in model._meta.concrete_fields
        if f.many_to_one and f.db_constraint and f.related_model is not model
    }


def exported_models(include_history: bool = True) -> list[type[models.Model]]:
    """Every concrete model of the exported apps, parents before the models that refer to them.

    Ties keep the order the models are defined in (sources, speakers, aliases, events, claims,
    appearances, relations); history tables come last, their keys are not enforced.
    """
    candidates = [
        m
        for label in EXPORT_APPS
        for m in apps.get_app_config(label).get_models()
        if m._meta.managed and not m._meta.proxy
    ]
    main = [m for m in candidates if not _is_history_model(m)]
    history = [m for m in candidates if _is_history_model(m)]
    ordered: list[type[models.Model]] = []
    pending = list(main)
    while pending:
        ready = next((m for m in pending if not (_constrained_targets(m) & set(pending))), None)
        if ready is None:  # a cycle between models: keep definition order, keys are deferred
            ready = pending[0]
        ordered.append(ready)
        pending.remove(ready)
    for model in ordered:
        if model._meta.many_to_many:
            names = ", ".join(f.name for f in model._meta.many_to_many)
            raise PortabilityError(
                f"{model._meta.label} has many-to-many fields ({names}) that the export does "
                "not handle yet; extend claims/services/portability.py before exporting."
            )
    return ordered + (history if include_history else [])


def _label(model: type[models.Model]) -> str:
    return model._meta.label_lower


def _data_fields(model: type[models.Model]) -> list[models.Field]:
    return [f for f in model._meta.concrete_fields if not f.primary_key]


def _is_user_fk(f: models.Field) -> bool:
    return f.many_to_one and f.related_model is get_user_model()


def _self_parent_fields(model: type[models.Model]) -> list[models.Field]:
    return [
        f
        for f in model._meta.concrete_fields
        if f.many_to_one and f.db_constraint and f.related_model is model
    ]


def _applied_migrations() -> dict[str, str]:
    applied = MigrationRecorder(connection).applied_migrations()
    latest: dict[str, str] = {}
    for app_label, name in applied:
        if app_label in EXPORT_APPS and name > latest.get(app_label, ""):
            latest[app_label] = name
    return dict(sorted(latest.items()))


# --- export -----------------------------------------------------------------------------


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str | list | dict):
        return value
    if isinstance(value, Decimal):
        return format(value, "f")  # exact, never exponent notation
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()  # full precision; DjangoJSONEncoder would cut microseconds
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    raise PortabilityError(f"cannot export a value of type {type(value).__name__}")


def _row(model, obj, fields, usernames: dict[int, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields:
        raw = getattr(obj, f.attname)
        if _is_user_fk(f):
            # A history row may name a user deleted since: its id means nothing elsewhere.
            out[f.name] = usernames.get(raw) if raw is not None else None
        else:
            out[f.name] = _encode(raw)
    return {"model": _label(model), "pk": _encode(obj.pk), "fields": out}


def _ordered_rows(model: type[models.Model]) -> Iterator[models.Model]:
    """The model's rows in primary-key order; rows of a self-referring model parents first."""
    qs = model._base_manager.order_by("pk")
    parent_fields = _self_parent_fields(model)
    if not parent_fields:
        yield from qs.iterator(chunk_size=READ_CHUNK)
        return
    # Only (pk, parent) pairs are held in memory, then one pass per depth level.
    parents: dict[Any, list[Any]] = {}
    for pk, *refs in qs.values_list("pk", *(f.attname for f in parent_fields)).iterator(
        chunk_size=READ_CHUNK
    ):
        parents[pk] = [r for r in refs if r is not None and r != pk]
    depth: dict[Any, int] = {}
    for root in parents:
        if root in depth:
            continue
        # Depth-first without recursion: a deep chain of members cannot overflow the stack.
        stack = [(root, iter(parents[root]))]
        on_stack = {root}
        while stack:
            node, pending = stack[-1]
            for p in pending:
                if p in depth or p not in parents:
                    continue
                if p in on_stack:
                    raise PortabilityError(
                        f"{model._meta.label} rows {sorted(on_stack)} refer to each other in a "
                        "loop; fix their parent in the admin, then export again."
                    )
                stack.append((p, iter(parents[p])))
                on_stack.add(p)
                break
            else:
                depth[node] = 1 + max((depth[p] for p in parents[node] if p in depth), default=-1)
                stack.pop()
                on_stack.discard(node)
    for level in range(max(depth.values(), default=-1) + 1):
        for obj in qs.iterator(chunk_size=READ_CHUNK):
            if depth[obj.pk] == level:
                yield obj


def _open_write(path: Path, compress: bool) -> IO[str]:
    if compress:
        return gzip.open(path, "wt", encoding="utf-8", newline="\n")
    return open(path, "w", encoding="utf-8", newline="\n")


def export_database(
    path: str | os.PathLike[str],
    *,
    include_history: bool = True,
) -> ExportStats:
    """Write every exported row to `path` (JSON Lines; gzip when it ends in .gz).

    The file is written beside its final name and renamed at the end, so an interrupted export
    never leaves a half-written file under `path`. Reads one consistent snapshot of the data.
    """
    path = Path(path)
    if path.is_dir():
        raise PortabilityError(f"{path} is a folder; give the name of the file to write.")
    if not path.parent.exists():
        raise PortabilityError(f"{path.parent}: no such folder; create it or choose another path.")
    model_list = exported_models(include_history)
    tmp = path.with_name(f".{path.name}.partial-{os.getpid()}")
    # The isolation level can only be set by a transaction's first statement, so not when
    # called inside a caller's transaction (a test, another command).
    own_transaction = not connection.in_atomic_block
    try:
        with transaction.atomic():
            if connection.vendor == "postgresql" and own_transaction:
                # Counts in the header and the rows after it must come from the same snapshot.
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            counts = {_label(m): m._base_manager.count() for m in model_list}
            User = get_user_model()
            usernames = dict(User._base_manager.values_list("pk", User.USERNAME_FIELD))
            header = {
                "format": FORMAT_NAME,
                "version": FORMAT_VERSION,
                "exported_at": timezone.now().isoformat(),
                "history": include_history,
                "migrations": _applied_migrations(),
                "counts": counts,
            }
            with _open_write(tmp, path.suffix == ".gz") as out:
                out.write(_dumps(header) + "\n")
                for model in model_list:
                    fields = _data_fields(model)
                    for obj in _ordered_rows(model):
                        out.write(_dumps(_row(model, obj, fields, usernames)) + "\n")
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return ExportStats(path=path, counts=counts)


# Characters other tools treat as line breaks (str.splitlines, JavaScript); json.dumps leaves
# them raw with ensure_ascii=False, which would split a row in two for those readers.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _dumps(obj: Any) -> str:
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.translate(_LINE_BREAKS)


# --- restore ----------------------------------------------------------------------------


class _LineError(PortabilityError):
    pass


def _open_read(path: Path) -> IO[bytes]:
    with open(path, "rb") as probe:
        magic = probe.read(2)
    if magic == b"\x1f\x8b":
        return gzip.open(path, "rb")
    return open(path, "rb")


def _iter_lines(path: Path) -> Iterator[tuple[int, str]]:
    with _open_read(path) as stream:
        try:
            for number, raw in enumerate(stream, start=1):
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError:
                    raise PortabilityError(
                        f"{path}:{number}: not UTF-8 text; this is not a claimtrack export."
                    ) from None
                yield number, text
        except (OSError, EOFError) as err:  # gzip: corrupt or cut short
            raise PortabilityError(f"{path}: cannot be read ({err}).") from None


def _parse_header(path: Path, text: str, model_list) -> dict[str, Any]:
    where = f"{path}:1"
    try:
        header = json.loads(text)
    except json.JSONDecodeError:
        header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT_NAME:
        raise PortabilityError(
            f"{where}: not a claimtrack export (the first line must be the "
            f'{{"format": "{FORMAT_NAME}", ...}} header written by export_claims).'
        )
    if header.get("version") != FORMAT_VERSION:
        raise PortabilityError(
            f"{where}: export format version {header.get('version')!r}; this claimtrack reads "
            f"version {FORMAT_VERSION} only. Use the claimtrack release that wrote the file."
        )
    counts = header.get("counts")
    if not isinstance(counts, dict) or not all(
        isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in counts.values()
    ):
        raise PortabilityError(f"{where}: the header's counts must map model labels to numbers.")
    known = {_label(m) for m in model_list}
    unknown = sorted(set(counts) - known)
    if unknown:
        raise PortabilityError(
            f"{where}: the file holds models this claimtrack does not have ({', '.join(unknown)});"
            " restore it with the release that wrote it."
        )
    applied = {(app, name) for app, name in MigrationRecorder(connection).applied_migrations()}
    migrations = header.get("migrations") or {}
    if not isinstance(migrations, dict):
        raise PortabilityError(f"{where}: the header's migrations must map apps to migrations.")
    missing = sorted(f"{a}.{n}" for a, n in migrations.items() if (a, n) not in applied)
    if missing:
        raise PortabilityError(
            f"{where}: the file was written after migrations this database lacks "
            f"({', '.join(missing)}); run `manage.py migrate` (or update claimtrack) first."
        )
    return header


class _Restorer:
    """Turns parsed lines into model instances and writes them in batches."""

    def __init__(self, path: Path, model_list: list[type[models.Model]]):
        self.path = path
        self.models = {_label(m): m for m in model_list}
        # Keys are remembered only for models other rows must refer to (memory stays small
        # for the history tables); the database still refuses any other duplicate key.
        self.referenced = {
            target
            for m in model_list
            for target in _constrained_targets(m)
            | {f.related_model for f in _self_parent_fields(m)}
            if target in model_list
        }
        self.stats = RestoreStats(path=path)
        self.seen: dict[type[models.Model], set[Any]] = defaultdict(set)
        self.user_ids: dict[str, int] = {}
        self.batch: list[tuple[int, models.Model]] = []
        self.batch_model: type[models.Model] | None = None
        self.batch_bytes = 0
        self.field_cache: dict[type[models.Model], dict[str, models.Field]] = {}

    def error(self, number: int, message: str) -> _LineError:
        return _LineError(f"{self.path}:{number}: {message}")

    def add_line(self, number: int, text: str) -> None:
        if not text.strip():
            raise self.error(number, "empty line; an export has one JSON object on every line.")
        try:
            row = json.loads(text)
        except json.JSONDecodeError as err:
            raise self.error(number, f"not valid JSON ({err.msg} at column {err.colno}).") from None
        if not isinstance(row, dict) or set(row) != {"model", "pk", "fields"}:
            raise self.error(number, 'expected {"model": ..., "pk": ..., "fields": {...}}.')
        model = self.models.get(row["model"]) if isinstance(row["model"], str) else None
        if model is None:
            raise self.error(number, f"unknown model {row['model']!r}.")
        if not isinstance(row["fields"], dict):
            raise self.error(number, '"fields" must be an object.')
        obj = self.build(number, model, row["pk"], row["fields"])
        if (
            model is not self.batch_model
            or len(self.batch) >= BATCH_ROWS
            or (self.batch_bytes > BATCH_BYTES)
        ):
            self.flush()
            self.batch_model = model
        self.batch.append((number, obj))
        self.batch_bytes += len(text)
        if model in self.referenced:
            self.seen[model].add(obj.pk)
        label = _label(model)
        self.stats.counts[label] = self.stats.counts.get(label, 0) + 1

    def fields_of(self, model) -> dict[str, models.Field]:
        if model not in self.field_cache:
            self.field_cache[model] = {f.name: f for f in _data_fields(model)}
        return self.field_cache[model]

    def build(self, number: int, model, pk: Any, data: dict[str, Any]) -> models.Model:
        label = _label(model)
        fields = self.fields_of(model)
        try:
            pk_value = model._meta.pk.to_python(pk)
        except ValidationError:
            raise self.error(number, f"{label}: bad primary key {pk!r}.") from None
        if pk_value is None:
            raise self.error(number, f"{label}: the row has no primary key.")
        if pk_value in self.seen[model]:
            raise self.error(number, f"{label} {pk_value} appears twice in the file.")
        values: dict[str, Any] = {model._meta.pk.attname: pk_value}
        for name, raw in data.items():
            f = fields.get(name)
            if f is None:
                raise self.error(
                    number,
                    f"{label} has no field {name!r} (the file is from another claimtrack "
                    "release; restore it with that release).",
                )
            values[f.attname] = self.convert(number, label, f, raw)
        # Fields missing from the file (added after it was written) keep their defaults.
        return model(**values)

    def convert(self, number: int, label: str, f: models.Field, raw: Any) -> Any:
        if raw is None:
            return None
        if _is_user_fk(f):
            if not isinstance(raw, str) or not raw:
                raise self.error(number, f"{label}.{f.name} must be a username, got {raw!r}.")
            return self.user_id(raw)
        try:
            if f.many_to_one:
                value = f.target_field.to_python(raw)
                target = f.related_model._meta.concrete_model
                if f.db_constraint and target in self.referenced and value not in self.seen[target]:
                    raise self.error(
                        number,
                        f"{label}.{f.name} refers to {_label(target)} {value}, which is not "
                        "earlier in the file (rows must follow the rows they refer to).",
                    )
                return value
            if isinstance(f, models.JSONField):
                return raw
            if isinstance(f, models.BinaryField):
                return bytes.fromhex(raw)
            return f.to_python(raw)
        except (ValidationError, ValueError, TypeError) as err:
            detail = "; ".join(err.messages) if isinstance(err, ValidationError) else str(err)
            raise self.error(number, f"{label}.{f.name}: bad value {raw!r} ({detail}).") from None

    def user_id(self, username: str) -> int:
        if username not in self.user_ids:
            User = get_user_model()
            user = User._base_manager.filter(**{User.USERNAME_FIELD: username}).first()
            if user is None:
                user = User(**{User.USERNAME_FIELD: username}, is_active=False)
                user.set_unusable_password()
                user.save()
                self.stats.created_users.append(username)
            self.user_ids[username] = user.pk
        return self.user_ids[username]

    def flush(self) -> None:
        if not self.batch:
            return
        model = self.batch_model
        fields = list(model._meta.local_concrete_fields)
        objs = [obj for _, obj in self.batch]
        try:
            with transaction.atomic():
                _raw_insert(model, objs, fields)
        except DatabaseError:
            # Find the line: insert the batch again row by row; the first failure names it.
            for number, obj in self.batch:
                try:
                    with transaction.atomic():
                        _raw_insert(model, [obj], fields)
                except DatabaseError as err:
                    reason = str(err).strip().splitlines()[0] if str(err).strip() else repr(err)
                    raise self.error(
                        number, f"{_label(model)} {obj.pk} cannot be written: {reason}."
                    ) from None
            raise
        self.batch = []
        self.batch_bytes = 0


def _raw_insert(model, objs: list[models.Model], fields) -> None:
    # raw=True writes field values as given: auto_now dates, computed columns and primary keys
    # stay as exported, and no signal fires (so simple-history adds no rows).
    ops = connection.ops
    size = max(1, ops.bulk_batch_size(fields, objs) or len(objs))
    for start in range(0, len(objs), size):
        model._base_manager._insert(objs[start : start + size], fields=fields, raw=True)


def _nonempty(model_list: Iterable[type[models.Model]]) -> dict[str, int]:
    counts = {}
    for model in model_list:
        n = model._base_manager.count()
        if n:
            counts[_label(model)] = n
    return counts


def restore_database(path: str | os.PathLike[str]) -> RestoreStats:
    """Restore an export into an empty database, all or nothing, in one transaction.

    Refuses when any exported table already holds rows. Validates the header, every line and
    the row counts; on any problem nothing is written and the error names the file and line.
    """
    path = Path(path)
    if not path.is_file():
        raise PortabilityError(f"{path}: no such file; give the path of an export_claims file.")
    model_list = exported_models(include_history=True)
    try:
        with transaction.atomic():
            if connection.vendor == "postgresql":
                # Keep import_seeds out until the restore is committed.
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_xact_lock(%s)", [IMPORT_LOCK_ID])
            lines = _iter_lines(path)
            first = next(lines, None)
            if first is None:
                raise PortabilityError(f"{path}:1: the file is empty; it holds no export header.")
            header = _parse_header(path, first[1], model_list)
            present = _nonempty(model_list)
            if present:
                raise PortabilityError(
                    f"The database is not empty ({_describe(present)}); import_claims restores "
                    "into an empty database only. Point DATABASE_URL at a new database, run "
                    "`manage.py migrate`, then import again."
                )
            restorer = _Restorer(path, model_list)
            last = 1
            for number, text in lines:
                restorer.add_line(number, text)
                last = number
            restorer.flush()
            expected = {k: v for k, v in header["counts"].items() if v}
            found = {k: v for k, v in restorer.stats.counts.items() if v}
            if expected != found:
                diffs = ", ".join(
                    f"{label}: {found.get(label, 0)} of {expected.get(label, 0)}"
                    for label in dict.fromkeys([*expected, *found])
                    if found.get(label, 0) != expected.get(label, 0)
                )
                raise PortabilityError(
                    f"{path}:{last}: the file ends with other row counts than its header "
                    f"promises ({diffs}); it is truncated or was edited. Nothing was restored."
                )
            _reset_sequences(model_list)
            restorer.stats.counts = {
                _label(m): restorer.stats.counts.get(_label(m), 0) for m in model_list
            }
    except DatabaseError as err:
        # Deferred key checks run at commit; everything written is rolled back.
        reason = str(err).strip().splitlines()[0] if str(err).strip() else repr(err)
        raise PortabilityError(
            f"{path}: the restore was refused by the database: {reason}."
        ) from None
    return restorer.stats


def _reset_sequences(model_list: Iterable[type[models.Model]]) -> None:
    # PostgreSQL sequences do not move when rows are inserted with their own keys.
    statements = connection.ops.sequence_reset_sql(no_style(), list(model_list))
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
