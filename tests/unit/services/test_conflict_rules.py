"""Conflict rules on plain engagements (no database) and the invitation status workflow."""

from __future__ import annotations

import datetime as dt
import uuid

from festival_planner.domain.enums import InvitationRole, InvitationStatus
from festival_planner.domain.rules import ENGAGEMENT_STATUSES, INVITATION_TRANSITIONS, invitation_change_allowed
from festival_planner.geo.travel import Place
from festival_planner.services.conflicts import SAME_DAY, TRAVEL, Engagement, check

LEADER = uuid.uuid4()
SIN_THAU = Place("Xã Sín Thầu, Điện Biên", 22.38, 102.35, mountainous=True)
MUONG_NHE = Place("Xã Mường Nhé, Điện Biên", 22.19, 102.46, mountainous=True)
DAT_MUI = Place("Xã Đất Mũi, Cà Mau", 8.63, 104.79)


def _at(place: Place, day: int, start: tuple[int, int], end: tuple[int, int], leader: uuid.UUID = LEADER) -> Engagement:
    date = dt.date(2026, 8, day)
    return Engagement(uuid.uuid4(), leader, "Nguyễn Văn A", uuid.uuid4(), "00000", place.name, "", "",
                      InvitationRole.HEAD, InvitationStatus.PROPOSED, dt.datetime.combine(date, dt.time(*start)),
                      dt.datetime.combine(date, dt.time(*end)), False, place)


def test_same_day_far_apart_conflicts_with_hours_needed_and_available() -> None:
    morning, afternoon = _at(SIN_THAU, 12, (7, 30), (11, 30)), _at(DAT_MUI, 12, (14, 0), (17, 0))
    [conflict] = check([afternoon, morning])
    assert conflict.kind == SAME_DAY
    assert (conflict.first, conflict.second) == (morning, afternoon)
    assert conflict.hours_available == 2.5
    assert conflict.hours_needed > 2.5


def test_same_day_reachable_is_no_conflict() -> None:
    near = (_at(SIN_THAU, 12, (7, 30), (9, 0)), _at(MUONG_NHE, 12, (16, 0), (18, 0)))
    assert check(list(near)) == []


def test_consecutive_days_are_checked_against_travel_time() -> None:
    far = check([_at(SIN_THAU, 12, (7, 30), (11, 30)), _at(DAT_MUI, 13, (7, 30), (11, 30))])
    assert [c.kind for c in far] == [TRAVEL]
    assert far[0].hours_needed > far[0].hours_available
    assert check([_at(SIN_THAU, 12, (7, 30), (11, 30)), _at(DAT_MUI, 15, (7, 30), (11, 30))]) == []


def test_each_leader_is_checked_alone() -> None:
    other = uuid.uuid4()
    assert check([_at(SIN_THAU, 12, (7, 30), (11, 30)), _at(DAT_MUI, 12, (7, 30), (11, 30), other)]) == []


def test_invitation_workflow_is_reversible_and_declined_or_withdrawn_free_the_leader() -> None:
    assert invitation_change_allowed(InvitationStatus.PROPOSED, InvitationStatus.SENT)
    assert invitation_change_allowed(InvitationStatus.SENT, InvitationStatus.ACCEPTED)
    assert not invitation_change_allowed(InvitationStatus.PROPOSED, InvitationStatus.ACCEPTED)
    assert not invitation_change_allowed(InvitationStatus.DECLINED, InvitationStatus.WITHDRAWN)
    for old, targets in INVITATION_TRANSITIONS.items():
        for new in targets:
            assert invitation_change_allowed(new, old), (old, new)
    assert ENGAGEMENT_STATUSES == {InvitationStatus.PROPOSED, InvitationStatus.SENT, InvitationStatus.ACCEPTED}
