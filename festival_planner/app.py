"""The GUI entry point: QApplication, fonts, translation, logging, crash dialog, database, main window.

``run(db, argv)`` is called by ``festival_planner.cli`` for the ``gui`` command (and when no command
is given). Start-up stays light: nothing here imports geopy, numpy or vietnamadminunits.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QMessageLogContext,
    Qt,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from festival_planner import APP_DISPLAY_NAME, APP_NAME
from festival_planner.domain.errors import FestivalPlannerError

log = logging.getLogger(__name__)

UI_FONT = "Be Vietnam Pro"
UI_FONT_SIZE = 10
TESTING_ENV = "FESTIVAL_PLANNER_TESTING"
# Quit by itself after this many milliseconds (CI starts the installed app offscreen for a moment).
EXIT_AFTER_ENV = "FESTIVAL_PLANNER_EXIT_AFTER_MS"
# Report the moment the window is shown, counted from this launch time (benchmarks/startup.py --frozen).
LAUNCHED_ENV = "FESTIVAL_PLANNER_LAUNCHED_AT"
TRANSLATION_BASENAME = "festival_planner"
# Be Vietnam Pro ships 18 static faces; the interface uses these (loading all costs start-up time).
UI_FONT_FACES = ("Regular", "Italic", "Medium", "SemiBold", "Bold", "BoldItalic")

_logging_configured = False


def configure_logging(level: int = logging.INFO) -> Path | None:
    """Log to ``data_dir()/logs/festival-planner.log`` (rotating) and stderr; only the first call acts."""
    global _logging_configured
    if _logging_configured:
        return None
    _logging_configured = True
    from festival_planner.store.paths import data_dir

    root = logging.getLogger()
    root.setLevel(level)
    log_file: Path | None = data_dir() / "logs" / f"{APP_NAME}.log"
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=1_000_000,
                                                                        backupCount=3, encoding="utf-8")
    except OSError:
        handler, log_file = logging.StreamHandler(), None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return log_file


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(msg_type: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Route Qt's own messages into Python logging (logger ``qt``)."""
    where = f" ({context.file}:{context.line})" if context.file else ""
    logging.getLogger("qt").log(_QT_LEVELS.get(msg_type, logging.WARNING), "%s%s", message, where)


def load_fonts() -> list[str]:
    """Register the bundled Be Vietnam Pro interface font; return its families (the documents' Liberation
    Serif is registered by ``reports.render.ensure_fonts`` from ``resources/fonts``)."""
    families: set[str] = set()
    files: list[Path] = []
    try:
        import fontpkg_be_vietnam_pro

        files += [fontpkg_be_vietnam_pro.ROOT / "files" / f"BeVietnamPro-{face}.ttf" for face in UI_FONT_FACES]
    except ImportError:
        log.warning("fontpkg_be_vietnam_pro is not installed; Vietnamese text may show as boxes")
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.exists() else -1
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)


def apply_locale(language: str) -> QLocale:
    """Number and date conventions of the interface language for every widget made after this
    (spin boxes write "3,00" in Vietnamese, "3.00" in English; Qt's default is the system's)."""
    locale = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam) if language == "vi" \
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    return locale


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Load the English translation when asked; Vietnamese is the source language and needs none."""
    if language != "en":
        return None
    from importlib.resources import as_file

    from festival_planner.resource_files import resource

    translator = QTranslator(app)
    with as_file(resource("i18n", f"{TRANSLATION_BASENAME}_{language}.qm")) as path:
        if path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            return translator
        log.warning("translation %s not found", path)
    return None


def show_crash_dialog(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Tell the user about an unexpected error, with the traceback as copyable details."""
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("app", "Lỗi không mong muốn"),
                      QCoreApplication.translate(
                          "app", "Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng; "
                                 "thao tác vừa rồi có thể chưa hoàn tất.\n\nHãy gửi phần chi tiết cho người hỗ trợ."),
                      QMessageBox.StandardButton.NoButton, QApplication.activeWindow())
    box.addButton(QCoreApplication.translate("dialogs", "Đóng"), QMessageBox.ButtonRole.AcceptRole)
    # The error's own words are a programmer's (and English): they go to the details and the log only.
    from festival_planner.store.paths import log_file

    box.setInformativeText(QCoreApplication.translate("app", "Chi tiết kỹ thuật cũng được ghi vào nhật ký:\n%1")
                           .replace("%1", str(log_file())))
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
    box.exec()


def handle_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook``: log the error and show it instead of letting the application die."""
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:  # too early (or too late) for a dialog
        sys.__excepthook__(exc_type, exc, tb)
        return
    if isinstance(exc, FestivalPlannerError):
        from festival_planner.gui.dialogs import warn

        warn(QApplication.activeWindow(), APP_DISPLAY_NAME, exc.message)
        return
    show_crash_dialog(exc_type, exc, tb)


def _qt_argv(argv: list[str] | None) -> list[str]:
    args = list(argv or [])
    if not args or args[0].startswith("-"):
        args.insert(0, APP_NAME)
    return args


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the project's names, fonts and UI font (reuses a running one)."""
    app = QApplication.instance()
    if app is None:
        QApplication.setApplicationName(APP_NAME)
        QApplication.setApplicationDisplayName(APP_DISPLAY_NAME)
        QApplication.setOrganizationName("")
        app = QApplication(_qt_argv(argv))
    else:
        app.setApplicationName(APP_NAME)
        app.setApplicationDisplayName(APP_DISPLAY_NAME)
        app.setOrganizationName("")
    assert isinstance(app, QApplication)
    families = load_fonts()
    if UI_FONT in families:
        app.setFont(QFont(UI_FONT, UI_FONT_SIZE))
    # The window's and the taskbar's icon (the Windows .exe carries the same picture as .ico).
    from festival_planner.resource_files import resource

    app.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
    return app


def show_splash(app: QApplication) -> QLabel:
    """A splash painted at once, before the database layer loads (that import alone takes ~0.7 s).

    A plain frameless label, not QSplashScreen: that one waits for the window to be exposed, which
    costs a whole second where no expose event comes (offscreen, some remote desktops)."""
    pixmap = QPixmap(460, 150)
    pixmap.fill(QColor("#1f4e79"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("white"))
    painter.setFont(QFont(UI_FONT, 18, QFont.Weight.Bold))
    painter.drawText(24, 52, APP_DISPLAY_NAME)
    painter.setFont(QFont(UI_FONT, 10))
    painter.drawText(24, 82, QCoreApplication.translate("app", "Ngày hội toàn dân bảo vệ an ninh Tổ quốc"))
    painter.drawText(24, 122, QCoreApplication.translate("app", "Đang mở dữ liệu…"))
    painter.end()
    splash = QLabel()
    splash.setObjectName("splash")
    splash.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    splash.setPixmap(pixmap)
    splash.show()
    app.processEvents()
    return splash


def offer_backup(exc: FestivalPlannerError, target: str | Path):  # type: ignore[no-untyped-def]
    """A file that cannot be opened: say why, and when it is damaged and a good backup exists, offer
    to restore that backup (the damaged file is kept aside). Returns the opened database or None."""
    from festival_planner.gui import dialogs

    title = QCoreApplication.translate("app", "Không mở được cơ sở dữ liệu")
    backup = exc.params.get("backup")
    if exc.code not in ("corrupt_database", "empty_file", "not_sqlite_backup") or not backup:
        dialogs.warn(None, title, exc.message)
        return None
    if not dialogs.confirm(None, title, exc.message, QCoreApplication.translate("app", "Khôi phục bản sao lưu"),
                           QCoreApplication.translate("app", "Thoát")):
        return None
    from festival_planner.gui.database_open import open_with_progress
    from festival_planner.store.restore import restore

    try:
        restore(Path(target), Path(str(backup)))
        return open_with_progress(target)
    except FestivalPlannerError as again:
        dialogs.warn(None, title, again.message)
        return None


def workspace_classes() -> list[type]:
    """The workspaces of the main window, in navigation order: adding one is one line here."""
    from festival_planner.gui.checklists.workspace import ChecklistsWorkspace
    from festival_planner.gui.leaders.workspace import LeadersWorkspace
    from festival_planner.gui.map.workspace import MapWorkspace
    from festival_planner.gui.progress.workspace import ProgressWorkspace
    from festival_planner.gui.reports.workspace import ReportsWorkspace
    from festival_planner.gui.selector.workspace import SelectorWorkspace
    from festival_planner.gui.sites.workspace import SitesWorkspace

    return [SitesWorkspace, MapWorkspace, SelectorWorkspace, LeadersWorkspace, ChecklistsWorkspace,
            ProgressWorkspace, ReportsWorkspace]


def last_database(settings) -> str | None:  # type: ignore[no-untyped-def]
    """The database the user had open last time, when it is still there (a file moved or deleted since
    is not looked for: the app opens the default one)."""
    last = settings.last_database()
    if last and last.lower().endswith(".fpkit"):  # a field kit asks its passphrase: never opened unasked
        last = next((p for p in settings.recent_databases() if not p.lower().endswith(".fpkit")), None)
    if last and Path(last).is_file():
        return last
    if last:
        log.info("last database %s is gone: opening the default one", last)
    return None


def open_kit_at_start(kit: str | Path, today=None):  # type: ignore[no-untyped-def]
    """``festival-planner --kit FILE``: ask the kit's passphrase (the dialog stays until it opens or the
    user cancels); the field working copy, or None."""
    from festival_planner.gui.kits.actions import header_about
    from festival_planner.gui.kits.passphrase_dialog import PassphraseDialog
    from festival_planner.services import kits
    from festival_planner.store.kit_file import read_header

    try:
        header = read_header(kit)
    except FestivalPlannerError as exc:
        from festival_planner.gui import dialogs

        dialogs.warn(None, QCoreApplication.translate("app", "Không mở được bộ hồ sơ thực địa"), exc.message)
        return None
    dialog = PassphraseDialog(None, QCoreApplication.translate("app", "Mở bộ hồ sơ thực địa"), kit,
                              lambda passphrase: kits.open_field_kit(kit, passphrase, today=today),
                              header_about(header))
    if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
        return None
    return dialog.result_value


def run(db: str | None, argv: list[str] | None = None, kit: str | None = None) -> int:
    """Start the GUI on database ``db`` (default: the user's database), or in field mode on the field
    kit ``kit`` (its passphrase is asked first); return the exit code."""
    testing = os.environ.get(TESTING_ENV) == "1"
    log_file = configure_logging()
    if not testing:
        qInstallMessageHandler(qt_message_handler)
        sys.excepthook = handle_exception
    app = create_application(argv)
    from festival_planner.gui.settings import Settings

    settings = Settings()
    install_translator(app, settings.language())
    apply_locale(settings.language())
    from festival_planner.gui.qt_catalogue import install_qt_catalogue

    try:  # Qt's own words (dialog buttons, file and print dialogs) in Vietnamese
        install_qt_catalogue(app, settings.language())
    except FileNotFoundError as exc:
        log.warning("Qt's Vietnamese catalogue is missing: %s", exc)
    from festival_planner.domain import messages

    messages.set_language(settings.language())
    log.info("starting %s (log: %s, settings: %s)", APP_NAME, log_file, settings.file_name)
    if kit:
        return run_field(app, settings, kit)
    from festival_planner.store.paths import default_db_path

    target = db or last_database(settings) or default_db_path()
    from festival_planner.gui.first_paint import show_first_paint

    # The last plan's Sites table from a plain read, before the ORM loads; the splash when it cannot be read
    first = show_first_paint(app, settings, target)
    if first is not None:
        _report_moment("first_paint_ms")
    splash = first or show_splash(app)
    from festival_planner.gui.database_actions import warn_if_open_elsewhere
    from festival_planner.gui.database_open import open_with_progress

    warn_if_open_elsewhere(target, None)  # a second window on the same file is told so
    try:
        database = open_with_progress(target)  # the checks (quick_check…), the upgrade and the locks
    except FestivalPlannerError as exc:
        splash.close()
        log.error("cannot open database %s: %s", target, exc.message)
        database = offer_backup(exc, target)
        if database is None:
            return 1

    from festival_planner.gui.main_window import MainWindow

    window = MainWindow(database, settings, workspace_classes())
    window.show()
    splash.close()
    from festival_planner.gui.database_actions import daily_backup, warn_if_network_share

    warn_if_network_share(database, window)
    if os.environ.get("FESTIVAL_PLANNER_SELF_CHECK") == "1":  # the frozen app's smoke test (gui/self_check.py)
        from festival_planner.gui.self_check import run_checks

        run_checks(window, ui_font=UI_FONT, app_catalogue=f"{TRANSLATION_BASENAME}_en.qm")
    if os.environ.get(LAUNCHED_ENV):
        app.processEvents()  # painted, then timed
        _report_moment("shown_ms")
    from PySide6.QtCore import QTimer

    # The daily backup (seconds on a 10-year database) from the event loop, once the window is painted
    QTimer.singleShot(0, window, lambda: daily_backup(window))
    return _exec(app, window)


def _report_moment(name: str) -> None:
    """benchmarks/startup.py --frozen: print when ``name`` happened, counted from the launch time the
    benchmark put in $FESTIVAL_PLANNER_LAUNCHED_AT (nothing otherwise)."""
    launched = os.environ.get(LAUNCHED_ENV, "")
    if launched and sys.stderr is not None:
        import time

        print(f"{name}={(time.time() - float(launched)) * 1000:.0f}", file=sys.stderr)


def field_window(copy, settings):  # type: ignore[no-untyped-def]
    """The main window over a field working copy (``kits.WorkingCopy``), banner shown."""
    from festival_planner.gui.main_window import MainWindow

    window = MainWindow(copy.database, settings, workspace_classes())
    window.kits.adopt(copy)
    return window


def run_field(app: QApplication, settings, kit: str) -> int:  # type: ignore[no-untyped-def]
    """The window in field mode on ``kit`` (``--kit FILE``): no office database is opened."""
    copy = open_kit_at_start(kit)
    if copy is None:
        return 1
    window = field_window(copy, settings)
    window.show()
    return _exec(app, window)


def _exec(app: QApplication, window) -> int:  # type: ignore[no-untyped-def]
    """Run the event loop (closing the window after $FESTIVAL_PLANNER_EXIT_AFTER_MS when set: the smoke
    tests), then stop the background jobs still running and close the database the window shows last
    (the user may have switched to another)."""
    exit_after = os.environ.get(EXIT_AFTER_ENV, "")
    if exit_after.isdigit():
        from PySide6.QtCore import QTimer

        QTimer.singleShot(int(exit_after), window.close)
    try:
        return app.exec()
    finally:
        from festival_planner.gui.jobs import stop_jobs

        stop_jobs()  # the loop can end without the window closing (a log-off): no thread outlives it
        window.database.close()
