"""Demo leaders and delegations for the demo campaign (invented names, plausible titles and order).

Every demo site gets a head of delegation and most get a member. Two clashes are planted on purpose
so that a new user sees the warnings: one leader proposed for two sites far apart on the same day,
and one leader at two sites on consecutive days that the travel model says cannot be reached in
time. Every other leader's engagements are at least three days apart, so ``conflicts`` on the demo
lists exactly those two.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from festival_planner.domain.enums import InvitationRole, InvitationStatus
from festival_planner.domain.errors import ValidationError
from festival_planner.domain.models import Site
from festival_planner.geo.travel import TravelParameters, travel_hours_between
from festival_planner.services import conflicts, invitations, leaders
from festival_planner.services.campaigns import CampaignInfo

# (full name, title, organisation, precedence rank); the first 13 head delegations, the rest join them.
DEMO_LEADERS: tuple[tuple[str, str, str, int], ...] = (
    ("Lê Minh Quang", "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư", "Ban Chấp hành Trung ương Đảng", 5),
    ("Phạm Thị Thu Hà", "Ủy viên Bộ Chính trị, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
     "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", 10),
    ("Trần Quốc Hưng", "Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an", "Bộ Công an", 15),
    ("Nguyễn Văn Thành", "Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ", "Chính phủ", 20),
    ("Hoàng Đức Minh", "Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương", "Ban Tổ chức Trung ương", 25),
    ("Vũ Thị Lan", "Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương", "Ban Dân vận Trung ương", 30),
    ("Đặng Văn Khải", "Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng", "Văn phòng Trung ương Đảng", 35),
    ("Lý Thị Ngọc Hân", "Ủy viên Trung ương Đảng, Phó Chủ tịch Quốc hội", "Quốc hội", 40),
    ("Ngô Văn Tùng", "Ủy viên Trung ương Đảng, Phó Thủ tướng Chính phủ", "Chính phủ", 45),
    ("Đỗ Minh Tuấn", "Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an", "Bộ Công an", 50),
    ("Phan Văn Lộc", "Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an", "Bộ Công an", 55),
    ("Hồ Thị Mai", "Ủy viên Trung ương Đảng, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
     "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", 60),
    ("Trịnh Quang Đạt", "Ủy viên Trung ương Đảng, Phó Trưởng Ban Nội chính Trung ương",
     "Ban Nội chính Trung ương", 65),
    ("Mai Văn Hiếu", "Thứ trưởng Bộ Công an", "Bộ Công an", 70),
    ("Lương Thị Thu", "Phó Trưởng Ban Dân vận Trung ương", "Ban Dân vận Trung ương", 75),
    ("Cao Minh Trí", "Thứ trưởng Bộ Công an", "Bộ Công an", 80),
    ("Tạ Đình Nam", "Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
     "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", 85),
    ("Kiều Văn Phúc", "Phó Trưởng Ban Tổ chức Trung ương", "Ban Tổ chức Trung ương", 90),
    ("Lâm Quốc Bảo", "Cục trưởng Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc", "Bộ Công an", 100),
    ("Châu Văn Thắng", "Phó Cục trưởng Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc", "Bộ Công an", 105),
)
HEADS = 13
SAME_DAY_LEADER = "Ngô Văn Tùng"  # proposed for two sites far apart on one day
TRAVEL_LEADER = "Hoàng Đức Minh"  # two sites on consecutive days, too far apart
MIN_GAP_DAYS = 3  # every other leader's engagements are at least this far apart
DEMO_TODAY = dt.date(2026, 6, 15)  # the day invitations are stamped as sent/answered in the demo


def _ensure_leaders(session: Session) -> dict[str, uuid.UUID]:
    ids: dict[str, uuid.UUID] = {}
    for name, title, organisation, rank in DEMO_LEADERS:
        found = leaders.find_by_name(session, name)
        row = found or leaders.add_leader(session, name, title=title, organisation=organisation,
                                          precedence_rank=rank, notes="Dữ liệu mẫu (tên giả định)")
        ids[name] = row.id
    return ids


def _free(busy: dict[uuid.UUID, list[dt.date]], leader_id: uuid.UUID, day: dt.date) -> bool:
    return all(abs((day - other).days) >= MIN_GAP_DAYS for other in busy.get(leader_id, []))


def _slack(first: Site, second: Site, params: TravelParameters) -> float:
    """Hours missing to get from ``first`` to ``second`` (positive: cannot be reached in time)."""
    travel = conflicts.travel_estimate(conflicts.place_of(first), conflicts.place_of(second), params)
    end = conflicts.site_hours(first)[1]
    start = conflicts.site_hours(second)[0]
    available = ((start - end).total_seconds() / 3600 if first.date == second.date
                 else travel_hours_between(end, start, params))
    return travel.hours - available


def create_demo_leaders(session: Session, campaign: CampaignInfo) -> None:
    """Add the demo leaders (kept if already there) and the delegations of the demo campaign's sites."""
    params = TravelParameters()
    ids = _ensure_leaders(session)
    sites = list(session.scalars(select(Site).where(Site.campaign_id == campaign.id)
                                 .order_by(Site.date, Site.start_time, Site.commune_code)).unique())
    if len(sites) < 4:
        raise ValidationError("demo_leaders_failed", count=0)
    same_day = max(((a, b) for a, b in itertools.combinations(sites, 2) if a.date == b.date),
                   key=lambda pair: _slack(pair[0], pair[1], params))
    used = {s.id for s in same_day}
    travel_pair = max(((a, b) for a, b in itertools.permutations(sites, 2)
                       if (b.date - a.date).days == 1 and not {a.id, b.id} & used),
                      key=lambda pair: _slack(pair[0], pair[1], params))
    if _slack(*travel_pair, params) <= 0:
        raise ValidationError("demo_leaders_failed", count=1)
    planted = {same_day[0].id: SAME_DAY_LEADER, same_day[1].id: SAME_DAY_LEADER,
               travel_pair[0].id: TRAVEL_LEADER, travel_pair[1].id: TRAVEL_LEADER}
    head_pool = [ids[name] for name, *_ in DEMO_LEADERS[:HEADS] if name not in (SAME_DAY_LEADER, TRAVEL_LEADER)]
    member_pool = [ids[name] for name, *_ in DEMO_LEADERS[HEADS:]]
    busy: dict[uuid.UUID, list[dt.date]] = {}
    for slot, site in enumerate(sites):
        head: uuid.UUID | None
        if site.id in planted:
            head = ids[planted[site.id]]
            first = site.id in (same_day[0].id, travel_pair[0].id)
            status = InvitationStatus.SENT if first else InvitationStatus.PROPOSED
        else:
            head = next((lid for lid in head_pool[slot % len(head_pool):] + head_pool[:slot % len(head_pool)]
                         if _free(busy, lid, site.date)), None)
            status = (InvitationStatus.ACCEPTED, InvitationStatus.SENT, InvitationStatus.PROPOSED)[slot % 3]
        if head is not None:
            invitations.invite(session, site.id, head, InvitationRole.HEAD, status=status, today=DEMO_TODAY,
                               note="Dữ liệu mẫu")
            busy.setdefault(head, []).append(site.date)
        member = next((lid for lid in member_pool[slot % len(member_pool):] + member_pool[:slot % len(member_pool)]
                       if _free(busy, lid, site.date)), None)
        if member is not None:
            member_status = InvitationStatus.SENT if slot % 2 else InvitationStatus.PROPOSED
            invitations.invite(session, site.id, member, InvitationRole.MEMBER, status=member_status,
                               today=DEMO_TODAY)
            busy.setdefault(member, []).append(site.date)
    # A head who declined one site: declined invitations are not engagements and never conflict.
    declined_site = next(s for s in sites if s.id not in planted)
    spare = next(lid for lid in head_pool if _free(busy, lid, declined_site.date))
    invitations.invite(session, declined_site.id, spare, InvitationRole.MEMBER, status=InvitationStatus.DECLINED,
                       today=DEMO_TODAY, note="Bận công tác nước ngoài")
    found = conflicts.find_conflicts(session, campaign.id)
    if len(found) != 2:
        raise ValidationError("demo_leaders_failed", count=len(found))
