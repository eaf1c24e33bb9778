"""Cost of a durable commit: one site added per transaction with ``synchronous=FULL`` (what the app
uses) next to ``NORMAL`` as the baseline, measured in the same run on copies of the same file.

    python benchmarks/commits.py [--count 100] [--folder PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import select


def _per_commit_ms(folder: Path, synchronous: str, count: int) -> float:
    from festival_planner.domain.models import Commune
    from festival_planner.services import campaigns, sites
    from festival_planner.store import database as database_module

    database_module.SYNCHRONOUS = synchronous
    database = database_module.open_database(folder / f"{synchronous.lower()}.sqlite")
    try:
        with database.transaction() as session:
            campaign = campaigns.ensure_campaign(session, 2026)
            codes = list(session.scalars(select(Commune.code).order_by(Commune.code).limit(count + 1)))
        with database.transaction() as session:  # warm-up (statement caches)
            sites.add_site(session, campaign.id, codes[-1], dt.date(2026, 7, 1))
        times = []
        for code in codes[:count]:
            start = time.perf_counter()
            with database.transaction() as session:
                sites.add_site(session, campaign.id, code, dt.date(2026, 7, 2))
            times.append(time.perf_counter() - start)
        return statistics.median(times) * 1000
    finally:
        database.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--folder", type=Path, default=None, help="where the test files go (default: a temp folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.folder) as folder:
        normal = _per_commit_ms(Path(folder), "NORMAL", args.count)
        full = _per_commit_ms(Path(folder), "FULL", args.count)
    print(f"add one site per transaction, median of {args.count}: "
          f"synchronous=FULL {full:.1f} ms, baseline NORMAL {normal:.1f} ms (+{full - normal:.1f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
