"""The delegation board: a head of delegation for every site of a year in one sitting.

``load_board`` reads the year's sites, the active leaders and every engagement once; the ``Board`` it
returns answers, without the database, which leaders are free and reachable for a site given the
choices made so far (suggestions first, then by precedence) and which choices clash (the same
rule as ``services.conflicts``, under the campaign's travel model). ``assign_heads`` writes all the
choices and ``send_invitations`` moves the chosen heads' invitations from proposed to sent — each in
the caller's one transaction (one undoable step in the GUI).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from festival_planner.domain.enums import InvitationRole, InvitationStatus, SiteStatus
from festival_planner.domain.errors import ValidationError
from festival_planner.domain.models import Invitation, Leader, Site
from festival_planner.domain.rules import ENGAGEMENT_STATUSES
from festival_planner.domain.text import sort_key
from festival_planner.geo.travel import Place, TravelParameters
from festival_planner.services import invitations, planning
from festival_planner.services.conflicts import Engagement, check, engagement_of, place_of, site_hours
from festival_planner.services.invitations import InvitationRow

_BOARD = uuid.UUID("0b0a2d00-0000-4000-8000-000000000000")  # namespace of the board's would-be invitations


@dataclass(frozen=True)
class BoardSite:
    """One row of the board: a site, when and where, and its head now (if any)."""

    site_id: uuid.UUID
    commune_code: str
    commune_name: str
    province: str
    venue: str
    date: dt.date
    start: dt.datetime
    end: dt.datetime
    times_assumed: bool
    place: Place
    status: SiteStatus
    head_id: uuid.UUID | None  # the leader heading it now
    head_name: str
    head_status: InvitationStatus | None
    invited: frozenset[uuid.UUID]  # leaders with any other invitation to this site (cannot be made head)


@dataclass(frozen=True)
class BoardLeader:
    leader_id: uuid.UUID
    name: str
    title: str
    precedence_rank: int


@dataclass(frozen=True)
class LeaderOption:
    """A leader offered for a site: free that day, reachable from and to the leader's other engagements."""

    leader: BoardLeader
    free: bool  # no other engagement that day
    reachable: bool  # no clash with the leader's other engagements (travel included)
    clash: str  # the clash, described, when not reachable

    @property
    def suggested(self) -> bool:
        return self.free and self.reachable


@dataclass
class Board:
    """The board's data; pure from here on (no database)."""

    campaign_id: uuid.UUID
    sites: list[BoardSite]
    leaders: list[BoardLeader]
    fixed: list[Engagement]  # engagements the board does not change (members, heads of other years' sites…)
    params: TravelParameters
    _by_id: dict[uuid.UUID, BoardSite] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_id = {s.site_id: s for s in self.sites}

    def current(self) -> dict[uuid.UUID, uuid.UUID | None]:
        """The heads as they are now, site by site."""
        return {s.site_id: s.head_id for s in self.sites}

    def site(self, site_id: uuid.UUID) -> BoardSite:
        return self._by_id[site_id]

    def leader(self, leader_id: uuid.UUID) -> BoardLeader | None:
        return next((x for x in self.leaders if x.leader_id == leader_id), None)

    def _engagement(self, site: BoardSite, leader: BoardLeader) -> Engagement:
        return Engagement(uuid.uuid5(_BOARD, str(site.site_id)), leader.leader_id, leader.name, site.site_id,
                          site.commune_code, site.commune_name, site.province, site.venue, InvitationRole.HEAD,
                          InvitationStatus.PROPOSED, site.start, site.end, site.times_assumed, site.place)

    def _engagements(self, assignments: Mapping[uuid.UUID, uuid.UUID | None],
                     leader_id: uuid.UUID | None = None) -> list[Engagement]:
        found = [e for e in self.fixed if leader_id is None or e.leader_id == leader_id]
        for site_id, chosen in assignments.items():
            leader = self.leader(chosen) if chosen is not None else None
            if leader is not None and (leader_id is None or chosen == leader_id):
                found.append(self._engagement(self._by_id[site_id], leader))
        return found

    def conflicts(self, assignments: Mapping[uuid.UUID, uuid.UUID | None]) -> dict[uuid.UUID, list[str]]:
        """The clashes of the chosen heads, site by site ("Tên: Xã A (…) – Xã B (…)")."""
        found: dict[uuid.UUID, list[str]] = {}
        for clash in check(self._engagements(assignments), self.params):
            if clash.first.role is not InvitationRole.HEAD and clash.second.role is not InvitationRole.HEAD:
                continue
            for engagement in (clash.first, clash.second):
                if engagement.site_id in assignments and assignments[engagement.site_id] == clash.leader_id:
                    found.setdefault(engagement.site_id, []).append(f"{clash.leader_name}: {clash.describe()}")
        return found

    def options(self, site_id: uuid.UUID, assignments: Mapping[uuid.UUID, uuid.UUID | None]) -> list[LeaderOption]:
        """Every leader who can head the site: free that day and reachable first, each group by precedence."""
        site = self._by_id[site_id]
        others = {k: v for k, v in assignments.items() if k != site_id}
        offered = []
        for leader in self.leaders:
            if leader.leader_id in site.invited:
                continue
            diary = self._engagements(others, leader.leader_id)
            free = not any(e.date == site.date and e.site_id != site_id for e in diary)
            mine = self._engagement(site, leader)
            clashes = [c for c in check([*diary, mine], self.params) if mine.invitation_id in c.invitation_ids]
            offered.append(LeaderOption(leader, free, not clashes, clashes[0].describe() if clashes else ""))
        return sorted(offered, key=lambda o: (not o.suggested, o.leader.precedence_rank, sort_key(o.leader.name)))

    def fill_suggestions(self, assignments: Mapping[uuid.UUID, uuid.UUID | None]) -> dict[uuid.UUID, uuid.UUID | None]:
        """``assignments`` with each site without a head given one of its suggestions, in date order — the
        leader heading the fewest sites so far, then by precedence (the load is shared)."""
        chosen = dict(assignments)
        for site in self.sites:
            if chosen.get(site.site_id) is not None:
                continue
            load = Counter(v for v in chosen.values() if v is not None)
            suggested = [o for o in self.options(site.site_id, chosen) if o.suggested]
            if suggested:
                best = min(suggested, key=lambda o: load[o.leader.leader_id])  # stable: precedence breaks ties
                chosen[site.site_id] = best.leader.leader_id
        return chosen

    def changes(self, assignments: Mapping[uuid.UUID, uuid.UUID | None]) -> dict[uuid.UUID, uuid.UUID | None]:
        """The sites whose head the assignments change."""
        return {k: v for k, v in assignments.items() if k in self._by_id and self._by_id[k].head_id != v}


def load_board(session: Session, campaign_id: uuid.UUID) -> Board:
    """The year's sites by date with their heads, the active leaders by precedence, the engagements."""
    sites = session.scalars(select(Site).where(Site.campaign_id == campaign_id)
                            .order_by(Site.date, Site.start_time, Site.commune_code)).unique().all()
    site_ids = [s.id for s in sites]
    invites = list(session.scalars(select(Invitation).where(Invitation.site_id.in_(site_ids)))) if site_ids else []
    heads = {i.site_id: i for i in invites if i.role is InvitationRole.HEAD and i.status in ENGAGEMENT_STATUSES}
    rows = []
    for site in sites:
        start, end, assumed = site_hours(site)
        head = heads.get(site.id)
        invited = frozenset(i.leader_id for i in invites if i.site_id == site.id and i is not head)
        rows.append(BoardSite(site.id, site.commune_code, site.commune.name, site.commune.province.short_name,
                              site.venue, site.date, start, end, assumed, place_of(site), site.status,
                              head.leader_id if head else None, head.leader.full_name if head else "",
                              head.status if head else None, invited))
    leaders = [BoardLeader(x.id, x.full_name, x.title, x.precedence_rank) for x in session.scalars(
        select(Leader).where(Leader.active.is_(True)))]
    leaders.sort(key=lambda x: (x.precedence_rank, sort_key(x.name)))
    head_ids = {i.id for i in heads.values()}
    fixed = [engagement_of(i) for i in invites if i.status in ENGAGEMENT_STATUSES and i.id not in head_ids]
    return Board(campaign_id, rows, leaders, fixed, planning.travel_parameters(session, campaign_id))


@dataclass(frozen=True)
class HeadChange:
    site_id: uuid.UUID
    old_leader_id: uuid.UUID | None
    new_leader_id: uuid.UUID | None


def assign_heads(session: Session, assignments: Mapping[uuid.UUID, uuid.UUID | None], *,
                 today: dt.date | None = None) -> list[HeadChange]:
    """Make each chosen leader the head of the site's delegation (proposed), all in the caller's one
    transaction: a head replaced is withdrawn (or, while only proposed, removed); None takes the head away."""
    done = []
    for site_id, leader_id in assignments.items():
        current = session.scalar(select(Invitation).where(
            Invitation.site_id == site_id, Invitation.role == InvitationRole.HEAD,
            Invitation.status.in_(list(ENGAGEMENT_STATUSES))))
        old = current.leader_id if current is not None else None
        if old == leader_id:
            continue
        if current is not None:
            if current.status is InvitationStatus.PROPOSED:
                invitations.remove_invitation(session, current.id)
            else:
                invitations.set_status(session, current.id, None, InvitationStatus.WITHDRAWN, on=today)
        if leader_id is not None:
            earlier = session.scalar(select(Invitation).where(Invitation.site_id == site_id,
                                                              Invitation.leader_id == leader_id))
            if earlier is not None and earlier.status is InvitationStatus.WITHDRAWN:
                invitations.update_invitation(session, earlier.id, None, role=InvitationRole.HEAD,
                                              status=InvitationStatus.PROPOSED, sent_on=None, answered_on=None)
            else:
                invitations.invite(session, site_id, leader_id, InvitationRole.HEAD, today=today)
        done.append(HeadChange(site_id, old, leader_id))
    return done


def send_invitations(session: Session, site_ids: Sequence[uuid.UUID], *,
                     on: dt.date | None = None) -> list[InvitationRow]:
    """Send the invitations of the heads of ``site_ids`` still proposed (proposed → sent, dated ``on``);
    sites without a head, or whose head was already invited, are left as they are. Refused when none
    is left to send."""
    if not site_ids:
        raise ValidationError("board_nothing_to_send")
    proposed = list(session.scalars(select(Invitation).where(
        Invitation.site_id.in_(list(site_ids)), Invitation.role == InvitationRole.HEAD,
        Invitation.status == InvitationStatus.PROPOSED)))
    if not proposed:
        raise ValidationError("board_nothing_to_send")
    return [invitations.set_status(session, i.id, None, InvitationStatus.SENT, on=on) for i in proposed]


def to_json(board: Board, assignments: Mapping[uuid.UUID, uuid.UUID | None] | None = None) -> list[dict[str, Any]]:
    """The board as JSON rows (site, date, head, suggestions)."""
    chosen = dict(board.current() if assignments is None else assignments)
    clashes = board.conflicts(chosen)
    return [{"site_id": str(s.site_id), "commune_name": s.commune_name, "province": s.province,
             "date": s.date.isoformat(), "head": s.head_name or None,
             "suggestions": [o.leader.name for o in board.options(s.site_id, chosen) if o.suggested],
             "conflicts": clashes.get(s.site_id, [])} for s in board.sites]
