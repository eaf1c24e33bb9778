"""The dialogs of the checklists workspace: apply a template to a site, and the template editor
(add, remove, reorder items and categories, lead times; export to and import from .xlsx)."""

from __future__ import annotations

import enum
import uuid
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from festival_planner.domain.enums import TemplateScope
from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.domain.text import sort_key
from festival_planner.gui import dialogs
from festival_planner.gui.checklists.commands import (
    AddTemplateItemCommand,
    ApplyTemplateCommand,
    EditTemplateItemCommand,
    ImportTemplateCommand,
    RemoveTemplateItemCommand,
    ReorderTemplateCommand,
)
from festival_planner.gui.checklists.views import error_label
from festival_planner.gui.snapshot_model import SnapshotTableModel
from festival_planner.gui.submit_dialog import SubmitDialog
from festival_planner.gui.workspace import WorkspaceContext
from festival_planner.services import checklist_templates
from festival_planner.services.checklist_templates import TemplateItemRow, TemplateItemSpec, TemplateRow
from festival_planner.services.sites import SiteRow


class ApplyTemplateDialog(SubmitDialog):
    """Choose a site template (and whether to replace the site's checklist); OK applies it, undoably."""

    def __init__(self, context: WorkspaceContext, site: SiteRow, has_items: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(self._submit_values, parent)
        self.setObjectName("ApplyTemplateDialog")
        self.context, self.site = context, site
        self.setWindowTitle(self.tr("Áp dụng mẫu danh mục"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        form.addRow(self.tr("Điểm:"), QLabel(f"<b>{site.commune.name}</b> — {site.date:%d/%m/%Y}", self))
        self.template_combo = QComboBox(self)
        found = {t.name: len(t.items) for t in
                 context.ops.read(lambda s: checklist_templates.list_templates(s, TemplateScope.SITE))}
        for name, _description, scope, specs in checklist_templates.shipped_templates():
            if scope is TemplateScope.SITE:
                found.setdefault(name, len(specs))  # installed on first use
        for name, count in sorted(found.items(), key=lambda item: sort_key(item[0])):
            self.template_combo.addItem(self.tr("%1 (%2 công việc)").replace("%1", name)
                                        .replace("%2", str(count)), name)
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(checklist_templates.DEFAULT_TEMPLATE)))
        form.addRow(self.tr("Mẫu:"), self.template_combo)
        self.replace_box = QCheckBox(self.tr("Thay thế danh mục hiện có (xóa các công việc cũ)"), self)
        self.replace_box.setVisible(has_items)
        form.addRow("", self.replace_box)
        form.addRow("", QLabel(self.tr("Hạn của mỗi công việc tính ngược từ ngày tổ chức của điểm."), self))
        self.add_buttons(layout, self.tr("Áp dụng"), self.tr("Hủy"))

    def values(self) -> dict[str, Any]:
        return {"template": self.template_combo.currentData(), "replace": self.replace_box.isChecked()}

    def needs_submit(self, values: dict[str, Any]) -> bool:
        return True

    def problem(self, values: dict[str, Any]) -> str | None:
        return None if values["template"] else self.tr("Chưa có mẫu danh mục nào.")

    def _submit_values(self, values: dict[str, Any]) -> None:
        self.context.push(ApplyTemplateCommand(self.context.ops, self.site.id, values["template"], values["replace"]))


class TemplateItemModel(SnapshotTableModel):
    """The items of a template, all four fields edited inline."""

    class Column(enum.IntEnum):
        CATEGORY = 0
        TITLE = 1
        DAYS_BEFORE = 2
        OWNER = 3

    editable = {Column.CATEGORY: "category", Column.TITLE: "title", Column.DAYS_BEFORE: "days_before",
                Column.OWNER: "default_owner"}

    def title(self, column: int) -> str:
        return [self.tr("Nhóm"), self.tr("Công việc"), self.tr("Số ngày trước"), self.tr("Phụ trách mặc định")][column]

    def display(self, row: Any, column: int) -> str:
        return [row.category, row.title, str(row.days_before), row.default_owner][column]

    def sort_value(self, row: Any, column: int) -> Any:
        if column == self.Column.DAYS_BEFORE:
            return row.days_before
        return sort_key(self.display(row, column))

    def edit_value(self, row: Any, column: int) -> Any:
        return row.days_before if column == self.Column.DAYS_BEFORE else self.display(row, column)

    def to_service(self, row: Any, column: int, value: Any) -> Any:
        return int(value) if column == self.Column.DAYS_BEFORE else str(value).strip()


class TemplateEditorDialog(QDialog):
    """Edit the checklist templates; every change is an undoable step of the main window's stack."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TemplateEditorDialog")
        self.context = context
        self.setWindowTitle(self.tr("Mẫu danh mục công việc"))
        self.resize(900, 560)
        self.template: TemplateRow | None = None
        self.template_combo = QComboBox(self)
        self.template_combo.activated.connect(lambda _i: self.reload())
        self.model = TemplateItemModel(self)
        self.model.edit_handler = self._edit
        self.table = QTableView(self)
        self.table.setObjectName("templateItems")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(TemplateItemModel.Column.CATEGORY, 160)
        self.table.setColumnWidth(TemplateItemModel.Column.TITLE, 380)
        self.error = error_label(self)

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("add", self.tr("Thêm công việc"), self.add_item),
                                ("remove", self.tr("Xóa công việc"), self.remove_item),
                                ("up", self.tr("Lên"), lambda: self.move_item(-1)),
                                ("down", self.tr("Xuống"), lambda: self.move_item(1)),
                                ("category_up", self.tr("Nhóm lên"), lambda: self.move_category(-1)),
                                ("category_down", self.tr("Nhóm xuống"), lambda: self.move_category(1)),
                                ("export", self.tr("Xuất Excel…"), self.ask_export),
                                ("import", self.tr("Nhập Excel…"), self.ask_import)):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, slot=slot: slot())
            buttons.addWidget(button)
            self.buttons[key] = button
        close = QPushButton(self.tr("Đóng"), self)
        close.clicked.connect(self.accept)
        buttons.addStretch(1)
        buttons.addWidget(close)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Mẫu:"), self))
        top.addWidget(self.template_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        context.ops.changed.connect(self._changed)
        self.reload()

    # reading ----------------------------------------------------------------------------------------
    def _changed(self, _changes: object) -> None:
        if self.isVisible():
            self.reload()

    def reload(self, select: str | None = None) -> None:
        """Read the templates again (keeping the one shown, or showing ``select``)."""
        wanted = select or self.template_combo.currentData()
        templates = self.context.ops.read(checklist_templates.list_templates)
        self.template_combo.clear()
        for t in templates:
            self.template_combo.addItem(t.name, t.name)
        index = self.template_combo.findData(wanted)
        self.template_combo.setCurrentIndex(max(0, index))
        self.template = next((t for t in templates if t.name == self.template_combo.currentData()), None)
        current = self.selected_item()
        self.model.set_rows(list(self.template.items) if self.template else [])
        if current is not None:
            self.select_item(current.id)

    def select_item(self, item_id: uuid.UUID) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))

    def selected_item(self) -> TemplateItemRow | None:
        index = self.table.currentIndex()
        rows = self.model.rows()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    # writing ----------------------------------------------------------------------------------------
    def _push(self, command: Any) -> bool:
        self.error.hide()
        try:
            self.context.push(command)
        except FestivalPlannerError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return False
        self.reload()
        return True

    def _edit(self, row: Any, changes: dict[str, Any]) -> bool:
        return self._push(EditTemplateItemCommand(self.context.ops, row, changes))

    def add_item(self, title: str | None = None) -> bool:
        if self.template is None:
            return False
        current = self.selected_item()
        category = current.category if current else self.tr("Khác")
        spec = TemplateItemSpec(title or self.tr("Công việc mới"), category, 7, "")
        command = AddTemplateItemCommand(self.context.ops, self.template.id, spec)
        if not self._push(command):
            return False
        if command.item_id is not None:
            self.select_item(command.item_id)
            self.table.edit(self.model.index(self.model.row_of(command.item_id), TemplateItemModel.Column.TITLE))
        return True

    def remove_item(self) -> bool:
        current = self.selected_item()
        return current is not None and self._push(RemoveTemplateItemCommand(self.context.ops, current))

    def _reorder(self, new_ids: list[uuid.UUID]) -> bool:
        assert self.template is not None
        old_ids = [r.id for r in self.model.rows()]
        if new_ids == old_ids:
            return False
        return self._push(ReorderTemplateCommand(self.context.ops, self.template.id, old_ids, new_ids))

    def move_item(self, step: int) -> bool:
        """Move the selected item up (-1) or down (+1)."""
        current = self.selected_item()
        if current is None or self.template is None:
            return False
        ids = [r.id for r in self.model.rows()]
        i = ids.index(current.id)
        j = i + step
        if not 0 <= j < len(ids):
            return False
        ids[i], ids[j] = ids[j], ids[i]
        return self._reorder(ids)

    def move_category(self, step: int) -> bool:
        """Move the selected item's whole category up (-1) or down (+1)."""
        current = self.selected_item()
        if current is None or self.template is None:
            return False
        rows = self.model.rows()
        categories = list(dict.fromkeys(r.category for r in rows))
        i = categories.index(current.category)
        j = i + step
        if not 0 <= j < len(categories):
            return False
        categories[i], categories[j] = categories[j], categories[i]
        return self._reorder([r.id for c in categories for r in rows if r.category == c])

    def export_to(self, path: str) -> bool:
        """Write the template shown to an .xlsx file (reads only)."""
        if self.template is None:
            return False
        template_id = self.template.id
        try:
            self.context.ops.read(lambda s: checklist_templates.export_template_xlsx(s, template_id, path))
        except FestivalPlannerError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return False
        return True

    def import_from(self, path: str, name: str | None = None) -> bool:
        """Create a template from an .xlsx file (undoable) and show it."""
        command = ImportTemplateCommand(self.context.ops, path, name)
        if not self._push(command):
            return False
        self.reload(select=command.created.name)
        return True

    def ask_export(self) -> None:
        if self.template is None:
            return
        path = dialogs.save_file_name(self, self.tr("Xuất mẫu ra Excel"), f"{self.template.name}.xlsx",
                                      self.tr("Bảng tính Excel (*.xlsx)"), "xlsx")
        if path:
            self.export_to(path)

    def ask_import(self) -> None:
        path = dialogs.open_file_name(self, self.tr("Nhập mẫu từ Excel"), "", self.tr("Bảng tính Excel (*.xlsx)"))
        if path:
            self.import_from(path)

    def done(self, result: int) -> None:
        try:
            self.context.ops.changed.disconnect(self._changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)
