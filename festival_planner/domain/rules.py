"""Business rules that more than one layer reads: the one place for each.

Site status: proposed ⇄ approved ⇄ confirmed ⇄ held; cancelled from and back to any step before
held. Every allowed change can be reversed, so undo never hits a forbidden step.

Invitation status: proposed → sent → accepted / declined; withdrawn from any step but declined.
Again every step can be reversed (for undo). Every invitation not declined or withdrawn is an
engagement of the leader and counts when looking for conflicts.
"""

from __future__ import annotations

import datetime as dt

from festival_planner.domain.enums import InvitationStatus, SiteStatus

SITE_TRANSITIONS: dict[SiteStatus, frozenset[SiteStatus]] = {
    SiteStatus.PROPOSED: frozenset({SiteStatus.APPROVED, SiteStatus.CONFIRMED, SiteStatus.CANCELLED}),
    SiteStatus.APPROVED: frozenset({SiteStatus.PROPOSED, SiteStatus.CONFIRMED, SiteStatus.CANCELLED}),
    SiteStatus.CONFIRMED: frozenset({SiteStatus.PROPOSED, SiteStatus.APPROVED, SiteStatus.HELD,
                                     SiteStatus.CANCELLED}),
    SiteStatus.HELD: frozenset({SiteStatus.CONFIRMED}),
    SiteStatus.CANCELLED: frozenset({SiteStatus.PROPOSED, SiteStatus.APPROVED, SiteStatus.CONFIRMED}),
}

# A site's hours when none are set: the morning the form proposes, and what conflicts assume.
DEFAULT_SITE_START = dt.time(7, 30)
DEFAULT_SITE_END = dt.time(11, 30)

# Statuses that need a venue: a site cannot be confirmed (or held) without a place.
VENUE_REQUIRED = frozenset({SiteStatus.CONFIRMED, SiteStatus.HELD})


def status_change_allowed(old: SiteStatus, new: SiteStatus) -> bool:
    """Whether a site may go from ``old`` to ``new`` (staying is always allowed)."""
    return old == new or new in SITE_TRANSITIONS[old]


INVITATION_TRANSITIONS: dict[InvitationStatus, frozenset[InvitationStatus]] = {
    InvitationStatus.PROPOSED: frozenset({InvitationStatus.SENT, InvitationStatus.WITHDRAWN}),
    InvitationStatus.SENT: frozenset({InvitationStatus.PROPOSED, InvitationStatus.ACCEPTED,
                                      InvitationStatus.DECLINED, InvitationStatus.WITHDRAWN}),
    InvitationStatus.ACCEPTED: frozenset({InvitationStatus.SENT, InvitationStatus.WITHDRAWN}),
    InvitationStatus.DECLINED: frozenset({InvitationStatus.SENT}),
    InvitationStatus.WITHDRAWN: frozenset({InvitationStatus.PROPOSED, InvitationStatus.SENT,
                                           InvitationStatus.ACCEPTED}),
}

# Invitations that keep a leader busy on the site's day (a proposed one too: clashes show while planning).
ENGAGEMENT_STATUSES = frozenset({InvitationStatus.PROPOSED, InvitationStatus.SENT, InvitationStatus.ACCEPTED})


def invitation_change_allowed(old: InvitationStatus, new: InvitationStatus) -> bool:
    """Whether an invitation may go from ``old`` to ``new`` (staying is always allowed)."""
    return old == new or new in INVITATION_TRANSITIONS[old]
