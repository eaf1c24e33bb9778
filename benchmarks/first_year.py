"""A year's plan in one sitting (issue 17): the whole first-year job through the real widgets, offscreen,
on an empty database — new year with the national workplan, the Selector run and accepted, 16 leaders
imported from an .xlsx with a title block, a head for each of the 28 sites on the delegation board and the
invitations sent, the default checklist on every site, a budget line and a programme item, the national
overview and a site's schedule exported to PDF — with the user actions counted and the wall time, next to
the issue's figures for the same job before this work.

The driver is the one of ``tests/gui/test_one_sitting.py`` (``tests/gui/one_sitting.py``); run from the
repository's root after ``pip install ".[test]"``:

    QT_QPA_PLATFORM=offscreen python benchmarks/first_year.py [--steps] [--keep FOLDER]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", action="store_true", help="print every counted action with its time")
    parser.add_argument("--keep", metavar="FOLDER", help="copy the two PDFs and the .xlsx into FOLDER")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # preferences and the default data folder in the temporary folder: the user's stay untouched
        os.environ["FESTIVAL_PLANNER_DATA_DIR"] = str(folder / "data")
        os.environ["FESTIVAL_PLANNER_CONFIG_DIR"] = str(folder / "config")
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "config"))
        sys.path.insert(0, str(ROOT))  # the driver lives with the tests
        from festival_planner.app import workspace_classes
        from festival_planner.gui.main_window import MainWindow
        from festival_planner.gui.settings import Settings
        from festival_planner.store.database import open_database
        from tests.gui.one_sitting import BEFORE_ACTIONS, BEFORE_MINUTES, TARGET_ACTIONS, plan_a_year

        start = time.perf_counter()
        database = open_database(folder / "planner.sqlite")  # a new file: the communes loaded, nothing else
        window = MainWindow(database, Settings(), workspace_classes())
        window.show()
        app.processEvents()
        opened = time.perf_counter() - start
        outcome = plan_a_year(window, folder)
        window.close()
        database.close()
        app.processEvents()
        if args.steps:
            print("\n".join(outcome.log))
        sizes = {p.name: p.stat().st_size for p in (outcome.overview_pdf, outcome.schedule_pdf)}
        print(f"new database and window: {opened:.1f} s (not counted below)")
        print(f"{'':42} {'actions':>8} {'time':>12}")
        print(f"{'before (issue 17, scripted, not this run)':42} {BEFORE_ACTIONS:>8} {f'~{BEFORE_MINUTES} min':>12}")
        print(f"{'now (this run, offscreen)':42} {outcome.actions:>8} {f'{outcome.seconds:.1f} s':>12}")
        print(f"of which the Selector's search: {outcome.selector_seconds:.1f} s ({outcome.selector_summary})")
        print(f"target: ≤ {TARGET_ACTIONS} actions; PDFs written: "
              + ", ".join(f"{name} ({size // 1024} KiB)" for name, size in sizes.items()))
        if args.keep:
            Path(args.keep).mkdir(parents=True, exist_ok=True)
            for path in (outcome.overview_pdf, outcome.schedule_pdf, folder / "danh-sach-lanh-dao.xlsx"):
                shutil.copy(path, args.keep)
        del window
        shutil.rmtree(folder / "data", ignore_errors=True)
    return 0 if outcome.actions <= TARGET_ACTIONS else 1


if __name__ == "__main__":
    sys.exit(main())
