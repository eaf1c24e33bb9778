"""What a first-time user tripped on (issue 6): start page, feedback, labels, limits, statuses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from festival_planner import __version__
from festival_planner.domain.enums import SiteStatus
from festival_planner.gui.campaign_bar import suggested_year
from festival_planner.gui.main_window import MainWindow
from festival_planner.services import campaigns, sites

from .sites.helpers import QUANG_SON, add_site, pick_commune


def test_a_new_database_opens_on_the_start_page(qtbot, window: MainWindow, monkeypatch) -> None:
    assert window.stack.currentWidget() is window.start_page
    assert not window.nav.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # a greyed-out workspace
    assert window.stack.currentWidget() is window.start_page
    assert not any(action.isEnabled() for action in window.workspace_actions.values())
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (2026, True))
    window.start_page.demo_button.click()
    assert window.campaign is not None and window.campaign.year == 2026
    assert window.stack.currentWidget() is window.workspace("sites")
    assert all(action.isEnabled() for action in window.workspace_actions.values())
    assert window.workspace("sites").view.proxy.rowCount() == 28
    assert "28 điểm" in window.statusBar().currentMessage()  # the demo creation says what it did


def test_new_year_proposes_the_next_festival_year() -> None:
    assert suggested_year([], dt.date(2026, 8, 19)) == 2026
    assert suggested_year([], dt.date(2026, 8, 20)) == 2027
    assert suggested_year([2026, 2027], dt.date(2026, 3, 1)) == 2028


def test_status_messages_are_visible_beside_the_path(window: MainWindow) -> None:
    path = window.files.backup()
    assert path is not None
    assert str(path) in window.statusBar().currentMessage()
    assert window.path_label.maximumWidth() <= 420  # the file path no longer takes the whole bar
    assert window.path_label.toolTip() == str(window.database.path)


def test_the_first_window_fits_the_screen(window: MainWindow) -> None:
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()


def test_undo_and_redo_keep_fixed_toolbar_labels(qtbot, campaign_window: MainWindow) -> None:
    window = campaign_window
    add_site(qtbot, window, "quang son", QUANG_SON, dt.date(2026, 8, 5))
    button = window.toolbar.widgetForAction(window.undo_action)
    assert button.text() == "Hoàn tác"
    assert "Thêm điểm Xã Quảng Sơn" in window.undo_action.toolTip()
    assert "Thêm điểm Xã Quảng Sơn" in window.undo_action.text()  # the Edit menu names the command


def test_about_names_version_data_folder_and_licences(window: MainWindow) -> None:
    text = window.files.about_text()
    for expected in (__version__, "MIT", "SIL Open Font License", "vietnamadminunits", "LGPL"):
        assert expected in text
    box = window.files.show_about()
    assert [b.text() for b in box.buttons()] == ["Đóng"]
    box.close()


def test_going_over_the_target_is_a_visible_warning(qtbot, campaign_window: MainWindow) -> None:
    window = campaign_window
    with window.database.transaction() as session:
        campaigns.update_campaign(session, window.campaign.id, window.campaign.version, target_min=1, target_max=1)
        for code, day in ((QUANG_SON, 5), ("03151", 6)):
            sites.add_site(session, window.campaign.id, code, dt.date(2026, 8, day))
    window.campaigns.reload(2026)
    assert window.count_label.text() == "2 điểm — mục tiêu 1–1 — vượt mục tiêu 1 điểm"
    assert "#b00020" in window.count_label.styleSheet()


def test_held_is_offered_where_the_rules_allow_it(qtbot, campaign_window: MainWindow) -> None:
    window = campaign_window
    dialog = window.workspace("sites").open_add_dialog()
    statuses = [dialog.status_combo.itemData(i) for i in range(dialog.status_combo.count())]
    assert SiteStatus.HELD in statuses
    dialog.reject()
    with window.database.transaction() as session:
        row = sites.add_site(session, window.campaign.id, QUANG_SON, dt.date(2026, 8, 5), venue="Nhà văn hóa",
                             status=SiteStatus.CONFIRMED)
    window.workspace("sites").refresh()
    edit = window.workspace("sites").open_edit_dialog(row)
    statuses = [edit.status_combo.itemData(i) for i in range(edit.status_combo.count())]
    assert SiteStatus.HELD in statuses
    edit.reject()


def test_the_picker_marks_communes_that_already_have_a_site(qtbot, campaign_window: MainWindow) -> None:
    window = campaign_window
    add_site(qtbot, window, "quang son", QUANG_SON, dt.date(2026, 8, 5))
    dialog = window.workspace("sites").open_add_dialog()
    pick_commune(qtbot, dialog, "quang son", QUANG_SON)
    captions = [dialog.results_model.item(i).text() for i in range(dialog.results_model.rowCount())]
    marked = [c for c in captions if c.startswith("[Đã là điểm năm nay] ")]
    assert len(marked) == 1 and marked[0].startswith("[Đã là điểm năm nay] Xã Quảng Sơn, Lâm Đồng")
    assert dialog.error_label.isVisible() and "đã là điểm tổ chức năm 2026" in dialog.error_label.text()
    dialog.reject()


def test_every_toolbar_action_has_an_svg_icon(window: MainWindow) -> None:
    from PySide6.QtWidgets import QToolBar, QWidgetAction

    checked = 0
    for toolbar in window.findChildren(QToolBar):
        for action in toolbar.actions():
            if action.isSeparator() or isinstance(action, QWidgetAction):
                continue  # the year selector and its label are widgets, not buttons
            assert not action.icon().isNull(), action.text()
            checked += 1
    assert checked >= 7  # add, edit, delete, undo, redo, year plan, new year


def test_new_database_never_opens_an_existing_file(qtbot, window: MainWindow, tmp_path, monkeypatch) -> None:
    from festival_planner.gui import dialogs

    warned: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text, *a: warned.append(text))
    monkeypatch.setattr(dialogs, "save_file_name", lambda *a, **k: str(window.database.path))
    window.files.new_database()
    assert warned and "đã có" in warned[0]
    assert window.campaign is None  # still the same, untouched database
    fresh = tmp_path / "ke-hoach-2027.sqlite"
    monkeypatch.setattr(dialogs, "save_file_name", lambda *a, **k: str(fresh))
    window.files.new_database()
    assert window.database.path == fresh and fresh.exists()
    assert "Đã tạo cơ sở dữ liệu mới" in window.statusBar().currentMessage()
    window.database.close()


def test_empty_tables_say_how_to_fill_them(qtbot, campaign_window: MainWindow) -> None:
    window = campaign_window
    window.show_workspace("sites")
    hint = window.workspace("sites").empty_hint
    assert hint.isVisible() and "Chọn điểm" in hint.text() and "Thêm điểm (Ctrl+N)" in hint.text()
    assert "2026" in hint.text()
    add_site(qtbot, window, "quang son", QUANG_SON, dt.date(2026, 8, 5))
    assert not hint.isVisible()
    window.workspace("sites").view.filter_edit.setText("không có xã nào tên thế này")
    assert window.workspace("sites").view.proxy.rowCount() == 0
    assert not hint.isVisible()  # a filter that hides every row is not an empty plan

    window.show_workspace("leaders")
    leaders_hint = window.workspace("leaders").empty_hint
    assert leaders_hint.isVisible() and "Nhập danh sách" in leaders_hint.text()
