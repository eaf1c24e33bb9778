"""The Sites table's first load: the rows at once — what the first paint showed — and the delegations
and leader conflicts right after (read in the background from the event loop's first turn), so a big
plan's invitations and travel estimates neither delay the window nor freeze it once shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from festival_planner.app import workspace_classes
from festival_planner.domain.enums import InvitationRole
from festival_planner.gui.column_fit import text_fits
from festival_planner.gui.main_window import MainWindow
from festival_planner.gui.sites.columns import Column
from festival_planner.services import campaigns, invitations, leaders, sites

from .helpers import QUANG_SON

BACH_DICH = "00832"  # Xã Bạch Đích, Tuyên Quang: a day's drive from Quảng Sơn


def test_the_first_load_shows_the_rows_then_the_conflicts(qtbot, database, settings) -> None:
    with database.transaction() as session:
        campaign = campaigns.create_campaign(session, 2026)
        a = sites.add_site(session, campaign.id, QUANG_SON, dt.date(2026, 8, 5))
        b = sites.add_site(session, campaign.id, BACH_DICH, dt.date(2026, 8, 5), start_time=dt.time(14, 0),
                           end_time=dt.time(16, 0))
        leader = leaders.add_leader(session, "Nguyễn Văn An", title="Phó Thủ tướng Chính phủ", precedence_rank=10)
        invitations.invite(session, a.id, leader.id, InvitationRole.HEAD)
        invitations.invite(session, b.id, leader.id, InvitationRole.HEAD, override_reason="Đi trực thăng")
    window = MainWindow(database, settings, workspace_classes())
    qtbot.addWidget(window)
    window.show()
    model = window.workspace("sites").view.model
    head = model.index(model.row_of(a.id), Column.HEAD)
    assert model.rowCount() == 2  # the rows at once
    assert not model.extras(a.id).delegation and not model.extras(a.id).conflicts  # not yet: in the background
    assert head.data() == ""  # as in the first paint: empty, not "none"
    workspace = window.workspace("sites")
    QApplication.processEvents()
    assert workspace.reading_conflicts and window.isEnabled()  # the window answers meanwhile
    qtbot.waitUntil(lambda: bool(model.extras(a.id).conflicts), timeout=30_000)
    assert model.extras(b.id).conflicts and not workspace.reading_conflicts
    assert model.extras(a.id).delegation and head.data() == "Nguyễn Văn An"
    assert text_fits(window.workspace("sites").view.table,  # the column widened to the name
                     window.workspace("sites").view.proxy.mapFromSource(head))
    # a read that a reload overtook is dropped (its rows are older) and read again
    workspace._conflicts_read(campaign.id, workspace._generation - 1, ([], {}))
    assert model.rowCount() == 2 and workspace.reading_conflicts
    qtbot.waitUntil(lambda: not workspace.reading_conflicts, timeout=30_000)
    assert model.rowCount() == 2 and model.extras(a.id).conflicts
    window.workspace("sites").refresh()  # later reloads read the conflicts at once
    assert model.extras(a.id).conflicts


def test_the_deferred_conflicts_wait_for_a_window_closed_before_them(qtbot, database, settings) -> None:
    with database.transaction() as session:
        campaign = campaigns.create_campaign(session, 2026)
        sites.add_site(session, campaign.id, QUANG_SON, dt.date(2026, 8, 5))
    window = MainWindow(database, settings, workspace_classes())
    qtbot.addWidget(window)
    window.show()
    workspace = window.workspace("sites")
    window.close()
    database.close()  # (a field kit's working copy is closed with its window)
    QApplication.processEvents()  # the deferred read does not touch the closed database
    assert workspace._stale
