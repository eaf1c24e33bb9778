"""The Selector driven like a user: change a weight, run (in the background), lock a commune, run
again, compare, accept; the sites appear in the Sites workspace; undo removes them all at once."""

from __future__ import annotations

import pytest

from festival_planner.gui.main_window import MainWindow
from festival_planner.services import campaigns, selection, sites


def db_sites(database, year: int = 2026) -> list[sites.SiteRow]:
    with database.transaction() as session:
        return sites.list_sites(session, campaigns.get_campaign(session, year).id)


def saved_settings(database, year: int = 2026) -> selection.Settings:
    with database.transaction() as session:
        return selection.get_settings(session, campaigns.get_campaign(session, year).id)[0]


def run_and_wait(qtbot, workspace) -> None:
    with qtbot.waitSignal(workspace.result_ready, timeout=120_000):
        job = workspace.run()
        assert job is not None
    assert job.wait(5000)


def test_weight_run_lock_run_compare_accept_undo(qtbot, campaign_window: MainWindow, database) -> None:
    window = campaign_window
    window.show_workspace("selector")
    selector = window.workspace("selector")
    assert selector.run_action.isEnabled() and not selector.accept_action.isEnabled()

    selector.panel.weights["border"].setValue(2.5)
    run_and_wait(qtbot, selector)
    assert saved_settings(database).weights["border"] == 2.5  # the run saved the settings
    first = selector.result
    assert first is not None and first.selection.status == "optimal"
    assert len(first.chosen_codes) == 28 and selector.table.results.rowCount() == 28
    assert "tối ưu" in selector.summary.text()
    assert selector.scene.points_item is not None and len(selector.scene.site_items) == 2 * 28

    # a chosen site: its breakdown; a rejected commune the user points at: why it is out
    selector.table.selectRow(0)
    chosen_code = selector.table.selected_code()
    text = selector.explanation.toPlainText()
    assert "Được chọn" in text and "Vùng ưu tiên" in text
    outsider = next(c.code for c in first.scored.candidates if c.code not in first.chosen_codes)
    assert "Không được chọn" in selector.explain(outsider)

    selector.keep_as_a()
    locked = next(c for c in first.scored.candidates if c.code not in first.chosen_codes
                  and c.province_code not in {first.scored.candidates[i].province_code for i in first.selection.chosen})
    assert selector.lock(locked.code)
    assert locked.code in saved_settings(database).locked
    assert selector.panel.locked_list.count() == 1
    run_and_wait(qtbot, selector)
    second = selector.result
    assert second is not None and locked.code in second.chosen_codes
    assert chosen_code is not None
    compared = selector.comparison.toPlainText()
    assert "Chỉ có trong B" in compared and locked.name in compared and "Tổng điểm" in compared

    assert selector.accept()
    added = db_sites(database)
    assert {r.commune.code for r in added} == set(second.chosen_codes)
    assert "Đã thêm 28 xã" in window.statusBar().currentMessage()
    depth = window.undo_stack.count()
    assert not selector.accept()  # pressed a second time: nothing is added, and it says so
    assert "đã có trong kế hoạch" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == depth and len(db_sites(database)) == 28
    assert window.workspace("sites").view.model.rowCount() == 28
    window.undo_stack.undo()
    assert db_sites(database) == [] and window.workspace("sites").view.model.rowCount() == 0
    window.undo_stack.redo()
    assert len(db_sites(database)) == 28
    window.undo_stack.undo()  # accept
    window.undo_stack.undo()  # lock
    assert saved_settings(database).locked == ()
    assert selector.panel.locked_list.count() == 0


def test_impossible_settings_show_one_message(qtbot, campaign_window: MainWindow, monkeypatch) -> None:
    from festival_planner.gui import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text, details="": shown.append(text))
    selector = campaign_window.workspace("selector")
    campaign_window.show_workspace("selector")
    selector.panel.region_minimums["tay_nguyen"].setValue(30)
    selector.panel.count.setValue(25)
    for expected in ("Tây Nguyên", "khoảng cách"):
        job = selector.run()
        assert job is not None
        qtbot.waitUntil(lambda job=job: job.done, timeout=30_000)
        assert len(shown) == 1 and expected in shown.pop() and selector.result is None
        assert selector.run_action.isEnabled()
        selector.panel.region_minimums["tay_nguyen"].setValue(0)
        selector.panel.spacing.setValue(250)


@pytest.mark.parametrize("code", ["24616"])
def test_exclude_from_the_map_menu_is_saved_and_undoable(qtbot, campaign_window: MainWindow, database,
                                                         code: str) -> None:
    selector = campaign_window.workspace("selector")
    campaign_window.show_workspace("selector")
    menu = selector.point_menu(code)
    exclude = next(a for a in menu.actions() if a.text() == "Loại khỏi lựa chọn")
    exclude.trigger()
    assert saved_settings(database).excluded == (code,)
    assert selector.panel.excluded_list.count() == 1
    campaign_window.undo_stack.undo()
    assert saved_settings(database).excluded == ()
    menu.deleteLater()


def test_cancel_stops_the_engine_while_it_searches(qtbot, campaign_window: MainWindow) -> None:
    """Progress shows the incumbent and the proven bound; Hủy (Cancel) pressed while CP-SAT searches
    at a wide spacing ends the work within the issue's 0.5 s (the worker has finished by then)."""
    selector = campaign_window.workspace("selector")
    campaign_window.show_workspace("selector")
    selector.panel.spacing.setValue(120)
    selector.panel.count.setValue(30)
    job = selector.run()
    assert job is not None
    qtbot.waitUntil(lambda: "Tốt nhất hiện có" in job.dialog.labelText() or job.done, timeout=180_000)
    assert not job.done, "the search ended before it could be cancelled"
    assert "cận chứng minh" in job.dialog.labelText()
    with qtbot.waitSignal(job.cancelled, timeout=500):
        job.dialog.canceled.emit()  # the user presses Hủy (Cancel) while CP-SAT searches
        qtbot.waitUntil(lambda: job.done, timeout=500)
    assert selector.result is None and selector.run_action.isEnabled()


def test_keep_searching_goes_on_in_the_background_from_the_answer(qtbot, campaign_window: MainWindow) -> None:
    """A run stopped by its (deterministic) work limit says how far it may be from the proven bound and
    offers "Tìm tiếp", which searches on from that answer while the window stays usable."""
    from dataclasses import replace

    selector = campaign_window.workspace("selector")
    campaign_window.show_workspace("selector")
    selector.panel._base = replace(selector.panel._base, time_limit_s=0.5)  # a short limit: not proven
    selector.panel.spacing.setValue(120)
    selector.panel.count.setValue(30)
    run_and_wait(qtbot, selector)
    first = selector.result
    assert first is not None and first.selection.status == "feasible"
    proven_bound = first.selection.bound != float("inf")
    assert ("tốt nhất tìm được, cách cận chứng minh" if proven_bound
            else "tốt nhất tìm được, chưa chứng minh được cận") in selector.summary.text()
    assert selector.search_on_action.isEnabled()
    search = selector.keep_searching()
    assert search is not None and not selector.search_on_action.isEnabled()
    assert selector.run_action.isEnabled()  # the user keeps working meanwhile
    qtbot.waitUntil(lambda: selector.search is None, timeout=300_000)
    after = selector.result
    assert after is not None and after.selection.objective >= first.selection.objective


def test_the_map_shows_every_commune_before_a_run(qtbot, campaign_window: MainWindow) -> None:
    """Before the first run the map is not empty: every commune is a point coloured by its score under
    the saved settings, computed in the background; a run's result then replaces it."""
    selector = campaign_window.workspace("selector")
    with qtbot.waitSignal(selector.preview_ready, timeout=60_000):
        campaign_window.show_workspace("selector")
        assert selector.previewing  # the window is not held while 3,321 communes are scored
    assert selector.result is None and not selector.previewing
    points = selector.scene.points_item
    assert points is not None and len(points._points) == 3321
    assert "3.321 xã" in selector.summary.text() and "Chạy chọn điểm" in selector.summary.text()
    assert selector.scene.legend_items  # the score legend explains the colours
    run_and_wait(qtbot, selector)
    assert len(selector.scene.site_items) == 2 * 28 and "tối ưu" in selector.summary.text()
