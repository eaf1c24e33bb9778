"""The demo's delegations: exactly the two planted conflicts, itineraries to iCalendar, exports."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from festival_planner.domain.enums import InvitationRole, InvitationStatus
from festival_planner.services import conflicts, demo, exports, invitations, itinerary, leaders, sites
from festival_planner.services.demo_leaders import DEMO_LEADERS, SAME_DAY_LEADER, TRAVEL_LEADER
from festival_planner.services.imports import import_leaders


@pytest.fixture
def demo_campaign(database):
    with database.transaction() as session:
        return demo.create_demo(session, 2026)


def test_demo_has_exactly_the_two_planted_conflicts(database, demo_campaign) -> None:
    with database.session() as session:
        found = conflicts.find_conflicts(session, demo_campaign.id)
        assert sorted((c.kind, c.leader_name) for c in found) == [("same_day", SAME_DAY_LEADER),
                                                                    ("travel", TRAVEL_LEADER)]
        travel = next(c for c in found if c.kind == "travel")
        assert (travel.second.date - travel.first.date).days == 1
        assert travel.hours_needed > travel.hours_available > 0
        data = travel.to_json()
        assert set(data) >= {"kind", "leader", "sites", "dates", "hours_needed", "hours_available"}
        assert len(leaders.list_leaders(session)) == len(DEMO_LEADERS) == 20
        rows = sites.list_sites(session, demo_campaign.id)
        assert all(r.head_of_delegation for r in rows)
    same_day = next(c for c in found if c.kind == "same_day")
    with database.transaction() as session:
        invitation = invitations.get_invitation(session, same_day.second.invitation_id)
        invitations.set_status(session, invitation.id, invitation.version, InvitationStatus.WITHDRAWN)
    with database.session() as session:
        assert [c.kind for c in conflicts.find_conflicts(session, demo_campaign.id)] == ["travel"]


def test_demo_can_be_replaced_and_keeps_its_leaders(database, demo_campaign) -> None:
    with database.transaction() as session:
        again = demo.create_demo(session, 2026, replace=True)
        assert len(leaders.list_leaders(session)) == 20
        assert len(conflicts.find_conflicts(session, again.id)) == 2


def test_itinerary_to_ics_parses_back_with_local_times(database, demo_campaign) -> None:
    with database.session() as session:
        leader = leaders.find_by_name(session, TRAVEL_LEADER)
        route = itinerary.leader_itinerary(session, leader.id, demo_campaign.id)
        data = itinerary.to_ics(route)
    assert len(route.stops) == 2
    assert route.stops[0].travel_from_previous is None
    assert route.stops[1].travel_from_previous.hours > 0 and route.stops[1].conflict
    calendar = Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(route.stops)
    zone = ZoneInfo("Asia/Ho_Chi_Minh")
    for event, stop in zip(events, route.stops, strict=True):
        start = event.decoded("dtstart")
        assert start.tzinfo is not None
        assert start.astimezone(zone).replace(tzinfo=None) == stop.engagement.start
        assert start.utcoffset() == dt.timedelta(hours=7)
        assert stop.engagement.commune_name in str(event["location"])
        assert stop.engagement.province in str(event["location"])
        assert "HẠN CHẾ" in str(event["description"])
    assert "HẠN CHẾ" in str(calendar["description"])


def test_exports_round_trip(database, demo_campaign, tmp_path) -> None:
    with database.session() as session:
        assert exports.export_leaders_xlsx(session, tmp_path / "lanh-dao.xlsx") == 20
        assert exports.export_campaign_xlsx(session, demo_campaign.id, tmp_path / "diem.xlsx") == 28
    with database.transaction() as session:
        result = import_leaders(session, tmp_path / "lanh-dao.xlsx")
        assert result.ok and (len(result.created), len(result.updated), result.unchanged) == (0, 0, 20)
    sheet = load_workbook(tmp_path / "diem.xlsx").worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[:6] == ["Ngày", "Giờ bắt đầu", "Giờ kết thúc", "Địa điểm", "Xã/Phường", "Tỉnh/Thành phố"]
    first = [c.value for c in sheet[2]]
    assert isinstance(first[0], dt.datetime) and first[0].year == 2026
    assert first[header.index("Lãnh đạo")]
    with database.session() as session:
        heads = [r for r in invitations.delegation(session, sites.list_sites(session, demo_campaign.id)[0].id)
                 if r.role == InvitationRole.HEAD]
    assert first[header.index("Lãnh đạo")].split("; ")[0] == heads[0].leader_name
