"""The Map workspace's first open, to its first paint, next to the Progress workspace's first open in
the same run (offscreen, the 28-site demo year).

Each run is a fresh Python process (a first open really is the first: no warm caches), measured from
``show_workspace`` to the window painted with that workspace (events processed); the Map's scores
keep coming in the background after that moment, and the time until the 3,321 communes are on the
map is printed too. Figures are the median of 5 runs.

    python benchmarks/map_open.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

CHILD = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from festival_planner.app import create_application, workspace_classes
from festival_planner.gui.main_window import MainWindow
from festival_planner.gui.settings import Settings
from festival_planner.store.database import open_database

key = sys.argv[2]
app = create_application(sys.argv[:1])
database = open_database(sys.argv[1])
window = MainWindow(database, Settings(), workspace_classes())
window.resize(1366, 768)
window.show()
app.processEvents()
workspace = next(w for w in window.workspaces if w.key == key)
assert window.stack.currentWidget() is not workspace and window.campaign is not None
painted = []


class PaintWatch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not painted:
            painted.append(time.perf_counter())
        return False


watch = PaintWatch()
for child in [workspace, *workspace.findChildren(QObject)]:
    if hasattr(child, "installEventFilter") and hasattr(child, "isWidgetType") and child.isWidgetType():
        child.installEventFilter(watch)
ticks = []
timer = QTimer()
timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
timer.start(10)
started = time.perf_counter()
ticks.append(started)
window.show_workspace(key)
while not painted:
    app.processEvents()
settle = time.perf_counter() + 0.5
while getattr(workspace, "scoring", False) or time.perf_counter() < settle:
    app.processEvents()
    time.sleep(0.002)
done = time.perf_counter()
ticks.append(done)
gaps = [b - a for a, b in zip(ticks, ticks[1:])]
print(f"first_paint_ms={(painted[0] - started) * 1000:.1f}", file=sys.stderr)
print(f"longest_freeze_ms={max(gaps) * 1000:.1f}", file=sys.stderr)
print(f"complete_ms={(done - started) * 1000:.1f}", file=sys.stderr)
timer.stop()
window.close()
database.close()
sys.stderr.flush()
os._exit(0)
"""


def run_child(db: str, key: str, env: dict[str, str]) -> dict[str, float]:
    """One fresh process with fresh preferences (the window must not open on the workspace measured)."""
    config = tempfile.mkdtemp(dir=env["FESTIVAL_PLANNER_DATA_DIR"])
    result = subprocess.run([sys.executable, "-c", CHILD, db, key], env={**env, "FESTIVAL_PLANNER_CONFIG_DIR": config},
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{result.stderr}")
    return {line.split("=")[0]: float(line.split("=")[1]) for line in result.stderr.splitlines() if "_ms=" in line}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="festival-planner-bench-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FESTIVAL_PLANNER_DATA_DIR": tmp}
        os.environ.update(env)
        from festival_planner.services import demo
        from festival_planner.store.database import open_database

        db = os.path.join(tmp, "bench.sqlite")
        database = open_database(db)
        with database.write() as session:
            demo.create_demo(session, 2026)
        database.close()
        figures: dict[str, list[float]] = {}
        for _ in range(args.runs):
            for key in ("progress", "map"):
                for name, value in run_child(db, key, env).items():
                    figures.setdefault(f"{key}.{name}", []).append(value)
    median = {name: statistics.median(values) for name, values in figures.items()}
    print(f"first open, median of {args.runs} fresh processes (offscreen, 28-site demo), in ms:")
    print("                         first paint   longest freeze   complete")
    for key, name in (("progress", "Progress (baseline)"), ("map", "Map")):
        print(f"  {name:22s} {median[key + '.first_paint_ms']:11.1f} {median[key + '.longest_freeze_ms']:16.1f}"
              f" {median[key + '.complete_ms']:10.1f}")
    print(f"  Map / Progress, first paint: {median['map.first_paint_ms'] / median['progress.first_paint_ms']:.2f}× "
          "(target: first paint ≤ 300 ms; 'complete' waits for the 3,321 communes' scores, which come in the "
          "background while the window answers)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
