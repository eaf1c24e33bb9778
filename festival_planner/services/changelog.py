"""The audit trail: every change a service makes is written to ``change_log`` in the same transaction."""

from __future__ import annotations

import datetime as dt
import getpass
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from festival_planner.domain.changes import ChangeRecord, note
from festival_planner.domain.models import ChangeLog

_ACTOR_KEY = "festival_planner.actor"
# The ids of the change-log rows a session wrote: a window watching a team server for others' changes
# knows its own by them (``services.team_watch``).
LOG_IDS_KEY = "festival_planner.change_log_ids"


def current_actor(session: Session | None = None) -> str:
    """Who is writing: on a server database the server login (``current_user``: what the server itself
    vouches for), on a SQLite file the operating system's user name."""
    if session is not None:
        bind = session.get_bind()
        if bind.dialect.name != "sqlite":
            actor = session.info.get(_ACTOR_KEY)
            if actor is None:
                actor = session.info[_ACTOR_KEY] = str(session.execute(text("SELECT current_user")).scalar() or "")
            return str(actor)
    try:
        return getpass.getuser()
    except Exception:
        return ""


def jsonable(values: dict[str, Any]) -> dict[str, Any]:
    """Values as JSON-friendly plain types (dates as ISO strings, UUIDs as strings, enums as values)."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, (dt.date, dt.time, dt.datetime)):
            value = value.isoformat()
        elif isinstance(value, uuid.UUID):
            value = str(value)
        elif hasattr(value, "value") and not isinstance(value, (int, float, str)):
            value = value.value
        elif isinstance(value, str) and hasattr(value, "value"):
            value = value.value  # str-based enums
        out[key] = value
    return out


def _fields(action: str, before: Mapping[str, Any] | None, after: Mapping[str, Any] | None) -> frozenset[str]:
    """The fields an update changed (a create or delete touches the whole row: no field list)."""
    if action != "update":
        return frozenset()
    return frozenset((after or {}).keys()) | frozenset((before or {}).keys())


def record(session: Session, entity: str, entity_id: uuid.UUID | str, action: str,
           before: dict[str, Any] | None = None, after: dict[str, Any] | None = None) -> None:
    """Add one audit row (flushed with the caller's transaction), noted for the write's change set."""
    logged_before = jsonable(before) if before is not None else None
    logged_after = jsonable(after) if after is not None else None
    note(session.info, ChangeRecord(entity, str(entity_id), action, _fields(action, before, after),
                                    logged_before, logged_after))
    log_id = uuid.uuid4()
    session.info.setdefault(LOG_IDS_KEY, []).append(log_id)
    session.add(ChangeLog(id=log_id, actor=current_actor(session), entity=entity, entity_id=str(entity_id),
                          action=action, before=logged_before, after=logged_after))


def record_many(session: Session, entity: str, action: str,
                changes: Sequence[tuple[uuid.UUID | str, Mapping[str, Any] | None, Mapping[str, Any] | None]]) -> None:
    """Audit rows for many rows at once (entity id, before, after), in one bulk INSERT."""
    if not changes:
        return
    from sqlalchemy import insert

    actor, now = current_actor(session), dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows = []
    for entity_id, before, after in changes:
        logged_before = jsonable(dict(before)) if before is not None else None
        logged_after = jsonable(dict(after)) if after is not None else None
        note(session.info, ChangeRecord(entity, str(entity_id), action, _fields(action, before, after),
                                        logged_before, logged_after))
        log_id = uuid.uuid4()
        session.info.setdefault(LOG_IDS_KEY, []).append(log_id)
        rows.append({"id": log_id, "at": now, "actor": actor, "entity": entity, "entity_id": str(entity_id),
                     "action": action, "before": logged_before, "after": logged_after})
    session.execute(insert(ChangeLog), rows)


def last_actor(session: Session, entity: str, entity_id: uuid.UUID | str) -> str:
    """Who wrote the newest change-log entry of one row ("" when nobody is recorded)."""
    from sqlalchemy import select

    return session.scalar(select(ChangeLog.actor).where(ChangeLog.entity == entity,
                                                        ChangeLog.entity_id == str(entity_id))
                          .order_by(ChangeLog.at.desc()).limit(1)) or ""
