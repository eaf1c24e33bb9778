"""Adding, editing and deleting the rows a user keeps in the "Công việc" workspace: budget lines,
commendations, gifts, programme items, a site's checklist items and the national workplan's tasks.

Each kind of row is a ``RowKind``: its fields (how the dialog shows and reads them) and its services
(add, update, delete, restore). ``RowDialog`` is the one form for all of them: it reads what was typed
(an amount "1.250.000", a date "19/08/2026"), refuses in the interface language what it cannot read,
and hands the values to an undoable command; the service's own checks (a required title, a programme
item that overlaps another) come back as the same red line under the form, with nothing written.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from festival_planner.domain import messages
from festival_planner.domain.enums import (
    BudgetCategory,
    ChecklistStatus,
    CommendationKind,
    FundingSource,
    GiftRecipientKind,
    ProgrammePart,
)
from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.domain.money import format_vnd, parse_vnd
from festival_planner.domain.values import format_date, parse_date
from festival_planner.gui.checklists.commands import (
    AddRowCommand,
    DeleteRowsCommand,
    EditBudgetLineCommand,
    EditItemCommand,
    EditProgrammeItemCommand,
)
from festival_planner.gui.commands import EditCommand, ServiceCommand
from festival_planner.gui.operations import Operations
from festival_planner.gui.submit_dialog import SubmitDialog
from festival_planner.services import budget, checklists, programme

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


class Input(enum.Enum):
    TEXT = "text"
    NOTE = "note"  # several lines
    MONEY = "money"  # whole đồng, required (0 when empty)
    MONEY_OR_NONE = "money_or_none"  # empty: not known yet
    MINUTES = "minutes"
    CHOICE = "choice"  # one member of ``Field.choices``
    DATE = "date"  # empty: none
    TIME = "time"
    CATEGORY = "category"  # free text, the categories already used offered in a drop-down


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    input: Input
    choices: type[enum.Enum] | None = None
    required: bool = False


@dataclass(frozen=True)
class RowKind:
    """One kind of row: its words, its fields and the services that write it."""

    key: str
    noun: str  # "khoản kinh phí": in the undo texts and the dialog's title
    fields: tuple[Field, ...]
    name_of: Callable[[Any], str]  # how one row is named in a question or an undo text
    add: Callable[..., Any]  # add(session, owner_id, **values)
    delete: Callable[[Session, uuid.UUID, int], Any]
    restore: Callable[[Session, Any], Any]
    edit: Callable[[Operations, Any, dict[str, Any]], ServiceCommand]

    def add_command(self, ops: Operations, owner_id: uuid.UUID, values: dict[str, Any]) -> AddRowCommand:
        text = (translate("RowDialog", "Thêm %1 “%2”").replace("%1", self.noun)
                .replace("%2", self.name_of(_Values(values))))
        return AddRowCommand(ops, text, lambda session: self.add(session, owner_id, **values), self.delete,
                             self.restore, self.note_for(ops, owner_id))

    def delete_command(self, ops: Operations, owner_id: uuid.UUID, rows: Sequence[Any]) -> DeleteRowsCommand:
        if len(rows) == 1:
            text = translate("RowDialog", "Xóa %1 “%2”").replace("%1", self.noun).replace("%2", self.name_of(rows[0]))
        else:
            text = translate("RowDialog", "Xóa %1 %2").replace("%1", str(len(rows))).replace("%2", self.noun)
        return DeleteRowsCommand(ops, text, rows, self.delete, self.restore, self.note_for(ops, owner_id))

    def note_for(self, ops: Operations, owner_id: uuid.UUID) -> Callable[[Session], None] | None:
        """Adding or deleting a programme item renumbers the others: remember their new versions."""
        if self.key != "programme":
            return None

        def note(session: Session) -> None:
            for item in programme.get_programme(session, owner_id).items:
                ops.known_versions[item.id] = item.version
        return note


class _Values:
    """Typed values seen as a row (``name_of`` reads attributes)."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)

    def __getattr__(self, name: str) -> Any:
        return None


def _edit(text_of: Callable[[Any], str], update: Callable[..., Any]) -> Callable[..., ServiceCommand]:
    def make(ops: Operations, row: Any, changes: dict[str, Any]) -> ServiceCommand:
        return EditCommand(ops, text_of(row), row, changes, update)
    return make


def _line_name(row: Any) -> str:
    return row.description or (messages.label(BudgetCategory(row.category)) if row.category else "")


def kinds() -> dict[str, RowKind]:
    """The kinds of row, their words in the interface language."""
    text, note, choice = Input.TEXT, Input.NOTE, Input.CHOICE
    line = RowKind(
        "budget", translate("RowDialog", "khoản kinh phí"),
        (Field("category", translate("RowDialog", "Hạng mục:"), choice, BudgetCategory),
         Field("description", translate("RowDialog", "Diễn giải:"), text),
         Field("estimated_vnd", translate("RowDialog", "Dự toán (đồng):"), Input.MONEY),
         Field("actual_vnd", translate("RowDialog", "Thực chi (đồng):"), Input.MONEY_OR_NONE),
         Field("funding_source", translate("RowDialog", "Nguồn kinh phí:"), choice, FundingSource),
         Field("note", translate("RowDialog", "Ghi chú:"), note)),
        _line_name, budget.add_budget_line, budget.delete_budget_line, budget.restore_budget_line,
        lambda ops, row, changes: EditBudgetLineCommand(ops, row, changes))
    commendation = RowKind(
        "commendation", translate("RowDialog", "khen thưởng"),
        (Field("kind", translate("RowDialog", "Đối tượng:"), choice, CommendationKind),
         Field("recipient", translate("RowDialog", "Tập thể/cá nhân:"), text, required=True),
         Field("unit", translate("RowDialog", "Đơn vị:"), text),
         Field("award", translate("RowDialog", "Hình thức khen thưởng:"), text, required=True),
         Field("decision_number", translate("RowDialog", "Số quyết định:"), text),
         Field("decision_date", translate("RowDialog", "Ngày quyết định:"), Input.DATE)),
        lambda row: row.recipient or "", budget.add_commendation, budget.delete_commendation,
        budget.restore_commendation,
        _edit(lambda row: translate("RowDialog", "Sửa khen thưởng “%1”").replace("%1", row.recipient),
              budget.update_commendation))
    gift = RowKind(
        "gift", translate("RowDialog", "quà tặng"),
        (Field("recipient_kind", translate("RowDialog", "Người nhận là:"), choice, GiftRecipientKind),
         Field("recipient", translate("RowDialog", "Người/đơn vị nhận:"), text, required=True),
         Field("gift", translate("RowDialog", "Quà:"), text, required=True),
         Field("value_vnd", translate("RowDialog", "Trị giá (đồng):"), Input.MONEY)),
        lambda row: row.recipient or "", budget.add_gift, budget.delete_gift, budget.restore_gift,
        _edit(lambda row: translate("RowDialog", "Sửa quà tặng “%1”").replace("%1", row.recipient), budget.update_gift))
    item = RowKind(
        "programme", translate("RowDialog", "mục chương trình"),
        (Field("start_time", translate("RowDialog", "Bắt đầu:"), Input.TIME),
         Field("duration_min", translate("RowDialog", "Số phút:"), Input.MINUTES),
         Field("title", translate("RowDialog", "Nội dung:"), text, required=True),
         Field("responsible", translate("RowDialog", "Người/đơn vị thực hiện:"), text),
         Field("part", translate("RowDialog", "Phần:"), choice, ProgrammePart)),
        lambda row: row.title or "", programme.add_programme_item, programme.delete_programme_item,
        programme.restore_programme_item, lambda ops, row, changes: EditProgrammeItemCommand(ops, row, changes))
    checklist_fields = (Field("title", translate("RowDialog", "Công việc:"), text, required=True),
                        Field("category", translate("RowDialog", "Nhóm:"), Input.CATEGORY),
                        Field("owner", translate("RowDialog", "Người phụ trách:"), text),
                        Field("due_date", translate("RowDialog", "Hạn (ngày/tháng/năm):"), Input.DATE),
                        Field("status", translate("RowDialog", "Trạng thái:"), choice, ChecklistStatus),
                        Field("note", translate("RowDialog", "Ghi chú:"), note))
    site_item = RowKind(
        "items", translate("RowDialog", "công việc"), checklist_fields, lambda row: row.title or "",
        checklists.add_item,
        checklists.delete_item, checklists.restore_item, lambda ops, row, changes: EditItemCommand(ops, row, changes))
    task = RowKind(
        "tasks", translate("RowDialog", "công việc toàn quốc"), checklist_fields, lambda row: row.title or "",
        checklists.add_campaign_task, checklists.delete_item, checklists.restore_item,
        lambda ops, row, changes: EditItemCommand(ops, row, changes))
    return {k.key: k for k in (line, commendation, gift, item, site_item, task)}


class RowDialog(SubmitDialog):
    """Add a row (``row`` None) or edit one: OK hands the values (an edit: only those changed) to
    ``submit``, which pushes the undoable command; a refusal shows in red and nothing is written."""

    def __init__(self, kind: RowKind, submit: Callable[[dict[str, Any]], None], row: Any = None,
                 defaults: dict[str, Any] | None = None, categories: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.kind, self.row = kind, row
        self.setObjectName("RowDialog")
        title = translate("RowDialog", "Sửa %1") if row is not None else translate("RowDialog", "Thêm %1")
        self.setWindowTitle(title.replace("%1", kind.noun))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        start = {**(defaults or {}), **(row.values() if row is not None else {})}
        self.inputs: dict[str, QWidget] = {}
        for spec in kind.fields:
            widget = self._make(spec, start.get(spec.name), categories)
            widget.setObjectName(spec.name)
            self.inputs[spec.name] = widget
            form.addRow(spec.label + (" *" if spec.required else ""), widget)
        if any(spec.required for spec in kind.fields):
            form.addRow("", QLabel(translate("RowDialog", "* bắt buộc"), self))
        self._read: dict[str, Any] = {}
        ok = translate("RowDialog", "Lưu") if row is not None else translate("RowDialog", "Thêm")
        self.add_buttons(layout, ok, translate("RowDialog", "Hủy"))

    # the form -----------------------------------------------------------------------------------------
    def _make(self, spec: Field, value: Any, categories: Sequence[str]) -> QWidget:
        changed = lambda *_args, name=spec.name: self.field_edited(name)  # noqa: E731
        if spec.input is Input.CHOICE:
            combo = QComboBox(self)
            assert spec.choices is not None
            for member in spec.choices:
                combo.addItem(messages.label(member), member.value)
            wanted = value.value if isinstance(value, enum.Enum) else value
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.currentIndexChanged.connect(changed)
            return combo
        if spec.input is Input.CATEGORY:
            combo = QComboBox(self)
            combo.setEditable(True)
            combo.addItems(list(dict.fromkeys(c for c in categories if c)))
            combo.setCurrentText(value or "")
            combo.currentTextChanged.connect(changed)
            return combo
        if spec.input is Input.NOTE:
            edit = QPlainTextEdit(value or "", self)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
            edit.textChanged.connect(changed)
            return edit
        if spec.input is Input.MINUTES:
            spin = QSpinBox(self)
            spin.setRange(1, 600)
            spin.setSuffix(translate("RowDialog", " phút"))
            spin.setValue(int(value or 15))
            spin.valueChanged.connect(changed)
            return spin
        if spec.input is Input.TIME:
            edit_time = QTimeEdit(self)
            edit_time.setDisplayFormat("HH:mm")
            when = value or dt.time(7, 30)
            edit_time.setTime(QTime(when.hour, when.minute))
            edit_time.timeChanged.connect(changed)
            return edit_time
        line = QLineEdit(self)
        if spec.input in (Input.MONEY, Input.MONEY_OR_NONE):
            line.setText(format_vnd(value, symbol=False) if value is not None else "")
            line.setPlaceholderText(translate("RowDialog", "ví dụ 1.250.000") if spec.input is Input.MONEY
                                    else translate("RowDialog", "để trống khi chưa biết"))
        elif spec.input is Input.DATE:
            line.setText(format_date(value) if value else "")
            line.setPlaceholderText(translate("RowDialog", "ngày/tháng/năm, ví dụ 19/08/2026"))
        else:
            line.setText(value or "")
        line.textChanged.connect(changed)
        return line

    def set_value(self, name: str, value: Any) -> None:
        """Type ``value`` into a field as the user would (tests and keyboard users)."""
        widget = self.inputs[name]
        if isinstance(widget, QComboBox) and not widget.isEditable():
            widget.setCurrentIndex(widget.findData(value.value if isinstance(value, enum.Enum) else value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentText(str(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QTimeEdit):
            widget.setTime(QTime(value.hour, value.minute))
        else:
            assert isinstance(widget, QLineEdit)
            widget.setText(str(value))

    def _value(self, spec: Field) -> Any:
        widget = self.inputs[spec.name]
        if isinstance(widget, QComboBox):
            return widget.currentText().strip() if widget.isEditable() else spec.choices(widget.currentData())  # type: ignore[misc]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QTimeEdit):
            return dt.time(widget.time().hour(), widget.time().minute())
        assert isinstance(widget, QLineEdit)
        typed = widget.text().strip()
        if spec.input is Input.MONEY:
            return parse_vnd(typed) if typed else 0
        if spec.input is Input.MONEY_OR_NONE:
            return parse_vnd(typed) if typed else None
        if spec.input is Input.DATE:
            return parse_date(typed) if typed else None
        return typed

    def read(self) -> dict[str, Any]:
        """Every field as the service takes it; raises ``ValidationError`` (with the field) on what
        cannot be read."""
        values = {}
        for spec in self.kind.fields:
            try:
                values[spec.name] = self._value(spec)
            except FestivalPlannerError as exc:
                exc.params.setdefault("field", spec.name)
                raise
        return values

    # SubmitDialog ------------------------------------------------------------------------------------
    def accept(self) -> None:
        try:
            values = self.read()
        except FestivalPlannerError as exc:
            field = exc.params.get("field")
            self.show_error(exc.message, field if isinstance(field, str) else None)
            return
        if self.row is not None:  # an edit hands on only what changed
            old = self.row.values()
            values = {name: value for name, value in values.items() if old.get(name) != value}
        self._read = values
        super().accept()

    def values(self) -> dict[str, Any]:
        return self._read

    def problem(self, values: dict[str, Any]) -> str | None:
        for spec in self.kind.fields:  # an add checks every field, an edit those it changes
            if spec.required and (self.row is None or spec.name in values) and not values.get(spec.name):
                return translate("RowDialog", "Hãy nhập “%1”.").replace("%1", spec.label.rstrip(":"))
        return None
