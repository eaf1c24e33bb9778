"""One status for many sites (propose → approve → confirm): the sites selected in the table, the new
status, and a table of what OK will do — each site's status now and the new one, or why it cannot
change (a step the rules forbid, a confirmation without a venue). OK writes all as one undoable step,
or nothing when any site is refused (the refusal shown in red, in the interface's language)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from festival_planner.domain import messages
from festival_planner.domain.enums import SiteStatus
from festival_planner.gui.bulk import REFUSED, SKIPPED, PreviewTable, push_written
from festival_planner.gui.submit_dialog import SubmitDialog
from festival_planner.gui.workspace import WorkspaceContext
from festival_planner.services import sites
from festival_planner.services.sites import StatusPlan


class BulkSiteStatusDialog(SubmitDialog):
    """The new status of the chosen sites, previewed site by site."""

    def __init__(self, context: WorkspaceContext, site_ids: Sequence[uuid.UUID],
                 status: SiteStatus | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self._submit_values, parent)
        self.setObjectName("BulkSiteStatusDialog")
        self.setWindowTitle(self.tr("Đổi trạng thái các điểm"))
        self.context = context
        self.site_ids = list(site_ids)
        self.plans: list[StatusPlan] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        form.addRow(self.tr("Số điểm:"), QLabel(str(len(self.site_ids)), self))
        self.status_combo = QComboBox(self)
        for value in SiteStatus:
            self.status_combo.addItem(messages.label(value), value)
        self.status_combo.setCurrentIndex(self.status_combo.findData(status or SiteStatus.APPROVED))
        self.status_combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        form.addRow(self.tr("Trạng thái mới:"), self.status_combo)
        self.table = PreviewTable([self.tr("Ngày"), self.tr("Điểm"), self.tr("Tỉnh"), self.tr("Hiện tại"),
                                   self.tr("Sẽ làm")], self, stretch=4)
        layout.addWidget(self.table, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("summaryLabel")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.add_buttons(layout, self.tr("Đổi trạng thái"), self.tr("Hủy"))
        self.resize(860, 520)
        self.refresh_preview()

    def set_status(self, status: SiteStatus) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))

    def values(self) -> dict[str, Any]:
        return {"status": SiteStatus(self.status_combo.currentData())}  # Qt keeps the value's text

    def refresh_preview(self) -> None:
        status = self.values()["status"]
        self.clear_error()
        self.plans = self.context.ops.read(lambda s: sites.plan_status_change(s, self.site_ids, status))
        lines, colours = [], []
        for plan in self.plans:
            if plan.refusal:
                what, colour = self.tr("Không đổi được: %1").replace("%1", plan.refusal), REFUSED
            elif plan.old == plan.new:
                what, colour = self.tr("Giữ nguyên"), SKIPPED
            else:
                what, colour = self.tr("→ %1").replace("%1", messages.label(plan.new)), None
            lines.append((f"{plan.date:%d/%m/%Y}", plan.commune_name, plan.province, messages.label(plan.old), what))
            colours.append(colour)
        self.table.set_lines(lines, colours)
        changing = sum(1 for p in self.plans if p.changes)
        refused = sum(1 for p in self.plans if p.refusal)
        text = self.tr("Sẽ đổi %1 điểm sang “%2”.").replace("%1", str(changing)).replace("%2", messages.label(status))
        if refused:
            text += " " + self.tr("%1 điểm không đổi được: bỏ chọn các điểm đó hoặc chọn trạng thái khác.") \
                .replace("%1", str(refused))
        self.summary.setText(text)

    def needs_submit(self, values: dict[str, Any]) -> bool:
        return True

    def _submit_values(self, values: dict[str, Any]) -> None:
        versions = {p.site_id: v for p in self.plans if (v := self.context.ops.known_versions.get(p.site_id))}
        count = sum(1 for p in self.plans if p.changes)
        text = self.tr("Đổi trạng thái %1 điểm sang “%2”").replace("%1", str(count)) \
            .replace("%2", messages.label(values["status"]))
        push_written(self.context, text, lambda s: sites.set_status_many(s, self.site_ids, values["status"],
                                                                          versions or None))
        self.context.show_status(text)
