"""The travel model saved with the campaign, seen the same way by the window and the CLI.

With a slower model saved for the campaign, ``conflicts --json`` and the Leaders and Sites views show
the same conflicts, and accepting a clashing invitation without a reason is refused in both. The
dialog edits the campaign's model (one undoable step); the model older versions kept in the user's
settings is offered once, then removed from the settings."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from PySide6.QtCore import QTime

from festival_planner.cli import main
from festival_planner.domain.enums import InvitationStatus
from festival_planner.geo.travel import TravelParameters
from festival_planner.gui import dialogs
from festival_planner.gui.leaders.travel_dialog import TravelDialog
from festival_planner.gui.settings import LEGACY_TRAVEL_KEY, Settings
from festival_planner.gui.travel_model import offer_settings_model
from festival_planner.services import invitations, leaders, planning, sites

QUANG_SON = "24616"  # Xã Quảng Sơn, Lâm Đồng
BACH_DICH = "00832"  # Xã Bạch Đích, Tuyên Quang (formerly Hà Giang)
# No flights, convoys at walking pace: Lâm Đồng to Tuyên Quang takes days.
SLOW = replace(TravelParameters(), lowland_speed_kmh=10.0, mountain_speed_kmh=10.0, min_flight_km=2000.0)


def next_day_pair(window, database):
    """A head invited to Quảng Sơn one morning and Bạch Đích two days later: reachable by air under
    the default model, a conflict under ``SLOW``."""
    with database.transaction() as session:
        a = sites.add_site(session, window.campaign.id, QUANG_SON, dt.date(2026, 8, 5))
        b = sites.add_site(session, window.campaign.id, BACH_DICH, dt.date(2026, 8, 7), start_time=dt.time(14, 0),
                           end_time=dt.time(16, 0))
        leader = leaders.add_leader(session, "Nguyễn Văn An", title="Phó Thủ tướng Chính phủ", precedence_rank=10)
        invitations.invite(session, a.id, leader.id, "head", status=InvitationStatus.ACCEPTED)
        b_inv = invitations.invite(session, b.id, leader.id, "head", status=InvitationStatus.SENT)
    return a, b, leader, b_inv


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def gui_conflicts(window) -> list[tuple[str, str]]:
    workspace = window.workspace("leaders")
    return [(workspace.view.conflicts_table.item(r, 0).text(), workspace.view.conflicts_table.item(r, 1).text())
            for r in range(workspace.view.conflicts_table.rowCount())]


def test_a_slower_campaign_model_gives_the_same_conflicts_and_the_same_refusal_in_cli_and_window(
        qtbot, capsys, campaign_window, database, db_path) -> None:
    window = campaign_window
    a, b, leader, b_inv = next_day_pair(window, database)
    workspace = window.workspace("leaders")
    workspace.refresh()
    code, out, _ = cli(capsys, "conflicts", "--campaign", "2026", "--json", "--db", str(db_path))
    assert code == 0 and json.loads(out) == [] and gui_conflicts(window) == []

    # The slower model, saved for the campaign through the Leaders workspace's dialog.
    dialog = workspace.open_travel_dialog()
    dialog.set_parameters(SLOW)
    dialog.accept()
    with database.session() as session:
        assert planning.travel_parameters(session, window.campaign.id) == SLOW

    code, out, _ = cli(capsys, "conflicts", "--campaign", "2026", "--json", "--db", str(db_path))
    found = json.loads(out)
    assert code == 0 and len(found) == 1
    assert str(b_inv.id) in json.dumps(found[0])
    assert len(gui_conflicts(window)) == 1 and gui_conflicts(window)[0][0] == "Nguyễn Văn An"
    sites_model = window.workspace("sites").view.model
    assert sites_model.extras(a.id).conflicts and sites_model.extras(b.id).conflicts

    # Accepting the clashing invitation without a reason: refused by the CLI …
    code, out, err = cli(capsys, "invite", "--site", str(b.id), "--leader", str(leader.id), "--role", "head",
                         "--status", "accepted", "--db", str(db_path))
    assert code != 0 and out == "" and "lý do" in err and err.count("\n") == 1
    # … and by the window.
    delegation = workspace.open_delegation_dialog(b.id)
    assert delegation.select_leader_row(leader.id)
    assert not delegation.change_status(InvitationStatus.ACCEPTED)
    assert "lý do" in delegation.message_label.text()
    delegation.reject()
    with database.session() as session:
        assert [r.status for r in invitations.delegation(session, b.id)] == [InvitationStatus.SENT]

    # Undo puts the defaults back: no conflict anywhere.
    window.undo_action.trigger()
    assert gui_conflicts(window) == []
    code, out, _ = cli(capsys, "conflicts", "--campaign", "2026", "--json", "--db", str(db_path))
    assert json.loads(out) == []
    window.redo_action.trigger()
    assert len(gui_conflicts(window)) == 1


def test_the_itinerary_prints_under_the_campaign_model(qtbot, capsys, campaign_window, database, db_path) -> None:
    window = campaign_window
    _a, _b, leader, _ = next_day_pair(window, database)
    argv = ("itinerary", "--leader", str(leader.id), "--campaign", "2026", "--json", "--db", str(db_path))
    stops = json.loads(cli(capsys, *argv)[1])["stops"]
    assert stops[1]["travel_from_previous"]["mode"] == "air" and not stops[1]["conflict"]
    with database.transaction() as session:
        planning.save_travel_parameters(session, window.campaign.id, SLOW)
    stops = json.loads(cli(capsys, *argv)[1])["stops"]
    assert stops[1]["travel_from_previous"]["mode"] == "road" and stops[1]["conflict"]


def test_the_old_settings_model_is_offered_once_then_removed(qtbot, monkeypatch, campaign_window, database,
                                                              settings: Settings) -> None:
    window = campaign_window
    asked: list[str] = []

    def confirm(parent, title, text, yes_text, no_text=None) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    settings._qs.setValue(LEGACY_TRAVEL_KEY, json.dumps(SLOW.to_json()))
    assert offer_settings_model(window.context, window) is True
    assert len(asked) == 1 and "2026" in asked[0]
    with database.session() as session:
        assert planning.travel_parameters(session, window.campaign.id) == SLOW
    assert Settings().legacy_travel_parameters() is None and not settings._qs.contains(LEGACY_TRAVEL_KEY)
    assert offer_settings_model(window.context, window) is None and len(asked) == 1
    window.undo_action.trigger()  # the offer taken is one undoable step
    with database.session() as session:
        assert planning.saved_travel_parameters(session, window.campaign.id) == (None, 2)


def test_declining_the_offer_keeps_the_defaults_and_removes_the_setting(qtbot, monkeypatch, campaign_window,
                                                                         database, settings: Settings) -> None:
    window = campaign_window
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: False)
    settings._qs.setValue(LEGACY_TRAVEL_KEY, json.dumps(SLOW.to_json()))
    assert offer_settings_model(window.context, window) is False
    with database.session() as session:
        assert planning.saved_travel_parameters(session, window.campaign.id) == (None, None)
    assert not settings._qs.contains(LEGACY_TRAVEL_KEY)


def test_the_window_asks_when_it_shows_a_campaign(qtbot, monkeypatch, database, settings: Settings) -> None:
    from festival_planner.app import workspace_classes
    from festival_planner.gui.main_window import MainWindow
    from festival_planner.services import campaigns

    with database.transaction() as session:
        campaigns.create_campaign(session, 2026)
    settings._qs.setValue(LEGACY_TRAVEL_KEY, json.dumps(SLOW.to_json()))
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, *a: asked.append(text) or True)
    window = MainWindow(database, settings, workspace_classes())
    qtbot.addWidget(window)
    assert len(asked) == 1
    with database.session() as session:
        assert planning.travel_parameters(session, window.campaign.id) == SLOW


@pytest.mark.parametrize("stored", ["", "not json", json.dumps(TravelParameters().to_json())])
def test_nothing_is_offered_for_an_unreadable_or_default_setting(qtbot, campaign_window, settings: Settings,
                                                                  stored: str) -> None:
    settings._qs.setValue(LEGACY_TRAVEL_KEY, stored)
    assert settings.legacy_travel_parameters() is None
    assert offer_settings_model(campaign_window.context, campaign_window) is None  # no dialog (it would fail)
    assert not settings._qs.contains(LEGACY_TRAVEL_KEY)


def test_dialog_shows_values_and_refuses_an_empty_travel_window(qtbot) -> None:
    dialog = TravelDialog(replace(TravelParameters(), lowland_speed_kmh=45.0))
    qtbot.addWidget(dialog)
    assert dialog.spins["lowland_speed_kmh"].value() == 45.0
    assert dialog.parameters() == replace(TravelParameters(), lowland_speed_kmh=45.0)
    dialog.day_end.setTime(QTime(5, 0))
    dialog.accept()
    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.result() == 0
