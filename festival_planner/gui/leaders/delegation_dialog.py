"""The delegation of a site ("Đoàn dự"): who is invited, as head or member, and where each invitation
stands (proposed → sent → accepted / declined / withdrawn). Invite a leader, move an invitation along;
accepting one that creates a conflict is refused until the override reason is filled in. Every change
is an undoable command (Ctrl+Z in the main window)."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from festival_planner.domain.enums import InvitationRole, InvitationStatus
from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.domain.rules import invitation_change_allowed
from festival_planner.gui.invitation_labels import STATUS_COLOURS, role_text, status_text
from festival_planner.gui.leaders.commands import InviteCommand, SetInvitationStatusCommand
from festival_planner.gui.workspace import WorkspaceContext
from festival_planner.services import invitations, leaders, sites
from festival_planner.services.invitations import InvitationRow

log = logging.getLogger(__name__)
OVERRIDE_CODE = "conflict_override_required"


class DelegationDialog(QDialog):
    """Pick a site of the campaign shown, see its delegation, invite and answer."""

    def __init__(self, context: WorkspaceContext, site_id: uuid.UUID | None = None,
                 leader_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DelegationDialog")
        self.context = context
        self.setWindowTitle(self.tr("Đoàn dự các điểm"))
        self.setMinimumSize(760, 520)
        campaign = context.campaign
        assert campaign is not None
        self.site_rows = context.ops.read(lambda s: sites.list_sites(s, campaign.id))
        self.leader_rows = context.ops.read(lambda s: leaders.list_leaders(s, include_inactive=False))
        self.rows: list[InvitationRow] = []

        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.site_combo = QComboBox(self)
        self.site_combo.setObjectName("siteCombo")
        for row in self.site_rows:
            self.site_combo.addItem(f"{row.date:%d/%m/%Y} — {row.commune.name}, {row.commune.province}", str(row.id))
        if site_id is not None:
            self.site_combo.setCurrentIndex(max(0, self.site_combo.findData(str(site_id))))
        top.addRow(self.tr("Điểm tổ chức:"), self.site_combo)
        layout.addLayout(top)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("delegationTable")
        self.table.setHorizontalHeaderLabels([self.tr("Lãnh đạo"), self.tr("Vai trò"), self.tr("Trạng thái"),
                                              self.tr("Ghi chú")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        answer = QGroupBox(self.tr("Lời mời đang chọn"), self)
        answer_row = QHBoxLayout(answer)
        self.new_status_combo = QComboBox(answer)
        self.new_status_combo.setObjectName("newStatusCombo")
        self.change_button = QPushButton(self.tr("Đổi trạng thái"), answer)
        self.change_button.clicked.connect(self.change_status)
        answer_row.addWidget(QLabel(self.tr("Chuyển sang:"), answer))
        answer_row.addWidget(self.new_status_combo, 1)
        answer_row.addWidget(self.change_button)
        layout.addWidget(answer)

        invite = QGroupBox(self.tr("Mời thêm"), self)
        form = QFormLayout(invite)
        self.leader_combo = QComboBox(invite)
        self.leader_combo.setObjectName("leaderCombo")
        for row in self.leader_rows:
            caption = f"{row.full_name} — {row.title}" if row.title else row.full_name
            self.leader_combo.addItem(caption, str(row.id))
        if leader_id is not None:
            self.leader_combo.setCurrentIndex(max(0, self.leader_combo.findData(str(leader_id))))
        form.addRow(self.tr("Lãnh đạo:"), self.leader_combo)
        self.role_combo = QComboBox(invite)
        for role in InvitationRole:
            self.role_combo.addItem(role_text(role), role)
        form.addRow(self.tr("Vai trò:"), self.role_combo)
        self.status_combo = QComboBox(invite)
        for status in (InvitationStatus.PROPOSED, InvitationStatus.SENT, InvitationStatus.ACCEPTED):
            self.status_combo.addItem(status_text(status), status)
        form.addRow(self.tr("Trạng thái:"), self.status_combo)
        self.note_edit = QLineEdit(invite)
        form.addRow(self.tr("Ghi chú:"), self.note_edit)
        self.invite_button = QPushButton(self.tr("Mời vào đoàn"), invite)
        self.invite_button.setObjectName("inviteButton")
        self.invite_button.clicked.connect(self.invite)
        form.addRow("", self.invite_button)
        layout.addWidget(invite)

        reason = QFormLayout()
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("overrideReason")
        self.reason_edit.setPlaceholderText(self.tr("Chỉ cần khi nhận lời gây trùng lịch, ví dụ: đi trực thăng"))
        reason.addRow(self.tr("Lý do vẫn nhận lời:"), self.reason_edit)
        layout.addLayout(reason)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("errorLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.hide()
        layout.addWidget(self.message_label)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.site_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reload()

    # Reading ----------------------------------------------------------------------------------------
    def site_id(self) -> uuid.UUID | None:
        data = self.site_combo.currentData()
        return uuid.UUID(data) if data else None

    def leader_id(self) -> uuid.UUID | None:
        data = self.leader_combo.currentData()
        return uuid.UUID(data) if data else None

    def reload(self) -> None:
        """Show the delegation of the chosen site."""
        site_id = self.site_id()
        self.rows = self.context.ops.read(lambda s: invitations.delegation(s, site_id)) if site_id else []
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            name = f"{row.leader_name} — {row.leader_title}" if row.leader_title else row.leader_name
            cells = (name, role_text(row.role), status_text(row.status), row.override_reason or row.note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setForeground(QBrush(STATUS_COLOURS[row.status]))
                self.table.setItem(i, column, item)
        self.invite_button.setEnabled(site_id is not None and self.leader_combo.count() > 0)
        has_head = any(r.role == InvitationRole.HEAD and r.is_engagement for r in self.rows)
        self.role_combo.setCurrentIndex(self.role_combo.findData(InvitationRole.MEMBER if has_head
                                                                 else InvitationRole.HEAD))
        self._selection_changed()

    def selected(self) -> InvitationRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select_leader_row(self, leader_id: uuid.UUID) -> bool:
        for i, row in enumerate(self.rows):
            if row.leader_id == leader_id:
                self.table.selectRow(i)
                return True
        return False

    def _selection_changed(self) -> None:
        row = self.selected()
        self.new_status_combo.clear()
        if row is not None:
            for status in InvitationStatus:
                if status != row.status and invitation_change_allowed(row.status, status):
                    self.new_status_combo.addItem(status_text(status), status)
        self.change_button.setEnabled(self.new_status_combo.count() > 0)

    # Writing ----------------------------------------------------------------------------------------
    def _run(self, command: object) -> bool:
        try:
            self.context.push(command)  # type: ignore[arg-type]
        except FestivalPlannerError as exc:
            log.info("delegation change refused: %s", exc.code)
            self.show_message(exc.message)
            if exc.code == OVERRIDE_CODE:
                self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self.message_label.hide()
        self.reason_edit.clear()
        return True

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    def invite(self) -> bool:
        """Invite the chosen leader with the chosen role and status."""
        site_id, leader_id = self.site_id(), self.leader_id()
        if site_id is None or leader_id is None:
            return False
        name = next((r.full_name for r in self.leader_rows if r.id == leader_id), "")
        done = self._run(InviteCommand(self.context.ops, site_id, leader_id, self.role_combo.currentData(),
                                       status=self.status_combo.currentData(), note=self.note_edit.text().strip(),
                                       override_reason=self.reason_edit.text().strip(), leader_name=name))
        self.reload()
        if done:
            self.note_edit.clear()
            self.select_leader_row(leader_id)
        return done

    def change_status(self, status: InvitationStatus | None = None) -> bool:
        """Move the selected invitation to ``status`` (default: the one chosen in the combo)."""
        row = self.selected()
        status = status if isinstance(status, InvitationStatus) else self.new_status_combo.currentData()
        if row is None or status is None:
            return False
        done = self._run(SetInvitationStatusCommand(self.context.ops, row, status, self.reason_edit.text().strip()))
        self.reload()
        self.select_leader_row(row.leader_id)
        return done
