"""Undoable changes to the sites of a campaign: add, edit, delete."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from festival_planner.gui.commands import EditCommand, ServiceCommand
from festival_planner.gui.operations import Operations
from festival_planner.services import checklists, site_edits, sites
from festival_planner.services.checklists import DueDateMove
from festival_planner.services.sites import SiteRow


class AddSiteCommand(ServiceCommand):
    """Add a commune as a site; undo deletes it, redo puts it back with the same id."""

    def __init__(self, ops: Operations, campaign_id: uuid.UUID, values: dict[str, Any],
                 commune_name: str = "") -> None:
        super().__init__(ops, QCoreApplication.translate("commands", "Thêm điểm %1").replace("%1", commune_name))
        self.campaign_id = campaign_id
        self.values = dict(values)
        self._deleted: sites.DeletedSite | None = None

    def _do(self, session: Session) -> SiteRow:
        if self._deleted is not None:  # with what was added to it meanwhile (their own steps still undo)
            return sites.restore_site_with_children(session, self._deleted)
        values = dict(self.values)
        return sites.add_site(session, self.campaign_id, values.pop("commune_code"), values.pop("date"), **values)

    def _undo(self, session: Session) -> None:
        assert self.row is not None
        self._deleted = sites.delete_site_with_children(session, self.row.id, self._version(self.row.id))
        return None


class EditSiteCommand(EditCommand):
    """Change some fields of a site; with ``move_checklist`` a new date also moves the due dates of
    the site's open checklist items (same transaction), and undo moves them back."""

    def __init__(self, ops: Operations, before: SiteRow, changes: dict[str, Any],
                 move_checklist: bool = False) -> None:
        super().__init__(ops, QCoreApplication.translate("commands", "Sửa điểm %1").replace("%1", before.commune.name),
                         before, changes, sites.update_site)
        self.move_checklist = move_checklist and "date" in changes
        self.moves: tuple[DueDateMove, ...] = ()

    def _do(self, session: Session) -> SiteRow:
        if not self.move_checklist:
            return super()._do(session)
        assert self.seen is not None
        edit = site_edits.update_site(session, self.seen.id, self._version(self.seen.id), move_checklist=True,
                                      **self.new_values)
        self.moves = edit.moves
        self._note_item_versions(session)
        return edit.row

    def _note_item_versions(self, session: Session) -> None:
        """Moved items have new versions: remember them so their own edits still undo."""
        for item in checklists.list_items(session, self.seen.id):
            self.ops.known_versions[item.id] = item.version

    def _undo(self, session: Session) -> SiteRow:
        if not self.move_checklist:
            return super()._undo(session)
        assert self.seen is not None
        row = site_edits.undo_update_site(session, self.seen.id, self._version(self.seen.id), self.moves,
                                          **self.old).row
        self._note_item_versions(session)
        return row


class DeleteSiteCommand(ServiceCommand):
    """Delete a site; undo restores it with the same id and values, and its programme, invitations,
    checklist, budget, commendations and gifts with theirs."""

    def __init__(self, ops: Operations, row: SiteRow) -> None:
        super().__init__(ops, QCoreApplication.translate("commands", "Xóa điểm %1").replace("%1", row.commune.name),
                         seen=row)
        self.snapshot = row

    def _do(self, session: Session) -> None:
        site_id = self.snapshot.id
        self.deleted = sites.delete_site_with_children(session, site_id, self._version(site_id))
        self.snapshot = self.deleted.row
        return None

    def _undo(self, session: Session) -> SiteRow:
        restored = sites.restore_site_with_children(session, self.deleted)
        for _name, found in self.deleted.children:  # the rows come back with their versions
            for row in found:
                self.ops.known_versions[row["id"]] = row["version"]
        return restored
