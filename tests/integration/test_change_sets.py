"""What changed comes from the data: ``Database.write`` returns the change log's records of its
transaction as a change set; a write that changes rows without recording them fails; a savepoint
that rolls back leaves nothing in the set; ``services.revert`` undoes a change set exactly."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from festival_planner.domain.changes import Change
from festival_planner.domain.models import Campaign, Leader, Site
from festival_planner.services import campaigns, imports, leaders, revert, sites
from festival_planner.store.database import UnrecordedWrite

QUANG_SON = "24700"


def _counts(database) -> tuple[int, int, int]:
    with database.read() as session:
        return tuple(session.scalar(select(func.count()).select_from(m)) for m in (Campaign, Site, Leader))


def test_a_write_reports_what_its_change_log_recorded(database) -> None:
    campaign, changes = database.perform(lambda s: campaigns.ensure_campaign(s, 2026))
    assert changes.flags == Change.CAMPAIGNS and changes.ids("campaign") == {str(campaign.id)}
    code = database.perform(lambda s: s.execute(text("SELECT code FROM commune LIMIT 1")).scalar_one())[0]
    site, changes = database.perform(lambda s: sites.add_site(s, campaign.id, code, dt.date(2026, 8, 5)))
    assert changes.flags == Change.SITES and changes.ids("site") == {str(site.id)}
    edited, changes = database.perform(lambda s: sites.update_site(s, site.id, site.version, venue="Nhà văn hóa"))
    assert changes.fields("site") >= {"venue"} and changes.only_fields("site", {"venue", "version"})
    assert changes.to_json()["entities"] == {"site": {"update": [str(site.id)]}}
    assert changes.to_json()["kinds"] == ["sites"]


def test_a_write_that_records_nothing_fails(database) -> None:
    before = _counts(database)
    with pytest.raises(UnrecordedWrite), database.write() as session:
        session.add(Leader(full_name="Không ghi nhật ký", title="", organisation="", precedence_rank=1))
    assert _counts(database) == before  # and nothing was kept


def test_a_rolled_back_savepoint_leaves_nothing_in_the_change_set(database) -> None:
    table = imports.Table(("Họ và tên",), ((2, ("Nguyễn Văn An",)),), "l.csv")
    result, changes = database.perform(lambda s: imports.import_leaders(s, table, dry_run=True))
    assert result.ok and not result.written and not changes


def test_revert_undoes_a_change_set_exactly_and_its_revert_redoes_it(database) -> None:
    before = _counts(database)
    table = imports.Table(("Họ và tên", "Chức vụ"), tuple((n + 2, (f"Lãnh đạo {n}", "Bộ trưởng")) for n in range(5)),
                          "l.csv")
    _, made = database.perform(lambda s: imports.import_leaders(s, table))
    assert len(made.ids("leader")) == 5
    _, undone = database.perform(lambda s: revert.revert(s, made.records))
    assert _counts(database) == before
    _, redone = database.perform(lambda s: revert.revert(s, undone.records))
    with database.read() as session:
        assert sorted(r.full_name for r in leaders.list_leaders(session)) == [f"Lãnh đạo {n}" for n in range(5)]
    assert redone.ids("leader") == made.ids("leader")  # the same rows, the same ids


def test_revert_refuses_when_the_row_changed_since(database) -> None:
    leader, made = database.perform(lambda s: leaders.add_leader(s, "Trần Thị Bình", title="Bộ trưởng",
                                                                  precedence_rank=20))
    _, edited = database.perform(lambda s: leaders.update_leader(s, leader.id, leader.version, title="Thứ trưởng"))
    database.perform(lambda s: leaders.update_leader(s, leader.id, leader.version + 1, title="Cục trưởng"))
    from festival_planner.domain.errors import ConflictError

    with pytest.raises(ConflictError) as refused:
        database.perform(lambda s: revert.revert(s, edited.records))
    assert refused.value.code == "undo_stale"
