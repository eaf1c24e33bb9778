"""Make the README's pictures of the window over the 2026 demo plan:

- ``docs/main-window.png`` (1400×860), ``docs/checklists.png`` (a site's checklist) and
  ``docs/progress.png`` (the dashboard as of 1 August 2026);
- ``docs/workspace-<key>.png``: every workspace at 1366×768 (a laptop's screen) after the first year's
  whole job of ``tests/gui/one_sitting.py`` on an empty database (a new year with the national
  workplan, the Selector's 28 communes, leaders imported, a head for every site, the checklist on
  every site, a budget line and a programme item, the documents exported) — as a user sees it.

    python scripts/screenshot.py [output.png] [--workspaces-only]

Offscreen by default; under a real X server when ``DISPLAY`` is set (for example
``Xvfb :99 -screen 0 1366x768x24 & DISPLAY=:99 python scripts/screenshot.py``), where fonts, the
window manager's absence and the platform plugin are those of a desktop session.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "xcb" if os.environ.get("DISPLAY") else "offscreen"

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1400, 860
LAPTOP = (1366, 768)


def wait_for(app, signal, seconds: float = 120.0) -> None:  # type: ignore[no-untyped-def]
    """Run the event loop until ``signal`` fires (or ``seconds`` pass)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def settle(app, rounds: int = 5) -> None:  # type: ignore[no-untyped-def]
    """Let layouts, deferred loads and paints run."""
    import time

    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.02)


def save(window, path: Path) -> bool:  # type: ignore[no-untyped-def]
    """The window as painted, into ``path``."""
    if not window.grab().save(str(path)):
        print(f"could not write {path}", file=sys.stderr)
        return False
    print(path)
    return True


def classic_shots(app, window, output: Path) -> bool:  # type: ignore[no-untyped-def]
    """main-window.png, checklists.png and progress.png at 1400×860."""
    window.resize(WIDTH, HEIGHT)
    window.show_workspace("sites")
    window.workspace("sites").view.table.selectRow(2)
    settle(app)
    if not save(window, output):
        return False
    progress = window.workspace("progress")
    progress.set_as_of(dt.date(2026, 8, 1))
    late = max(progress.progress.sites, key=lambda s: (s.overdue > 0, -s.overdue, s.date))
    window.workspace("checklists").show_site(late.site_id)
    for key, name in (("checklists", "checklists.png"), ("progress", "progress.png")):
        window.show_workspace(key)
        settle(app)
        if not save(window, output.parent / name):
            return False
    return True


def workspace_shots(app, window, folder: Path) -> bool:  # type: ignore[no-untyped-def]
    """docs/workspace-<key>.png: every workspace at 1366×768 after the first year's job."""
    window.resize(*LAPTOP)
    window.move(0, 0)
    settle(app)
    ok = True
    for workspace in window.workspaces:
        window.show_workspace(workspace.key)
        shown = window.workspace(workspace.key)
        if workspace.key == "map" and shown.scoring:
            wait_for(app, shown.scores_ready)
        elif workspace.key == "selector" and shown.result is None:
            if shown.run() is not None:
                wait_for(app, shown.result_ready)
            shown.table.selectRow(0)
        elif workspace.key == "sites":
            shown.view.table.selectRow(0)
        elif workspace.key == "leaders":
            rows = shown.view.visible_rows()
            if rows:
                shown.view.select_leader(rows[0].id)
        settle(app, 10)
        ok = save(window, folder / f"workspace-{workspace.key}.png") and ok
    return ok


def main(argv: list[str]) -> int:
    """Build a temporary demo database, show the window and save the screenshots."""
    arguments = [a for a in argv[1:] if not a.startswith("--")]
    only_workspaces = "--workspaces-only" in argv
    output = Path(arguments[0]) if arguments else ROOT / "docs" / "main-window.png"
    with tempfile.TemporaryDirectory(prefix="festival-planner-shot-") as tmp:
        os.environ["FESTIVAL_PLANNER_DATA_DIR"] = tmp  # logs and settings stay out of the user's folders
        os.environ["FESTIVAL_PLANNER_CONFIG_DIR"] = tmp
        from PySide6.QtCore import QSettings

        from festival_planner.app import apply_locale, create_application, workspace_classes
        from festival_planner.gui.main_window import MainWindow
        from festival_planner.gui.settings import Settings
        from festival_planner.store.database import open_database

        app = create_application([sys.argv[0]])
        apply_locale("vi")  # as the app does at start: "3,00", not the system's "3.00"
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        database = open_database(Path(tmp) / "festival-planner.sqlite")
        output.parent.mkdir(parents=True, exist_ok=True)
        ok = True
        if not only_workspaces:
            window = MainWindow(database, Settings(), workspace_classes())
            window.resize(*LAPTOP)
            window.show()
            window.campaigns.create_demo_campaign(2026)
            window.statusBar().clearMessage()
            ok = classic_shots(app, window, output)
            window.close()
        database.close()

        # The workspaces after the first year's job, done through the widgets on an empty database.
        sys.path.insert(0, str(ROOT))  # the job's driver lives with the tests
        from tests.gui.one_sitting import plan_a_year

        job_folder = Path(tmp) / "first-year"
        job_folder.mkdir()
        database = open_database(job_folder / "planner.sqlite")
        window = MainWindow(database, Settings(), workspace_classes())
        window.show()
        outcome = plan_a_year(window, job_folder)
        print(f"first year's job: {outcome.actions} actions, {outcome.seconds:.0f} s")
        window.statusBar().clearMessage()
        ok = workspace_shots(app, window, output.parent) and ok
        window.close()
        database.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
