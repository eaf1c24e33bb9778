"""The window's first paint: the last plan's Sites table from a plain read, before the ORM loads; the
daily backup once the window is up; the heavy libraries not loaded by the first screen."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import festival_planner.app as app_module
from festival_planner.gui.first_paint import FirstPaintWindow, first_cells, show_first_paint
from festival_planner.gui.main_window import MainWindow
from festival_planner.gui.sites.columns import Column
from festival_planner.services.demo import create_demo
from festival_planner.store.database import Database
from festival_planner.store.first_read import first_screen

# Loaded when first used, never by the first screen (issue 19 item 4).
HEAVY = ("sqlalchemy", "alembic", "geopy", "numpy", "shapely", "highspy", "openpyxl", "docx", "vietnamadminunits")


@pytest.fixture
def demo_path(database: Database, db_path: Path) -> Path:
    with database.transaction() as session:
        create_demo(session, 2026)  # and its previous year, 2025
    return db_path


def table_cells(window: MainWindow) -> list[tuple[str, ...]]:
    """What the real Sites table shows, in its order, with the columns the first paint leaves empty
    emptied too."""
    table = window.workspace("sites").view.table
    model = table.model()
    return [tuple("" if c in (Column.HEAD, Column.INVITATION) else str(model.index(r, c).data() or "")
                  for c in Column) for r in range(model.rowCount())]


def test_the_first_paint_shows_the_rows_the_sites_table_shows(qtbot, demo_path, database, settings) -> None:
    from festival_planner.app import workspace_classes

    settings.set_last_campaign_year(2026)
    screen = first_screen(demo_path, settings.last_campaign_year())
    assert screen is not None and screen.year == 2026 and screen.years == (2026, 2025)
    window = MainWindow(database, settings, workspace_classes())
    qtbot.addWidget(window)
    window.show()
    assert window.campaign.year == 2026
    cells = first_cells(screen)
    assert len(cells) == 28
    assert cells == table_cells(window)
    first = FirstPaintWindow(screen, settings, demo_path)
    qtbot.addWidget(first)
    shown = [tuple(first.table.item(r, c).text() for c in Column) for r in range(first.table.rowCount())]
    assert shown == cells


def test_the_first_paint_opens_on_the_newest_year_when_the_last_one_is_gone(demo_path) -> None:
    screen = first_screen(demo_path, 2031)
    assert screen is not None and screen.year == 2026 and len(screen.sites) == 28


def test_no_first_paint_for_a_file_the_ordinary_opening_must_see_first(tmp_path, demo_path, database,
                                                                       settings) -> None:
    database.close()
    assert first_screen(tmp_path / "new.sqlite") is None  # created by the ordinary opening
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    assert first_screen(foreign) is None  # another application's file: refused by the ordinary opening
    with sqlite3.connect(demo_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0007_older'")
    assert first_screen(demo_path) is None  # an older file is backed up and upgraded first
    assert show_first_paint(QApplication.instance(), settings, "postgresql+psycopg://server/plan") is None


def test_no_first_paint_for_a_file_without_a_year(db_path, settings) -> None:
    assert first_screen(db_path) is not None and first_screen(db_path).year is None
    assert show_first_paint(QApplication.instance(), settings, db_path) is None  # the splash, then the start page


def test_run_shows_the_first_paint_then_the_window_then_makes_the_daily_backup(qapp, demo_path, database,
                                                                               monkeypatch) -> None:
    database.close()
    monkeypatch.setattr(app_module, "configure_logging", lambda: None)
    backups = demo_path.parent / "backups"
    painted: list[int] = []
    import festival_planner.gui.first_paint as first_paint_module

    def first_paint(*args):  # type: ignore[no-untyped-def]
        window = show_first_paint(*args)
        painted.append(window.table.rowCount() if window.isVisible() else -1)
        return window

    monkeypatch.setattr(first_paint_module, "show_first_paint", first_paint)
    seen: list[str] = []

    def fake_exec() -> int:
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "firstPaint" and w.isVisible()]
        assert not list(backups.glob("*.sqlite"))  # the daily backup waits for the event loop
        seen.append("shown")
        QApplication.processEvents()  # what the event loop does first
        assert [p.name.split("-")[1] for p in backups.glob("*.sqlite")] == ["auto"]
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run(str(demo_path), ["festival-planner"]) == 0
    assert painted == [28] and seen == ["shown"]


def test_a_failed_daily_backup_is_reported_in_the_status_bar(qtbot, window, monkeypatch) -> None:
    from festival_planner.gui.database_actions import daily_backup

    monkeypatch.setattr(type(window.database), "backup_if_due", lambda self: (_ for _ in ()).throw(
        OSError(28, "No space left on device")))
    daily_backup(window)
    assert "Không sao lưu tự động được" in window.statusBar().currentMessage()
    assert "No space left" in window.statusBar().currentMessage()


CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication
    import festival_planner.gui.first_paint as first_paint
    real = first_paint.show_first_paint
    def probe(*args):
        window = real(*args)
        loaded = sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2].split(",")))
        print("rows", window.table.rowCount() if window else None, "loaded", ",".join(loaded) or "-")
        raise SystemExit(0)
    first_paint.show_first_paint = probe
    from festival_planner.app import run
    run(sys.argv[1], sys.argv[:1])
""")


def run_fresh(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -c code args`` in a fresh process, offscreen, started as a user's (no test switches)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("FESTIVAL_PLANNER_TESTING", None)
    return subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True,
                          timeout=120, check=False)


def test_the_first_screen_loads_none_of_the_heavy_libraries(demo_path, database, tmp_path) -> None:
    """Behaviour, not timing: in a fresh process, when the first screen is painted, the ORM, Alembic,
    geopy, numpy, shapely, HiGHS, openpyxl and python-docx are not loaded yet."""
    database.close()
    result = run_fresh(CHILD, str(demo_path), ",".join(HEAVY))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["rows", "28", "loaded", "-"]


def test_the_first_paint_stands_where_the_main_window_stood(qtbot, demo_path, window, settings) -> None:
    window.resize(700, 500)  # (the offscreen screen is 800×600)
    window.save_geometry()
    first = FirstPaintWindow(first_screen(demo_path), settings, demo_path)
    qtbot.addWidget(first)
    assert first.size() == window.size()
    assert first.windowTitle() == window.windowTitle() == f"{demo_path.name} — Festival Planner"


WINDOW_CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication
    def probe():
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow")
        built = [w.key for w in window.workspaces if w.built]
        loaded = sorted(m for m in sys.argv[2].split(",") if m in sys.modules)
        print("built", ",".join(built), "loaded", ",".join(loaded) or "-")
        window.show_workspace("map")
        window.show_workspace("reports")
        print("built", ",".join(w.key for w in window.workspaces if w.built))
        window.close()  # the map's scoring in the background is stopped and waited for
        return 0
    QApplication.exec = staticmethod(probe)
    from festival_planner.app import run
    raise SystemExit(run(sys.argv[1], sys.argv[:1]))
""")
# What only the hidden workspaces need: the map scenes, the selector's panel, the documents' renderer,
# the leaders' import, the checklists' commands, the dashboard's service.
HIDDEN_ONLY = ("festival_planner.gui.mapview.scene", "festival_planner.gui.selector.panel",
               "festival_planner.reports.render", "festival_planner.gui.leaders.import_dialog",
               "festival_planner.gui.checklists.commands", "festival_planner.services.progress")


def test_the_window_builds_only_the_workspace_it_shows(demo_path, database) -> None:
    """In a fresh process, when the real window is up, the hidden workspaces have made no widgets and
    loaded none of their own modules; showing one builds it."""
    database.close()
    result = run_fresh(WINDOW_CHILD, str(demo_path), ",".join(HIDDEN_ONLY))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["built", "sites", "loaded", "-", "built", "sites,map,reports"]


def test_an_event_loop_ended_without_closing_the_window_stops_the_jobs_before_the_database(
        qtbot, window, monkeypatch) -> None:
    """A log-off ends the event loop without the window's close: the background work still running (the
    Sites table's delegations, the map's scores) is stopped and waited for before the database closes —
    a thread left running at exit aborts the process."""
    import threading
    import time

    from festival_planner.gui.jobs import BackgroundWork

    started, ended = threading.Event(), threading.Event()

    def work(progress):  # type: ignore[no-untyped-def]
        started.set()
        try:
            while True:  # until cancelled: progress raises then
                progress(0, 1, "")
                time.sleep(0.01)
        finally:
            time.sleep(0.2)  # a read finishing its statement
            ended.set()

    job = BackgroundWork(window, work).start()
    assert started.wait(5)
    seen: list[bool] = []
    monkeypatch.setattr(type(window.database), "close", lambda self: seen.append(ended.is_set()))
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))
    assert app_module._exec(QApplication.instance(), window) == 0
    assert seen == [True]
    assert job.done or job.wait(5000)
