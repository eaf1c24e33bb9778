"""Sites through the services: validation in Vietnamese, optimistic locking, audit, one transaction."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from festival_planner.domain.enums import SiteStatus
from festival_planner.domain.errors import ConflictError, NotFoundError, ValidationError
from festival_planner.domain.models import ChangeLog, Site
from festival_planner.services import campaigns, demo, sites

QUANG_SON = "24616"  # Xã Quảng Sơn, Lâm Đồng (old Đắk Nông)
SIN_THAU = "03151"


@pytest.fixture
def campaign(database):
    with database.transaction() as session:
        return campaigns.ensure_campaign(session, 2026)


def _count(database, model=Site) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_campaign_defaults_follow_the_festival(campaign) -> None:
    assert (campaign.window_start, campaign.window_end, campaign.festival_day) == (
        dt.date(2026, 7, 1), dt.date(2026, 8, 19), dt.date(2026, 8, 19))
    assert (campaign.target_min, campaign.target_max) == (25, 30)


def test_add_edit_delete_restore_round_trip(database, campaign) -> None:
    with database.transaction() as session:
        row = sites.add_site(session, campaign.id, QUANG_SON, dt.date(2026, 8, 5), venue="Nhà văn hóa xã")
    assert (row.commune.name, row.commune.province, row.status) == ("Xã Quảng Sơn", "Lâm Đồng", SiteStatus.PROPOSED)
    assert (row.start_time, row.end_time) == (dt.time(7, 30), dt.time(11, 30))
    with database.transaction() as session:
        edited = sites.update_site(session, row.id, row.version, venue="Sân vận động xã",
                                   status=SiteStatus.CONFIRMED, contact_phone="0263 3 123 456")
    assert edited.version == row.version + 1
    assert (edited.venue, edited.status) == ("Sân vận động xã", SiteStatus.CONFIRMED)
    with database.transaction() as session:
        gone = sites.delete_site(session, edited.id, edited.version)
    assert _count(database) == 0
    with database.transaction() as session:
        back = sites.restore_site(session, gone)
    assert back.id == row.id and back.venue == "Sân vận động xã" and back.contact_phone == "0263 3 123 456"
    with database.session() as session:
        actions = session.scalars(select(ChangeLog.action).where(ChangeLog.entity_id == str(row.id))
                                  .order_by(ChangeLog.at)).all()
    assert actions == ["create", "update", "delete", "create"]


@pytest.mark.parametrize(("changes", "code", "words"), [
    ({"date": dt.date(2026, 8, 20)}, "date_outside_window", "nằm ngoài đợt tổ chức"),
    ({"date": dt.date(2026, 6, 30)}, "date_outside_window", "01/07/2026 – 19/08/2026"),
    ({"status": SiteStatus.CONFIRMED, "venue": "  "}, "venue_required", "địa điểm"),
    ({"start_time": dt.time(11, 0), "end_time": dt.time(8, 0)}, "bad_times", "Giờ kết thúc"),
    ({"venue": "x" * 301}, "too_long", "Địa điểm"),
    ({"status": SiteStatus.HELD, "venue": "Nhà văn hóa"}, "bad_status_change", "Không thể chuyển trạng thái"),
])
def test_bad_edits_are_refused_in_vietnamese_and_write_nothing(database, campaign, changes, code, words) -> None:
    with database.transaction() as session:
        row = sites.add_site(session, campaign.id, QUANG_SON, dt.date(2026, 8, 5))
    with pytest.raises(ValidationError) as info, database.transaction() as session:
        sites.update_site(session, row.id, row.version, **changes)
    assert info.value.code == code
    assert words in info.value.message
    with database.session() as session:
        assert sites.get_site(session, row.id) == row


def test_the_same_commune_twice_in_a_campaign_is_refused(database, campaign) -> None:
    with database.transaction() as session:
        sites.add_site(session, campaign.id, QUANG_SON, dt.date(2026, 8, 5))
    with pytest.raises(ValidationError) as info, database.transaction() as session:
        sites.add_site(session, campaign.id, QUANG_SON, dt.date(2026, 8, 10))
    assert info.value.code == "duplicate_commune"
    assert "Xã Quảng Sơn (Lâm Đồng) đã là điểm tổ chức năm 2026" in info.value.message
    assert _count(database) == 1


def test_unknown_commune_is_refused(database, campaign) -> None:
    with pytest.raises(NotFoundError), database.transaction() as session:
        sites.add_site(session, campaign.id, "99999", dt.date(2026, 8, 5))


def test_every_allowed_status_change_can_be_undone() -> None:
    for old in SiteStatus:
        for new in SiteStatus:
            if sites.status_change_allowed(old, new):
                assert sites.status_change_allowed(new, old), (old, new)


def test_a_stale_version_is_a_conflict_not_a_silent_overwrite(database, campaign) -> None:
    with database.transaction() as session:
        row = sites.add_site(session, campaign.id, QUANG_SON, dt.date(2026, 8, 5))
    with database.transaction() as session:
        sites.update_site(session, row.id, row.version, venue="A")  # someone else
    with pytest.raises(ConflictError), database.transaction() as session:
        sites.update_site(session, row.id, row.version, venue="B")
    with database.session() as session:
        assert sites.get_site(session, row.id).venue == "A"


def test_a_failure_midway_leaves_nothing_half_written(database, monkeypatch) -> None:
    calls = {"n": 0}
    real_add = sites.add_site

    def failing_add(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 10:
            raise ValidationError("boom")
        return real_add(*args, **kwargs)

    monkeypatch.setattr(demo.sites, "add_site", failing_add)
    with pytest.raises(ValidationError), database.transaction() as session:
        demo.create_demo(session, 2026)
    assert _count(database) == 0
    with database.session() as session:
        assert campaigns.list_campaigns(session) == []


def test_demo_has_28_sites_in_the_window_weighted_to_priority_regions(database) -> None:
    with database.transaction() as session:
        campaign = demo.create_demo(session, 2026)
        rows = sites.list_sites(session, campaign.id)
    assert len(rows) == 28
    assert len({r.commune.code for r in rows}) == 28
    assert all(dt.date(2026, 7, 1) <= r.date <= dt.date(2026, 8, 19) for r in rows)
    priority = [r for r in rows if {"tay_bac", "tay_bac_mo_rong", "tay_nguyen", "tay_nam_bo"} & set(r.commune.regions)]
    assert len(priority) >= 20
    assert len({r.commune.province for r in rows}) >= 18
    assert all(r.venue for r in rows)
    with pytest.raises(ValidationError), database.transaction() as session:
        demo.create_demo(session, 2026)
    with database.transaction() as session:
        assert demo.create_demo(session, 2026, replace=True).site_count == 28


def test_campaign_plan_edits_are_validated_against_the_sites(database) -> None:
    with database.transaction() as session:
        campaign = demo.create_demo(session, 2026)
    with pytest.raises(ValidationError) as info, database.transaction() as session:
        campaigns.update_campaign(session, campaign.id, campaign.version, window_start=dt.date(2026, 7, 20))
    assert info.value.code == "sites_outside_window"
    assert "Xã Sín Thầu (09/07/2026); Xã Xà Phiên (16/07/2026)" in info.value.message
    with pytest.raises(ValidationError) as info, database.transaction() as session:
        campaigns.update_campaign(session, campaign.id, campaign.version, window_end=dt.date(2026, 8, 18))
    assert info.value.code == "festival_day_outside"
    with pytest.raises(ValidationError), database.transaction() as session:
        campaigns.update_campaign(session, campaign.id, campaign.version, target_min=31)
    with pytest.raises(ValidationError), database.transaction() as session:
        campaigns.update_campaign(session, campaign.id, campaign.version, window_start=dt.date(2025, 7, 1))
    with database.transaction() as session:
        edited = campaigns.update_campaign(session, campaign.id, campaign.version,
                                           window_start=dt.date(2026, 6, 15), target_min=26)
    assert (edited.window_start, edited.target_min, edited.version) == (dt.date(2026, 6, 15), 26,
                                                                       campaign.version + 1)
    with pytest.raises(ConflictError), database.transaction() as session:
        campaigns.update_campaign(session, campaign.id, campaign.version, target_max=29)
