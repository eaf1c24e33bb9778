"""*Tệp → Khôi phục từ bản sao lưu…*: the database's backups (date, size, kind, campaigns with their
site counts, check result) and the Restore button.

The dialog only chooses; ``DatabaseActions.restore_backup`` closes the open database, restores
through ``store.restore.restore`` (never a file copy) and opens the result.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from festival_planner.domain.values import format_number
from festival_planner.store.restore import BackupInfo

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class RestoreDialog(QDialog):
    """Pick one backup of the open database."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RestoreDialog")
        self.setWindowTitle(self.tr("Khôi phục từ bản sao lưu"))
        self.backups = backups
        intro = QLabel(self.tr("Chọn bản sao lưu cần khôi phục. Tệp hiện tại được giữ lại thành một bản sao lưu "
                               "“trước khi khôi phục”, nên có thể quay lại."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(backups), 5, self)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Thời điểm"), self.tr("Dung lượng"), self.tr("Loại"),
                                              self.tr("Kế hoạch trong bản sao lưu"), self.tr("Kiểm tra")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, info in enumerate(backups):
            campaigns = ", ".join(self.tr("năm %1: %2 điểm").replace("%1", str(c.year)).replace("%2", str(c.sites))
                                  for c in info.campaigns) or "—"
            cells = [info.made_at.strftime("%d/%m/%Y %H:%M") if info.made_at else "?",
                     f"{format_number(info.size / 1_048_576, 1)} MB", self._reason(info.reason), campaigns,
                     self.tr("Tốt") if info.ok else self.tr("Hỏng")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(info.path))
                item.setToolTip(str(info.path) if info.ok else info.problem)
                if not info.ok:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable & ~Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("Chưa có bản sao lưu nào của tệp này."), self)
        self.empty_label.setVisible(not backups)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(self.tr("Khôi phục"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        self.resize(760, 360)
        first_good = next((i for i, b in enumerate(backups) if b.ok), -1)
        if first_good >= 0:
            self.table.selectRow(first_good)
        self._selection_changed()

    def _reason(self, reason: str) -> str:
        if reason == "auto":
            return self.tr("Tự động hằng ngày")
        if reason == "manual":
            return self.tr("Người dùng sao lưu")
        if reason.startswith("before-upgrade"):
            return self.tr("Trước khi nâng cấp")
        if reason.startswith("before-restore"):
            return self.tr("Trước khi khôi phục")
        return reason

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected_path() is not None)

    def selected_path(self) -> Path | None:
        """The backup chosen (only good ones can be chosen)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return Path(self.table.item(rows[0].row(), 0).data(PATH_ROLE))

    def selected_description(self) -> str:
        """The backup chosen as the list shows it: "05/12/2026 08:30 (Tự động hằng ngày)"."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return ""
        row = rows[0].row()
        return f"{self.table.item(row, 0).text()} ({self.table.item(row, 2).text()})"

    def select_backup(self, path: Path) -> bool:
        for row in range(self.table.rowCount()):
            if Path(self.table.item(row, 0).data(PATH_ROLE)) == path:
                self.table.selectRow(row)
                return True
        return False
