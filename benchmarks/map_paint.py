"""The country map's repaints in the real map view at 1366×768 (offscreen), with the demo year's 28
sites and its 3,321 scored communes, next to a baseline measured in the same run: the same province
polygons painted with plain ``QPainter.drawPath`` calls (same pens, brushes, antialiasing and
transform) into a QImage of the viewport's size.

Each figure runs from the event (a ``QWheelEvent`` sent to the viewport, a scroll bar moved) until the
viewport's paint event is done (``repaint``: the whole viewport, at once); medians of ``--repeat``,
in CPU time of the process (steady when other jobs share the machine) and in wall-clock time.

- first paint: the view shown and fitted to the country, to its first paint;
- wheel step after a zoom: the view zoomed in ×4.3 by the wheel over Hà Nội first and centred there,
  then steps in and out over Hà Nội (the label layout once the zoom settles is a single-shot timer,
  not part of a step);
- once a zoom settles: what the timer runs ``SETTLE_MS`` after the last step (the labels laid out,
  the round dots drawn into their caches again), to painted;
- pan: the horizontal scroll bar moved by 40 px at that zoom (the whole viewport repainted).

    python benchmarks/map_paint.py [--repeat 30]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def figure(runs: list[tuple[float, float]]) -> tuple[float, float]:
    """Medians of (wall, CPU) ms. CPU time is the steadier figure on a shared machine."""
    return statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)


def demo_content(folder: Path):  # type: ignore[no-untyped-def]
    """The Map workspace's content for the demo year: its points and its site markers."""
    from festival_planner.gui.mapview.data import map_points, map_sites
    from festival_planner.services import demo, selection, sites
    from festival_planner.store.database import open_database

    database = open_database(folder / "demo.sqlite")
    with database.write() as session:
        campaign = demo.create_demo(session, 2026)
    with database.read() as session:
        rows = sites.list_sites(session, campaign.id)
        scored = selection.campaign_scores(session, campaign.id)
    database.close()
    return map_points(scored), map_sites(rows)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("FESTIVAL_PLANNER_DATA_DIR", tempfile.mkdtemp())
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
    from PySide6.QtGui import QImage, QPainter, QWheelEvent
    from PySide6.QtWidgets import QApplication

    from festival_planner.app import create_application
    from festival_planner.gui.mapview.scene import SEA, MapScene, project
    from festival_planner.gui.mapview.view import MapView

    app = create_application([])
    with tempfile.TemporaryDirectory() as folder:
        points, markers = demo_content(Path(folder))
    scene = MapScene()
    scene.set_points(points)
    scene.set_sites(markers)
    view = MapView(scene)
    view.resize(1366, 768)
    viewport = view.viewport()
    painted: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(time.perf_counter())
            return False

    watch = PaintWatch()
    viewport.installEventFilter(watch)

    def until_painted(action: Callable[[], None]) -> tuple[float, float]:
        """(wall, CPU) ms from ``action`` to the end of the viewport's next paint (the first paint of
        a window just shown: events processed until it has painted)."""
        count = len(painted)
        start, cpu = time.perf_counter(), time.process_time()
        action()
        while len(painted) == count:
            app.processEvents()
            if time.perf_counter() - start > 5:
                raise SystemExit("the viewport did not paint within 5 s")
        return (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000

    def repainted(action: Callable[[], None]) -> tuple[float, float]:
        """(wall, CPU) ms from ``action`` to the end of the viewport's paint, which ``repaint`` makes
        at once (waiting for the window's next update request would add the platform's frame timer,
        up to 5 ms of idle, to every figure)."""
        count = len(painted)
        start, cpu = time.perf_counter(), time.process_time()
        action()
        viewport.repaint()
        wall, cpu = (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000
        if len(painted) == count:
            raise SystemExit("the viewport did not paint")
        app.processEvents()  # what else the step posted (not timed: nothing left to paint)
        return wall, cpu

    def wheel(delta: int) -> None:
        """One wheel step over Hà Nội (the Red River delta: the densest communes)."""
        at = QPointF(view.mapFromScene(project(105.85, 21.03)))
        event = QWheelEvent(at, view.mapToGlobal(at.toPoint()), QPoint(), QPoint(0, delta),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(viewport, event)

    def settle() -> None:
        """Let the deferred label layout run (the zoom has settled)."""
        end = time.perf_counter() + 0.4
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.005)

    def show() -> None:
        view.show()
        view.fit_country()

    first = until_painted(show)
    fitted = view.transform().m11()
    settle()
    for _ in range(8):  # ×4.3: a zoom the user makes before the steps measured
        until_painted(lambda: wheel(120))
    view.centerOn(project(105.85, 21.03))
    settle()
    steps = [repainted(lambda k=k: wheel(120 if k % 2 else -120)) for k in range(args.repeat)]
    settling = []
    for k in range(6):  # once a zoom settles: labels laid out, round dots drawn into their caches
        repainted(lambda k=k: wheel(120 if k % 2 else -120))
        settling.append(repainted(view.settle))  # what the timer runs
    settle()
    bar = view.horizontalScrollBar()
    pans = [repainted(lambda k=k: bar.setValue(bar.value() + (-40 if k % 2 else 40))) for k in range(args.repeat)]
    settle()

    def plain() -> tuple[float, float]:
        """The same province polygons, plain QPainter calls, the view's transform, into a QImage."""
        image = QImage(viewport.size(), QImage.Format.Format_ARGB32_Premultiplied)
        start, cpu = time.perf_counter(), time.process_time()
        image.fill(SEA)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(view.viewportTransform())
        for item in scene.province_items.values():
            painter.setPen(item.pen())
            painter.setBrush(item.brush())
            painter.drawPath(item.path())
        painter.end()
        return (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000

    base = [plain() for _ in range(args.repeat)]
    baseline = figure(base)

    def line(what: str, runs: list[tuple[float, float]], extra: str = "") -> None:
        wall, cpu = figure(runs)
        print(f"{what}: {cpu:.1f} ms CPU ({cpu / baseline[1]:.2f}× the baseline), {wall:.1f} ms wall "
              f"({wall / baseline[0]:.2f}×){extra}")

    size = f"{viewport.width()}×{viewport.height()}"
    print(f"map view 1366×768 (viewport {size}), {len(points)} communes, {len(markers)} sites, "
          f"zoom ×{view.transform().m11() / fitted:.1f} of the country's fit; medians of {args.repeat}")
    print(f"baseline: {len(scene.province_items)} province polygons, plain QPainter.drawPath "
          f"into a {size} QImage at the view's transform: {baseline[1]:.1f} ms CPU, {baseline[0]:.1f} ms wall")
    line("wheel step after a zoom, to painted", steps, f"; slowest {max(cpu for _, cpu in steps):.1f} ms CPU")
    line("pan by 40 px, to painted", pans)
    line(f"once a zoom settles ({view.SETTLE_MS} ms after the last step: labels laid out, round dots cached)",
         settling)
    line("first paint after show and fit", [first])
    view.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
