"""Apply a checklist template to many sites at once (issue 17): all the year's sites, those without a
checklist, or those selected in the Sites workspace; the template chosen per site kind by default
(upland communes "Xã vùng cao", special zones "Đặc khu đảo", others "Mặc định") or one for all.
The table lists what OK will do, site by site; OK writes it all as one undoable step."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from festival_planner.domain.enums import TemplateScope
from festival_planner.domain.text import sort_key
from festival_planner.domain.values import format_number
from festival_planner.gui.bulk import SKIPPED, PreviewTable, push_written
from festival_planner.gui.submit_dialog import SubmitDialog
from festival_planner.gui.workspace import WorkspaceContext
from festival_planner.services import checklist_templates, checklists
from festival_planner.services.checklists import SiteTemplatePlan
from festival_planner.services.site_facts import campaign_sites

ALL, WITHOUT, SELECTED = "all", "without", "selected"


class BulkApplyDialog(SubmitDialog):
    """Choose the sites and the template; the preview lists each site's template and what happens."""

    def __init__(self, context: WorkspaceContext, selected: Sequence[uuid.UUID] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(self._submit_values, parent)
        self.setObjectName("BulkApplyDialog")
        self.setWindowTitle(self.tr("Áp dụng mẫu danh mục cho nhiều điểm"))
        self.context = context
        campaign = context.campaign
        assert campaign is not None
        self.campaign_id = campaign.id
        self.all_ids = [s.id for s in context.ops.read(lambda s: campaign_sites(s, campaign.id))]
        self.without_ids = context.ops.read(lambda s: checklists.sites_without_checklist(s, campaign.id))
        self.selected_ids = [i for i in selected if i in set(self.all_ids)]
        self.plans: list[SiteTemplatePlan] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        scope_box = QVBoxLayout()
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {}
        for key, text, ids in ((ALL, self.tr("Tất cả các điểm của năm (%1)"), self.all_ids),
                               (WITHOUT, self.tr("Các điểm chưa có danh mục công việc (%1)"), self.without_ids),
                               (SELECTED, self.tr("Các điểm đang chọn ở Điểm tổ chức (%1)"), self.selected_ids)):
            button = QRadioButton(text.replace("%1", str(len(ids))), self)
            button.setEnabled(bool(ids))
            self.scope_group.addButton(button)
            self.scope_buttons[key] = button
            scope_box.addWidget(button)
        start = SELECTED if self.selected_ids else WITHOUT if self.without_ids else ALL
        self.scope_buttons[start].setChecked(True)
        self.scope_group.buttonToggled.connect(lambda *_a: self.refresh_preview())
        form.addRow(self.tr("Điểm:"), scope_box)

        self.template_combo = QComboBox(self)
        self.template_combo.addItem(self.tr("Theo loại điểm: xã vùng cao, đặc khu đảo, còn lại mặc định"), None)
        names = {t.name for t in context.ops.read(
            lambda s: checklist_templates.list_templates(s, TemplateScope.SITE))}
        names |= {name for name, _d, scope, _i in checklist_templates.shipped_templates()
                  if scope is TemplateScope.SITE}
        for name in sorted(names, key=sort_key):
            self.template_combo.addItem(name, name)
        self.template_combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        form.addRow(self.tr("Mẫu:"), self.template_combo)
        self.replace_box = QCheckBox(self.tr("Thay thế danh mục của các điểm đã có (xóa các công việc cũ)"), self)
        self.replace_box.toggled.connect(lambda _on: self.refresh_preview())
        form.addRow("", self.replace_box)

        self.table = PreviewTable([self.tr("Ngày"), self.tr("Điểm"), self.tr("Tỉnh"), self.tr("Mẫu"),
                                   self.tr("Sẽ làm")], self, stretch=4)
        layout.addWidget(self.table, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("summaryLabel")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        hint = QLabel(self.tr("Hạn của mỗi công việc tính ngược từ ngày tổ chức của điểm. "
                              "Cả lần áp dụng là một bước, hoàn tác bằng Ctrl+Z."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.add_buttons(layout, self.tr("Áp dụng"), self.tr("Hủy"))
        self.resize(900, 600)
        self.refresh_preview()

    # ------------------------------------------------------------------------------------------------
    def scope(self) -> str:
        return next(key for key, button in self.scope_buttons.items() if button.isChecked())

    def set_scope(self, key: str) -> None:
        self.scope_buttons[key].setChecked(True)

    def site_ids(self) -> list[uuid.UUID]:
        return {ALL: self.all_ids, WITHOUT: self.without_ids, SELECTED: self.selected_ids}[self.scope()]

    def values(self) -> dict[str, Any]:
        return {"site_ids": self.site_ids(), "choose": self.template_combo.currentData(),
                "replace": self.replace_box.isChecked()}

    def refresh_preview(self) -> None:
        values = self.values()
        self.clear_error()
        self.plans = self.context.ops.read(lambda s: checklists.plan_template_for_sites(
            s, values["site_ids"], values["choose"], replace=values["replace"]))
        lines, colours = [], []
        for plan in self.plans:
            if plan.action == "apply":
                what = self.tr("Tạo %1 công việc").replace("%1", str(plan.items))
            elif plan.action == "replace":
                what = self.tr("Xóa %1 công việc cũ, tạo %2 công việc").replace("%1", str(plan.existing)) \
                    .replace("%2", str(plan.items))
            else:
                what = self.tr("Bỏ qua: đã có %1 công việc").replace("%1", str(plan.existing))
            lines.append((f"{plan.date:%d/%m/%Y}", plan.commune_name, plan.province, plan.template, what))
            colours.append(SKIPPED if plan.action == "skip" else None)
        self.table.set_lines(lines, colours)
        applied = [p for p in self.plans if p.action != "skip"]
        skipped = len(self.plans) - len(applied)
        text = self.tr("Sẽ tạo %1 công việc ở %2 điểm.").replace(
            "%1", format_number(sum(p.items for p in applied))).replace("%2", str(len(applied)))
        if skipped:
            text += " " + self.tr("Bỏ qua %1 điểm đã có danh mục.").replace("%1", str(skipped))
        self.summary.setText(text)
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(bool(applied))

    def problem(self, values: dict[str, Any]) -> str | None:
        if not any(p.action != "skip" for p in self.plans):
            return self.tr("Không có điểm nào để áp dụng mẫu.")
        return None

    def needs_submit(self, values: dict[str, Any]) -> bool:
        return True

    def _submit_values(self, values: dict[str, Any]) -> None:
        count = sum(1 for p in self.plans if p.action != "skip")
        text = self.tr("Áp dụng mẫu danh mục cho %1 điểm").replace("%1", str(count))
        push_written(self.context, text, lambda s: checklists.apply_template_to_sites(
            s, values["site_ids"], values["choose"], replace=values["replace"]))
        self.context.show_status(text)


class BulkItemStatusDialog(SubmitDialog):
    """One task (by its title) at every site that has it: choose the new status; the table lists each
    site's item and its status now; OK changes them all as one undoable step."""

    def __init__(self, context: WorkspaceContext, title: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self._submit_values, parent)
        from festival_planner.domain.enums import ChecklistStatus
        from festival_planner.domain.messages import label as status_text

        self.setObjectName("BulkItemStatusDialog")
        self.setWindowTitle(self.tr("Đổi trạng thái một công việc ở nhiều điểm"))
        self.context = context
        campaign = context.campaign
        assert campaign is not None
        self.campaign_id = campaign.id
        self._status_text = status_text
        self.names = {s.id: (s.commune_name, s.province) for s in
                      context.ops.read(lambda s: campaign_sites(s, campaign.id))}
        self.items: list[Any] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.title_combo = QComboBox(self)
        self.title_combo.setMinimumContentsLength(50)
        for item_title, category, count in context.ops.read(
                lambda s: checklists.campaign_item_titles(s, campaign.id)):
            self.title_combo.addItem(self.tr("%1 — %2 (%3 điểm)").replace("%1", category).replace("%2", item_title)
                                     .replace("%3", str(count)), item_title)
        if title is not None and self.title_combo.findData(title) >= 0:
            self.title_combo.setCurrentIndex(self.title_combo.findData(title))
        self.title_combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        form.addRow(self.tr("Công việc:"), self.title_combo)
        self.status_combo = QComboBox(self)
        for status in ChecklistStatus:
            self.status_combo.addItem(status_text(status), status)
        self.status_combo.setCurrentIndex(self.status_combo.findData(ChecklistStatus.DONE))
        self.status_combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        form.addRow(self.tr("Trạng thái mới:"), self.status_combo)
        self.table = PreviewTable([self.tr("Điểm"), self.tr("Tỉnh"), self.tr("Hạn"), self.tr("Trạng thái hiện tại"),
                                   self.tr("Sẽ làm")], self, stretch=4)
        layout.addWidget(self.table, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("summaryLabel")
        layout.addWidget(self.summary)
        self.add_buttons(layout, self.tr("Đổi trạng thái"), self.tr("Hủy"))
        self.resize(860, 560)
        self.refresh_preview()

    def values(self) -> dict[str, Any]:
        from festival_planner.domain.enums import ChecklistStatus

        return {"title": self.title_combo.currentData(), "status": ChecklistStatus(self.status_combo.currentData())}

    def refresh_preview(self) -> None:
        values = self.values()
        self.clear_error()
        title, status = values["title"], values["status"]
        self.items = self.context.ops.read(
            lambda s: checklists.items_titled(s, self.campaign_id, title)) if title else []
        lines, colours = [], []
        for item in self.items:
            commune, province = self.names.get(item.site_id, ("", ""))
            same = item.status == status
            lines.append((commune, province, f"{item.due_date:%d/%m/%Y}" if item.due_date else "",
                          self._status_text(item.status),
                          self.tr("Giữ nguyên") if same else self.tr("→ %1").replace("%1", self._status_text(status))))
            colours.append(SKIPPED if same else None)
        self.table.set_lines(lines, colours)
        changing = [i for i in self.items if i.status != status]
        self.summary.setText(self.tr("Sẽ đổi %1 trong %2 công việc.").replace("%1", str(len(changing)))
                             .replace("%2", str(len(self.items))))
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(bool(changing))

    def needs_submit(self, values: dict[str, Any]) -> bool:
        return True

    def problem(self, values: dict[str, Any]) -> str | None:
        return None if any(i.status != values["status"] for i in self.items) else self.tr("Không có gì để đổi.")

    def _submit_values(self, values: dict[str, Any]) -> None:
        changing = [i for i in self.items if i.status != values["status"]]
        versions = {i.id: i.version for i in changing}
        text = self.tr("Đổi trạng thái “%1” ở %2 điểm").replace("%1", values["title"]).replace("%2", str(len(changing)))
        push_written(self.context, text, lambda s: checklists.set_status(
            s, [i.id for i in changing], values["status"], expected_versions=versions))
        self.context.show_status(text)
