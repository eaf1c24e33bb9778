"""The "Tiến độ" workspace: what a progress-review meeting goes through — each site's readiness,
overdue items, days to the event and head of delegation (coloured by risk), the summary by region,
and the national workplan done, due and overdue, as of a day that can be moved to look back or ahead.

It refreshes whenever checklist items, sites, invitations or the campaign change.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from festival_planner.domain.values import format_date
from festival_planner.gui.changes import Change
from festival_planner.gui.column_fit import fit_columns
from festival_planner.gui.icons import icon
from festival_planner.gui.snapshot_model import OBJECT_ROLE, SortProxy
from festival_planner.gui.workspace import Workspace, WorkspaceContext

if TYPE_CHECKING:  # the dashboard's models and service load with its widgets (``build``)
    from festival_planner.services.progress import CampaignProgress

log = logging.getLogger(__name__)


def _table(model: object, name: str, parent: QWidget) -> tuple[QTableView, SortProxy]:
    proxy = SortProxy(parent)
    proxy.setSourceModel(model)  # type: ignore[arg-type]
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table, proxy


class ProgressWorkspace(Workspace):
    """The national dashboard of the campaign shown."""

    key = "progress"
    interests = Change.CHECKLISTS | Change.SITES | Change.INVITATIONS | Change.CAMPAIGNS | Change.LEADERS

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.progress: CampaignProgress | None = None

    def build(self) -> None:
        from festival_planner.gui.progress.models import RegionProgressModel, SiteProgressModel, TaskModel

        self.as_of_edit = QDateEdit(self)
        self.as_of_edit.setObjectName("asOfEdit")
        self.as_of_edit.setDisplayFormat("dd/MM/yyyy")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDate(QDate.currentDate())
        self.as_of_edit.setToolTip(self.tr("Xem tiến độ tính đến ngày này (lùi lại hoặc xem trước)"))
        self.as_of_edit.dateChanged.connect(lambda _d: self.refresh())
        today = QPushButton(self.tr("Hôm nay"), self)
        today.clicked.connect(lambda: self.as_of_edit.setDate(QDate.currentDate()))
        self.summary = QLabel(self)
        self.summary.setObjectName("progressSummary")
        self.summary.setWordWrap(True)

        self.sites_model = SiteProgressModel(self)
        self.sites_table, self.sites_proxy = _table(self.sites_model, "progressSites", self)
        self.sites_table.sortByColumn(SiteProgressModel.Column.DATE, Qt.SortOrder.AscendingOrder)
        self.sites_table.doubleClicked.connect(self._site_activated)
        fit_columns(self.sites_table, stretch=(SiteProgressModel.Column.REGION,))  # the rest whole
        self.regions_model = RegionProgressModel(self)
        self.regions_table, _ = _table(self.regions_model, "progressRegions", self)
        # the region names and figures whole: the table is as wide as its columns, the workplan has the rest
        fit_columns(self.regions_table, stretch=(RegionProgressModel.Column.SITES_LATE,))
        self.tasks_model = TaskModel(self)
        self.tasks_table, _ = _table(self.tasks_model, "progressTasks", self)
        fit_columns(self.tasks_table, stretch=(TaskModel.Column.TITLE,))  # owners, dates, statuses whole
        self.tasks_label = QLabel(self)
        self.tasks_label.setObjectName("tasksSummary")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tính đến ngày:"), self))
        top.addWidget(self.as_of_edit)
        top.addWidget(today)
        top.addWidget(self.summary, 1)
        # Regions and the national workplan each get the whole width (side by side at 1366 pixels one
        # of them would be cut): two tabs under the sites.
        lower = QTabWidget(self)
        lower.setObjectName("progressTabs")
        lower.addTab(self.regions_table, self.tr("Theo vùng"))
        tasks_panel = QWidget(lower)
        tasks = QVBoxLayout(tasks_panel)
        tasks.setContentsMargins(4, 4, 4, 4)
        tasks.addWidget(self.tasks_label)
        tasks.addWidget(self.tasks_table)
        lower.addTab(tasks_panel, self.tr("Kế hoạch toàn quốc"))
        self.lower = lower
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.sites_table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # Workspace --------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Tiến độ")

    def icon(self) -> QIcon:
        return icon("progress")

    def actions(self) -> list[QAction]:  # type: ignore[override]
        return []

    def as_of(self) -> dt.date:
        return self.as_of_edit.date().toPython()  # type: ignore[no-any-return]

    def set_as_of(self, day: dt.date) -> None:
        """Look at the campaign as of ``day`` (refreshes)."""
        self.as_of_edit.setDate(QDate(day.year, day.month, day.day))

    def refresh(self) -> None:
        from festival_planner.gui.progress.models import percent
        from festival_planner.services.progress import campaign_progress

        campaign = self.campaign
        day = self.as_of()
        self.progress = self.context.ops.read(lambda s: campaign_progress(s, campaign.id, day)) if campaign else None
        shown = self.progress
        self.tasks_model.as_of = day
        if shown is None:
            for model in (self.sites_model, self.regions_model, self.tasks_model):
                model.set_rows([])
            self.summary.setText("")
            self.tasks_label.setText("")
            return
        self.sites_model.set_rows(list(shown.sites))
        self.regions_model.set_rows(list(shown.regions))
        self.tasks_model.set_rows(list(shown.tasks.tasks))
        late = sum(1 for s in shown.sites if s.risk == "late")
        if shown.sites and all(s.days_to_event < 0 for s in shown.sites):  # the whole festival is behind us
            self.summary.setText(self.tr(
                "Ngày hội năm %1 đã qua (điểm cuối: %2). Đánh dấu các điểm đã tổ chức ở Điểm tổ chức, hoặc lùi "
                "“Tính đến ngày” về trước ngày hội để xem tiến độ lúc đó.")
                .replace("%1", str(campaign.year)).replace("%2", format_date(max(s.date for s in shown.sites))))
        else:
            self.summary.setText(self.tr("Cả nước: sẵn sàng %1 (%2/%3 công việc), %4 việc quá hạn, %5 điểm chậm.")
                                 .replace("%1", percent(shown.readiness)).replace("%2", str(shown.done))
                                 .replace("%3", str(shown.total)).replace("%4", str(shown.overdue))
                                 .replace("%5", str(late)))
        t = shown.tasks
        self.tasks_label.setText(self.tr("<b>Kế hoạch toàn quốc</b>: %1 đã xong, %2 chưa đến hạn, %3 quá hạn")
                                 .replace("%1", str(t.done)).replace("%2", str(t.due)).replace("%3", str(t.overdue)))
        title = self.tr("Kế hoạch toàn quốc")
        if t.overdue:  # seen without opening the tab
            title = self.tr("Kế hoạch toàn quốc (%1 quá hạn)").replace("%1", str(t.overdue))
        self.lower.setTabText(1, title)

    def _site_activated(self, index: object) -> None:
        row = index.data(OBJECT_ROLE)  # type: ignore[attr-defined]
        if row is not None:
            self.context.select_site(row.site_id)

    def site_row(self, site_id: object) -> object | None:
        """The progress row of a site (tests and reports)."""
        return next((s for s in self.progress.sites if s.site_id == site_id), None) if self.progress else None
