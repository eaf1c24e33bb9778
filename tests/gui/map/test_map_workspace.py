"""The Map workspace in the main window: the campaign's sites as markers and every commune as a point;
a site selected in Sites is highlighted here and a click on a marker selects it in Sites; the commune
menu locks, excludes or adds a site (undoable); PNG export; choropleth and old-province layers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from festival_planner.gui.main_window import MainWindow
from festival_planner.gui.mapview.data import HIGHLIGHT_COLOUR
from festival_planner.services import campaigns, selection, sites


def db_sites(database) -> list[sites.SiteRow]:
    with database.transaction() as session:
        return sites.list_sites(session, campaigns.get_campaign(session, 2026).id)


def marker_colour(workspace, code: str) -> str:
    marker = workspace.scene.site_marker(code)
    assert marker is not None
    return marker.brush().color().name()


def test_sites_and_points_and_selection_both_ways(qtbot, campaign_window: MainWindow, database) -> None:
    window = campaign_window
    with database.transaction() as session:
        campaign = campaigns.get_campaign(session, 2026)
        codes = ["24616", "03127"]
        selection.accept(session, campaign.id, codes)
    window.workspace("sites").refresh()
    window.show_workspace("map")
    map_ws = window.workspace("map")
    qtbot.waitUntil(lambda: map_ws.scene.points_item is not None and len(map_ws.rows) == 2, timeout=30_000)
    assert sum(len(p) for p in map_ws.scene.points_item.bins.polygons) == 3321
    assert {map_ws.scene.site_marker(c) is not None for c in codes} == {True}

    # selected in Sites → highlighted on the map
    rows = db_sites(database)
    quang_son = next(r for r in rows if r.commune.code == "24616")
    window.workspace("sites").view.select_site(quang_son.id)
    assert map_ws.highlighted == quang_son.id and marker_colour(map_ws, "24616") == HIGHLIGHT_COLOUR.lower()
    assert marker_colour(map_ws, "03127") != HIGHLIGHT_COLOUR.lower()

    # a click on a marker selects the site everywhere
    map_ws.view.resize(800, 1000)
    map_ws.view.fit_country()
    other = next(r for r in rows if r.commune.code == "03127")
    target = map_ws.view.mapFromScene(map_ws.scene.site_marker("03127").pos())
    qtbot.mouseClick(map_ws.view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert window.workspace("sites").view.selected_row().id == other.id
    assert marker_colour(map_ws, "03127") == HIGHLIGHT_COLOUR.lower()


def test_commune_menu_locks_excludes_and_adds_a_site(qtbot, campaign_window: MainWindow, database,
                                                     tmp_path: Path) -> None:
    window = campaign_window
    window.show_workspace("map")
    map_ws = window.workspace("map")
    qtbot.waitUntil(lambda: map_ws.scene.points_item is not None, timeout=30_000)
    menu = map_ws.point_menu("24616")
    labels = [a.text() for a in menu.actions() if a.text()]
    assert labels[0].startswith("Xã Quảng Sơn")
    next(a for a in menu.actions() if a.text() == "Giữ cố định trong bộ chọn điểm").trigger()
    with database.transaction() as session:
        assert selection.get_settings(session, campaigns.get_campaign(session, 2026).id)[0].locked == ("24616",)
    next(a for a in menu.actions() if a.text() == "Thêm làm điểm tổ chức").trigger()
    assert [r.commune.code for r in db_sites(database)] == ["24616"]
    assert map_ws.scene.site_marker("24616") is not None
    assert window.workspace("sites").view.model.rowCount() == 1
    window.undo_stack.undo()
    assert db_sites(database) == [] and map_ws.scene.site_marker("24616") is None
    menu.deleteLater()

    map_ws.by_province_action.trigger()
    assert map_ws.by_province_action.isChecked()
    map_ws.by_region_action.trigger()
    assert map_ws.by_region_action.isChecked() and not map_ws.by_province_action.isChecked()
    map_ws.old_provinces_action.trigger()
    assert map_ws.scene.old_province_items[0].isVisible()
    before = map_ws.view.transform().m11()
    map_ws.zoom_in_action.trigger()
    assert map_ws.view.transform().m11() > before
    png = map_ws.export_png(str(tmp_path / "map.png"))
    assert Path(png).read_bytes()[:4] == b"\x89PNG"


def test_a_site_selected_while_the_map_is_hidden_is_highlighted_when_shown(qtbot, campaign_window: MainWindow,
                                                                         database) -> None:
    window = campaign_window
    with database.transaction() as session:
        selection.accept(session, campaigns.get_campaign(session, 2026).id, ["24616", "03127"])
    window.show_workspace("sites")
    window.workspace("sites").refresh()
    row = next(r for r in db_sites(database) if r.commune.code == "03127")
    window.workspace("sites").view.select_site(row.id)
    map_ws = window.workspace("map")
    assert map_ws.scene.site_marker("03127") is None  # nothing computed while hidden
    window.show_workspace("map")
    qtbot.waitUntil(lambda: map_ws.scene.site_marker("03127") is not None, timeout=30_000)
    assert marker_colour(map_ws, "03127") == HIGHLIGHT_COLOUR.lower()


def test_the_map_paints_its_sites_at_once_and_scores_the_communes_in_the_background(
        qtbot, campaign_window: MainWindow, database) -> None:
    window = campaign_window
    with database.transaction() as session:
        selection.accept(session, campaigns.get_campaign(session, 2026).id, ["24616", "03127"])
    window.workspace("sites").refresh()
    map_ws = window.workspace("map")
    window.show_workspace("map")
    # the first paint: the country and the sites, while the 3,321 communes are scored off the GUI thread
    assert map_ws.scene.site_marker("24616") is not None and map_ws.scene.site_marker("03127") is not None
    assert map_ws.scoring and map_ws.scoring_label.isVisible() and map_ws.scene.points_item is None
    assert map_ws.view.mapToScene(map_ws.view.viewport().rect()).boundingRect().contains(map_ws.scene.country_rect)
    with qtbot.waitSignal(map_ws.scores_ready, timeout=60_000):
        pass
    assert not map_ws.scoring and not map_ws.scoring_label.isVisible()
    assert sum(len(p) for p in map_ws.scene.points_item.bins.polygons) == 3321


def test_a_result_for_another_year_is_dropped(qtbot, campaign_window: MainWindow, database) -> None:
    window = campaign_window
    map_ws = window.workspace("map")
    window.show_workspace("map")
    first = map_ws._scoring
    assert first is not None
    map_ws.reload()  # the year or the settings changed before the first scores came back
    assert map_ws._scoring is not first
    with qtbot.waitSignal(map_ws.scores_ready, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: first.done, timeout=60_000)
    assert map_ws.scored is not None and not map_ws.scoring


def test_the_choropleth_has_a_legend_on_screen_under_the_points(qtbot, campaign_window: MainWindow,
                                                                database) -> None:
    with database.transaction() as session:
        selection.accept(session, campaigns.get_campaign(session, 2026).id, ["24616", "03127", "03158"])
    window = campaign_window
    window.show_workspace("map")
    map_ws = window.workspace("map")
    qtbot.waitUntil(lambda: not map_ws.scoring and map_ws.scene.points_item is not None, timeout=30_000)
    map_ws.by_province_action.trigger()
    texts = map_ws.scene.legend_texts()
    assert texts[0] == "Điểm ưu tiên của xã" and "Số điểm tổ chức của tỉnh" in texts
    fill = texts[texts.index("Số điểm tổ chức của tỉnh") + 1:]
    assert fill == ["0", "1", "2"]  # Điện Biên has two sites, Lâm Đồng one, the other provinces none
    colours = {map_ws.scene.province_items[code].brush().color().name() for code in ("11", "68", "01")}
    assert len(colours) == 3
    points = map_ws.scene.points_item
    assert points is not None and points.zValue() > map_ws.scene.province_items["11"].zValue()
    box = map_ws.scene.legend_items[0]
    on_screen = map_ws.view.mapFromScene(box.scenePos())
    assert map_ws.view.viewport().rect().contains(on_screen)  # at country zoom the legend is in view
    map_ws.by_region_action.trigger()
    assert "Số điểm tổ chức của vùng (chia theo tỉnh)" in map_ws.scene.legend_texts()
    map_ws.by_region_action.trigger()  # off again: plain land, the fill's legend goes
    assert map_ws.scene.legend_texts() == map_ws.scene.legend_texts()[:9]
    assert "Số điểm tổ chức của vùng (chia theo tỉnh)" not in map_ws.scene.legend_texts()
