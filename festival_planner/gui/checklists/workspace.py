"""The "Công việc" workspace: a site's checklist, the national workplan, the programme of the day and
the budget with its commendations and gifts — every edit undoable.

The site shown follows ``context.site_selected`` (a site picked in another workspace shows here) and
picking one here tells the others.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QTabWidget, QVBoxLayout, QWidget

from festival_planner.domain.enums import ChecklistStatus
from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.domain.money import format_vnd
from festival_planner.gui import dialogs, unavailable
from festival_planner.gui.changes import Change
from festival_planner.gui.checklists.item_model import status_text
from festival_planner.gui.checklists.tables import BudgetModel, CommendationModel, GiftModel, ProgrammeModel
from festival_planner.gui.checklists.views import ChecklistView, TableView
from festival_planner.gui.commands import ServiceCommand
from festival_planner.gui.icons import icon, make_action
from festival_planner.gui.workspace import Workspace, WorkspaceContext
from festival_planner.services import budget, checklists, programme, sites
from festival_planner.services.site_facts import SiteFacts, campaign_sites
from festival_planner.services.sites import SiteRow

if TYPE_CHECKING:  # the commands and dialogs load when first used (start-up imports only the shown workspace)
    from festival_planner.gui.checklists.dialogs import ApplyTemplateDialog, TemplateEditorDialog
    from festival_planner.gui.checklists.row_dialog import RowDialog, RowKind
    from festival_planner.gui.workplan import ApplyWorkplanDialog

log = logging.getLogger(__name__)


class ChecklistsWorkspace(Workspace):
    """Checklists, campaign tasks, programme and budget of the campaign shown."""

    key = "checklists"
    interests = Change.CHECKLISTS | Change.SITES | Change.PROGRAMME | Change.BUDGET

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.site_id: uuid.UUID | None = None
        self._sites: list[SiteFacts] = []
        context.site_selected.connect(self._follow_site)
        self.apply_action = make_action(self, self.tr("Áp dụng mẫu…"), "import", self.open_apply_dialog,
                                        tip=self.tr("Tạo danh mục công việc của điểm từ một mẫu"))
        self.bulk_apply_action = make_action(self, self.tr("Áp dụng mẫu cho nhiều điểm…"), "import",
                                             self.open_bulk_apply_dialog,
                                             tip=self.tr("Tạo danh mục công việc cho nhiều điểm cùng lúc, "
                                                         "mẫu theo loại điểm; xem trước rồi áp dụng"))
        self.bulk_status_action = make_action(self, self.tr("Đổi trạng thái ở nhiều điểm…"), "edit",
                                              self.open_bulk_item_status_dialog,
                                              tip=self.tr("Đổi trạng thái một công việc ở nhiều điểm cùng lúc"))
        self.done_action = make_action(self, self.tr("Đánh dấu đã xong"), "checklists",
                                       lambda: self.set_status(ChecklistStatus.DONE), "Ctrl+D",
                                       self.tr("Đánh dấu các công việc đang chọn là đã xong (Ctrl+D)"))
        self.status_actions = [make_action(self, status_text(s), "edit", lambda s=s: self.set_status(s),
                                           tip=self.tr("Đổi trạng thái các công việc đang chọn"))
                               for s in ChecklistStatus if s is not ChecklistStatus.DONE]
        self.programme_action = make_action(self, self.tr("Tạo chương trình mặc định"), "programme",
                                            self.create_programme,
                                            tip=self.tr("Tạo chương trình buổi lễ theo mẫu mặc định"))
        self.templates_action = make_action(self, self.tr("Sửa mẫu danh mục…"), "edit", self.open_template_editor,
                                            tip=self.tr("Thêm, xóa, sắp xếp công việc của các mẫu; nhập, xuất Excel"))
        self.add_row_action = make_action(self, self.tr("Thêm…"), "add", self.open_add_dialog, "Insert",
                                          self.tr("Thêm một dòng vào bảng đang xem (Insert)"))
        self.edit_row_action = make_action(self, self.tr("Sửa…"), "edit", self.open_edit_dialog, "F2",
                                           self.tr("Sửa dòng đang chọn (F2)"))
        self.delete_row_action = make_action(self, self.tr("Xóa"), "delete", self.delete_rows, "Delete",
                                             self.tr("Xóa các dòng đang chọn (Delete); có thể hoàn tác"))
        for action in self.row_actions():  # the keys act on the table the user is in, never elsewhere
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def build(self) -> None:
        from festival_planner.gui.checklists.commands import (
            EditBudgetLineCommand,
            EditItemCommand,
            EditProgrammeItemCommand,
        )

        self.site_combo = QComboBox(self)
        self.site_combo.setObjectName("siteCombo")
        self.site_combo.setMinimumContentsLength(40)
        self.site_combo.activated.connect(self._site_picked)
        self.site_label = QLabel(self)

        self.items = ChecklistView(self)
        self.items.model.edit_handler = self._edit_handler(self.items, EditItemCommand)
        self.items.selection_changed.connect(self._update_actions)
        self.tasks = ChecklistView(self)
        self.tasks.model.edit_handler = self._edit_handler(self.tasks, EditItemCommand)
        self.tasks.selection_changed.connect(self._update_actions)
        self.programme = TableView(ProgrammeModel(), "programmeTable", self, (8, 8, 8, 60, 30))
        self.programme.model.edit_handler = self._edit_handler(self.programme, EditProgrammeItemCommand)
        self.budget = TableView(BudgetModel(), "budgetTable", self, (24, 40, 22, 16, 16))
        self.budget.model.edit_handler = self._edit_handler(self.budget, EditBudgetLineCommand)
        self.budget.model.error_handler = self.budget.show_error
        self.programme.model.error_handler = self.programme.show_error
        self.commendations = TableView(CommendationModel(), "commendationsTable", self, (10, 36, 30, 50))
        self.gifts = TableView(GiftModel(), "giftsTable", self, (14, 36, 40, 14))
        money = QWidget(self)
        money_layout = QVBoxLayout(money)
        money_layout.addWidget(self.budget, 3)
        money_layout.addWidget(QLabel(self.tr("<b>Khen thưởng</b>"), money))
        money_layout.addWidget(self.commendations, 1)
        money_layout.addWidget(QLabel(self.tr("<b>Quà tặng</b>"), money))
        money_layout.addWidget(self.gifts, 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.items, icon("checklists"), self.tr("Công việc của điểm"))
        self.tabs.addTab(self.tasks, icon("progress"), self.tr("Kế hoạch toàn quốc"))
        self.tabs.addTab(self.programme, icon("programme"), self.tr("Chương trình"))
        self.tabs.addTab(money, icon("budget"), self.tr("Kinh phí, khen thưởng, quà"))
        self.tabs.currentChanged.connect(lambda _i: self._update_actions())

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Điểm:"), self))
        top.addWidget(self.site_combo, 1)
        top.addWidget(self.site_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self._money_view: TableView = self.budget
        for view in self._row_views():
            widget = view.tree if isinstance(view, ChecklistView) else view.table
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            widget.customContextMenuRequested.connect(
                lambda pos, view=view, widget=widget: self.context_menu(view).popup(widget.viewport().mapToGlobal(pos)))
            widget.installEventFilter(self)
            if isinstance(view, TableView):
                view.table.selectionModel().selectionChanged.connect(lambda *_a, view=view: self._table_used(view))
                view.table.pressed.connect(lambda _index, view=view: self._table_used(view))
        for view in (self.commendations, self.gifts):  # no inline editing: a double click opens the dialog
            view.table.doubleClicked.connect(lambda _index, view=view: self._edit_from(view))
        self._update_actions()

    # Workspace --------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Công việc")

    def icon(self) -> QIcon:
        return icon("checklists")

    def actions(self) -> list[QAction]:  # type: ignore[override]
        return [*self.row_actions(), self.apply_action, self.bulk_apply_action, self.done_action,
                *self.status_actions, self.bulk_status_action, self.programme_action, self.templates_action]

    def writing_actions(self) -> list[QAction]:
        return [*self.row_actions(), self.apply_action, self.bulk_apply_action, self.done_action,
                *self.status_actions, self.bulk_status_action, self.programme_action, self.templates_action]

    def toolbar_actions(self) -> list[QAction]:
        return [*self.row_actions(), self.apply_action, self.bulk_apply_action, self.done_action,
                self.programme_action, self.templates_action]

    def row_actions(self) -> list[QAction]:
        """Add, edit and delete a row of the table shown (Insert, F2, Delete)."""
        return [self.add_row_action, self.edit_row_action, self.delete_row_action]

    def refresh(self) -> None:
        campaign = self.campaign
        self._sites = self.context.ops.read(lambda s: campaign_sites(s, campaign.id)) if campaign else []
        if self.site_id not in {s.id for s in self._sites}:
            self.site_id = self._sites[0].id if self._sites else None
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        for site in self._sites:
            self.site_combo.addItem(f"{site.commune_name}, {site.province} — {site.date:%d/%m/%Y}", site.id)
        self.site_combo.setCurrentIndex(self._combo_index(self.site_id))
        self.site_combo.blockSignals(False)
        self._load_site()
        tasks = self.context.ops.read(lambda s: checklists.list_campaign_tasks(s, campaign.id)) if campaign else []
        self.tasks.set_rows(tasks)
        self._update_actions()

    def _load_site(self) -> None:
        site_id = self.site_id
        if site_id is None:
            self.items.set_rows([])
            for view in (self.programme, self.budget, self.commendations, self.gifts):
                view.set_rows([])
            self.site_label.setText("")
            return

        def read(session: Any) -> tuple[Any, ...]:
            return (checklists.list_items(session, site_id), programme.get_programme(session, site_id),
                    budget.list_budget_lines(session, site_id))

        items, shown, lines = self.context.ops.read(read)
        today = dt.date.today()
        self.items.set_rows(items, today)
        late = sum(1 for r in items if r.overdue_as_of(today))
        done = sum(1 for r in items if r.done_as_of(today))
        self.site_label.setText(self.tr("%1/%2 đã xong, %3 quá hạn").replace("%1", str(done))
                                .replace("%2", str(len(items))).replace("%3", str(late)))
        self.programme.set_rows(list(shown.items))
        self.programme.set_caption("" if shown.items else self.tr("Điểm này chưa có chương trình."))
        self.commendations.set_rows(list(shown.commendations))
        self.gifts.set_rows(list(shown.gifts))
        self.budget.set_rows(lines)
        estimated = sum(line.estimated_vnd for line in lines)
        actual = sum(line.actual_vnd or 0 for line in lines)
        caption = self.tr("Dự toán %1 — thực chi %2").replace("%1", format_vnd(estimated)) \
            .replace("%2", format_vnd(actual))
        if actual > estimated:
            caption += "  " + self.tr("⚠ Vượt dự toán %1").replace("%1", format_vnd(actual - estimated))
        self.budget.set_caption(caption, warning=actual > estimated)

    # sites ------------------------------------------------------------------------------------------
    def _site_picked(self, index: int) -> None:
        site_id = self.site_combo.itemData(index)
        if site_id is not None and site_id != self.site_id:
            self.show_site(site_id)
            self.context.select_site(site_id)

    def _follow_site(self, site_id: object) -> None:
        if site_id != self.site_id and any(s.id == site_id for s in self._sites):
            self.show_site(site_id)  # type: ignore[arg-type]

    def show_site(self, site_id: uuid.UUID) -> None:
        """Show this site's checklist, programme and budget."""
        self.site_id = site_id
        self.site_combo.setCurrentIndex(self._combo_index(site_id))
        self._load_site()
        self._update_actions()

    def _combo_index(self, site_id: uuid.UUID | None) -> int:
        return next((n for n, s in enumerate(self._sites) if s.id == site_id), -1)

    def current_site(self) -> SiteRow | None:
        site_id = self.site_id
        return self.context.ops.read(lambda s: sites.get_site(s, site_id)) if site_id else None

    # writing ----------------------------------------------------------------------------------------
    def _edit_handler(self, view: Any, command: Callable[..., ServiceCommand]) -> Callable[[Any, dict], bool]:
        def handle(row: Any, changes: dict[str, Any]) -> bool:
            view.show_error("")
            try:
                self.context.push(command(self.context.ops, row, changes))
            except FestivalPlannerError as exc:
                view.show_error(exc.message)  # refused inline, nothing written
                return False
            return True
        return handle

    def _current_list(self) -> ChecklistView:
        return self.tasks if self.tabs.currentWidget() is self.tasks else self.items

    def set_status(self, status: ChecklistStatus) -> bool:
        """Give the selected items of the current list one status (one undoable step)."""
        from festival_planner.gui.checklists.commands import BulkStatusCommand

        view = self._current_list()
        rows = view.selected_rows()
        if not rows:
            return False
        view.show_error("")
        try:
            self.context.push(BulkStatusCommand(self.context.ops, rows, status))
        except FestivalPlannerError as exc:
            view.show_error(exc.message)
            return False
        return True

    def create_programme(self) -> bool:
        from festival_planner.gui.checklists.commands import ApplyProgrammeCommand

        if self.site_id is None:
            return False
        self.programme.show_error("")
        try:
            self.context.push(ApplyProgrammeCommand(self.context.ops, self.site_id))
        except FestivalPlannerError as exc:
            self.programme.show_error(exc.message)
            return False
        return True

    def open_apply_dialog(self) -> ApplyTemplateDialog | ApplyWorkplanDialog | None:
        """Open (non-blocking) the dialog that applies a template: on the national workplan's tab a
        workplan template to the year (with a preview of its tasks), elsewhere a checklist to the site shown."""
        from festival_planner.gui.checklists.dialogs import ApplyTemplateDialog
        from festival_planner.gui.workplan import ApplyWorkplanDialog

        if self.tabs.currentWidget() is self.tasks:
            if self.campaign is None:
                return None
            workplan_dialog = ApplyWorkplanDialog(self.context, self.campaign, parent=self.window())
            workplan_dialog.finished.connect(workplan_dialog.deleteLater)
            workplan_dialog.open()
            return workplan_dialog
        site = self.current_site()
        if site is None:
            return None
        dialog = ApplyTemplateDialog(self.context, site, bool(self.items.model.rows()), parent=self.window())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_bulk_apply_dialog(self) -> Any:
        """Open (non-blocking) the dialog that applies a template to many sites (the sites selected in
        the Sites workspace offered as one choice)."""
        from festival_planner.gui.bulk.checklists import BulkApplyDialog

        if self.campaign is None:
            return None
        finder = getattr(self.window(), "workspace", None)
        sites_view = finder("sites") if callable(finder) else None
        selected = [r.id for r in sites_view.view.selected_rows()] if sites_view is not None else []
        return self._open(BulkApplyDialog(self.context, selected, parent=self.window()))

    def open_bulk_item_status_dialog(self) -> Any:
        """Open (non-blocking) the dialog that gives one task a status at many sites."""
        from festival_planner.gui.bulk.checklists import BulkItemStatusDialog

        if self.campaign is None:
            return None
        chosen = self.items.selected_rows()
        return self._open(BulkItemStatusDialog(self.context, chosen[0].title if chosen else None,
                                               parent=self.window()))

    def open_template_editor(self) -> TemplateEditorDialog:
        """Open (non-modal) the template editor."""
        from festival_planner.gui.checklists.dialogs import TemplateEditorDialog

        dialog = TemplateEditorDialog(self.context, parent=self.window())
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        return dialog

    # adding, editing and deleting rows -------------------------------------------------------------
    def _row_views(self) -> list[Any]:
        return [self.items, self.tasks, self.programme, self.budget, self.commendations, self.gifts]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:  # the money tab's three tables: the one the user is in
            for view in (self.budget, self.commendations, self.gifts):
                if watched is view.table and view is not self._money_view:
                    self._table_used(view)
        return super().eventFilter(watched, event)

    def _table_used(self, view: TableView) -> None:
        if view in (self.budget, self.commendations, self.gifts):
            self._money_view = view
        self._update_actions()

    def editing(self) -> tuple[RowKind, Any, uuid.UUID] | None:
        """The kind of row, the view and the owner (the site, or the year for tasks) that Insert, F2
        and Delete act on: the tab shown (on the money tab, the table last used); None when there is
        nothing to act on (no site, no year)."""
        from festival_planner.gui.checklists.row_dialog import kinds

        shown = self.tabs.currentWidget()
        if shown is self.tasks:
            campaign = self.campaign
            return (kinds()["tasks"], self.tasks, campaign.id) if campaign is not None else None
        if self.site_id is None:
            return None
        if shown is self.items:
            return kinds()["items"], self.items, self.site_id
        if shown is self.programme:
            return kinds()["programme"], self.programme, self.site_id
        view = self._money_view
        key = {id(self.budget): "budget", id(self.commendations): "commendation", id(self.gifts): "gift"}[id(view)]
        return kinds()[key], view, self.site_id

    def context_menu(self, view: Any) -> QMenu:
        """The menu of a table's right click: add, edit, delete (on that table)."""
        if isinstance(view, TableView):
            self._table_used(view)
        menu = QMenu(self)
        menu.addActions(self.row_actions())
        menu.aboutToHide.connect(menu.deleteLater)
        return menu

    def _defaults(self, kind: RowKind, view: Any) -> dict[str, Any]:
        if kind.key == "programme":
            rows = sorted(view.model.rows(), key=lambda r: r.start_time)
            if rows:
                last = rows[-1]
                return {"start_time": last.end_time or last.start_time, "part": last.part}
            site = self.current_site()
            return {"start_time": site.start_time} if site is not None and site.start_time else {}
        if kind.key in ("items", "tasks"):
            chosen = view.selected_rows()
            return {"category": chosen[0].category} if chosen else {}
        return {}

    def open_add_dialog(self) -> RowDialog | None:
        """Open (non-blocking) the dialog that adds a row to the table shown; OK adds it, undoably."""
        from festival_planner.gui.checklists.row_dialog import RowDialog

        editing = self.editing()
        if editing is None:
            return None
        kind, view, owner = editing
        categories = [r.category for r in view.model.rows()] if kind.key in ("items", "tasks") else []

        def submit(values: dict[str, Any]) -> None:
            row = self.context.push(kind.add_command(self.context.ops, owner, values))
            if row is not None:
                view.select_items([row.id]) if isinstance(view, ChecklistView) else view.select_row(row.id)

        return self._open(RowDialog(kind, submit, defaults=self._defaults(kind, view), categories=categories,
                                    parent=self.window()))

    def open_edit_dialog(self) -> RowDialog | None:
        """Open (non-blocking) the dialog that edits the selected row; OK saves what changed, undoably."""
        editing = self.editing()
        if editing is None:
            return None
        kind, view, _owner = editing
        return self._edit_from(view, kind)

    def _edit_from(self, view: Any, kind: RowKind | None = None) -> RowDialog | None:
        from festival_planner.gui.checklists.row_dialog import RowDialog

        if kind is None:
            if isinstance(view, TableView):
                self._table_used(view)
            editing = self.editing()
            if editing is None:
                return None
            kind = editing[0]
        chosen = view.selected_rows()
        if len(chosen) != 1:
            return None
        row = chosen[0]
        categories = [r.category for r in view.model.rows()] if kind.key in ("items", "tasks") else []

        def submit(values: dict[str, Any]) -> None:
            self.context.push(kind.edit(self.context.ops, row, values))

        return self._open(RowDialog(kind, submit, row=row, categories=categories, parent=self.window()))

    def _open(self, dialog: RowDialog) -> RowDialog:
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_rows(self) -> bool:
        """Delete the selected rows of the table shown after the user confirms; one undoable step."""
        editing = self.editing()
        if editing is None:
            return False
        kind, view, owner = editing
        chosen = view.selected_rows()
        if not chosen:
            return False
        if len(chosen) == 1:
            question = self.tr("Xóa %1 “%2”?").replace("%1", kind.noun).replace("%2", kind.name_of(chosen[0]))
        else:
            question = self.tr("Xóa %1 %2 đang chọn?").replace("%1", str(len(chosen))).replace("%2", kind.noun)
        question += "\n" + self.tr("Có thể hoàn tác bằng Ctrl+Z.")
        if not dialogs.confirm(self.window(), self.tr("Xóa %1").replace("%1", kind.noun), question, self.tr("Xóa"),
                               self.tr("Không xóa")):
            return False
        view.show_error("")
        try:
            self.context.push(kind.delete_command(self.context.ops, owner, chosen))
        except FestivalPlannerError as exc:
            view.show_error(exc.message)
            return False
        return True

    def _update_actions(self) -> None:
        if not self.built:  # the states follow the tables: set once they exist (the menu builds them)
            return
        editing = self.editing()
        if editing is not None:
            kind, view, _owner = editing
            chosen = len(view.selected_rows())
            self.add_row_action.setEnabled(True)
            self.edit_row_action.setEnabled(chosen == 1)
            self.delete_row_action.setEnabled(chosen > 0)
            self.add_row_action.setToolTip(self.tr("Thêm %1 (Insert)").replace("%1", kind.noun))
            self.edit_row_action.setToolTip(self.tr("Sửa %1 đang chọn (F2)").replace("%1", kind.noun))
            self.delete_row_action.setToolTip(self.tr("Xóa %1 đang chọn (Delete); có thể hoàn tác")
                                              .replace("%1", kind.noun))
        else:
            for action in self.row_actions():
                action.setEnabled(False)
        has_site = self.site_id is not None
        if self.tabs.currentWidget() is self.tasks:
            has_year = self.campaign is not None
            self.apply_action.setEnabled(has_year)
            self.apply_action.setToolTip(
                self.tr("Tạo kế hoạch toàn quốc của năm từ một mẫu, hạn tính ngược từ ngày hội") if has_year
                else self.tr("Chưa có năm nào: tạo năm mới trước"))
        else:
            self.apply_action.setEnabled(has_site)
            self.apply_action.setToolTip(self.tr("Tạo danh mục công việc của điểm từ một mẫu") if has_site else
                                         self.tr("Chưa có điểm nào: thêm điểm ở Điểm tổ chức hoặc Chọn điểm"))
        self.bulk_apply_action.setEnabled(has_site)
        self.bulk_status_action.setEnabled(has_site)
        selected = bool(self._current_list().selected_rows())
        why = None if selected else unavailable.nothing_selected(self.tr("công việc"))
        for action in (self.done_action, *self.status_actions):
            unavailable.explain(action, why)
        self.programme_action.setEnabled(has_site and not self.programme.model.rows())
        self.templates_action.setEnabled(True)
