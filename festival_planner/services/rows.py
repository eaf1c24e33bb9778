"""Row helpers every service shares: load a row or say it is gone, and one versioned update.

``apply_update`` is the single write path for editing a row: it checks the version the user saw,
applies only what differs, flushes (SQLAlchemy's ``version_id_col`` catches a concurrent writer)
and writes the change log — stale data ends in one ``ConflictError`` however it is detected.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from festival_planner.domain.errors import ConflictError, NotFoundError
from festival_planner.services import changelog

Row = TypeVar("Row")


def load(session: Session, model: type[Row], row_id: uuid.UUID, not_found_code: str, **params: object) -> Row:
    """The row of ``model`` with this id, or ``NotFoundError(not_found_code)``."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(not_found_code, **params)
    return row


def check_version(row: Any, expected_version: int | None, stale_code: str) -> None:
    """Refuse with ``ConflictError(stale_code)`` when the row changed since the user read it."""
    if expected_version is not None and row.version != expected_version:
        raise ConflictError(stale_code)


def apply_update(session: Session, entity: str, row: Any, expected_version: int | None,
                 changes: Mapping[str, Any], stale_code: str) -> dict[str, Any]:
    """Write ``changes`` (already validated) to ``row`` if its version is still ``expected_version``.

    Returns the fields that really changed (empty: nothing was written, no log row)."""
    check_version(row, expected_version, stale_code)
    before = {name: getattr(row, name) for name in changes}
    changed = {k: v for k, v in changes.items() if before[k] != v}
    if not changed:
        return {}
    for name, value in changed.items():
        setattr(row, name, value)
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConflictError(stale_code) from exc
    changelog.record(session, entity, row.id, "update", {k: before[k] for k in changed}, changed)
    return changed
