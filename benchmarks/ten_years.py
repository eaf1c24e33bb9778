"""A generated 10-year database for the benchmarks: 10 festival years of ``sites_per_year`` sites
(30: 300 sites), about 10 invitations per site (~3,000) and 100 checklist items per site (~30,000).

The two newest years are the demo (``services.demo``: 28 sites, leaders, checklists, the previous
year), topped up to ``sites_per_year``; the eight older years and the extra sites are added through
the services (``campaigns.create_campaign``, ``sites.add_site``); the bulk of the invitations and
checklist items is inserted in one write transaction of the store with plain SQL (through the
services it would take minutes). ``benchmarks/startup.py`` uses it; on its own:

    python benchmarks/ten_years.py FILE [--sites-per-year 30] [--years 10]
"""

from __future__ import annotations

import argparse
import datetime as dt
import uuid
from pathlib import Path

INVITATIONS_PER_SITE = 10
CHECKLIST_PER_SITE = 100
_STATUSES = ("proposed", "sent", "accepted", "declined")
_CHECKLIST_STATUSES = ("done", "done", "in_progress", "todo", "blocked")


def generate(path: str | Path, *, newest: int = 2026, years: int = 10, sites_per_year: int = 30) -> dict[str, int]:
    """Create the database at ``path`` (which must not exist); return its row counts."""
    from sqlalchemy import text

    from festival_planner.domain.enums import SiteStatus
    from festival_planner.services import campaigns, sites
    from festival_planner.services.demo import create_demo
    from festival_planner.store.database import open_database

    database = open_database(path)
    try:
        with database.transaction() as session:
            create_demo(session, newest)  # the newest year and the one before it
        with database.transaction() as session:
            codes = [row[0] for row in session.execute(text("SELECT code FROM commune ORDER BY code"))]
            stride = max(1, len(codes) // (sites_per_year * years + 1))
            pool = iter(codes[::stride])
            for year in range(newest - years + 1, newest + 1):
                campaign = campaigns.find_campaign(session, year)
                if campaign is None:
                    campaign_id = campaigns.create_campaign(session, year).id
                else:
                    campaign_id = campaign.id
                taken = {s.commune_code for s in campaign.sites} if campaign is not None else set()
                for n in range(sites_per_year - len(taken)):
                    code = next(c for c in pool if c not in taken)
                    sites.add_site(session, campaign_id, code, dt.date(year, 7, 1) + dt.timedelta(days=(n * 7) % 50),
                                   venue=f"Nhà văn hóa xã (điểm {n + 1})", status=SiteStatus.CONFIRMED)
        with database.transaction() as session:
            conn = session.connection()
            _bulk(conn)
            counts = {table: conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0
                      for table in ("campaign", "site", "invitation", "checklist_item", "leader")}
    finally:
        database.close()
    return counts


def _bulk(conn) -> None:  # type: ignore[no-untyped-def]
    """Invitations up to ``INVITATIONS_PER_SITE`` per site (the demo's leaders, some invited to two
    sites on one day: leader conflicts to compute) and ``CHECKLIST_PER_SITE`` checklist items."""
    now = dt.datetime(2026, 1, 1)
    leaders = [row[0] for row in conn.exec_driver_sql("SELECT id FROM leader ORDER BY precedence_rank, id")]
    site_rows = conn.exec_driver_sql("SELECT id, campaign_id FROM site ORDER BY date, id").fetchall()
    invited = {(site, leader) for site, leader in conn.exec_driver_sql("SELECT site_id, leader_id FROM invitation")}
    heads = {s for (s,) in conn.exec_driver_sql("SELECT site_id FROM invitation WHERE role = 'head'")}
    invitations, items = [], []
    for number, (site_id, campaign_id) in enumerate(site_rows):
        have = sum(1 for leader in leaders if (site_id, leader) in invited)
        for k in range(len(leaders)):
            if have >= INVITATIONS_PER_SITE:
                break
            leader = leaders[(number + k) % len(leaders)]
            if (site_id, leader) in invited:
                continue
            role = "member" if site_id in heads else "head"
            heads.add(site_id)
            invited.add((site_id, leader))
            invitations.append((site_id, leader, role, _STATUSES[(number + k) % 4], "", uuid.uuid4().hex, 1,
                                now, now, ""))
            have += 1
        existing = conn.exec_driver_sql("SELECT count(*) FROM checklist_item WHERE site_id = ?",
                                        (site_id,)).scalar() or 0
        for position in range(existing, CHECKLIST_PER_SITE):
            items.append((site_id, campaign_id, f"Việc chuẩn bị số {position + 1}", "Hậu cần", "",
                          _CHECKLIST_STATUSES[position % 5], "", uuid.uuid4().hex, 1, now, now, position))
    conn.exec_driver_sql(
        "INSERT INTO invitation (site_id, leader_id, role, status, note, id, version, created_at, updated_at, "
        "override_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", invitations)
    conn.exec_driver_sql(
        "INSERT INTO checklist_item (site_id, campaign_id, title, category, owner, status, note, id, version, "
        "created_at, updated_at, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", items)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--sites-per-year", type=int, default=30)
    args = parser.parse_args()
    print(generate(args.file, years=args.years, sites_per_year=args.sites_per_year))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
