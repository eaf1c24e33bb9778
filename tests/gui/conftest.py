"""GUI fixtures: settings in a temporary folder, a main window over the test's fresh database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from festival_planner.gui.settings import Settings

# The offscreen platform plugin warns whenever a top-level window's size constraints change; it is
# a limitation of the test platform (real platforms implement it), not a problem in the app.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/gui is marked ``gui`` (``pytest -m "not gui"`` leaves them out)."""
    for item in items:
        if Path(__file__).parent in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def settings_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the preferences file (and any other QSettings INI file) at this test's temporary folder."""
    folder = tmp_path / "settings"
    folder.mkdir(exist_ok=True)
    monkeypatch.setenv("FESTIVAL_PLANNER_CONFIG_DIR", str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def settings(settings_dir: Path) -> Settings:
    return Settings()


@pytest.fixture
def window(qtbot, database, settings):
    """The main window over the test's database, shown."""
    from festival_planner.app import workspace_classes
    from festival_planner.gui.main_window import MainWindow

    win = MainWindow(database, settings, workspace_classes())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def campaign_window(window):
    """The main window with the 2026 campaign created and selected."""
    assert window.campaigns.create_campaign(2026) is not None
    return window


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A modal message box would hang the test: fail instead (tests that expect one patch it again)."""
    from PySide6.QtWidgets import QMessageBox

    from festival_planner.gui import dialogs

    shown: list[str] = []

    def unexpected(kind: str):
        def box(*args, **kwargs):
            text = args[2] if len(args) > 2 else kwargs.get("text", "")
            shown.append(f"{kind}: {text}")
            raise AssertionError(f"unexpected message box ({kind}): {text}")
        return box

    for kind in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, unexpected(kind))
    for kind in ("warn", "inform", "confirm"):
        monkeypatch.setattr(dialogs, kind, unexpected(kind))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: (_ for _ in ()).throw(
        AssertionError(f"unexpected QMessageBox: {self.text()}")))
    return shown


@pytest.fixture(autouse=True)
def no_leaks(qapp):
    """Fail a test that leaves visible top-level widgets or running timers behind (after napari).

    Widgets registered with ``qtbot.addWidget`` are closed by pytest-qt before this check runs."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    before = {id(w) for w in QApplication.topLevelWidgets()}
    yield
    QApplication.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets()
              if id(w) not in before and w.isVisible() and w.objectName() != "splash"]
    timers = [t for w in leaked for t in w.findChildren(QTimer) if t.isActive()]
    for widget in leaked:
        widget.close()
        widget.deleteLater()
    assert not leaked, f"top-level widgets left open: {[type(w).__name__ + ':' + w.objectName() for w in leaked]}"
    assert not timers, f"timers left running: {timers}"



@pytest.fixture(autouse=True)
def no_dangling_qthreads(monkeypatch: pytest.MonkeyPatch, qtbot):
    """Fail a test that leaves a ``QThread`` running (napari's ``_dangling_qthreads``): every thread
    started during the test must end shortly after it — a job is waited for or cancelled when its
    dialog or window closes (see ``threads.ThreadWatch``)."""
    from tests.gui.threads import ThreadWatch

    watch = ThreadWatch(monkeypatch)
    yield
    dangling = watch.dangling(qtbot)
    assert not dangling, "QThreads left running, started at:\n" + "\n".join(dangling)
