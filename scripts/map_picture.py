"""Make ``docs/selector-map.png``: the country map with an optimal selection of 30 sites, drawn by
``festival-planner map --png`` over a temporary demo database.

    python scripts/map_picture.py [output.png]

The demo's 2026 plan is replaced by the selector's choice (30 sites, at most 2 per province, 40 km
apart, default weights) accepted as proposed sites, so the picture shows the country outline, both
archipelagos labelled as Vietnamese, every commune coloured by score and the chosen sites.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    output = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "selector-map.png"
    with tempfile.TemporaryDirectory(prefix="festival-planner-map-") as tmp:
        os.environ["FESTIVAL_PLANNER_DATA_DIR"] = tmp
        from sqlalchemy import select

        from festival_planner.cli import main as cli
        from festival_planner.domain.models import Site
        from festival_planner.services import campaigns, selection, sites
        from festival_planner.services.demo import create_demo
        from festival_planner.store.database import open_database

        db = Path(tmp) / "festival-planner.sqlite"
        database = open_database(db)
        with database.transaction() as session:
            create_demo(session, 2026)
            campaign = campaigns.get_campaign(session, 2026)
            for site_id in session.scalars(select(Site.id).where(Site.campaign_id == campaign.id)):
                sites.delete_site(session, site_id)
            result = selection.run_selection(session, campaign.id, selection.Settings(count=30))
            selection.accept(session, campaign.id, result.chosen_codes)
        database.close()
        code = cli(["map", "--campaign", "2026", "--png", str(output), "--width", "1400", "--db", str(db)])
    print(f"{output}: {result.selection.status}, {len(result.chosen_codes)} sites, "
          f"{result.priority_count()} in priority regions")
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
