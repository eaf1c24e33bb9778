"""Conflicts in leaders' diaries: engagements a leader cannot reach in time.

Every invitation that is not declined or withdrawn is an engagement (a proposed one too: the point
is to see the clash while planning). For each leader, engagements are taken in time order and each
one is checked against the next: two on the same day conflict unless the second is reachable
between the end of the first and the start of the second; on later days the same test runs with the
hours of the daily travel window in between (``geo.travel``). Sites without times use the default
hours of a site (07:30–11:30). The travel model is the campaign's (``services.planning``). The check
over plain values lives in ``services.conflict_check`` (no SQLAlchemy); this module loads from the ORM.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from festival_planner.domain.models import Invitation, Site
from festival_planner.domain.rules import ENGAGEMENT_STATUSES
from festival_planner.services import planning, rows
from festival_planner.services.conflict_check import (  # the pure part, re-exported for the callers
    SAME_DAY,
    TRAVEL,
    Conflict,
    Engagement,
    check,
    conflicted_site_ids,
    place_of,
    site_hours,
    travel_estimate,
)

__all__ = ["SAME_DAY", "TRAVEL", "Conflict", "Engagement", "check", "conflicted_site_ids", "conflicts_of_invitation",
           "engagement_of", "find_conflicts", "load_engagements", "place_of", "site_hours", "travel_estimate"]


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
