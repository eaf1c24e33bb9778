"""The country map's repaints in the real map view at 1366×768 (offscreen), with the demo year's 28
sites and its 3,321 scored communes, next to a baseline measured in the same run: the same province
polygons painted with plain ``QPainter.drawPath`` calls (same pens, brushes, antialiasing and
transform) into a QImage of the viewport's size.

Each figure runs from the event (a ``QWheelEvent`` sent to the viewport, a scroll bar moved) until the
viewport's paint event is done (events processed until it has painted); medians of ``--repeat``.

- first paint: the view shown and fitted to the country, to its first paint;
- wheel step after a zoom: the view zoomed in ×4 by the wheel over Hà Nội first, then steps in and
  out there (the label layout after the zoom settles is a single-shot timer, not part of a step);
- pan: the horizontal scroll bar moved by 40 px at that zoom.

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
    import pickle
    cache = Path("/tmp/map_content.pickle")
    if cache.exists():
        points, markers = pickle.loads(cache.read_bytes())
    else:
        with tempfile.TemporaryDirectory() as folder:
            points, markers = demo_content(Path(folder))
        cache.write_bytes(pickle.dumps((points, markers)))
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

    def until_painted(action: Callable[[], None]) -> float:
        """ms from ``action`` to the end of the viewport's next paint."""
        count = len(painted)
        start = time.perf_counter()
        action()
        while len(painted) == count:
            app.processEvents()
            if time.perf_counter() - start > 5:
                raise SystemExit("the viewport did not paint within 5 s")
        return (time.perf_counter() - start) * 1000

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
    settle()
    steps = [until_painted(lambda k=k: wheel(120 if k % 2 else -120)) for k in range(args.repeat)]
    settle()
    bar = view.horizontalScrollBar()
    pans = [until_painted(lambda k=k: bar.setValue(bar.value() + (-40 if k % 2 else 40))) for k in range(args.repeat)]
    settle()

    def plain() -> float:
        """The same province polygons, plain QPainter calls, the view's transform, into a QImage."""
        image = QImage(viewport.size(), QImage.Format.Format_ARGB32_Premultiplied)
        start = time.perf_counter()
        image.fill(SEA)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(view.viewportTransform())
        for item in scene.province_items.values():
            painter.setPen(item.pen())
            painter.setBrush(item.brush())
            painter.drawPath(item.path())
        painter.end()
        return (time.perf_counter() - start) * 1000

    baseline = statistics.median(plain() for _ in range(args.repeat))
    step = statistics.median(steps)
    pan = statistics.median(pans)
    size = f"{viewport.width()}×{viewport.height()}"
    print(f"map view 1366×768 (viewport {size}), {len(points)} communes, {len(markers)} sites, "
          f"zoom ×{view.transform().m11() / fitted:.1f} of the country's fit; medians of {args.repeat}")
    print(f"baseline: {len(scene.province_items)} province polygons, plain QPainter.drawPath "
          f"into a {size} QImage at the view's transform: {baseline:.1f} ms")
    print(f"wheel step after a zoom, to painted: {step:.1f} ms ({step / baseline:.2f}× the baseline; "
          f"max {max(steps):.1f} ms)")
    print(f"pan by 40 px, to painted: {pan:.1f} ms ({pan / baseline:.2f}× the baseline)")
    print(f"first paint after show and fit: {first:.1f} ms ({first / baseline:.2f}× the baseline)")
    view.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
