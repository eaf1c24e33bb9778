"""Undo a write from its own change records: what a transaction created is deleted, what it deleted
is put back, what it updated gets its values from before — itself one recorded write.

Used for the undo of whole operations that no single row command describes (a plan import: sites,
leaders, invitations and maybe a new year; a leaders import), and it is the base a field-kit merge
can undo with later. The records come from ``Database.write``'s change set (``domain.changes``), in
the order they were made; rows are removed children first and put back parents first (the schema's
foreign keys decide), whatever order the write logged them in.
An update is reverted only while the row still holds the values the write gave it (otherwise someone
changed it since: ``ConflictError("undo_stale")``, nothing written). Deletions made here log the
whole row, so reverting a revert (redo) puts exactly those rows back.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import JSON, Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from festival_planner.domain.changes import ChangeRecord
from festival_planner.domain.errors import ConflictError, ValidationError
from festival_planner.domain.models import Base
from festival_planner.services import changelog

AUDIT_ONLY_ACTIONS = frozenset({"override"})  # records that explain a write but change no row themselves


def _table(entity: str) -> Table:
    table = Base.metadata.tables.get(entity)
    if table is None or "id" not in table.c:
        raise ValidationError("cannot_undo", entity=entity)
    return table


def python_value(table: Table, name: str, value: Any) -> Any:
    """A logged (JSON) value back in the column's Python type (also a field kit's rows, services.kits)."""
    if value is None or name not in table.c:
        return value
    column_type = table.c[name].type
    if isinstance(column_type, JSON):
        return value
    enum_class = getattr(column_type, "enum_class", None)
    if enum_class is not None and issubclass(enum_class, enum.Enum):
        return enum_class(value)
    try:
        kind = column_type.python_type
    except NotImplementedError:
        return value
    if isinstance(value, str):
        if kind is dt.datetime:
            return dt.datetime.fromisoformat(value)
        if kind is dt.date:
            return dt.date.fromisoformat(value)
        if kind is dt.time:
            return dt.time.fromisoformat(value)
        if kind is uuid.UUID:
            return uuid.UUID(value)
    return value


def _values(table: Table, logged: Mapping[str, Any] | None) -> dict[str, Any]:
    return {name: python_value(table, name, value) for name, value in (logged or {}).items() if name in table.c}


def _row(session: Session, table: Table, row_id: uuid.UUID) -> dict[str, Any] | None:
    found = session.execute(select(table).where(table.c.id == row_id)).mappings().first()
    return dict(found) if found is not None else None


def _same(current: Any, wanted: Any) -> bool:
    if isinstance(current, float) or isinstance(wanted, float):
        return current is not None and wanted is not None and abs(float(current) - float(wanted)) < 1e-9
    return bool(current == wanted)


def revert(session: Session, records: Sequence[ChangeRecord]) -> None:
    """Write the opposite of ``records`` (one write's change set, in order) — all or nothing."""
    order = {table.name: n for n, table in enumerate(Base.metadata.sorted_tables)}  # parents before children
    wanted = [r for r in reversed(records) if r.action not in AUDIT_ONLY_ACTIONS]
    updates = [r for r in wanted if r.action == "update"]
    removals = sorted((r for r in wanted if r.action == "create"), key=lambda r: -order.get(r.entity, 0))
    restores = sorted((r for r in wanted if r.action == "delete"), key=lambda r: order.get(r.entity, 0))
    others = [r for r in wanted if r.action not in ("update", "create", "delete")]
    try:
        for record in updates:
            _revert_one(session, record)
        for entity, group in itertools.groupby(removals, key=lambda r: r.entity):  # children go first
            _remove_many(session, entity, list(group))
        for entity, group in itertools.groupby(restores, key=lambda r: r.entity):  # parents come back first
            _restore_many(session, entity, list(group))
        for record in others:
            _revert_one(session, record)
        session.flush()
    except IntegrityError as exc:  # a row made since depends on one this undo would remove
        raise ConflictError("undo_stale") from exc


_CHUNK = 500  # ids per SELECT / DELETE … IN (…)


def _remove_many(session: Session, entity: str, records: Sequence[ChangeRecord]) -> None:
    """Undo the creation of many rows of one table: each row still there is deleted and logged with its
    whole values (so a redo puts it back) — a few statements for a whole import, not three per row."""
    table = _table(entity)
    session.flush()
    ids = list(dict.fromkeys(uuid.UUID(r.entity_id) for r in records))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        found = {row["id"]: dict(row) for row in
                 session.execute(select(table).where(table.c.id.in_(chunk))).mappings()}
        if not found:
            continue  # already gone
        session.execute(delete(table).where(table.c.id.in_(list(found))))
        changelog.record_many(session, entity, "delete", [(row_id, found[row_id], None)
                                                          for row_id in chunk if row_id in found])


def _restore_many(session: Session, entity: str, records: Sequence[ChangeRecord]) -> None:
    """Undo the deletion of many rows of one table: put each back with its logged values (one INSERT
    for them all), refused when a row of that id exists again."""
    table = _table(entity)
    session.flush()
    rows = [(uuid.UUID(r.entity_id), _values(table, r.before)) for r in records]
    required = [c.name for c in table.c if not c.nullable and c.default is None and c.server_default is None]
    if any(name not in values for _row_id, values in rows for name in required):
        raise ValidationError("cannot_undo", entity=entity)
    ids = [row_id for row_id, _values in rows]
    for start in range(0, len(ids), _CHUNK):
        if session.execute(select(table.c.id).where(table.c.id.in_(ids[start:start + _CHUNK]))).first():
            raise ConflictError("undo_stale")
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for _row_id, values in rows:  # one executemany per set of columns (all the same, for one table)
        by_columns.setdefault(tuple(values), []).append(values)
    for group in by_columns.values():
        session.execute(insert(table), group)
    changelog.record_many(session, entity, "create", [(row_id, None, values) for row_id, values in rows])


def _revert_one(session: Session, record: ChangeRecord) -> None:
    table = _table(record.entity)
    row_id = uuid.UUID(record.entity_id)
    current = _row(session, table, row_id)
    if record.action == "create":
        if current is None:
            return  # already gone
        session.execute(delete(table).where(table.c.id == row_id))
        changelog.record(session, record.entity, row_id, "delete", current, None)
    elif record.action == "delete":
        if current is not None:
            raise ConflictError("undo_stale")
        values = _values(table, record.before)
        missing = [c.name for c in table.c if not c.nullable and c.name not in values and c.default is None
                   and c.server_default is None]
        if missing:
            raise ValidationError("cannot_undo", entity=record.entity)
        session.execute(insert(table).values(**values))
        changelog.record(session, record.entity, row_id, "create", None, values)
    elif record.action == "update":
        if current is None:
            raise ConflictError("undo_stale")
        after = _values(table, record.after)
        if any(not _same(current[name], value) for name, value in after.items()):
            raise ConflictError("undo_stale")
        values = _values(table, record.before)
        if "version" in table.c and "version" not in values:
            values["version"] = int(current["version"]) + 1
        session.execute(update(table).where(table.c.id == row_id).values(**values))
        changelog.record(session, record.entity, row_id, "update", {k: current[k] for k in values}, values)
    else:
        raise ValidationError("cannot_undo", entity=record.entity)
