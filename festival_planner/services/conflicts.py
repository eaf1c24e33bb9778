"""Conflicts in leaders' diaries: engagements a leader cannot reach in time.

Every invitation that is not declined or withdrawn is an engagement (a proposed one too: the point
is to see the clash while planning). For each leader, engagements are taken in time order and each
one is checked against the next: two on the same day conflict unless the second is reachable
between the end of the first and the start of the second; on later days the same test runs with the
hours of the daily travel window in between (``geo.travel``). Sites without times use the default
hours of a site (07:30–11:30). The travel model is the campaign's (``services.planning``).
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from festival_planner.domain.enums import InvitationRole, InvitationStatus
from festival_planner.domain.models import Invitation, Site
from festival_planner.domain.rules import DEFAULT_SITE_END, DEFAULT_SITE_START, ENGAGEMENT_STATUSES
from festival_planner.domain.values import format_date, format_time
from festival_planner.geo.travel import (
    MOUNTAIN_REGIONS,
    Place,
    TravelEstimate,
    TravelParameters,
    estimate,
    travel_hours_between,
)
from festival_planner.services import planning, rows

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


def site_hours(site: Site) -> tuple[dt.datetime, dt.datetime, bool]:
    """A site's start and end as date-times, the default hours standing in for missing ones."""
    start = site.start_time or DEFAULT_SITE_START
    if site.end_time is not None and site.end_time > start:
        end = site.end_time
    elif start < DEFAULT_SITE_END:
        end = DEFAULT_SITE_END
    else:
        end = min(dt.time(23, 59), (dt.datetime.combine(site.date, start) + dt.timedelta(hours=4)).time())
    return (dt.datetime.combine(site.date, start), dt.datetime.combine(site.date, end),
            site.start_time is None or site.end_time is None)


def place_of(site: Site) -> Place:
    commune = site.commune
    return Place(f"{commune.name}, {commune.province.short_name}", commune.latitude or 0.0,
                 commune.longitude or 0.0, bool(set(commune.regions) & MOUNTAIN_REGIONS))


def engagement_of(invitation: Invitation) -> Engagement:
    site = invitation.site
    start, end, assumed = site_hours(site)
    return Engagement(invitation.id, invitation.leader_id, invitation.leader.full_name, site.id, site.commune_code,
                      site.commune.name, site.commune.province.short_name, site.venue, invitation.role,
                      invitation.status, start, end, assumed, place_of(site))


def load_engagements(session: Session, campaign_id: uuid.UUID, leader_id: uuid.UUID | None = None) -> list[Engagement]:
    """The campaign's engagements (invitations not declined or withdrawn), optionally of one leader."""
    query = (select(Invitation).join(Site, Invitation.site_id == Site.id)
             .where(Site.campaign_id == campaign_id, Invitation.status.in_(list(ENGAGEMENT_STATUSES))))
    if leader_id is not None:
        query = query.where(Invitation.leader_id == leader_id)
    return [engagement_of(inv) for inv in session.scalars(query).unique()]


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


def find_conflicts(session: Session, campaign_id: uuid.UUID, *,
                   leader_id: uuid.UUID | None = None) -> list[Conflict]:
    """Every conflict in the campaign (or of one leader), in date order, under the campaign's travel
    model (``services.planning``: the one every reader of the plan uses)."""
    params = planning.travel_parameters(session, campaign_id)
    return check(load_engagements(session, campaign_id, leader_id), params)


def conflicts_of_invitation(session: Session, invitation_id: uuid.UUID) -> list[Conflict]:
    """The conflicts an invitation takes part in, counting it as an engagement whatever its status
    (the check made before accepting it), under the campaign's travel model."""
    invitation = rows.load(session, Invitation, invitation_id, "unknown_invitation")
    campaign_id = invitation.site.campaign_id
    engagements = [e for e in load_engagements(session, campaign_id, invitation.leader_id)
                   if e.invitation_id != invitation.id]
    engagements.append(engagement_of(invitation))
    params = planning.travel_parameters(session, campaign_id)
    return [c for c in check(engagements, params) if invitation.id in c.invitation_ids]


def conflicted_site_ids(conflicts: list[Conflict]) -> set[uuid.UUID]:
    """The sites that take part in any of ``conflicts`` (for a warning mark in the Sites table)."""
    return {e.site_id for c in conflicts for e in (c.first, c.second)}
