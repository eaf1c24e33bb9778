"""Leaders and plan imports at scale, each next to its floor measured in the same run (issue 17).

    python benchmarks/imports.py [--leaders N] [--plan-rows N]

- reading a workbook of ``--leaders`` leaders with a title block, merged two-row header, a serial
  column and a footer (``read_table``: header found, rows skipped) vs openpyxl's own read-only pass;
- the leaders import of those rows (one transaction) vs its floor: fold-dedupe of the names and one
  ``executemany`` of the same rows into the same tables (``leader`` and ``change_log``), rolled back;
- the same file again (every row unchanged);
- the plan import of ``--plan-rows`` sites against that directory (two leaders a site: one known, one
  new) vs its floor: one ``executemany`` each of the same leaders, sites, invitations and change-log rows;
- the undo of that plan import (``services.revert`` of its change set, as the window's undo does).
Targets (issue 17): 5,000 leaders ≤ 5 s, 1,000 plan rows ≤ 5 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
import uuid
from pathlib import Path

YEAR = 2026


def _line(label: str, seconds: tuple[float, float], floor: tuple[float, float] | None = None,
          target: float | None = None) -> None:
    """A figure as CPU seconds of this process (wall-clock in brackets: other processes share the
    cores), its floor's and the ratio, and the target."""
    cpu, wall = seconds
    tail = f"   floor {floor[0]:6.3f} s ({cpu / floor[0]:5.1f}×)" if floor else ""
    tail += f"   target ≤ {target:.0f} s" if target else ""
    print(f"{label:<56} {cpu:7.3f} s cpu ({wall:6.2f} s wall){tail}", flush=True)


def _names(count: int) -> list[str]:
    family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
    middle = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Xuân"]
    given = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam", "Phong",
             "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Yến"]
    return [f"{family[n % 12]} {middle[n // 12 % 8]} {given[n // 96 % 18]} {n // 1728 + 1}" for n in range(count)]


def leaders_workbook(path: Path, count: int) -> Path:
    """An official list as offices send it: title block, blank row, a header merged over two rows,
    the columns' numbers, a serial column, the leaders, then the signature footer."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH"])
    sheet.append(["DANH SÁCH LÃNH ĐẠO DỰ NGÀY HỘI NĂM 2026"])
    sheet.append([])
    sheet.append(["STT", "Họ và tên", "Chức vụ", "Cơ quan", "Thứ tự", "Liên hệ", None])
    sheet.append([None, None, None, None, None, "Điện thoại", "Email"])
    for column in "ABCDE":
        sheet.merge_cells(f"{column}4:{column}5")
    sheet.merge_cells("F4:G4")
    sheet.merge_cells("A1:G1")
    sheet.merge_cells("A2:G2")
    sheet.append([f"({n})" for n in range(1, 8)])
    for n, name in enumerate(_names(count)):
        sheet.append([n + 1, name, "Phó Cục trưởng", f"Cục {n % 40 + 1}", n + 1, f"0912{n:06d}", f"cb{n}@example.vn"])
    sheet.append([])
    sheet.append([None, None, None, None, "Hà Nội, ngày 15 tháng 7 năm 2026"])
    sheet.append([None, "Người lập biểu", None, None, "Thủ trưởng đơn vị"])
    sheet.append([None, "(Ký, ghi rõ họ tên)", None, None, "(Ký tên, đóng dấu)"])
    sheet.append([None, "Nguyễn Thị Lập", None, None, "Trần Văn Ký"])
    workbook.save(path)
    return path


def openpyxl_floor(path: Path) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    assert rows


def plan_table(session, count: int, known: list[str]):  # type: ignore[no-untyped-def]
    """``count`` sites in distinct communes written "name, province", two leaders a site."""
    from festival_planner.services.communes import CommuneIndex
    from festival_planner.services.imports import build_table

    communes = CommuneIndex(session).filter()[:count]
    rows = [(1, ("Ngày", "Địa điểm", "Xã/Phường", "Tỉnh/Thành phố", "Lãnh đạo", "Chức vụ"))]
    for n, info in enumerate(communes):
        leaders = f"{known[n % len(known)]}; Lãnh đạo Mới {n}"
        rows.append((n + 2, (f"{1 + n % 19:02d}/08/{YEAR}", "Nhà văn hóa", info.name, info.province, leaders,
                             "Thứ trưởng; Vụ trưởng")))
    return build_table(rows, "plan.xlsx"), [info.code for info in communes]


def _log_rows(entity: str, items: list[tuple[uuid.UUID, dict]]) -> list[dict]:
    from festival_planner.services.changelog import jsonable

    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    return [{"id": uuid.uuid4(), "at": now, "actor": "bench", "entity": entity, "entity_id": str(i), "action": "create",
             "before": None, "after": jsonable(values)} for i, values in items]


def leaders_floor(database, table) -> float:  # type: ignore[no-untyped-def]
    """Fold-dedupe the names and one executemany of the same leaders and change-log rows, rolled back."""
    from sqlalchemy import insert

    from festival_planner.domain.models import ChangeLog, Leader
    from festival_planner.domain.text import fold

    with database.engine.connect() as conn:
        start = time.perf_counter()
        transaction = conn.begin()
        seen: set[str] = set()
        values = []
        for _number, cells in table.rows:
            key = fold(cells[1])
            if key in seen:
                continue
            seen.add(key)
            values.append({"id": uuid.uuid4(), "full_name": cells[1], "title": cells[2], "organisation": cells[3],
                           "precedence_rank": int(cells[4]), "phone": cells[5], "email": cells[6], "notes": "",
                           "active": True, "version": 1})
        conn.execute(insert(Leader), values)
        conn.execute(insert(ChangeLog), _log_rows("leader", [(v["id"], v) for v in values]))
        elapsed = time.perf_counter() - start
        transaction.rollback()
    return elapsed


def plan_floor(database, table, codes: list[str], campaign_id: uuid.UUID,  # type: ignore[no-untyped-def]
               leader_ids: dict[str, uuid.UUID]) -> float:
    """One executemany each of the same new leaders, sites, invitations and change-log rows, rolled back
    (communes already known: the address search is the import's own work, not a floor)."""
    from sqlalchemy import insert

    from festival_planner.domain.models import ChangeLog, Invitation, Leader, Site
    from festival_planner.domain.text import fold

    with database.engine.connect() as conn:
        start = time.perf_counter()
        transaction = conn.begin()
        new_leaders, sites, invitations = [], [], []
        for n, (_number, cells) in enumerate(table.rows):
            site_id = uuid.uuid4()
            sites.append({"id": site_id, "campaign_id": campaign_id, "commune_code": codes[n],
                          "date": dt.date(YEAR, 8, 1 + n % 19), "start_time": dt.time(8), "end_time": dt.time(11),
                          "venue": cells[1], "host_unit": "", "contact_name": "", "contact_phone": "", "notes": "",
                          "status": "proposed", "version": 1})
            for position, name in enumerate(cells[4].split("; ")):
                leader_id = leader_ids.get(fold(name))
                if leader_id is None:
                    leader_id = uuid.uuid4()
                    new_leaders.append({"id": leader_id, "full_name": name, "title": "", "organisation": "",
                                        "precedence_rank": 1000, "phone": "", "email": "", "notes": "",
                                        "active": True, "version": 1})
                invitations.append({"id": uuid.uuid4(), "site_id": site_id, "leader_id": leader_id,
                                    "role": "head" if position == 0 else "member", "status": "proposed",
                                    "note": "", "override_reason": "", "version": 1})
        conn.execute(insert(Leader), new_leaders)
        conn.execute(insert(Site), sites)
        conn.execute(insert(Invitation), invitations)
        for entity, rows in (("leader", new_leaders), ("site", sites), ("invitation", invitations)):
            conn.execute(insert(ChangeLog), _log_rows(entity, [(r["id"], r) for r in rows]))
        elapsed = time.perf_counter() - start
        transaction.rollback()
    return elapsed


def timed(call):  # type: ignore[no-untyped-def]
    """((CPU seconds, wall seconds), the call's result)."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = call()
    return (time.process_time() - cpu, time.perf_counter() - wall), result


def _floor(measure):  # type: ignore[no-untyped-def]
    seconds, _result = timed(measure)
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leaders", type=int, default=5000)
    parser.add_argument("--plan-rows", type=int, default=1000)
    options = parser.parse_args()
    from sqlalchemy import func, select

    from festival_planner.domain.models import Leader, Site
    from festival_planner.domain.text import fold
    from festival_planner.services import campaigns, revert
    from festival_planner.services.communes import CommuneIndex
    from festival_planner.services.imports import import_leaders, read_table
    from festival_planner.services.plan_import import import_plan
    from festival_planner.store.database import open_database

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        database = open_database(folder / "bench.sqlite")
        path = leaders_workbook(folder / "lanh-dao.xlsx", options.leaders)

        seconds, table = timed(lambda: read_table(path))
        assert len(table.rows) == options.leaders and table.header_row == 5, (len(table.rows), table.header_row)
        _line(f"read .xlsx, {options.leaders:,} leaders + title, footer", seconds, _floor(lambda: openpyxl_floor(path)))

        floor = _floor(lambda: leaders_floor(database, table))
        seconds, (result, _changes) = timed(lambda: database.perform(lambda s: import_leaders(s, table)))
        assert result.ok and len(result.created) == options.leaders, result.problems[:3]
        _line(f"leaders import, {options.leaders:,} new (one transaction)", seconds, floor, 5)
        seconds, (result, _changes) = timed(lambda: database.perform(lambda s: import_leaders(s, table)))
        assert result.ok and result.unchanged == options.leaders
        _line(f"leaders import again, {options.leaders:,} unchanged", seconds, floor)

        with database.session() as session:
            index = CommuneIndex(session)  # built once per window; the GUI passes it to every import
            campaign = campaigns.ensure_campaign(session, YEAR)
            session.commit()
            campaign_id = campaign.id
            names = [r.full_name for r in session.scalars(select(Leader))]
            leader_ids = {fold(r.full_name): r.id for r in session.scalars(select(Leader))}
            plan, codes = plan_table(session, options.plan_rows, names)
        floor = _floor(lambda: plan_floor(database, plan, codes, campaign_id, leader_ids))
        seconds, (result, changes) = timed(lambda: database.perform(
            lambda s: import_plan(s, plan, YEAR, index=index)))
        assert result.ok and len(result.sites) == options.plan_rows, [(r.row, r.code) for r in result.problems[:3]]
        _line(f"plan import, {options.plan_rows:,} sites, {len(names):,}-leader directory", seconds, floor, 5)
        print(f"{'':<56} {seconds[0] / options.plan_rows * 1000:7.2f} ms cpu per row", flush=True)

        seconds, _undone = timed(lambda: database.perform(lambda s: revert.revert(s, changes.records)))
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(Site)) == 0
            assert session.scalar(select(func.count()).select_from(Leader)) == options.leaders
        _line(f"undo of that plan import ({len(changes.records):,} records)", seconds)
        database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
