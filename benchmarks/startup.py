"""Start-up time to the main window's first paint (offscreen), against a bare PySide6 QMainWindow
with a 30-row table (issue 19's baseline), measured in the same run.

Each figure is the median of 5 runs, each in a fresh Python process, measured from process launch
to the moment the child reports (exit and teardown are not counted). The Festival Planner runs go
through ``festival_planner.app.run`` on a database that already exists (the usual start, not the
first run that loads the gazetteer), on three databases made here: the demo (28 sites), a
generated 10-year database (10 years × 30 sites, ~3,000 invitations, ~30,000 checklist items:
``benchmarks/ten_years.py``) and one year of 300 sites. For each: the first paint (the last plan's
Sites table, ``gui/first_paint.py``, before the ORM loads), the real window shown and painted (ORM,
checks, workspaces) and the end of the event loop's first turn (the Sites table's leader conflicts,
the daily backup when due), each with its ratio to the bare window. The goal (issue 19): first paint ≤ 3× bare,
flat in the number of sites.

    python benchmarks/startup.py [--runs 5] [--frozen DIST/festival-planner]

``--frozen`` adds the PyInstaller one-folder app (``scripts/build_app.py``) on the demo database: its
windowed executable reports its first paint and its window shown (``FESTIVAL_PLANNER_LAUNCHED_AT``).
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

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableWidget(30, 9, window)
for row in range(30):
    for column in range(9):
        table.setItem(row, column, QTableWidgetItem(f"Xã số {row + 1}, cột {column + 1}"))
window.setCentralWidget(table)
window.resize(1280, 800)
window.show()
app.processEvents()
print(f"shown_ms={(time.time() - float(sys.argv[-1])) * 1000:.0f}", file=sys.stderr)
"""

PLANNER = """
import sys, time
from PySide6.QtWidgets import QApplication
import festival_planner.gui.first_paint as first_paint
launched = float(sys.argv[-1])
HEAVY = ("sqlalchemy", "alembic", "geopy", "numpy", "shapely", "highspy", "openpyxl", "docx")
real_first_paint = first_paint.show_first_paint
def timed_first_paint(*args):
    window = real_first_paint(*args)  # shown and painted (it processes the events) or None
    print(f"first_paint_ms={(time.time() - launched) * 1000:.0f}", file=sys.stderr)
    loaded = sorted({m.split(".")[0] for m in sys.modules} & set(HEAVY))
    print("heavy modules loaded at the first paint:", loaded or "none",
          "" if window is not None else "(no first paint: splash)", file=sys.stderr)
    return window
first_paint.show_first_paint = timed_first_paint
shown = []
def fake_exec():
    app = QApplication.instance()
    shown.extend(w for w in app.topLevelWidgets() if w.isVisible() and w.objectName() == "MainWindow")
    for window in shown:
        window.repaint()  # painted now, without running what waits for the event loop
    print(f"shown_ms={(time.time() - launched) * 1000:.0f}", file=sys.stderr)
    app.processEvents()  # the event loop's first turn: the Sites conflicts, the daily backup when due
    print(f"settled_ms={(time.time() - launched) * 1000:.0f}", file=sys.stderr)
    return 0
QApplication.exec = staticmethod(fake_exec)
from festival_planner.app import run
code = run(sys.argv[1], sys.argv[:1])
assert code == 0 and shown, "main window not shown"
"""


def time_process(code: str, *args: str, env: dict[str, str]) -> tuple[dict[str, float], str]:
    """Run ``python -c code``; return the moments (seconds after launch) it reports, and its stderr.

    The child reports ``shown_ms`` once its window is shown and painted (and the planner also
    ``splash_ms``); the process's exit and teardown are not counted."""
    result = subprocess.run([sys.executable, "-c", code, *args, repr(time.time())], env=env,
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{result.stderr}")
    moments = {line.split("=")[0]: float(line.split("=")[1]) / 1000
               for line in result.stderr.splitlines() if line.endswith(tuple("0123456789")) and "_ms=" in line}
    return moments, result.stderr


def time_frozen(app_dir: Path, db: str, env: dict[str, str]) -> dict[str, float]:
    """Seconds from launching the frozen ``festival-planner`` to its first paint and its window shown."""
    exe = app_dir / ("festival-planner.exe" if sys.platform == "win32" else "festival-planner")
    child_env = {**env, "FESTIVAL_PLANNER_EXIT_AFTER_MS": "1", "FESTIVAL_PLANNER_LAUNCHED_AT": repr(time.time())}
    result = subprocess.run([str(exe), "gui", "--db", db], env=child_env, capture_output=True, text=True, check=False)
    moments = {line.split("=")[0]: float(line.split("=")[1]) / 1000 for line in result.stderr.splitlines()
               if line.startswith(("shown_ms=", "first_paint_ms="))}
    if result.returncode != 0 or "shown_ms" not in moments:
        raise SystemExit(f"frozen app failed:\n{result.stderr}")
    return moments


def figure(name: str, times: list[float], bare: float | None = None) -> str:
    """One line: the median, the runs and the ratio to the bare window's median."""
    median = statistics.median(times)
    ratio = f"  {median / bare:4.1f}x bare" if bare else ""
    return f"{name:<44} median {median * 1000:6.0f} ms{ratio}  (runs: {', '.join(f'{t * 1000:.0f}' for t in times)})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--frozen", type=Path, metavar="APP_DIR",
                        help="also time the frozen app in APP_DIR (scripts/build_app.py DIST: DIST/festival-planner)")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))
    from ten_years import generate

    with tempfile.TemporaryDirectory(prefix="festival-planner-bench-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FESTIVAL_PLANNER_DATA_DIR": tmp,
               "XDG_CONFIG_HOME": str(Path(tmp) / "config")}
        env.pop("FESTIVAL_PLANNER_TESTING", None)
        # An installed app has its bytecode compiled (pip does it at install): let the warm-up runs
        # write it, so that source compilation is not measured.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["FESTIVAL_PLANNER_DATA_DIR"] = tmp  # the generators' backups stay in tmp too
        from festival_planner.services.demo import create_demo
        from festival_planner.store.database import open_database

        demo = str(Path(tmp) / "demo.sqlite")
        first = time.perf_counter()
        database = open_database(demo)  # the one-time gazetteer load, not part of a normal start
        first = time.perf_counter() - first
        with database.transaction() as session:
            create_demo(session, 2026)  # a realistic year: 28 sites on screen
        database.close()
        databases = {"demo (28 sites)": demo}
        ten = str(Path(tmp) / "ten-years.sqlite")
        counts = generate(ten)
        databases[f"10 years ({counts['site']} sites, {counts['invitation']} invitations, "
                  f"{counts['checklist_item']} checklist items)"] = ten
        big = str(Path(tmp) / "300-sites.sqlite")
        generate(big, years=1, sites_per_year=300)
        databases["one year of 300 sites"] = big
        time_process(BARE, env=env)  # warm the OS file cache and the bytecode for all
        for db in databases.values():
            time_process(PLANNER, db, env=env)  # (and make each file's daily backup: not measured)
        if args.frozen:
            time_frozen(args.frozen, demo, env)  # warm the OS file cache for the frozen app too
        bare: list[float] = []
        painted: dict[str, list[float]] = {name: [] for name in databases}
        shown: dict[str, list[float]] = {name: [] for name in databases}
        settled: dict[str, list[float]] = {name: [] for name in databases}
        frozen: dict[str, list[float]] = {"first_paint_ms": [], "shown_ms": []}
        notes = ""
        for _ in range(args.runs):
            bare.append(time_process(BARE, env=env)[0]["shown_ms"])
            for name, db in databases.items():
                moments, notes = time_process(PLANNER, db, env=env)
                painted[name].append(moments["first_paint_ms"])
                shown[name].append(moments["shown_ms"])
                settled[name].append(moments["settled_ms"])
            if args.frozen:
                for key, value in time_frozen(args.frozen, demo, env).items():
                    frozen[key].append(value)
    base = statistics.median(bare)
    print(figure("bare QMainWindow with a 30-row table", bare))
    for name in databases:
        print(f"Festival Planner on {name}:")
        print(figure("  first paint (the Sites table)", painted[name], base))
        print(figure("  main window shown (ORM, checks, workspaces)", shown[name], base))
        print(figure("  + event loop's first turn (conflicts, backup)", settled[name], base))
    if args.frozen:
        print("frozen Festival Planner on the demo:")
        if frozen["first_paint_ms"]:
            print(figure("  first paint (the Sites table)", frozen["first_paint_ms"], base))
        print(figure("  main window shown", frozen["shown_ms"], base))
    print(f"first-run database creation with gazetteer load (in-process): {first * 1000:.0f} ms")
    print(next((line for line in notes.splitlines() if line.startswith("heavy modules")), ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
