"""The national workplan through the real widgets (issue 17 item 2): a new year offers it (default yes)
and applies it as one undoable step; the Công việc workspace's own tab applies it later with a preview;
moving the festival day in the year's plan asks, then moves the open tasks' due dates (done ones stay),
all undone in one step. Every count is read back from the test's SQLite file."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QInputDialog

from festival_planner.domain.enums import ChecklistStatus, TemplateScope
from festival_planner.gui import dialogs
from festival_planner.gui.workplan import ApplyWorkplanDialog
from festival_planner.services import campaigns, checklist_templates, checklists

from .sites.helpers import accept

FESTIVAL_DAY = dt.date(2026, 8, 19)


def shipped_workplan() -> list[checklist_templates.TemplateItemSpec]:
    return next(specs for name, _d, scope, specs in checklist_templates.shipped_templates()
                if name == checklist_templates.DEFAULT_WORKPLAN and scope is TemplateScope.CAMPAIGN)


def stored_tasks(window) -> list[checklists.ChecklistItemRow]:
    with window.database.read() as session:
        campaign = campaigns.get_campaign(session, 2026)
        return checklists.list_campaign_tasks(session, campaign.id)


def test_new_year_offers_the_workplan_then_undo(qtbot, window, monkeypatch) -> None:
    asked: list[tuple[str, str, bool]] = []
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (2026, True))
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, yes, no=None, *, default_yes=False:
                        asked.append((title, text, default_yes)) or True)
    specs = shipped_workplan()
    assert len(specs) >= 10

    qtbot.mouseClick(window.start_page.new_button, Qt.MouseButton.LeftButton)  # "plan a new year"

    assert len(asked) == 1
    title, text, default_yes = asked[0]
    assert title == "Kế hoạch toàn quốc" and default_yes
    assert f"{len(specs)} công việc" in text and "19/08/2026" in text
    tasks = stored_tasks(window)
    assert len(tasks) == len(specs)
    assert [(t.title, t.due_date) for t in tasks] == [
        (s.title, FESTIVAL_DAY - dt.timedelta(days=s.days_before)) for s in specs]
    assert all(t.site_id is None and t.status is ChecklistStatus.TODO for t in tasks)
    window.show_workspace("checklists")
    assert len(window.workspace("checklists").tasks.model.rows()) == len(specs)

    window.undo_stack.undo()  # the workplan goes; the year stays
    assert stored_tasks(window) == []
    assert window.campaign is not None and window.campaign.year == 2026
    window.undo_stack.redo()
    assert [t.id for t in stored_tasks(window)] == [t.id for t in tasks]


def test_new_year_offer_declined_writes_nothing(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (2026, True))
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: False)
    window.campaigns.new_action.trigger()
    assert window.campaign is not None and stored_tasks(window) == []


def test_apply_later_from_the_workplan_tab_with_a_preview(qtbot, campaign_window) -> None:
    window = campaign_window
    specs = shipped_workplan()
    window.show_workspace("checklists")
    workspace = window.workspace("checklists")
    assert not workspace.apply_action.isEnabled()  # no site yet: the site tab's apply cannot run…
    assert "Chưa có điểm" in workspace.apply_action.toolTip()  # …and says why
    workspace.tabs.setCurrentWidget(workspace.tasks)
    assert workspace.apply_action.isEnabled()
    assert "kế hoạch toàn quốc" in workspace.apply_action.toolTip()

    dialog = workspace.open_apply_dialog()
    assert isinstance(dialog, ApplyWorkplanDialog)
    assert dialog.tree.topLevelItemCount() == len(specs)
    first = FESTIVAL_DAY - dt.timedelta(days=max(s.days_before for s in specs))
    summary = dialog.summary_label.text()
    assert f"{len(specs)} công việc" in summary and first.strftime("%d/%m/%Y") in summary
    assert dialog.tree.topLevelItem(0).text(1) == specs[0].title
    assert not dialog.replace_box.isVisible()
    accept(qtbot, dialog)
    assert len(stored_tasks(window)) == len(specs)
    assert len(workspace.tasks.model.rows()) == len(specs)

    again = workspace.open_apply_dialog()  # applying again is refused unless replacing
    assert isinstance(again, ApplyWorkplanDialog) and again.replace_box.isVisibleTo(again)
    qtbot.mouseClick(again.buttons.button(again.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert again.isVisible() and "Thay thế" in again.error_label.text()
    again.reject()

    window.undo_stack.undo()
    assert stored_tasks(window) == [] and workspace.tasks.model.rows() == []


def test_moving_the_festival_day_moves_open_tasks_and_undo(qtbot, campaign_window, monkeypatch) -> None:
    window = campaign_window
    with window.database.transaction() as session:
        created = checklists.apply_workplan(session, window.campaign.id)
        done = created[:2]
        checklists.set_status(session, [r.id for r in done], ChecklistStatus.DONE)
    window.campaigns.refresh_info()
    before = {t.id: t.due_date for t in stored_tasks(window)}
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, *a, **k: asked.append(text) or True)

    dialog = window.campaigns.open_campaign_dialog()  # Sửa → Kế hoạch năm…
    assert dialog is not None
    new_day = FESTIVAL_DAY - dt.timedelta(days=4)
    dialog.festival_edit.setDate(QDate(new_day.year, new_day.month, new_day.day))
    accept(qtbot, dialog)

    assert len(asked) == 1 and f"{len(created) - 2} công việc" in asked[0] and "-4" in asked[0]
    after = {t.id: t.due_date for t in stored_tasks(window)}
    done_ids = {r.id for r in done}
    assert all(after[i] == before[i] for i in done_ids)  # done tasks keep their dates
    assert all(after[i] == before[i] - dt.timedelta(days=4) for i in before if i not in done_ids)
    with window.database.read() as session:
        assert campaigns.get_campaign(session, 2026).festival_day == new_day

    window.undo_stack.undo()  # one step: the festival day and the due dates go back together
    assert {t.id: t.due_date for t in stored_tasks(window)} == before
    with window.database.read() as session:
        assert campaigns.get_campaign(session, 2026).festival_day == FESTIVAL_DAY
    window.undo_stack.redo()
    assert {t.id: t.due_date for t in stored_tasks(window)} == after


def test_moving_the_festival_day_can_keep_the_dates(qtbot, campaign_window, monkeypatch) -> None:
    window = campaign_window
    with window.database.transaction() as session:
        checklists.apply_workplan(session, window.campaign.id)
    before = {t.id: t.due_date for t in stored_tasks(window)}
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: False)  # "Giữ nguyên hạn"
    dialog = window.campaigns.open_campaign_dialog()
    dialog.festival_edit.setDate(QDate(2026, 8, 12))
    accept(qtbot, dialog)
    assert {t.id: t.due_date for t in stored_tasks(window)} == before
    with window.database.read() as session:
        assert campaigns.get_campaign(session, 2026).festival_day == dt.date(2026, 8, 12)
