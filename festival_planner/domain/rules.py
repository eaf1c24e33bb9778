"""Business rules that more than one layer reads: the one place for each.

Site status: proposed ⇄ approved ⇄ confirmed ⇄ held; cancelled from and back to any step before
held. Every allowed change can be reversed, so undo never hits a forbidden step.
"""

from __future__ import annotations

from festival_planner.domain.enums import SiteStatus


SITE_TRANSITIONS: dict[SiteStatus, frozenset[SiteStatus]] = {
    SiteStatus.PROPOSED: frozenset({SiteStatus.APPROVED, SiteStatus.CONFIRMED, SiteStatus.CANCELLED}),
    SiteStatus.APPROVED: frozenset({SiteStatus.PROPOSED, SiteStatus.CONFIRMED, SiteStatus.CANCELLED}),
    SiteStatus.CONFIRMED: frozenset({SiteStatus.PROPOSED, SiteStatus.APPROVED, SiteStatus.HELD,
                                     SiteStatus.CANCELLED}),
    SiteStatus.HELD: frozenset({SiteStatus.CONFIRMED}),
    SiteStatus.CANCELLED: frozenset({SiteStatus.PROPOSED, SiteStatus.APPROVED, SiteStatus.CONFIRMED}),
}

# Statuses that need a venue: a site cannot be confirmed (or held) without a place.
VENUE_REQUIRED = frozenset({SiteStatus.CONFIRMED, SiteStatus.HELD})


def status_change_allowed(old: SiteStatus, new: SiteStatus) -> bool:
    """Whether a site may go from ``old`` to ``new`` (staying is always allowed)."""
    return old == new or new in SITE_TRANSITIONS[old]


def allowed_statuses(current: SiteStatus) -> list[SiteStatus]:
    """The statuses a site in ``current`` may be given (itself first), in workflow order."""
    return [s for s in SiteStatus if s == current or s in SITE_TRANSITIONS[current]]
