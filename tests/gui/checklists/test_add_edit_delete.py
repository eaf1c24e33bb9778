"""Adding, editing and deleting rows in the "Công việc" workspace through the real widgets: the key
(Insert, F2, Delete) or the toolbar action, the dialog filled and accepted, the database read back;
then Ctrl+Z and redo. Budget lines, commendations, gifts, programme items, checklist items, tasks."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from festival_planner.domain.enums import BudgetCategory, ChecklistStatus, FundingSource, GiftRecipientKind
from festival_planner.gui import dialogs
from festival_planner.gui.checklists.row_dialog import RowDialog
from festival_planner.services import budget, checklists, programme, sites
from festival_planner.store.database import open_database

from ..sites.helpers import QUANG_SON

pytestmark = pytest.mark.gui
DAY = dt.date(2026, 8, 10)


@pytest.fixture
def site(campaign_window):
    window = campaign_window
    with window.database.transaction() as session:
        row = sites.add_site(session, window.campaign.id, QUANG_SON, DAY, venue="Nhà văn hóa xã")
    window.show_workspace("checklists")
    window.workspace("checklists").show_site(row.id)
    return row


def opened_dialog(qtbot, window) -> RowDialog:
    found = [w for w in window.findChildren(RowDialog) if w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def ok(qtbot, dialog: RowDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()


def key(qtbot, widget, which: Qt.Key) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, which)


def click_row(qtbot, view, row: int) -> None:
    """A click on a row of a table (the user picks the table and the row)."""
    rect = view.table.visualRect(view.proxy.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def ctrl_z(qtbot, window) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def stored_lines(db_path, site_id):
    """The budget lines as the file holds them (a second connection reads it)."""
    other = open_database(db_path)
    try:
        with other.read() as session:
            return budget.list_budget_lines(session, site_id)
    finally:
        other.close()


def test_budget_line_add_edit_delete_and_undo(qtbot, campaign_window, site, db_path, monkeypatch) -> None:
    window = campaign_window
    workspace = window.workspace("checklists")
    workspace.tabs.setCurrentIndex(3)
    assert workspace.add_row_action.isEnabled() and not workspace.delete_row_action.isEnabled()

    # Insert in the budget table opens the dialog; a mistyped amount is refused in Vietnamese.
    key(qtbot, workspace.budget.table, Qt.Key.Key_Insert)
    dialog = opened_dialog(qtbot, window)
    assert dialog.windowTitle() == "Thêm khoản kinh phí"
    dialog.set_value("category", BudgetCategory.SOUND)
    dialog.set_value("description", "Thuê âm thanh")
    dialog.set_value("estimated_vnd", "12,5 triệu")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Số tiền không hợp lệ" in dialog.error_label.text()
    assert stored_lines(db_path, site.id) == []
    dialog.set_value("estimated_vnd", "12.500.000")
    dialog.set_value("funding_source", FundingSource.PROVINCIAL)
    ok(qtbot, dialog)
    [line] = stored_lines(db_path, site.id)
    assert (line.category, line.description, line.estimated_vnd, line.actual_vnd, line.funding_source) == (
        BudgetCategory.SOUND, "Thuê âm thanh", 12_500_000, None, FundingSource.PROVINCIAL)
    assert [r.id for r in workspace.budget.model.rows()] == [line.id]
    assert window.undo_stack.undoText() == "Thêm khoản kinh phí “Thuê âm thanh”"

    # F2 on the selected line edits it: the actual amount over the estimate shows the warning.
    assert workspace.budget.select_row(line.id)
    key(qtbot, workspace.budget.table, Qt.Key.Key_F2)
    dialog = opened_dialog(qtbot, window)
    assert dialog.windowTitle() == "Sửa khoản kinh phí"
    assert dialog.inputs["estimated_vnd"].text() == "12.500.000"
    dialog.set_value("actual_vnd", "13.000.000")
    ok(qtbot, dialog)
    [edited] = stored_lines(db_path, site.id)
    assert edited.id == line.id and edited.actual_vnd == 13_000_000
    assert "Vượt dự toán" in workspace.budget.caption.text()

    # Delete asks first; "Không xóa" keeps it, "Xóa" deletes it.
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, *a, **k: asked.append(text) or False)
    assert workspace.budget.select_row(line.id)
    key(qtbot, workspace.budget.table, Qt.Key.Key_Delete)
    assert asked and "Thuê âm thanh" in asked[0] and len(stored_lines(db_path, site.id)) == 1
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    key(qtbot, workspace.budget.table, Qt.Key.Key_Delete)
    assert stored_lines(db_path, site.id) == [] and workspace.budget.model.rows() == []

    # Ctrl+Z three times: the line comes back (same id), then the old actual, then no line; redo all.
    ctrl_z(qtbot, window)
    assert stored_lines(db_path, site.id)[0].values() == edited.values()
    assert stored_lines(db_path, site.id)[0].id == line.id
    ctrl_z(qtbot, window)
    assert stored_lines(db_path, site.id)[0].actual_vnd is None
    ctrl_z(qtbot, window)
    assert stored_lines(db_path, site.id) == []
    for _ in range(3):
        window.undo_stack.redo()
    assert stored_lines(db_path, site.id) == []
    window.undo_stack.undo()
    assert [r.id for r in stored_lines(db_path, site.id)] == [line.id]


def test_commendation_and_gift_through_the_context_menu(qtbot, campaign_window, site, monkeypatch) -> None:
    window = campaign_window
    workspace = window.workspace("checklists")
    workspace.tabs.setCurrentIndex(3)

    # The commendations table's right-click menu adds to that table; the required fields are checked.
    menu = workspace.context_menu(workspace.commendations)
    assert [a.text() for a in menu.actions()] == ["Thêm…", "Sửa…", "Xóa"]
    menu.actions()[0].trigger()
    dialog = opened_dialog(qtbot, window)
    assert dialog.windowTitle() == "Thêm khen thưởng"
    dialog.set_value("recipient", "Chi đoàn thôn 3")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert "Hãy nhập “Hình thức khen thưởng”." == dialog.error_label.text()
    dialog.set_value("award", "Giấy khen")
    dialog.set_value("decision_date", "30/02/2026")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert "Ngày không tồn tại" in dialog.error_label.text()
    dialog.set_value("decision_date", "01/08/2026")
    ok(qtbot, dialog)
    with window.database.read() as session:
        [commendation] = budget.list_commendations(session, site.id)
    assert (commendation.recipient, commendation.award, commendation.decision_date) == (
        "Chi đoàn thôn 3", "Giấy khen", dt.date(2026, 8, 1))
    assert [r.id for r in workspace.commendations.model.rows()] == [commendation.id]

    # A gift through the gifts table's menu, then a double click edits it.
    workspace.context_menu(workspace.gifts).actions()[0].trigger()
    dialog = opened_dialog(qtbot, window)
    dialog.set_value("recipient_kind", GiftRecipientKind.HOUSEHOLD)
    dialog.set_value("recipient", "Gia đình bà Lan")
    dialog.set_value("gift", "Sổ tiết kiệm")
    dialog.set_value("value_vnd", "2.000.000")
    ok(qtbot, dialog)
    with window.database.read() as session:
        [gift] = budget.list_gifts(session, site.id)
    assert (gift.recipient, gift.value_vnd) == ("Gia đình bà Lan", 2_000_000)
    assert workspace.gifts.select_row(gift.id)
    workspace.edit_row_action.trigger()
    dialog = opened_dialog(qtbot, window)
    dialog.set_value("value_vnd", "2.500.000")
    ok(qtbot, dialog)
    with window.database.read() as session:
        assert budget.list_gifts(session, site.id)[0].value_vnd == 2_500_000

    # Delete both (one step each), undo both: the same ids come back.
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    workspace.delete_row_action.trigger()  # the gifts table was used last
    click_row(qtbot, workspace.commendations, 0)
    workspace.delete_row_action.trigger()
    with window.database.read() as session:
        assert not budget.list_commendations(session, site.id) and not budget.list_gifts(session, site.id)
    window.undo_stack.undo()
    window.undo_stack.undo()
    with window.database.read() as session:
        assert [c.id for c in budget.list_commendations(session, site.id)] == [commendation.id]
        assert [(g.id, g.value_vnd) for g in budget.list_gifts(session, site.id)] == [(gift.id, 2_500_000)]


def test_programme_item_add_overlap_refused_delete_and_undo(qtbot, campaign_window, site, monkeypatch) -> None:
    window = campaign_window
    workspace = window.workspace("checklists")
    workspace.tabs.setCurrentIndex(2)
    workspace.create_programme()
    items = workspace.programme.model.rows()
    last = max(items, key=lambda r: r.start_time)

    key(qtbot, workspace.programme.table, Qt.Key.Key_Insert)
    dialog = opened_dialog(qtbot, window)
    assert dialog.inputs["start_time"].time().toString("HH:mm") == last.end_time.strftime("%H:%M")
    dialog.set_value("start_time", items[0].start_time)  # on top of the first item: refused
    dialog.set_value("title", "Giao lưu văn nghệ")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.text()
    with window.database.read() as session:
        assert len(programme.get_programme(session, site.id).items) == len(items)

    # Make room: shorten the last item, then add after it.
    dialog.reject()
    assert workspace.programme.select_row(last.id)
    key(qtbot, workspace.programme.table, Qt.Key.Key_F2)
    dialog = opened_dialog(qtbot, window)
    dialog.set_value("duration_min", last.duration_min - 15)
    ok(qtbot, dialog)
    key(qtbot, workspace.programme.table, Qt.Key.Key_Insert)
    dialog = opened_dialog(qtbot, window)
    dialog.set_value("title", "Giao lưu văn nghệ")
    dialog.set_value("duration_min", 15)
    ok(qtbot, dialog)
    with window.database.read() as session:
        shown = programme.get_programme(session, site.id).items
    added = [r for r in shown if r.title == "Giao lưu văn nghệ"]
    assert len(shown) == len(items) + 1 and added[0].start_time == shown[-2].end_time

    # Delete the first item; undo puts it back with its id and time; undo the add and the edit too.
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    assert workspace.programme.select_row(items[0].id)
    key(qtbot, workspace.programme.table, Qt.Key.Key_Delete)
    with window.database.read() as session:
        assert items[0].id not in {r.id for r in programme.get_programme(session, site.id).items}
    for _ in range(3):
        window.undo_stack.undo()
    with window.database.read() as session:
        back = programme.get_programme(session, site.id).items
    assert [(r.id, r.start_time, r.duration_min) for r in back] == [
        (r.id, r.start_time, r.duration_min) for r in items]


def test_checklist_item_and_task_add_edit_delete(qtbot, campaign_window, site, monkeypatch) -> None:
    window = campaign_window
    workspace = window.workspace("checklists")
    workspace.tabs.setCurrentIndex(0)
    key(qtbot, workspace.items.tree, Qt.Key.Key_Insert)
    dialog = opened_dialog(qtbot, window)
    assert dialog.windowTitle() == "Thêm công việc"
    dialog.set_value("title", "Mượn loa của trường")
    dialog.set_value("category", "Hậu cần")
    dialog.set_value("owner", "Đoàn xã")
    dialog.set_value("due_date", "01/08/2026")
    ok(qtbot, dialog)
    with window.database.read() as session:
        [item] = checklists.list_items(session, site.id)
    assert (item.title, item.category, item.owner, item.due_date) == (
        "Mượn loa của trường", "Hậu cần", "Đoàn xã", dt.date(2026, 8, 1))
    assert [r.id for r in workspace.items.selected_rows()] == [item.id]  # the new item is selected

    key(qtbot, workspace.items.tree, Qt.Key.Key_F2)
    dialog = opened_dialog(qtbot, window)
    assert dialog.inputs["due_date"].text() == "01/08/2026"
    dialog.set_value("status", ChecklistStatus.DONE)
    ok(qtbot, dialog)
    with window.database.read() as session:
        done = checklists.get_item(session, item.id)
    assert done.status is ChecklistStatus.DONE and done.completed_on == dt.date.today()

    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    key(qtbot, workspace.items.tree, Qt.Key.Key_Delete)
    with window.database.read() as session:
        assert checklists.list_items(session, site.id) == []
    window.undo_stack.undo()
    with window.database.read() as session:
        assert checklists.list_items(session, site.id)[0].values() == done.values()

    # The national workplan's tab adds a task of the year (no site).
    workspace.tabs.setCurrentIndex(1)
    workspace.add_row_action.trigger()
    dialog = opened_dialog(qtbot, window)
    assert dialog.windowTitle() == "Thêm công việc toàn quốc"
    dialog.set_value("title", "Gửi công văn hướng dẫn các tỉnh")
    dialog.set_value("owner", "Ban Tuyên giáo")
    ok(qtbot, dialog)
    with window.database.read() as session:
        [task] = checklists.list_campaign_tasks(session, window.campaign.id)
    assert task.site_id is None and task.owner == "Ban Tuyên giáo"
    assert [r.id for r in workspace.tasks.model.rows()] == [task.id]
    workspace.tasks.select_items([task.id])
    workspace.delete_row_action.trigger()
    with window.database.read() as session:
        assert checklists.list_campaign_tasks(session, window.campaign.id) == []
    window.undo_stack.undo()
    window.undo_stack.undo()
    with window.database.read() as session:
        assert checklists.list_campaign_tasks(session, window.campaign.id) == []
    window.undo_stack.redo()
    with window.database.read() as session:
        assert [t.id for t in checklists.list_campaign_tasks(session, window.campaign.id)] == [task.id]


def test_an_edit_that_changes_nothing_writes_nothing(qtbot, campaign_window, site) -> None:
    window = campaign_window
    workspace = window.workspace("checklists")
    workspace.tabs.setCurrentIndex(3)
    with window.database.transaction() as session:
        line = budget.add_budget_line(session, site.id, BudgetCategory.TENTS, 3_000_000, description="Nhà bạt")
    workspace.refresh()
    assert workspace.budget.select_row(line.id)
    steps = window.undo_stack.count()
    dialog = workspace.open_edit_dialog()
    assert dialog is not None
    ok(qtbot, dialog)
    assert window.undo_stack.count() == steps
