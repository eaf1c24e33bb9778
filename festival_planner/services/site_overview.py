"""The Sites overview: every site of a campaign with its commune, head and status, delegation and
conflicts — one service call with a fixed number of queries, whatever the number of sites.

The Sites workspace shows it and ``sites list --json`` prints the same fields. Sites (with their
communes and provinces) are read in one query and their invitations (with the leaders) in another;
the relationships the rows then follow (invitation → site → campaign) are answered from the session's
identity map, and the conflicts come from the same invitations under the campaign's travel model.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from festival_planner.domain.enums import InvitationRole
from festival_planner.domain.models import Invitation, Site
from festival_planner.domain.rules import ENGAGEMENT_STATUSES
from festival_planner.services import conflicts as conflict_rules
from festival_planner.services import planning
from festival_planner.services.conflict_check import Conflict
from festival_planner.services.invitations import invitation_row
from festival_planner.services.overview_rows import InvitationRow, SiteOverview, delegation_order
from festival_planner.services.sites import site_row


def site_overview(session: Session, campaign_id: uuid.UUID, *, site_ids: Collection[uuid.UUID] | None = None,
                  with_conflicts: bool = True, with_delegations: bool = True) -> list[SiteOverview]:
    """The campaign's sites by date, then commune, each with its delegation and conflicts.

    ``site_ids`` reads only those sites (a view updating the rows an edit touched); without
    ``with_conflicts`` the conflicts are left empty (the caller keeps the ones it shows); without
    ``with_delegations`` the sites alone (no head, no delegation, no conflicts: the window's first
    load, the rest read right after in the background — at 300 sites the invitations are most of it)."""
    site_query = select(Site).where(Site.campaign_id == campaign_id)
    invitation_query = (select(Invitation).join(Site, Invitation.site_id == Site.id)
                        .where(Site.campaign_id == campaign_id))
    if site_ids is not None:
        site_query = site_query.where(Site.id.in_(list(site_ids)))
        invitation_query = invitation_query.where(Invitation.site_id.in_(list(site_ids)))
    sites = session.scalars(site_query.options(joinedload(Site.campaign))
                            .order_by(Site.date, Site.start_time, Site.commune_code)).unique().all()
    if not with_delegations:
        return [SiteOverview(site_row(site, None), None, (), ()) for site in sites]
    invitations = session.scalars(invitation_query).unique().all()
    by_site: dict[uuid.UUID, list[InvitationRow]] = defaultdict(list)
    heads: dict[uuid.UUID, InvitationRow] = {}
    engagements = []
    for invitation in invitations:
        row = invitation_row(invitation)
        by_site[invitation.site_id].append(row)
        if invitation.status in ENGAGEMENT_STATUSES:
            engagements.append(conflict_rules.engagement_of(invitation))
            if invitation.role == InvitationRole.HEAD:
                heads[invitation.site_id] = row
    found = conflict_rules.check(engagements, planning.travel_parameters(session, campaign_id)) \
        if engagements and with_conflicts else []
    clashes: dict[uuid.UUID, list[Conflict]] = defaultdict(list)
    for conflict in found:
        for engagement in (conflict.first, conflict.second):
            clashes[engagement.site_id].append(conflict)
    overview = []
    for site in sites:
        head = heads.get(site.id)
        overview.append(SiteOverview(site_row(site, head.leader_name if head else None),
                                     head.status if head else None,
                                     tuple(sorted(by_site.get(site.id, ()), key=delegation_order)),
                                     tuple(clashes.get(site.id, ()))))
    return overview
