"""History rows for bulk writes, copied from the stored rows in SQL.

simple_history's bulk helpers build one historical model instance per row in Python and insert
them through the ORM, which costs as much as writing the row itself. For the importer's bulk
writes the history row is exactly the stored row plus when, who and why, so it is copied by the
database: one INSERT ... SELECT per batch of primary keys.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings
from django.db import connection, models, transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, get_history_manager_for_model

from claims.services.relations import in_ids

IDS_PER_QUERY = 500


def copy_to_history(
    model: type[models.Model],
    pks: Sequence[int],
    *,
    history_type: str = "+",
    reason: str | None = None,
) -> None:
    """One history row per primary key, copied from the stored row, in primary key order.

    What `bulk_history_create` writes, without an instance each: every tracked field, now as
    the history date, `history_type` ("+" created, "~" changed), the reason, and the user of
    the request being served (the history middleware's), if any.
    """
    if not pks or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return  # as simple_history's own bulk writes
    ops = connection.ops
    history = get_history_manager_for_model(model).model
    tracked = history.tracked_fields
    copied = ", ".join(ops.quote_name(f.column) for f in tracked)
    targets = ", ".join(ops.quote_name(history._meta.get_field(f.name).column) for f in tracked)
    extra = ", ".join(
        ops.quote_name(history._meta.get_field(name).column)
        for name in ("history_date", "history_change_reason", "history_type", "history_user")
    )
    user = history.get_default_history_user(model())
    constants = [
        ops.adapt_datetimefield_value(timezone.now()),
        reason,
        history_type,
        None if user is None else user.pk,
    ]
    pk_column = ops.quote_name(model._meta.pk.column)
    batch = min(IDS_PER_QUERY, (connection.features.max_query_params or 10**6) - len(constants))
    ordered = sorted(pks)
    with connection.cursor() as cursor:
        for start in range(0, len(ordered), batch):
            where, params = in_ids(connection, pk_column, ordered[start : start + batch])
            cursor.execute(
                f"INSERT INTO {ops.quote_name(history._meta.db_table)} ({targets}, {extra}) "
                f"SELECT {copied}, %s, %s, %s, %s FROM {ops.quote_name(model._meta.db_table)} "
                f"WHERE {where} ORDER BY {pk_column}",
                [*constants, *params],
            )


def create_with_history(
    objs: list[models.Model], model: type[models.Model], *, batch_size: int = 500
) -> list[models.Model]:
    """`bulk_create` the objects (their primary keys set) and a "+" history row for each."""
    if not objs:
        return objs
    if not connection.features.can_return_rows_from_bulk_insert:
        # No primary keys back from a bulk insert (SQLite before 3.35): simple_history finds
        # the rows again by their values.
        return bulk_create_with_history(objs, model, batch_size=batch_size)
    with transaction.atomic(savepoint=False):
        created = model._default_manager.bulk_create(objs, batch_size=batch_size)
        copy_to_history(model, [obj.pk for obj in created])
    return created


def update_with_history(
    objs: list[models.Model], model: type[models.Model], fields: list[str], *,
    batch_size: int = 500,
) -> None:
    """`bulk_update` these fields of the objects and add a "~" history row for each."""
    if not objs:
        return
    with transaction.atomic(savepoint=False):
        model._default_manager.bulk_update(objs, fields, batch_size=batch_size)
        copy_to_history(model, [obj.pk for obj in objs], history_type="~")
