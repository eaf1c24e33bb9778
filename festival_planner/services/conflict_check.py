"""Conflicts in leaders' diaries over plain values: the engagements, the conflicts and the check — no
database, no SQLAlchemy (``services.conflicts`` loads the engagements through the ORM; the CLI's
plain-sqlite3 read of the Sites overview builds them from rows). The rule itself is told in
``services.conflicts``.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from festival_planner.domain.enums import InvitationRole, InvitationStatus
from festival_planner.domain.rules import DEFAULT_SITE_END, DEFAULT_SITE_START
from festival_planner.domain.values import format_date, format_time
from festival_planner.geo.travel import (
    MOUNTAIN_REGIONS,
    Place,
    TravelEstimate,
    TravelParameters,
    estimate,
    travel_hours_between,
)

SAME_DAY = "same_day"
TRAVEL = "travel"


@dataclass(frozen=True)
class Engagement:
    """A leader expected at a site at a time (the site's hours, or the default hours)."""

    invitation_id: uuid.UUID
    leader_id: uuid.UUID
    leader_name: str
    site_id: uuid.UUID
    commune_code: str
    commune_name: str
    province: str
    venue: str
    role: InvitationRole
    status: InvitationStatus
    start: dt.datetime
    end: dt.datetime
    times_assumed: bool  # the site has no times of its own: default hours used
    place: Place

    @property
    def date(self) -> dt.date:
        return self.start.date()

    def describe(self) -> str:
        return f"{self.commune_name} ({self.province}, {format_date(self.date)})"

    def to_json(self) -> dict[str, Any]:
        return {"invitation_id": str(self.invitation_id), "site_id": str(self.site_id),
                "commune_code": self.commune_code, "commune": self.commune_name, "province": self.province,
                "venue": self.venue, "date": self.date.isoformat(), "start_time": format_time(self.start.time()),
                "end_time": format_time(self.end.time()), "times_assumed": self.times_assumed,
                "role": self.role.value, "status": self.status.value}


@dataclass(frozen=True)
class Conflict:
    """Two engagements of one leader that cannot both be kept."""

    kind: str  # "same_day" or "travel" (consecutive days)
    leader_id: uuid.UUID
    leader_name: str
    first: Engagement
    second: Engagement
    hours_needed: float
    hours_available: float
    travel: TravelEstimate

    @property
    def invitation_ids(self) -> frozenset[uuid.UUID]:
        return frozenset({self.first.invitation_id, self.second.invitation_id})

    def describe(self) -> str:
        return f"{self.first.describe()} – {self.second.describe()}"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "leader_id": str(self.leader_id), "leader": self.leader_name,
                "sites": [self.first.to_json(), self.second.to_json()],
                "dates": [self.first.date.isoformat(), self.second.date.isoformat()],
                "hours_needed": round(self.hours_needed, 1), "hours_available": round(self.hours_available, 1),
                "travel": self.travel.to_json()}


def site_hours(site: Any) -> tuple[dt.datetime, dt.datetime, bool]:
    """A site's start and end as date-times, the default hours standing in for missing ones (``site``:
    a ``Site`` or anything with its ``date``, ``start_time`` and ``end_time``)."""
    start = site.start_time or DEFAULT_SITE_START
    if site.end_time is not None and site.end_time > start:
        end = site.end_time
    elif start < DEFAULT_SITE_END:
        end = DEFAULT_SITE_END
    else:
        end = min(dt.time(23, 59), (dt.datetime.combine(site.date, start) + dt.timedelta(hours=4)).time())
    return (dt.datetime.combine(site.date, start), dt.datetime.combine(site.date, end),
            site.start_time is None or site.end_time is None)


def place_of(site: Any) -> Place:
    """Where a site is (``site.commune`` with its name, province's short name, position and regions)."""
    commune = site.commune
    return Place(f"{commune.name}, {commune.province.short_name}", commune.latitude or 0.0,
                 commune.longitude or 0.0, bool(set(commune.regions) & MOUNTAIN_REGIONS))


@functools.lru_cache(maxsize=4096)
def travel_estimate(origin: Place, destination: Place, params: TravelParameters) -> TravelEstimate:
    return estimate(origin, destination, params)


def check(engagements: list[Engagement], params: TravelParameters | None = None) -> list[Conflict]:
    """The conflicts among ``engagements`` (pure: no database), by leader then date."""
    params = params or TravelParameters()
    by_leader: dict[uuid.UUID, list[Engagement]] = defaultdict(list)
    for engagement in engagements:
        by_leader[engagement.leader_id].append(engagement)
    found: list[Conflict] = []
    for diary in by_leader.values():
        diary.sort(key=lambda e: (e.start, e.end, e.commune_code))
        for first, second in zip(diary, diary[1:]):
            travel = travel_estimate(first.place, second.place, params)
            available = travel_hours_between(first.end, second.start, params)
            if first.date == second.date:
                available = (second.start - first.end).total_seconds() / 3600
            if travel.hours > available:
                kind = SAME_DAY if first.date == second.date else TRAVEL
                found.append(Conflict(kind, first.leader_id, first.leader_name, first, second, travel.hours,
                                      available, travel))
    return sorted(found, key=lambda c: (c.first.start, c.leader_name))


def conflicted_site_ids(conflicts: list[Conflict]) -> set[uuid.UUID]:
    """The sites that take part in any of ``conflicts`` (for a warning mark in the Sites table)."""
    return {e.site_id for c in conflicts for e in (c.first, c.second)}
