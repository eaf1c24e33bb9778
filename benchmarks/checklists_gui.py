"""Time to open the Checklists workspace on a site and the Progress dashboard with 30 sites × 60
items (offscreen), next to an empty table shown in the same run.

"Open" is what a click in the navigation costs: the workspace reads the services (``refresh``),
becomes the current page, and the window is painted (``processEvents``). Each figure is the
median of 15 runs in one process, on a database built first (not counted).

    QT_QPA_PLATFORM=offscreen python benchmarks/checklists_gui.py
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

SITES, ITEMS, RUNS = 30, 60, 15


def _median_ms(fn, repeat: int = RUNS) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def build(path: Path):  # type: ignore[no-untyped-def]
    from festival_planner.services import budget, campaigns, checklists, programme, sites
    from festival_planner.services.checklist_templates import TemplateItemSpec, create_template
    from festival_planner.services.communes import CommuneIndex
    from festival_planner.store.database import open_database

    database = open_database(path)
    with database.transaction() as session:
        campaign = campaigns.create_campaign(session, 2026)
        create_template(session, "Sáu mươi mục", items=[
            TemplateItemSpec(f"Công việc {n}", f"Nhóm {n % 12}", 90 - n, "Công an xã") for n in range(ITEMS)])
        communes = [c for c in CommuneIndex(session).filter(region="tay_nguyen") if c.kind == "xa"][:SITES]
        rows = [sites.add_site(session, campaign.id, c.code, dt.date(2026, 7, 10) + dt.timedelta(days=n),
                               venue="Nhà văn hóa xã") for n, c in enumerate(communes)]
        for n, row in enumerate(rows):
            items = checklists.apply_template(session, row.id, "Sáu mươi mục")
            checklists.set_status(session, [i.id for i in items[: n * 2]], "done", today=dt.date(2026, 7, 1))
            budget.add_budget_line(session, row.id, "stage", 40_000_000)
            programme.apply_default_programme(session, row.id)
        checklists.apply_workplan(session, campaign.id)
    return database, rows


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv[:1])
    from festival_planner.app import workspace_classes
    from festival_planner.gui.main_window import MainWindow
    from festival_planner.gui.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        database, rows = build(Path(tmp) / "bench.sqlite")
        window = MainWindow(database, Settings(), workspace_classes())
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        checklists_ws, progress_ws = window.workspace("checklists"), window.workspace("progress")
        sites_action = window.workspace_actions["sites"]

        empty_model = QStandardItemModel(0, 6)
        empty = QTableView()
        empty.resize(1000, 600)

        def show_empty() -> None:
            empty.hide()
            empty.setModel(None)
            empty.setModel(empty_model)
            empty.show()
            app.processEvents()

        def open_checklists(site_id) -> None:  # type: ignore[no-untyped-def]
            sites_action.trigger()
            app.processEvents()
            start = time.perf_counter()
            checklists_ws.site_id = site_id  # the site picked elsewhere (context.site_selected)
            checklists_ws.refresh()
            window.workspace_actions["checklists"].trigger()
            app.processEvents()
            timings_c.append(time.perf_counter() - start)

        def open_progress() -> None:
            sites_action.trigger()
            app.processEvents()
            start = time.perf_counter()
            progress_ws.refresh()
            window.workspace_actions["progress"].trigger()
            app.processEvents()
            timings_p.append(time.perf_counter() - start)

        timings_c: list[float] = []
        timings_p: list[float] = []
        for n in range(RUNS):
            open_checklists(rows[n % len(rows)].id)
            open_progress()
        figures = {
            "baseline: empty QTableView shown": _median_ms(show_empty),
            f"Checklists workspace on a site ({ITEMS} items, programme, budget; {SITES} sites)":
                statistics.median(timings_c) * 1000,
            f"Progress dashboard ({SITES} sites, {SITES * ITEMS:,} items, workplan)":
                statistics.median(timings_p) * 1000,
        }
        counted = len(checklists_ws.items.model.rows()), len(progress_ws.sites_model.rows())
        window.close()
        empty.close()
        window.deleteLater()
        empty.deleteLater()
        app.processEvents()
        database.close()
    width = max(len(k) for k in figures)
    for name, ms in figures.items():
        print(f"{name:<{width}}  {ms:8.1f} ms")
    print(f"(shown: {counted[0]} items in the checklist, {counted[1]} sites on the dashboard)")
    sys.stdout.flush()
    os._exit(0)  # skip PySide6's interpreter-shutdown teardown (it can crash after the figures)


if __name__ == "__main__":
    raise SystemExit(main())
