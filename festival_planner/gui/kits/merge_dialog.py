"""File → Nhập bộ hồ sơ gửi về…: what merging a return kit will do, the conflicts with their three
values (base, office, field) and a choice per row, the field's deletions to confirm; Apply runs the
merge as a job and the window puts it on the undo stack as one step (``KitActions``)."""

from __future__ import annotations

import datetime as dt
import enum
import logging
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from festival_planner.domain import messages
from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.domain.models import Site
from festival_planner.domain.values import format_date
from festival_planner.gui.jobs import Job
from festival_planner.gui.kits.passphrase_dialog import ERROR_STYLE
from festival_planner.services import kit_merge
from festival_planner.services.kit_merge import WHOLE_ROW, Conflict, MergePlan, MergeResult, RowChange
from festival_planner.services.kits import table

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
EMPTY = "—"


def entity_name(entity: str) -> str:
    """What a table's rows are called, in words ("Việc cần làm"), as the CLI says it."""
    return kit_merge.entity_label(entity)


def field_name(name: str) -> str:
    """A column's name, in words ("Ghi chú"), as the CLI says it."""
    return kit_merge.field_label(name)


def value_text(entity: str, name: str, value: Any) -> str:
    """A JSON value of a conflict as people read it (dates dd/MM/yyyy, enums their label)."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, dict):  # a whole row's changed values
        return "; ".join(f"{field_name(k)}: {value_text(entity, k, v)}" for k, v in sorted(value.items()))
    columns = table(entity).c
    if name in columns:
        column_type = columns[name].type
        enum_class = getattr(column_type, "enum_class", None)
        if enum_class is not None and issubclass(enum_class, enum.Enum):
            try:
                return messages.label(enum_class(value))
            except ValueError:
                return str(value)
        try:
            kind = column_type.python_type
        except NotImplementedError:
            kind = None
        if kind is dt.date and isinstance(value, str):
            return format_date(dt.date.fromisoformat(value))
        if kind is dt.time and isinstance(value, str):
            return value[:5]
        if kind is int and isinstance(value, int) and name.endswith("_vnd"):
            return f"{value:,}".replace(",", ".")
    return str(value)


def describe_rows(session: Session, plan: MergePlan) -> dict[tuple[str, str], str]:
    """Each conflicting or deleted row as "site (date) — item" (the site read from the office database,
    the item's label from the plan)."""
    rows = [*plan.conflicts, *plan.deletions]
    site_names: dict[str, str] = {}
    for site_id in {r.site_id for r in rows if r.site_id}:
        site = session.get(Site, uuid.UUID(site_id))
        if site is not None:
            site_names[site_id] = f"{site.commune.name} ({format_date(site.date)})"
    found: dict[tuple[str, str], str] = {}
    for change in rows:
        site = site_names.get(change.site_id or "", "")
        item = change.label if change.entity != "site" else ""
        found[(change.entity, change.id)] = " — ".join(part for part in (site, item) if part) or change.label
    return found


class MergeDialog(QDialog):
    """Review and apply a merge plan. ``apply(resolutions, confirm_deletions)`` returns the job that
    writes it; ``merged(result)`` once it is in (the dialog then closes)."""

    merged = Signal(object)
    CHOICE_COLUMN = 6

    def __init__(self, parent: QWidget | None, plan: MergePlan, rows: Mapping[tuple[str, str], str],
                 apply: Callable[[dict[tuple[str, str, str], str], set[str]], Job]) -> None:
        super().__init__(parent)
        self.setObjectName("kitMergeDialog")
        self.setWindowTitle(self.tr("Nhập bộ hồ sơ gửi về"))
        self.plan = plan
        self._apply = apply
        self.job: Job | None = None
        layout = QVBoxLayout(self)
        header = plan.header
        self.summary = QLabel(self)
        self.summary.setObjectName("mergeSummary")
        self.summary.setWordWrap(True)
        self.summary.setText(
            self.tr("Năm %1. Áp dụng %2 thay đổi của thực địa; %3 xung đột cần chọn; %4 dòng bị xóa ở thực địa "
                    "cần xác nhận. Một bản sao lưu được tạo trước khi nhập; có thể hoàn tác (Ctrl+Z).")
            .replace("%1", str(header.campaign_year or "")).replace("%2", str(len(plan.applied)))
            .replace("%3", str(len(plan.conflicts))).replace("%4", str(len(plan.deletions))))
        layout.addWidget(self.summary)
        self.conflicts_label = QLabel(self.tr("Xung đột — cùng một giá trị đã sửa ở cả văn phòng và thực địa:"), self)
        layout.addWidget(self.conflicts_label)
        self.table = QTableWidget(len(plan.conflicts), 7, self)
        self.table.setObjectName("conflictsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Loại"), self.tr("Dòng"), self.tr("Trường"),
                                              self.tr("Ban đầu"), self.tr("Văn phòng"), self.tr("Thực địa"),
                                              self.tr("Giữ")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header_view = self.table.horizontalHeader()
        for column in range(7):  # the row and the three values share the width and wrap
            header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in (1, 3, 4, 5)
                                             else QHeaderView.ResizeMode.ResizeToContents)
        self.choices: list[QComboBox] = []
        for row, conflict in enumerate(plan.conflicts):
            self._fill_row(row, conflict, rows)
        layout.addWidget(self.table, 2)
        all_row = QHBoxLayout()
        self.keep_office_button = QPushButton(self.tr("Giữ bản văn phòng cho tất cả"), self)
        self.keep_office_button.clicked.connect(lambda: self.choose_all("office"))
        self.take_field_button = QPushButton(self.tr("Lấy bản thực địa cho tất cả"), self)
        self.take_field_button.clicked.connect(lambda: self.choose_all("field"))
        all_row.addWidget(self.keep_office_button)
        all_row.addWidget(self.take_field_button)
        all_row.addStretch(1)
        layout.addLayout(all_row)
        for widget in (self.conflicts_label, self.table, self.keep_office_button, self.take_field_button):
            widget.setVisible(bool(plan.conflicts))
        self.deletions_label = QLabel(self.tr("Dòng đã xóa ở thực địa — đánh dấu những dòng đồng ý xóa ở văn phòng:"),
                                      self)
        layout.addWidget(self.deletions_label)
        self.deletions = QListWidget(self)
        self.deletions.setObjectName("deletionsList")
        for change in plan.deletions:
            self._add_deletion(change, rows)
        layout.addWidget(self.deletions, 1)
        self.deletions_label.setVisible(bool(plan.deletions))
        self.deletions.setVisible(bool(plan.deletions))
        self.error = QLabel(self)
        self.error.setObjectName("mergeError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(self.tr("Nhập"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.start_apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_apply()
        self.resize(1100, 560 if plan.conflicts else 360)

    def _fill_row(self, row: int, conflict: Conflict, rows: Mapping[tuple[str, str], str]) -> None:
        office = self.tr("(đã xóa ở văn phòng)") if conflict.field == WHOLE_ROW and conflict.office is None \
            else value_text(conflict.entity, conflict.field, conflict.office)
        cells = (entity_name(conflict.entity), rows.get((conflict.entity, conflict.id), ""),
                 field_name(conflict.field), value_text(conflict.entity, conflict.field, conflict.base), office,
                 value_text(conflict.entity, conflict.field, conflict.field_value))
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(row, column, item)
        combo = QComboBox(self.table)
        combo.setObjectName("conflictChoice")
        combo.addItem(self.tr("— chọn —"), None)
        combo.addItem(self.tr("Văn phòng"), "office")
        combo.addItem(self.tr("Thực địa"), "field")
        combo.currentIndexChanged.connect(lambda _i: self._update_apply())
        self.table.setCellWidget(row, self.CHOICE_COLUMN, combo)
        self.choices.append(combo)

    def _add_deletion(self, change: RowChange, rows: Mapping[tuple[str, str], str]) -> None:
        text = f"{entity_name(change.entity)}: {rows.get((change.entity, change.id), '') or change.id}"
        item = QListWidgetItem(text, self.deletions)
        item.setData(ID_ROLE, change.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)

    # Choices ---------------------------------------------------------------------------------------
    def choose(self, row: int, choice: str) -> None:
        combo = self.choices[row]
        combo.setCurrentIndex(combo.findData(choice))

    def choose_all(self, choice: str) -> None:
        for row in range(len(self.choices)):
            self.choose(row, choice)

    def resolutions(self) -> dict[tuple[str, str, str], str]:
        return {conflict.key: combo.currentData() for conflict, combo in zip(self.plan.conflicts, self.choices)
                if combo.currentData() is not None}

    def confirmed_deletions(self) -> set[str]:
        return {self.deletions.item(i).data(ID_ROLE) for i in range(self.deletions.count())
                if self.deletions.item(i).checkState() == Qt.CheckState.Checked}

    def _update_apply(self) -> None:
        missing = len(self.plan.conflicts) - len(self.resolutions())
        self.apply_button.setEnabled(missing == 0 and self.job is None)
        self.apply_button.setToolTip(self.tr("Còn %1 xung đột chưa chọn").replace("%1", str(missing))
                                     if missing else "")

    # Apply -----------------------------------------------------------------------------------------
    def start_apply(self) -> Job | None:
        if not self.apply_button.isEnabled():
            return None
        self.error.hide()
        self.job = self._apply(self.resolutions(), self.confirmed_deletions())
        self.job.finished.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self._update_apply()
        return self.job

    def _done(self, result: MergeResult) -> None:
        self.job = None
        self.merged.emit(result)
        self.accept()

    def _failed(self, exc: FestivalPlannerError) -> None:
        self.job = None
        self.error.setText(exc.message)
        self.error.show()
        self._update_apply()

    def _cancelled(self) -> None:
        self.job = None
        self._update_apply()

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
        super().reject()
