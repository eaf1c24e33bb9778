"""Undoable changes of the leaders side: add, edit, deactivate a leader; invite a leader to a site;
move an invitation along its workflow (with an override reason when accepting creates a conflict)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from festival_planner.domain.enums import InvitationRole, InvitationStatus
from festival_planner.gui.commands import EditCommand, ServiceCommand
from festival_planner.gui.operations import Operations
from festival_planner.services import invitations, leaders
from festival_planner.services.invitations import InvitationRow
from festival_planner.services.leaders import LeaderRow


class AddLeaderCommand(ServiceCommand):
    """Add a leader; undo deletes it (refused once invited), redo adds it back with the same id."""

    def __init__(self, ops: Operations, values: dict[str, Any]) -> None:
        name = str(values.get("full_name", ""))
        super().__init__(ops, QCoreApplication.translate("commands", "Thêm lãnh đạo %1").replace("%1", name))
        self.values = dict(values)
        self._id: uuid.UUID | None = None

    def _do(self, session: Session) -> LeaderRow:
        values = dict(self.values)
        row = leaders.add_leader(session, values.pop("full_name"), leader_id=self._id, **values)
        self._id = row.id
        return row

    def _undo(self, session: Session) -> None:
        assert self.row is not None
        leaders.delete_leader(session, self.row.id, self._version(self.row.id))
        return None


class EditLeaderCommand(EditCommand):
    """Change some fields of a leader (deactivating is ``{"active": False}``)."""

    def __init__(self, ops: Operations, before: LeaderRow, changes: dict[str, Any], text: str | None = None) -> None:
        text = text or QCoreApplication.translate("commands", "Sửa lãnh đạo %1").replace("%1", before.full_name)
        super().__init__(ops, text, before, changes, leaders.update_leader)


def deactivate_command(ops: Operations, row: LeaderRow) -> EditLeaderCommand:
    """Mark a leader inactive (kept with their history); undo makes them active again."""
    text = QCoreApplication.translate("commands", "Ngừng theo dõi %1").replace("%1", row.full_name)
    return EditLeaderCommand(ops, row, {"active": False}, text)


class InviteCommand(ServiceCommand):
    """Invite a leader to a site; undo removes the invitation, redo puts it back with the same id."""

    def __init__(self, ops: Operations, site_id: uuid.UUID, leader_id: uuid.UUID, role: InvitationRole, *,
                 status: InvitationStatus = InvitationStatus.PROPOSED, note: str = "", override_reason: str = "",
                 leader_name: str = "") -> None:
        super().__init__(ops, QCoreApplication.translate("commands", "Mời %1").replace("%1", leader_name))
        self.args = (site_id, leader_id, role)
        self.kwargs: dict[str, Any] = {"status": status, "note": note, "override_reason": override_reason}
        self._id: uuid.UUID | None = None

    def _do(self, session: Session) -> InvitationRow:
        row = invitations.invite(session, *self.args, invitation_id=self._id, **self.kwargs)
        self._id = row.id
        return row

    def _undo(self, session: Session) -> None:
        assert self.row is not None
        invitations.remove_invitation(session, self.row.id, self._version(self.row.id))
        return None


class SetInvitationStatusCommand(ServiceCommand):
    """Move an invitation to another status (dates stamped by the service); undo writes back the
    status, dates and override reason it had."""

    def __init__(self, ops: Operations, before: InvitationRow, status: InvitationStatus,
                 override_reason: str = "") -> None:
        from festival_planner.gui.invitation_labels import status_text

        text = QCoreApplication.translate("commands", "%1: %2").replace("%1", before.leader_name) \
            .replace("%2", status_text(status))
        super().__init__(ops, text, seen=before)
        self.status = status
        self.reason = override_reason
        self.old = {"status": before.status, "sent_on": before.sent_on, "answered_on": before.answered_on,
                    "override_reason": before.override_reason}

    def _do(self, session: Session) -> InvitationRow:
        assert self.seen is not None
        return invitations.set_status(session, self.seen.id, self._version(self.seen.id), self.status,
                                      override_reason=self.reason)

    def _undo(self, session: Session) -> InvitationRow:
        assert self.seen is not None
        return invitations.update_invitation(session, self.seen.id, self._version(self.seen.id), **self.old)
