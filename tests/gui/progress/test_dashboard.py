"""The progress dashboard: per-site readiness coloured by risk, regions, the national workplan, an
"as of" day, and live refresh when items change."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from festival_planner.domain.enums import ChecklistStatus
from festival_planner.gui.progress.models import RISK_COLOURS, RegionProgressModel, SiteProgressModel, TaskModel
from festival_planner.gui.snapshot_model import OBJECT_ROLE, SORT_ROLE, SortProxy
from festival_planner.services import checklists, demo
from festival_planner.services.progress import campaign_progress

AUGUST_1 = dt.date(2026, 8, 1)


@pytest.fixture
def demo_window(window):
    assert window.campaigns.create_demo_campaign(2026) is not None
    return window


def test_models_pass_qtmodeltester(qtmodeltester, database) -> None:
    with database.transaction() as session:
        campaign = demo.create_demo(session)
        shown = campaign_progress(session, campaign.id, AUGUST_1)
    for model, rows in ((SiteProgressModel(), shown.sites), (RegionProgressModel(), shown.regions),
                        (TaskModel(), shown.tasks.tasks)):
        model.set_rows(list(rows))
        qtmodeltester.check(model)
        proxy = SortProxy()
        proxy.setSourceModel(model)
        qtmodeltester.check(proxy)
    sites_model = SiteProgressModel()
    sites_model.set_rows(list(shown.sites))
    late = next(n for n, s in enumerate(shown.sites) if s.risk == "late")
    index = sites_model.index(late, SiteProgressModel.Column.READINESS)
    assert index.data(SORT_ROLE) == shown.sites[late].readiness
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == RISK_COLOURS["late"]
    assert index.data(OBJECT_ROLE) is shown.sites[late]
    assert index.data().endswith(" %") and "," in index.data()  # 85,3 %


def test_dashboard_as_of_matches_the_service_and_sorts(qtbot, demo_window) -> None:
    window = demo_window
    dashboard = window.workspace("progress")
    dashboard.set_as_of(AUGUST_1)
    with window.database.transaction() as session:
        expected = campaign_progress(session, window.campaign.id, AUGUST_1)
    assert dashboard.sites_model.rows() == list(expected.sites)
    assert dashboard.regions_model.rows() == list(expected.regions)
    assert str(expected.tasks.overdue) in dashboard.tasks_label.text()
    assert str(expected.overdue) in dashboard.summary.text()
    dashboard.sites_table.sortByColumn(SiteProgressModel.Column.OVERDUE, Qt.SortOrder.DescendingOrder)
    first = dashboard.sites_proxy.index(0, 0).data(OBJECT_ROLE)
    assert first.overdue == max(s.overdue for s in expected.sites)
    # Looking ahead: more items are late on 18 August than on 1 August.
    dashboard.set_as_of(dt.date(2026, 8, 18))
    assert dashboard.progress.overdue != expected.overdue or dashboard.progress.done != expected.done


def test_live_refresh_when_items_change_and_site_selection(qtbot, demo_window) -> None:
    window = demo_window
    dashboard = window.workspace("progress")
    dashboard.set_as_of(dt.date.today())
    workspace = window.workspace("checklists")
    site = next(s for s in dashboard.progress.sites if s.done < s.total)
    dashboard.sites_table.doubleClicked.emit(
        dashboard.sites_proxy.mapFromSource(dashboard.sites_model.index(dashboard.sites_model.row_of(site.site_id), 0)))
    assert workspace.site_id == site.site_id  # the dashboard tells the others which site
    open_items = [r for r in workspace.items.model.rows() if r.status is not ChecklistStatus.DONE]
    workspace.items.select_items([r.id for r in open_items])
    assert workspace.set_status(ChecklistStatus.DONE)
    window.show_workspace("progress")  # hidden, the dashboard waited; shown, it catches up
    after = dashboard.site_row(site.site_id)
    assert after.done == after.total and after.readiness == 1.0 and after.risk == "done"
    window.undo_stack.undo()
    assert dashboard.site_row(site.site_id).done == site.done
    with window.database.transaction() as session:
        assert len([r for r in checklists.list_items(session, site.site_id)
                    if r.status is ChecklistStatus.DONE]) == site.done


def test_a_festival_already_past_says_so(qtbot, demo_window) -> None:
    window = demo_window
    dashboard = window.workspace("progress")
    dashboard.set_as_of(dt.date(2027, 1, 15))  # long after the demo's last site
    shown = dashboard.progress
    assert shown is not None and {s.risk for s in shown.sites} <= {"past", "done", "held", "cancelled"}
    assert "đã qua" in dashboard.summary.text() and "điểm chậm" not in dashboard.summary.text()
    days = [dashboard.sites_proxy.index(r, SiteProgressModel.Column.DAYS).data()
            for r in range(dashboard.sites_proxy.rowCount())]
    assert days and all(d.startswith("đã qua ") and d.endswith(" ngày") for d in days), days
    risks = {dashboard.sites_proxy.index(r, SiteProgressModel.Column.RISK).data()
             for r in range(dashboard.sites_proxy.rowCount())}
    assert "Chậm, có việc quá hạn" not in risks and "Đã qua ngày tổ chức" in risks


def test_no_workspace_menu_is_empty(window) -> None:
    menus = [action.menu() for action in window.menuBar().actions() if action.menu() is not None]
    assert menus and all(menu.actions() for menu in menus), [m.title() for m in menus if not m.actions()]
