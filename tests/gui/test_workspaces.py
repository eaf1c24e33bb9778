"""The shell builds itself from the list of workspaces, and change flags reach only those that care."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout

from festival_planner.domain import messages
from festival_planner.gui.changes import Change
from festival_planner.gui.main_window import MainWindow
from festival_planner.gui.sites.workspace import SitesWorkspace
from festival_planner.gui.workspace import Workspace
from festival_planner.services import sites

from .sites.helpers import QUANG_SON, pick_commune, set_date


class NotesWorkspace(Workspace):
    """A second workspace, as a later capability would add one."""

    key = "notes"
    interests = Change.LEADERS

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.refreshes = 0
        self.note_action = QAction("Ghi chú mới", self)
        QVBoxLayout(self).addWidget(QLabel("Ghi chú", self))

    def title(self) -> str:
        return "Ghi chú"

    def actions(self) -> list[QAction]:
        return [self.note_action]

    def refresh(self) -> None:
        self.refreshes += 1


def test_navigation_menus_and_toolbars_come_from_the_workspace_list(qtbot, database, settings) -> None:
    window = MainWindow(database, settings, [SitesWorkspace, NotesWorkspace])
    qtbot.addWidget(window)
    window.show()
    window.campaigns.create_campaign(2026)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == ["Điểm tổ chức", "Ghi chú"]
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert "Ghi chú" in menus and "Điểm tổ chức" in menus
    window.nav.setCurrentRow(1)  # a click in the navigation
    notes = window.workspace("notes")
    assert window.stack.currentWidget() is notes
    assert window.workspace_toolbars["notes"].isVisible()
    assert not window.workspace_toolbars["sites"].isVisible()
    window.workspace_actions["sites"].trigger()  # View menu, Ctrl+1
    assert window.stack.currentWidget() is window.workspace("sites")
    assert window.nav.currentRow() == 0


def test_a_campaign_edit_does_not_reload_the_sites_table_and_a_site_edit_does(qtbot, campaign_window,
                                                                           monkeypatch) -> None:
    window = campaign_window
    workspace = window.workspace("sites")
    calls: list[str] = []
    original = workspace.refresh_for
    monkeypatch.setattr(workspace, "refresh_for", lambda changes: calls.append("sites") or original(changes))
    dialog = window.campaigns.open_campaign_dialog()
    dialog.max_spin.setValue(29)
    dialog.accept()
    assert window.campaign.target_max == 29
    assert calls == []  # a campaign edit announces CAMPAIGNS only
    with window.database.transaction() as session:
        row = sites.add_site(session, window.campaign.id, QUANG_SON, dt.date(2026, 8, 5))
    workspace.refresh()
    calls.clear()
    workspace.view.select_site(row.id)
    edit = workspace.open_edit_dialog()
    edit.venue_edit.setText("Nhà văn hóa xã")
    edit.accept()
    assert calls == ["sites"]
    assert workspace.view.model.rows()[0].venue == "Nhà văn hóa xã"  # the edited row, updated in place
    assert window.count_label.text() == "1 điểm — mục tiêu 25–29"


def test_errors_show_in_english_when_the_interface_is_english(qtbot, campaign_window) -> None:
    messages.set_language("en")
    try:
        dialog = campaign_window.workspace("sites").open_add_dialog()
        pick_commune(qtbot, dialog, "quang son", QUANG_SON)
        set_date(dialog, dt.date(2026, 9, 2))
        dialog.accept()
        assert dialog.error_label.text() == ("The date 02/09/2026 is outside the 2026 festival window "
                                             "(01/07/2026 – 19/08/2026).")
        dialog.reject()
    finally:
        messages.set_language("vi")


def test_a_site_edit_refreshes_only_the_shown_workspace_and_the_others_catch_up(qtbot, window, database,
                                                                                monkeypatch) -> None:
    """Every workspace visited once, Sites shown: a venue edit through the edit dialog refreshes the
    Sites table only; a hidden workspace is stale and catches up when it is shown (issue 15)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    assert window.campaigns.create_demo_campaign(2026) is not None
    for workspace in window.workspaces:
        window.show_workspace(workspace.key)
    window.show_workspace("sites")
    refreshed: list[str] = []
    for workspace in window.workspaces:  # what a change makes each do, and a catch-up when shown
        on_change, reload = workspace.refresh_for, workspace.refresh
        monkeypatch.setattr(workspace, "refresh_for",
                            lambda changes, w=workspace, f=on_change: (refreshed.append(w.key), f(changes))[1])
        monkeypatch.setattr(workspace, "refresh",
                            lambda w=workspace, f=reload: (refreshed.append(f"{w.key} reload"), f())[1])
    sites_ws = window.workspace("sites")
    row = sites_ws.view.model.rows()[0]
    sites_ws.view.select_site(row.id)
    dialog = sites_ws.open_edit_dialog()
    dialog.venue_edit.setText("Hội trường mới")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert refreshed == ["sites"]  # only the shown workspace, and only the edited row (no reload)
    assert sites_ws.view.model.rows()[0].venue == "Hội trường mới"
    stale = sorted(w.key for w in window.workspaces if w._stale)
    assert "sites" not in stale and {"leaders", "progress", "reports"} <= set(stale)
    window.show_workspace("progress")
    assert refreshed == ["sites", "progress reload"]  # it caught up when shown


def test_a_hidden_workspace_is_built_by_its_menu_its_shortcut_or_being_shown(qtbot, campaign_window) -> None:
    """Start-up builds only the workspace shown; another one makes its widgets when its menu opens
    (its actions' states are then right), when one of its actions is used, or when it is shown."""
    from PySide6.QtWidgets import QMenu

    window = campaign_window
    hidden = {w.key: w for w in window.workspaces}
    assert [key for key, w in hidden.items() if w.built] == ["sites"]
    menu = window.menuBar().findChild(QMenu, "checklistsMenu")
    menu.aboutToShow.emit()  # the user opens the Công việc menu
    checklists = hidden["checklists"]
    assert checklists.built and not checklists.isVisible()
    assert not checklists.done_action.isEnabled()  # nothing is selected: said in the menu
    selector = hidden["selector"]
    selector.fit_action.trigger()  # an action of a workspace never shown
    assert selector.built and selector.map.objectName() == "selectorMap"
    assert not hidden["map"].built
    window.workspace_actions["map"].trigger()  # View → Bản đồ (Ctrl+3)
    assert hidden["map"].built and hidden["map"].view.isVisible()
    assert sorted(key for key, w in hidden.items() if not w.built) == ["leaders", "progress", "reports"]
