"""The festival-year selector of the shell: the year combo, "new year", "year plan" and the demo plan.

It owns which campaign is shown (``WorkspaceContext.campaign``) and tells the workspaces through
``context.campaign_changed``; the main window only places its widgets and actions.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QInputDialog, QWidget

from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.gui import unavailable
from festival_planner.gui.campaign_dialog import CampaignDialog
from festival_planner.gui.commands import EditCampaignCommand
from festival_planner.gui.icons import make_action
from festival_planner.gui.workspace import WorkspaceContext
from festival_planner.services import campaigns
from festival_planner.services.campaigns import CampaignInfo

log = logging.getLogger(__name__)


def suggested_year(existing: list[int], today: dt.date | None = None) -> int:
    """The year a new plan is most likely for: this year until its festival day (19 August) has
    passed, then next year; never one that already has a plan."""
    today = today or dt.date.today()
    year = today.year if today <= dt.date(today.year, 8, 19) else today.year + 1
    while year in existing:
        year += 1
    return year


class CampaignBar(QObject):
    """Year selection and the year-level commands."""

    def __init__(self, context: WorkspaceContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self._parent = parent
        self.combo = QComboBox(parent)
        self.combo.setObjectName("campaignCombo")
        self.combo.setMinimumContentsLength(6)
        self.combo.setPlaceholderText(self.tr("Chưa có năm"))
        self.combo.setToolTip(self.tr("Năm tổ chức đang xem"))
        self.combo.currentIndexChanged.connect(self._selected)
        self.new_action = make_action(self, self.tr("Năm mới…"), "new_year", self.ask_new_campaign, None,
                                      self.tr("Lập kế hoạch cho một năm mới"))
        self.plan_action = make_action(self, self.tr("Kế hoạch năm…"), "year_plan", self.open_campaign_dialog, None,
                                       self.tr("Sửa đợt tổ chức, ngày hội và số điểm mục tiêu của năm"))
        self.demo_action = make_action(self, self.tr("Tạo kế hoạch mẫu…"), None, self.ask_demo_campaign, None,
                                       self.tr("Tạo một năm mẫu 28 điểm để làm quen với ứng dụng"))

    @property
    def campaign(self) -> CampaignInfo | None:
        return self.context.campaign

    def years(self) -> list[int]:
        return [self.combo.itemData(i) for i in range(self.combo.count())]

    def reload(self, select_year: int | None = None) -> None:
        """Fill the selector from the database and select ``select_year`` (or keep / the newest)."""
        found = self.context.ops.read(campaigns.list_campaigns)
        wanted = select_year if select_year is not None else (self.campaign.year if self.campaign else None)
        self.combo.blockSignals(True)
        self.combo.clear()
        for info in found:
            self.combo.addItem(str(info.year), info.year)
        index = self.combo.findData(wanted) if wanted is not None else -1
        self.combo.setCurrentIndex(index if index >= 0 else (0 if found else -1))
        self.combo.blockSignals(False)
        self._selected(self.combo.currentIndex())
        if not found:  # a new database: say how to begin
            self.context.show_status(self.tr(
                "Chưa có kế hoạch nào: tạo năm mới (Sửa → Năm mới…) hoặc dữ liệu mẫu (Trợ giúp → Tạo kế hoạch mẫu…)."
            ), 0)

    def select_year(self, year: int) -> bool:
        """Show the campaign of ``year``; False when there is none."""
        index = self.combo.findData(year)
        if index < 0:
            return False
        self.combo.setCurrentIndex(index)
        return True

    def _selected(self, index: int) -> None:
        year = self.combo.itemData(index) if index >= 0 else None
        self.context.campaign = self.context.ops.read(lambda s: campaigns.get_campaign(s, year)) if year else None
        if year is not None:
            self.context.settings.set_last_campaign_year(year)
        unavailable.explain(self.plan_action, None if self.context.campaign is not None else unavailable.no_year())
        self.context.campaign_changed.emit(self.context.campaign)

    def refresh_info(self) -> None:
        """Re-read the shown campaign (its site count or plan changed) without reloading workspaces."""
        if self.campaign is not None:
            year = self.campaign.year
            self.context.campaign = self.context.ops.read(lambda s: campaigns.get_campaign(s, year))

    def create_campaign(self, year: int, *, offer_workplan: bool = False) -> CampaignInfo | None:
        """Create the campaign of ``year`` with the default window and select it (errors are shown);
        with ``offer_workplan`` then ask whether to give it the national workplan (default yes)."""
        info = self.context.ops.run(lambda s: campaigns.create_campaign(s, year), self._parent)
        if info is not None:
            self.reload(info.year)
            self.context.show_status(self.tr("Đã tạo kế hoạch năm %1.").replace("%1", str(year)))
            if offer_workplan:
                from festival_planner.gui.workplan import offer_workplan as offer

                try:
                    offer(self.context, info, self._parent)
                except FestivalPlannerError as exc:
                    self.context.ops.show_error(exc, self._parent)
        return info

    def ask_new_campaign(self) -> None:
        """Ask for a year (proposing the next festival year), create its campaign and offer the
        national workplan (the start page's "plan a new year" comes here too)."""
        year, ok = QInputDialog.getInt(self._parent, self.tr("Năm mới"), self.tr("Lập kế hoạch cho năm:"),
                                       suggested_year(self.years()), campaigns.MIN_YEAR, campaigns.MAX_YEAR)
        if ok:
            self.create_campaign(year, offer_workplan=True)

    def create_demo_campaign(self, year: int) -> CampaignInfo | None:
        """Create the demo campaign of ``year`` and select it (errors are shown)."""
        from festival_planner.services import demo

        info = self.context.ops.run(lambda s: demo.create_demo(s, year), self._parent)
        if info is not None:
            self.context.undo_stack.clear()
            self.reload(info.year)
            self.context.show_status(self.tr("Đã tạo kế hoạch mẫu năm %1 (%2 điểm).").replace("%1", str(year))
                                     .replace("%2", str(info.site_count)))
        return info

    def ask_demo_campaign(self) -> None:
        """Ask for a year (one without a plan yet) and create the demo campaign there."""
        years = self.years()
        suggestion = 2026 if 2026 not in years else max(years) + 1
        year, ok = QInputDialog.getInt(self._parent, self.tr("Tạo kế hoạch mẫu"), self.tr("Năm của kế hoạch mẫu:"),
                                       suggestion, campaigns.MIN_YEAR, campaigns.MAX_YEAR)
        if ok:
            self.create_demo_campaign(year)

    def open_campaign_dialog(self) -> CampaignDialog | None:
        """Open (non-blocking) the plan of the current year: window, festival day, target; undoable."""
        campaign = self.campaign
        if campaign is None:
            self.context.show_status(unavailable.no_year())
            return None

        def submit(changes: dict) -> None:
            move = False
            if "festival_day" in changes:  # the workplan's open due dates may follow, as a site's do
                from festival_planner.gui.workplan import ask_move_tasks

                move = ask_move_tasks(self.context, campaign, changes["festival_day"], self._parent)
            self.context.push(EditCampaignCommand(self.context.ops, campaign, changes, move_tasks=move))

        dialog = CampaignDialog(campaign, submit, parent=self._parent)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
