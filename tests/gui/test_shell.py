"""Settings persistence, the app bootstrap and the crash dialog."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from festival_planner import app as app_module
from festival_planner.app import workspace_classes
from festival_planner.domain.errors import ValidationError
from festival_planner.gui import dialogs
from festival_planner.gui.main_window import MainWindow
from festival_planner.gui.settings import Settings


def test_settings_round_trip(settings: Settings, settings_dir) -> None:
    assert settings.language() == "vi"
    assert settings.last_campaign_year() is None
    settings.set_language("en")
    settings.set_last_campaign_year(2026)
    settings.sync()
    assert str(settings_dir) in settings.file_name
    again = Settings()
    assert again.language() == "en" and again.last_campaign_year() == 2026
    with pytest.raises(ValueError):
        settings.set_language("fr")


def test_geometry_and_year_persisted(qtbot, database, settings) -> None:
    first = MainWindow(database, settings, workspace_classes())
    qtbot.addWidget(first)
    first.show()
    first.campaigns.create_campaign(2025)
    first.campaigns.create_campaign(2026)
    first.campaigns.select_year(2025)
    first.resize(700, 520)
    qtbot.waitUntil(lambda: first.size() == QSize(700, 520))
    first.close()

    second = MainWindow(database, Settings(), workspace_classes())
    qtbot.addWidget(second)
    assert second.size() == QSize(700, 520)
    assert second.campaign is not None and second.campaign.year == 2025


def test_language_menu_stores_setting(window: MainWindow, settings: Settings) -> None:
    assert window.language_actions["vi"].isChecked()
    window.language_actions["en"].trigger()
    assert settings.language() == "en"
    assert "khởi động lại" in window.statusBar().currentMessage()


def test_backup_reports_path(window: MainWindow, database) -> None:
    path = window.files.backup()
    assert path is not None and path.exists()
    assert str(path) in window.statusBar().currentMessage()


def test_switch_database(qtbot, window: MainWindow, template_db, tmp_path) -> None:
    import shutil

    other = tmp_path / "other.sqlite"
    shutil.copyfile(template_db, other)
    window.campaigns.create_campaign(2026)
    assert window.files.switch_database(other)
    assert window.database.path == other
    assert window.campaign is None and window.campaigns.combo.count() == 0
    assert "other.sqlite" in window.windowTitle()
    window.database.close()


def test_application_font_and_names(qapp) -> None:
    app = app_module.create_application([])
    assert app is qapp
    assert app.applicationName() == "festival-planner"
    assert app.applicationDisplayName() == "Festival Planner"
    assert app.organizationName() == ""
    assert QFont(app.font()).family() == "Be Vietnam Pro"
    assert "Be Vietnam Pro" in app_module.load_fonts()


def test_the_window_icon_is_the_apps_pin(qapp) -> None:
    """The window and the taskbar show the app's icon (not Qt's default blank one): the blue square with the
    white pin, drawn from resources/icons/app.svg at every size asked."""
    app = app_module.create_application([])
    for size in (16, 32, 256):
        image = app.windowIcon().pixmap(size, size).toImage()
        assert image.width() == size
        corner_inside = image.pixelColor(size // 12, size // 2)  # the blue square left of the pin
        centre_top = image.pixelColor(size // 2, size * 3 // 16)  # the pin's white head above the star
        assert corner_inside.name() == "#1f4e79", (size, corner_inside.name())
        assert centre_top.lightness() > 240, (size, centre_top.name())


def test_excepthook_shows_dialog(qapp, monkeypatch) -> None:
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        return int(QMessageBox.StandardButton.Close)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    try:
        raise RuntimeError("hỏng rồi")
    except RuntimeError:
        app_module.handle_exception(*sys.exc_info())
    (box,) = shown
    assert "Lỗi không mong muốn" in box.windowTitle()
    # the main texts are the user's language only: the exception's type and words are in the details
    assert "RuntimeError" not in box.text() + box.informativeText()
    assert "nhật ký" in box.informativeText() and "festival-planner.log" in box.informativeText()
    assert "RuntimeError: hỏng rồi" in box.detailedText()
    assert "Traceback" in box.detailedText() and "hỏng rồi" in box.detailedText()


def test_excepthook_user_error_is_a_warning(qapp, monkeypatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text, *a: warned.append(text))
    app_module.handle_exception(ValidationError, ValidationError("Sai rồi"), None)
    assert warned == ["Sai rồi"]


def test_excepthook_not_installed_in_tests() -> None:
    assert sys.excepthook is not app_module.handle_exception


def test_run_with_unopenable_database_returns_1(qapp, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(app_module, "configure_logging", lambda: None)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text, *a: errors.append(text))
    assert app_module.run(str(tmp_path), ["festival-planner"]) == 1
    assert errors and "là một thư mục" in errors[0]


def test_run_shows_main_window(qapp, db_path, monkeypatch) -> None:
    monkeypatch.setattr(app_module, "configure_logging", lambda: None)
    seen: list[str] = []

    def fake_exec() -> int:
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.append(window.windowTitle())
        assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "splash" and w.isVisible()]
        QApplication.processEvents()  # the event loop's first turn makes the daily backup (app.daily_backup)
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run(str(db_path), ["festival-planner"]) == 0
    assert seen == ["planner.sqlite — Festival Planner"]
    assert [p.name.split("-")[1] for p in (db_path.parent / "backups").glob("*.sqlite")] == ["auto"]  # daily backup


def test_cli_and_gui_agree_on_the_data_folder(qapp, monkeypatch, tmp_path) -> None:
    """The CLI's rule (platformdirs) gives Qt's AppDataLocation for this application."""
    from PySide6.QtCore import QStandardPaths

    from festival_planner.app import create_application
    from festival_planner.store.paths import DATA_DIR_ENV, data_dir

    create_application([])
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    qt_folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert Path(qt_folder) == data_dir()


def test_spin_boxes_write_numbers_in_the_interface_language(qtbot) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QDoubleSpinBox

    before = QLocale()
    try:
        for language, text in (("vi", "1.234,50"), ("en", "1,234.50")):
            app_module.apply_locale(language)
            box = QDoubleSpinBox()
            qtbot.addWidget(box)
            box.setGroupSeparatorShown(True)
            box.setRange(0, 10_000)
            box.setValue(1234.5)
            assert box.text() == text, language
    finally:
        QLocale.setDefault(before)
