"""A checklist (a site's items or the national workplan) as a tree: category rows, items under them.

``SORT_ROLE`` gives native values and ``OBJECT_ROLE`` the ``ChecklistItemRow`` (None on a category
row). Items overdue as of ``today`` are highlighted. Edits of owner, due date, status and note go
to ``edit_handler`` (an undoable command); the filter proxy keeps overdue, blocked or one owner's items.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from festival_planner.domain import messages
from festival_planner.domain.enums import ChecklistStatus
from festival_planner.domain.text import fold, sort_key
from festival_planner.domain.values import format_date
from festival_planner.gui.snapshot_model import OBJECT_ROLE, SORT_ROLE, EditHandler
from festival_planner.services.checklists import ChecklistItemRow

AnyIndex = QModelIndex | QPersistentModelIndex
OVERDUE_BACKGROUND = QColor("#fde2e1")
STATUS_COLOURS = {ChecklistStatus.TODO: QColor("#5a5a5a"), ChecklistStatus.IN_PROGRESS: QColor("#1f5fa8"),
                  ChecklistStatus.DONE: QColor("#1b7a3a"), ChecklistStatus.BLOCKED: QColor("#b00020")}
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ITEM_FLAGS = _GROUP_FLAGS | Qt.ItemFlag.ItemNeverHasChildren
_EDITABLE_FLAGS = _ITEM_FLAGS | Qt.ItemFlag.ItemIsEditable
NO_GROUP = 0  # internal id of a category row; an item row's is its category's number + 1


class Column(enum.IntEnum):
    TITLE = 0
    OWNER = 1
    DUE_DATE = 2
    STATUS = 3
    NOTE = 4
    COMPLETED_ON = 5


EDITABLE = {Column.OWNER: "owner", Column.DUE_DATE: "due_date", Column.STATUS: "status", Column.NOTE: "note"}


def column_title(column: Column) -> str:
    return {
        Column.TITLE: QCoreApplication.translate("ChecklistModel", "Công việc"),
        Column.OWNER: QCoreApplication.translate("ChecklistModel", "Phụ trách"),
        Column.DUE_DATE: QCoreApplication.translate("ChecklistModel", "Hạn"),
        Column.STATUS: QCoreApplication.translate("ChecklistModel", "Trạng thái"),
        Column.NOTE: QCoreApplication.translate("ChecklistModel", "Ghi chú"),
        Column.COMPLETED_ON: QCoreApplication.translate("ChecklistModel", "Ngày xong"),
    }[column]


def status_text(status: ChecklistStatus) -> str:
    """The status label in the interface language (``messages.labels``)."""
    return messages.label(ChecklistStatus(status))


def _qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


class ChecklistModel(QAbstractItemModel):
    """Category rows (in the order of their first item) with the items under them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[ChecklistItemRow]]] = []
        self.today = dt.date.today()
        self.edit_handler: EditHandler | None = None

    # rows --------------------------------------------------------------------------------------------
    def set_rows(self, rows: list[ChecklistItemRow], today: dt.date | None = None) -> bool:
        """Show these items grouped by category: in place when the same items are shown (an edit),
        else a model reset (True)."""
        self.today = today or dt.date.today()
        groups: dict[str, list[ChecklistItemRow]] = {}
        for row in rows:
            groups.setdefault(row.category, []).append(row)
        new = list(groups.items())
        if [(c, [r.id for r in items]) for c, items in new] == \
                [(c, [r.id for r in items]) for c, items in self._groups] and new:
            self._groups = new
            last = len(Column) - 1
            for n, (_c, items) in enumerate(new):
                parent = self.index(n, 0)
                self.dataChanged.emit(self.index(n, 0), self.index(n, last))
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(items) - 1, last, parent))
            return False
        self.beginResetModel()
        self._groups = new
        self.endResetModel()
        return True

    def rows(self) -> list[ChecklistItemRow]:
        return [row for _c, items in self._groups for row in items]

    def categories(self) -> list[str]:
        return [c for c, _items in self._groups]

    def index_of(self, item_id: Any) -> QModelIndex:
        for n, (_c, items) in enumerate(self._groups):
            for m, row in enumerate(items):
                if row.id == item_id:
                    return self.index(m, 0, self.index(n, 0))
        return QModelIndex()

    # structure ---------------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < len(Column):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, NO_GROUP) if 0 <= row < len(self._groups) else QModelIndex()
        if parent.internalId() != NO_GROUP or parent.column() != 0:
            return QModelIndex()
        group = parent.row()
        if 0 <= group < len(self._groups) and 0 <= row < len(self._groups[group][1]):
            return self.createIndex(row, column, group + 1)
        return QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == NO_GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, NO_GROUP)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == NO_GROUP and parent.column() == 0 and 0 <= parent.row() < len(self._groups):
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(Column):
            return column_title(Column(section))
        return None

    def _item(self, index: AnyIndex) -> ChecklistItemRow | None:
        group = index.internalId() - 1
        if group < 0 or group >= len(self._groups) or not 0 <= index.row() < len(self._groups[group][1]):
            return None
        return self._groups[group][1][index.row()]

    # data --------------------------------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(Column):
            return None
        column = index.column()  # an int: compared with the IntEnum members (no enum lookups per cell)
        if index.internalId() == NO_GROUP:
            return self._category_data(index.row(), column, role)
        row = self._item(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == Column.DUE_DATE:
                return _qdate(row.due_date)
            if column == Column.STATUS:
                return row.status.value
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue_as_of(self.today):
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS:
            return QBrush(STATUS_COLOURS[row.status])
        if role == Qt.ItemDataRole.ToolTipRole and row.overdue_as_of(self.today):
            return QCoreApplication.translate("ChecklistModel", "Quá hạn %1 ngày").replace(
                "%1", str((self.today - row.due_date).days if row.due_date else 0))
        return None

    def _category_data(self, group: int, column: int, role: int) -> Any:
        if not 0 <= group < len(self._groups):
            return None
        category, items = self._groups[group]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.TITLE:
                done = sum(1 for r in items if r.done_as_of(self.today))
                name = category or QCoreApplication.translate("ChecklistModel", "(không nhóm)")
                return f"{name}  ({done}/{len(items)})"
            if column == Column.STATUS:
                late = sum(1 for r in items if r.overdue_as_of(self.today))
                return QCoreApplication.translate("ChecklistModel", "%1 quá hạn").replace("%1", str(late)) \
                    if late else ""
            return ""
        if role == SORT_ROLE:
            return (group,)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def display(row: ChecklistItemRow, column: int) -> str:
        if column == Column.TITLE:
            return row.title
        if column == Column.OWNER:
            return row.owner
        if column == Column.DUE_DATE:
            return format_date(row.due_date)
        if column == Column.STATUS:
            return status_text(row.status)
        if column == Column.NOTE:
            return row.note
        return format_date(row.completed_on)

    def sort_value(self, row: ChecklistItemRow, column: int) -> Any:
        if column in (Column.DUE_DATE, Column.COMPLETED_ON):
            value = row.due_date if column == Column.DUE_DATE else row.completed_on
            return (value or dt.date.max, row.position)
        if column == Column.STATUS:
            return (list(ChecklistStatus).index(row.status), row.position)
        if column == Column.TITLE:
            return (row.position,)
        return (sort_key(self.display(row, column)), row.position)

    # editing -----------------------------------------------------------------------------------------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == NO_GROUP:
            return _GROUP_FLAGS
        if index.column() in EDITABLE and self.edit_handler is not None:
            return _EDITABLE_FLAGS
        return _ITEM_FLAGS

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.internalId() == NO_GROUP \
                or index.column() not in EDITABLE or self.edit_handler is None:
            return False
        row = self._item(index)
        if row is None:
            return False
        column = Column(index.column())
        if column == Column.DUE_DATE:
            new: Any = value.toPython() if isinstance(value, QDate) and value.isValid() else value
            if isinstance(new, QDate):
                new = None
        elif column == Column.STATUS:
            new = ChecklistStatus(value)
        else:
            new = str(value).strip()
        if new == getattr(row, EDITABLE[column]):
            return False
        return self.edit_handler(row, {EDITABLE[column]: new})


class ChecklistFilterProxy(QSortFilterProxyModel):
    """Keeps the items overdue as of today, blocked, or of one owner (category rows follow their items)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setRecursiveFilteringEnabled(True)
        self.overdue_only = False
        self.blocked_only = False
        self.owner = ""

    def set_filters(self, *, overdue: bool | None = None, blocked: bool | None = None,
                    owner: str | None = None) -> None:
        self.beginFilterChange()
        if overdue is not None:
            self.overdue_only = overdue
        if blocked is not None:
            self.blocked_only = blocked
        if owner is not None:
            self.owner = fold(owner.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def active(self) -> bool:
        return self.overdue_only or self.blocked_only or bool(self.owner)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self.active():
            return True
        if not source_parent.isValid():
            return False  # a category is shown when one of its items is (recursive filtering)
        model = self.sourceModel()
        row = model.index(source_row, 0, source_parent).data(OBJECT_ROLE)
        if row is None:
            return False
        today = getattr(model, "today", dt.date.today())
        if self.overdue_only and not row.overdue_as_of(today):
            return False
        if self.blocked_only and row.status is not ChecklistStatus.BLOCKED:
            return False
        return not self.owner or self.owner in fold(row.owner)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
