"""Country map repaint speed, offscreen: a full repaint of the whole country with all 3,321 commune
points and 30 site markers, next to the same view of an empty scene, in the same run. The points
item keeps a device-coordinate cache, so the first paint at a zoom level is reported apart.

    QT_QPA_PLATFORM=offscreen python benchmarks/map_paint.py [--size 1200x900] [--repeat 30]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1200x900")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    width, height = (int(x) for x in args.size.split("x"))
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

    from festival_planner.gui.mapview.scene import MapPoint, MapScene, MapSite, MapView
    from festival_planner.store.gazetteer import read_source

    app = QApplication.instance() or QApplication([])
    _, communes = read_source()
    scene = MapScene()
    start = time.perf_counter()
    scene.set_points([MapPoint(c["code"], c["latitude"], c["longitude"], (c["area_km2"] or 0.0) ** 0.5, c["name"])
                      for c in communes])
    scene.set_sites([MapSite(c["code"], c["short_name"], c["latitude"], c["longitude"]) for c in communes[::111]])
    print(f"building points and sites: {(time.perf_counter() - start) * 1000:.0f} ms ({len(communes)} points)")

    def median_ms(view: QGraphicsView) -> tuple[float, float]:
        """(first paint, median of the following ones) in ms: the first fills the points' cache."""
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        times = []
        for _ in range(args.repeat):
            painter = QPainter(image)
            t = time.perf_counter()
            view.render(painter)
            painter.end()
            times.append(time.perf_counter() - t)
        return times[0] * 1000, statistics.median(times[1:]) * 1000

    full = MapView(scene)
    full.resize(width, height)
    full.fit_country()
    empty_scene = QGraphicsScene()
    empty_scene.setSceneRect(scene.sceneRect())
    empty = QGraphicsView(empty_scene)
    empty.setRenderHint(QPainter.RenderHint.Antialiasing)
    empty.resize(width, height)
    empty.fitInView(scene.country_rect)
    first, steady = median_ms(full)
    _, baseline = median_ms(empty)
    print(f"full repaint {width}x{height}, all points: median {steady:.1f} ms (first paint, filling the "
          f"points' cache: {first:.1f} ms); empty scene: median {baseline:.1f} ms")
    full.scale(4, 4)
    first, steady = median_ms(full)
    print(f"zoomed ×4: median {steady:.1f} ms (first paint at the new zoom: {first:.1f} ms)")
    del full, empty, scene, empty_scene
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
