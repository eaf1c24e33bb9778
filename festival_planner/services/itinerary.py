"""Leader itineraries: a leader's engagements of a campaign in date order, with the travel legs in
between, grouped into trips from Hà Nội and back with each leg timed (``plan_trips``), and their
export to iCalendar (one event per engagement, local times of Asia/Ho_Chi_Minh).

Itineraries are restricted information (senior leaders' movements are sensitive): the calendar file
says so in its description and marks every event confidential.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from festival_planner.domain.models import Campaign, Leader
from festival_planner.geo.timetable import HOME, TimedLeg, arrive_by, depart_after
from festival_planner.geo.travel import TravelEstimate, TravelParameters, travel_hours_between
from festival_planner.services import planning, rows
from festival_planner.services.conflicts import Engagement, check, load_engagements, travel_estimate
from festival_planner.services.leaders import LeaderRow, leader_row

TIMEZONE = "Asia/Ho_Chi_Minh"
RESTRICTED_VI = ("THÔNG TIN HẠN CHẾ: lịch trình của lãnh đạo là thông tin cần bảo vệ; "
                 "không chuyển tiếp, không đăng tải.")
RESTRICTED_EN = "RESTRICTED: a leader's itinerary is sensitive information; do not forward or publish."


@dataclass(frozen=True)
class ItineraryStop:
    """One engagement of the itinerary, with the journey from the previous one."""

    engagement: Engagement
    travel_from_previous: TravelEstimate | None
    hours_available: float | None  # travel hours between the previous engagement and this one
    conflict: bool  # this stop cannot be reached in time from the previous one

    def to_json(self) -> dict[str, Any]:
        return {**self.engagement.to_json(),
                "travel_from_previous": self.travel_from_previous.to_json() if self.travel_from_previous else None,
                "hours_available": round(self.hours_available, 1) if self.hours_available is not None else None,
                "conflict": self.conflict}


@dataclass(frozen=True)
class Itinerary:
    """A leader's engagements in one campaign, in date order."""

    leader: LeaderRow
    campaign_year: int
    stops: tuple[ItineraryStop, ...]

    def to_json(self) -> dict[str, Any]:
        return {"leader": self.leader.to_json(), "campaign_year": self.campaign_year,
                "restricted": True, "stops": [s.to_json() for s in self.stops]}


def leader_itinerary(session: Session, leader_id: uuid.UUID, campaign_id: uuid.UUID) -> Itinerary:
    """The leader's engagements (invitations not declined or withdrawn) in the campaign, in date
    order, each with the estimated journey from the previous one and whether it is reachable
    (under the campaign's travel model, the one the conflicts use)."""
    params = planning.travel_parameters(session, campaign_id)
    leader = rows.load(session, Leader, leader_id, "unknown_leader")
    campaign = rows.load(session, Campaign, campaign_id, "unknown_campaign_id")
    engagements = sorted(load_engagements(session, campaign.id, leader.id),
                         key=lambda e: (e.start, e.end, e.commune_code))
    clashing = {c.second.invitation_id for c in check(engagements, params)}
    stops: list[ItineraryStop] = []
    previous: Engagement | None = None
    for engagement in engagements:
        if previous is None:
            stops.append(ItineraryStop(engagement, None, None, False))
        else:
            travel = travel_estimate(previous.place, engagement.place, params)
            if previous.date == engagement.date:
                available = (engagement.start - previous.end).total_seconds() / 3600
            else:
                available = travel_hours_between(previous.end, engagement.start, params)
            stops.append(ItineraryStop(engagement, travel, available, engagement.invitation_id in clashing))
        previous = engagement
    return Itinerary(leader_row(leader), campaign.year, tuple(stops))


SAME_TRIP_DAYS = 1  # the next engagement within a day: the leader goes on from the site; later: home first
ARRIVAL_MARGIN = dt.timedelta(minutes=30)  # at the site before the ceremony starts (guests arrive 15-30')
OUTBOUND, ONWARD, RETURN = "outbound", "onward", "return"


@dataclass(frozen=True)
class Journey:
    """The way to an engagement (from Hà Nội or from the previous site) or back to Hà Nội, leg by
    leg with times."""

    kind: str  # OUTBOUND, ONWARD or RETURN
    mode: str  # "road", "air" or "none" (same place)
    legs: tuple[TimedLeg, ...]
    late: bool  # arrives after the engagement starts, or the plan's conflict check says it cannot

    @property
    def km(self) -> float:
        return sum(t.leg.km for t in self.legs)


@dataclass(frozen=True)
class Trip:
    """Engagements on consecutive days, travelled as one trip: from Hà Nội to the first, on from
    site to site, back to Hà Nội after the last. ``journeys`` has one more entry than ``stops``:
    the way to each stop, then the return."""

    stops: tuple[ItineraryStop, ...]
    journeys: tuple[Journey, ...]


def plan_trips(itinerary: Itinerary, params: TravelParameters | None = None) -> tuple[Trip, ...]:
    """The itinerary as trips from Hà Nội and back, each leg timed (``geo.timetable``): the way out
    arrives ``ARRIVAL_MARGIN`` before the first engagement, the way on and the way home leave when
    an engagement ends. An engagement more than ``SAME_TRIP_DAYS`` after the previous one starts a
    new trip (the leader goes home in between)."""
    params = params or TravelParameters()
    groups: list[list[ItineraryStop]] = []
    for stop in itinerary.stops:
        if groups and (stop.engagement.date - groups[-1][-1].engagement.date).days <= SAME_TRIP_DAYS:
            groups[-1].append(stop)
        else:
            groups.append([stop])
    trips: list[Trip] = []
    for group in groups:
        first, last = group[0].engagement, group[-1].engagement
        way_out = travel_estimate(HOME, first.place, params)
        journeys = [Journey(OUTBOUND, way_out.mode, arrive_by(way_out, first.start - ARRIVAL_MARGIN, params), False)]
        for previous, stop in zip(group, group[1:]):
            way = stop.travel_from_previous or travel_estimate(previous.engagement.place, stop.engagement.place,
                                                               params)
            legs = depart_after(way, previous.engagement.end, params)
            late = stop.conflict or bool(legs and legs[-1].arrive > stop.engagement.start)
            journeys.append(Journey(ONWARD, way.mode, legs, late))
        way_home = travel_estimate(last.place, HOME, params)
        journeys.append(Journey(RETURN, way_home.mode, depart_after(way_home, last.end, params), False))
        trips.append(Trip(tuple(group), tuple(journeys)))
    return tuple(trips)


def to_ics(itinerary: Itinerary, *, language: str = "vi") -> bytes:
    """The itinerary as an iCalendar file: one event per engagement (location: venue, commune,
    province), times in Asia/Ho_Chi_Minh with its VTIMEZONE, marked restricted."""
    from zoneinfo import ZoneInfo

    from icalendar import Calendar, Event

    zone = ZoneInfo(TIMEZONE)
    restricted = RESTRICTED_VI if language == "vi" else RESTRICTED_EN
    calendar = Calendar()
    calendar.add("prodid", "-//Festival Planner//Ngay hoi toan dan bao ve an ninh To quoc//VI")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{itinerary.leader.full_name} – {itinerary.campaign_year}")
    calendar.add("x-wr-timezone", TIMEZONE)
    calendar.add("x-wr-caldesc", restricted)
    calendar.add("description", restricted)
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for stop in itinerary.stops:
        engagement = stop.engagement
        event = Event()
        event.add("uid", f"{engagement.invitation_id}@festival-planner")
        event.add("dtstamp", stamp)
        event.add("dtstart", engagement.start.replace(tzinfo=zone))
        event.add("dtend", engagement.end.replace(tzinfo=zone))
        label = "Ngày hội toàn dân bảo vệ an ninh Tổ quốc" if language == "vi" else "National Security Festival"
        event.add("summary", f"{label} – {engagement.commune_name}, {engagement.province}")
        location = ", ".join(p for p in (engagement.venue, engagement.commune_name, engagement.province) if p)
        event.add("location", location)
        lines = [restricted]
        if stop.travel_from_previous is not None and stop.travel_from_previous.legs:
            legs = "; ".join(f"{leg.origin} → {leg.destination} ({leg.mode}, {leg.km:.0f} km, {leg.hours:.1f} h)"
                             for leg in stop.travel_from_previous.legs)
            lines.append(("Di chuyển: " if language == "vi" else "Travel: ") + legs)
        if engagement.times_assumed:
            lines.append("Giờ dự kiến (chưa có giờ chính thức)." if language == "vi"
                         else "Estimated times (no official times yet).")
        event.add("description", "\n".join(lines))
        event.add("class", "CONFIDENTIAL")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def save_ics(itinerary: Itinerary, path: str | Path, *, language: str = "vi") -> Path:
    """Write the itinerary as an iCalendar file, whole or not at all and owner-only (0600): a leader's
    movements are restricted."""
    from festival_planner.store.output_file import write_output

    return write_output(path, to_ics(itinerary, language=language), restricted=True)
