"""The leaders' directory as a read-only ``SnapshotTableModel`` over ``LeaderRow`` snapshots, and its filter
proxy (every word typed, diacritics optional). ``SORT_ROLE`` gives native values (precedence first),
``OBJECT_ROLE`` the ``LeaderRow``.

Typing in the filter over thousands of leaders stays instant: the model keeps each row's folded text
(``hays``) and sorts its own rows in Python (one sort of precomputed keys, the selection kept), so the
proxy only filters — a substring test per row — and never calls back into Python to compare rows while
the rows a shorter filter brings back are put in their place."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from festival_planner.domain.text import fold, sort_key
from festival_planner.gui.snapshot_model import OBJECT_ROLE, SORT_ROLE, AnyIndex, SnapshotTableModel
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


def haystack(row: LeaderRow) -> str:
    """What the filter searches: the folded name, title, organisation, phone and e-mail."""
    return " ".join(fold(t) for t in (row.full_name, row.title, row.organisation, row.phone, row.email))


def sort_value(row: LeaderRow, column: Column) -> Any:
    if column is Column.RANK:
        return row.order
    if column is Column.NAME:
        return (sort_key(row.full_name), row.precedence_rank)
    return (sort_key(display_text(row, column)), row.order)


class LeaderTableModel(SnapshotTableModel):
    """Read-only rows of ``LeaderRow``; ``set_rows`` replaces them (in place when the ids are the same)."""

    Column = Column

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hays: list[str] = []  # each row's folded text, in the rows' order: what the filter searches
        self._given: list[LeaderRow] = []  # the rows in the services' order (protocol order)
        self._sorting: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[LeaderRow]) -> None:
        self._given = list(rows)
        shown = self._sorted(self._given)
        self.hays = [haystack(row) for row in shown]  # before the signals: the proxy filters on them
        super().set_rows(shown)

    def update_rows(self, rows: list[LeaderRow]) -> None:
        changed = {row.id: row for row in rows}
        self._given = [changed.get(row.id, row) for row in self._given]
        for row in rows:
            number = self.row_of(row.id)
            if number >= 0:
                self.hays[number] = haystack(row)
        super().update_rows(rows)
        if self._sorting is not None:
            self.sort(*self._sorting)  # an edit may move the row

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``SORT_ROLE`` (a stable sort of the services' order, as Qt's proxy would),
        keeping the selection and the current row (persistent indexes follow their rows)."""
        if not 0 <= column < len(Column):
            return
        self._sorting = (column, order)
        shown = self._sorted(self._given)
        if [r.id for r in shown] == [r.id for r in self._rows]:
            return
        self.layoutAboutToBeChanged.emit()
        position = {row.id: number for number, row in enumerate(shown)}
        persistent = self.persistentIndexList()
        moved = [self.index(position[self._rows[i.row()].id], i.column()) if i.isValid() else QModelIndex()
                 for i in persistent]
        self._rows = shown
        self.hays = [haystack(row) for row in shown]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[LeaderRow]) -> list[LeaderRow]:
        if self._sorting is None:
            return list(rows)
        column, order = self._sorting
        return sorted(rows, key=lambda row: sort_value(row, Column(column)),
                      reverse=order == Qt.SortOrder.DescendingOrder)

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


class LeaderFilterProxyModel(QSortFilterProxyModel):
    """Keeps the leaders whose name, title, organisation, phone or e-mail has every word typed (folded:
    diacritics optional); sorting is the source model's own (``LeaderTableModel.sort``)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tokens: list[str] = []
        self._hays: LeaderTableModel | None = None
        self.setSortRole(SORT_ROLE)

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        self._hays = model if isinstance(model, LeaderTableModel) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The table's header asks: the source sorts itself; the proxy keeps the source's order."""
        if self._hays is not None:
            self._hays.sort(column, order)
        else:
            super().sort(column, order)

    def set_filter_text(self, text: str) -> None:
        tokens = fold(text).split()
        if tokens != self._tokens:
            self.beginFilterChange()
            self._tokens = tokens
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        tokens = self._tokens
        if not tokens:
            return True
        if self._hays is None:
            row = self.sourceModel().index(source_row, 0, source_parent).data(OBJECT_ROLE)
            hay = haystack(row) if row is not None else ""
        else:
            hay = self._hays.hays[source_row]
        for token in tokens:
            if token not in hay:
                return False
        return True
