"""Issue 17 item 5: the window fits a 1366×768 laptop (1366×728 left by a taskbar) in every workspace —
the Selector's chosen list shows whole commune names and their scores beside a usable map, Sites and
Leaders show names, dates and statuses whole, no toolbar folds a button into the » menu, and a long
status message stops short of the permanent labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from festival_planner.gui.column_fit import column_in_view, text_fits
from festival_planner.gui.main_window import MainWindow
from festival_planner.gui.status_bar import GAP

WIDTH, HEIGHT = 1366, 728  # a 1366×768 screen less a 40-pixel taskbar


@pytest.fixture
def laptop(qtbot, window: MainWindow) -> MainWindow:
    """The main window at 1366×728 over the 2026 demo plan."""
    window.resize(WIDTH, HEIGHT)
    assert window.campaigns.create_demo_campaign(2026) is not None
    qtbot.wait(1)
    return window


def elided(view, column: int) -> list[str]:
    """The cells of ``column`` whose text does not fit (Qt would show "…")."""
    model = view.model()
    return [str(model.index(row, column).data()) for row in range(model.rowCount())
            if not text_fits(view, model.index(row, column))]


def overflowing(window: MainWindow, key: str) -> list[str]:
    """The shown toolbars' actions a user cannot reach without the » menu (or that lie off the window)."""
    hidden = []
    for bar in (window.toolbar, window.workspace_toolbars[key]):
        if not bar.isVisible():
            continue
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None and extension.isVisible():
            hidden.append(f"{bar.objectName()}: »")
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if action.isSeparator() or button is None:
                continue
            right = button.mapTo(window, button.rect().topRight()).x()
            if not button.isVisible() or right >= window.width():
                hidden.append(action.iconText())
    return hidden


def test_every_workspace_fits_with_every_toolbar_button_shown(qtbot, laptop: MainWindow) -> None:
    window = laptop
    for workspace in window.workspaces:
        window.show_workspace(workspace.key)
        qtbot.wait(1)
        assert window.minimumSizeHint().width() <= WIDTH and window.minimumSizeHint().height() <= HEIGHT, \
            workspace.key
        assert (window.width(), window.height()) == (WIDTH, HEIGHT), workspace.key
        assert overflowing(window, workspace.key) == [], workspace.key
    leaders = window.workspace_toolbars["leaders"]
    window.show_workspace("leaders")
    qtbot.wait(1)
    assert window.workspace("leaders").export_ics_action in leaders.actions()
    assert leaders.widgetForAction(window.workspace("leaders").export_ics_action).isVisible()


def test_a_narrower_window_shows_icons_instead_of_hiding_buttons(qtbot, laptop: MainWindow) -> None:
    window = laptop
    window.resize(1024, HEIGHT)
    window.show_workspace("leaders")
    qtbot.wait(1)
    ics = window.workspace("leaders").export_ics_action
    assert overflowing(window, "leaders") == []
    button = window.workspace_toolbars["leaders"].widgetForAction(ics)
    assert ics.priority() == ics.Priority.LowPriority and button.toolTip()  # icon only, named by its tooltip
    window.resize(WIDTH, HEIGHT)
    qtbot.wait(1)
    assert window.undo_action.priority() == window.undo_action.Priority.LowPriority  # undo's icon goes first
    assert ics.priority() == ics.Priority.NormalPriority  # at 1366 the .ics export keeps its label


def test_selector_chosen_list_shows_every_name_and_score(qtbot, laptop: MainWindow) -> None:
    from festival_planner.gui.selector.results import Column

    window = laptop
    window.show_workspace("selector")
    selector = window.workspace("selector")
    with qtbot.waitSignal(selector.result_ready, timeout=120_000):
        job = selector.run()
        assert job is not None
    assert job.wait(5000)
    qtbot.wait(1)
    table = selector.table
    assert table.results.rowCount() == 28
    assert elided(table, Column.COMMUNE) == []
    assert elided(table, Column.SCORE) == []
    assert column_in_view(table, Column.COMMUNE) and column_in_view(table, Column.SCORE)
    assert not table.horizontalScrollBar().isVisible()
    assert selector.panel.horizontalScrollBar().maximum() == 0  # every setting whole, no sideways scrolling
    assert selector.map.viewport().width() >= 300 and selector.map.viewport().height() >= 500  # a usable map


def test_sites_and_leaders_show_names_dates_and_statuses_whole(qtbot, laptop: MainWindow) -> None:
    from festival_planner.gui.leaders.table_model import Column as LeaderColumn
    from festival_planner.gui.sites.table_model import Column as SiteColumn

    window = laptop
    window.show_workspace("sites")
    sites = window.workspace("sites").view.table
    qtbot.wait(1)
    assert sites.model().rowCount() == 28
    for column in (SiteColumn.COMMUNE, SiteColumn.PROVINCE, SiteColumn.DATE, SiteColumn.TIME, SiteColumn.STATUS,
                   SiteColumn.HEAD, SiteColumn.INVITATION):
        assert elided(sites, column) == [], column.name
        assert column_in_view(sites, column), column.name

    window.show_workspace("leaders")
    leaders = window.workspace("leaders")
    qtbot.wait(1)
    table = leaders.view.table
    assert table.model().rowCount() == 20
    for column in LeaderColumn:
        assert column_in_view(table, column), column.name
        cut = elided(table, column)
        if column in (LeaderColumn.TITLE, LeaderColumn.ORGANISATION):
            # only the Politburo-length positions are cut, and their tooltip shows them whole
            assert all(len(text) > 60 for text in cut), cut
            model = table.model()
            for row in range(model.rowCount()):
                index = model.index(row, column)
                if index.data() in cut:
                    assert index.data() in index.data(Qt.ItemDataRole.ToolTipRole)
        else:
            assert cut == [], column.name
    assert not table.horizontalScrollBar().isVisible()
    first = leaders.view.visible_rows()[0]
    assert leaders.view.select_leader(first.id)
    qtbot.wait(1)
    engagements = leaders.view.engagements_table
    assert engagements.rowCount() >= 1
    for column in range(engagements.model().columnCount()):  # date, time, commune, role, status, journey
        assert elided(engagements, column) == [], column
    assert table.viewport().height() >= 8 * table.rowHeight(0)  # the directory still shows a useful list


def test_a_long_status_message_stops_before_the_permanent_labels(qtbot, laptop: MainWindow) -> None:
    window = laptop
    bar = window.statusBar()
    window.show_workspace("sites")
    bar.clearMessage()
    qtbot.wait(1)
    labels = [w for w in (window.count_label, window.path_label) if w.isVisible()]
    first = min(w.geometry().left() for w in labels)
    gap = bar.grab().copy(first - GAP + 2, 0, GAP - 2, bar.height()).toImage()  # the gap before the labels

    message = ("Đã sao lưu vào /home/nguoi-dung/Tài liệu/Ngày hội Đại đoàn kết/sao-lưu/"
               "ke-hoach-2026-truoc-khi-khoi-phuc-ban-sao-luu-ngay-06-12-2026.sqlite và đã kiểm tra bản sao lưu")
    bar.showMessage(message)
    qtbot.wait(1)
    shown = bar.shown_message()
    assert shown != message and "…" in shown and bar.toolTip() == message  # cut visibly, whole in the tooltip
    rect = bar.message_rect()
    assert rect.right() < first - GAP + 2
    assert bar.fontMetrics().horizontalAdvance(shown) <= rect.width()
    after = bar.grab().copy(first - GAP + 2, 0, GAP - 2, bar.height()).toImage()
    assert after == gap  # nothing painted between the message and the labels
    assert [w.geometry().left() for w in labels] == sorted(w.geometry().left() for w in labels)
    bar.showMessage("Đã lưu.")
    qtbot.wait(1)
    assert bar.shown_message() == "Đã lưu." and bar.toolTip() == ""


def test_progress_shows_region_figures_and_workplan_owners_whole(qtbot, laptop: MainWindow) -> None:
    from festival_planner.gui.progress.models import RegionProgressModel, TaskModel

    window = laptop
    window.show_workspace("progress")
    progress = window.workspace("progress")
    qtbot.wait(1)
    regions, tasks = progress.regions_table, progress.tasks_table
    assert regions.model().rowCount() >= 4 and tasks.model().rowCount() >= 10
    assert regions.isVisible() and not tasks.isVisible()  # two tabs, each the whole width
    for column in RegionProgressModel.Column:
        assert elided(regions, column) == [], column.name
        assert column_in_view(regions, column), column.name
    qtbot.mouseClick(progress.lower.tabBar(), Qt.MouseButton.LeftButton,
                     pos=progress.lower.tabBar().tabRect(1).center())
    assert tasks.isVisible() and progress.lower.tabText(1).startswith("Kế hoạch toàn quốc")
    for column in TaskModel.Column:
        assert elided(tasks, column) == [], column.name
        assert column_in_view(tasks, column), column.name
