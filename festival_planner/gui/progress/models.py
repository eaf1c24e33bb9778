"""The dashboard's tables: sites (coloured by risk), regions, and the national workplan's tasks."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from festival_planner.domain import messages
from festival_planner.domain.enums import ChecklistStatus, SiteStatus
from festival_planner.domain.text import sort_key
from festival_planner.domain.values import format_date, format_number
from festival_planner.gui.snapshot_model import SnapshotTableModel

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

RISK_COLOURS = {"late": QColor("#f8d0cd"), "at_risk": QColor("#fde9bf"), "on_track": None,
                "done": QColor("#d5efd9"), "held": QColor("#e3defa"), "cancelled": QColor("#e6e6e6"),
                "past": QColor("#e6e6e6")}
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def risk_text(risk: str) -> str:
    return {"late": translate("ProgressModel", "Chậm, có việc quá hạn"),
            "at_risk": translate("ProgressModel", "Có nguy cơ chậm"),
            "on_track": translate("ProgressModel", "Đúng tiến độ"),
            "done": translate("ProgressModel", "Đã sẵn sàng"),
            "past": translate("ProgressModel", "Đã qua ngày tổ chức"),
            "held": messages.label(SiteStatus.HELD),  # a site held or cancelled: its status says it
            "cancelled": messages.label(SiteStatus.CANCELLED)}.get(risk, risk)


def days_text(days: int) -> str:
    """Days to the event: "12", "hôm nay", or "đã qua 150 ngày" (never "−150")."""
    if days > 0:
        return str(days)
    if days == 0:
        return translate("ProgressModel", "hôm nay")
    return translate("ProgressModel", "đã qua %1 ngày").replace("%1", str(-days))


def percent(value: float) -> str:
    """0.853 → "85,3 %" in Vietnamese, "85.3 %" in English."""
    return f"{format_number(value * 100, 1)} %"


class SiteProgressModel(SnapshotTableModel):
    """One row per site (``SiteProgress``)."""

    class Column(enum.IntEnum):
        COMMUNE = 0
        PROVINCE = 1
        REGION = 2
        DATE = 3
        DAYS = 4
        READINESS = 5
        DONE = 6
        OVERDUE = 7
        HEAD = 8
        RISK = 9

    def key(self, row: Any) -> Any:
        return row.site_id

    def title(self, column: int) -> str:
        return [translate("ProgressModel", "Xã/phường"),
                translate("ProgressModel", "Tỉnh/thành"),
                translate("ProgressModel", "Vùng"),
                translate("ProgressModel", "Ngày"),
                translate("ProgressModel", "Còn (ngày)"),
                translate("ProgressModel", "Sẵn sàng"),
                translate("ProgressModel", "Đã xong"),
                translate("ProgressModel", "Quá hạn"),
                translate("ProgressModel", "Trưởng đoàn"),
                translate("ProgressModel", "Đánh giá")][column]

    def display(self, row: Any, column: int) -> str:
        from festival_planner.domain.regions import region_display_name

        return [row.commune_name, row.province, region_display_name(row.region) if row.region else "",
                format_date(row.date),
                days_text(row.days_to_event), percent(row.readiness), f"{row.done}/{row.total}", str(row.overdue),
                row.head_of_delegation or "", risk_text(row.risk)][column]

    def sort_value(self, row: Any, column: int) -> Any:
        C = self.Column
        native = {C.DATE: row.date, C.DAYS: row.days_to_event, C.READINESS: row.readiness, C.DONE: row.done,
                  C.OVERDUE: row.overdue, C.RISK: ["late", "at_risk", "on_track", "done", "past", "held",
                                                    "cancelled"].index(row.risk) if row.risk in RISK_COLOURS else 9}
        return native[column] if column in native else sort_key(self.display(row, column))

    def style(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and RISK_COLOURS.get(row.risk) is not None:
            return QBrush(RISK_COLOURS[row.risk])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.Column.DAYS, self.Column.READINESS,
                                                                    self.Column.DONE, self.Column.OVERDUE):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.Column.OVERDUE and row.blocked:
            return translate("ProgressModel", "%1 việc vướng mắc").replace("%1", str(row.blocked))
        return None


class RegionProgressModel(SnapshotTableModel):
    """One row per region (``RegionProgress``)."""

    class Column(enum.IntEnum):
        REGION = 0
        SITES = 1
        READINESS = 2
        DONE = 3
        OVERDUE = 4
        SITES_LATE = 5

    def key(self, row: Any) -> Any:
        return row.region

    def title(self, column: int) -> str:
        return [translate("ProgressModel", "Vùng"),
                translate("ProgressModel", "Số điểm"),
                translate("ProgressModel", "Sẵn sàng"),
                translate("ProgressModel", "Đã xong"),
                translate("ProgressModel", "Quá hạn"),
                translate("ProgressModel", "Điểm có việc quá hạn")][column]

    def display(self, row: Any, column: int) -> str:
        from festival_planner.domain.regions import region_display_name

        return [region_display_name(row.region), str(row.sites), percent(row.readiness), f"{row.done}/{row.total}",
                str(row.overdue), str(row.sites_late)][column]

    def sort_value(self, row: Any, column: int) -> Any:
        C = self.Column
        native = {C.SITES: row.sites, C.READINESS: row.readiness, C.DONE: row.done, C.OVERDUE: row.overdue,
                  C.SITES_LATE: row.sites_late}
        return native[column] if column in native else sort_key(self.display(row, column))

    def style(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.sites_late:
            return QBrush(RISK_COLOURS["late"])
        return None


class TaskModel(SnapshotTableModel):
    """The national workplan's tasks as of a day; the overdue ones highlighted."""

    class Column(enum.IntEnum):
        TITLE = 0
        OWNER = 1
        DUE_DATE = 2
        STATUS = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.as_of = dt.date.today()

    def title(self, column: int) -> str:
        return [translate("ProgressModel", "Công việc"),
                translate("ProgressModel", "Đơn vị chủ trì"),
                translate("ProgressModel", "Hạn"),
                translate("ProgressModel", "Tình trạng")][column]

    def display(self, row: Any, column: int) -> str:
        if column == self.Column.STATUS:
            if row.done_as_of(self.as_of):
                return messages.label(ChecklistStatus.DONE)
            if row.overdue_as_of(self.as_of):
                return translate("ProgressModel", "Quá hạn")
            return translate("ProgressModel", "Chưa đến hạn")
        return [row.title, row.owner, format_date(row.due_date)][column]

    def sort_value(self, row: Any, column: int) -> Any:
        if column == self.Column.DUE_DATE:
            return row.due_date or dt.date.max
        if column == self.Column.TITLE:
            return row.position
        return sort_key(self.display(row, column))

    def style(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue_as_of(self.as_of):
            return QBrush(RISK_COLOURS["late"])
        if role == Qt.ItemDataRole.ForegroundRole and row.status is ChecklistStatus.BLOCKED:
            return QBrush(QColor("#b00020"))
        return None
