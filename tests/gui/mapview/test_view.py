"""The map view's wheel zoom: about the mouse, quick square dots while it zooms and the round cached
ones once it settles, labels laid out then without overlapping, clicks still on the right commune."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsItem

from festival_planner.gui.mapview.points import RAMP
from festival_planner.gui.mapview.scene import MapPoint, MapScene, MapSite, project
from festival_planner.gui.mapview.view import MapView

POINTS = [MapPoint("03127", 21.41, 103.07, 2.0, "Điện Biên Phủ"), MapPoint("24133", 12.71, 108.03, 7.5, "Ea Súp"),
          MapPoint("32002", 9.22, 105.18, 5.0, "Cà Mau"), MapPoint("01001", 21.03, 105.85, 3.0, "Hà Nội")]


def _view(qtbot) -> tuple[MapScene, MapView]:  # type: ignore[no-untyped-def]
    scene = MapScene()
    scene.set_points(POINTS)
    scene.set_sites([MapSite("24133", "Ea Súp", 12.71, 108.03), MapSite("01001", "Hà Nội", 21.03, 105.85)])
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    view.fit_country()
    return scene, view


def _wheel(view: MapView, at: QPointF, delta: int = 120) -> None:
    event = QWheelEvent(at, view.mapToGlobal(at.toPoint()), QPoint(), QPoint(0, delta), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)


def _grab(view: MapView) -> QImage:
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    view.render(painter, source=view.viewport().rect())
    painter.end()
    return image


def test_a_wheel_step_zooms_about_the_mouse_and_lays_out_labels_once_it_settles(qtbot) -> None:
    scene, view = _view(qtbot)
    fitted = view.transform().m11()
    _wheel(view, QPointF(view.viewport().rect().center()))
    QApplication.processEvents()  # the scroll bars appear (the settling timer is longer)
    at = QPointF(view.viewport().rect().center() + QPoint(60, 40))
    target = view.mapToScene(at.toPoint())
    for _ in range(4):
        _wheel(view, at)
    assert view.transform().m11() > 2 * fitted
    assert (QPointF(view.mapFromScene(target)) - at).manhattanLength() <= 2  # the place stays under the mouse
    assert view.zooming and scene.points_item is not None and scene.points_item.quick
    with qtbot.waitSignal(view.settled, timeout=5000):
        pass
    assert not view.zooming and not scene.points_item.quick
    assert scene._label_scale == view.transform().m11()  # laid out for the zoom reached
    # Laid out for this zoom: no two labels shown (nor a label and the legend or a marker) overlap on screen.
    rects = [(item, item.deviceTransform(view.viewportTransform()).mapRect(item.boundingRect()))
             for item in [*scene.visible_labels(), *scene.legend_items,
                          *(i for i in scene.site_items if i.data(0) is not None)]]
    assert len(rects) > 10
    clashes = [(a, b) for (a, ra), (b, rb) in itertools.combinations(rects, 2) if ra.intersects(rb)]
    assert clashes == []


def test_quick_dots_while_zooming_are_the_same_points_and_the_round_cached_ones_come_back(qtbot) -> None:
    scene, view = _view(qtbot)
    scene.set_sites([])  # nothing over the dots: no markers, and no commune where a province is named
    scene.set_points([p for p in POINTS if p.code != "01001"])
    assert scene.points_item is not None
    tiles = scene.points_item.childItems()
    assert tiles and all(t.cacheMode() == QGraphicsItem.CacheMode.DeviceCoordinateCache for t in tiles)
    _wheel(view, QPointF(view.viewport().rect().center()))
    QApplication.processEvents()  # the scroll bars' layout (the settling timer is longer)
    assert view.zooming and all(t.cacheMode() == QGraphicsItem.CacheMode.NoCache for t in tiles)
    quick = _grab(view)
    with qtbot.waitSignal(view.settled, timeout=5000):
        pass
    assert all(t.cacheMode() == QGraphicsItem.CacheMode.DeviceCoordinateCache for t in tiles)
    settled = _grab(view)
    # Each commune's dot is at the same pixel in its score's colour both ways (square while zooming,
    # round at rest).
    bins, shown = scene.points_item.bins, 0
    for k, polygon in enumerate(bins.polygons):
        for i in range(len(polygon)):
            at = view.mapFromScene(polygon.at(i))
            if view.viewport().rect().contains(at):
                assert quick.pixelColor(at) == QColor(RAMP[k]) == settled.pixelColor(at)
                shown += 1
    assert shown >= 3


def test_clicks_hit_the_right_commune_and_site_after_a_wheel_zoom(qtbot) -> None:
    scene, view = _view(qtbot)
    camau = project(105.18, 9.22)
    for _ in range(4):
        _wheel(view, QPointF(view.mapFromScene(camau)))
    for settle in (False, True):  # while the zoom settles, and after
        if settle:
            with qtbot.waitSignal(view.settled, timeout=5000):
                pass
        with qtbot.waitSignal(scene.pointClicked) as blocker:
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(camau))
        assert blocker.args == ["32002", False]
    view.fit_country()
    for _ in range(3):
        _wheel(view, QPointF(view.mapFromScene(project(108.03, 12.71))))
    with qtbot.waitSignal(scene.siteClicked) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(project(108.03, 12.71)))
    assert blocker.args == ["24133"]


def test_zoom_stays_within_its_limits(qtbot) -> None:
    _scene, view = _view(qtbot)
    for _ in range(80):
        _wheel(view, QPointF(view.viewport().rect().center()), -120)
    assert view.transform().m11() > MapView.MIN_SCALE
    for _ in range(120):
        _wheel(view, QPointF(view.viewport().rect().center()))
    assert MapView.MIN_SCALE < view.transform().m11() < MapView.MAX_SCALE


def _country_in_view(view: MapView) -> bool:
    scene = view.map_scene()
    assert scene is not None
    shown = view.mapFromScene(scene.country_rect).boundingRect()
    return view.viewport().rect().adjusted(-2, -2, 2, 2).contains(shown)


def test_a_fitted_map_stays_fitted_when_its_view_is_resized_until_the_user_zooms(qtbot) -> None:
    """The Selector's and the Map's view is fitted to the country, then the splitter or the window resizes
    it: the whole country stays in view (it was cut at the west edge). Once the user has zoomed, a resize
    keeps the user's zoom."""
    scene, view = _view(qtbot)
    assert view.fitted and _country_in_view(view)
    view.resize(380, 690)
    QApplication.processEvents()
    assert view.fitted and _country_in_view(view), "the country was cut after a resize"
    view.resize(900, 500)
    QApplication.processEvents()
    assert _country_in_view(view)
    _wheel(view, QPointF(view.viewport().rect().center()), delta=360)
    zoomed = view.transform().m11()
    assert not view.fitted
    view.resize(600, 600)
    QApplication.processEvents()
    assert view.transform().m11() == zoomed
