"""The undoable-command machinery every workspace uses, and the year-plan command of the shell.

Each command calls the services through the write door for redo and undo; what a step changed comes
back from the data (the change log's records of its transaction, a ``ChangeSet``), so only the
workspaces that care refresh — no command declares it.

A command is *performed* once before it goes on the stack (``perform()`` raises the service's
error, so a refused change is shown and never pushed); the stack's first ``redo()`` is then skipped.
Each command remembers the row's current ``version`` so later undo/redo steps pass optimistic
locking; when a step fails (someone else changed the row), the error is shown and the command is
made obsolete so the stack drops it.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from festival_planner.domain.changes import ChangeSet
from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.gui.operations import Operations
from festival_planner.services import campaigns
from festival_planner.services.campaigns import CampaignInfo

log = logging.getLogger(__name__)

Snapshot = Any  # what a step returns: a frozen snapshot of the row after it, with ``id`` and ``version``


class ServiceCommand(QUndoCommand):
    """Common machinery: perform once, then replay through ``Operations`` and report failures."""

    def __init__(self, ops: Operations, text: str, seen: Snapshot | None = None) -> None:
        super().__init__(text)
        self.ops = ops
        self._performed = False
        self.seen = seen  # the row as the user saw it (edits and delete), for optimistic locking
        self.row: Snapshot | None = None  # the row as it is after the last step (None when deleted)

    def perform(self) -> Snapshot | None:
        """Do the change now (before pushing); raises ``FestivalPlannerError`` when refused."""
        self._seed()
        self._set_row(self.ops.perform(self._do))
        self._performed = True
        return self.row

    def _seed(self) -> None:
        """Remember the version of the row as the user saw it (edits and delete)."""
        if self.seen is not None:
            self.ops.known_versions[self.seen.id] = self.seen.version

    def _version(self, row_id: uuid.UUID) -> int:
        return self.ops.known_versions[row_id]

    def _set_row(self, row: Snapshot | None) -> None:
        self.row = row
        if row is not None:
            self.ops.known_versions[row.id] = row.version

    def redo(self) -> None:
        if self._performed:
            self._performed = False  # QUndoStack.push calls redo(); the change is already made
            return
        self._step(self._do)

    def undo(self) -> None:
        self._step(self._undo)

    def _step(self, call: Callable[[Session], Snapshot | None]) -> None:
        try:
            self._set_row(self.ops.perform(call))
        except FestivalPlannerError as exc:
            log.warning("undo/redo step failed: %s", exc.message)
            self.setObsolete(True)
            self.ops.show_error(exc)

    def _do(self, session: Session) -> Snapshot | None:
        raise NotImplementedError

    def _undo(self, session: Session) -> Snapshot | None:
        raise NotImplementedError


class WrittenCommand(QUndoCommand):
    """A write already made elsewhere (a background import), put on the undo stack by its change set.

    Undo reverts the change set's records (``services.revert``), redo reverts the undo's own records:
    exactly the rows the write made, changed or removed, and nothing else."""

    def __init__(self, ops: Operations, text: str, changes: ChangeSet) -> None:
        super().__init__(text)
        self.ops = ops
        self.forward: ChangeSet | None = changes
        self.backward: ChangeSet | None = None
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False  # QUndoStack.push calls redo(); the write is already made
            return
        self.forward = self._revert(self.backward)

    def undo(self) -> None:
        self.backward = self._revert(self.forward)

    def _revert(self, changes: ChangeSet | None) -> ChangeSet | None:
        from festival_planner.services import revert

        if changes is None:
            return None
        try:
            return self.ops.perform_tracked(lambda session: revert.revert(session, changes.records))[1]
        except FestivalPlannerError as exc:
            log.warning("undo/redo of a written command failed: %s", exc.message)
            self.setObsolete(True)
            self.ops.show_error(exc)
            return None


class EditCommand(ServiceCommand):
    """Change some fields of one row through ``update(session, id, version, **values)``; undo writes
    the old values back."""

    def __init__(self, ops: Operations, text: str, before: Snapshot, changes: dict[str, Any],
                 update: Callable[..., Snapshot]) -> None:
        super().__init__(ops, text, seen=before)
        self.new_values = dict(changes)
        self.old = {name: getattr(before, name) for name in changes}
        self._update = update

    def _do(self, session: Session) -> Snapshot:
        return self._apply(session, self.new_values)

    def _undo(self, session: Session) -> Snapshot:
        return self._apply(session, self.old)

    def _apply(self, session: Session, values: dict[str, Any]) -> Snapshot:
        assert self.seen is not None
        return self._update(session, self.seen.id, self._version(self.seen.id), **values)


class EditCampaignCommand(EditCommand):
    """Change a festival year's window, festival day or target; with ``move_tasks`` a new festival day
    also moves the due dates of the national workplan's open tasks (same transaction), and undo moves
    them back."""

    def __init__(self, ops: Operations, before: CampaignInfo, changes: dict[str, Any],
                 move_tasks: bool = False) -> None:
        super().__init__(ops, QCoreApplication.translate("commands", "Sửa kế hoạch năm %1")
                         .replace("%1", str(before.year)), before, changes, campaigns.update_campaign)
        self.move_tasks = move_tasks and "festival_day" in changes
        self.moves: tuple[Any, ...] = ()

    def _do(self, session: Session) -> Snapshot:
        if not self.move_tasks:
            return super()._do(session)
        from festival_planner.services import workplan

        assert self.seen is not None
        edit = workplan.update_campaign(session, self.seen.id, self._version(self.seen.id), move_tasks=True,
                                        **self.new_values)
        self.moves = edit.moves
        self._note_task_versions(session)
        return edit.row

    def _undo(self, session: Session) -> Snapshot:
        if not self.move_tasks:
            return super()._undo(session)
        from festival_planner.services import workplan

        assert self.seen is not None
        row = workplan.undo_update_campaign(session, self.seen.id, self._version(self.seen.id), self.moves,
                                            **self.old).row
        self._note_task_versions(session)
        return row

    def _note_task_versions(self, session: Session) -> None:
        """Moved tasks have new versions: remember them so their own edits still undo."""
        from festival_planner.services import checklists

        assert self.seen is not None
        for item in checklists.list_campaign_tasks(session, self.seen.id):
            self.ops.known_versions[item.id] = item.version
