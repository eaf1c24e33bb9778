"""The programme, budget, commendation and gift tables (``SnapshotTableModel`` subclasses)."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtGui import QBrush, QColor

from festival_planner.domain import messages
from festival_planner.domain.enums import BudgetCategory, CommendationKind, FundingSource, GiftRecipientKind
from festival_planner.domain.money import format_vnd, parse_vnd
from festival_planner.domain.text import sort_key
from festival_planner.domain.values import format_date, format_time
from festival_planner.gui.snapshot_model import SnapshotTableModel

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

OVERSPENT = QColor("#b00020")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def category_text(category: BudgetCategory) -> str:
    """The category's label in the interface language (``messages.labels``)."""
    return messages.label(BudgetCategory(category))


def source_text(source: FundingSource) -> str:
    """The funding source's label in the interface language (``messages.labels``)."""
    return messages.label(FundingSource(source))


class ProgrammeModel(SnapshotTableModel):
    """The programme of a site's day; start, duration, title and responsible are edited inline."""

    class Column(enum.IntEnum):
        START = 0
        DURATION = 1
        END = 2
        TITLE = 3
        RESPONSIBLE = 4

    editable = {Column.START: "start_time", Column.DURATION: "duration_min", Column.TITLE: "title",
                Column.RESPONSIBLE: "responsible"}

    def title(self, column: int) -> str:
        return [translate("ChecklistTables", "Bắt đầu"),
                translate("ChecklistTables", "Số phút"),
                translate("ChecklistTables", "Kết thúc"),
                translate("ChecklistTables", "Nội dung"),
                translate("ChecklistTables", "Người/đơn vị thực hiện")][column]

    def display(self, row: Any, column: int) -> str:
        return [format_time(row.start_time), str(row.duration_min), format_time(row.end_time), row.title,
                row.responsible][column]

    def sort_value(self, row: Any, column: int) -> Any:
        if column in (self.Column.START, self.Column.END):
            return row.start_time
        if column == self.Column.DURATION:
            return row.duration_min
        return sort_key(self.display(row, column))

    def edit_value(self, row: Any, column: int) -> Any:
        if column == self.Column.START:
            return QTime(row.start_time.hour, row.start_time.minute)
        if column == self.Column.DURATION:
            return row.duration_min
        return self.display(row, column)

    def to_service(self, row: Any, column: int, value: Any) -> Any:
        if column == self.Column.START:
            return dt.time(value.hour(), value.minute()) if isinstance(value, QTime) else value
        if column == self.Column.DURATION:
            return int(value)
        return str(value).strip()


class BudgetModel(SnapshotTableModel):
    """Budget lines in VND (Vietnamese thousands separators); an actual above its estimate in red."""

    class Column(enum.IntEnum):
        CATEGORY = 0
        DESCRIPTION = 1
        SOURCE = 2
        ESTIMATED = 3
        ACTUAL = 4

    editable = {Column.DESCRIPTION: "description", Column.ESTIMATED: "estimated_vnd", Column.ACTUAL: "actual_vnd"}

    def title(self, column: int) -> str:
        return [translate("ChecklistTables", "Hạng mục"),
                translate("ChecklistTables", "Nội dung"),
                translate("ChecklistTables", "Nguồn kinh phí"),
                translate("ChecklistTables", "Dự toán"),
                translate("ChecklistTables", "Thực chi")][column]

    def display(self, row: Any, column: int) -> str:
        return [category_text(row.category), row.description, source_text(row.funding_source),
                format_vnd(row.estimated_vnd), format_vnd(row.actual_vnd)][column]

    def sort_value(self, row: Any, column: int) -> Any:
        if column == self.Column.ESTIMATED:
            return row.estimated_vnd
        if column == self.Column.ACTUAL:
            return row.actual_vnd if row.actual_vnd is not None else -1
        return sort_key(self.display(row, column))

    def edit_value(self, row: Any, column: int) -> Any:
        if column in (self.Column.ESTIMATED, self.Column.ACTUAL):
            return format_vnd(row.estimated_vnd if column == self.Column.ESTIMATED else row.actual_vnd, symbol=False)
        return self.display(row, column)

    def to_service(self, row: Any, column: int, value: Any) -> Any:
        if column in (self.Column.ESTIMATED, self.Column.ACTUAL):
            text = str(value).strip()
            return None if column == self.Column.ACTUAL and not text else parse_vnd(text)
        return str(value).strip()

    def style(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.Column.ESTIMATED, self.Column.ACTUAL):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == self.Column.ACTUAL \
                and row.actual_vnd is not None and row.actual_vnd > row.estimated_vnd:
            return QBrush(OVERSPENT)
        return None


class CommendationModel(SnapshotTableModel):
    """The commendations presented at a site."""

    class Column(enum.IntEnum):
        KIND = 0
        RECIPIENT = 1
        UNIT = 2
        AWARD = 3
        DECISION = 4

    def title(self, column: int) -> str:
        return [translate("ChecklistTables", "Hình thức"),
                translate("ChecklistTables", "Tập thể/cá nhân"),
                translate("ChecklistTables", "Đơn vị"),
                translate("ChecklistTables", "Khen thưởng"),
                translate("ChecklistTables", "Quyết định")][column]

    def display(self, row: Any, column: int) -> str:
        collective = row.kind is CommendationKind.COLLECTIVE
        kind = translate("ChecklistTables", "Tập thể") if collective else translate("ChecklistTables", "Cá nhân")
        decision = " ".join(p for p in (row.decision_number, format_date(row.decision_date)) if p)
        return [kind, row.recipient, row.unit, row.award, decision][column]


class GiftModel(SnapshotTableModel):
    """The gifts presented at a site."""

    class Column(enum.IntEnum):
        KIND = 0
        RECIPIENT = 1
        GIFT = 2
        VALUE = 3

    def title(self, column: int) -> str:
        return [translate("ChecklistTables", "Đối tượng"),
                translate("ChecklistTables", "Hộ/đơn vị nhận"),
                translate("ChecklistTables", "Quà"),
                translate("ChecklistTables", "Trị giá")][column]

    def display(self, row: Any, column: int) -> str:
        household = row.recipient_kind is GiftRecipientKind.HOUSEHOLD
        kind = translate("ChecklistTables", "Hộ gia đình") if household else translate("ChecklistTables", "Đơn vị")
        return [kind, row.recipient, row.gift, format_vnd(row.value_vnd)][column]

    def sort_value(self, row: Any, column: int) -> Any:
        return row.value_vnd if column == self.Column.VALUE else sort_key(self.display(row, column))

    def style(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.Column.VALUE:
            return RIGHT
        return None
