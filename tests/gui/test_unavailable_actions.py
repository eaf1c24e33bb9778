"""Actions that cannot run say why (issue 17 item 10): disabled with the reason as their tooltip (and on
the Printing workspace's buttons), and a handler reached anyway puts the reason in the status bar
instead of doing nothing. Every reason is Vietnamese."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QPushButton

from festival_planner.gui.leaders.import_dialog import PLAN
from festival_planner.services import sites

from .sites.helpers import QUANG_SON

NO_YEAR = "Chưa có năm nào"


def buttons_of(workspace, action) -> list[QPushButton]:
    return [b for b in workspace.findChildren(QPushButton) if b.text() == action.text()]


def test_printing_without_a_year_says_why(qtbot, window, tmp_path: Path) -> None:
    window.show_workspace("reports")
    reports = window.workspace("reports")
    for action in (reports.preview_action, reports.print_action, reports.pdf_action, reports.word_action,
                   reports.batch_action, reports.batch_each_action, reports.documents_action):
        assert not action.isEnabled()
        assert action.toolTip().startswith(NO_YEAR) and "Năm mới" in action.toolTip(), action.text()
    [button] = buttons_of(reports, reports.pdf_action)
    assert not button.isEnabled() and button.toolTip().startswith(NO_YEAR)

    assert reports.export_pdf(str(tmp_path / "x.pdf")) is None  # reached anyway: the status bar says why
    assert window.statusBar().currentMessage().startswith(NO_YEAR)
    assert not (tmp_path / "x.pdf").exists()
    window.statusBar().clearMessage()
    assert reports.export_batch(one_per_site=False, target=str(tmp_path / "all.pdf")) is None
    assert window.statusBar().currentMessage().startswith(NO_YEAR)


def test_printing_a_year_without_sites_then_with_one(qtbot, campaign_window, tmp_path: Path) -> None:
    window = campaign_window
    window.show_workspace("reports")
    reports = window.workspace("reports")
    reports.set_report("site_schedule")
    assert not reports.pdf_action.isEnabled() and "chưa có điểm tổ chức" in reports.pdf_action.toolTip()
    assert "chưa có điểm tổ chức" in reports.batch_action.toolTip()
    assert reports.documents_action.isEnabled()
    assert reports.export_word(str(tmp_path / "x.docx")) is None
    assert "chưa có điểm tổ chức" in window.statusBar().currentMessage()

    with window.database.transaction() as session:
        sites.add_site(session, window.campaign.id, QUANG_SON, dt.date(2026, 8, 10))
    reports.refresh()
    reports.set_report("site_schedule")
    assert reports.pdf_action.isEnabled() and NO_YEAR not in reports.pdf_action.toolTip()
    assert "chưa có điểm" not in reports.pdf_action.toolTip()  # the usual tip is back


def test_leaders_plan_import_and_exports_say_why(qtbot, window, tmp_path: Path) -> None:
    window.show_workspace("leaders")
    leaders = window.workspace("leaders")
    for action in (leaders.import_plan_action, leaders.invite_action, leaders.export_campaign_action,
                   leaders.export_ics_action):
        assert not action.isEnabled() and action.toolTip().startswith(NO_YEAR), action.text()
    assert not leaders.edit_action.isEnabled() and "Chọn một lãnh đạo" in leaders.edit_action.toolTip()
    assert leaders.import_leaders_action.isEnabled()  # the directory needs no year
    assert not window.campaigns.plan_action.isEnabled()  # Sửa → Kế hoạch năm… too
    assert window.campaigns.plan_action.toolTip().startswith(NO_YEAR)

    plan = tmp_path / "plan.csv"
    plan.write_text("Xã,Tỉnh,Ngày\n", encoding="utf-8")
    assert leaders.import_file(PLAN, str(plan)) is None
    assert window.statusBar().currentMessage().startswith(NO_YEAR)
    window.statusBar().clearMessage()
    assert leaders.export_delegations(str(tmp_path / "d.xlsx")) is None
    assert window.statusBar().currentMessage().startswith(NO_YEAR)


def test_year_plan_and_checklist_status_say_why(qtbot, campaign_window) -> None:
    window = campaign_window
    assert window.campaigns.plan_action.isEnabled()
    checklists = window.workspace("checklists")
    window.show_workspace("checklists")
    assert not checklists.done_action.isEnabled() and "Chọn công việc" in checklists.done_action.toolTip()
    window.show_workspace("leaders")
    leaders = window.workspace("leaders")
    assert leaders.export_ics_action.toolTip().startswith("Chọn một lãnh đạo")  # a year, but no leader picked
    assert leaders.import_plan_action.isEnabled() and NO_YEAR not in leaders.import_plan_action.toolTip()
