"""The File menu's work on the database file — new, open, backup — and the About box.

It asks the user (file dialogs), opens the database through ``open_with_progress`` and hands the
result to the main window's ``database_switched``; it never reaches into a workspace.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from festival_planner import APP_DISPLAY_NAME, __version__
from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.gui.database_open import open_with_progress
from festival_planner.gui.icons import icon
from festival_planner.store.paths import DB_FILENAME, data_dir

if TYPE_CHECKING:
    from festival_planner.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class DatabaseActions(QObject):
    """New / open / backup of the database file, and About."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.new_action = self._action(self.tr("Cơ sở dữ liệu mới…"), self.new_database, "new", "Ctrl+Shift+N")
        self.open_action = self._action(self.tr("Mở cơ sở dữ liệu…"), self.open_database_file, "open",
                                        QKeySequence(QKeySequence.StandardKey.Open))
        self.backup_action = self._action(self.tr("Sao lưu"), self.backup, "backup", None,
                                          self.tr("Sao lưu tệp cơ sở dữ liệu vào thư mục backups bên cạnh"))
        self.about_action = self._action(self.tr("Giới thiệu"), self.show_about, None, None)

    def _action(self, text: str, slot, icon_name: str | None, shortcut, tip: str = "") -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def actions(self) -> list[QAction]:
        return [self.new_action, self.open_action, self.backup_action]

    def _error(self, exc: FestivalPlannerError) -> None:
        self.window.ops.show_error(exc, self.window)

    def backup(self) -> Path | None:
        """Back up the database file and say where the copy is."""
        try:
            path = self.window.database.backup("manual")
        except FestivalPlannerError as exc:
            self._error(exc)
            return None
        self.window.statusBar().showMessage(self.tr("Đã sao lưu vào %1").replace("%1", str(path)), 15000)
        return path

    def _start_folder(self) -> Path:
        path = self.window.database.path
        return path.parent if path else Path.home()

    def new_database(self) -> None:
        """Ask for a new file name and switch to a new database there."""
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Cơ sở dữ liệu mới"),
                                              str(self._start_folder() / DB_FILENAME),
                                              self.tr("Cơ sở dữ liệu (*.sqlite *.db)"))
        if name:
            self.switch_database(Path(name))

    def open_database_file(self) -> None:
        """Ask for an existing database file and switch to it."""
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Mở cơ sở dữ liệu"), str(self._start_folder()),
                                              self.tr("Cơ sở dữ liệu (*.sqlite *.db);;Mọi tệp (*)"))
        if name:
            self.switch_database(Path(name))

    def switch_database(self, target: Path | str) -> bool:
        """Open another database and show it in the window (the old one is closed)."""
        try:
            database = open_with_progress(target, self.window)
        except FestivalPlannerError as exc:
            self._error(exc)
            return False
        self.window.database_switched(database)
        self.window.statusBar().showMessage(self.tr("Đã mở %1").replace("%1", str(target)), 8000)
        log.info("switched to database %s", target)
        return True

    def about_text(self) -> str:
        """The About box's text: version, data folder, licence, third-party notices."""
        return self.tr(
            "<h3>%1 %2</h3>"
            "<p>Lập kế hoạch các điểm tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc.</p>"
            "<p><b>Thư mục dữ liệu:</b><br>%3</p>"
            "<p><b>Giấy phép:</b> MIT.</p>"
            "<p><b>Thành phần của bên thứ ba:</b><br>"
            "Qt for Python (PySide6) — LGPL v3<br>"
            "SQLAlchemy, Alembic — MIT<br>"
            "geopy — MIT<br>"
            "Dữ liệu hành chính 2025: vietnamadminunits — MIT<br>"
            "Phông Be Vietnam Pro, Noto Serif — SIL Open Font License 1.1</p>"
        ).replace("%1", APP_DISPLAY_NAME).replace("%2", __version__).replace("%3", str(data_dir()))

    def show_about(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Giới thiệu"), self.about_text(),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.addButton(self.tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
        box.setMinimumWidth(460)
        box.open()
        return box
