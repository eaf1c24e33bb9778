"""Leaders directory and invitations through the services: versions, audit, one head, overrides."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from festival_planner.domain.enums import InvitationRole, InvitationStatus
from festival_planner.domain.errors import ConflictError, ValidationError
from festival_planner.domain.models import ChangeLog, Invitation
from festival_planner.services import campaigns, conflicts, invitations, leaders, sites

SIN_THAU = "03158"  # Xã Sín Thầu, Điện Biên
QUANG_SON = "24616"  # Xã Quảng Sơn, Lâm Đồng
DAY = dt.date(2026, 8, 12)


@pytest.fixture
def plan(database):
    """A campaign with two sites far apart on the same day and one leader."""
    with database.transaction() as session:
        campaign = campaigns.ensure_campaign(session, 2026)
        north = sites.add_site(session, campaign.id, SIN_THAU, DAY)
        south = sites.add_site(session, campaign.id, QUANG_SON, DAY, start_time=dt.time(14), end_time=dt.time(17))
        leader = leaders.add_leader(session, "Nguyễn Văn An", title="Phó Thủ tướng Chính phủ", precedence_rank=20)
    return campaign, north, south, leader


def test_directory_add_edit_deactivate_with_versions(database) -> None:
    with database.transaction() as session:
        a = leaders.add_leader(session, "Trần Thị Bình", title="Thứ trưởng Bộ Công an", precedence_rank=50)
        b = leaders.add_leader(session, "Lê Văn Cường", title="Phó Thủ tướng Chính phủ", precedence_rank=20)
        leaders.add_leader(session, "Đỗ Minh Đức", title="Thứ trưởng Bộ Công an", precedence_rank=50)
    with database.transaction() as session:
        edited = leaders.update_leader(session, a.id, a.version, email="binh@bocongan.gov.vn", phone="0912 345 678")
        assert edited.version == a.version + 1
        with pytest.raises(ConflictError) as stale:
            leaders.update_leader(session, a.id, a.version, notes="old copy")
        assert stale.value.code == "stale_leader"
    with database.transaction() as session:
        gone = leaders.deactivate_leader(session, b.id, b.version)
        assert not gone.active
        order = [r.full_name for r in leaders.list_leaders(session)]
        assert order == ["Lê Văn Cường", "Đỗ Minh Đức", "Trần Thị Bình"]  # rank, then Vietnamese order
        assert [r.full_name for r in leaders.list_leaders(session, include_inactive=False)] == [
            "Đỗ Minh Đức", "Trần Thị Bình"]
        assert [r.full_name for r in leaders.list_leaders(session, "thu truong bo cong an binh")] == ["Trần Thị Bình"]
        assert [r.full_name for r in leaders.list_leaders(session, "ĐỨC")] == ["Đỗ Minh Đức"]
        actions = session.scalars(select(ChangeLog.action).where(ChangeLog.entity == "leader")).all()
        assert sorted(actions) == ["create", "create", "create", "update", "update"]


@pytest.mark.parametrize(("values", "code"), [
    ({"full_name": "  "}, "leader_name_required"),
    ({"full_name": "X", "precedence_rank": -1}, "bad_precedence_rank"),
    ({"full_name": "X", "email": "not-an-address"}, "bad_email"),
    ({"full_name": "nguyen van an"}, "duplicate_leader"),
])
def test_directory_refusals(database, plan, values, code) -> None:
    with database.transaction() as session, pytest.raises(ValidationError) as info:
        leaders.add_leader(session, **values)
    assert info.value.code == code


def test_one_head_per_site_and_delegation_in_precedence_order(database, plan) -> None:
    campaign, north, _south, leader = plan
    with database.transaction() as session:
        deputy = leaders.add_leader(session, "Phạm Văn Dũng", title="Thứ trưởng Bộ Công an", precedence_rank=60)
        senior = leaders.add_leader(session, "Hoàng Văn Em", title="Ủy viên Bộ Chính trị", precedence_rank=5)
        invitations.invite(session, north.id, leader.id, InvitationRole.HEAD)
        invitations.invite(session, north.id, deputy.id, "member")
        with pytest.raises(ValidationError) as info:
            invitations.invite(session, north.id, senior.id, InvitationRole.HEAD)
        assert info.value.code == "site_has_head"
        invitations.invite(session, north.id, senior.id, InvitationRole.MEMBER)
        with pytest.raises(ValidationError) as again:
            invitations.invite(session, north.id, deputy.id, InvitationRole.MEMBER)
        assert again.value.code == "already_invited"
    with database.session() as session:
        assert [r.leader_name for r in invitations.delegation(session, north.id)] == [
            "Nguyễn Văn An", "Hoàng Văn Em", "Phạm Văn Dũng"]
        assert sites.get_site(session, north.id).head_of_delegation == "Nguyễn Văn An"
        head = invitations.heads_with_status(session, [north.id])[north.id]
        assert (head.name, head.status) == ("Nguyễn Văn An", InvitationStatus.PROPOSED)
        assert [r.commune_name for r in leaders.engagements(session, leader.id, 2026)] == ["Xã Sín Thầu"]


def test_status_workflow_stamps_dates(database, plan) -> None:
    _campaign, north, _south, leader = plan
    with database.transaction() as session:
        row = invitations.invite(session, north.id, leader.id, InvitationRole.HEAD)
        row = invitations.set_status(session, row.id, row.version, InvitationStatus.SENT, on=dt.date(2026, 7, 1))
        assert (row.sent_on, row.answered_on) == (dt.date(2026, 7, 1), None)
        row = invitations.set_status(session, row.id, row.version, "accepted", on=dt.date(2026, 7, 5))
        assert (row.status, row.sent_on, row.answered_on) == (
            InvitationStatus.ACCEPTED, dt.date(2026, 7, 1), dt.date(2026, 7, 5))
        with pytest.raises(ValidationError) as info:
            invitations.set_status(session, row.id, row.version, InvitationStatus.DECLINED)
        assert info.value.code == "bad_invitation_status_change"
        row = invitations.set_status(session, row.id, row.version, InvitationStatus.WITHDRAWN)
        assert row.status == InvitationStatus.WITHDRAWN
        assert invitations.heads_of_delegation(session, [north.id]) == {}  # a withdrawn head heads nothing


def test_accepting_a_clash_needs_an_override_reason_kept_in_the_change_log(database, plan) -> None:
    campaign, north, south, leader = plan
    with database.transaction() as session:
        first = invitations.invite(session, north.id, leader.id, InvitationRole.HEAD, status="accepted")
        second = invitations.invite(session, south.id, leader.id, InvitationRole.HEAD, status="sent")
        [clash] = conflicts.find_conflicts(session, campaign.id)
        assert clash.kind == "same_day" and clash.hours_needed > clash.hours_available == 2.5
        assert {e.site_id for e in (clash.first, clash.second)} == {north.id, south.id}
    with database.transaction() as session, pytest.raises(ValidationError) as info:
        invitations.set_status(session, second.id, second.version, InvitationStatus.ACCEPTED)
    assert info.value.code == "conflict_override_required"
    with database.transaction() as session:
        accepted = invitations.set_status(session, second.id, second.version, InvitationStatus.ACCEPTED,
                                          override_reason="Đi trực thăng, đã báo Văn phòng Chính phủ")
        assert accepted.override_reason == "Đi trực thăng, đã báo Văn phòng Chính phủ"
        logged = session.scalars(select(ChangeLog).where(ChangeLog.entity_id == str(second.id),
                                                         ChangeLog.action == "override")).one()
        assert logged.after["override_reason"] == "Đi trực thăng, đã báo Văn phòng Chính phủ"
        assert logged.after["conflicts"][0]["kind"] == "same_day"
    with database.transaction() as session:  # withdrawing one side removes the conflict
        invitations.set_status(session, first.id, first.version, InvitationStatus.WITHDRAWN)
        assert conflicts.find_conflicts(session, campaign.id) == []


def test_inviting_as_accepted_into_a_clash_is_refused_and_leaves_nothing(database, plan) -> None:
    _campaign, north, south, leader = plan
    with database.transaction() as session:
        invitations.invite(session, north.id, leader.id, InvitationRole.HEAD)
    with database.transaction() as session:
        with pytest.raises(ValidationError) as info:
            invitations.invite(session, south.id, leader.id, InvitationRole.HEAD, status=InvitationStatus.ACCEPTED)
        assert info.value.code == "conflict_override_required"
        assert session.scalars(select(Invitation).where(Invitation.site_id == south.id)).all() == []


def test_delete_is_undo_of_add_and_refused_once_invited(database, plan) -> None:
    _campaign, north, _south, leader = plan
    with database.transaction() as session:
        extra = leaders.add_leader(session, "Vũ Văn Giang")
        gone = leaders.delete_leader(session, extra.id, extra.version)
        assert leaders.find_by_name(session, "Vũ Văn Giang") is None
        assert leaders.add_leader(session, gone.full_name, leader_id=gone.id).id == extra.id
        invitations.invite(session, north.id, leader.id, InvitationRole.HEAD)
        with pytest.raises(ValidationError) as info:
            leaders.delete_leader(session, leader.id)
        assert info.value.code == "leader_has_invitations"
