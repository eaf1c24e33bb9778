"""The main window: menus, toolbar, campaign selector, workspace navigation and the undo stack.

This is where the pieces are wired: views emit signals, the window runs the undoable commands
through ``Operations`` and refreshes the views when ``Operations.changed`` fires.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QComboBox, QFileDialog, QInputDialog, QLabel, QListWidget, QListWidgetItem,
                               QMainWindow, QMessageBox, QSplitter, QStackedWidget, QStyle, QToolBar, QWidget)

from festival_planner import APP_DISPLAY_NAME, __version__
from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.gui.campaign_dialog import CampaignDialog
from festival_planner.gui.commands import AddSiteCommand, DeleteSiteCommand, EditCampaignCommand, EditSiteCommand
from festival_planner.gui.database_open import open_with_progress
from festival_planner.gui.operations import CAMPAIGNS, Operations
from festival_planner.gui.settings import Settings
from festival_planner.gui.site_dialog import SiteDialog
from festival_planner.gui.sites_view import SitesView
from festival_planner.services import campaigns, sites
from festival_planner.services.campaigns import CampaignInfo
from festival_planner.services.communes import CommuneIndex
from festival_planner.services.sites import SiteRow
from festival_planner.store.database import Database
from festival_planner.store.paths import DB_FILENAME

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The application window over one open database."""

    def __init__(self, database: Database, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.settings = settings or Settings()
        self.database = database
        self.ops = Operations(database, self)
        self.ops.changed.connect(self._on_changed)
        self.undo_stack = QUndoStack(self)
        self.campaign: CampaignInfo | None = None
        self._commune_index: CommuneIndex | None = None

        self.sites_view = SitesView(self)
        self.sites_view.edit_requested.connect(self.open_edit_dialog)
        self.sites_view.delete_requested.connect(self.delete_site)
        self.sites_view.selection_changed.connect(self._update_actions)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._build_status_bar()
        self._restore_geometry()
        self.reload_campaigns(self.settings.last_campaign_year())
        self._update_title()

    # Construction ----------------------------------------------------------------------------------
    def _action(self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                icon: QStyle.StandardPixmap | None = None, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.new_db_action = self._action(self.tr("Cơ sở dữ liệu mới…"), self.new_database, QKeySequence.StandardKey.New)
        self.open_db_action = self._action(self.tr("Mở cơ sở dữ liệu…"), self.open_database_file,
                                           QKeySequence.StandardKey.Open, sp.SP_DialogOpenButton)
        self.backup_action = self._action(self.tr("Sao lưu…"), self.backup, None, sp.SP_DialogSaveButton,
                                          self.tr("Sao lưu tệp cơ sở dữ liệu vào thư mục backups bên cạnh"))
        self.quit_action = self._action(self.tr("Thoát"), self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Hoàn tác"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(self.style().standardIcon(sp.SP_ArrowBack))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Làm lại"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.setIcon(self.style().standardIcon(sp.SP_ArrowForward))
        self.add_action = self._action(self.tr("Thêm điểm"), self.open_add_dialog, "Ctrl+N", sp.SP_FileDialogNewFolder,
                                       self.tr("Thêm một xã, phường làm điểm tổ chức"))
        self.new_db_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.edit_action = self._action(self.tr("Sửa"), self.open_edit_dialog, None, sp.SP_FileDialogDetailedView,
                                        self.tr("Sửa điểm đang chọn (Enter)"))
        self.delete_action = self._action(self.tr("Xóa"), self.delete_site, None, sp.SP_TrashIcon,
                                          self.tr("Xóa điểm đang chọn (Delete)"))
        self.new_campaign_action = self._action(self.tr("Năm mới…"), self.ask_new_campaign, None, None,
                                                self.tr("Lập kế hoạch cho một năm mới"))
        self.campaign_plan_action = self._action(self.tr("Kế hoạch năm…"), self.open_campaign_dialog, None, None,
                                                 self.tr("Sửa đợt tổ chức, ngày hội và số điểm mục tiêu của năm"))
        self.about_action = self._action(self.tr("Giới thiệu"), self.show_about)
        self.demo_action = self._action(self.tr("Tạo kế hoạch mẫu…"), self.ask_demo_campaign, None, None,
                                        self.tr("Tạo một năm mẫu 28 điểm để làm quen với ứng dụng"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Tệp"))
        file_menu.addActions([self.new_db_action, self.open_db_action, self.backup_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Sửa"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.add_action, self.edit_action, self.delete_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.new_campaign_action, self.campaign_plan_action])
        view_menu = bar.addMenu(self.tr("&Xem"))
        self.workspace_actions: list[QAction] = []
        group = QActionGroup(self)
        for i, (name, enabled) in enumerate(self._workspaces()):
            action = QAction(name, self, checkable=True, enabled=enabled)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _checked=False, i=i: self.show_workspace(i))
            group.addAction(action)
            view_menu.addAction(action)
            self.workspace_actions.append(action)
        self.workspace_actions[0].setChecked(True)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("Ngôn ngữ"))
        language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("vi", "Tiếng Việt"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(self.settings.language() == code)
            action.triggered.connect(lambda _checked=False, code=code: self.set_language(code))
            language_group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action
        help_menu = bar.addMenu(self.tr("Trợ &giúp"))
        help_menu.addAction(self.demo_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _workspaces(self) -> list[tuple[str, bool]]:
        return [(self.tr("Điểm tổ chức"), True), (self.tr("Bản đồ"), False), (self.tr("Lãnh đạo"), False),
                (self.tr("Danh mục công việc"), False), (self.tr("Báo cáo"), False)]

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Thanh công cụ"), self)
        toolbar.setObjectName("mainToolBar")
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        toolbar.addActions([self.add_action, self.edit_action, self.delete_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(self.tr(" Năm: "), self))
        self.campaign_combo = QComboBox(self)
        self.campaign_combo.setObjectName("campaignCombo")
        self.campaign_combo.setMinimumContentsLength(6)
        self.campaign_combo.setPlaceholderText(self.tr("Chưa có năm"))
        self.campaign_combo.currentIndexChanged.connect(self._campaign_selected)
        toolbar.addWidget(self.campaign_combo)
        toolbar.addAction(self.campaign_plan_action)
        toolbar.addAction(self.new_campaign_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _build_central(self) -> None:
        self.nav = QListWidget(self)
        self.nav.setObjectName("workspaceNav")
        self.nav.setMinimumWidth(150)
        later = self.tr("Sẽ có trong phiên bản sau")
        for name, enabled in self._workspaces():
            item = QListWidgetItem(name, self.nav)
            item.setSizeHint(QSize(0, 34))
            if not enabled:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(later)
        self.nav.setCurrentRow(0)
        self.nav.currentRowChanged.connect(self.show_workspace)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.sites_view)
        splitter = QSplitter(self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([180, 1100])
        self.setCentralWidget(splitter)

    def _build_status_bar(self) -> None:
        self.path_label = QLabel(self)
        self.path_label.setObjectName("pathLabel")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.statusBar().addPermanentWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)

    # Campaigns and refresh ---------------------------------------------------------------------------
    def reload_campaigns(self, select_year: int | None = None) -> None:
        """Fill the year selector from the database and select ``select_year`` (or the newest year)."""
        found = self.ops.read(campaigns.list_campaigns)
        wanted = select_year if select_year is not None else (self.campaign.year if self.campaign else None)
        self.campaign_combo.blockSignals(True)
        self.campaign_combo.clear()
        for info in found:
            self.campaign_combo.addItem(str(info.year), info.year)
        index = self.campaign_combo.findData(wanted) if wanted is not None else -1
        self.campaign_combo.setCurrentIndex(index if index >= 0 else (0 if found else -1))
        self.campaign_combo.blockSignals(False)
        self._campaign_selected(self.campaign_combo.currentIndex())
        if not found:  # a new database: say how to begin
            self.statusBar().showMessage(self.tr(
                "Chưa có kế hoạch nào: tạo năm mới (Sửa → Năm mới…) hoặc dữ liệu mẫu (Trợ giúp → Tạo kế hoạch mẫu…)."))

    def set_campaign_year(self, year: int) -> bool:
        """Show the campaign of ``year``; False when there is none."""
        index = self.campaign_combo.findData(year)
        if index < 0:
            return False
        self.campaign_combo.setCurrentIndex(index)
        return True

    def _campaign_selected(self, index: int) -> None:
        year = self.campaign_combo.itemData(index) if index >= 0 else None
        self.campaign = self.ops.read(lambda s: campaigns.get_campaign(s, year)) if year is not None else None
        if year is not None:
            self.settings.set_last_campaign_year(year)
        self.refresh()

    def refresh(self) -> None:
        """Reload the current campaign's sites and the status bar from the services."""
        if self.campaign is not None:
            campaign_id, year = self.campaign.id, self.campaign.year
            self.campaign, rows = self.ops.read(lambda s: (campaigns.get_campaign(s, year),
                                                           sites.list_sites(s, campaign_id)))
        else:
            rows = []
        self.sites_view.set_rows(rows)
        self._update_status()
        self._update_actions()

    def _on_changed(self, what: str) -> None:
        if what == CAMPAIGNS:
            return  # create_campaign reloads the selector itself
        self.refresh()

    def _update_status(self) -> None:
        self.path_label.setText(str(self.database.path or self.database.url.render_as_string()))
        if self.campaign is None:
            self.count_label.setText(self.tr("Chưa có kế hoạch năm nào"))
        else:
            c = self.campaign
            self.count_label.setText(self.tr("%1/%2–%3 điểm").replace("%1", str(c.site_count))
                                     .replace("%2", str(c.target_min)).replace("%3", str(c.target_max)))

    def _update_actions(self) -> None:
        has_campaign = self.campaign is not None
        selected = self.sites_view.selected_row() is not None
        self.add_action.setEnabled(has_campaign)
        self.campaign_plan_action.setEnabled(has_campaign)
        self.edit_action.setEnabled(selected)
        self.delete_action.setEnabled(selected)

    def _update_title(self) -> None:
        name = self.database.path.name if self.database.path else self.database.url.host or ""
        self.setWindowTitle(f"{name} — {APP_DISPLAY_NAME}" if name else APP_DISPLAY_NAME)
        self._update_status()

    def create_campaign(self, year: int) -> CampaignInfo | None:
        """Create the campaign of ``year`` with the default window and select it (errors are shown)."""
        info = self.ops.run(lambda s: campaigns.create_campaign(s, year), CAMPAIGNS)
        if info is not None:
            self.reload_campaigns(info.year)
            self.statusBar().showMessage(self.tr("Đã tạo kế hoạch năm %1.").replace("%1", str(year)), 5000)
        return info

    def ask_new_campaign(self) -> None:
        """Ask for a year and create its campaign."""
        suggestion = (max(self.campaign_combo.itemData(i) for i in range(self.campaign_combo.count())) + 1
                      if self.campaign_combo.count() else 2026)
        year, ok = QInputDialog.getInt(self, self.tr("Năm mới"), self.tr("Lập kế hoạch cho năm:"), suggestion,
                                       campaigns.MIN_YEAR, campaigns.MAX_YEAR)
        if ok:
            self.create_campaign(year)

    def create_demo_campaign(self, year: int) -> CampaignInfo | None:
        """Create the 28-site demo campaign of ``year`` and select it (errors are shown)."""
        from festival_planner.services import demo

        info = self.ops.run(lambda s: demo.create_demo(s, year), CAMPAIGNS)
        if info is not None:
            self.undo_stack.clear()
            self.reload_campaigns(info.year)
            self.statusBar().showMessage(self.tr("Đã tạo kế hoạch mẫu năm %1.").replace("%1", str(year)), 5000)
        return info

    def ask_demo_campaign(self) -> None:
        """Ask for a year (one without a plan yet) and create the demo campaign there."""
        years = [self.campaign_combo.itemData(i) for i in range(self.campaign_combo.count())]
        suggestion = 2026 if 2026 not in years else max(years) + 1
        year, ok = QInputDialog.getInt(self, self.tr("Tạo kế hoạch mẫu"), self.tr("Năm của kế hoạch mẫu:"),
                                       suggestion, campaigns.MIN_YEAR, campaigns.MAX_YEAR)
        if ok:
            self.create_demo_campaign(year)

    def open_campaign_dialog(self) -> CampaignDialog | None:
        """Open (non-blocking) the plan of the current year: window, festival day, target; undoable."""
        if self.campaign is None:
            return None
        campaign = self.campaign

        def submit(changes: dict) -> None:
            command = EditCampaignCommand(self.ops, campaign, changes)
            command.perform()
            self.undo_stack.push(command)

        dialog = CampaignDialog(campaign, submit, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # Sites -------------------------------------------------------------------------------------------
    def commune_index(self) -> CommuneIndex:
        """The gazetteer search index of this database (built once, on first use)."""
        if self._commune_index is None:
            self._commune_index = self.ops.read(CommuneIndex)
        return self._commune_index

    def open_add_dialog(self) -> SiteDialog | None:
        """Open (non-blocking) the add-site dialog for the current campaign and return it."""
        if self.campaign is None:
            return None
        campaign = self.campaign

        def submit(values: dict) -> None:
            name = self.commune_index().get(values["commune_code"]).name
            command = AddSiteCommand(self.ops, campaign.id, values, name)
            row = command.perform()
            self.undo_stack.push(command)
            if row is not None:
                self.sites_view.select_site(row.id)

        dialog = SiteDialog(campaign, submit, commune_index=self.commune_index(), parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_edit_dialog(self, row: SiteRow | None = None) -> SiteDialog | None:
        """Open (non-blocking) the edit dialog for ``row`` (default: the selected site) and return it."""
        row = row or self.sites_view.selected_row()
        if row is None or self.campaign is None:
            return None

        def submit(changes: dict) -> None:
            command = EditSiteCommand(self.ops, row, changes)
            command.perform()
            self.undo_stack.push(command)
            self.sites_view.select_site(row.id)

        dialog = SiteDialog(self.campaign, submit, row=row, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_site(self, row: SiteRow | None = None) -> bool:
        """Delete ``row`` (default: the selected site) after the user confirms; undoable."""
        row = row or self.sites_view.selected_row()
        if row is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Xóa điểm tổ chức"),
            self.tr("Xóa điểm %1 (%2, ngày %3)?\nCó thể hoàn tác bằng Ctrl+Z.").replace("%1", row.commune.name)
            .replace("%2", row.commune.province).replace("%3", row.date.strftime("%d/%m/%Y")))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        command = DeleteSiteCommand(self.ops, row)
        try:
            command.perform()
        except FestivalPlannerError as exc:
            self.ops.show_error(exc, self)
            return False
        self.undo_stack.push(command)
        return True

    # Database file -----------------------------------------------------------------------------------
    def backup(self) -> Path | None:
        """Back up the database file and say where the copy is."""
        try:
            path = self.database.backup("manual")
        except FestivalPlannerError as exc:
            self.ops.show_error(exc, self)
            return None
        self.statusBar().showMessage(self.tr("Đã sao lưu vào %1").replace("%1", str(path)), 10000)
        return path

    def new_database(self) -> None:
        """Ask for a new file name and switch to a new database there."""
        start = str((self.database.path.parent if self.database.path else Path.home()) / DB_FILENAME)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Cơ sở dữ liệu mới"), start,
                                              self.tr("Cơ sở dữ liệu (*.sqlite *.db)"))
        if name:
            self.switch_database(Path(name))

    def open_database_file(self) -> None:
        """Ask for an existing database file and switch to it."""
        start = str(self.database.path.parent if self.database.path else Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Mở cơ sở dữ liệu"), start,
                                              self.tr("Cơ sở dữ liệu (*.sqlite *.db);;Mọi tệp (*)"))
        if name:
            self.switch_database(Path(name))

    def switch_database(self, target: Path | str) -> bool:
        """Open another database and show it in this window (the old one is closed)."""
        try:
            database = open_with_progress(target, self)
        except FestivalPlannerError as exc:
            self.ops.show_error(exc, self)
            return False
        old = self.database
        self.undo_stack.clear()
        self.database = self.ops.database = database
        self._commune_index = None
        self.campaign = None
        old.close()
        self.reload_campaigns(self.settings.last_campaign_year())
        self._update_title()
        log.info("switched to database %s", target)
        return True

    # View, language, about ---------------------------------------------------------------------------
    def show_workspace(self, index: int) -> None:
        """Show a workspace by its position in the navigation (only enabled ones)."""
        item = self.nav.item(index)
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled or index >= self.stack.count():
            return
        self.nav.setCurrentRow(index)
        self.stack.setCurrentIndex(index)
        self.workspace_actions[index].setChecked(True)

    def set_language(self, code: str) -> None:
        """Store the interface language; it applies at the next start."""
        self.settings.set_language(code)
        self.statusBar().showMessage(self.tr("Ngôn ngữ mới sẽ được áp dụng khi khởi động lại ứng dụng."), 10000)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("Giới thiệu"), self.tr(
            "<b>Festival Planner</b> %1<br>Lập kế hoạch các điểm tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc."
        ).replace("%1", __version__))

    # Geometry ----------------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.window_geometry(self.objectName())
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.window_state(self.objectName())
        if state is not None:
            self.restoreState(state)

    def save_geometry(self) -> None:
        """Remember the window's size, position and toolbar state."""
        self.settings.set_window_geometry(self.objectName(), self.saveGeometry())
        self.settings.set_window_state(self.objectName(), self.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_geometry()
        super().closeEvent(event)
