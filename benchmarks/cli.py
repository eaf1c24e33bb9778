"""The command line's round trip: fresh processes of ``festival-planner sites list --json`` (and
``--help``, ``--version``, the ORM path of ``sites list``) against ``python -c pass`` measured in the
same run, as medians of N processes each, with their ratios (the goal for ``sites list --json``: ≤ 5×).

    python benchmarks/cli.py [--db PATH] [-n N]

Without ``--db`` a demo database is made in a temporary folder first (not timed). Every process
gets a temporary data and preferences folder, so the user's own files are never read, and may write
its bytecode (``PYTHONDONTWRITEBYTECODE`` is dropped: an installed copy has its ``.pyc`` files; the
untimed first run of each command writes them).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _median_ms(argv: list[str], env: dict[str, str], n: int) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an existing database (default: a demo made in a temporary folder)")
    parser.add_argument("-n", type=int, default=15, help="processes per command (default 15)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "FESTIVAL_PLANNER_DATA_DIR": str(Path(tmp) / "data"),
               "FESTIVAL_PLANNER_CONFIG_DIR": str(Path(tmp) / "config"), "FESTIVAL_PLANNER_LANG": "vi"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        cli = [sys.executable, "-m", "festival_planner"]
        db = args.db or str(Path(tmp) / "demo.sqlite")
        if args.db is None:
            subprocess.run([*cli, "demo", "--db", db], env=env, stdout=subprocess.DEVNULL, check=True)
        year = subprocess.run([*cli, "campaigns", "list", "--json", "--db", db], env=env, capture_output=True,
                              text=True, check=True).stdout
        import json

        campaign = str(max(c["year"] for c in json.loads(year)))
        listing = [*cli, "sites", "list", "--campaign", campaign, "--json", "--db", db]
        _median_ms(listing, env, 1)  # the first open of the day checks the whole file: not what is measured
        _median_ms([*cli, "--help"], env, 1)  # every command module's bytecode written
        rows = [("python -c pass", [sys.executable, "-c", "pass"], env),
                ("festival-planner --help", [*cli, "--help"], env),
                ("festival-planner --version", [*cli, "--version"], env),
                (f"sites list --campaign {campaign} --json", listing, env),
                ("  the same through the ORM", listing, {**env, "FESTIVAL_PLANNER_CLI_NO_FAST_READ": "1"})]
        base = None
        print(f"{'command':42} {'median':>9} {'ratio':>7}   ({args.n} fresh processes each)")
        for name, argv, run_env in rows:
            ms = _median_ms(argv, run_env, args.n)
            base = base or ms
            print(f"{name:42} {ms:7.0f} ms {ms / base:6.1f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
