"""The "Chọn điểm" workspace: weights and constraints in a side panel, Run in the background (progress,
Cancel), the chosen communes in a list synced with a map, why a commune is in or out, two scenarios
side by side, and Accept, which adds the chosen communes as proposed sites in one undoable step."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCursor, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.domain.values import format_number
from festival_planner.gui.changes import Change
from festival_planner.gui.icons import icon, make_action
from festival_planner.gui.jobs import BackgroundWork, Job, run_job
from festival_planner.gui.workspace import Workspace, WorkspaceContext
from festival_planner.services import selection, sites
from festival_planner.services.selection import SelectionResult, Settings

log = logging.getLogger(__name__)
RESULTS_WIDTH = 470  # the chosen list: commune, province, region, score


class SelectorWorkspace(Workspace):
    """Choose the year's sites with the optimiser, see why, compare, accept."""

    key = "selector"
    interests = Change.SELECTION | Change.SITES | Change.CAMPAIGNS
    result_ready = Signal()  # a run finished and its result is shown
    preview_ready = Signal()  # before a run: every commune's score is on the map

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.result: SelectionResult | None = None
        self.scenario_a: SelectionResult | None = None
        self.job: Job | None = None
        self.saved: Settings = Settings()
        self.saved_version: int | None = None
        self.names: dict[str, str] = {}
        self.menu: QMenu | None = None
        self._campaign_id: object = None
        self._preview: BackgroundWork | None = None
        self._previewed = False  # the map shows the communes' scores under the saved settings
        self.search: BackgroundWork | None = None  # "keep searching" from the shown result

        self.run_action = make_action(self, self.tr("Chạy chọn điểm"), "run", self.run, "F5",
                                      self.tr("Lưu thiết lập rồi tìm bộ điểm tốt nhất (F5)"))
        self.keep_a_action = make_action(self, self.tr("Ghi nhớ làm phương án A"), "selector", self.keep_as_a, None,
                                         self.tr("Ghi nhớ kết quả này để so sánh với lần chạy sau"))
        self.accept_action = make_action(self, self.tr("Đưa vào kế hoạch"), "add", self.accept, None,
                                         self.tr("Thêm các xã được chọn thành điểm đề xuất của năm "
                                                 "(hoàn tác được bằng Ctrl+Z)"))
        self.search_on_action = make_action(
            self, self.tr("Tìm tiếp"), "run", self.keep_searching, None,
            self.tr("Tiếp tục tìm trong nền từ bộ điểm tốt nhất hiện có; vẫn làm việc khác được, kết quả "
                    "tự cập nhật khi tìm được bộ tốt hơn hoặc chứng minh được tối ưu"))
        self.fit_action = make_action(self, self.tr("Vừa cả nước"), "fit", lambda: self.map.fit_country(), None,
                                      self.tr("Thu phóng để thấy cả nước"))
        self._update_actions()

    def build(self) -> None:
        from festival_planner.gui.mapview.scene import MapScene
        from festival_planner.gui.mapview.view import MapView
        from festival_planner.gui.selector.panel import SettingsPanel
        from festival_planner.gui.selector.results import ResultTable

        self.panel = SettingsPanel(self)
        self.panel.changed.connect(self._update_actions)
        self.scene = MapScene(self)
        self.map = MapView(self.scene, self)
        self.map.setObjectName("selectorMap")
        self.scene.pointClicked.connect(self._point_clicked)
        self.scene.siteClicked.connect(self.explain)
        self.table = ResultTable(self)
        self.table.code_selected.connect(self.explain)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("selectorSummary")
        self.explanation = QTextBrowser(self)
        self.explanation.setObjectName("selectorExplanation")
        self.comparison = QTextBrowser(self)
        self.comparison.setObjectName("selectorComparison")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.explanation, self.tr("Giải thích"))
        self.tabs.addTab(self.comparison, self.tr("So sánh phương án"))

        right = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(right)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.summary)
        top_layout.addWidget(self.table)
        right.addWidget(top)
        right.addWidget(self.tabs)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.panel)
        splitter.addWidget(self.map)
        splitter.addWidget(right)
        # At 1366×768 the chosen list keeps what it needs for whole commune names and scores (the
        # panel scrolls, the map — Vietnam is tall — takes the rest); a wider window widens the map.
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([self.panel.fitting_width(), 380, RESULTS_WIDTH])
        self.splitter = splitter
        right.setSizes([360, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # Workspace --------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Chọn điểm")

    def icon(self) -> QIcon:
        return icon("selector")

    def actions(self) -> list[QAction]:  # type: ignore[override]
        return [self.run_action, self.search_on_action, self.keep_a_action, self.accept_action, self.fit_action]

    def writing_actions(self) -> list[QAction]:
        return [self.accept_action]

    def refresh(self) -> None:
        """Show the campaign's saved settings (a result of another campaign is dropped)."""
        campaign = self.campaign
        if campaign is None:
            self.saved, self.saved_version = Settings(), None
        else:
            self.saved, self.saved_version = self.context.ops.read(lambda s: selection.get_settings(s, campaign.id))
            self._learn_names([*self.saved.locked, *self.saved.excluded])
        if self._campaign_id != (campaign.id if campaign else None):
            self._campaign_id = campaign.id if campaign else None
            self.stop_searching()
            self._show_result(None)
            self.scenario_a = None
            self.comparison.clear()
        self.panel.set_settings(self.saved, self.names)
        self._update_actions()
        if self.result is None:
            self._previewed = False
            if self.isVisible():
                self._start_preview()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.result is None and not self._previewed and self._preview is None:
            self._start_preview()

    @property
    def previewing(self) -> bool:
        """True while the communes' scores for the map are computed in the background (before a run)."""
        return self._preview is not None

    def _start_preview(self) -> None:
        """Before a run, show every commune on the map coloured by its score under the saved settings
        (computed in the background: the window stays responsive; a run started meanwhile wins)."""
        if self._preview is not None:
            self._preview.cancel()
            self._preview = None
        campaign = self.campaign
        if campaign is None:
            return
        database = self.context.ops.database
        from festival_planner.gui.mapview.data import map_points

        def work(_progress):  # type: ignore[no-untyped-def]
            with database.read() as session:
                return map_points(selection.campaign_scores(session, campaign.id))

        job = BackgroundWork(self, work)
        job.finished.connect(lambda points, j=job: self._preview_done(j, points))
        job.failed.connect(lambda exc, j=job: self._preview_failed(j, exc))
        self._preview = job
        self.summary.setText(self.tr("Chưa chạy. Đang tính điểm ưu tiên của các xã để hiện trên bản đồ…"))
        job.start()

    def _preview_done(self, job: BackgroundWork, points: list[Any]) -> None:
        if job is not self._preview:
            return
        self._preview = None
        if self.result is not None:
            return
        self._previewed = True
        self.scene.set_points(points)
        self.summary.setText(self.tr("Chưa chạy. Bản đồ hiện điểm ưu tiên của %1 xã theo thiết lập đã lưu; "
                                     "đặt điều kiện và trọng số rồi bấm “Chạy chọn điểm”.")
                             .replace("%1", format_number(len(points))))
        self.preview_ready.emit()

    def _preview_failed(self, job: BackgroundWork, exc: FestivalPlannerError) -> None:
        if job is not self._preview:
            return
        self._preview = None
        self.summary.setText(self.tr("Chưa chạy. Đặt điều kiện và trọng số rồi bấm “Chạy chọn điểm”."))
        log.warning("selector map preview failed: %s", exc)

    def _learn_names(self, codes: list[str]) -> None:
        unknown = [code for code in codes if code not in self.names]
        if not unknown:
            return
        index = self.context.commune_index()
        for code in unknown:
            try:
                info = index.get(code)
            except (FestivalPlannerError, KeyError):
                continue
            self.names[code] = f"{info.name} ({info.province})"

    def _update_actions(self) -> None:
        has_campaign = self.campaign is not None
        running = self.job is not None and not self.job.done
        self.run_action.setEnabled(has_campaign and not running)
        self.accept_action.setEnabled(has_campaign and self.result is not None and not running)
        self.keep_a_action.setEnabled(self.result is not None)
        self.search_on_action.setEnabled(has_campaign and not running and self.search is None
                                         and self.result is not None and self.result.selection.status != "optimal")

    # Settings -----------------------------------------------------------------------------------------
    def save_settings(self) -> bool:
        """Save the panel's settings for the campaign when they changed (undoable); False when refused."""
        campaign = self.campaign
        if campaign is None:
            return False
        wanted = self.panel.settings()
        try:
            if selection.validate(wanted).to_json() == selection.validate(self.saved).to_json():
                return True
            from festival_planner.gui.mapview.commands import SaveSelectionSettingsCommand

            self.context.push(SaveSelectionSettingsCommand(self.context.ops, campaign.id, self.saved,
                                                           self.saved_version, wanted))
        except FestivalPlannerError as exc:
            self.context.ops.show_error(exc, self.window())
            return False
        return True

    def _push(self, command: Any) -> bool:
        try:
            self.context.push(command)
        except FestivalPlannerError as exc:
            self.context.ops.show_error(exc, self.window())
            return False
        return True

    def _name(self, code: str) -> str:
        if self.result is not None:
            index = self.result.scored.index()
            if code in index:
                c = self.result.scored.candidates[index[code]]
                return f"{c.name} ({c.province})"
        return self.names.get(code, code)

    def lock(self, code: str) -> bool:
        """Lock ``code`` into the selection (saved with the campaign, undoable)."""
        if self.campaign is None or not self.save_settings():
            return False
        from festival_planner.gui.mapview.commands import lock_command

        return self._push(lock_command(self.context.ops, self.campaign.id, code, self._name(code)))

    def exclude(self, code: str) -> bool:
        """Exclude ``code`` from the selection (saved with the campaign, undoable)."""
        if self.campaign is None or not self.save_settings():
            return False
        from festival_planner.gui.mapview.commands import exclude_command

        return self._push(exclude_command(self.context.ops, self.campaign.id, code, self._name(code)))

    def release(self, code: str) -> bool:
        """Neither lock nor exclude ``code`` any more."""
        if self.campaign is None or not self.save_settings():
            return False
        from festival_planner.gui.mapview.commands import release_command

        return self._push(release_command(self.context.ops, self.campaign.id, code, self._name(code)))

    # Run ------------------------------------------------------------------------------------------------
    def run(self) -> Job | None:
        """Save the settings, then choose the best set in the background (progress and Cancel)."""
        campaign = self.campaign
        if campaign is None or (self.job is not None and not self.job.done) or not self.save_settings():
            return None
        from festival_planner.gui.selector.search import selection_work

        settings = self.panel.settings()
        work = selection_work(self.context.ops.database, campaign.id, settings)
        self.stop_searching()
        if self._preview is not None:  # the run's own scores replace the preview's
            self._preview.cancel()
            self._preview = None
        self.job = run_job(self.window(), self.tr("Đang chọn điểm…"), work, on_done=self._finished,
                           on_error=self._failed)
        self.job.cancelled.connect(self._update_actions)
        self._update_actions()
        return self.job

    def keep_searching(self) -> BackgroundWork | None:
        """Search on in the background from the shown answer with a larger work limit; the answer is
        replaced when the search finds a better set or proves it optimal (the user keeps working)."""
        if self.result is None or self.campaign is None or self.search is not None:
            return None
        from festival_planner.gui.selector.search import KEEP_SEARCHING_FACTOR, selection_work

        base = self.result
        limit = KEEP_SEARCHING_FACTOR * base.settings.time_limit_s
        work = selection_work(self.context.ops.database, self.campaign.id, base.settings,
                              hint=base.chosen_codes, time_limit_s=limit)
        job = BackgroundWork(self, work)
        job.finished.connect(lambda result, j=job: self._searched(j, base, result))
        job.failed.connect(lambda exc, j=job: self._search_failed(j, exc))
        self.search = job
        self.context.show_status(self.tr("Đang tìm tiếp trong nền từ bộ điểm hiện có…"))
        job.start()
        self._update_actions()
        return job

    def stop_searching(self) -> None:
        """Drop a background search (a new run or another campaign replaces its starting point)."""
        if self.search is not None:
            self.search.cancel()
            self.search = None
            self._update_actions()

    def _searched(self, job: BackgroundWork, base: SelectionResult, result: SelectionResult) -> None:
        if job is not self.search:
            return
        from festival_planner.gui.selector.search import better, status_text

        self.search = None
        if self.result is base and better(result, base):
            self._show_result(result)
            self.context.show_status(self.tr("Tìm tiếp xong: đã cập nhật kết quả (%1).")
                                     .replace("%1", status_text(result.selection)))
            self.result_ready.emit()
        else:
            self.context.show_status(self.tr("Tìm tiếp xong: không tìm được bộ điểm tốt hơn (%1).")
                                     .replace("%1", status_text(result.selection)))
        self._update_actions()

    def _search_failed(self, job: BackgroundWork, exc: FestivalPlannerError) -> None:
        if job is self.search:
            self.search = None
            self._update_actions()
            self.context.ops.show_error(exc, self.window())

    def _finished(self, result: SelectionResult) -> None:
        self._show_result(result)
        self.result_ready.emit()

    def _failed(self, exc: FestivalPlannerError) -> None:
        self._update_actions()
        self.context.ops.show_error(exc, self.window())

    def _show_result(self, result: SelectionResult | None) -> None:
        from festival_planner.gui.mapview.data import chosen_sites, map_points
        from festival_planner.gui.selector.results import comparison_html
        from festival_planner.gui.selector.search import status_text

        self.result = result
        self.table.set_result(result)
        self.explanation.clear()
        if result is None:
            self.summary.setText(self.tr("Chưa chạy. Đặt điều kiện và trọng số rồi bấm “Chạy chọn điểm”."))
            self.scene.set_points([])
            self.scene.set_sites([])
        else:
            sel = result.selection
            self.summary.setText(
                self.tr("%1 điểm, tổng điểm %2 (%3; %5 giây); %6 điểm ở vùng ưu tiên.")
                .replace("%1", str(len(sel.chosen))).replace("%2", format_number(sel.objective, 2))
                .replace("%3", status_text(sel)).replace("%5", format_number(sel.solve_seconds, 2))
                .replace("%6", str(result.priority_count())))
            self.scene.set_points(map_points(result.scored))
            self.scene.set_sites(chosen_sites(result.scored, result.selection.chosen))
            self.map.fit_country()
            if self.scenario_a is not None:
                self.comparison.setHtml(comparison_html(self.scenario_a, result))
        self._update_actions()

    # Explain, compare, accept ------------------------------------------------------------------------------
    def explain(self, code: str) -> str:
        """Show why ``code`` is in or out of the current result (and highlight it); the text shown."""
        if self.result is None or code not in self.result.scored.index():
            return ""
        from festival_planner.gui.mapview.data import chosen_sites
        from festival_planner.gui.mapview.scene import project
        from festival_planner.gui.selector.results import explanation_html

        try:
            text = explanation_html(self.result, code)
        except FestivalPlannerError as exc:
            self.context.ops.show_error(exc, self.window())
            return ""
        self.explanation.setHtml(text)
        self.tabs.setCurrentWidget(self.explanation)
        self.scene.set_sites(chosen_sites(self.result.scored, self.result.selection.chosen, code))
        c = self.result.scored.candidates[self.result.scored.index()[code]]
        self.map.centerOn(project(c.longitude, c.latitude))
        if self.table.selected_code() != code:
            self.table.select_code(code)
        return self.explanation.toPlainText()

    def _point_clicked(self, code: str, secondary: bool) -> None:
        if secondary:
            self.point_menu(code).popup(QCursor.pos())
        else:
            self.explain(code)

    def point_menu(self, code: str) -> QMenu:
        """Lock, exclude or release a commune pointed at on the map."""
        menu = QMenu(self)
        menu.setObjectName("selectorPointMenu")
        title = menu.addAction(self._name(code))
        title.setEnabled(False)
        menu.addSeparator()
        menu.addAction(icon("lock"), self.tr("Giữ cố định"), lambda: self.lock(code))
        menu.addAction(icon("exclude"), self.tr("Loại khỏi lựa chọn"), lambda: self.exclude(code))
        menu.addAction(self.tr("Bỏ giữ và bỏ loại"), lambda: self.release(code))
        menu.addAction(self.tr("Vì sao?"), lambda: self.explain(code))
        menu.aboutToHide.connect(menu.deleteLater)
        self.menu = menu
        return menu

    def keep_as_a(self) -> None:
        """Remember the current result as scenario A; the next runs are compared with it."""
        if self.result is None:
            return
        from festival_planner.gui.selector.results import comparison_html

        self.scenario_a = self.result
        self.comparison.setHtml(comparison_html(self.scenario_a, self.result))
        self.context.show_status(self.tr("Đã ghi nhớ phương án A; chạy lại để so sánh."))

    def accept(self) -> bool:
        """Add the chosen communes as proposed sites of the campaign in one undoable step."""
        if self.result is None or self.campaign is None:
            return False
        with self.context.ops.database.read() as session:
            planned = {row.commune.code for row in sites.list_sites(session, self.campaign.id)}
        codes = [code for code in self.result.chosen_codes if code not in planned]
        if not codes:  # pressed a second time: say so rather than claim communes were added
            self.context.show_status(self.tr("Các xã được chọn đã có trong kế hoạch; không thêm điểm nào."))
            return False
        from festival_planner.gui.mapview.commands import AcceptSelectionCommand

        text = self.tr("Đưa %1 xã được chọn vào kế hoạch").replace("%1", str(len(codes)))
        command = AcceptSelectionCommand(self.context.ops, self.campaign.id, codes, text)
        if not self._push(command):
            return False
        skipped = len(self.result.chosen_codes) - len(command.added)
        message = self.tr("Đã thêm %1 xã thành điểm đề xuất (Ctrl+Z để hoàn tác).") \
            .replace("%1", str(len(command.added)))
        if skipped:
            message += " " + self.tr("%1 xã đã có trong kế hoạch từ trước.").replace("%1", str(skipped))
        self.context.show_status(message)
        return True
