"""A read-mostly table over frozen snapshots from the services, shared by the workspaces' tables.

Subclasses give a ``Column`` enum and say what each cell shows (``display``), how it sorts
(``sort_value``) and, for editable cells, the value an editor starts from (``edit_value``). An edit
is not written by the model: ``edit_handler(row, {field: value})`` (the workspace's undoable
command) does it, and the refresh that follows brings the new snapshot.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from festival_planner.domain.errors import FestivalPlannerError

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
EditHandler = Callable[[Any, dict[str, Any]], bool]


class SnapshotTableModel(QAbstractTableModel):
    """Rows of snapshots (each with an ``id``); ``set_rows`` replaces them."""

    Column: ClassVar[type[enum.IntEnum]]
    editable: ClassVar[dict[int, str]] = {}  # column → the service's field name

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self.edit_handler: EditHandler | None = None
        self.error_handler: Callable[[str], None] | None = None  # shows a value that cannot be read

    # what subclasses say ---------------------------------------------------------------------------
    def title(self, column: int) -> str:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: Any, column: int) -> Any:
        return self.display(row, column)

    def edit_value(self, row: Any, column: int) -> Any:
        return self.display(row, column)

    def to_service(self, row: Any, column: int, value: Any) -> Any:
        """The edited value as the service takes it (raise ``FestivalPlannerError`` when unreadable)."""
        return value

    def style(self, row: Any, column: int, role: int) -> Any:
        """Colours, alignment, tooltips."""
        return None

    # the model ---------------------------------------------------------------------------------------
    def set_rows(self, rows: list[Any]) -> None:
        """Show these rows: in place when the same ids are shown (an edit), else a model reset."""
        rows = list(rows)
        if rows and [self.key(r) for r in rows] == [self.key(r) for r in self._rows]:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def update_rows(self, rows: list[Any]) -> None:
        """Replace these snapshots of rows already shown, in place: a ``dataChanged`` per row, no reset
        and no resort of the others (what an edit of a few rows costs); rows not shown are ignored."""
        for row in rows:
            number = self.row_of(self.key(row))
            if number < 0:
                continue
            self._rows[number] = row
            self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))

    def key(self, row: Any) -> Any:
        """What identifies a row (its ``id``)."""
        return row.id

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, row_id: Any) -> int:
        return next((i for i, row in enumerate(self._rows) if self.key(row) == row_id), -1)

    def column_cells(self, column: int, rows: range) -> list[tuple[str, bool]]:
        """Each of ``rows``' text in ``column`` and whether it has an icon — what ``data`` gives for the
        display and decoration roles, without a Qt call per cell (``column_fit.TextWidths`` measures
        a whole column at once)."""
        decoration = Qt.ItemDataRole.DecorationRole
        return [(self.display(row, column), self.style(row, column, decoration) is not None)
                for row in self._rows[rows.start:rows.stop]]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.Column):
            return self.title(section)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self.Column):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(row, column)
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == OBJECT_ROLE:
            return row
        return self.style(row, column, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() in self.editable and self.edit_handler is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in self.editable \
                or self.edit_handler is None:
            return False
        row = self._rows[index.row()]
        if value == self.edit_value(row, index.column()):
            return False
        try:
            new = self.to_service(row, index.column(), value)
        except FestivalPlannerError as exc:
            if self.error_handler is not None:
                self.error_handler(exc.message)
            return False
        return self.edit_handler(row, {self.editable[index.column()]: new})


class SortProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` (native values: dates, times, amounts)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
