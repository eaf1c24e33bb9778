"""The "changed by someone else" dialog: an edit refused because the row changed since it was read
(another window, another person on the team server). It shows, field by field, the value the user
typed, the value saved meanwhile and the value when the user began, and who saved it; the user reloads
(keeps the other's values) or overwrites them with their own (a new, undoable edit over the current row).
Nothing is ever overwritten silently."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def field_label(name: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "date": translate("ConflictDialog", "Ngày tổ chức"), "start_time": translate("ConflictDialog", "Giờ bắt đầu"),
        "end_time": translate("ConflictDialog", "Giờ kết thúc"), "venue": translate("ConflictDialog", "Địa điểm"),
        "host_unit": translate("ConflictDialog", "Đơn vị chủ trì"),
        "contact_name": translate("ConflictDialog", "Người liên hệ"),
        "contact_phone": translate("ConflictDialog", "Điện thoại liên hệ"),
        "notes": translate("ConflictDialog", "Ghi chú"), "status": translate("ConflictDialog", "Trạng thái"),
    }
    return labels.get(name, name)


def show_value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, enum.Enum):
        from festival_planner.domain import messages

        return messages.label(value)
    return str(value)


class ConflictDialog(QDialog):
    """Mine / theirs / as it was, per field; "Tải lại" or "Ghi đè bằng giá trị của tôi"."""

    def __init__(self, title: str, mine: Mapping[str, Any], theirs: Mapping[str, Any], base: Mapping[str, Any],
                 who: str, overwrite: Callable[[], None], reload: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictDialog")
        self.setWindowTitle(self.tr("Người khác vừa sửa mục này"))
        intro = self.tr("%1 vừa được lưu ở nơi khác sau khi bạn mở nó để sửa; thay đổi của bạn CHƯA được lưu.") \
            .replace("%1", title)
        if who:
            intro += " " + self.tr("Người sửa: %1.").replace("%1", who)
        self.intro_label = QLabel(intro, self)
        self.intro_label.setWordWrap(True)
        self.table = QTableWidget(len(mine), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Mục"), self.tr("Bạn nhập"), self.tr("Hiện đã lưu"),
                                              self.tr("Lúc bạn mở")])
        for number, (name, value) in enumerate(mine.items()):
            for column, text in enumerate((field_label(name), show_value(value), show_value(theirs.get(name)),
                                           show_value(base.get(name)))):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(self)
        self.reload_button = buttons.addButton(self.tr("Tải lại (giữ giá trị đã lưu)"),
                                               QDialogButtonBox.ButtonRole.RejectRole)
        self.overwrite_button = buttons.addButton(self.tr("Ghi đè bằng giá trị của tôi"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.reload_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.accepted.connect(overwrite)
        self.rejected.connect(reload)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 260)
