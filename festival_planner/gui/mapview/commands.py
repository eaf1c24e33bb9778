"""Undoable writes shared by the Map and the Selector: save the selector's settings (lock, exclude,
weights …) and turn chosen communes into proposed sites of the campaign in one step."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from festival_planner.gui.commands import ServiceCommand
from festival_planner.gui.operations import Operations
from festival_planner.services import selection, sites
from festival_planner.services.selection import Settings
from festival_planner.services.sites import SiteRow


class SaveSelectionSettingsCommand(ServiceCommand):
    """Save the campaign's selector settings; undo writes the previous ones back."""

    def __init__(self, ops: Operations, campaign_id: uuid.UUID, before: Settings, before_version: int | None,
                 after: Settings, text: str | None = None) -> None:
        super().__init__(ops, text or QCoreApplication.translate("commands", "Đổi thiết lập chọn điểm"))
        self.campaign_id = campaign_id
        self.before, self.after = before, after
        self.version = before_version

    def _save(self, session: Session, settings: Settings) -> None:
        self.version = selection.save_settings(session, self.campaign_id, settings, self.version)

    def _do(self, session: Session) -> None:
        self._save(session, self.after)

    def _undo(self, session: Session) -> None:
        self._save(session, self.before)


def lock_command(ops: Operations, campaign_id: uuid.UUID, code: str, name: str) -> SaveSelectionSettingsCommand:
    """Lock ``code`` in (and take it off the excluded list)."""
    before, version = ops.read(lambda s: selection.get_settings(s, campaign_id))
    after = replace(before, locked=tuple(sorted(set(before.locked) | {code})),
                    excluded=tuple(c for c in before.excluded if c != code))
    return SaveSelectionSettingsCommand(ops, campaign_id, before, version, after,
                                        QCoreApplication.translate("commands", "Giữ cố định %1").replace("%1", name))


def exclude_command(ops: Operations, campaign_id: uuid.UUID, code: str, name: str) -> SaveSelectionSettingsCommand:
    """Exclude ``code`` (and take it off the locked list)."""
    before, version = ops.read(lambda s: selection.get_settings(s, campaign_id))
    after = replace(before, excluded=tuple(sorted(set(before.excluded) | {code})),
                    locked=tuple(c for c in before.locked if c != code))
    return SaveSelectionSettingsCommand(
        ops, campaign_id, before, version, after,
        QCoreApplication.translate("commands", "Loại %1 khỏi bộ chọn").replace("%1", name))


def release_command(ops: Operations, campaign_id: uuid.UUID, code: str, name: str) -> SaveSelectionSettingsCommand:
    """Take ``code`` off both the locked and the excluded lists."""
    before, version = ops.read(lambda s: selection.get_settings(s, campaign_id))
    after = replace(before, excluded=tuple(c for c in before.excluded if c != code),
                    locked=tuple(c for c in before.locked if c != code))
    return SaveSelectionSettingsCommand(
        ops, campaign_id, before, version, after,
        QCoreApplication.translate("commands", "Bỏ giữ, bỏ loại %1").replace("%1", name))


class AcceptSelectionCommand(ServiceCommand):
    """Add chosen communes as proposed sites of the campaign in one step; undo removes them all."""

    def __init__(self, ops: Operations, campaign_id: uuid.UUID, codes: Sequence[str], text: str | None = None) -> None:
        super().__init__(ops, text or QCoreApplication.translate("commands", "Đưa %1 xã vào kế hoạch")
                         .replace("%1", str(len(codes))))
        self.campaign_id = campaign_id
        self.codes = list(codes)
        self.added: list[SiteRow] = []
        self._deleted: list[SiteRow] = []

    def _remember(self, rows: list[SiteRow]) -> list[SiteRow]:
        for row in rows:
            self.ops.known_versions[row.id] = row.version
        self.added = rows
        return rows

    def _do(self, session: Session) -> None:
        if self._deleted:
            self._remember([sites.restore_site(session, row) for row in self._deleted])
        else:
            self._remember(selection.accept(session, self.campaign_id, self.codes))
        return None

    def _undo(self, session: Session) -> None:
        self._deleted = [sites.delete_site(session, row.id, self.ops.known_versions.get(row.id, row.version))
                         for row in self.added]
        return None
