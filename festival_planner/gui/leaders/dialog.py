"""The add-leader and edit-leader dialog: name, title, organisation, precedence rank, phone, e-mail,
notes, active. It writes nothing itself: on OK it hands the values to ``submit`` (an undoable command)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget

from festival_planner.gui.submit_dialog import Submit, SubmitDialog
from festival_planner.services.leaders import DEFAULT_RANK, MAX_RANK, LeaderRow


class LeaderDialog(SubmitDialog):
    """Add a leader (``row`` None) or edit one."""

    def __init__(self, submit: Submit, row: LeaderRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setObjectName("LeaderDialog")
        self.row = row
        self.setWindowTitle(self.tr("Thêm lãnh đạo") if row is None else self.tr("Sửa thông tin lãnh đạo"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.name_edit = QLineEdit(row.full_name if row else "", self)
        self.name_edit.setPlaceholderText(self.tr("Ví dụ: Nguyễn Văn An"))
        form.addRow(self.tr("Họ và tên:"), self.name_edit)
        self.title_edit = QLineEdit(row.title if row else "", self)
        self.title_edit.setPlaceholderText(self.tr("Ví dụ: Phó Thủ tướng Chính phủ"))
        form.addRow(self.tr("Chức vụ:"), self.title_edit)
        self.organisation_edit = QLineEdit(row.organisation if row else "", self)
        form.addRow(self.tr("Cơ quan:"), self.organisation_edit)
        self.rank_spin = QSpinBox(self)
        self.rank_spin.setRange(0, MAX_RANK)
        self.rank_spin.setValue(row.precedence_rank if row else DEFAULT_RANK)
        self.rank_spin.setToolTip(self.tr("Thứ tự nghi lễ: số nhỏ đứng trước"))
        form.addRow(self.tr("Thứ tự:"), self.rank_spin)
        self.phone_edit = QLineEdit(row.phone if row else "", self)
        form.addRow(self.tr("Điện thoại:"), self.phone_edit)
        self.email_edit = QLineEdit(row.email if row else "", self)
        form.addRow(self.tr("Thư điện tử:"), self.email_edit)
        self.notes_edit = QPlainTextEdit(row.notes if row else "", self)
        self.notes_edit.setFixedHeight(70)
        form.addRow(self.tr("Ghi chú:"), self.notes_edit)
        self.active_check = QCheckBox(self.tr("Đang theo dõi (được mời vào đoàn)"), self)
        self.active_check.setChecked(row.active if row else True)
        form.addRow("", self.active_check)
        for edit, field in ((self.name_edit, "full_name"), (self.email_edit, "email"), (self.title_edit, "title")):
            edit.textChanged.connect(lambda _t, field=field: self.field_edited(field))
        self.add_buttons(layout, self.tr("Thêm") if row is None else self.tr("Lưu"), self.tr("Hủy"))
        self.name_edit.setFocus()

    def values(self) -> dict[str, Any]:
        """All fields (add) or the changed ones (edit)."""
        values: dict[str, Any] = {
            "full_name": self.name_edit.text().strip(),
            "title": self.title_edit.text().strip(),
            "organisation": self.organisation_edit.text().strip(),
            "precedence_rank": self.rank_spin.value(),
            "phone": self.phone_edit.text().strip(),
            "email": self.email_edit.text().strip(),
            "notes": self.notes_edit.toPlainText().strip(),
            "active": self.active_check.isChecked(),
        }
        if self.row is None:
            return values
        old = self.row.values()
        return {name: value for name, value in values.items() if old.get(name) != value}

    def problem(self, values: dict[str, Any]) -> str | None:
        if self.row is None and not values.get("full_name"):
            return self.tr("Hãy nhập họ và tên.")
        return None

    def needs_submit(self, values: dict[str, Any]) -> bool:
        return self.row is None or bool(values)
