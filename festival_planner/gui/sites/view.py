"""The "Điểm tổ chức" workspace: a filter box over the table of the campaign's sites.

The view only shows rows and reports what the user asks for through signals (edit, delete, add);
the main window does the work.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from festival_planner.gui import table_selection
from festival_planner.gui.column_fit import fit_columns
from festival_planner.gui.sites.table_model import Column, SiteExtras, SiteFilterProxyModel, SiteTableModel
from festival_planner.services.sites import SiteRow

log = logging.getLogger(__name__)

class SitesView(QWidget):
    """Table of sites with filter-as-you-type; Enter or double-click edits, Delete deletes."""

    edit_requested = Signal(object)  # SiteRow
    delete_requested = Signal(object)  # SiteRow
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SitesView")
        self.model = SiteTableModel(self)
        self.proxy = SiteFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("siteFilter")
        self.filter_edit.setPlaceholderText(self.tr("Lọc…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setToolTip(
            self.tr("Lọc theo xã, tỉnh, vùng, ngày, địa điểm… (Ctrl+F); gõ không dấu cũng được"))
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.count_label = QLabel(self)

        self.table = QTableView(self)
        self.table.setObjectName("sitesTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # bulk status, checklists
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # names, dates, times, statuses and heads as wide as they are; regions and venues share the rest
        fit_columns(self.table, stretch=(Column.REGION, Column.VENUE), minimum=60, measure_text=True)
        self.table.doubleClicked.connect(lambda _index: self._request(self.edit_requested))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.table.installEventFilter(self)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WindowShortcut)
        find.activated.connect(self.focus_filter)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def set_rows(self, rows: list[SiteRow], extras: dict[uuid.UUID, SiteExtras] | None = None) -> None:
        """Show these sites (and their delegations), keeping the selected one selected when it is still there."""
        current = self.selected_row()
        self.model.set_rows(rows, extras)
        if current is not None:
            self.select_site(current.id)
        self._update_count()

    def focus_filter(self) -> None:
        """Put the cursor in the filter box (Ctrl+F)."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def visible_rows(self) -> list[SiteRow]:
        """The rows the filter keeps, in the order shown."""
        return table_selection.visible_rows(self.proxy)

    def selected_row(self) -> SiteRow | None:
        """The selected row, if any."""
        return table_selection.selected_row(self.table)

    def selected_rows(self) -> list[SiteRow]:
        """Every selected row (Ctrl/Shift+click, Ctrl+A), in the order shown."""
        return table_selection.selected_rows(self.table)

    def select_sites(self, site_ids: list[uuid.UUID]) -> None:
        """Select these rows (those shown), the first one current."""
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        for site_id in site_ids:
            source_row = self.model.row_of(site_id)
            index = self.proxy.mapFromSource(self.model.index(source_row, 0)) if source_row >= 0 else None
            if index is not None and index.isValid():
                selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(selection, flags)

    def select_site(self, site_id: uuid.UUID) -> bool:
        """Select (and scroll to) a row; False when it is not shown."""
        return table_selection.select_row(self.table, self.model, self.proxy, site_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._request(self.edit_requested)
                return True
            if event.key() == Qt.Key.Key_Delete:
                self._request(self.delete_requested)
                return True
        return super().eventFilter(watched, event)

    def _request(self, signal: Signal) -> None:
        row = self.selected_row()
        if row is not None:
            signal.emit(row)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("%1 / %2 điểm").replace("%1", str(shown)).replace("%2", str(total))
                                 if shown != total else self.tr("%n điểm", "", total))
