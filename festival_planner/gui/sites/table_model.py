"""The table of a campaign's sites: a read-only ``SnapshotTableModel`` over ``SiteRow`` snapshots and
its filter proxy.

The model holds plain snapshots from the services (never ORM objects or a Session). ``SORT_ROLE``
gives native values (dates, times, Vietnamese sort keys) and ``OBJECT_ROLE`` the ``SiteRow``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush

from festival_planner.domain.enums import InvitationStatus, SiteStatus
from festival_planner.domain.regions import region_display_name
from festival_planner.domain.text import matches_words
from festival_planner.gui.icons import icon
from festival_planner.gui.invitation_labels import CONFLICT_COLOUR
from festival_planner.gui.invitation_labels import STATUS_COLOURS as INVITATION_COLOURS
from festival_planner.gui.invitation_labels import status_text as invitation_status_text
from festival_planner.gui.sites.columns import (
    CANCELLED_TEXT,
    STATUS_COLOURS,
    Column,
    column_title,
    display_text,
    sort_value,
)
from festival_planner.gui.snapshot_model import OBJECT_ROLE, SORT_ROLE, AnyIndex, SnapshotTableModel, SortProxy
from festival_planner.services.sites import SiteRow

__all__ = ["OBJECT_ROLE", "SORT_ROLE", "STATUS_COLOURS", "Column", "SiteExtras", "SiteFilterProxyModel",
           "SiteTableModel"]



@dataclass(frozen=True)
class SiteExtras:
    """What the Sites table shows of a site's delegation: the head's invitation status, the whole
    delegation (lines in precedence order) and the leader conflicts it takes part in."""

    head_status: InvitationStatus | None = None
    delegation: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()


class SiteTableModel(SnapshotTableModel):
    """Read-only rows of ``SiteRow`` snapshots with their delegations; ``set_rows`` replaces them (in
    place when the same sites are shown, so an edit keeps the selection and the scroll position)."""

    Column = Column

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._extras: dict[uuid.UUID, SiteExtras] = {}

    def set_rows(self, rows: list[SiteRow], extras: dict[uuid.UUID, SiteExtras] | None = None) -> None:
        """Show these rows with their delegations."""
        self._extras = dict(extras or {})
        super().set_rows(rows)

    def update_rows(self, rows: list[SiteRow], extras: dict[uuid.UUID, SiteExtras] | None = None) -> None:
        """Replace the shown rows with these snapshots of the same sites (and their delegations), in
        place (no reset, no resort of the untouched rows): what an edit of a few sites costs."""
        shown = {row.id for row in rows if self.row_of(row.id) >= 0}
        self._extras.update({i: e for i, e in (extras or {}).items() if i in shown})
        super().update_rows(rows)

    def extras(self, site_id: uuid.UUID) -> SiteExtras:
        """The delegation and conflicts shown for a site."""
        return self._extras.get(site_id, SiteExtras())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.rowCount():
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def title(self, column: int) -> str:
        return column_title(Column(column))

    def display(self, row: SiteRow, column: int) -> str:
        if column == Column.INVITATION:
            status = self.extras(row.id).head_status
            return invitation_status_text(status) if status else ""
        return display_text(row, Column(column))

    def sort_value(self, row: SiteRow, column: int) -> Any:
        if column == Column.INVITATION:
            status = self.extras(row.id).head_status
            return list(InvitationStatus).index(status) if status else -1
        return sort_value(row, Column(column))

    def style(self, row: SiteRow, column: int, role: int) -> Any:
        column = Column(column)
        extras = self._extras.get(row.id)
        if extras is not None and extras.conflicts:
            if role == Qt.ItemDataRole.DecorationRole and column is Column.COMMUNE:
                return icon("warning")
            if role == Qt.ItemDataRole.ToolTipRole and column in (Column.COMMUNE, Column.HEAD):
                heading = QCoreApplication.translate("SiteTableModel", "Trùng lịch lãnh đạo:")
                return "\n".join((heading, *extras.conflicts, *(("",) + extras.delegation
                                                                 if column is Column.HEAD else ())))
            if role == Qt.ItemDataRole.ForegroundRole and column is Column.HEAD:
                return QBrush(CONFLICT_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.HEAD, Column.INVITATION) \
                and extras is not None and extras.delegation:
            return "\n".join(extras.delegation)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.INVITATION and extras and extras.head_status:
            return QBrush(INVITATION_COLOURS[extras.head_status])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is Column.STATUS:
                return QBrush(STATUS_COLOURS[row.status])
            if row.status is SiteStatus.CANCELLED:
                return QBrush(CANCELLED_TEXT)
        return None

    def _tooltip(self, row: SiteRow, column: Column) -> str | None:
        if column in (Column.COMMUNE, Column.PROVINCE):
            old = ", ".join(row.commune.old_provinces)
            return QCoreApplication.translate("SiteTableModel", "%1 — mã %2 (trước 2025: %3)").replace(
                "%1", row.commune.label).replace("%2", row.commune.code).replace("%3", old)
        if column is Column.REGION:
            return ", ".join(region_display_name(code) for code in row.commune.regions) or None
        if column is Column.VENUE and row.notes:
            return row.notes
        return None


def filter_groups(text: str) -> list[str]:
    """Split a filter into the groups that must each match one field: at commas, and where words turn
    into numbers ("tay nguyen 05/08" → "tay nguyen", "05/08"); letters stay together ("tay bac")."""
    groups: list[str] = []
    for part in text.split(","):
        current: list[str] = []
        numeric: bool | None = None
        for word in part.split():
            is_number = any(ch.isdigit() for ch in word)
            if current and is_number != numeric:
                groups.append(" ".join(current))
                current = []
            current.append(word)
            numeric = is_number
        if current:
            groups.append(" ".join(current))
    return groups


class SiteFilterProxyModel(SortProxy):
    """Sorts by ``SORT_ROLE`` and keeps the rows whose fields match the words typed (whole words of one
    field, the last one may be unfinished; diacritics optional unless typed; commas separate groups
    that may match different fields: "tay bac, 08/2026")."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""

    def set_filter_text(self, text: str) -> None:
        """Filter as the user types: "dak lak" keeps rows in Đắk Lắk; "tay bac" not a Tây Nam Bộ row of Bạc Liêu."""
        text = text.strip()
        if text != self._text:
            self.beginFilterChange()
            self._text = text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filter_text(self) -> str:
        return self._text

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._text:
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(OBJECT_ROLE)
        if row is None:
            return False
        fields = [display_text(row, column) for column in Column]
        fields += [*row.commune.old_provinces, *row.commune.region_names]
        return all(matches_words(group, fields) for group in filter_groups(self._text))
