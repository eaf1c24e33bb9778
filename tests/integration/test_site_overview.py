"""The Sites overview is one service call with a fixed number of queries at any number of sites, and
``sites list --json`` offers the same fields (delegation, head's status, conflicts)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from sqlalchemy import event, select

from festival_planner.domain.models import Commune
from festival_planner.services import campaigns, invitations, leaders, sites
from festival_planner.services.site_overview import site_overview


def _plan(database, count: int) -> object:
    with database.write() as session:
        campaign = campaigns.ensure_campaign(session, 2026)
        codes = session.scalars(select(Commune.code).order_by(Commune.code).limit(count)).all()
        leader = leaders.add_leader(session, full_name="Nguyễn Văn An", title="Phó Thủ tướng", precedence_rank=10)
        other = leaders.add_leader(session, full_name="Trần Thị Bình", title="Bộ trưởng", precedence_rank=20)
        for number, code in enumerate(codes):
            site = sites.add_site(session, campaign.id, code, dt.date(2026, 7, 1) + dt.timedelta(days=number % 45))
            if number % 2 == 0:
                invitations.invite(session, site.id, (leader if number % 4 == 0 else other).id, "head")
    return campaign


def _statements(database, campaign_id) -> tuple[int, list]:
    count = 0

    def counted(*_args: object) -> None:
        nonlocal count
        count += 1

    event.listen(database.engine, "before_cursor_execute", counted)
    try:
        with database.read() as session:
            overview = site_overview(session, campaign_id)
    finally:
        event.remove(database.engine, "before_cursor_execute", counted)
    return count, overview


def test_the_overview_costs_the_same_statements_at_10_and_100_sites(database, template_db, tmp_path) -> None:
    from festival_planner.store.database import open_database

    small = _plan(database, 10)
    big_path = tmp_path / "big.sqlite"
    big_path.write_bytes(template_db.read_bytes())
    big_db = open_database(big_path)
    try:
        big = _plan(big_db, 100)
        few, small_rows = _statements(database, small.id)
        many, big_rows = _statements(big_db, big.id)
    finally:
        big_db.close()
    assert (len(small_rows), len(big_rows)) == (10, 100)
    assert few == many, (few, many)
    assert few <= 6
    heads = [line for line in big_rows if line.site.head_of_delegation]
    assert len(heads) == 50 and all(line.delegation[0].role.value == "head" for line in heads)
    assert any(line.conflicts for line in big_rows)  # one leader heads sites a day apart across the country


def test_sites_list_json_offers_the_overview_fields(database, db_path, capsys) -> None:
    from festival_planner import cli

    _plan(database, 10)
    assert cli.main(["sites", "list", "--campaign", "2026", "--db", str(db_path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 10
    first = rows[0]
    assert {"head_of_delegation", "head_status", "delegation", "conflicts", "status", "commune_name"} <= set(first)
    assert first["delegation"][0]["role"] == "head" and first["head_status"] == "proposed"


def test_the_sites_alone_are_the_same_rows_in_the_same_order_in_one_statement(database) -> None:
    """The window's first load (``with_delegations=False``): the same sites and fields as the whole
    overview, without head, delegation or conflicts, in one statement whatever the invitations."""
    campaign = _plan(database, 12)
    count = 0

    def counted(*_args: object) -> None:
        nonlocal count
        count += 1

    with database.read() as session:
        whole = site_overview(session, campaign.id)
        event.listen(database.engine, "before_cursor_execute", counted)
        try:
            alone = site_overview(session, campaign.id, with_delegations=False)
        finally:
            event.remove(database.engine, "before_cursor_execute", counted)
    assert count == 1
    assert [line.site.id for line in alone] == [line.site.id for line in whole]
    assert any(line.site.head_of_delegation for line in whole)
    for full, bare in zip(whole, alone):
        assert (bare.head_status, bare.delegation, bare.conflicts) == (None, (), ())
        assert bare.site == dataclasses.replace(full.site, head_of_delegation=None)
