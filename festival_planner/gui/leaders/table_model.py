"""The leaders' directory as a read-only ``SnapshotTableModel`` over ``LeaderRow`` snapshots, and its filter
proxy (every word typed, diacritics optional). ``SORT_ROLE`` gives native values (precedence first),
``OBJECT_ROLE`` the ``LeaderRow``."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from festival_planner.domain.text import fold, sort_key
from festival_planner.gui.snapshot_model import OBJECT_ROLE, SORT_ROLE, AnyIndex, SnapshotTableModel, SortProxy
from festival_planner.services.leaders import LeaderRow

__all__ = ["OBJECT_ROLE", "SORT_ROLE", "Column", "LeaderFilterProxyModel", "LeaderTableModel"]
INACTIVE_TEXT = QColor("#9a9a9a")


class Column(enum.IntEnum):
    """The columns of the directory, in display order."""

    RANK = 0
    NAME = 1
    TITLE = 2
    ORGANISATION = 3
    PHONE = 4


def column_title(column: Column) -> str:
    titles = {
        Column.RANK: QCoreApplication.translate("LeaderTableModel", "Thứ tự"),
        Column.NAME: QCoreApplication.translate("LeaderTableModel", "Họ và tên"),
        Column.TITLE: QCoreApplication.translate("LeaderTableModel", "Chức vụ"),
        Column.ORGANISATION: QCoreApplication.translate("LeaderTableModel", "Cơ quan"),
        Column.PHONE: QCoreApplication.translate("LeaderTableModel", "Điện thoại"),
    }
    return titles[column]


def display_text(row: LeaderRow, column: Column) -> str:
    if column is Column.RANK:
        return str(row.precedence_rank)
    if column is Column.NAME:
        if row.active:
            return row.full_name
        return QCoreApplication.translate("LeaderTableModel", "%1 (ngừng theo dõi)").replace("%1", row.full_name)
    if column is Column.TITLE:
        return row.title
    if column is Column.ORGANISATION:
        return row.organisation
    return row.phone


def sort_value(row: LeaderRow, column: Column) -> Any:
    if column is Column.RANK:
        return row.order
    if column is Column.NAME:
        return (sort_key(row.full_name), row.precedence_rank)
    return (sort_key(display_text(row, column)), row.order)


class LeaderTableModel(SnapshotTableModel):
    """Read-only rows of ``LeaderRow``; ``set_rows`` replaces them (in place when the ids are the same)."""

    Column = Column

    def title(self, column: int) -> str:
        return column_title(Column(column))

    def display(self, row: LeaderRow, column: int) -> str:
        return display_text(row, Column(column))

    def sort_value(self, row: LeaderRow, column: int) -> Any:
        return sort_value(row, Column(column))

    def style(self, row: LeaderRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(INACTIVE_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.NAME, Column.TITLE, Column.ORGANISATION):
            # the whole of a position or organisation the column had to cut
            parts = [row.full_name, row.title, row.organisation, row.email, row.notes]
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.RANK:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class LeaderFilterProxyModel(SortProxy):
    """Sorts by ``SORT_ROLE``; keeps the leaders whose name, title or organisation has every word typed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tokens: list[str] = []

    def set_filter_text(self, text: str) -> None:
        tokens = fold(text).split()
        if tokens != self._tokens:
            self.beginFilterChange()
            self._tokens = tokens
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._tokens:
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(OBJECT_ROLE)
        if row is None:
            return False
        haystack = " ".join(fold(t) for t in (row.full_name, row.title, row.organisation, row.phone, row.email))
        return all(token in haystack for token in self._tokens)
