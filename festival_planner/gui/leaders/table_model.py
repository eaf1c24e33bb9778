"""The leaders' directory as a read-only table model over ``LeaderRow`` snapshots, and its filter
proxy (every word typed, diacritics optional). ``SORT_ROLE`` gives native values (precedence first),
``OBJECT_ROLE`` the ``LeaderRow``."""

from __future__ import annotations

import enum
import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from festival_planner.domain.text import fold, sort_key
from festival_planner.services.leaders import LeaderRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex
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


class LeaderTableModel(QAbstractTableModel):
    """Read-only rows of ``LeaderRow``; replace them all with ``set_rows``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[LeaderRow] = []

    def set_rows(self, rows: list[LeaderRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[LeaderRow]:
        return list(self._rows)

    def row_of(self, leader_id: uuid.UUID) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == leader_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(Column):
            return column_title(Column(section))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(Column):
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(row, column)
        if role == SORT_ROLE:
            return sort_value(row, column)
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(INACTIVE_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.NAME:
            parts = [row.full_name, row.title, row.organisation, row.email, row.notes]
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.RANK:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class LeaderFilterProxyModel(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``; keeps the leaders whose name, title or organisation has every word typed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tokens: list[str] = []
        self.setSortRole(SORT_ROLE)

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

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
