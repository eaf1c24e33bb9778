"""One venue edit in the window at 30 and 300 sites, with the Sites workspace shown and every other
workspace visited once (so each would have something to reload), next to the raw SQL UPDATE of the
same column in the same run.

"One edit" is what the user waits for after OK: the undoable command through the write door, the
change set it reports, and the refresh of what is shown (``processEvents`` included). Hidden
workspaces only mark themselves stale. Each figure is the median of 9 edits.

    QT_QPA_PLATFORM=offscreen python benchmarks/edit.py
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

RUNS = 9


def build(path: Path, count: int):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from festival_planner.domain.models import Commune
    from festival_planner.services import demo, sites
    from festival_planner.store.database import open_database

    database = open_database(path)
    with database.write() as session:
        campaign = demo.create_demo(session, 2026)
        taken = {row.commune.code for row in sites.list_sites(session, campaign.id)}
        codes = [c for c in session.scalars(select(Commune.code).order_by(Commune.code)) if c not in taken]
        for number in range(count - len(taken)):
            sites.add_site(session, campaign.id, codes[number * 7 % len(codes)],
                           dt.date(2026, 7, 1) + dt.timedelta(days=number % 49), venue="Nhà văn hóa")
    return database


def measure(count: int, folder: Path) -> tuple[float, float]:
    from PySide6.QtWidgets import QApplication

    from festival_planner.app import workspace_classes
    from festival_planner.gui.main_window import MainWindow
    from festival_planner.gui.settings import Settings
    from festival_planner.gui.sites.commands import EditSiteCommand

    path = folder / f"edit-{count}.sqlite"
    database = build(path, count)
    window = MainWindow(database, Settings(), workspace_classes())
    window.show()
    for workspace in window.workspaces:
        window.show_workspace(workspace.key)
        QApplication.processEvents()
    window.show_workspace("sites")
    QApplication.processEvents()
    sites_ws = window.workspace("sites")
    times = []
    for run in range(RUNS):
        row = sites_ws.view.model.rows()[run]
        start = time.perf_counter()
        window.context.push(EditSiteCommand(window.ops, row, {"venue": f"Hội trường {run}"}))
        QApplication.processEvents()
        times.append(time.perf_counter() - start)
    window.close()
    database.close()
    raw = sqlite3.connect(path)  # the window's connections are closed: the plain baseline
    raw_times = []
    ids = [r[0] for r in raw.execute("SELECT id FROM site LIMIT ?", (RUNS,))]
    for run, site_id in enumerate(ids):
        start = time.perf_counter()
        raw.execute("UPDATE site SET venue = ? WHERE id = ?", (f"Sân {run}", site_id))
        raw.commit()
        raw_times.append(time.perf_counter() - start)
    raw.close()
    return statistics.median(times) * 1000, statistics.median(raw_times) * 1000


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("FESTIVAL_PLANNER_DATA_DIR", tempfile.mkdtemp())
    from festival_planner.app import create_application

    create_application([])
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'sites':>6}  {'venue edit (window)':>20}  {'raw SQL UPDATE':>15}")
        for count in (30, 300):
            window_ms, raw_ms = measure(count, Path(folder))
            print(f"{count:>6}  {window_ms:>17.1f} ms  {raw_ms:>12.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
