"""The sites workspace end to end through the real widgets: add, edit, undo/redo, delete, restart."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from festival_planner.app import workspace_classes
from festival_planner.domain.enums import SiteStatus
from festival_planner.gui import dialogs
from festival_planner.gui.main_window import MainWindow
from festival_planner.gui.sites.table_model import Column
from festival_planner.services import campaigns, sites
from festival_planner.store.database import open_database

from .helpers import QUANG_SON, accept, add_site, pick_commune, set_date


def db_sites(database, year: int = 2026) -> list[sites.SiteRow]:
    with database.transaction() as session:
        return sites.list_sites(session, campaigns.get_campaign(session, year).id)


def cell(window: MainWindow, row: int, column: Column) -> str:
    proxy = window.workspace("sites").view.proxy
    return proxy.index(row, column).data(Qt.ItemDataRole.DisplayRole)


def test_campaign_created_and_selected(campaign_window: MainWindow) -> None:
    assert campaign_window.campaigns.combo.currentText() == "2026"
    assert campaign_window.campaign.year == 2026
    assert campaign_window.count_label.text() == "0 điểm — mục tiêu 25–30"
    assert campaign_window.workspace("sites").add_action.isEnabled()


def test_picker_finds_quang_son_in_lam_dong(qtbot, campaign_window: MainWindow) -> None:
    dialog = campaign_window.workspace("sites").open_add_dialog()
    pick_commune(qtbot, dialog, "quang son", QUANG_SON)
    index = dialog.results_view.currentIndex()
    caption = index.data()
    assert caption.startswith("Xã Quảng Sơn, Lâm Đồng (cũ: ")
    assert caption.endswith(" — Tây Nguyên")
    assert "Đắk Nông" in caption
    dialog.reject()


def test_add_edit_undo_redo_delete(qtbot, campaign_window: MainWindow, database, monkeypatch) -> None:
    window = campaign_window
    add_site(qtbot, window, "quang son", QUANG_SON, dt.date(2026, 8, 5), "Nhà văn hóa bon Bu Dăr")
    assert window.workspace("sites").view.proxy.rowCount() == 1
    assert cell(window, 0, Column.COMMUNE) == "Xã Quảng Sơn"
    assert cell(window, 0, Column.PROVINCE) == "Lâm Đồng"
    assert cell(window, 0, Column.DATE) == "05/08/2026"
    assert cell(window, 0, Column.VENUE) == "Nhà văn hóa bon Bu Dăr"
    assert window.count_label.text() == "1 điểm — mục tiêu 25–30"
    (stored,) = db_sites(database)
    site_id = stored.id

    # Edit the venue through the edit dialog.
    window.workspace("sites").view.select_site(site_id)
    dialog = window.workspace("sites").open_edit_dialog()
    assert dialog is not None and dialog.search_edit is None
    dialog.venue_edit.setText("Sân vận động xã")
    accept(qtbot, dialog)
    assert cell(window, 0, Column.VENUE) == "Sân vận động xã"

    # Undo → the old venue is back, on screen and in the database.
    window.undo_action.trigger()
    assert cell(window, 0, Column.VENUE) == "Nhà văn hóa bon Bu Dăr"
    assert db_sites(database)[0].venue == "Nhà văn hóa bon Bu Dăr"
    window.redo_action.trigger()
    assert cell(window, 0, Column.VENUE) == "Sân vận động xã"
    assert db_sites(database)[0].venue == "Sân vận động xã"

    # Delete with the Delete key, confirming the question.
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, *a: asked.append(text) or True)
    window.workspace("sites").view.select_site(site_id)
    window.workspace("sites").view.table.setFocus()
    qtbot.keyClick(window.workspace("sites").view.table, Qt.Key.Key_Delete)
    assert asked and "Xã Quảng Sơn" in asked[0]
    assert window.workspace("sites").view.proxy.rowCount() == 0
    assert db_sites(database) == []

    # Undo → back with the same id and the edited venue.
    window.undo_action.trigger()
    (restored,) = db_sites(database)
    assert restored.id == site_id and restored.venue == "Sân vận động xã"
    assert window.workspace("sites").view.proxy.rowCount() == 1

    # Undo twice more: the edit, then the add.
    window.undo_action.trigger()
    assert db_sites(database)[0].venue == "Nhà văn hóa bon Bu Dăr"
    window.undo_action.trigger()
    assert db_sites(database) == []
    window.redo_action.trigger()
    assert [row.id for row in db_sites(database)] == [site_id]


def test_delete_cancelled_keeps_site(qtbot, campaign_window: MainWindow, database, monkeypatch) -> None:
    add_site(qtbot, campaign_window, "quang son", QUANG_SON, dt.date(2026, 8, 5))
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: False)
    campaign_window.workspace("sites").view.table.selectRow(0)
    assert campaign_window.workspace("sites").delete_site() is False
    assert len(db_sites(database)) == 1
    assert not campaign_window.undo_stack.canRedo()


def test_enter_opens_edit_dialog(qtbot, campaign_window: MainWindow) -> None:
    add_site(qtbot, campaign_window, "quang son", QUANG_SON, dt.date(2026, 8, 5))
    table = campaign_window.workspace("sites").view.table
    table.selectRow(0)
    with qtbot.waitSignal(campaign_window.workspace("sites").view.edit_requested) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args[0].commune.code == QUANG_SON
    (dialog,) = [d for d in campaign_window.findChildren(QDialog, "SiteDialog") if d.isVisible()]
    assert dialog.row is not None and dialog.search_edit is None  # the edit form
    dialog.reject()


def test_date_outside_window_is_refused_inline(qtbot, campaign_window: MainWindow, database) -> None:
    dialog = campaign_window.workspace("sites").open_add_dialog()
    assert dialog.date_edit.date().toPython() == dt.date(2026, 8, 19)  # festival day by default
    assert "01/07/2026 – 19/08/2026" in dialog.window_label.text()  # the allowed range beside the field
    pick_commune(qtbot, dialog, "quang son", QUANG_SON)
    set_date(dialog, dt.date(2026, 9, 2))
    assert dialog.date_edit.date().toPython() == dt.date(2026, 9, 2)  # typing is not silently refused
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "nằm ngoài đợt tổ chức năm 2026" in dialog.error_label.text()
    assert db_sites(database) == []
    set_date(dialog, dt.date(2026, 8, 2))  # fixing the field clears its error
    assert not dialog.error_label.isVisible()
    dialog.reject()


def test_validation_error_shown_inline_and_nothing_written(qtbot, campaign_window: MainWindow, database) -> None:
    dialog = campaign_window.workspace("sites").open_add_dialog()
    pick_commune(qtbot, dialog, "quang son", QUANG_SON)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(SiteStatus.CONFIRMED))
    dialog.venue_edit.setText("")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "Cần nhập địa điểm tổ chức tại Xã Quảng Sơn" in dialog.error_label.text()
    assert db_sites(database) == []
    assert campaign_window.undo_stack.count() == 0
    # Fix the times the wrong way round: another inline message.
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(SiteStatus.PROPOSED))
    dialog.start_edit.setTime(dialog.end_edit.time())
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert "phải sau giờ bắt đầu" in dialog.error_label.text()
    assert db_sites(database) == []
    dialog.reject()


def test_no_commune_picked(qtbot, campaign_window: MainWindow) -> None:
    dialog = campaign_window.workspace("sites").open_add_dialog()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "chọn một xã" in dialog.error_label.text()
    dialog.reject()


def test_duplicate_commune_shows_error(qtbot, campaign_window: MainWindow, database) -> None:
    add_site(qtbot, campaign_window, "quang son", QUANG_SON, dt.date(2026, 8, 5))
    dialog = campaign_window.workspace("sites").open_add_dialog()
    pick_commune(qtbot, dialog, "quang son", QUANG_SON)
    set_date(dialog, dt.date(2026, 8, 6))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "đã là điểm tổ chức năm 2026" in dialog.error_label.text()
    assert len(db_sites(database)) == 1
    assert campaign_window.undo_stack.count() == 1
    dialog.reject()


def test_site_survives_restart(qtbot, database, db_path, settings) -> None:
    first = MainWindow(database, settings, workspace_classes())
    qtbot.addWidget(first)
    first.show()
    first.campaigns.create_campaign(2026)
    add_site(qtbot, first, "quang son", QUANG_SON, dt.date(2026, 8, 5), "Nhà văn hóa")
    first.close()
    database.close()

    reopened = open_database(db_path)
    try:
        second = MainWindow(reopened, settings, workspace_classes())
        qtbot.addWidget(second)
        second.show()
        assert second.campaign is not None and second.campaign.year == 2026  # last year shown, from settings
        rows = second.workspace("sites").view.visible_rows()
        assert [(r.commune.code, r.venue) for r in rows] == [(QUANG_SON, "Nhà văn hóa")]
        second.close()
    finally:
        reopened.close()


def test_filter_as_you_type_ignores_diacritics(qtbot, campaign_window: MainWindow) -> None:
    window = campaign_window
    add_site(qtbot, window, "quang son", QUANG_SON, dt.date(2026, 8, 5))
    with window.database.transaction() as session:
        from festival_planner.services.communes import CommuneIndex

        dak_lak = next(info for info in CommuneIndex(session).filter("Đắk Lắk"))
    add_site(qtbot, window, dak_lak.code, dak_lak.code, dt.date(2026, 8, 7))
    assert window.workspace("sites").view.proxy.rowCount() == 2

    window.workspace("sites").view.focus_filter()
    qtbot.keyClicks(window.workspace("sites").view.filter_edit, "dak")
    rows = window.workspace("sites").view.visible_rows()
    # Quảng Sơn was in Đắk Nông before 2025, so "dak" keeps both; "dak lak" only the Đắk Lắk one.
    assert {r.commune.code for r in rows} == {QUANG_SON, dak_lak.code}
    qtbot.keyClicks(window.workspace("sites").view.filter_edit, " lak")
    assert [r.commune.code for r in window.workspace("sites").view.visible_rows()] == [dak_lak.code]
    assert window.workspace("sites").view.count_label.text() == "1 / 2 điểm"
    window.workspace("sites").view.filter_edit.clear()
    assert window.workspace("sites").view.proxy.rowCount() == 2


def test_ctrl_f_focuses_filter(qtbot, campaign_window: MainWindow) -> None:
    campaign_window.activateWindow()
    campaign_window.workspace("sites").view.table.setFocus()
    qtbot.keyClick(campaign_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: campaign_window.workspace("sites").view.filter_edit.hasFocus())


def test_demo_plan_from_the_help_menu(qtbot, window: MainWindow, database, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (2026, True))
    window.campaigns.demo_action.trigger()
    assert window.campaigns.combo.currentText() == "2026"
    assert window.workspace("sites").view.proxy.rowCount() == 28
    assert window.count_label.text() == "28 điểm — mục tiêu 25–30"
    assert len(db_sites(database)) == 28

    warnings: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text, *a: warnings.append(text))
    window.campaigns.demo_action.trigger()  # 2026 exists now: refused, nothing changes
    assert warnings and "Đã có kế hoạch năm 2026" in warnings[0]
    assert len(db_sites(database)) == 28


def test_the_window_works_with_the_network_unplugged(qtbot, campaign_window: MainWindow, database,
                                                     monkeypatch) -> None:
    import socket

    opened: list[tuple] = []

    def unplugged(*args, **kwargs):
        opened.append(args)
        raise OSError("network unplugged")

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            unplugged(*args)

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", unplugged)
    monkeypatch.setattr(socket, "getaddrinfo", unplugged)
    # An old address typed without diacritics, as on a keyboard with no Vietnamese input method.
    add_site(qtbot, campaign_window, "xa quang son, huyen dak glong, tinh dak nong", QUANG_SON,
             dt.date(2026, 8, 5), "Nhà văn hóa xã")
    campaign_window.undo_action.trigger()
    campaign_window.redo_action.trigger()
    assert [r.commune.code for r in db_sites(database)] == [QUANG_SON]
    assert opened == []


def test_a_pasted_old_address_finds_the_new_commune(qtbot, campaign_window: MainWindow) -> None:
    dialog = campaign_window.workspace("sites").open_add_dialog()
    dialog.search_edit.setText("Xã Quảng Sơn, huyện Đắk Glong, tỉnh Đắk Nông")  # pasted from a document
    qtbot.waitUntil(lambda: dialog.result_codes() == [QUANG_SON], timeout=3000)
    dialog.reject()


def test_a_new_database_says_how_to_begin(window: MainWindow) -> None:
    assert window.campaign is None and not window.workspace("sites").add_action.isEnabled()
    assert "Năm mới" in window.statusBar().currentMessage()


def test_year_plan_edit_is_validated_and_undoable(qtbot, window: MainWindow, database, monkeypatch) -> None:
    from PySide6.QtCore import QDate

    from festival_planner.services import demo

    with database.transaction() as session:
        demo.create_demo(session, 2026)
    window.campaigns.reload(2026)
    dialog = window.campaigns.open_campaign_dialog()
    dialog.start_edit.setDate(QDate(2026, 7, 20))  # two demo sites are earlier
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "09/07/2026" in dialog.error_label.text()
    dialog.start_edit.setDate(QDate(2026, 6, 15))
    dialog.min_spin.setValue(26)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert window.campaign.window_start == dt.date(2026, 6, 15)
    assert window.count_label.text() == "28 điểm — mục tiêu 26–30"
    window.undo_action.trigger()
    with database.session() as session:
        restored = campaigns.get_campaign(session, 2026)
    assert (restored.window_start, restored.target_min) == (dt.date(2026, 7, 1), 25)
    assert window.count_label.text() == "28 điểm — mục tiêu 25–30"
    window.redo_action.trigger()
    assert window.campaign.target_min == 26


def test_typed_diacritics_pick_the_right_commune_and_ties_preselect_nothing(qtbot, campaign_window) -> None:
    """Issue 6.1/6.2 in the picker: "Huế" pre-selects a commune of Huế; a split old ward selects nothing."""
    dialog = campaign_window.workspace("sites").open_add_dialog()
    index = campaign_window.context.commune_index()
    dialog.set_search_text("Huế")  # a province's name: its communes, none pre-selected
    qtbot.waitUntil(lambda: dialog.results_model.rowCount() > 0, timeout=3000)
    first = [index.get(code).province for code in dialog.result_codes()[:3]]
    assert first == ["Huế", "Huế", "Huế"]
    dialog.set_search_text("Xã Quảng Sơn, huyện Đắk Glong, tỉnh Đắk Nông")  # one commune fits: Enter adds it
    qtbot.waitUntil(lambda: dialog.selected_code() == QUANG_SON, timeout=3000)
    dialog.set_search_text("Xã Phú Hội, Huyện An Phú, Tỉnh An Giang")  # an old commune split in two
    qtbot.waitUntil(lambda: "khớp như nhau" in dialog.results_label.text(), timeout=3000)
    assert dialog.results_model.rowCount() >= 2
    assert dialog.selected_code() is None  # Enter must not add a guess
    dialog.reject()
