"""Make the README's pictures of printed documents from the demo plan, as printed (the PDF through
``pdftoppm`` when it is installed, otherwise painted straight onto an image by the same renderer):

- ``docs/report-site.png``: a site schedule's first page, with the signer's name set for the campaign;
- ``docs/report-overview.png`` and ``docs/report-overview-map.png``: the national overview's first page
  and the page with its own map of the sites (both archipelagos labelled);
- ``docs/report-itinerary.png``: page 2 of a leader's itinerary (legs, "MẬT" on every page);
- ``docs/report-checklist.png``: a field checklist with the items already done ticked.

    python scripts/report_pictures.py [--dpi 80]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent


def page_png(document: object, target: Path, dpi: int, tmp: Path, page: int = 1) -> None:
    """Page ``page`` (1-based; -1 or past the end: the last) of ``document`` as printed."""
    from festival_planner.reports import render

    if shutil.which("pdftoppm"):
        pdf = tmp / f"{target.stem}.pdf"
        render.write_pdf([document], str(pdf))  # type: ignore[list-item]
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        page = pages if page < 0 else min(page, pages)
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
                        str(pdf), str(target.with_suffix(""))], check=True)
    else:
        render.render_image(document, dpi).save(str(target))  # type: ignore[arg-type]
    print(f"wrote {target}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=int, default=80)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="festival-planner-pictures-") as tmp_name:
        tmp = Path(tmp_name)
        os.environ["FESTIVAL_PLANNER_DATA_DIR"] = tmp_name
        from festival_planner.reports import render
        from festival_planner.reports.content import (
            Options,
            campaign_site_ids,
            field_checklist_document,
            itinerary_document,
            site_schedule_document,
        )
        from festival_planner.reports.site_map import overview_with_map
        from festival_planner.services import checklists, demo, documents, leaders, sites
        from festival_planner.store.database import open_database

        render.ensure_application()
        database = open_database(tmp / "pictures.sqlite")
        with database.write() as session:
            campaign = demo.create_demo(session, 2026)
            settings = dataclasses.replace(documents.default_settings(), signer_name="Nguyễn Văn An")
            documents.save_document_settings(session, campaign.id, settings)
        with database.write() as session:
            ids = campaign_site_ids(session, 2026)
            chosen = next(i for i in ids if sites.get_site(session, i).head_of_delegation)
            items = checklists.list_items(session, chosen)
            checklists.record_completions(session, {item.id: dt.date(2026, 7, 10) for item in items[:5]})
            site = site_schedule_document(session, chosen, Options(number="12", issued_on=dt.date(2026, 7, 1)))
            checklist = field_checklist_document(session, chosen, Options(issued_on=dt.date(2026, 7, 15)))
            overview = overview_with_map(session, 2026, Options(number="45", issued_on=dt.date(2026, 8, 1)),
                                         as_of=dt.date(2026, 8, 1))
            busiest = max(leaders.list_leaders(session),
                          key=lambda row: len(leaders.engagements(session, row.id, 2026)))
            itinerary = itinerary_document(session, busiest.id, 2026,
                                           Options(number="7", issued_on=dt.date(2026, 7, 1)))
        database.close()
        docs = ROOT / "docs"
        docs.mkdir(exist_ok=True)
        page_png(site, docs / "report-site.png", args.dpi, tmp)
        page_png(overview, docs / "report-overview.png", args.dpi, tmp)
        page_png(overview, docs / "report-overview-map.png", args.dpi, tmp, page=-1)
        page_png(itinerary, docs / "report-itinerary.png", args.dpi, tmp, page=2)
        page_png(checklist, docs / "report-checklist.png", args.dpi, tmp)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # PySide6 6.12 can abort while collecting Qt wrappers at interpreter exit
