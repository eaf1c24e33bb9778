"""The "Bản đồ" workspace: the country map with the campaign's sites as labelled markers, every
commune as a point coloured by its score, a choropleth of sites per province or per region, the old
63 provinces as a layer; zoom, fit, print and PNG export.

Selecting a site in any workspace highlights it here; clicking a marker selects it everywhere
(``WorkspaceContext.site_selected`` / ``select_site``). Clicking a commune point offers to lock or
exclude it in the selector's settings or to add it as a site (undoable commands).
"""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCursor, QIcon, QShowEvent
from PySide6.QtWidgets import QLabel, QMenu, QVBoxLayout, QWidget

from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.domain.regions import REGIONS
from festival_planner.gui import dialogs
from festival_planner.gui.changes import Change, ChangeSet
from festival_planner.gui.icons import icon, make_action
from festival_planner.gui.jobs import BackgroundWork
from festival_planner.gui.workspace import Workspace, WorkspaceContext
from festival_planner.services import sites

if TYPE_CHECKING:  # the map's modules load with its widgets, when the map is first shown (``build``)
    from festival_planner.geo.scoring import Scored
    from festival_planner.services.sites import SiteRow

log = logging.getLogger(__name__)


class MapWorkspace(Workspace):
    """The map of the campaign: sites, scored communes, choropleth, layers."""

    key = "map"
    interests = Change.SITES | Change.SELECTION | Change.CAMPAIGNS
    scores_ready = Signal()  # the communes' points are on the map

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.rows: list[SiteRow] = []
        self.scored: Scored | None = None
        self.highlighted: uuid.UUID | None = None
        self.menu: QMenu | None = None
        self._dirty = True
        self._scoring: BackgroundWork | None = None
        context.site_selected.connect(self.show_site)

        self.fit_action = make_action(self, self.tr("Vừa cả nước"), "fit", lambda: self.view.fit_country(), "Ctrl+0",
                                      self.tr("Thu phóng để thấy cả nước và hai quần đảo (Ctrl+0)"))
        self.zoom_in_action = make_action(self, self.tr("Phóng to"), "zoom_in", lambda: self.zoom(1.25), "Ctrl++",
                                          self.tr("Phóng to bản đồ (Ctrl++ hoặc cuộn chuột)"))
        self.zoom_out_action = make_action(self, self.tr("Thu nhỏ"), "zoom_out", lambda: self.zoom(0.8), "Ctrl+-",
                                           self.tr("Thu nhỏ bản đồ (Ctrl+- hoặc cuộn chuột)"))
        self.by_province_action = make_action(self, self.tr("Tô màu theo số điểm mỗi tỉnh"), None, None, None,
                                              self.tr("Tô màu các tỉnh theo số điểm tổ chức của tỉnh"),
                                              checkable=True)
        self.by_region_action = make_action(self, self.tr("Tô màu theo số điểm mỗi vùng"), None, None, None,
                                            self.tr("Tô màu các tỉnh theo số điểm tổ chức của vùng"),
                                            checkable=True)
        group = QActionGroup(self)
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        group.addAction(self.by_province_action)
        group.addAction(self.by_region_action)
        self.old_provinces_action = make_action(self, self.tr("Hiện 63 tỉnh cũ"), None, None, None,
                                                self.tr("Hiện ranh giới 63 tỉnh, thành trước năm 2025"),
                                                checkable=True)
        self.old_provinces_action.toggled.connect(
            lambda on: self.scene.set_old_provinces_visible(on) if self.built else None)
        self.by_province_action.toggled.connect(lambda _on: self._paint_choropleth() if self.built else None)
        self.by_region_action.toggled.connect(lambda _on: self._paint_choropleth() if self.built else None)
        self.print_action = make_action(self, self.tr("In bản đồ…"), "print", self.print_map, "Ctrl+P",
                                        self.tr("In bản đồ cả nước với các điểm tổ chức"))
        self.export_action = make_action(self, self.tr("Xuất PNG…"), "export", self.export_png, None,
                                         self.tr("Lưu bản đồ thành ảnh PNG"))

    def build(self) -> None:
        from festival_planner.gui.mapview.scene import MapScene
        from festival_planner.gui.mapview.view import MapView

        self.scene = MapScene(self)
        self.view = MapView(self.scene, self)
        self.view.setObjectName("mapView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.scoring_label = QLabel(self.view)
        self.scoring_label.setObjectName("scoringLabel")
        self.scoring_label.setStyleSheet("background: rgba(255, 255, 255, 220); padding: 4px 8px;")
        self.scoring_label.move(8, 8)
        self.scoring_label.hide()
        self.scene.siteClicked.connect(self._site_clicked)
        self.scene.pointClicked.connect(self._point_clicked)
        self.scene.set_old_provinces_visible(self.old_provinces_action.isChecked())

    # Workspace --------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Bản đồ")

    def icon(self) -> QIcon:
        return icon("map")

    def actions(self) -> list[QAction]:  # type: ignore[override]
        return [self.fit_action, self.zoom_in_action, self.zoom_out_action, self.by_province_action,
                self.by_region_action, self.old_provinces_action, self.print_action, self.export_action]

    def toolbar_actions(self) -> list[QAction]:
        return [self.fit_action, self.zoom_in_action, self.zoom_out_action]

    def refresh(self) -> None:
        """Reload now when shown; otherwise when the workspace is next shown (scoring takes a moment)."""
        self._dirty = True
        if self.isVisible():
            self.reload()

    def refresh_for(self, changes: ChangeSet) -> None:
        """Re-score the 3,321 communes only when the scores can change (selector settings, a year, a site
        added or removed); an edit of sites (venue, date, status…) only re-reads and repaints the markers."""
        edits_only = all(r.entity == "site" and r.action == "update" for r in changes.records)
        if self.scored is None or not changes.records or not edits_only or not self.isVisible():
            super().refresh_for(changes)
            return
        campaign = self.campaign
        if campaign is None:
            return
        self._stale = False
        try:
            self.rows = self.context.ops.read(lambda session: sites.list_sites(session, campaign.id))
        except FestivalPlannerError as exc:
            self.context.ops.show_error(exc, self.window())
            return
        self._paint_sites()
        self._paint_choropleth()

    def showEvent(self, event: QShowEvent) -> None:
        fit = self._dirty or self._stale  # a reload pending: the base class may run it before us
        super().showEvent(event)
        if self._dirty:
            self.reload()
        if fit:
            self.view.fit_country()
            QTimer.singleShot(0, self.view.fit_country)  # again once the view has its final size

    @property
    def scoring(self) -> bool:
        """True while the communes' scores are computed in the background."""
        return self._scoring is not None

    def reload(self) -> None:
        """Read the campaign's sites and paint them at once; score every commune under the campaign's
        selector settings in the background (seconds the first time) and add the points when done."""
        self._dirty = False
        campaign = self.campaign
        if self._scoring is not None:
            self._scoring.cancel()  # its result is for what was shown before
            self._scoring = None
        if campaign is None:
            self.rows, self.scored = [], None
            self.scene.set_sites([])
            self.scene.set_points([])
            self.scoring_label.hide()
            return
        try:
            self.rows = self.context.ops.read(lambda session: sites.list_sites(session, campaign.id))
        except FestivalPlannerError as exc:
            self.context.ops.show_error(exc, self.window())
            return
        self._paint_sites()
        self._paint_choropleth()
        database = self.context.ops.database
        from festival_planner.gui.mapview.data import map_points
        from festival_planner.services import selection

        def work(_progress):  # type: ignore[no-untyped-def]
            with database.read() as session:
                scored = selection.campaign_scores(session, campaign.id)
            return scored, map_points(scored)

        job = BackgroundWork(self, work)
        job.finished.connect(lambda result, j=job: self._scored(j, result))
        job.failed.connect(lambda exc, j=job: self._score_failed(j, exc))
        self._scoring = job
        self.scoring_label.setText(self.tr("Đang tính điểm các xã…"))
        self.scoring_label.adjustSize()
        self.scoring_label.show()
        job.start()

    def _scored(self, job: BackgroundWork, result: tuple[Scored, list]) -> None:  # type: ignore[type-arg]
        if job is not self._scoring:
            return
        self._scoring = None
        self.scoring_label.hide()
        self.scored, points = result
        self.scene.set_points(points)
        self._paint_choropleth()
        self.scores_ready.emit()

    def _score_failed(self, job: BackgroundWork, exc: FestivalPlannerError) -> None:
        if job is not self._scoring:
            return
        self._scoring = None
        self.scoring_label.hide()
        self.context.ops.show_error(exc, self.window())

    def _paint_sites(self) -> None:
        from festival_planner.gui.mapview.data import map_sites

        self.scene.set_sites(map_sites(self.rows, self.highlighted))

    def _paint_choropleth(self) -> None:
        from festival_planner.gui.mapview.data import counts_by_province, spread_to_provinces

        provinces = [r.commune.province_code for r in self.rows]
        if self.by_province_action.isChecked():
            self.scene.set_choropleth(counts_by_province(provinces), self.tr("Số điểm tổ chức của tỉnh"))
        elif self.by_region_action.isChecked() and self.scored is not None:
            self.scene.set_choropleth(spread_to_provinces(self.region_counts(), self._province_regions()),
                                      self.tr("Số điểm tổ chức của vùng (chia theo tỉnh)"))
        else:
            self.scene.set_choropleth(None)

    def region_counts(self) -> dict[str, float]:
        """Sites per region (a site counts in every region its commune belongs to)."""
        counts: dict[str, float] = {}
        for row in self.rows:
            for region in row.commune.regions:
                counts[region] = counts.get(region, 0.0) + 1
        return counts

    def _province_regions(self) -> dict[str, list[str]]:
        """Each province's main region (the one most of its communes belong to)."""
        assert self.scored is not None
        basic = {r.code for r in REGIONS}
        tally: dict[str, dict[str, int]] = {}
        for c in self.scored.candidates:
            for region in c.regions:
                if region in basic:
                    by_region = tally.setdefault(c.province_code, {})
                    by_region[region] = by_region.get(region, 0) + 1
        return {p: [max(t, key=lambda r: t[r])] for p, t in tally.items()}

    # Selection between workspaces --------------------------------------------------------------------
    def show_site(self, site_id: object) -> None:
        """Highlight the site ``site_id`` (chosen in any workspace) and bring it into view."""
        if not self.isVisible() or self._dirty:
            self.highlighted = site_id if isinstance(site_id, uuid.UUID) else None
            if not self.isVisible():
                return  # painted when the map is next shown
            self.reload()
        row = next((r for r in self.rows if r.id == site_id), None)
        if row is None:
            return
        self.highlighted = row.id
        self._paint_sites()
        if row.commune.latitude is not None and row.commune.longitude is not None:
            from festival_planner.gui.mapview.scene import project

            self.view.centerOn(project(row.commune.longitude, row.commune.latitude))

    def highlighted_code(self) -> str | None:
        row = next((r for r in self.rows if r.id == self.highlighted), None)
        return row.commune.code if row else None

    def _site_clicked(self, code: str) -> None:
        row = next((r for r in self.rows if r.commune.code == code), None)
        if row is not None:
            self.highlighted = row.id
            self._paint_sites()
            self.context.select_site(row.id)

    # Commune points -----------------------------------------------------------------------------------
    def _point_clicked(self, code: str, _secondary: bool) -> None:
        self.point_menu(code).popup(QCursor.pos())

    def point_menu(self, code: str) -> QMenu:
        """The menu for a commune point: lock or exclude it in the selector, or add it as a site."""
        name = self._name(code)
        menu = QMenu(self)
        menu.setObjectName("pointMenu")
        title = menu.addAction(name)
        title.setEnabled(False)
        menu.addSeparator()
        lock = menu.addAction(icon("lock"), self.tr("Giữ cố định trong bộ chọn điểm"))
        lock.triggered.connect(lambda: self.lock(code))
        exclude = menu.addAction(icon("exclude"), self.tr("Loại khỏi bộ chọn điểm"))
        exclude.triggered.connect(lambda: self.exclude(code))
        add = menu.addAction(icon("add"), self.tr("Thêm làm điểm tổ chức"))
        add.triggered.connect(lambda: self.add_site(code))
        taken = any(r.commune.code == code for r in self.rows)
        add.setEnabled(not taken and self.campaign is not None)
        lock.setEnabled(self.campaign is not None)
        exclude.setEnabled(self.campaign is not None)
        menu.aboutToHide.connect(menu.deleteLater)
        self.menu = menu
        return menu

    def _name(self, code: str) -> str:
        if self.scored is not None:
            for c in self.scored.candidates:
                if c.code == code:
                    return f"{c.name} ({c.province})"
        return code

    def _push(self, command) -> bool:  # type: ignore[no-untyped-def]
        try:
            self.context.push(command)
        except FestivalPlannerError as exc:
            self.context.ops.show_error(exc, self.window())
            return False
        return True

    def lock(self, code: str) -> bool:
        """Lock ``code`` into the campaign's selection (undoable)."""
        if self.campaign is None:
            return False
        from festival_planner.gui.mapview.commands import lock_command

        return self._push(lock_command(self.context.ops, self.campaign.id, code, self._name(code)))

    def exclude(self, code: str) -> bool:
        """Exclude ``code`` from the campaign's selection (undoable)."""
        if self.campaign is None:
            return False
        from festival_planner.gui.mapview.commands import exclude_command

        return self._push(exclude_command(self.context.ops, self.campaign.id, code, self._name(code)))

    def add_site(self, code: str) -> bool:
        """Add ``code`` as a proposed site of the campaign (undoable)."""
        if self.campaign is None:
            return False
        from festival_planner.gui.mapview.commands import AcceptSelectionCommand

        text = self.tr("Thêm điểm %1").replace("%1", self._name(code))
        return self._push(AcceptSelectionCommand(self.context.ops, self.campaign.id, [code], text))

    # Output ---------------------------------------------------------------------------------------------
    def zoom(self, factor: float) -> None:
        self.view.zoom(factor)  # about the centre; the labels are laid out again once it settles

    def export_png(self, path: str | None = None) -> str:
        """Save the map as a PNG (asks for the file unless ``path`` is given); the path or ""."""
        if path is None:
            year = self.campaign.year if self.campaign else ""
            path = dialogs.save_file_name(self.window(), self.tr("Xuất bản đồ thành ảnh PNG"),
                                          self.tr("ban-do-%1.png").replace("%1", str(year)),
                                          self.tr("Ảnh PNG (*.png)"), "png")
            if not path:
                return ""
        from festival_planner.gui.mapview.scene import render_png

        try:
            render_png(self.scene, path, 2400)
        except FestivalPlannerError as exc:
            dialogs.warn(self.window(), self.tr("Không lưu được ảnh"), exc.message)
            return ""
        self.context.show_status(self.tr("Đã lưu bản đồ vào %1").replace("%1", path))
        return path

    def print_map(self) -> None:
        """Print the whole country map on one page."""
        from PySide6.QtGui import QPainter
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window())
        dialog.setWindowTitle(self.tr("In bản đồ"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        painter = QPainter(printer)
        source = self.scene.country_rect.adjusted(-20, -20, 20, 20)
        self.scene.render(painter, printer.pageRect(QPrinter.Unit.DevicePixel), source)
        painter.end()
