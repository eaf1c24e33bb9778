"""Commune search speed as the user types, next to baselines measured in the same run.

    python benchmarks/search.py [--db PATH]

- per keystroke: real names and addresses typed letter by letter (the picker searches on each),
  ranked, vs a plain substring scan of the same folded search keys in memory (no ranking) and vs
  SQLite LIKE over the folded search key;
- the first address typed: building everything on the first search (what a fresh index did before
  issue 19) vs an index prepared in the background from the moment it is read (``background=True``,
  as the picker's index is): the wait at a first keystroke typed at once, 0.5 s later, and once
  prepared (the Sites workspace reads the index 3 s after showing its table).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

TYPED = ("Buôn Hồ", "dak nong", "quang son", "Thanh Hóa", "sin thau", "Huế", "ea h'leo", "Phường Thạch Hạ",
         "Xã Quảng Sơn, huyện Đắk Glong, tỉnh Đắk Nông", "P. Phúc Xá, Q. Ba Đình, TP. Hà Nội")
FIRST_ADDRESS = "Xã Quảng Sơn, huyện Đắk Glong, tỉnh Đắk Nông"


def _keystrokes(text: str) -> list[str]:
    return [text[:n] for n in range(1, len(text) + 1) if text[:n].strip()]


def _per_key_ms(fn, texts: list[str], repeat: int = 3) -> list[float]:
    """The median over ``repeat`` passes of each keystroke's time, typing ``texts`` in order."""
    runs = []
    for _ in range(repeat):
        times = []
        for text in texts:
            start = time.perf_counter()
            fn(text)
            times.append((time.perf_counter() - start) * 1000)
        runs.append(times)
    return [statistics.median(column) for column in zip(*runs, strict=True)]


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
            cold = CommuneIndex(session)
            cold.search(FIRST_ADDRESS)
            built_on_first = (time.perf_counter() - start) * 1000
            start = time.perf_counter()
            at_once = CommuneIndex(session, background=True)
            read = (time.perf_counter() - start) * 1000
            start = time.perf_counter()
            at_once.search(FIRST_ADDRESS)
            wait_at_once = (time.perf_counter() - start) * 1000
            later = CommuneIndex(session, background=True)
            time.sleep(0.5)
            start = time.perf_counter()
            later.search(FIRST_ADDRESS)
            wait_later = (time.perf_counter() - start) * 1000
            ahead = CommuneIndex(session, background=True)
            assert ahead.preparing is not None
            ahead.preparing.join()  # the Sites workspace reads it 3 s after showing its table
            start = time.perf_counter()
            ahead.search(FIRST_ADDRESS)
            wait_ahead = (time.perf_counter() - start) * 1000
            keys = [row[0] for row in session.execute(select(Commune.search_key))]
            index = CommuneIndex(session)
            index.prepare_addresses()
            print(f"first address typed: everything built on the first search {built_on_first:.0f} ms (before); "
                  f"prepared in the background: the index opens in {read:.0f} ms, a first keystroke waits "
                  f"{wait_at_once:.0f} ms at once, {wait_later:.0f} ms 0.5 s later, {wait_ahead:.0f} ms once "
                  f"prepared (the Sites workspace prepares it ahead)")

            def plain(text: str) -> list[str]:
                folded = fold(text)
                return [key for key in keys if folded in key]

            print(f"\n{'typed letter by letter':46} {'keys':>4} {'ranked':>8} {'worst':>7} {'plain scan':>10} "
                  f"{'LIKE':>7} {'ratio':>6}")
            all_ours, all_plain = [], []
            for text in TYPED:
                strokes = _keystrokes(text)
                ours = _per_key_ms(lambda t: index.search(t, limit=200), strokes)
                scan = _per_key_ms(plain, strokes)
                like = _per_key_ms(lambda t: session.execute(
                    select(Commune.code).where(Commune.search_key.like(f"%{fold(t)}%"))).all(), strokes)
                all_ours += ours
                all_plain += scan
                print(f"{text[:46]:46} {len(strokes):4} {statistics.mean(ours):6.2f}ms {max(ours):5.1f}ms "
                      f"{statistics.mean(scan):8.2f}ms {statistics.mean(like):5.2f}ms "
                      f"{statistics.mean(ours) / statistics.mean(scan):5.0f}×")
            print(f"{'all keystrokes':46} {len(all_ours):4} {statistics.mean(all_ours):6.2f}ms "
                  f"{max(all_ours):5.1f}ms {statistics.mean(all_plain):8.2f}ms {'':7} "
                  f"{statistics.mean(all_ours) / statistics.mean(all_plain):5.0f}×")
        database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
