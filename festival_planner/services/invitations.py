"""Invitations of leaders to sites: who heads each site's delegation.

The leaders issue grows this module (invite, statuses, conflicts); the sites service already reads
the head of delegation from here rather than querying invitations itself.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from festival_planner.domain.enums import InvitationRole
from festival_planner.domain.models import Invitation


def heads_of_delegation(session: Session, site_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The full name of the leader heading each site's delegation (sites without one are absent)."""
    if not site_ids:
        return {}
    rows = session.scalars(select(Invitation).where(Invitation.site_id.in_(site_ids),
                                                    Invitation.role == InvitationRole.HEAD))
    return {inv.site_id: inv.leader.full_name for inv in rows}
