"""Two people on the team server, two windows on two connections (two server logins): the second save
of the same site shows the "changed by someone else" dialog, and each window shows the other's change
to another site by itself, through the change log."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from festival_planner.app import workspace_classes
from festival_planner.gui.conflict_dialog import ConflictDialog
from festival_planner.gui.main_window import MainWindow
from festival_planner.gui.settings import Settings
from festival_planner.gui.sites.table_model import Column
from festival_planner.gui.snapshot_model import OBJECT_ROLE
from festival_planner.services import demo, sites
from festival_planner.store.database import open_database
from tests.gui.sites.helpers import accept


def venue_shown(window: MainWindow, site_id) -> str | None:  # type: ignore[no-untyped-def]
    view = window.workspace("sites").view
    for row in range(view.proxy.rowCount()):
        index = view.proxy.index(row, Column.VENUE)
        if view.proxy.index(row, 0).data(OBJECT_ROLE).id == site_id:
            return index.data(Qt.ItemDataRole.DisplayRole)
    return None


@pytest.fixture
def team(qtbot, pg_cluster, pg_url: str, settings: Settings):  # type: ignore[no-untyped-def]
    for login in ("lan_vp", "minh_vp"):
        pg_cluster.add_login(login, "mat-khau")
    setup = open_database(pg_url)
    with setup.write() as session:
        campaign = demo.create_demo(session, 2026)
    setup.close()
    windows = []
    for login in ("lan_vp", "minh_vp"):
        database = open_database(pg_url.replace("festival@", f"{login}:mat-khau@"))
        window = MainWindow(database, settings, workspace_classes())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.campaigns.select_year(2026)
        window.show_workspace("sites")
        windows.append(window)
    assert all(w.campaign is not None and w.campaign.year == campaign.year for w in windows)
    yield windows
    for window in windows:
        window.team_watch.stop()
        window.close()  # before its database: closing may still read (a reopened pool connection would leak)
        window.database.close()
    import gc

    gc.collect()  # an unclosed server connection warns here, in these tests, not in a later test's


def test_the_second_save_is_a_conflict_and_each_window_sees_the_others_change(qtbot, team) -> None:
    lan, minh = team
    rows = lan.workspace("sites").view.model.rows()
    first, other = rows[0], rows[1]

    # Both open the same site to edit it; Lan saves first.
    minh_dialog = minh.workspace("sites").open_edit_dialog(
        next(r for r in minh.workspace("sites").view.model.rows() if r.id == first.id))
    lan_dialog = lan.workspace("sites").open_edit_dialog(first)
    lan_dialog.venue_edit.setText("Hội trường UBND xã")
    accept(qtbot, lan_dialog)

    # Minh's save finds the site changed: the conflict dialog, with both values and who saved.
    minh_dialog.venue_edit.setText("Sân vận động xã")
    ok = minh_dialog.buttons.button(minh_dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    conflict = minh.workspace("sites").conflict_dialog
    assert isinstance(conflict, ConflictDialog) and conflict.isVisible()
    cells = [conflict.table.item(0, column).text() for column in range(4)]
    assert cells[1:3] == ["Sân vận động xã", "Hội trường UBND xã"]
    assert "lan_vp" in conflict.intro_label.text()  # who saved it: the server login
    with minh.database.read() as session:
        assert sites.get_site(session, first.id).venue == "Hội trường UBND xã"  # nothing overwritten

    # Reload keeps Lan's value, in Minh's window too.
    qtbot.mouseClick(conflict.reload_button, Qt.MouseButton.LeftButton)
    assert conflict.result() == QDialog.DialogCode.Rejected
    qtbot.waitUntil(lambda: venue_shown(minh, first.id) == "Hội trường UBND xã", timeout=2000)

    # Minh edits another site: Lan's window shows it by itself within 2 s.
    minh_other = next(r for r in minh.workspace("sites").view.model.rows() if r.id == other.id)
    dialog = minh.workspace("sites").open_edit_dialog(minh_other)
    dialog.venue_edit.setText("Nhà văn hóa thôn 3")
    accept(qtbot, dialog)
    qtbot.waitUntil(lambda: venue_shown(lan, other.id) == "Nhà văn hóa thôn 3", timeout=2000)


def test_connect_to_the_team_server_from_the_file_menu_never_stores_the_password(qtbot, window, pg_cluster,
                                                                                  pg_url: str, settings,
                                                                                  settings_dir) -> None:
    from sqlalchemy.engine import make_url

    from festival_planner.gui.team import ServerDialog

    pg_cluster.add_login("lan_vp", "mat-khau")
    server = make_url(pg_url)
    assert window.files.connect_action.text() == "Kết nối máy chủ nhóm…"
    window.files.connect_action.trigger()
    dialog = window.findChild(ServerDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.host_edit.setText(server.host)
    dialog.port_spin.setValue(server.port)
    dialog.database_edit.setText(server.database)
    dialog.user_edit.setText("lan_vp")
    dialog.password_edit.setText("mat-khau")
    dialog.accept()
    qtbot.waitUntil(lambda: window.database.path is None, timeout=5000)
    try:
        assert window.database.url.username == "lan_vp" and window.team_watch.timer.isActive()
        assert "mat-khau" not in window.windowTitle() + window.path_label.toolTip()
        recent = settings.recent_databases()
        assert recent[0] == f"postgresql+psycopg://lan_vp@{server.host}:{server.port}/{server.database}"
        settings.sync()
        stored = b"".join(p.read_bytes() for p in settings_dir.rglob("*") if p.is_file())
        assert b"lan_vp@" in stored and b"mat-khau" not in stored
        # the recent menu offers the server again; choosing it asks the password again (never kept)
        window.files.fill_recent_menu(window.recent_menu)
        entry = next(a for a in window.recent_menu.actions() if "Máy chủ nhóm" in a.text())
        assert not entry.isEnabled()  # it is the database shown
    finally:
        window.team_watch.stop()
        window.close()
        window.database.close()  # the server database the window switched to (the fixture closes the file)


def test_overwrite_after_a_conflict_is_a_new_undoable_edit_seen_by_the_other(qtbot, team) -> None:
    lan, minh = team
    first = lan.workspace("sites").view.model.rows()[0]
    minh_dialog = minh.workspace("sites").open_edit_dialog(
        next(r for r in minh.workspace("sites").view.model.rows() if r.id == first.id))
    lan_dialog = lan.workspace("sites").open_edit_dialog(first)
    lan_dialog.venue_edit.setText("Hội trường UBND xã")
    accept(qtbot, lan_dialog)
    minh_dialog.venue_edit.setText("Sân vận động xã")
    qtbot.mouseClick(minh_dialog.buttons.button(minh_dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    conflict = minh.workspace("sites").conflict_dialog
    qtbot.mouseClick(conflict.overwrite_button, Qt.MouseButton.LeftButton)
    with minh.database.read() as session:
        assert sites.get_site(session, first.id).venue == "Sân vận động xã"
    qtbot.waitUntil(lambda: venue_shown(lan, first.id) == "Sân vận động xã", timeout=2000)
    minh.undo_action.trigger()  # Minh's overwrite undoes back to Lan's value, not to the old one
    with minh.database.read() as session:
        assert sites.get_site(session, first.id).venue == "Hội trường UBND xã"
    qtbot.waitUntil(lambda: venue_shown(lan, first.id) == "Hội trường UBND xã", timeout=2000)
