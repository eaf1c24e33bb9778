"""The delegation board ("Bảng phân công trưởng đoàn"): the year's sites down, a head for each chosen
in one combo box — leaders free that day and reachable first (★), each group by precedence — with
the clashes of the choices shown live in the row and what OK will do in the next column. OK writes
every choice as one undoable step; "Gửi giấy mời" does the same and moves the selected rows' heads
from proposed to sent (one step too). Fits a 1366×768 screen."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from festival_planner.domain.enums import InvitationStatus
from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.gui.bulk import REFUSED, push_written
from festival_planner.gui.invitation_labels import status_text
from festival_planner.gui.submit_dialog import SubmitDialog
from festival_planner.gui.workspace import WorkspaceContext
from festival_planner.services import delegation_board
from festival_planner.services.delegation_board import Board

DATE, SITE, HEAD, INVITATION, ACTION, CLASH = range(6)


def index_of(combo: QComboBox, value: object) -> int:
    """The entry holding ``value`` (a leader's id; None: "not chosen"), or -1."""
    return next((n for n in range(combo.count()) if combo.itemData(n) == value), -1)


class DelegationBoardDialog(SubmitDialog):
    """A head for every site of the year, on one board."""

    def __init__(self, context: WorkspaceContext, selected: Sequence[uuid.UUID] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(self._submit_values, parent)
        self.setObjectName("DelegationBoardDialog")
        self.setWindowTitle(self.tr("Bảng phân công trưởng đoàn"))
        self.context = context
        campaign = context.campaign
        assert campaign is not None
        self.campaign_id = campaign.id
        self.board: Board = context.ops.read(lambda s: delegation_board.load_board(s, campaign.id))
        self.chosen: dict[uuid.UUID, uuid.UUID | None] = self.board.current()
        self.combos: list[QComboBox] = []

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Chọn trưởng đoàn cho từng điểm. ★ rảnh ngày đó và kịp đi (theo mô hình đi lại "
                               "của năm), xếp theo thứ tự lễ tân; xung đột hiện ngay ở cột cuối."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("boardTable")
        self.table.setHorizontalHeaderLabels([self.tr("Ngày"), self.tr("Điểm"), self.tr("Trưởng đoàn"),
                                              self.tr("Giấy mời"), self.tr("Sẽ làm"), self.tr("Xung đột")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        for column, chars in ((DATE, 11), (SITE, 32), (HEAD, 46), (INVITATION, 15), (ACTION, 22)):
            self.table.setColumnWidth(column, chars * char + 16)
        header.setSectionResizeMode(CLASH, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self._fill(selected)

        self.summary = QLabel(self)
        self.summary.setObjectName("summaryLabel")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.suggest_button = QPushButton(self.tr("Điền gợi ý cho các điểm chưa có trưởng đoàn"), self)
        self.suggest_button.setToolTip(self.tr("Mỗi điểm chưa có trưởng đoàn nhận một người được gợi ý (rảnh, kịp "
                                               "đi): người đang dẫn ít đoàn nhất, rồi theo thứ tự lễ tân; lần "
                                               "lượt theo ngày"))
        self.suggest_button.clicked.connect(self.fill_suggestions)
        self.send_button = QPushButton(self.tr("Gửi giấy mời cho các dòng đang chọn"), self)
        self.send_button.setToolTip(self.tr("Ghi các lựa chọn và chuyển giấy mời trưởng đoàn của các dòng đang chọn "
                                            "từ Dự kiến sang Đã gửi giấy mời (một bước, hoàn tác bằng Ctrl+Z)"))
        self.send_button.clicked.connect(self.send_invitations)
        row.addWidget(self.suggest_button)
        row.addStretch(1)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        self.add_buttons(layout, self.tr("Phân công"), self.tr("Đóng"))
        self.resize(1240, 660)  # within a 1366×768 screen with its taskbar and title bar
        self._update()

    # the table ----------------------------------------------------------------------------------------
    def _fill(self, selected: Sequence[uuid.UUID] = ()) -> None:
        self.table.setRowCount(len(self.board.sites))
        self.combos = []
        for row, site in enumerate(self.board.sites):
            self.table.setItem(row, DATE, QTableWidgetItem(f"{site.date:%d/%m/%Y}"))
            item = QTableWidgetItem(f"{site.commune_name}, {site.province}")
            item.setToolTip(f"{site.commune_name}, {site.province} — {site.venue}")
            self.table.setItem(row, SITE, item)
            self.table.setItem(row, INVITATION, QTableWidgetItem(status_text(site.head_status)
                                                                 if site.head_status else ""))
            combo = QComboBox(self.table)
            combo.setObjectName(f"headCombo{row}")
            combo.activated.connect(lambda _i, row=row: self._picked(row))
            combo.currentIndexChanged.connect(lambda _i, row=row: self._picked(row))
            self.table.setCellWidget(row, HEAD, combo)
            self.combos.append(combo)
        wanted = set(selected)
        selection = QItemSelection()
        for row, site in enumerate(self.board.sites):
            if site.site_id in wanted:
                selection.select(self.table.model().index(row, 0), self.table.model().index(row, CLASH))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._rebuild_combos()

    def _rebuild_combos(self, skip: int | None = None) -> None:
        """Each row's choices under the others' choices: suggestions (★) first, by precedence."""
        for row, site in enumerate(self.board.sites):
            if row == skip:
                continue
            combo = self.combos[row]
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— chưa chọn —"), None)
            for option in self.board.options(site.site_id, self.chosen):
                leader = option.leader
                text = f"{leader.name} — {leader.title}" if leader.title else leader.name
                if option.suggested:
                    text = "★ " + text
                elif not option.free:
                    text += "  " + self.tr("(bận ngày này)")
                else:
                    text += "  " + self.tr("(không kịp đi)")
                combo.addItem(text, leader.leader_id)
                if not option.suggested:
                    combo.setItemData(combo.count() - 1, QBrush(REFUSED), Qt.ItemDataRole.ForegroundRole)
                    combo.setItemData(combo.count() - 1, option.clash or text, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(0, index_of(combo, self.chosen.get(site.site_id))))
            combo.blockSignals(False)

    def _picked(self, row: int) -> None:
        site = self.board.sites[row]
        leader_id = self.combos[row].currentData()
        if self.chosen.get(site.site_id) == leader_id:
            return
        self.chosen[site.site_id] = leader_id
        self.clear_error()
        self._rebuild_combos(skip=row)
        self._update()

    def choose(self, row: int, leader_id: uuid.UUID | None) -> None:
        """Pick a head in a row's combo box, as a click on its entry does."""
        combo = self.combos[row]
        combo.setCurrentIndex(index_of(combo, leader_id))

    def fill_suggestions(self) -> int:
        """Give each row without a head one of its suggestions, in date order — the leader heading the
        fewest sites so far, then by precedence (the load is shared); returns how many were filled."""
        before = sum(1 for v in self.chosen.values() if v is not None)
        self.chosen = self.board.fill_suggestions(self.chosen)
        filled = sum(1 for v in self.chosen.values() if v is not None) - before
        self._rebuild_combos()
        self._update()
        return filled

    def _update(self) -> None:
        clashes = self.board.conflicts(self.chosen)
        changes = self.board.changes(self.chosen)
        for row, site in enumerate(self.board.sites):
            what = ""
            if site.site_id in changes:
                new = self.board.leader(changes[site.site_id]) if changes[site.site_id] else None
                if site.head_id is None:
                    what = self.tr("Mời %1").replace("%1", new.name if new else "")
                elif new is None:
                    what = self.tr("Bỏ trưởng đoàn %1").replace("%1", site.head_name)
                else:
                    what = self.tr("Thay %1 bằng %2").replace("%1", site.head_name).replace("%2", new.name)
            self.table.setItem(row, ACTION, QTableWidgetItem(what))
            text = "; ".join(clashes.get(site.site_id, []))
            item = QTableWidgetItem(("⚠ " + text) if text else "")
            item.setToolTip(text)
            item.setForeground(QBrush(REFUSED))
            self.table.setItem(row, CLASH, item)
        headed = sum(1 for v in self.chosen.values() if v is not None)
        text = self.tr("%1/%2 điểm có trưởng đoàn; %3 thay đổi chưa ghi; %4 điểm có xung đột.") \
            .replace("%1", str(headed)).replace("%2", str(len(self.board.sites))) \
            .replace("%3", str(len(changes))).replace("%4", str(len(clashes)))
        self.summary.setText(text)

    # writing --------------------------------------------------------------------------------------------
    def selected_site_ids(self) -> list[uuid.UUID]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.board.sites[r].site_id for r in rows]

    def values(self) -> dict[str, Any]:
        return {"changes": self.board.changes(self.chosen)}

    def needs_submit(self, values: dict[str, Any]) -> bool:
        return bool(values["changes"])

    def _submit_values(self, values: dict[str, Any]) -> None:
        changes = values["changes"]
        text = self.tr("Phân công trưởng đoàn cho %1 điểm").replace("%1", str(len(changes)))
        push_written(self.context, text, lambda s: delegation_board.assign_heads(s, changes))
        self.context.show_status(text)

    def send_invitations(self) -> bool:
        """Write the choices and send the selected rows' invitations (one undoable step); the board reloads."""
        changes = self.board.changes(self.chosen)
        site_ids = self.selected_site_ids()
        if not site_ids:
            self.show_error(self.tr("Hãy chọn các dòng cần gửi giấy mời (Ctrl, Shift hoặc Ctrl+A)."))
            return False

        def write(session: Any) -> int:
            delegation_board.assign_heads(session, changes)
            return len(delegation_board.send_invitations(session, site_ids))

        going = sum(1 for i in site_ids if self.chosen.get(i) is not None and (
            i in changes or self.board.site(i).head_status is InvitationStatus.PROPOSED))
        text = self.tr("Gửi giấy mời trưởng đoàn cho %1 điểm").replace("%1", str(going))
        try:
            push_written(self.context, text, write)
        except FestivalPlannerError as exc:
            self.show_error(exc.message)
            return False
        self.context.show_status(text)
        self.board = self.context.ops.read(lambda s: delegation_board.load_board(s, self.campaign_id))
        self.chosen = self.board.current()
        self._fill(site_ids)
        self._update()
        return True
