"""What the Leaders workspace shows: the directory (filter as you type) on the left; on the right the
selected leader's engagements in the year with the journeys between them, and the campaign's
conflicts. The view only shows; the workspace reads the services and does the work."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from festival_planner.domain.values import format_date, format_number, format_time
from festival_planner.gui import table_selection
from festival_planner.gui.column_fit import fit_columns
from festival_planner.gui.invitation_labels import CONFLICT_COLOUR, STATUS_COLOURS, hours_text, role_text, status_text
from festival_planner.gui.leaders.table_model import Column, LeaderFilterProxyModel, LeaderTableModel
from festival_planner.services.conflicts import SAME_DAY, Conflict
from festival_planner.services.invitations import InvitationRow
from festival_planner.services.itinerary import Itinerary
from festival_planner.services.leaders import LeaderRow


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class LeadersView(QWidget):
    """Directory table with filter; engagements and conflicts beside it."""

    edit_requested = Signal(object)  # LeaderRow
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LeadersView")
        self.model = LeaderTableModel(self)
        self.proxy = LeaderFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("leaderFilter")
        self.filter_edit.setPlaceholderText(self.tr("Lọc theo tên, chức vụ, cơ quan…"))
        self.filter_edit.setToolTip(self.tr("Gõ không dấu cũng được (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setObjectName("leadersTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.RANK, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        fit_columns(self.table, stretch=(Column.TITLE, Column.ORGANISATION))  # names whole; positions share the rest
        self.table.doubleClicked.connect(lambda _i: self._edit())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(lambda: self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)

        self.tabs = QTabWidget(self)
        engagements = QWidget(self.tabs)
        box = QVBoxLayout(engagements)
        self.leader_label = QLabel(engagements)
        self.leader_label.setObjectName("leaderLabel")
        self.leader_label.setWordWrap(True)
        box.addWidget(self.leader_label)
        self.engagements_table = _table(engagements, "engagementsTable",
                                        [self.tr("Ngày"), self.tr("Giờ"), self.tr("Xã/phường"), self.tr("Vai trò"),
                                         self.tr("Trạng thái"), self.tr("Di chuyển từ điểm trước")])
        fit_columns(self.engagements_table, stretch=(5,))  # date, time, commune, role, status whole; the journey shares
        box.addWidget(self.engagements_table, 1)
        self.tabs.addTab(engagements, self.tr("Lịch công tác"))
        self.conflicts_table = _table(self.tabs, "conflictsTable",
                                      [self.tr("Lãnh đạo"), self.tr("Loại"), self.tr("Điểm trước"),
                                       self.tr("Điểm sau"), self.tr("Cần"), self.tr("Có")])
        fit_columns(self.conflicts_table, stretch=(2, 3))  # the two engagements share what the rest leaves
        self.tabs.addTab(self.conflicts_table, self.tr("Trùng lịch"))

        # The directory above, the chosen leader's schedule below: each has the window's whole width, so a
        # long position ("Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ") and a journey show whole at 1366.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 250])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    # Directory ----------------------------------------------------------------------------------------
    def set_rows(self, rows: list[LeaderRow]) -> None:
        current = self.selected_row()
        self.model.set_rows(rows)
        if current is not None:
            self.select_leader(current.id)
        self._update_count()

    def visible_rows(self) -> list[LeaderRow]:
        """The rows the filter keeps, in the order shown."""
        return table_selection.visible_rows(self.proxy)

    def selected_row(self) -> LeaderRow | None:
        """The selected row, if any."""
        return table_selection.selected_row(self.table)

    def select_leader(self, leader_id: uuid.UUID) -> bool:
        """Select (and scroll to) a row; False when it is not shown."""
        return table_selection.select_row(self.table, self.model, self.proxy, leader_id)

    def _edit(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.edit_requested.emit(row)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("%1 / %2 lãnh đạo").replace("%1", str(shown)).replace("%2", str(total))
                                 if shown != total else self.tr("%n lãnh đạo", "", total))

    # Engagements and conflicts --------------------------------------------------------------------------
    def show_engagements(self, leader: LeaderRow | None, rows: list[InvitationRow], route: Itinerary | None,
                         year: int | None) -> None:
        """The leader's invitations in the year, with the journey from the previous engagement."""
        if leader is None:
            self.leader_label.setText(self.tr("Chọn một lãnh đạo để xem lịch công tác."))
        else:
            self.leader_label.setText(self.tr("%1 — lịch công tác năm %2").replace("%1", leader.full_name)
                                      .replace("%2", str(year or "")))
        stops = {s.engagement.invitation_id: s for s in route.stops} if route else {}
        self.engagements_table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            stop = stops.get(row.id)
            travel = ""
            if stop is not None and stop.travel_from_previous is not None:
                travel = self.tr("%1 (%2 km), có %3").replace("%1", hours_text(stop.travel_from_previous.hours)) \
                    .replace("%2", format_number(stop.travel_from_previous.km)) \
                    .replace("%3", hours_text(stop.hours_available or 0.0))
            times = f"{format_time(row.start_time)}–{format_time(row.end_time)}" if row.start_time else ""
            cells = (format_date(row.date), times, f"{row.commune_name}, {row.province}", role_text(row.role),
                     status_text(row.status), travel)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setForeground(QBrush(STATUS_COLOURS[row.status]))
                if column == 5 and text:
                    item.setToolTip(text)  # the journey, whole, where the column cuts it
                if stop is not None and stop.conflict:
                    item.setForeground(QBrush(CONFLICT_COLOUR))
                    item.setToolTip(self.tr("Không kịp di chuyển từ điểm trước"))
                self.engagements_table.setItem(i, column, item)

    def show_conflicts(self, conflicts: list[Conflict]) -> None:
        self.conflicts_table.setRowCount(len(conflicts))
        for i, conflict in enumerate(conflicts):
            kind = self.tr("Cùng ngày") if conflict.kind == SAME_DAY else self.tr("Ngày liền kề")
            cells = (conflict.leader_name, kind, conflict.first.describe(), conflict.second.describe(),
                     hours_text(conflict.hours_needed), hours_text(conflict.hours_available))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setForeground(QBrush(CONFLICT_COLOUR))
                self.conflicts_table.setItem(i, column, item)
        title = self.tr("Trùng lịch (%1)").replace("%1", str(len(conflicts))) if conflicts else self.tr("Trùng lịch")
        self.tabs.setTabText(1, title)
