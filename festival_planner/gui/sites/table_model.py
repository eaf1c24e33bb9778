"""The table of a campaign's sites: a read-only ``SnapshotTableModel`` over ``SiteRow`` snapshots and
its filter proxy.

The model holds plain snapshots from the services (never ORM objects or a Session). ``SORT_ROLE``
gives native values (dates, times, Vietnamese sort keys) and ``OBJECT_ROLE`` the ``SiteRow``.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from festival_planner.domain import messages
from festival_planner.domain.enums import InvitationStatus, SiteStatus
from festival_planner.domain.regions import region_display_name, region_label
from festival_planner.domain.text import matches_words, sort_key
from festival_planner.domain.values import format_date, format_time
from festival_planner.gui.icons import icon
from festival_planner.gui.invitation_labels import CONFLICT_COLOUR
from festival_planner.gui.invitation_labels import STATUS_COLOURS as INVITATION_COLOURS
from festival_planner.gui.invitation_labels import status_text as invitation_status_text
from festival_planner.gui.snapshot_model import OBJECT_ROLE, SORT_ROLE, AnyIndex, SnapshotTableModel, SortProxy
from festival_planner.services.sites import SiteRow

__all__ = ["OBJECT_ROLE", "SORT_ROLE", "Column", "SiteExtras", "SiteFilterProxyModel", "SiteTableModel"]

STATUS_COLOURS = {
    SiteStatus.PROPOSED: QColor("#8a5a00"),
    SiteStatus.APPROVED: QColor("#1f5fa8"),
    SiteStatus.CONFIRMED: QColor("#1b7a3a"),
    SiteStatus.HELD: QColor("#4b3b8f"),
    SiteStatus.CANCELLED: QColor("#8c8c8c"),
}
CANCELLED_TEXT = QColor("#9a9a9a")


class Column(enum.IntEnum):
    """The columns of the sites table, in display order."""

    COMMUNE = 0
    PROVINCE = 1
    REGION = 2
    DATE = 3
    TIME = 4
    VENUE = 5
    STATUS = 6
    HEAD = 7
    INVITATION = 8


@dataclass(frozen=True)
class SiteExtras:
    """What the Sites table shows of a site's delegation: the head's invitation status, the whole
    delegation (lines in precedence order) and the leader conflicts it takes part in."""

    head_status: InvitationStatus | None = None
    delegation: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()


def column_title(column: Column) -> str:
    """The (translated) header of a column."""
    titles = {
        Column.COMMUNE: QCoreApplication.translate("SiteTableModel", "Xã/phường"),
        Column.PROVINCE: QCoreApplication.translate("SiteTableModel", "Tỉnh/thành"),
        Column.REGION: QCoreApplication.translate("SiteTableModel", "Vùng"),
        Column.DATE: QCoreApplication.translate("SiteTableModel", "Ngày"),
        Column.TIME: QCoreApplication.translate("SiteTableModel", "Giờ"),
        Column.VENUE: QCoreApplication.translate("SiteTableModel", "Địa điểm"),
        Column.STATUS: QCoreApplication.translate("SiteTableModel", "Trạng thái"),
        Column.HEAD: QCoreApplication.translate("SiteTableModel", "Trưởng đoàn"),
        Column.INVITATION: QCoreApplication.translate("SiteTableModel", "Lời mời"),
    }
    return titles[column]


def status_text(status: SiteStatus) -> str:
    """The status label in the interface language, from the message catalogue (``messages.labels``)."""
    return messages.label(SiteStatus(status))


def display_text(row: SiteRow, column: Column) -> str:
    """What a cell shows."""
    if column is Column.COMMUNE:
        return row.commune.name
    if column is Column.PROVINCE:
        return row.commune.province
    if column is Column.REGION:
        return region_label(row.commune.regions, display=True)  # the main region; all are in the tooltip
    if column is Column.DATE:
        return format_date(row.date)
    if column is Column.TIME:
        start, end = format_time(row.start_time), format_time(row.end_time)
        return f"{start}–{end}" if start and end else start or end
    if column is Column.VENUE:
        return row.venue
    if column is Column.STATUS:
        return status_text(row.status)
    if column is Column.INVITATION:
        return ""  # the model shows the head's invitation status (from its extras)
    return row.head_of_delegation or ""


def sort_value(row: SiteRow, column: Column) -> Any:
    """A native value to sort a cell by (dates as dates, text in Vietnamese order)."""
    if column is Column.DATE:
        return (row.date, row.start_time or dt.time.min)
    if column is Column.TIME:
        return (row.start_time or dt.time.min, row.date)
    if column is Column.STATUS:
        return list(SiteStatus).index(row.status)
    return sort_key(display_text(row, column))


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
