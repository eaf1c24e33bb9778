"""The Sites table's own columns — titles, cell texts, sort values — without the services or the ORM.

Shared by the table model (``table_model``) and the window's first paint (``gui.first_paint``),
which shows the same cells from a plain ``sqlite3`` read before the ORM loads: a row is anything
with ``SiteRow``'s attributes (``store.first_read.FirstSite`` or ``services.sites.SiteRow``).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from festival_planner.domain import messages
from festival_planner.domain.enums import SiteStatus
from festival_planner.domain.regions import region_label
from festival_planner.domain.text import sort_key
from festival_planner.domain.values import format_date, format_time

__all__ = ["CANCELLED_TEXT", "STATUS_COLOURS", "Column", "column_title", "display_text", "sort_value", "status_text"]


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


def display_text(row: Any, column: Column) -> str:
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


def sort_value(row: Any, column: Column) -> Any:
    """A native value to sort a cell by (dates as dates, text in Vietnamese order)."""
    if column is Column.DATE:
        return (row.date, row.start_time or dt.time.min)
    if column is Column.TIME:
        return (row.start_time or dt.time.min, row.date)
    if column is Column.STATUS:
        return list(SiteStatus).index(row.status)
    return sort_key(display_text(row, column))
