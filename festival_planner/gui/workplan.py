"""The national workplan of a festival year, as a whole: applying a workplan template to the campaign
(offered when a year is created, and from the Công việc workspace's "Kế hoạch toàn quốc" tab, with a
preview of the tasks and their due dates), and the question asked when the festival day moves."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.domain.values import format_date
from festival_planner.gui import dialogs
from festival_planner.gui.commands import ServiceCommand
from festival_planner.gui.operations import Operations
from festival_planner.gui.submit_dialog import SubmitDialog
from festival_planner.gui.workspace import WorkspaceContext
from festival_planner.services import checklists, workplan
from festival_planner.services.campaigns import CampaignInfo
from festival_planner.services.checklists import ChecklistItemRow
from festival_planner.services.workplan import WorkplanPreview

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


class ApplyWorkplanCommand(ServiceCommand):
    """Give the campaign the tasks of a workplan template (``replace``: its old tasks are deleted
    first); undo deletes the new tasks and puts the old ones back, redo the same tasks again."""

    def __init__(self, ops: Operations, campaign_id: uuid.UUID, template_name: str, replace: bool = False) -> None:
        super().__init__(ops, translate("commands", "Áp dụng kế hoạch “%1”").replace("%1", template_name))
        self.campaign_id, self.template_name, self.replace = campaign_id, template_name, replace
        self.created: list[ChecklistItemRow] = []
        self.old: list[ChecklistItemRow] = []

    def _do(self, session: Session) -> None:
        if self.replace:
            current = checklists.list_campaign_tasks(session, self.campaign_id)
            self.old = checklists.delete_items(session, [r.id for r in current])
        if self.created:  # redo: the same tasks again
            checklists.restore_deleted_items(session, self.created)
        else:
            self.created = checklists.apply_workplan(session, self.campaign_id, self.template_name)
        return None

    def _undo(self, session: Session) -> None:
        checklists.delete_items(session, [r.id for r in self.created])
        checklists.restore_deleted_items(session, self.old)
        return None


def _summary(preview: WorkplanPreview) -> str:
    """"28 công việc, hạn từ 20/05/2026 đến 18/08/2026 (tính ngược từ ngày hội 19/08/2026)"."""
    if not preview.tasks:
        return translate("workplan", "Mẫu “%1” chưa có công việc nào.").replace("%1", preview.template)
    return (translate("workplan", "%1 công việc, hạn từ %2 đến %3 (tính ngược từ ngày hội %4).")
            .replace("%1", str(len(preview.tasks))).replace("%2", format_date(preview.first_due))
            .replace("%3", format_date(preview.last_due)).replace("%4", format_date(preview.festival_day)))


def offer_workplan(context: WorkspaceContext, campaign: CampaignInfo, parent: QWidget | None) -> bool:
    """Ask (default yes) whether to give a new year the national workplan; on yes apply it as one
    undoable step. True when applied."""
    try:
        preview = context.ops.read(lambda s: workplan.preview_workplan(s, campaign.id))
    except FestivalPlannerError:  # no workplan template at all: nothing to offer
        return False
    if not preview.tasks or preview.existing:
        return False
    question = (translate("workplan", "Áp dụng mẫu “%1” cho năm %2?").replace("%1", preview.template)
                .replace("%2", str(campaign.year)) + "\n" + _summary(preview) + "\n"
                + translate("workplan", "Có thể áp dụng sau ở Công việc → Kế hoạch toàn quốc; hoàn tác bằng Ctrl+Z."))
    if not dialogs.confirm(parent, translate("workplan", "Kế hoạch toàn quốc"), question,
                           translate("workplan", "Áp dụng"), translate("workplan", "Để sau"), default_yes=True):
        return False
    context.push(ApplyWorkplanCommand(context.ops, campaign.id, preview.template))
    context.show_status(translate("workplan", "Đã tạo %1 công việc của kế hoạch toàn quốc năm %2.")
                        .replace("%1", str(len(preview.tasks))).replace("%2", str(campaign.year)))
    return True


def ask_move_tasks(context: WorkspaceContext, campaign: CampaignInfo, new_day: dt.date,
                   parent: QWidget | None) -> bool:
    """When the festival day changes: ask whether the workplan's open tasks move with it (as a site's
    date change asks about its checklist). False when nothing would move or the user keeps the dates."""
    moves = context.ops.read(lambda s: workplan.preview_task_moves(s, campaign.id, new_day))
    if not moves:
        return False
    days = (new_day - campaign.festival_day).days
    n = len(moves)
    text = translate("workplan", "Ngày hội đổi %1 ngày. Dời theo hạn của %n công việc toàn quốc chưa xong?", "", n)
    question = text.replace("%1", f"{days:+d}")
    return dialogs.confirm(parent, translate("workplan", "Dời hạn công việc"), question,
                           translate("workplan", "Dời hạn"), translate("workplan", "Giữ nguyên hạn"))


class ApplyWorkplanDialog(SubmitDialog):
    """Choose a workplan template, see the tasks it creates and their due dates; OK applies it to the
    campaign (one undoable step)."""

    def __init__(self, context: WorkspaceContext, campaign: CampaignInfo, parent: QWidget | None = None) -> None:
        super().__init__(self._submit_values, parent)
        self.setObjectName("ApplyWorkplanDialog")
        self.context, self.campaign = context, campaign
        self.preview: WorkplanPreview | None = None
        self.setWindowTitle(self.tr("Áp dụng kế hoạch toàn quốc"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        form.addRow(self.tr("Năm:"), QLabel(f"<b>{campaign.year}</b> — {self.tr('ngày hội')} "
                                            f"{format_date(campaign.festival_day)}", self))
        self.template_combo = QComboBox(self)
        for name, count in context.ops.read(workplan.workplan_templates):
            self.template_combo.addItem(self.tr("%1 (%2 công việc)").replace("%1", name).replace("%2", str(count)),
                                        name)
        self.template_combo.currentIndexChanged.connect(lambda _i: self._show_preview())
        form.addRow(self.tr("Mẫu:"), self.template_combo)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("workplanSummary")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("workplanPreview")
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setHeaderLabels([self.tr("Hạn"), self.tr("Công việc"), self.tr("Phụ trách")])
        self.tree.setColumnWidth(0, 90)
        self.tree.setColumnWidth(1, 360)
        layout.addWidget(self.tree, 1)
        self.replace_box = QCheckBox(self, objectName="replaceBox")
        layout.addWidget(self.replace_box)
        self.add_buttons(layout, self.tr("Áp dụng"), self.tr("Hủy"))
        self.resize(640, 480)
        self._show_preview()

    def _show_preview(self) -> None:
        name = self.template_combo.currentData()
        self.tree.clear()
        self.preview = None
        if not name:
            self.summary_label.setText(self.tr("Chưa có mẫu kế hoạch toàn quốc nào."))
            self.replace_box.hide()
            return
        campaign_id = self.campaign.id
        self.preview = self.context.ops.read(lambda s: workplan.preview_workplan(s, campaign_id, name))
        self.summary_label.setText(_summary(self.preview))
        for task in self.preview.tasks:
            self.tree.addTopLevelItem(QTreeWidgetItem([format_date(task.due_date), task.title, task.owner]))
        existing = self.preview.existing
        self.replace_box.setText(self.tr("Thay thế %1 công việc hiện có (xóa các công việc cũ)")
                                 .replace("%1", str(existing)))
        self.replace_box.setVisible(bool(existing))

    def values(self) -> dict[str, Any]:
        return {"template": self.template_combo.currentData(), "replace": self.replace_box.isChecked()}

    def needs_submit(self, values: dict[str, Any]) -> bool:
        return True

    def problem(self, values: dict[str, Any]) -> str | None:
        if not values["template"]:
            return self.tr("Chưa có mẫu kế hoạch toàn quốc nào.")
        if self.preview is not None and self.preview.existing and not values["replace"]:
            return self.tr("Năm %1 đã có kế hoạch toàn quốc. Chọn “Thay thế” để áp dụng lại mẫu.") \
                .replace("%1", str(self.campaign.year))
        return None

    def _submit_values(self, values: dict[str, Any]) -> None:
        self.context.push(ApplyWorkplanCommand(self.context.ops, self.campaign.id, values["template"],
                                               values["replace"]))
