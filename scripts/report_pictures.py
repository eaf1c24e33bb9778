"""Make ``docs/report-site.png`` and ``docs/report-overview.png``: the first page of a demo site's
programme and of the national overview, as printed (PDF through ``pdftoppm`` when it is installed,
otherwise painted straight onto an image by the same renderer).

    python scripts/report_pictures.py [--dpi 80]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent


def first_page_png(document: object, target: Path, dpi: int, tmp: Path) -> None:
    from festival_planner.reports import render

    if shutil.which("pdftoppm"):
        pdf = tmp / f"{target.stem}.pdf"
        render.write_pdf([document], str(pdf))  # type: ignore[list-item]
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(target.with_suffix(""))], check=True)
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
            overview_document,
            site_schedule_document,
        )
        from festival_planner.services import demo, sites
        from festival_planner.store.database import open_database

        render.ensure_application()
        database = open_database(tmp / "pictures.sqlite")
        with database.transaction() as session:
            demo.create_demo(session, 2026)
        with database.transaction() as session:
            ids = campaign_site_ids(session, 2026)
            chosen = next(i for i in ids if sites.get_site(session, i).head_of_delegation)
            site = site_schedule_document(session, chosen, Options(number="12", issued_on=dt.date(2026, 7, 1)))
            overview = overview_document(session, 2026, Options(number="45", issued_on=dt.date(2026, 8, 1)),
                                         as_of=dt.date(2026, 8, 1))
        database.close()
        docs = ROOT / "docs"
        docs.mkdir(exist_ok=True)
        first_page_png(site, docs / "report-site.png", args.dpi, tmp)
        first_page_png(overview, docs / "report-overview.png", args.dpi, tmp)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # PySide6 6.12 can abort while collecting Qt wrappers at interpreter exit
