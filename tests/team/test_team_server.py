"""Two people on one team server: a concurrent edit of the same row is a conflict, never a silent
overwrite, and the change log names the server login that made each change."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import select

from festival_planner.domain.errors import ConflictError
from festival_planner.domain.models import ChangeLog
from festival_planner.services import campaigns, sites
from festival_planner.store.database import open_database

QUANG_SON = "24616"
SIN_THAU = "03151"


@pytest.fixture
def site(pg_database):
    with pg_database.write() as session:
        campaign = campaigns.ensure_campaign(session, 2026)
        return sites.add_site(session, campaign.id, QUANG_SON, dt.date(2026, 8, 5))


def test_the_change_log_names_the_server_login(pg_cluster, pg_url: str) -> None:
    pg_cluster.add_login("lan_vp", "mat-khau")
    url = pg_url.replace(f"{'festival'}@", "lan_vp:mat-khau@")
    database = open_database(url)
    try:
        with database.write() as session:
            campaign = campaigns.ensure_campaign(session, 2026)
            row = sites.add_site(session, campaign.id, SIN_THAU, dt.date(2026, 8, 6))
        with database.read() as session:
            actors = set(session.scalars(select(ChangeLog.actor).where(ChangeLog.entity_id == str(row.id))))
    finally:
        database.close()
    assert actors == {"lan_vp"}


def test_an_edit_of_a_row_another_connection_changed_is_a_conflict(pg_database, pg_url: str, site) -> None:
    other = open_database(pg_url)  # a second person: another connection, another process's view
    try:
        with other.write() as session:
            sites.update_site(session, site.id, site.version, venue="Hội trường xã")
        with pytest.raises(ConflictError) as raised, pg_database.write() as session:
            sites.update_site(session, site.id, site.version, venue="Sân vận động")
        assert "người khác" in raised.value.message
    finally:
        other.close()
    with pg_database.read() as session:
        assert sites.get_site(session, site.id).venue == "Hội trường xã"


def test_two_writers_at_the_same_moment_one_wins_the_other_gets_the_conflict(pg_database, pg_url: str,
                                                                               site) -> None:
    """The second UPDATE waits on the first one's row lock (READ COMMITTED); when the first commits, the
    version it expected is gone: StaleDataError, so the ConflictError — not an overwrite."""
    other = open_database(pg_url)
    first_flushed, first_may_commit = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def first() -> None:
        try:
            with other.write() as session:
                sites.update_site(session, site.id, site.version, venue="Hội trường xã")
                first_flushed.set()
                first_may_commit.wait(10)
            outcome["first"] = "committed"
        except Exception as exc:  # reported to the test thread below
            outcome["first"] = exc

    thread = threading.Thread(target=first)
    thread.start()
    try:
        assert first_flushed.wait(10)
        # the second writer reads version 1 (the first has not committed), then its UPDATE blocks
        timer = threading.Timer(0.3, first_may_commit.set)
        timer.start()
        with pytest.raises(ConflictError), pg_database.write() as session:
            sites.update_site(session, site.id, site.version, venue="Sân vận động")
    finally:
        first_may_commit.set()
        thread.join(15)
        other.close()
    assert outcome["first"] == "committed"
    with pg_database.read() as session:
        row = sites.get_site(session, site.id)
        logged = session.scalars(select(ChangeLog.after).where(ChangeLog.entity_id == str(site.id),
                                                               ChangeLog.action == "update")).all()
    assert row.venue == "Hội trường xã" and row.version == site.version + 1
    assert [entry["venue"] for entry in logged] == ["Hội trường xã"]


def test_a_server_that_goes_away_mid_write_is_told_and_nothing_is_saved(pg_cluster, pg_database, site) -> None:
    """The server ends this connection (as a restart or a network cut would): the write door answers with
    the team server's message, not a driver's traceback, and the edit is not in the database."""
    from festival_planner.domain.errors import DatabaseError

    with pytest.raises(DatabaseError) as raised, pg_database.write() as session:
        sites.update_site(session, site.id, site.version, venue="Hội trường xã")
        session.flush()
        pid = session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()
        pg_cluster.execute(f"SELECT pg_terminate_backend({pid})")
        session.connection().exec_driver_sql("SELECT 1")
    assert raised.value.code == "server_failed" and "không có gì được lưu" in raised.value.message
    with pg_database.read() as session:
        assert sites.get_site(session, site.id).venue == ""
