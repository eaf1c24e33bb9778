"""Merging a return kit of 30 sites × 60 checklist items with 10 % changed on each side, next to
applying the same field changes as plain SQL UPDATEs in the same run.

Set-up (not timed): the 2026 demo year brought to 30 sites of 60 checklist items each; a kit of the
whole year; in the field 6 items per site get a new note (180 rows); in the office 6 items per site
get a new owner, 3 of them among the field's items (so those rows merge field by field) and on 1 of
them the note too (a conflict: 30 in all, settled with "take field").

Timed, median of 3 runs, each on a fresh copy of the office file:
- open: read and decrypt the return kit (scrypt n=2**15 included);
- plan: the three-way comparison;
- backup: the checked "before-merge" backup apply_merge makes first;
- apply: the one write (180 + 30 updates, their change log, the merged_kit row);
- raw: the same 180 notes written with ``UPDATE checklist_item SET note=?, version=version+1 WHERE id=?``
  in one transaction (no comparison, no log, no backup).

    python benchmarks/merge.py
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

RUNS = 3
SITES, ITEMS, CHANGED, OVERLAP = 30, 60, 6, 3
PASSPHRASE = "benchmark passphrase"


def build(path: Path) -> list[uuid.UUID]:
    """The office database: 30 sites × 60 checklist items."""
    from sqlalchemy import insert, select

    from festival_planner.domain.models import Campaign, ChecklistItem, Commune, Site
    from festival_planner.services import changelog, demo, sites
    from festival_planner.store.database import open_database

    database = open_database(path)
    with database.write() as session:
        campaign = demo.create_demo(session, 2026)
        taken = {row.commune.code for row in sites.list_sites(session, campaign.id)}
        codes = [c for c in session.scalars(select(Commune.code).order_by(Commune.code)) if c not in taken]
        for number in range(SITES - len(taken)):
            sites.add_site(session, campaign.id, codes[number * 7 % len(codes)],
                           dt.date(2026, 7, 1) + dt.timedelta(days=number), venue="Nhà văn hóa")
    with database.write() as session:
        campaign_id = session.scalar(select(Campaign.id).where(Campaign.year == 2026))
        site_ids = list(session.scalars(select(Site.id).where(Site.campaign_id == campaign_id).order_by(Site.id)))
        have = {site_id: 0 for site_id in site_ids}
        for site_id in session.scalars(select(ChecklistItem.site_id).where(ChecklistItem.site_id.in_(site_ids))):
            have[site_id] += 1
        rows = [{"id": uuid.uuid4(), "campaign_id": campaign_id, "site_id": site_id, "position": have[site_id] + n,
                 "title": f"Việc {n + 1}", "category": "Hậu cần", "owner": "", "note": "", "version": 1}
                for site_id in site_ids for n in range(max(0, ITEMS - have[site_id]))]
        if rows:
            session.execute(insert(ChecklistItem), rows)
            changelog.record_many(session, "checklist_item", "create", [(r["id"], None, r) for r in rows])
    database.close()
    return site_ids


def items_by_site(database, site_ids):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from festival_planner.domain.models import ChecklistItem

    with database.read() as session:
        return {site_id: list(session.execute(select(ChecklistItem.id, ChecklistItem.version)
                                              .where(ChecklistItem.site_id == site_id)
                                              .order_by(ChecklistItem.position, ChecklistItem.id)).all())
                for site_id in site_ids}


def prepare(folder: Path) -> tuple[Path, Path, list[tuple[str, uuid.UUID]]]:
    from festival_planner.services import checklists, kits
    from festival_planner.store.database import open_database

    office = folder / "office.sqlite"
    site_ids = build(office)
    database = open_database(office)
    kits.export_kit(database, folder / "k.fpkit", PASSPHRASE, campaign_year=2026)
    copy = kits.start_working(folder / "k.fpkit", PASSPHRASE, folder / "w.fpkit")
    field_items = items_by_site(copy.database, site_ids)
    notes: list[tuple[str, uuid.UUID]] = []

    def field_work(session):  # type: ignore[no-untyped-def]
        for items in field_items.values():
            for n, (item_id, version) in enumerate(items[:CHANGED]):
                note = f"thực địa {n}"
                checklists.update_item(session, item_id, version, note=note)
                notes.append((note, item_id))

    copy.database.perform(field_work)
    kits.send_back(copy, folder / "r.fpkit")
    copy.close()
    office_items = items_by_site(database, site_ids)

    def office_work(session):  # type: ignore[no-untyped-def]
        for items in office_items.values():
            for n, (item_id, version) in enumerate(items[CHANGED - OVERLAP:2 * CHANGED - OVERLAP]):
                changes = {"owner": "Văn phòng"}
                if n == 0:
                    changes["note"] = "văn phòng"
                checklists.update_item(session, item_id, version, **changes)

    database.perform(office_work)
    database.close()
    return office, folder / "r.fpkit", notes


def merge_once(office: Path, back: Path) -> tuple[float, float, float, object]:
    from festival_planner.services import kit_merge
    from festival_planner.store.database import open_database

    database = open_database(office)
    try:
        start = time.perf_counter()
        contents = kit_merge.load_return_kit(back, PASSPHRASE)
        opened = time.perf_counter()
        with database.read() as session:
            plan = kit_merge.plan_merge(session, contents, back)
        planned = time.perf_counter()
        database.backup("before-merge")  # what apply_merge does first, timed on its own here
        backed_up = time.perf_counter()
        result = kit_merge.apply_merge(database, plan, kit_merge.resolve_all(plan, "field"), backup=False)
        applied = time.perf_counter()
    finally:
        database.close()
    return opened - start, planned - opened, backed_up - planned, applied - backed_up, result


def raw_once(office: Path, notes: list[tuple[str, uuid.UUID]]) -> float:
    from festival_planner.store import files

    conn = files.connect(office)
    try:
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("UPDATE checklist_item SET note = ?, version = version + 1 WHERE id = ?",
                         [(note, item_id.hex) for note, item_id in notes])
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


def main() -> int:
    os.environ.setdefault("FESTIVAL_PLANNER_DATA_DIR", tempfile.mkdtemp())
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        office, back, notes = prepare(folder)
        timings: list[tuple[float, float, float, float]] = []
        raw: list[float] = []
        result = None
        for run in range(RUNS):
            target = folder / f"run-{run}" / "office.sqlite"
            target.parent.mkdir()
            shutil.copyfile(office, target)  # the office file is closed: a plain copy of a closed file
            *times, result = merge_once(target, back)
            timings.append(tuple(times))  # type: ignore[arg-type]
            baseline = folder / f"raw-{run}.sqlite"
            shutil.copyfile(office, baseline)
            raw.append(raw_once(baseline, notes))
        opened, planned, backed_up, applied = (statistics.median(t[i] for t in timings) * 1000 for i in range(4))
        raw_ms = statistics.median(raw) * 1000
        summary = result.summary() if result is not None else {}  # type: ignore[attr-defined]
        print(f"return kit: {SITES} sites × {ITEMS} items, {len(notes)} rows changed in the field, "
              f"{SITES * CHANGED} in the office ({SITES * OVERLAP} rows on both sides, {SITES} conflicts)")
        print(f"merged: {summary.get('updated')} rows updated, {summary.get('took_field')} conflicts took the field")
        print(f"{'open (scrypt + decrypt)':<28}{opened:>9.1f} ms")
        print(f"{'plan (three-way compare)':<28}{planned:>9.1f} ms")
        print(f"{'backup (before-merge)':<28}{backed_up:>9.1f} ms")
        print(f"{'apply (the one write)':<28}{applied:>9.1f} ms")
        print(f"{'merge total':<28}{opened + planned + backed_up + applied:>9.1f} ms")
        print(f"{'raw SQL UPDATEs (baseline)':<28}{raw_ms:>9.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
