"""The country map scene: provinces, archipelago labels, points with tooltips, sites, PNG render."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage

from festival_planner.gui.mapview.scene import (
    MapPoint,
    MapScene,
    MapSite,
    project,
    render_png,
    tooltip_text,
)
from festival_planner.gui.mapview.view import MapView


def _scene() -> MapScene:
    scene = MapScene()
    breakdown = [("region", 1.0, 1.0, 3.0, 3.0), ("seat_distance", 75.0, 0.5, 1.5, 0.75)]
    scene.set_points([
        MapPoint("03127", 21.41, 103.07, 2.0, tooltip_text("Phường Điện Biên Phủ", "Điện Biên", "Tây Bắc", 2.0, [])),
        MapPoint("24133", 12.71, 108.03, 7.5, tooltip_text("Xã Ea Súp", "Đắk Lắk", "Tây Nguyên", 3.75, breakdown)),
        MapPoint("32002", 9.22, 105.18, 5.0, "Cà Mau"),
    ])
    scene.set_sites([MapSite("24133", "Ea Súp", 12.71, 108.03)])
    return scene


def test_scene_has_provinces_archipelagos_points_sites_and_legend(qtbot) -> None:
    scene = _scene()
    assert len(scene.province_items) == 34
    assert {"01", "48", "56", "79"} <= set(scene.province_labels)
    texts = [item.text() for item in scene.archipelago_labels]
    assert any("Hoàng Sa" in t and "Việt Nam" in t for t in texts)
    assert any("Trường Sa" in t and "Việt Nam" in t for t in texts)
    assert len(scene.old_province_items) == 63 and not scene.old_province_items[0].isVisible()
    scene.set_old_provinces_visible(True)
    assert scene.old_province_items[0].isVisible()
    assert scene.points_item is not None and sum(len(p) for p in scene.points_item.bins.polygons) == 3
    assert len(scene.site_items) == 2 and scene.site_items[0].toolTip() == "Ea Súp"
    assert scene.legend_items
    scene.set_choropleth({"66": 1.0})
    assert scene.province_items["66"].brush().color() != scene.province_items["01"].brush().color()


def test_hover_finds_the_point_with_its_breakdown(qtbot) -> None:
    scene = _scene()
    assert scene.points_item is not None
    point = scene.points_item.nearest(project(108.03, 12.71) + QPointF(1.0, 1.0), 5.0)
    assert point is not None and point.code == "24133"
    assert "Xã Ea Súp — Đắk Lắk" in point.tooltip and "Tây Nguyên" in point.tooltip
    assert "+3,00" in point.tooltip and "+0,75" in point.tooltip  # Vietnamese decimal comma
    assert scene.points_item.nearest(project(100.0, 20.0), 5.0) is None


def test_view_fits_and_zooms(qtbot) -> None:
    scene = _scene()
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(600, 800)
    view.fit_country()
    fitted = view.transform().m11()
    assert fitted > 0
    view.scale(2, 2)
    assert view.transform().m11() == 2 * fitted


def test_render_to_png(qtbot, tmp_path: Path) -> None:
    path = render_png(_scene(), tmp_path / "map.png", width=500)
    image = QImage(str(path))
    assert image.width() == 500 and image.height() > 500
    colours = {image.pixelColor(x, y).name() for x in range(0, 500, 25) for y in range(0, image.height(), 25)}
    assert len(colours) > 3 and QColor("#dbe9f6").name() in colours


def test_click_on_a_point_names_the_commune_and_a_marker_names_the_site(qtbot) -> None:
    from PySide6.QtCore import Qt

    scene = _scene()
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(600, 800)
    view.show()
    view.fit_country()
    target = view.mapFromScene(project(105.18, 9.22))
    with qtbot.waitSignal(scene.pointClicked) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert blocker.args == ["32002", False]
    marker = view.mapFromScene(project(108.03, 12.71))
    with qtbot.waitSignal(scene.siteClicked) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=marker)
    assert blocker.args == ["24133"]
    assert scene.site_marker("24133") is not None and scene.site_marker("32002") is None


def test_tooltip_arithmetic_holds_for_a_penalty() -> None:
    from festival_planner.gui.mapview.scene import tooltip_text

    text = tooltip_text("Xã A", "Lai Châu", "Tây Bắc", 1.5,
                        [("past_host", 0.0, 0.0, 2.0, -0.0), ("border", 12.0, 0.75, 2.0, 1.5)])
    assert "0,0 → 0,00 × -2,00 = 0,00" in text
    assert "12,0 → 0,75 × 2,00 = +1,50" in text and "Điểm: 1,50" in text


def test_labels_do_not_collide_at_1600_px_and_name_the_sea_neighbours_and_archipelagos(qtbot, tmp_path) -> None:
    import itertools

    from PySide6.QtGui import QTransform

    from festival_planner.geo import basemap
    from festival_planner.store.gazetteer import read_source

    scene = _scene()
    # A crowded map: a site at every provincial seat and at every special zone, all labelled.
    _, communes = read_source()
    zones = [c for c in communes if c["name"].startswith("Đặc khu")]
    names = {a.code: a.name for a in basemap.provinces()}
    sites = [MapSite(code, names[code], seat.latitude, seat.longitude) for code, seat in basemap.seats().items()]
    sites += [MapSite(z["code"], z["short_name"], z["latitude"], z["longitude"]) for z in zones]
    scene.set_sites(sites)
    out = render_png(scene, tmp_path / "map.png", 1600)
    image = QImage(str(out))
    assert image.width() == 1600
    source = scene.country_rect.adjusted(-20, -20, 20, 20)
    scale = 1600 / source.width()
    to_image = QTransform().scale(scale, scale).translate(-source.left(), -source.top())
    shown = scene.visible_labels()
    rects = [(item.text(), item.deviceTransform(to_image).mapRect(item.boundingRect())) for item in shown]
    rects += [("legend", box.deviceTransform(to_image).mapRect(box.boundingRect())) for box in scene.legend_items]
    rects += [(f"marker {item.data(0)}", item.deviceTransform(to_image).mapRect(item.boundingRect()))
              for item in scene.site_items if not isinstance(item, type(shown[0]))]
    clashes = [(a, b) for (a, ra), (b, rb) in itertools.combinations(rects, 2)
               if ra.intersects(rb) and not (a.startswith("marker") and b.startswith("marker"))]
    assert clashes == []
    texts = [item.text() for item in shown]
    assert "Biển Đông" in texts
    assert {"Trung Quốc", "Lào", "Campuchia", "Thái Lan"} <= set(texts)
    assert "QĐ. Hoàng Sa (TP. Đà Nẵng)\n(Việt Nam)" in texts
    assert "QĐ. Trường Sa (tỉnh Khánh Hòa)\n(Việt Nam)" in texts
    # Nothing is dropped wholesale to avoid a clash: most sites and provinces keep their names.
    site_labels = [t for t in texts if t in {s.label for s in sites}]
    assert len(site_labels) >= 0.8 * len(sites)
    assert sum(1 for item in scene.province_labels.values() if item.isVisible()) >= 20
    # Every shown label lies inside the picture.
    assert all(image.rect().contains(rect.toAlignedRect()) for _, rect in rects)


def test_the_view_lays_out_labels_again_after_a_zoom_and_new_sites(qtbot) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent

    scene = _scene()
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(500, 600)
    view.show()
    view.fit_country()
    small = sum(1 for item in scene.province_labels.values() if item.isVisible())
    assert small < 34  # at 500 px the provinces' names cannot all fit without overlapping
    for _ in range(6):  # zoom in about the centre
        centre = QPointF(view.viewport().rect().center())
        view.wheelEvent(QWheelEvent(centre, view.mapToGlobal(centre.toPoint()), QPoint(), QPoint(0, 120),
                                    Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                                    Qt.ScrollPhase.NoScrollPhase, False))
    # A wheel step only rescales: the labels are laid out again once the zoom has settled.
    assert view.zooming and sum(1 for item in scene.province_labels.values() if item.isVisible()) == small
    with qtbot.waitSignal(view.settled, timeout=5000):
        pass
    assert not view.zooming
    assert sum(1 for item in scene.province_labels.values() if item.isVisible()) > small
    scene.set_sites([MapSite("24133", "Ea Súp", 12.71, 108.03), MapSite("24134", "Ea Súp 2", 12.71, 108.03)])
    first, second = [item for item in scene.site_items if isinstance(item, type(scene.province_labels["01"]))]
    # Two sites at one place: the second label moves aside (or hides) instead of covering the first.
    assert first.isVisible()
    assert not second.isVisible() or first.transform() != second.transform()


def test_islands_are_filled_with_their_provinces_colour(qtbot) -> None:
    from PySide6.QtGui import QPainter

    scene = MapScene()
    # Hồ Chí Minh City and Hải Phòng in the darkest fill, their former holders in the lightest.
    scene.set_choropleth({"79": 4.0, "31": 4.0, "92": 0.0, "22": 0.0}, "")
    dark, light = scene.province_items["79"].brush().color(), scene.province_items["92"].brush().color()
    assert dark != light and scene.province_items["22"].brush().color() == light
    source = scene.country_rect
    width = 4000
    image = QImage(width, round(width * source.height() / source.width()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), source)
    painter.end()
    scale = width / source.width()
    for lon, lat in ((106.6, 8.7), (107.03, 20.78)):  # Côn Đảo, Cát Bà
        at = (project(lon, lat) - source.topLeft()) * scale
        assert image.pixelColor(round(at.x()), round(at.y())) == dark, (lon, lat)
