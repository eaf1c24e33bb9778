"""The main window: a shell around the workspaces.

It keeps only what belongs to the whole application — the database file, the festival year shown,
the undo stack, the status bar, settings, and the File/Edit/View/Help menus — and builds the
navigation, the stacked views, one menu per workspace and the toolbar by looping over the
workspace classes ``app.py`` hands it. After every write it passes the change flags to each
workspace, which refreshes only when they concern it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from festival_planner import APP_DISPLAY_NAME
from festival_planner.gui.campaign_bar import CampaignBar
from festival_planner.gui.changes import Change, ChangeSet
from festival_planner.gui.database_actions import DatabaseActions
from festival_planner.gui.icons import make_action
from festival_planner.gui.kits.actions import KitActions
from festival_planner.gui.operations import Operations
from festival_planner.gui.settings import Settings
from festival_planner.gui.start_page import StartPage
from festival_planner.gui.status_bar import PATH_WIDTH, StatusBar
from festival_planner.gui.travel_model import offer_settings_model
from festival_planner.gui.window_fit import first_size, fit_toolbars
from festival_planner.gui.workspace import Workspace, WorkspaceContext
from festival_planner.store.database import Database

log = logging.getLogger(__name__)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    """The application window over one open database, with the given workspaces."""

    def __init__(self, database: Database, settings: Settings | None = None,
                 workspaces: Sequence[type[Workspace]] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.settings = settings or Settings()
        self.database = database
        self.ops = Operations(database, self)
        self.undo_stack = QUndoStack(self)
        self.context = WorkspaceContext(self.ops, self.undo_stack, self.settings, self)
        self.setStatusBar(StatusBar(self))  # messages elided before the permanent labels
        self.context.status_message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        self.campaigns = CampaignBar(self.context, self)
        self.files = DatabaseActions(self)
        self.kits = KitActions(self)
        self.workspaces: list[Workspace] = [cls(self.context, self) for cls in workspaces]
        self.ops.changed.connect(self._on_changed)
        self.context.campaign_changed.connect(lambda _c: self._campaign_shown())
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._build_status_bar()
        self._restore_geometry()
        self.campaigns.reload(self.settings.last_campaign_year())
        self._campaign_shown()
        self._update_title()
        self.files.remember()
        from festival_planner.gui.team import TeamWatcher

        self.team_watch = TeamWatcher(self, self.ops.announce, self.statusBar().showMessage)  # others' changes
        self.team_watch.attach(database)

    @property
    def campaign(self):  # type: ignore[no-untyped-def]
        """The festival year shown (``CampaignInfo``) or None."""
        return self.context.campaign

    def workspace(self, key: str) -> Workspace:
        """The workspace with this key ("sites", …), up to date."""
        found = next(w for w in self.workspaces if w.key == key)
        found.ensure_fresh()
        return found

    # Construction ----------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        # Own actions rather than createUndoAction: the toolbar keeps fixed labels ("Hoàn tác"), the
        # command's name goes to the tooltip and the Edit menu.
        self.undo_action = make_action(self, self.tr("Hoàn tác"), "undo", self.undo_stack.undo,
                                       QKeySequence.StandardKey.Undo)
        self.redo_action = make_action(self, self.tr("Làm lại"), "redo", self.undo_stack.redo,
                                       ["Ctrl+Y", "Ctrl+Shift+Z"])
        self.undo_stack.indexChanged.connect(self._update_undo_actions)
        self.undo_stack.cleanChanged.connect(self._update_undo_actions)
        self._update_undo_actions()
        self.quit_action = make_action(self, self.tr("Thoát"), None, self.close,
                                       QKeySequence(QKeySequence.StandardKey.Quit))

    def _update_undo_actions(self, *_args: object) -> None:
        for action, verb, possible, command in (
                (self.undo_action, self.tr("Hoàn tác"), self.undo_stack.canUndo(), self.undo_stack.undoText()),
                (self.redo_action, self.tr("Làm lại"), self.undo_stack.canRedo(), self.undo_stack.redoText())):
            text = f"{verb}: {command}" if possible and command else verb
            action.setEnabled(possible)
            action.setText(text)
            action.setIconText(verb)
            action.setToolTip(text)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Tệp"))
        file_menu.addActions(self.files.actions()[:2])
        self.recent_menu = file_menu.addMenu(self.tr("Mở gần đây"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent_menu(self.recent_menu))
        file_menu.addAction(self.files.connect_action)
        file_menu.addActions(self.files.actions()[2:])
        file_menu.addSeparator()
        file_menu.addActions(self.kits.actions())
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Sửa"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.campaigns.new_action, self.campaigns.plan_action])
        for workspace in self.workspaces:
            if not workspace.actions():  # a workspace with nothing to do from a menu has no empty menu
                continue
            menu = bar.addMenu("&" + workspace.title())
            menu.setObjectName(f"{workspace.key}Menu")
            menu.addActions(workspace.actions())
            menu.aboutToShow.connect(workspace.ensure_fresh)  # a workspace not shown yet: its actions' states
        view_menu = bar.addMenu(self.tr("&Xem"))
        group = QActionGroup(self)
        self.workspace_actions: dict[str, QAction] = {}
        for number, workspace in enumerate(self.workspaces, start=1):
            action = make_action(self, workspace.title(), None,
                                 lambda key=workspace.key: self.show_workspace(key), f"Ctrl+{number}",
                                 checkable=True)
            action.setIcon(workspace.icon())
            group.addAction(action)
            view_menu.addAction(action)
            self.workspace_actions[workspace.key] = action
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("Ngôn ngữ"))
        language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("vi", "Tiếng Việt"), ("en", "English")):
            action = make_action(self, name, None, lambda code=code: self.set_language(code),
                                 checkable=True, checked=self.settings.language() == code)
            language_group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action
        help_menu = bar.addMenu(self.tr("Trợ &giúp"))
        help_menu.setObjectName("helpMenu")
        self.guide_action = make_action(self, self.tr("Lập kế hoạch năm đầu tiên"), "about", self.show_guide, "F1",
                                        self.tr("Hướng dẫn từng bước: năm mới, chọn điểm, lãnh đạo, trưởng đoàn, "
                                                "danh mục công việc, kế hoạch toàn quốc, in văn bản"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.campaigns.demo_action)
        help_menu.addSeparator()
        help_menu.addAction(self.files.about_action)

    def show_guide(self) -> QDialog:
        """Open (non-modal) the first-year guide (Help → Lập kế hoạch năm đầu tiên)."""
        from festival_planner.gui.guide import open_guide

        return open_guide(self)

    def _toolbar(self, title: str, name: str) -> QToolBar:
        toolbar = QToolBar(title, self)
        toolbar.setObjectName(name)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        toolbar.toggleViewAction().setEnabled(False)
        self.addToolBar(toolbar)
        return toolbar

    def _build_toolbar(self) -> None:
        """The shell's toolbar first (year, its plan, undo, redo), then one per workspace — only the
        current workspace's shows; on a narrow screen its last buttons fold into the » menu."""
        toolbar = self._toolbar(self.tr("Thanh công cụ"), "mainToolBar")
        toolbar.addWidget(QLabel(self.tr(" Năm: "), self))
        toolbar.addWidget(self.campaigns.combo)
        toolbar.addActions([self.campaigns.plan_action, self.campaigns.new_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        self.toolbar = toolbar
        self.workspace_toolbars: dict[str, QToolBar] = {}
        for workspace in self.workspaces:
            bar = self._toolbar(workspace.title(), f"{workspace.key}ToolBar")
            bar.addActions(workspace.toolbar_actions())
            bar.setVisible(False)  # only the current workspace's shows (show_workspace)
            self.workspace_toolbars[workspace.key] = bar

    def _build_central(self) -> None:
        self.nav = QListWidget(self)
        self.nav.setObjectName("workspaceNav")
        self.nav.setMinimumWidth(150)
        self.stack = QStackedWidget(self)
        self.start_page = StartPage(self)
        self.start_page.new_plan_requested.connect(self.campaigns.ask_new_campaign)
        self.start_page.demo_requested.connect(self.campaigns.ask_demo_campaign)
        self.start_page.open_requested.connect(self.files.open_database_file)
        self.stack.addWidget(self.start_page)
        self._current_key = self.workspaces[0].key if self.workspaces else ""
        for workspace in self.workspaces:
            item = QListWidgetItem(workspace.icon(), workspace.title(), self.nav)
            item.setData(KEY_ROLE, workspace.key)
            item.setSizeHint(QSize(0, 34))
            self.stack.addWidget(workspace)
        self.nav.currentItemChanged.connect(
            lambda item, _previous: self.show_workspace(item.data(KEY_ROLE)) if item is not None else None)
        splitter = QSplitter(self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([160, 1120])  # the navigation as wide as its names: the workspaces get the rest
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.kits.banner)  # shown in field mode only
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        self.path_label = QLabel(self)
        self.path_label.setObjectName("pathLabel")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setMaximumWidth(PATH_WIDTH + 12)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.path_label)

    # Refresh ---------------------------------------------------------------------------------------
    def _campaign_shown(self) -> None:
        """A database without any festival year opens on the start page."""
        if hasattr(self, "stack"):
            starting = self.campaign is None and self.campaigns.combo.count() == 0
            self.nav.setEnabled(not starting)
            for action in self.workspace_actions.values():  # Ctrl+1… do not pick a greyed-out workspace
                action.setEnabled(not starting)
            if starting:
                self.stack.setCurrentWidget(self.start_page)
                for bar in self.workspace_toolbars.values():
                    bar.setVisible(False)
            else:
                self.show_workspace(self._current_key)
        self._update_status()
        offer_settings_model(self.context, self)  # once: the travel model older versions kept in the settings

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Change.SITES | Change.CAMPAIGNS):
            self.campaigns.refresh_info()
        for workspace in self.workspaces:
            workspace.on_changed(changes)
        self._update_status()

    def _update_status(self) -> None:
        path = str(self.kits.display_path() or self.database.path or self.database.url.render_as_string())
        metrics = self.path_label.fontMetrics()
        self.path_label.setText(metrics.elidedText(path, Qt.TextElideMode.ElideMiddle, PATH_WIDTH))
        self.path_label.setToolTip(path)
        c = self.campaign
        if c is None:
            self.count_label.setText(self.tr("Chưa có kế hoạch năm nào"))
            self.count_label.setStyleSheet("")
            return
        text = self.tr("%1 điểm — mục tiêu %2–%3").replace("%1", str(c.site_count)) \
            .replace("%2", str(c.target_min)).replace("%3", str(c.target_max))
        over = c.site_count > c.target_max
        if over:
            text += self.tr(" — vượt mục tiêu %1 điểm").replace("%1", str(c.site_count - c.target_max))
        self.count_label.setText(text)
        self.count_label.setStyleSheet("color: #b00020; font-weight: bold;" if over else "")

    def _writing_group(self) -> QActionGroup:
        """Every action that changes the plan, in one group: disabled on a read-only database."""
        if getattr(self, "_writers", None) is None:
            self._writers = QActionGroup(self)
            self._writers.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
            for action in (self.campaigns.new_action, self.campaigns.plan_action, self.undo_action,
                           self.redo_action, *(a for w in self.workspaces for a in w.writing_actions())):
                self._writers.addAction(action)
        return self._writers

    def _update_title(self) -> None:
        self._writing_group().setEnabled(not getattr(self.database, "read_only", False))
        name = self.database.path.name if self.database.path else self.database.url.host or ""
        self.kits.apply_mode()
        if self.kits.copy is not None:
            name = self.kits.copy.path.name + self.tr(" (thực địa)")
        if getattr(self.database, "read_only", False):
            name += self.tr(" (chỉ đọc)")
            self.statusBar().showMessage(
                self.tr("Tệp này chỉ đọc được (không có quyền ghi): xem được, không sửa được."))
        notices = getattr(self.database, "notices", [])
        if notices:  # what opening did or found (a backup opened read-only, a recovered first creation)
            self.statusBar().showMessage(" ".join(notice.message for notice in notices))
        self.setWindowTitle(f"{name} — {APP_DISPLAY_NAME}" if name else APP_DISPLAY_NAME)
        self._update_status()

    def database_switched(self, database: Database) -> None:
        """Show another database (the file actions opened it; the old one is closed here)."""
        old = self.database
        self.database = self.ops.database = database
        self.context.database_switched()
        self.context.campaign = None
        self.team_watch.attach(database)
        old.close()
        self.campaigns.reload(self.settings.last_campaign_year())
        self._on_changed(ChangeSet.database_switched())
        self._update_title()

    # View, language --------------------------------------------------------------------------------
    def show_workspace(self, key: str) -> None:
        """Show the workspace with this key."""
        for row, workspace in enumerate(self.workspaces):
            if workspace.key != key:
                continue
            self._current_key = key
            if self.stack.currentWidget() is not self.start_page or self.campaign is not None:
                self.stack.setCurrentWidget(workspace)
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
            self.workspace_actions[key].setChecked(True)
            for other, bar in self.workspace_toolbars.items():
                bar.setVisible(other == key and bool(bar.actions()))
            self.fit_toolbars()

    def fit_toolbars(self) -> None:
        """Keep every button of the shown toolbars on screen (``window_fit``): no » overflow."""
        fit_toolbars(self.width(), self.toolbar, [self.undo_action, self.redo_action],
                     self.workspace_toolbars.get(self._current_key))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if hasattr(self, "workspace_toolbars"):
            self.fit_toolbars()

    def set_language(self, code: str) -> None:
        """Store the interface language; it applies at the next start."""
        self.settings.set_language(code)
        self.statusBar().showMessage(self.tr("Ngôn ngữ mới sẽ được áp dụng khi khởi động lại ứng dụng."), 10000)

    # Geometry --------------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.window_geometry(self.objectName())
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(first_size(self))
        state = self.settings.window_state(self.objectName())
        if state is not None:
            self.restoreState(state)

    def save_geometry(self) -> None:
        """Remember the window's size, position and toolbar state."""
        self.settings.set_window_geometry(self.objectName(), self.saveGeometry())
        self.settings.set_window_state(self.objectName(), self.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        from festival_planner.gui.jobs import stop_jobs

        stop_jobs()  # a background job is cancelled and waited for: no thread outlives the window
        self.team_watch.stop()
        self.save_geometry()
        super().closeEvent(event)
