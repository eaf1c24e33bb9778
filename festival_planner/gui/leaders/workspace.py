"""The "Lãnh đạo" workspace: the leaders' directory (add, edit, deactivate — undoable), each leader's
engagements in the year with travel, the campaign's conflicts (live), delegations of the sites,
imports of leaders and plans, exports (.xlsx, .ics) and the travel model's parameters."""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QVBoxLayout, QWidget

from festival_planner.domain import messages
from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.geo.travel import TravelParameters
from festival_planner.gui import dialogs, unavailable
from festival_planner.gui.changes import Change
from festival_planner.gui.empty_state import EmptyStateHint
from festival_planner.gui.icons import icon, make_action, make_separator
from festival_planner.gui.workspace import Workspace, WorkspaceContext
from festival_planner.services import conflicts, itinerary, leaders, planning
from festival_planner.services.leaders import LeaderRow

if TYPE_CHECKING:  # the directory's widgets, dialogs and commands load when first used
    from festival_planner.gui.leaders.delegation_dialog import DelegationDialog
    from festival_planner.gui.leaders.dialog import LeaderDialog
    from festival_planner.gui.leaders.import_dialog import ImportDialog
    from festival_planner.gui.leaders.travel_dialog import TravelDialog

log = logging.getLogger(__name__)


class LeadersWorkspace(Workspace):
    """Directory, engagements, conflicts, delegations, imports and exports."""

    key = "leaders"
    interests = Change.LEADERS | Change.INVITATIONS | Change.SITES

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._site_id: uuid.UUID | None = None
        context.site_selected.connect(self._remember_site)
        self.add_action = make_action(self, self.tr("Thêm lãnh đạo"), "add", self.open_add_dialog,
                                      tip=self.tr("Thêm một lãnh đạo vào danh bạ"))
        self.edit_action = make_action(self, self.tr("Sửa"), "edit", self.open_edit_dialog,
                                       tip=self.tr("Sửa thông tin lãnh đạo đang chọn"))
        self.deactivate_action = make_action(self, self.tr("Ngừng theo dõi"), "exclude", self.deactivate,
                                             tip=self.tr("Không mời lãnh đạo này nữa (giữ lịch sử; hoàn tác được)"))
        self.invite_action = make_action(self, self.tr("Mời vào đoàn…"), "invitations", self.open_delegation_dialog,
                                         tip=self.tr("Mời lãnh đạo vào đoàn của một điểm, theo dõi trả lời"))
        self.board_action = make_action(self, self.tr("Bảng phân công trưởng đoàn…"), "leaders", self.open_board,
                                        tip=self.tr("Chọn trưởng đoàn cho mọi điểm của năm trên một bảng, gửi giấy "
                                                    "mời hàng loạt"))
        self.import_leaders_action = make_action(self, self.tr("Nhập danh sách lãnh đạo…"), "import",
                                                 self.import_leaders,
                                                 tip=self.tr("Nhập lãnh đạo từ tệp .xlsx hoặc .csv"))
        self.import_plan_action = make_action(self, self.tr("Nhập kế hoạch năm…"), "import",
                                              self.import_plan,
                                              tip=self.tr("Nhập các điểm và đoàn dự của năm từ bảng tính"))
        self.export_leaders_action = make_action(self, self.tr("Xuất danh bạ…"), "export", self.export_directory,
                                                 tip=self.tr("Xuất danh bạ lãnh đạo ra tệp .xlsx"))
        self.export_campaign_action = make_action(self, self.tr("Xuất đoàn dự các điểm…"), "export",
                                                  self.export_delegations,
                                                  tip=self.tr("Xuất các điểm của năm và đoàn dự ra tệp .xlsx"))
        self.export_ics_action = make_action(self, self.tr("Xuất lịch công tác (.ics)…"), "export", self.export_ics,
                                             tip=self.tr("Lịch của lãnh đạo đang chọn, mở được trong Outlook và "
                                                     "trên điện thoại"))
        self.travel_action = make_action(self, self.tr("Thông số di chuyển…"), "settings", self.open_travel_dialog,
                                         tip=self.tr("Xem và chỉnh mô hình thời gian di chuyển dùng để tìm trùng lịch"))

    def build(self) -> None:
        from festival_planner.gui.leaders.view import LeadersView

        self.view = LeadersView(self)
        self.view.edit_requested.connect(self.open_edit_dialog)
        self.view.selection_changed.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.empty_hint = EmptyStateHint(self.view.table, self.tr(
            "Danh bạ lãnh đạo còn trống.\n\nNhập danh sách từ bảng tính Excel hoặc CSV (Lãnh đạo → Nhập danh sách "
            "lãnh đạo…), hoặc bấm Thêm lãnh đạo để thêm từng người."), model=self.view.model)
        self._update_actions()

    # Workspace --------------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Lãnh đạo")

    def icon(self) -> QIcon:
        return icon("leaders")

    def actions(self) -> list[QAction]:  # type: ignore[override]
        separator, separator2 = make_separator(self), make_separator(self)
        return [self.add_action, self.edit_action, self.deactivate_action, self.invite_action, self.board_action,
                separator, self.import_leaders_action, self.import_plan_action, self.export_leaders_action,
                self.export_campaign_action, self.export_ics_action, separator2, self.travel_action]

    def writing_actions(self) -> list[QAction]:
        return [self.add_action, self.edit_action, self.deactivate_action, self.invite_action, self.board_action,
                self.import_leaders_action, self.import_plan_action, self.travel_action]

    def toolbar_actions(self) -> list[QAction]:
        return [self.add_action, self.edit_action, self.deactivate_action, self.invite_action,
                self.import_leaders_action, self.export_ics_action]

    def open_board(self) -> object:
        """Open (non-blocking) the delegation board of the year shown (a head for every site)."""
        from festival_planner.gui.bulk.board import DelegationBoardDialog

        if self.campaign is None:
            return None
        dialog = DelegationBoardDialog(self.context, parent=self.window())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def travel_parameters(self) -> TravelParameters:
        """The travel model saved with the campaign shown (the defaults without one)."""
        campaign = self.campaign
        if campaign is None:
            return TravelParameters()
        return self.context.ops.read(lambda s: planning.travel_parameters(s, campaign.id))

    def refresh(self) -> None:
        self.view.set_rows(self.context.ops.read(leaders.list_leaders))
        campaign = self.campaign
        found = self.context.ops.read(lambda s: conflicts.find_conflicts(s, campaign.id)) if campaign else []
        self.view.show_conflicts(found)
        self._show_engagements()
        self._update_actions()

    def _show_engagements(self) -> None:
        leader, campaign = self.view.selected_row(), self.campaign
        if leader is None or campaign is None:
            self.view.show_engagements(leader, [], None, campaign.year if campaign else None)
            return
        rows = self.context.ops.read(lambda s: leaders.engagements(s, leader.id, campaign.year))
        route = self.context.ops.read(lambda s: itinerary.leader_itinerary(s, leader.id, campaign.id))
        self.view.show_engagements(leader, rows, route, campaign.year)

    def _selection_changed(self) -> None:
        self._show_engagements()
        self._update_actions()
        self.selection_changed.emit()

    def _remember_site(self, site_id: object) -> None:
        self._site_id = site_id if isinstance(site_id, uuid.UUID) else None

    def _update_actions(self) -> None:
        if not self.built:  # the states follow the directory's selection: set once it exists
            return
        row = self.view.selected_row()
        year = (self.campaign is not None, unavailable.no_year())
        picked = (row is not None, unavailable.nothing_selected(self.tr("một lãnh đạo")))
        unavailable.explain(self.edit_action, unavailable.first_reason(picked))
        unavailable.explain(self.deactivate_action, unavailable.first_reason(
            picked, (row is None or row.active, self.tr("Lãnh đạo này đã ngừng theo dõi."))))
        for action in (self.invite_action, self.board_action, self.import_plan_action, self.export_campaign_action):
            unavailable.explain(action, unavailable.first_reason(year))  # they say why they cannot run
        unavailable.explain(self.export_ics_action, unavailable.first_reason(year, picked))

    # Directory --------------------------------------------------------------------------------------------
    def open_add_dialog(self) -> LeaderDialog:
        from festival_planner.gui.leaders.commands import AddLeaderCommand
        from festival_planner.gui.leaders.dialog import LeaderDialog

        def submit(values: dict) -> None:
            row = self.context.push(AddLeaderCommand(self.context.ops, values))
            if isinstance(row, LeaderRow):
                self.view.select_leader(row.id)

        return self._open(LeaderDialog(submit, parent=self.window()))

    def open_edit_dialog(self, row: LeaderRow | None = None) -> LeaderDialog | None:
        from festival_planner.gui.leaders.commands import EditLeaderCommand
        from festival_planner.gui.leaders.dialog import LeaderDialog

        row = row or self.view.selected_row()
        if row is None:
            return None

        def submit(changes: dict) -> None:
            self.context.push(EditLeaderCommand(self.context.ops, row, changes))
            self.view.select_leader(row.id)

        return self._open(LeaderDialog(submit, row=row, parent=self.window()))

    def _open(self, dialog):  # type: ignore[no-untyped-def]
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def deactivate(self, row: LeaderRow | None = None) -> bool:
        from festival_planner.gui.leaders.commands import deactivate_command

        row = row or self.view.selected_row()
        if row is None or not row.active:
            return False
        try:
            self.context.push(deactivate_command(self.context.ops, row))
        except FestivalPlannerError as exc:
            self.context.ops.show_error(exc, self.window())
            return False
        return True

    # Delegations --------------------------------------------------------------------------------------------
    def open_delegation_dialog(self, site_id: uuid.UUID | None = None) -> DelegationDialog | None:
        """The delegation dialog for ``site_id`` (default: the site last selected anywhere)."""
        from festival_planner.gui.leaders.delegation_dialog import DelegationDialog

        if self.campaign is None:
            self.context.show_status(unavailable.no_year())
            return None
        leader = self.view.selected_row()
        dialog = DelegationDialog(self.context, site_id or self._site_id, leader.id if leader else None,
                                  parent=self.window())
        return self._open(dialog)

    # Imports and exports --------------------------------------------------------------------------------------
    def import_leaders(self) -> ImportDialog | None:
        """Lãnh đạo → Nhập danh sách lãnh đạo…"""
        from festival_planner.gui.leaders.import_dialog import LEADERS

        return self.import_file(LEADERS)

    def import_plan(self) -> ImportDialog | None:
        """Lãnh đạo → Nhập kế hoạch năm…"""
        from festival_planner.gui.leaders.import_dialog import PLAN

        return self.import_file(PLAN)

    def import_file(self, kind: str, path: str | None = None) -> ImportDialog | None:
        """Ask for a spreadsheet (or use ``path``) and open the mapping step of the import."""
        from festival_planner.gui.leaders.import_dialog import PLAN, ImportDialog
        from festival_planner.services.imports import read_table

        if kind == PLAN and self.campaign is None:  # the plan of which year? say so instead of nothing
            self.context.show_status(unavailable.no_year())
            return None
        if path is None:
            path = dialogs.open_file_name(self.window(), self.tr("Chọn bảng tính"), "",
                                          self.tr("Bảng tính (*.xlsx *.csv)"))
            if not path:
                return None
        try:
            table = read_table(path)
        except FestivalPlannerError as exc:
            self.context.ops.show_error(exc, self.window())
            return None
        year = self.campaign.year if self.campaign else None
        return self._open(ImportDialog(self.context, kind, table, year, parent=self.window()))

    def _save_path(self, title: str, suggested: str, filter_text: str, path: str | None) -> str | None:
        if path is not None:
            return path
        chosen = dialogs.save_file_name(self.window(), title, suggested, filter_text, suggested.rpartition(".")[2])
        return chosen or None

    def export_directory(self, path: str | None = None) -> int | None:
        from festival_planner.services import exports

        path = self._save_path(self.tr("Xuất danh bạ lãnh đạo"), "lanh-dao.xlsx", self.tr("Bảng tính (*.xlsx)"), path)
        if path is None:
            return None
        return self._export(lambda s: exports.export_leaders_xlsx(s, path), path)

    def export_delegations(self, path: str | None = None) -> int | None:
        from festival_planner.services import exports

        campaign = self.campaign
        if campaign is None:
            self.context.show_status(unavailable.no_year())
            return None
        path = self._save_path(self.tr("Xuất đoàn dự các điểm"), f"doan-du-{campaign.year}.xlsx",
                               self.tr("Bảng tính (*.xlsx)"), path)
        if path is None:
            return None
        return self._export(lambda s: exports.export_campaign_xlsx(s, campaign.id, path), path)

    def _export(self, call, path: str) -> int | None:  # type: ignore[no-untyped-def]
        try:
            count = int(self.context.ops.read(call))
        except (FestivalPlannerError, OSError) as exc:
            text = exc.message if isinstance(exc, FestivalPlannerError) else str(exc)
            dialogs.warn(self.window(), self.tr("Không xuất được"), text)
            return None
        self.context.show_status(self.tr("Đã xuất %1 dòng vào %2").replace("%1", str(count)).replace("%2", path))
        return count

    def export_ics(self, path: str | None = None) -> int | None:
        """The selected leader's itinerary as an iCalendar file (marked restricted)."""
        leader, campaign = self.view.selected_row(), self.campaign
        if leader is None or campaign is None:
            self.context.show_status(unavailable.no_year() if campaign is None
                                     else unavailable.nothing_selected(self.tr("một lãnh đạo")))
            return None
        path = self._save_path(self.tr("Xuất lịch công tác"), f"lich-{campaign.year}.ics",
                               self.tr("Lịch (*.ics)"), path)
        if path is None:
            return None
        route = self.context.ops.read(lambda s: itinerary.leader_itinerary(s, leader.id, campaign.id))
        try:
            itinerary.save_ics(route, path, language=messages.current_language())
        except FestivalPlannerError as exc:
            dialogs.warn(self.window(), self.tr("Không xuất được"), exc.message)
            return None
        self.context.show_status(self.tr("Đã ghi lịch %1 sự kiện vào %2").replace("%1", str(len(route.stops)))
                                 .replace("%2", path))
        return len(route.stops)

    # Travel model -------------------------------------------------------------------------------------------
    def open_travel_dialog(self) -> TravelDialog:
        """Edit the campaign's travel model; saving is one undoable step (nothing happens without a year)."""
        from festival_planner.gui.leaders.travel_dialog import TravelDialog
        from festival_planner.gui.travel_model import travel_command

        dialog = TravelDialog(self.travel_parameters(), parent=self.window())

        def accepted() -> None:
            campaign = self.campaign
            if campaign is None:
                return
            params = dialog.parameters()
            try:
                self.context.push(travel_command(self.context.ops, campaign.id,
                                                 None if params == TravelParameters() else params))
            except FestivalPlannerError as exc:
                self.context.ops.show_error(exc, self.window())

        dialog.accepted.connect(accepted)
        return self._open(dialog)
