"""Commune search speed: building the in-memory index and answering queries as the user types,
next to a baseline measured in the same run (SQLite LIKE over the folded search key, no ranking).

    python benchmarks/search.py [--db PATH]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

QUERIES = ("dak nong", "Buôn Hồ", "quang son", "sin thau", "Xã Quảng Sơn, huyện Đắk Glong, tỉnh Đắk Nông",
           "Phường 1, Quận 3, TP HCM", "ea", "24616", "Huế", "Thanh Hóa", "P. Phúc Xá, Q. Ba Đình, TP. Hà Nội",
           "Phường Thạch Hạ, Thành phố Hà Tĩnh")


def _median_ms(fn, repeat: int = 20) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an existing database (default: a fresh one in a temporary folder)")
    args = parser.parse_args()
    from festival_planner.domain.models import Commune
    from festival_planner.domain.text import fold
    from festival_planner.services.communes import CommuneIndex
    from festival_planner.store.database import open_database

    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(args.db or Path(tmp) / "bench.sqlite")
        with database.session() as session:
            start = time.perf_counter()
            index = CommuneIndex(session)
            cold = (time.perf_counter() - start) * 1000
            warm = _median_ms(lambda: CommuneIndex(session), repeat=5)
            print(f"index build: cold {cold:.0f} ms, warm median {warm:.0f} ms ({len(index)} communes)")
            fresh = CommuneIndex(session)
            start = time.perf_counter()
            fresh.search(QUERIES[4])
            print(f"first address search on a fresh index (builds what addresses need): "
                  f"{(time.perf_counter() - start) * 1000:.0f} ms")
            print(f"{'query':48} {'index':>9} {'hits':>5}   {'baseline LIKE':>13} {'hits':>5}")
            for query in QUERIES:
                ours = _median_ms(lambda query=query: index.search(query))
                hits = len(index.search(query))
                pattern = f"%{fold(query)}%"
                stmt = select(Commune.code).where(Commune.search_key.like(pattern))
                base = _median_ms(lambda stmt=stmt: session.execute(stmt).all())
                base_hits = len(session.execute(stmt).all())
                print(f"{query[:48]:48} {ours:7.1f}ms {hits:5}   {base:11.1f}ms {base_hits:5}")
        database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
