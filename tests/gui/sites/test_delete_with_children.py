"""Deleting a site that has a checklist, a budget, commendations, gifts, a programme and a head of
delegation, then Ctrl+Z: everything comes back with the same ids and values (the file read again)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from festival_planner.domain.enums import BudgetCategory, CommendationKind, GiftRecipientKind, InvitationRole
from festival_planner.gui import dialogs
from festival_planner.services import budget, checklists, invitations, leaders, programme, sites
from festival_planner.store.database import open_database

from .helpers import QUANG_SON

pytestmark = pytest.mark.gui


def everything(database, site_id):
    """What the file holds for the site, read through a second connection to the same file."""
    def read(session):
        found = session.get(sites.Site, site_id)
        if found is None:
            return None
        return {"site": sites.get_site(session, site_id).values(),
                "items": [(r.id, r.values(), r.position) for r in checklists.list_items(session, site_id)],
                "programme": [(r.id, r.values()) for r in programme.get_programme(session, site_id).items],
                "lines": [(r.id, r.values()) for r in budget.list_budget_lines(session, site_id)],
                "commendations": [(r.id, r.values()) for r in budget.list_commendations(session, site_id)],
                "gifts": [(r.id, r.values()) for r in budget.list_gifts(session, site_id)],
                "delegation": [(r.id, r.leader_id, r.role) for r in invitations.delegation(session, site_id)]}
    with database.read() as session:
        return read(session)


def test_delete_site_and_undo_brings_back_its_children(qtbot, campaign_window, db_path, monkeypatch) -> None:
    window = campaign_window
    with window.database.transaction() as session:
        site = sites.add_site(session, window.campaign.id, QUANG_SON, dt.date(2026, 8, 10), venue="Nhà văn hóa")
        checklists.apply_template(session, site.id)
        checklists.update_item(session, checklists.list_items(session, site.id)[0].id, 1, note="Đã liên hệ")
        programme.apply_default_programme(session, site.id)
        budget.add_budget_line(session, site.id, BudgetCategory.SOUND, 12_500_000, description="Âm thanh")
        budget.add_commendation(session, site.id, CommendationKind.COLLECTIVE, "Chi đoàn thôn 3", "Giấy khen")
        budget.add_gift(session, site.id, GiftRecipientKind.HOUSEHOLD, "Gia đình ông A", "Quà Tết", 500_000)
        leader = leaders.add_leader(session, "Nguyễn Văn Thử", title="Phó Bí thư")
        invitations.invite(session, site.id, leader.id, InvitationRole.HEAD)
    before = everything(window.database, site.id)
    assert len(before["items"]) >= 30 and before["programme"] and before["delegation"]

    workspace = window.workspace("sites")
    window.show_workspace("sites")
    workspace.refresh()
    assert workspace.view.select_site(site.id)
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    workspace.delete_action.trigger()
    assert everything(window.database, site.id) is None
    with window.database.read() as session:  # the children went with it
        assert not checklists.list_campaign_items(session, window.campaign.id)

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z
    second = open_database(db_path)  # the real file, read again by another connection
    try:
        assert everything(second, site.id) == before
    finally:
        second.close()

    window.undo_stack.redo()
    assert everything(window.database, site.id) is None
    window.undo_stack.undo()
    assert everything(window.database, site.id) == before
    window.show_workspace("checklists")
    shown = window.workspace("checklists")
    shown.show_site(site.id)
    assert [r.id for r in shown.items.model.rows()] == [i for i, _v, _p in before["items"]]
    assert len(shown.budget.model.rows()) == 1 and len(shown.gifts.model.rows()) == 1
