"""The widgets of the checklists workspace: a checklist tree with its filters, and a plain table view.

Views only show rows and report edits to the model's ``edit_handler``; a refused edit is shown inline
(in red under the table) with nothing written."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from festival_planner.domain.enums import ChecklistStatus
from festival_planner.gui.checklists.item_model import ChecklistFilterProxy, ChecklistModel, Column, status_text
from festival_planner.gui.snapshot_model import OBJECT_ROLE, SortProxy
from festival_planner.services.checklists import ChecklistItemRow

AnyIndex = QModelIndex | QPersistentModelIndex


class StatusDelegate(QStyledItemDelegate):
    """A drop-down of the four statuses in the status column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        for status in ChecklistStatus:
            combo.addItem(status_text(status), status.value)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A date editor that writes the date as the cells show it, dd/MM/yyyy, with a calendar (Qt's own
    editor follows the system's short format: "10/5/26")."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QDateEdit(parent)
        editor.setDisplayFormat("dd/MM/yyyy")
        editor.setCalendarPopup(True)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(value if isinstance(value, QDate) and value.isValid() else QDate.currentDate())

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("errorLabel")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


class ChecklistView(QWidget):
    """A checklist grouped by category: filters (overdue, blocked, owner), multi-selection, inline edits."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ChecklistModel(self)
        self.proxy = ChecklistFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.overdue_box = QCheckBox(self.tr("Quá hạn"), self)
        self.overdue_box.setToolTip(self.tr("Chỉ hiện công việc quá hạn tính đến hôm nay"))
        self.blocked_box = QCheckBox(self.tr("Vướng mắc"), self)
        self.owner_edit = QLineEdit(self)
        self.owner_edit.setPlaceholderText(self.tr("Lọc theo người phụ trách…"))
        self.owner_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.overdue_box.toggled.connect(lambda on: self._filter(overdue=on))
        self.blocked_box.toggled.connect(lambda on: self._filter(blocked=on))
        self.owner_edit.textChanged.connect(lambda text: self._filter(owner=text))

        self.tree = QTreeView(self)
        self.tree.setObjectName("checklistTree")
        self.tree.setModel(self.proxy)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.tree.setItemDelegateForColumn(Column.STATUS, StatusDelegate(self.tree))
        self.tree.setItemDelegateForColumn(Column.DUE_DATE, DateDelegate(self.tree))
        char = self.tree.fontMetrics().averageCharWidth()
        for column, chars in {Column.TITLE: 52, Column.OWNER: 24, Column.DUE_DATE: 11, Column.STATUS: 12,
                              Column.NOTE: 20, Column.COMPLETED_ON: 11}.items():
            self.tree.setColumnWidth(column, chars * char + 12)
        self.tree.header().setStretchLastSection(True)
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.error = error_label(self)

        filters = QHBoxLayout()
        filters.addWidget(self.overdue_box)
        filters.addWidget(self.blocked_box)
        filters.addWidget(self.owner_edit, 1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.error)

    def set_rows(self, rows: list[ChecklistItemRow], today: dt.date | None = None) -> None:
        if self.model.set_rows(rows, today):
            self.tree.expandAll()  # new items: open every category (an edit keeps what the user folded)
        self._update_count()

    def _filter(self, **filters: Any) -> None:
        self.proxy.set_filters(**filters)
        self.tree.expandAll()
        self._update_count()

    def _update_count(self) -> None:
        total = len(self.model.rows())
        shown = len(self.visible_rows())
        self.count_label.setText(self.tr("%1 / %2 công việc").replace("%1", str(shown)).replace("%2", str(total)))

    def visible_rows(self) -> list[ChecklistItemRow]:
        """The items the filters keep, in the order shown."""
        found = []
        for n in range(self.proxy.rowCount()):
            parent = self.proxy.index(n, 0)
            found += [self.proxy.index(m, 0, parent).data(OBJECT_ROLE) for m in range(self.proxy.rowCount(parent))]
        return found

    def selected_rows(self) -> list[ChecklistItemRow]:
        """The selected items (a selected category row selects nothing by itself)."""
        rows = [index.data(OBJECT_ROLE) for index in self.tree.selectionModel().selectedRows(0)]
        return [r for r in rows if r is not None]

    def select_items(self, item_ids: list[Any]) -> None:
        """Select these items (tests and keyboard users)."""
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        for item_id in item_ids:
            index = self.proxy.mapFromSource(self.model.index_of(item_id))
            if index.isValid():
                selection.select(index, index.siblingAtColumn(len(Column) - 1))
        self.tree.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


class TableView(QWidget):
    """A sortable table over a ``SnapshotTableModel`` with a caption above and an error line below."""

    def __init__(self, model: Any, object_name: str, parent: QWidget | None = None,
                 widths: tuple[int, ...] = ()) -> None:
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(model)
        self.table = QTableView(self)
        self.table.setObjectName(object_name)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        char = self.table.fontMetrics().averageCharWidth()
        header = self.table.horizontalHeader()
        for column, chars in enumerate(widths):  # in average characters: follows the font and DPI,
            self.table.setColumnWidth(column, max(chars * char + 12,  # never narrower than the heading
                                                  header.sectionSizeFromContents(column).width()))
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.caption.hide()

    def set_rows(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)

    def selected_rows(self) -> list[Any]:
        """The selected rows, in the order shown."""
        indexes = sorted(self.table.selectionModel().selectedRows(0), key=lambda index: index.row())
        return [r for r in (index.data(OBJECT_ROLE) for index in indexes) if r is not None]

    def select_row(self, row_id: Any) -> bool:
        """Select (and scroll to) the row with this id (tests and keyboard users)."""
        from festival_planner.gui.table_selection import select_row

        return select_row(self.table, self.model, self.proxy, row_id)

    def set_caption(self, text: str, warning: bool = False) -> None:
        self.caption.setText(text)
        self.caption.setStyleSheet("color: #b00020; font-weight: bold;" if warning else "")
        self.caption.setVisible(bool(text))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
