"""The checklists workspace driven like a user: apply a template, move the site's date through the
Sites edit dialog and see the due dates move, mark items done in bulk, undo, see the dashboard change."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from festival_planner.domain.enums import ChecklistStatus
from festival_planner.gui import dialogs
from festival_planner.gui.checklists.item_model import Column
from festival_planner.gui.checklists.tables import BudgetModel, ProgrammeModel
from festival_planner.services import budget, checklists, sites

from ..sites.helpers import QUANG_SON, accept, set_date

DAY = dt.date(2026, 8, 10)


@pytest.fixture
def site(campaign_window):
    window = campaign_window
    with window.database.transaction() as session:
        row = sites.add_site(session, window.campaign.id, QUANG_SON, DAY, venue="Nhà văn hóa xã")
    window.workspace("sites").refresh()
    window.show_workspace("checklists")  # as a user does: hidden workspaces catch up when shown
    return row


def apply_default(qtbot, window, site) -> list[checklists.ChecklistItemRow]:
    workspace = window.workspace("checklists")
    workspace.show_site(site.id)
    dialog = workspace.open_apply_dialog()
    assert dialog is not None
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("Mặc định"))
    accept(qtbot, dialog)
    return workspace.items.model.rows()


def test_apply_move_date_bulk_done_undo_and_dashboard(qtbot, campaign_window, site, monkeypatch) -> None:
    window = campaign_window
    workspace = window.workspace("checklists")
    dashboard = window.workspace("progress")
    dashboard.set_as_of(dt.date(2026, 7, 1))

    # Apply the default template: items due counted back from the site's date.
    items = apply_default(qtbot, window, site)
    assert len(items) >= 30
    with window.database.transaction() as session:
        stored = checklists.list_items(session, site.id)
    assert [r.id for r in stored] == [r.id for r in items]
    assert all(r.due_date is not None for r in items) and min(r.due_date for r in items) < DAY
    window.show_workspace("progress")
    assert dashboard.site_row(site.id).total == len(items) and dashboard.site_row(site.id).done == 0
    window.show_workspace("checklists")

    # Move the site's date in the Sites workspace's edit dialog: asked first, then the due dates move.
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, *a, **k: asked.append(text) or True)
    edit = window.workspace("sites").open_edit_dialog(site)
    set_date(edit, DAY + dt.timedelta(days=3))
    accept(qtbot, edit)
    assert len(asked) == 1 and str(len(items)) in asked[0]
    moved = {r.id: r.due_date for r in workspace.items.model.rows()}
    assert all(moved[r.id] == r.due_date + dt.timedelta(days=3) for r in items)

    # Undo the date change: the site and the due dates go back together.
    window.undo_stack.undo()
    assert {r.id: r.due_date for r in workspace.items.model.rows()} == {r.id: r.due_date for r in items}
    with window.database.transaction() as session:
        assert sites.get_site(session, site.id).date == DAY
    window.undo_stack.redo()
    assert {r.id: r.due_date for r in workspace.items.model.rows()} == moved

    # Mark five items done in one step; the dashboard follows; undo puts them back.
    chosen = [r.id for r in workspace.items.model.rows()[:5]]
    workspace.items.select_items(chosen)
    assert [r.id for r in workspace.items.selected_rows()] == chosen
    assert workspace.done_action.isEnabled()
    steps = window.undo_stack.count()
    workspace.done_action.trigger()
    assert window.undo_stack.count() == steps + 1
    done = [r for r in workspace.items.model.rows() if r.status is ChecklistStatus.DONE]
    assert [r.id for r in done] == chosen and all(r.completed_on == dt.date.today() for r in done)
    window.show_workspace("progress")
    dashboard.set_as_of(dt.date.today())
    assert dashboard.site_row(site.id).done == 5
    assert dashboard.site_row(site.id).readiness == pytest.approx(5 / len(items))
    window.undo_stack.undo()
    assert dashboard.site_row(site.id).done == 0
    window.show_workspace("checklists")
    assert all(r.status is ChecklistStatus.TODO for r in workspace.items.model.rows())


def test_keeping_the_due_dates_when_asked(qtbot, campaign_window, site, monkeypatch) -> None:
    window = campaign_window
    items = apply_default(qtbot, window, site)
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: False)
    edit = window.workspace("sites").open_edit_dialog(site)
    set_date(edit, DAY + dt.timedelta(days=2))
    accept(qtbot, edit)
    rows = window.workspace("checklists").items.model.rows()
    assert [r.due_date for r in rows] == [r.due_date for r in items]


def test_inline_edit_is_undoable_and_keeps_the_completion_date(qtbot, campaign_window, site) -> None:
    window = campaign_window
    workspace = window.workspace("checklists")
    items = apply_default(qtbot, window, site)
    model = workspace.items.model
    index = model.index_of(items[0].id)
    assert model.setData(index.siblingAtColumn(Column.STATUS), "done")
    assert model.setData(model.index_of(items[0].id).siblingAtColumn(Column.OWNER), "Đoàn thanh niên xã")
    row = model.rows()[0]
    assert row.status is ChecklistStatus.DONE and row.owner == "Đoàn thanh niên xã"
    assert model.setData(model.index_of(items[0].id).siblingAtColumn(Column.DUE_DATE), QDate(2026, 7, 1))
    assert model.rows()[0].due_date == dt.date(2026, 7, 1)
    for _ in range(3):
        window.undo_stack.undo()
    row = model.rows()[0]
    assert (row.status, row.owner, row.due_date, row.completed_on) == \
        (items[0].status, items[0].owner, items[0].due_date, None)


def test_filters_in_the_view_and_the_national_workplan(qtbot, campaign_window, site) -> None:
    window = campaign_window
    workspace = window.workspace("checklists")
    items = apply_default(qtbot, window, site)
    view = workspace.items
    view.blocked_box.setChecked(True)
    assert view.visible_rows() == []
    view.blocked_box.setChecked(False)
    view.owner_edit.setText("cong an xa")
    assert view.visible_rows() and all("Công an xã" in r.owner for r in view.visible_rows())
    view.owner_edit.clear()
    view.overdue_box.setChecked(True)
    today = dt.date.today()
    assert {r.id for r in view.visible_rows()} == {r.id for r in items if r.overdue_as_of(today)}
    # The national workplan is the same machinery.
    with window.database.transaction() as session:
        tasks = checklists.apply_workplan(session, window.campaign.id)
    workspace.refresh()
    workspace.tabs.setCurrentWidget(workspace.tasks)
    assert len(workspace.tasks.model.rows()) == len(tasks)
    workspace.tasks.select_items([tasks[0].id])
    assert workspace.set_status(ChecklistStatus.BLOCKED)
    assert workspace.tasks.model.rows()[0].status is ChecklistStatus.BLOCKED


def test_programme_duration_recomputes_and_refusals_are_inline(qtbot, campaign_window, site) -> None:
    window = campaign_window
    workspace = window.workspace("checklists")
    workspace.show_site(site.id)
    assert workspace.programme_action.isEnabled()
    workspace.programme_action.trigger()
    model = workspace.programme.model
    before = model.rows()
    assert len(before) >= 8
    assert model.setData(model.index(1, ProgrammeModel.Column.DURATION), before[1].duration_min - 5)
    after = model.rows()
    assert after[2].start_time.hour * 60 + after[2].start_time.minute == \
        before[2].start_time.hour * 60 + before[2].start_time.minute - 5
    # Far too long: the site's hours are left; refused in red under the table, nothing written.
    assert not model.setData(model.index(1, ProgrammeModel.Column.DURATION), 600)
    assert not workspace.programme.error.isHidden() and workspace.programme.error.text()
    assert model.rows() == after
    window.undo_stack.undo()
    assert model.rows()[2].start_time == before[2].start_time


def test_budget_amounts_in_vnd_and_overspend_warning(qtbot, campaign_window, site) -> None:
    window = campaign_window
    with window.database.transaction() as session:
        budget.add_budget_line(session, site.id, "stage", 45_000_000, description="Sân khấu")
    workspace = window.workspace("checklists")
    workspace.show_site(site.id)
    model = workspace.budget.model
    assert model.index(0, BudgetModel.Column.ESTIMATED).data() == "45.000.000 ₫"
    assert model.setData(model.index(0, BudgetModel.Column.ACTUAL), "47.500.000")
    assert model.rows()[0].actual_vnd == 47_500_000
    assert "2.500.000 ₫" in workspace.budget.caption.text()
    assert model.index(0, BudgetModel.Column.ACTUAL).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert not model.setData(model.index(0, BudgetModel.Column.ACTUAL), "nhiều tiền")
    assert workspace.budget.error.text()
    window.undo_stack.undo()
    assert model.rows()[0].actual_vnd is None


def test_site_selection_is_shared(qtbot, campaign_window, site) -> None:
    window = campaign_window
    from festival_planner.services import communes

    with window.database.transaction() as session:
        other_code = communes.CommuneIndex(session).filter("Điện Biên")[0].code
        other = sites.add_site(session, window.campaign.id, other_code, DAY + dt.timedelta(days=1))
    window.workspace("sites").refresh()
    workspace = window.workspace("checklists")
    workspace.refresh()
    window.workspace("sites").view.select_site(other.id)
    assert workspace.site_id == other.id
    picked: list = []
    window.context.site_selected.connect(picked.append)
    workspace.site_combo.setCurrentIndex(workspace._combo_index(site.id))
    workspace.site_combo.activated.emit(workspace.site_combo.currentIndex())
    assert workspace.site_id == site.id and picked[0] == site.id


def test_status_edited_through_the_tree_s_drop_down(qtbot, campaign_window, site) -> None:
    from PySide6.QtWidgets import QComboBox

    window = campaign_window
    window.workspace_actions["checklists"].trigger()
    workspace = window.workspace("checklists")
    items = apply_default(qtbot, window, site)
    view = workspace.items
    view.tree.collapse(view.proxy.index(1, 0))
    index = view.proxy.mapFromSource(view.model.index_of(items[0].id).siblingAtColumn(Column.STATUS))
    view.tree.setCurrentIndex(index)
    view.tree.edit(index)
    assert view.tree.state() == view.tree.State.EditingState
    combo = view.tree.indexWidget(index)
    assert isinstance(combo, QComboBox), combo
    assert combo is not None and combo.count() == 4
    combo.setCurrentIndex(combo.findData("in_progress"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: view.model.rows()[0].status is ChecklistStatus.IN_PROGRESS, timeout=3000)
    assert not view.tree.isExpanded(view.proxy.index(1, 0))  # an edit keeps the folded category folded
    assert window.undo_stack.undoText().startswith("Sửa công việc")


def test_due_date_edited_as_the_cells_show_it(qtbot, campaign_window, site) -> None:
    from PySide6.QtWidgets import QDateEdit

    window = campaign_window
    window.workspace_actions["checklists"].trigger()
    workspace = window.workspace("checklists")
    items = apply_default(qtbot, window, site)
    view = workspace.items
    index = view.proxy.mapFromSource(view.model.index_of(items[0].id).siblingAtColumn(Column.DUE_DATE))
    shown = index.data()
    view.tree.setCurrentIndex(index)
    view.tree.edit(index)
    editor = view.tree.indexWidget(index)
    assert isinstance(editor, QDateEdit), editor
    assert editor.text() == shown == items[0].due_date.strftime("%d/%m/%Y")  # never "10/5/26"
    editor.setDate(QDate(2026, 7, 3))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.rows()[0].due_date == dt.date(2026, 7, 3), timeout=3000)
    window.undo_stack.undo()
    assert view.model.rows()[0].due_date == items[0].due_date
