"""The Map's and the Selector's dialogs and menus speak Vietnamese: no English button or label."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ..test_vietnamese_everywhere import english_in, texts_of, vietnamese_qt, walk_modal  # noqa: F401


def test_map_export_print_and_menus_are_vietnamese(qtbot, campaign_window, vietnamese_qt) -> None:  # noqa: F811
    window = campaign_window
    window.show_workspace("map")
    map_ws = window.workspace("map")
    qtbot.waitUntil(lambda: not map_ws.scoring, timeout=30_000)
    seen: list[str] = []
    walk_modal(qtbot, lambda: map_ws.export_png(), seen)
    assert english_in(seen) == [], seen
    printed: list[str] = []
    walk_modal(qtbot, map_ws.print_map, printed)
    assert "In bản đồ" in printed and english_in(printed) == [], printed
    menu = map_ws.point_menu("24616")
    assert english_in([a.text() for a in menu.actions()]) == []
    menu.deleteLater()
    selector = window.workspace("selector")
    window.show_workspace("selector")
    texts = texts_of(selector) + [a.text() for a in selector.actions()]
    assert english_in(texts) == [], texts
    assert QApplication.activeModalWidget() is None
