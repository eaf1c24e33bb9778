"""The File menu's work on the database file — new, open, backup, restore — and the About box.

It asks the user (file dialogs), opens the database through ``open_with_progress`` and hands the
result to the main window's ``database_switched``; it never reaches into a workspace.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGridLayout, QLabel, QMenu, QMessageBox, QStatusBar, QTextBrowser, QWidget

from festival_planner import APP_DISPLAY_NAME, __version__
from festival_planner.domain.errors import DatabaseError, FestivalPlannerError
from festival_planner.gui import dialogs
from festival_planner.gui.about import build_html, components_html
from festival_planner.gui.database_open import open_with_progress
from festival_planner.gui.icons import make_action
from festival_planner.store.paths import data_dir

if TYPE_CHECKING:
    from festival_planner.gui.operations import Operations
    from festival_planner.gui.settings import Settings
    from festival_planner.store.database import Database

log = logging.getLogger(__name__)


class DatabaseWindow(Protocol):
    """What the File menu needs of its window (the main window is one): the database shown, the
    operations that show errors, the status bar, and where to hand a database it opened."""

    database: Database
    ops: Operations
    settings: Settings

    def statusBar(self) -> QStatusBar: ...

    def database_switched(self, database: Database) -> None: ...


def warn_if_open_elsewhere(target: Path | str, parent: QWidget | None) -> bool:
    """Tell the user when another window or program has this database file open (True then)."""
    from festival_planner.store.database import in_use_elsewhere

    path = Path(target)
    if "://" in str(target) or not path.is_file() or not in_use_elsewhere(path):
        return False
    dialogs.warn(parent, QCoreApplication.translate("DatabaseActions", "Tệp đang mở ở nơi khác"),
                 QCoreApplication.translate(
                     "DatabaseActions", "Tệp %1 cũng đang được mở ở một cửa sổ khác hoặc bởi dòng lệnh trên máy "
                     "này. Làm việc cùng lúc trên một tệp ở ổ đĩa của máy là an toàn: mỗi thay đổi được ghi trọn "
                     "vẹn xuống đĩa ngay khi lưu, một nơi đang ghi thì nơi kia chờ đến lượt, và khi hai nơi cùng "
                     "sửa một mục thì nơi sửa sau được báo để tải lại. Không an toàn: mở cùng một tệp từ nhiều máy "
                     "qua ổ mạng chia sẻ — khi đó hãy để chỉ một nơi mở tệp.").replace("%1", str(path)))
    return True


def warn_if_network_share(database: Database, parent: QWidget | None) -> bool:
    """Tell the user when the database file lives on a network share, where SQLite's locks fail (True then)."""
    if not database.network_share:
        return False
    from festival_planner.domain import messages

    dialogs.warn(parent, QCoreApplication.translate("DatabaseActions", "Tệp nằm trên ổ mạng"),
                 messages.render("network_share", {"path": database.path, "kind": database.network_share}))
    return True


def daily_backup(window) -> None:  # type: ignore[no-untyped-def]
    """The automatic daily backup, run from the event loop once the window is up (a 10-year database
    takes seconds to copy: never before the first paint); a failure is logged and shown in the status bar."""
    try:
        made = window.database.backup_if_due()
        if made is not None:
            log.info("daily backup: %s", made)
    except (OSError, FestivalPlannerError) as exc:
        log.warning("daily backup failed: %s", exc)
        window.statusBar().showMessage(QCoreApplication.translate("app", "Không sao lưu tự động được: %1")
                                       .replace("%1", str(exc)), 15000)


class DatabaseActions(QObject):
    """New / open / backup of the database file, and About."""

    def __init__(self, window: DatabaseWindow) -> None:
        super().__init__(window)
        self.window = window
        self.new_action = make_action(self, self.tr("Cơ sở dữ liệu mới…"), "new", self.new_database, "Ctrl+Shift+N")
        self.open_action = make_action(self, self.tr("Mở cơ sở dữ liệu…"), "open", self.open_database_file,
                                       QKeySequence(QKeySequence.StandardKey.Open))
        self.connect_action = make_action(self, self.tr("Kết nối máy chủ nhóm…"), None, self.connect_server, None,
                                          self.tr("Làm việc cùng nhóm trên một máy chủ PostgreSQL"))
        self.backup_action = make_action(self, self.tr("Sao lưu"), "backup", self.backup, None,
                                         self.tr("Sao lưu tệp cơ sở dữ liệu vào thư mục backups bên cạnh"))
        self.restore_action = make_action(self, self.tr("Khôi phục từ bản sao lưu…"), "restore",
                                          self.open_restore_dialog, None,
                                          self.tr("Đưa cơ sở dữ liệu về một bản sao lưu (giữ lại bản hiện tại)"))
        self.about_action = make_action(self, self.tr("Giới thiệu"), "about", self.show_about)

    def actions(self) -> list[QAction]:
        return [self.new_action, self.open_action, self.backup_action, self.restore_action]

    # Recent files -----------------------------------------------------------------------------------
    def remember(self) -> None:
        """Put the database shown first in the recent list (the app reopens it next time)."""
        path = self.window.database.path
        if path is not None:
            self.window.settings.add_recent_database(str(Path(path).resolve()))
        else:  # a team server: its address, never its password
            from festival_planner.gui.team import address_without_password

            self.window.settings.add_recent_database(address_without_password(self.window.database.url))

    def fill_recent_menu(self, menu: QMenu) -> None:
        """*Tệp → Mở gần đây*: the files opened last that still exist, newest first, numbered."""
        menu.clear()
        from festival_planner.gui.team import address_without_password

        kits = getattr(self.window, "kits", None)
        current = kits.display_path() if kits is not None and kits.display_path() else self.window.database.path
        current_text = str(Path(current).resolve()) if current is not None \
            else address_without_password(self.window.database.url)
        shown = 0
        for text in self.window.settings.recent_databases():
            server = "://" in text
            path = Path(text)
            if not server and not path.is_file():
                continue
            shown += 1
            name = (self.tr("Máy chủ nhóm %1").replace("%1", text) if server
                    else f"{path.name}  —  {path.parent}").replace("&", "&&")  # a lone & would mark a shortcut
            action = menu.addAction(f"&{shown} {name}" if shown < 10 else name)
            action.setToolTip(text)
            action.setEnabled(text != current_text)
            if server:  # the password is asked again (or found in ~/.pgpass): it is never kept
                action.triggered.connect(lambda _checked=False, t=text: self.connect_server(t))
            else:
                action.triggered.connect(lambda _checked=False, p=path: self.switch_database(p))
        if not shown:
            menu.addAction(self.tr("(Chưa mở tệp nào khác)")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("Xóa danh sách"), self._clear_recent)

    def _clear_recent(self) -> None:
        for text in self.window.settings.recent_databases():
            self.window.settings.remove_recent_database(text)
        self.remember()

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
        """Ask for a new file name (never an existing file) and switch to a new database there."""
        folder = self._start_folder()
        proposal = folder / "ke-hoach-moi.sqlite"
        number = 2
        while proposal.exists():
            proposal = folder / f"ke-hoach-moi-{number}.sqlite"
            number += 1
        name = dialogs.save_file_name(self.window, self.tr("Cơ sở dữ liệu mới"), str(proposal),
                                      self.tr("Cơ sở dữ liệu (*.sqlite *.db)"), "sqlite", confirm_overwrite=False)
        if not name:
            return
        if Path(name).exists():  # "new" never opens (or overwrites) a file that is already there
            dialogs.warn(self.window, self.tr("Cơ sở dữ liệu mới"),
                         self.tr("Tệp %1 đã có. Hãy chọn một tên khác, hoặc dùng Tệp → Mở cơ sở dữ liệu… để mở nó.")
                         .replace("%1", name))
            return
        if self.switch_database(Path(name), announce=False):
            self.window.statusBar().showMessage(self.tr("Đã tạo cơ sở dữ liệu mới %1").replace("%1", name), 10000)

    def open_database_file(self) -> None:
        """Ask for an existing database file and switch to it."""
        name = dialogs.open_file_name(self.window, self.tr("Mở cơ sở dữ liệu"), str(self._start_folder()),
                                      self.tr("Cơ sở dữ liệu (*.sqlite *.db);;Mọi tệp (*)"))
        if name:
            self.switch_database(Path(name))

    def connect_server(self, address: str = "") -> object:
        """Ask for the team server (non-blocking dialog) and switch to it; returns the dialog."""
        from festival_planner.gui.team import ServerDialog

        dialog = ServerDialog(self.window, address)

        def connect() -> None:
            url = dialog.url()
            if url is not None:
                self.switch_database(url.render_as_string(hide_password=False),
                                     shown=url.render_as_string(hide_password=True))

        dialog.accepted.connect(connect)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_restore_dialog(self):  # type: ignore[no-untyped-def]
        """Show the database's backups; restore the one the user picks (non-blocking dialog)."""
        from festival_planner.gui.restore_dialog import RestoreDialog
        from festival_planner.store.restore import list_backups

        path = self.window.database.path
        if path is None:
            self._error(DatabaseError("backup_unsupported"))
            return None
        dialog = RestoreDialog(list_backups(path), self.window)
        dialog.accepted.connect(lambda: self.restore_backup(dialog.selected_path(), dialog.selected_description()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def restore_backup(self, backup: Path | None, description: str = "") -> bool:
        """Close the database, restore ``backup`` into it (current file kept aside), open it again;
        ``description`` is the backup as the list shows it (its date and kind)."""
        from festival_planner.store.restore import restore

        path = self.window.database.path
        if backup is None or path is None:
            return False
        question = self.tr("Khôi phục bản sao lưu %1?\nTệp hiện tại sẽ được giữ lại thành một bản sao lưu.") \
            .replace("%1", description or backup.name)
        if not dialogs.confirm(self.window, self.tr("Khôi phục"), question, self.tr("Khôi phục")):
            return False
        self.window.database.close()
        try:
            result = restore(path, backup)
        except FestivalPlannerError as exc:
            self._error(exc)
            self.switch_database(path, announce=False)  # the file is unchanged: show it again
            return False
        self.switch_database(path, announce=False)
        self.window.statusBar().showMessage(self.tr("Đã khôi phục bản sao lưu %1; tệp trước đó được giữ ở %2")
                                            .replace("%1", backup.name)
                                            .replace("%2", str(result.kept_aside or "")), 20000)
        if result.warning is not None:  # the restore is in; say what did not happen after it
            self.window.statusBar().showMessage(result.warning.message, 20000)
        return True

    def switch_database(self, target: Path | str, announce: bool = True, shown: str | None = None) -> bool:
        """Open another database and show it in the window (the old one is closed); ``shown`` is what the
        status line says instead of ``target`` (a server's address without its password); a field kit
        (``.fpkit``, e.g. from the recent list) asks its passphrase first."""
        kits = getattr(self.window, "kits", None)
        if kits is not None and str(target).lower().endswith(".fpkit"):
            return kits.open_kit(Path(target)) is not None
        warn_if_open_elsewhere(target, self.window)
        try:
            database = open_with_progress(target, self.window)
        except FestivalPlannerError as exc:
            self._error(exc)
            return False
        self.window.database_switched(database)
        self.remember()
        warn_if_network_share(database, self.window)
        if announce:
            self.window.statusBar().showMessage(self.tr("Đã mở %1").replace("%1", shown or str(target)), 8000)
        log.info("switched to database %s", shown or target)
        return True

    def about_text(self) -> str:
        """The About box's text: version, data folder, licence, the build (date, lock hash, versions) and
        every bundled component with its version and licence (``gui.about``)."""
        return self.tr(
            "<h3>%1 %2</h3>"
            "<p>Lập kế hoạch các điểm tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc.</p>"
            "<p><b>Thư mục dữ liệu:</b> %3<br><b>Giấy phép:</b> MIT.</p>"
            "<p><b>Thành phần của bên thứ ba</b> (phiên bản, giấy phép):</p>%4"
        ).replace("%1", APP_DISPLAY_NAME).replace("%2", __version__).replace("%3", str(data_dir())) \
            .replace("%4", build_html() + components_html())

    def show_about(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Giới thiệu"), self.about_text(),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.addButton(self.tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
        # The text (version, data folder, build, every component and its licence) scrolls in a browser in
        # the label's place, so the box fits a 1366×768 screen however many components there are.
        label = box.findChild(QLabel, "qt_msgbox_label")
        grid = box.layout()
        if label is not None and isinstance(grid, QGridLayout) and grid.indexOf(label) >= 0:
            row, column, rows, columns = grid.getItemPosition(grid.indexOf(label))
            browser = QTextBrowser(box)
            browser.setObjectName("aboutText")
            browser.setHtml(self.about_text())
            screen = self.window.screen()
            height = min(520, int(screen.availableGeometry().height() * 0.7)) if screen is not None else 520
            browser.setFixedSize(720, height)
            label.hide()
            grid.addWidget(browser, row, column, rows, columns)
        box.open()
        return box
