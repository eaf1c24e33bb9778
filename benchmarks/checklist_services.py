"""Speed of the checklist services at full size: 30 sites × 60 items, next to the sites list measured in
the same run (the call the Sites workspace already makes when it opens).

    python benchmarks/checklist_services.py

The GUI benchmark of the Checklists and Progress workspaces is ``benchmarks/checklists_gui.py``.
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

SITES, ITEMS = 30, 60


def _median_ms(fn, repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    from festival_planner.services import budget, campaigns, checklists, progress, sites
    from festival_planner.services.checklist_templates import TemplateItemSpec, create_template
    from festival_planner.services.communes import CommuneIndex
    from festival_planner.store.database import open_database

    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(Path(tmp) / "bench.sqlite")
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
        as_of = dt.date(2026, 8, 1)
        with database.session() as session:
            figures = {
                "baseline: sites.list_sites (30 sites)": _median_ms(lambda: sites.list_sites(session, campaign.id)),
                "checklists.list_items (one site, 60 items)": _median_ms(
                    lambda: checklists.list_items(session, rows[0].id)),
                "checklists.list_campaign_items (1,800 items)": _median_ms(
                    lambda: checklists.list_campaign_items(session, campaign.id)),
                "progress.campaign_progress (30 sites, 1,800 items)": _median_ms(
                    lambda: progress.campaign_progress(session, campaign.id, as_of)),
                "budget.budget_summary (30 sites)": _median_ms(lambda: budget.budget_summary(session, campaign.id)),
            }
        with database.transaction() as session:
            ids = [i.id for i in checklists.list_items(session, rows[-1].id)]
            start = time.perf_counter()
            checklists.set_status(session, ids, "in_progress")
            figures["checklists.set_status (60 items, one transaction)"] = (time.perf_counter() - start) * 1000
        database.close()
    width = max(len(k) for k in figures)
    for name, ms in figures.items():
        print(f"{name:<{width}}  {ms:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
