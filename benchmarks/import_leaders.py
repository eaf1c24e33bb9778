"""The 2,000-row leaders import, and a read while a writer holds the lock, each next to a baseline
measured in the same run.

    python benchmarks/import_leaders.py [--rows N] [--plan-rows N]

- the leaders import (one transaction, all or nothing; then the same file again: every row unchanged)
  vs the same number of plain INSERTs of leaders through SQLAlchemy Core (rolled back);
- the plan import of ``--plan-rows`` sites (one leader each, addresses resolved through the search)
  vs the same plain INSERTs;
- ``sites list`` (the command, in this process) while another process holds the write lock
  (``BEGIN IMMEDIATE`` held open, as a long import does) vs the same command with no writer.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

YEAR = 2026
_HOLD = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.read()
connection.execute("ROLLBACK")
"""


def leaders_csv(path: Path, rows: int) -> Path:
    """A directory of ``rows`` leaders with distinct Vietnamese names, as an office would keep it."""
    family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
    middle = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Xuân"]
    given = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam", "Phong",
             "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Yến"]
    lines = ["Họ và tên,Chức vụ,Cơ quan,Thứ tự,Điện thoại,Email"]
    for n in range(rows):
        name = f"{family[n % 12]} {middle[n // 12 % 8]} {given[n // 96 % 18]} {n // 1728 + 1}"
        lines.append(f"{name},Phó Cục trưởng,Cục {n % 40 + 1},{n + 1},0912{n:06d},cb{n}@example.vn")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def plan_csv(path: Path, session, rows: int) -> Path:  # type: ignore[no-untyped-def]
    """A plan of ``rows`` sites in distinct communes (names written as an office writes them)."""
    from festival_planner.services.communes import CommuneIndex

    index = CommuneIndex(session)
    lines = ["Ngày,Địa điểm,Xã/Phường,Tỉnh/Thành phố,Lãnh đạo,Chức vụ"]
    chosen = []
    for info in index.filter():  # communes the address search settles alone, so every row resolves
        if info.kind == "xa" and index.search_address(f"{info.name}, {info.province}") == [info]:
            chosen.append(info)
            if len(chosen) == rows:
                break
    for n, info in enumerate(chosen[:rows]):
        lines.append(f"{1 + n % 19:02d}/08/{YEAR},Nhà văn hóa,{info.name},{info.province},"
                     f"Lãnh đạo Số {n % 50},Thứ trưởng")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def plain_inserts(database, rows: int) -> float:  # type: ignore[no-untyped-def]
    """Seconds for ``rows`` plain INSERTs of leaders through SQLAlchemy Core, one transaction, rolled back."""
    from sqlalchemy import insert

    from festival_planner.domain.models import Leader

    values = [{"id": uuid.uuid4(), "full_name": f"Người {n}", "title": "", "organisation": "",
               "precedence_rank": n, "phone": "", "email": "", "notes": "", "active": True, "version": 1}
              for n in range(rows)]
    with database.engine.connect() as conn:
        start = time.perf_counter()
        transaction = conn.begin()
        for row in values:
            conn.execute(insert(Leader), row)
        elapsed = time.perf_counter() - start
        transaction.rollback()
    return elapsed


def timed_import(database, call) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    with database.transaction() as session:
        result = call(session)
    return time.perf_counter() - start, result


def sites_list_seconds(path: Path) -> tuple[float, int]:
    """Seconds and exit code of ``festival-planner sites list`` run in this process."""
    from festival_planner.cli import main

    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = main(["sites", "list", "--campaign", str(YEAR), "--db", str(path)])
    return time.perf_counter() - start, code


def read_while_writer_holds(path: Path) -> tuple[float, int]:
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        return sites_list_seconds(path)
    finally:
        holder.communicate("")


class _Figures(list):  # type: ignore[type-arg]
    """Figures printed as soon as they are measured (a slow step still shows the ones before it)."""

    def append(self, item: tuple[str, str]) -> None:
        super().append(item)
        print(f"{item[0]:<62}  {item[1]}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--plan-rows", type=int, default=300)
    options = parser.parse_args()
    from festival_planner.services import campaigns
    from festival_planner.services.imports import import_leaders, read_table
    from festival_planner.services.plan_import import import_plan
    from festival_planner.store.database import open_database

    figures = _Figures()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "bench.sqlite"
        database = open_database(path)
        with database.transaction() as session:
            campaigns.ensure_campaign(session, YEAR)
            plan = plan_csv(folder / "plan.csv", session, options.plan_rows)
        table = read_table(leaders_csv(folder / "leaders.csv", options.rows))
        plan_table = read_table(plan)

        baseline = plain_inserts(database, options.rows)
        figures.append((f"baseline: {options.rows:,} plain INSERTs (SQLAlchemy Core)", f"{baseline:8.2f} s"))
        seconds, result = timed_import(database, lambda s: import_leaders(s, table))
        assert result.ok and len(result.created) == options.rows, result.problems[:3]  # type: ignore[attr-defined]
        figures.append((f"leaders import, {options.rows:,} new rows (one transaction)", f"{seconds:8.2f} s"))
        seconds, result = timed_import(database, lambda s: import_leaders(s, table))
        assert result.ok and result.unchanged == options.rows  # type: ignore[attr-defined]
        figures.append((f"leaders import again, {options.rows:,} unchanged rows", f"{seconds:8.2f} s"))

        plan_rows = len(plan_table.rows)
        baseline = plain_inserts(database, plan_rows)
        figures.append((f"baseline: {plan_rows:,} plain INSERTs (SQLAlchemy Core)", f"{baseline:8.2f} s"))
        seconds, result = timed_import(database, lambda s: import_plan(s, plan_table, YEAR))
        assert result.ok, result.problems[:3]  # type: ignore[attr-defined]
        figures.append((f"plan import, {plan_rows:,} sites + invitations (one transaction)", f"{seconds:8.2f} s"))
        database.close()

        seconds, code = sites_list_seconds(path)
        figures.append(("baseline: sites list, no writer", f"{seconds:8.2f} s (exit {code})"))
        seconds, code = read_while_writer_holds(path)
        figures.append(("sites list while another process holds the write lock", f"{seconds:8.2f} s (exit {code})"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
