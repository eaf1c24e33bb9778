"""The travel model saved with the campaign (``services.planning``): defaults until saved, a
versioned update with the change log, values checked against the model's ranges, one row per
campaign (deleted with it); a 0005 database gains the table empty."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select, text

from festival_planner.domain.errors import ConflictError, ValidationError
from festival_planner.domain.models import CampaignPlanning, ChangeLog
from festival_planner.geo.travel import TravelParameters
from festival_planner.services import campaigns, planning
from festival_planner.store import migrate
from festival_planner.store.database import database_url, make_engine, open_database

SLOW = replace(TravelParameters(), lowland_speed_kmh=20.0, travel_day_end=dt.time(19, 0))


def test_defaults_until_saved_then_versioned_with_the_change_log(database) -> None:
    with database.transaction() as session:
        campaign = campaigns.create_campaign(session, 2026)
    with database.session() as session:
        assert planning.saved_travel_parameters(session, campaign.id) == (None, None)
        assert planning.travel_parameters(session, campaign.id) == TravelParameters()
    with database.transaction() as session:
        version = planning.save_travel_parameters(session, campaign.id, SLOW)
    with database.transaction() as session:
        assert planning.saved_travel_parameters(session, campaign.id) == (SLOW, version)
        again = planning.save_travel_parameters(session, campaign.id, None, version)  # back to the defaults
    assert again == version + 1
    with database.session() as session:
        assert planning.travel_parameters(session, campaign.id) == TravelParameters()
        log = session.scalars(select(ChangeLog).where(ChangeLog.entity == "campaign_planning")
                              .order_by(ChangeLog.at)).all()
    assert [entry.action for entry in log] == ["create", "update"]
    assert log[1].before == {"travel": SLOW.to_json()} and log[1].after == {"travel": None}
    with database.transaction() as session, pytest.raises(ConflictError) as info:
        planning.save_travel_parameters(session, campaign.id, SLOW, version)  # someone saved since
    assert info.value.code == "stale_campaign_planning"


@pytest.mark.parametrize("params, code, words", [
    (replace(TravelParameters(), lowland_speed_kmh=0.0), "travel_bad_value", "Tốc độ đoàn xe, đồng bằng"),
    (replace(TravelParameters(), road_factor=0.5), "travel_bad_value", "Hệ số đường bộ"),
    (replace(TravelParameters(), travel_day_end=dt.time(5, 0)), "travel_bad_window", "05:00"),
])
def test_values_outside_the_model_are_refused(database, params: TravelParameters, code: str, words: str) -> None:
    with database.transaction() as session:
        campaign = campaigns.create_campaign(session, 2026)
    with database.transaction() as session, pytest.raises(ValidationError) as info:
        planning.save_travel_parameters(session, campaign.id, params)
    assert info.value.code == code and words in info.value.text("vi")


def test_the_model_goes_with_its_campaign(database) -> None:
    with database.transaction() as session:
        campaign = campaigns.create_campaign(session, 2026)
        planning.save_travel_parameters(session, campaign.id, SLOW)
    with database.transaction() as session:
        session.execute(text("DELETE FROM campaign"))  # the foreign key cascades
    with database.session() as session:
        assert session.scalars(select(CampaignPlanning)).all() == []


def test_a_0005_database_gains_an_empty_planning_table(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(database_url(path))
    migrate.upgrade(engine, "0005_checklists")
    engine.dispose()
    database = open_database(path, load_gazetteer=False)
    try:
        with database.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION
            assert conn.execute(text("SELECT count(*) FROM campaign_planning")).scalar() == 0
    finally:
        database.close()
