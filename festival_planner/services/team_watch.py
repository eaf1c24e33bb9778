"""Others' changes on a team server, as change sets: what a window shows is refreshed from them the
same way as from its own writes (``ChangeSet`` → the workspaces that care).

``ChangeWatch.poll()`` is one cheap query of the change log's newest entries (the ``at`` index): the
records written since the last poll that this window did not write itself (it knows its own by the
ids the change log notes on each write session — ``changelog.LOG_IDS_KEY``). Each PC stamps ``at``
with its own clock, and a transaction's rows become visible only when it commits, so the watch
reads the ids of the entries from ``LOOK_BACK`` before the newest stamp it has seen and then the full
rows of the ones it has not seen. (The changes of a PC whose clock is more than ``LOOK_BACK`` behind
the newest stamp are not announced: other windows show them when they next reload what they show.)
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, sessionmaker

from festival_planner.domain.changes import ChangeRecord, ChangeSet
from festival_planner.domain.models import ChangeLog
from festival_planner.services.changelog import LOG_IDS_KEY

LOOK_BACK = dt.timedelta(seconds=60)  # the team's PCs' clocks and long transactions: within this
CHUNK = 500  # full rows read per query


class ChangeWatch:
    """Polls one database's change log for entries written by others."""

    def __init__(self, read: Callable[[], AbstractContextManager[Session]],
                 writer: sessionmaker[Session] | None = None) -> None:
        self._read = read
        self._own: set[uuid.UUID] = set()
        self._seen: dict[uuid.UUID, dt.datetime] = {}
        if writer is not None:
            event.listen(writer, "after_commit", self._remember_own)
        self._writer = writer
        with self._read() as session:
            newest = session.scalar(select(func.max(ChangeLog.at)))
            self._since = newest or dt.datetime(1970, 1, 1)
            self._seen.update(self._window(session))

    def close(self) -> None:
        if self._writer is not None and event.contains(self._writer, "after_commit", self._remember_own):
            event.remove(self._writer, "after_commit", self._remember_own)

    def _remember_own(self, session: Session) -> None:
        self._own.update(session.info.get(LOG_IDS_KEY, ()))

    def _window(self, session: Session) -> dict[uuid.UUID, dt.datetime]:
        """The ids and stamps of the entries since the look-back horizon (the ``at`` index; ids only)."""
        rows = session.execute(select(ChangeLog.id, ChangeLog.at).where(ChangeLog.at >= self._since - LOOK_BACK))
        return {row.id: row.at for row in rows}

    def poll(self) -> ChangeSet:
        """What others changed since the last poll (empty when nothing)."""
        records: list[ChangeRecord] = []
        horizon = self._since - LOOK_BACK
        with self._read() as session:
            # the usual case, nothing new: one count over the ``at`` index equals the entries already seen
            known = sum(1 for at in self._seen.values() if at >= horizon)
            if session.scalar(select(func.count()).select_from(ChangeLog).where(ChangeLog.at >= horizon)) == known:
                return ChangeSet()
            fresh = {key: at for key, at in self._window(session).items() if key not in self._seen}
            if not fresh:
                return ChangeSet()
            self._seen.update(fresh)
            self._since = max(self._since, *fresh.values())
            theirs = [key for key in fresh if key not in self._own]
            self._own.difference_update(fresh)
            for start in range(0, len(theirs), CHUNK):
                for row in session.execute(
                        select(ChangeLog.entity, ChangeLog.entity_id, ChangeLog.action, ChangeLog.before,
                               ChangeLog.after, ChangeLog.at)
                        .where(ChangeLog.id.in_(theirs[start:start + CHUNK])).order_by(ChangeLog.at)):
                    fields = frozenset((row.after or {}).keys()) | frozenset((row.before or {}).keys()) \
                        if row.action == "update" else frozenset()
                    records.append(ChangeRecord(row.entity, row.entity_id, row.action, fields, row.before,
                                                row.after))
        horizon = self._since - LOOK_BACK
        self._seen = {key: at for key, at in self._seen.items() if at >= horizon}
        return ChangeSet.of(records)
