"""The "Điểm tổ chức" workspace: the campaign's sites — add, edit, delete, filter — all undoable."""

from __future__ import annotations

import logging
import uuid
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QVBoxLayout, QWidget

from festival_planner.domain.enums import SiteStatus
from festival_planner.domain.errors import ConflictError, FestivalPlannerError
from festival_planner.gui import dialogs
from festival_planner.gui.bulk.site_status import BulkSiteStatusDialog
from festival_planner.gui.changes import Change, ChangeSet
from festival_planner.gui.empty_state import EmptyStateHint
from festival_planner.gui.icons import icon, make_action
from festival_planner.gui.jobs import BackgroundWork
from festival_planner.gui.sites.commands import AddSiteCommand, DeleteSiteCommand, EditSiteCommand
from festival_planner.gui.sites.dialog import SiteDialog
from festival_planner.gui.sites.table_model import SiteExtras
from festival_planner.gui.sites.view import SitesView
from festival_planner.gui.workspace import Workspace, WorkspaceContext
from festival_planner.services import checklists
from festival_planner.services.sites import SiteRow

log = logging.getLogger(__name__)


def site_rows_with_delegations(session, campaign_id, site_ids=None, with_conflicts=True,  # type: ignore[no-untyped-def]
                               with_delegations=True):
    """The campaign's sites and, for each, the head's invitation status, the delegation in precedence
    order and the leader conflicts it takes part in: the service's overview (a fixed number of
    queries), put in the table's words (``with_delegations=False``: the sites alone)."""
    from festival_planner.gui.invitation_labels import hours_text, role_text, status_text
    from festival_planner.services.site_overview import site_overview

    rows, extras = [], {}
    for line in site_overview(session, campaign_id, site_ids=site_ids, with_conflicts=with_conflicts,
                              with_delegations=with_delegations):
        delegation = tuple(f"{role_text(i.role)}: {i.leader_name}{' — ' + i.leader_title if i.leader_title else ''}"
                           f" ({status_text(i.status)})" for i in line.delegation)
        clashes = tuple(QCoreApplication.translate("SitesWorkspace", "%1: %2 (cần %3, có %4)").replace(
            "%1", c.leader_name).replace("%2", c.describe()).replace(
            "%3", hours_text(c.hours_needed)).replace("%4", hours_text(c.hours_available)) for c in line.conflicts)
        rows.append(line.site)
        extras[line.site.id] = SiteExtras(line.head_status, delegation, clashes)
    return rows, extras


SCHEDULE_FIELDS = frozenset({"date", "start_time", "end_time"})  # a move changes other sites' conflicts
PREPARE_PICKER_MS = 3000  # after the table is shown: the add-site picker's gazetteer index, ahead of need


class SitesWorkspace(Workspace):
    """The table of the campaign's sites and the dialogs that change them."""

    key = "sites"
    interests = Change.SITES | Change.INVITATIONS | Change.LEADERS  # the head of delegation shows

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.view = SitesView(self)
        self.view.edit_requested.connect(self.open_edit_dialog)
        self.view.delete_requested.connect(self.delete_site)
        self.view.selection_changed.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        context.site_selected.connect(self._show_site)
        self.empty_hint = EmptyStateHint(self.view.table, model=self.view.model)
        self._conflicts_loaded = False  # the first load defers them (refresh)
        self._generation = 0  # bumped by every reload: a background read of conflicts older than it is dropped
        self._conflicts_job: BackgroundWork | None = None

        self.add_action = make_action(self, self.tr("Thêm điểm"), "add", self.open_add_dialog, "Ctrl+N",
                                      self.tr("Thêm một xã, phường làm điểm tổ chức (Ctrl+N)"))
        self.edit_action = make_action(self, self.tr("Sửa điểm"), "edit", self.open_edit_dialog, None,
                                       self.tr("Sửa điểm đang chọn (Enter)"))
        self.delete_action = make_action(self, self.tr("Xóa điểm"), "delete", self.delete_site, None,
                                         self.tr("Xóa điểm đang chọn (Delete)"))
        self.status_action = make_action(self, self.tr("Đổi trạng thái…"), "edit", self.open_status_dialog, None,
                                         self.tr("Đổi trạng thái các điểm đang chọn (đề xuất → duyệt → xác nhận); "
                                                 "chọn nhiều điểm bằng Ctrl, Shift hoặc Ctrl+A"))
        self.board_action = make_action(self, self.tr("Bảng phân công trưởng đoàn…"), "leaders", self.open_board,
                                        None, self.tr("Chọn trưởng đoàn cho mọi điểm trên một bảng, gửi giấy mời "
                                                      "hàng loạt"))
        self.checklist_action = make_action(self, self.tr("Áp dụng mẫu danh mục…"), "checklists",
                                            self.open_bulk_apply_dialog, None,
                                            self.tr("Tạo danh mục công việc cho các điểm đang chọn hoặc mọi điểm"))
        self._update_actions()

    # Workspace --------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Điểm tổ chức")

    def icon(self) -> QIcon:
        return icon("sites")

    def actions(self) -> list[QAction]:  # type: ignore[override]
        return [self.add_action, self.edit_action, self.delete_action, *self.bulk_actions()]

    def bulk_actions(self) -> list[QAction]:
        return [self.status_action, self.board_action, self.checklist_action]

    def refresh(self) -> None:
        campaign = self.campaign
        self._generation += 1
        # The window's first load shows the sites at once — what the first paint showed — and their
        # delegations and leader conflicts (invitations and seconds of travel estimates on a big plan)
        # right after, read in the background; later reloads read them all at once.
        later = campaign is not None and not self._conflicts_loaded
        rows, extras = self.context.ops.read(
            lambda s: site_rows_with_delegations(s, campaign.id, with_conflicts=not later,
                                                 with_delegations=not later)) if campaign else ([], {})
        self.view.set_rows(rows, extras)
        if later:
            self._conflicts_loaded = True
            QTimer.singleShot(0, self, lambda: self._load_conflicts(campaign.id))
        self.empty_hint.set_hint(self.tr(
            "Năm %1 chưa có điểm tổ chức nào.\n\nMở Chọn điểm để chọn các xã trên bản đồ (ưu tiên vùng sâu, vùng xa) "
            "và đưa vào kế hoạch, hoặc bấm Thêm điểm (Ctrl+N) để thêm từng xã.").replace("%1", str(campaign.year))
            if campaign else "")
        self._update_actions()
        if campaign is not None:
            QTimer.singleShot(PREPARE_PICKER_MS, self, self._prepare_picker)

    def _prepare_picker(self) -> None:
        """Read the gazetteer index now (its search structures build in a background thread), so that
        the add-site dialog opens, and the first name or address typed in it is found, without waiting."""
        if not self.isVisible():
            return
        try:
            self.context.commune_index()
        except FestivalPlannerError as exc:  # the dialog reads it again when opened, and reports the error then
            log.warning("gazetteer index not prepared: %s", exc)

    def _load_conflicts(self, campaign_id: uuid.UUID) -> None:
        """The first load's conflict markers (the same year still shown: otherwise its reload had them;
        a workspace hidden or closed meanwhile reloads them when it is shown again)."""
        campaign = self.campaign
        if campaign is None or campaign.id != campaign_id:
            return
        if not self.isVisible():
            self._stale = True
            return
        # Read in the background (the travel estimates take seconds on a big plan): the window answers
        # meanwhile; a reload done in between makes this read stale, and it is read again.
        database, generation = self.context.ops.database, self._generation

        def work(_progress):  # type: ignore[no-untyped-def]
            with database.read() as session:
                return site_rows_with_delegations(session, campaign_id)

        job = BackgroundWork(self, work)
        job.finished.connect(lambda result: self._conflicts_read(campaign_id, generation, result))
        job.failed.connect(lambda exc: log.warning("leader conflicts not read: %s", exc))
        self._conflicts_job = job
        job.start()

    def _conflicts_read(self, campaign_id: uuid.UUID, generation: int, result: tuple) -> None:
        self._conflicts_job = None
        campaign = self.campaign
        if campaign is None or campaign.id != campaign_id:
            return
        if generation != self._generation:  # reloaded meanwhile: its rows are newer than this read
            self._load_conflicts(campaign_id)
            return
        rows, extras = result
        self.view.set_rows(rows, extras)

    @property
    def reading_conflicts(self) -> bool:
        """True while the first load's conflict markers are read in the background."""
        return self._conflicts_job is not None

    def refresh_for(self, changes: ChangeSet) -> None:
        """An edit of sites' own fields (venue, contacts, status…) re-reads only those rows; anything
        else — a site added or removed, a date or time moved (conflicts), delegations — reloads all."""
        ids = {uuid.UUID(i) for i in changes.ids("site")}
        model, campaign = self.view.model, self.campaign
        rows_only = bool(ids) and campaign is not None and all(
            r.entity == "site" and r.action == "update" and not (r.fields & SCHEDULE_FIELDS) for r in changes.records)
        if not rows_only or any(model.row_of(i) < 0 for i in ids):
            super().refresh_for(changes)
            return
        self._stale = False
        self._generation += 1
        rows, extras = self.context.ops.read(
            lambda s: site_rows_with_delegations(s, campaign.id, site_ids=ids, with_conflicts=False))
        model.update_rows(rows, {i: replace(e, conflicts=model.extras(i).conflicts) for i, e in extras.items()})
        self._update_actions()

    def writing_actions(self) -> list[QAction]:
        return [self.add_action, self.edit_action, self.delete_action, *self.bulk_actions()]

    def _selection_changed(self) -> None:
        self._update_actions()
        row = self.view.selected_row()
        if row is not None:
            self.context.select_site(row.id)
        self.selection_changed.emit()

    def _show_site(self, site_id: object) -> None:
        selected = self.view.selected_row()
        if selected is None or selected.id != site_id:
            self.view.select_site(site_id)  # type: ignore[arg-type]

    def _update_actions(self) -> None:
        selected = self.view.selected_row() is not None
        self.add_action.setEnabled(self.campaign is not None)
        self.edit_action.setEnabled(selected)
        self.delete_action.setEnabled(selected)
        self.status_action.setEnabled(bool(self.view.selected_rows()))
        has_sites = self.campaign is not None and self.view.model.rowCount() > 0
        self.board_action.setEnabled(has_sites)
        self.checklist_action.setEnabled(has_sites)

    # Dialogs ----------------------------------------------------------------------------------------
    def open_add_dialog(self) -> SiteDialog | None:
        """Open (non-blocking) the add-site dialog for the current campaign and return it."""
        campaign = self.campaign
        if campaign is None:
            return None
        index = self.context.commune_index()

        def submit(values: dict) -> None:
            name = index.get(values["commune_code"]).name
            row = self.context.push(AddSiteCommand(self.context.ops, campaign.id, values, name))
            if isinstance(row, SiteRow):
                self.view.select_site(row.id)

        taken = {r.commune.code for r in self.view.model.rows()}
        dialog = SiteDialog(campaign, submit, commune_index=index, taken_codes=taken, parent=self.window())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_edit_dialog(self, row: SiteRow | None = None) -> SiteDialog | None:
        """Open (non-blocking) the edit dialog for ``row`` (default: the selected site) and return it."""
        row = row or self.view.selected_row()
        if row is None or self.campaign is None:
            return None

        def submit(changes: dict) -> None:
            move = False
            if "date" in changes:
                moves = self.context.ops.read(
                    lambda s: checklists.preview_due_date_moves(s, row.id, row.date, changes["date"]))
                if moves:
                    days = (changes["date"] - row.date).days
                    question = (self.tr("Ngày tổ chức đổi %1 ngày. Dời hạn của %n công việc chưa xong theo ngày mới?",
                                        "", len(moves)).replace("%1", f"{days:+d}"))
                    move = dialogs.confirm(self.window(), self.tr("Dời hạn công việc"), question,
                                           self.tr("Dời hạn"), self.tr("Giữ nguyên hạn"))
            try:
                self.context.push(EditSiteCommand(self.context.ops, row, changes, move_checklist=move))
            except ConflictError:  # saved elsewhere since it was read: show both, never overwrite silently
                self.show_conflict(row, changes)
                return
            self.view.select_site(row.id)

        dialog = SiteDialog(self.campaign, submit, row=row, parent=self.window())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_conflict(self, seen: SiteRow, changes: dict) -> object:
        """The "changed by someone else" dialog for an edit of ``seen`` refused as stale: the user's values,
        the ones saved meanwhile (and by whom), and the choice of reloading or overwriting them."""
        from festival_planner.gui.conflict_dialog import ConflictDialog
        from festival_planner.services import changelog, sites

        current, who = self.context.ops.read(
            lambda s: (sites.get_site(s, seen.id), changelog.last_actor(s, "site", seen.id)))

        def overwrite() -> None:
            try:
                self.context.push(EditSiteCommand(self.context.ops, current, changes))
            except FestivalPlannerError as exc:
                self.context.ops.show_error(exc, self.window())

        title = self.tr("Điểm %1").replace("%1", seen.commune.name)
        dialog = ConflictDialog(title, changes, current.values(), seen.values(), who, overwrite, self.refresh,
                                self.window())
        dialog.finished.connect(dialog.deleteLater)
        self.conflict_dialog = dialog
        dialog.open()
        return dialog

    def open_status_dialog(self, status: SiteStatus | None = None) -> BulkSiteStatusDialog | None:
        """Open (non-blocking) the dialog giving the selected sites one status (one undoable step)."""
        chosen = self.view.selected_rows()
        if not chosen:
            return None
        dialog = BulkSiteStatusDialog(self.context, [r.id for r in chosen], status, parent=self.window())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_board(self) -> object:
        """Open (non-blocking) the delegation board of the year."""
        from festival_planner.gui.bulk.board import DelegationBoardDialog

        if self.campaign is None:
            return None
        dialog = DelegationBoardDialog(self.context, [r.id for r in self.view.selected_rows()], parent=self.window())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_bulk_apply_dialog(self) -> object:
        """Open (non-blocking) the dialog applying a checklist template to the selected sites (or all)."""
        from festival_planner.gui.bulk.checklists import BulkApplyDialog

        if self.campaign is None:
            return None
        dialog = BulkApplyDialog(self.context, [r.id for r in self.view.selected_rows()], parent=self.window())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_site(self, row: SiteRow | None = None) -> bool:
        """Delete ``row`` (default: the selected site) after the user confirms; undoable."""
        row = row or self.view.selected_row()
        if row is None:
            return False
        question = (self.tr("Xóa điểm %1 (%2, ngày %3)?\nCó thể hoàn tác bằng Ctrl+Z.")
                    .replace("%1", row.commune.name).replace("%2", row.commune.province)
                    .replace("%3", row.date.strftime("%d/%m/%Y")))
        if not dialogs.confirm(self.window(), self.tr("Xóa điểm tổ chức"), question, self.tr("Xóa"),
                               self.tr("Không xóa")):
            return False
        try:
            self.context.push(DeleteSiteCommand(self.context.ops, row))
        except FestivalPlannerError as exc:
            self.context.ops.show_error(exc, self.window())
            return False
        return True
