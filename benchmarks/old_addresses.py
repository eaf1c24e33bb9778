"""Old-address search quality: every pre-2025 ward of the package's conversion tables, written five
ways, through ``CommuneIndex.search_result``; prints per-style figures and the time per style.

    python benchmarks/old_addresses.py [--sample N] [--failures K]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=0, help="a seeded sample of N wards (default: all)")
    parser.add_argument("--failures", type=int, default=5, help="failures to show per style")
    args = parser.parse_args()
    from festival_planner.services.address_audit import STYLES, audit, sample
    from festival_planner.services.communes import CommuneIndex
    from festival_planner.store.database import open_database
    from festival_planner.store.gazetteer import legacy_wards

    population = legacy_wards()
    wards = sample(population, args.sample) if args.sample else population
    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(Path(tmp) / "bench.sqlite")
        with database.session() as session:
            index = CommuneIndex(session)
        database.close()
    for style in STYLES:
        start = time.perf_counter()
        figures = audit(index, wards, [style], keep_failures=args.failures, population=population)[style]
        elapsed = time.perf_counter() - start
        print(f"{figures.line()}  {elapsed:.1f} s ({elapsed / len(wards) * 1000:.2f} ms per address)")
        for address, expected, got in figures.failures:
            print(f"    {address!r}: expected {expected}, got {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
