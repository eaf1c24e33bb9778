"""Undoable changes to sites and to a year's plan: each command calls the services in a transaction
for redo and undo.

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

from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.gui.operations import Operations
from festival_planner.services import campaigns, sites
from festival_planner.services.campaigns import CampaignInfo
from festival_planner.services.sites import SiteRow

log = logging.getLogger(__name__)

Snapshot = SiteRow | CampaignInfo  # what a step returns: the row after it, with its id and version


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


class AddSiteCommand(ServiceCommand):
    """Add a commune as a site; undo deletes it, redo puts it back with the same id."""

    def __init__(self, ops: Operations, campaign_id: uuid.UUID, values: dict[str, Any],
                 commune_name: str = "") -> None:
        super().__init__(ops, QCoreApplication.translate("commands", "Thêm điểm %1").replace("%1", commune_name))
        self.campaign_id = campaign_id
        self.values = dict(values)
        self._deleted: SiteRow | None = None

    def _do(self, session: Session) -> SiteRow:
        if self._deleted is not None:
            return sites.restore_site(session, self._deleted)
        values = dict(self.values)
        return sites.add_site(session, self.campaign_id, values.pop("commune_code"), values.pop("date"), **values)

    def _undo(self, session: Session) -> None:
        assert self.row is not None
        self._deleted = sites.delete_site(session, self.row.id, self._version(self.row.id))
        return None


class EditCommand(ServiceCommand):
    """Change some fields of one row through ``update(session, id, version, **values)``; undo writes
    the old values back."""

    def __init__(self, ops: Operations, text: str, before: Snapshot, changes: dict[str, Any],
                 update: Callable[..., Snapshot]) -> None:
        super().__init__(ops, text, seen=before)
        self.changes = dict(changes)
        self.old = {name: getattr(before, name) for name in changes}
        self._update = update

    def _do(self, session: Session) -> Snapshot:
        return self._apply(session, self.changes)

    def _undo(self, session: Session) -> Snapshot:
        return self._apply(session, self.old)

    def _apply(self, session: Session, values: dict[str, Any]) -> Snapshot:
        assert self.seen is not None
        return self._update(session, self.seen.id, self._version(self.seen.id), **values)


class EditSiteCommand(EditCommand):
    """Change some fields of a site."""

    def __init__(self, ops: Operations, before: SiteRow, changes: dict[str, Any]) -> None:
        super().__init__(ops, QCoreApplication.translate("commands", "Sửa điểm %1").replace("%1", before.commune.name),
                         before, changes, sites.update_site)


class DeleteSiteCommand(ServiceCommand):
    """Delete a site; undo restores it with the same id and values."""

    def __init__(self, ops: Operations, row: SiteRow) -> None:
        super().__init__(ops, QCoreApplication.translate("commands", "Xóa điểm %1").replace("%1", row.commune.name),
                         seen=row)
        self.snapshot = row

    def _do(self, session: Session) -> None:
        site_id = self.snapshot.id
        self.snapshot = sites.delete_site(session, site_id, self._version(site_id))
        return None

    def _undo(self, session: Session) -> SiteRow:
        return sites.restore_site(session, self.snapshot)


class EditCampaignCommand(EditCommand):
    """Change a festival year's window, festival day or target."""

    def __init__(self, ops: Operations, before: CampaignInfo, changes: dict[str, Any]) -> None:
        super().__init__(ops, QCoreApplication.translate("commands", "Sửa kế hoạch năm %1")
                         .replace("%1", str(before.year)), before, changes, campaigns.update_campaign)
