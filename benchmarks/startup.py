"""Start-up time to the main window shown (offscreen), against a bare PySide6 QMainWindow.

Each figure is the median of 5 runs, each in a fresh Python process, measured from process launch
to the window shown and painted (the child reports the moment; exit and teardown are not
counted). The Festival Planner runs go through ``festival_planner.app.run`` on a database that
already exists and holds the 28-site demo year (the usual start, not the first run that loads the
gazetteer); the moment its splash is painted is reported too.

    python benchmarks/startup.py [--runs 5] [--frozen DIST/festival-planner]

``--frozen`` adds the PyInstaller one-folder app (``scripts/build_app.py``) on the same database: its
windowed executable reports the moment its window is shown (``FESTIVAL_PLANNER_LAUNCHED_AT``).
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
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
print(f"shown_ms={(time.time() - float(sys.argv[-1])) * 1000:.0f}", file=sys.stderr)
"""

PLANNER = """
import sys, time
from PySide6.QtWidgets import QApplication
import festival_planner.app as app_module
launched = float(sys.argv[-1])
real_splash = app_module.show_splash
def timed_splash(app):
    splash = real_splash(app)
    print(f"splash_ms={(time.time() - launched) * 1000:.0f}", file=sys.stderr)
    return splash
app_module.show_splash = timed_splash
shown = []
def fake_exec():
    app = QApplication.instance()
    app.processEvents()
    print(f"shown_ms={(time.time() - launched) * 1000:.0f}", file=sys.stderr)
    heavy = sorted(m for m in ("geopy", "numpy", "vietnamadminunits") if m in sys.modules)
    shown.extend(w for w in app.topLevelWidgets() if w.isVisible() and w.objectName() == "MainWindow")
    print("heavy modules loaded:", heavy or "none", file=sys.stderr)
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


def time_frozen(app_dir: Path, db: str, env: dict[str, str]) -> float:
    """Seconds from launching the frozen ``festival-planner`` to its window shown and painted."""
    exe = app_dir / ("festival-planner.exe" if sys.platform == "win32" else "festival-planner")
    child_env = {**env, "FESTIVAL_PLANNER_EXIT_AFTER_MS": "1", "FESTIVAL_PLANNER_LAUNCHED_AT": repr(time.time())}
    result = subprocess.run([str(exe), "gui", "--db", db], env=child_env, capture_output=True, text=True, check=False)
    found = [line for line in result.stderr.splitlines() if line.startswith("shown_ms=")]
    if result.returncode != 0 or not found:
        raise SystemExit(f"frozen app failed:\n{result.stderr}")
    return float(found[-1].split("=")[1]) / 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--frozen", type=Path, metavar="APP_DIR",
                        help="also time the frozen app in APP_DIR (scripts/build_app.py DIST: DIST/festival-planner)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="festival-planner-bench-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FESTIVAL_PLANNER_DATA_DIR": tmp,
               "XDG_CONFIG_HOME": str(Path(tmp) / "config")}
        env.pop("FESTIVAL_PLANNER_TESTING", None)
        # An installed app has its bytecode compiled (pip does it at install): let the warm-up runs
        # write it, so that source compilation is not measured.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        db = str(Path(tmp) / "bench.sqlite")
        from festival_planner.services.demo import create_demo
        from festival_planner.store.database import open_database

        first = time.perf_counter()
        database = open_database(db)  # the one-time gazetteer load, not part of a normal start
        first = time.perf_counter() - first
        with database.transaction() as session:
            create_demo(session, 2026)  # a realistic year: 28 sites on screen
        database.close()
        time_process(BARE, env=env)  # warm the OS file cache and the bytecode for both
        time_process(PLANNER, db, env=env)
        bare, planner, splash, frozen, notes = [], [], [], [], ""
        if args.frozen:
            time_frozen(args.frozen, db, env)  # warm the OS file cache for the frozen app too
        for _ in range(args.runs):
            bare.append(time_process(BARE, env=env)[0]["shown_ms"])
            moments, notes = time_process(PLANNER, db, env=env)
            planner.append(moments["shown_ms"])
            splash.append(moments["splash_ms"])
            if args.frozen:
                frozen.append(time_frozen(args.frozen, db, env))
    print(f"bare PySide6 QMainWindow:     median {statistics.median(bare) * 1000:6.0f} ms "
          f"(runs: {', '.join(f'{t * 1000:.0f}' for t in bare)})")
    print(f"Festival Planner main window: median {statistics.median(planner) * 1000:6.0f} ms "
          f"(runs: {', '.join(f'{t * 1000:.0f}' for t in planner)})")
    if frozen:
        print(f"frozen Festival Planner:      median {statistics.median(frozen) * 1000:6.0f} ms "
              f"(runs: {', '.join(f'{t * 1000:.0f}' for t in frozen)}; "
              f"{statistics.median(frozen) / statistics.median(bare):.1f}x bare)")
    if splash:
        print(f"Festival Planner first paint (splash): median {statistics.median(splash) * 1000:6.0f} ms")
    print(f"first-run database creation with gazetteer load (in-process): {first * 1000:.0f} ms")
    print(next((line for line in notes.splitlines() if line.startswith("heavy modules")), ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
