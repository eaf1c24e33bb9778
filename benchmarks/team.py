"""The team server next to the file, in the same run: the Sites overview (what the Sites workspace
reads: every site of the year with its delegation and conflicts) and one site edit through the write
door (version check, change log, commit), on a SQLite file and on PostgreSQL over loopback holding the
same plan (copied with ``store.copy``), at 30 and 300 sites. Also the cost of one poll of the watch that
shows others' changes (every second in a window on the server). Each figure is the median of 9 runs.

PostgreSQL is a throwaway cluster started like the tests' one (``tests/pg_cluster.py``: initdb in a
temporary folder, a loopback port, stopped at the end; Debian: ``apt-get install postgresql``). Its
settings are the tests' (``fsync=off``): a real server's commit adds its disk flush.

    python benchmarks/team.py
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/pg_cluster.py

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


def median_ms(call: Callable[[int], object]) -> float:
    times = []
    for run in range(RUNS):
        start = time.perf_counter()
        call(run)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def measure(database) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from festival_planner.gui.sites.workspace import site_rows_with_delegations
    from festival_planner.services import campaigns, sites
    from festival_planner.services.team_watch import ChangeWatch

    with database.read() as session:
        campaign = campaigns.get_campaign(session, 2026)
        rows = sites.list_sites(session, campaign.id)
    versions = {row.id: row.version for row in rows}

    def overview(_run: int) -> None:
        with database.read() as session:
            site_rows_with_delegations(session, campaign.id)

    def edit(run: int) -> None:
        site = rows[run]
        row, _changes = database.perform(
            lambda s: sites.update_site(s, site.id, versions[site.id], venue=f"Hội trường {run}"))
        versions[site.id] = row.version

    watch = ChangeWatch(database.read, database.writer_factory)
    try:
        figures = {"overview": median_ms(overview), "edit": median_ms(edit), "poll": median_ms(lambda _r: watch.poll())}
    finally:
        watch.close()
    return figures


def main() -> int:
    os.environ.setdefault("FESTIVAL_PLANNER_DATA_DIR", tempfile.mkdtemp())
    from festival_planner.store.copy import copy_database
    from festival_planner.store.database import open_database
    from tests import pg_cluster

    if pg_cluster.binaries() is None:
        print("PostgreSQL is not installed (initdb, pg_ctl): apt-get install postgresql", file=sys.stderr)
        return 1
    cluster = pg_cluster.Cluster().start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            print(f"{'sites':>6}  {'what':<34}  {'SQLite file':>12}  {'PostgreSQL':>12}")
            for count in (30, 300):
                local = build(Path(folder) / f"team-{count}.sqlite", count)
                cluster.execute(f"CREATE DATABASE team_{count}")
                server = open_database(cluster.url(f"team_{count}"))
                copy_database(local, server)
                results = [measure(local), measure(server)]
                local.close()
                server.close()
                for key, label in (("overview", "Sites overview (read)"),
                                   ("edit", "one site edit (write door)"),
                                   ("poll", "one watch poll, nothing new")):
                    print(f"{count:>6}  {label:<34}  {results[0][key]:>9.2f} ms  {results[1][key]:>9.2f} ms")
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
