"""A realistic demo campaign: 28 flagship sites over the whole country, weighted towards the
priority regions (Tây Bắc, Tây Nguyên, Tây Nam Bộ), dates inside the festival window.

Sites are chosen from the real gazetteer by a transparent rule, not a fixed list of codes: for each
old province below, its largest rural commune (or the special zone named), within the region asked.
Large rural communes are the remote mountain and border communes the festival goes to.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from festival_planner.domain.enums import SiteStatus
from festival_planner.domain.errors import ValidationError
from festival_planner.services import campaigns, demo_checklists, demo_leaders, demo_selection, sites
from festival_planner.services.communes import CommuneIndex, CommuneInfo
from festival_planner.services.demo_plan import DEMO_PLAN, pick_commune

# Days of the festival window used, as (month, day): a few in July, most in the first half of
# August, and one on the festival day itself.
DEMO_DAYS: tuple[tuple[int, int], ...] = (
    (7, 9), (7, 16), (7, 23), (7, 28), (7, 30), (8, 1), (8, 3), (8, 4), (8, 5), (8, 6), (8, 7), (8, 8),
    (8, 9), (8, 10), (8, 11), (8, 12), (8, 12), (8, 13), (8, 13), (8, 14), (8, 14), (8, 15), (8, 15),
    (8, 16), (8, 17), (8, 18), (8, 18), (8, 19),
)

_VENUES = ("Nhà văn hóa trung tâm {unit}", "Sân vận động trung tâm {unit}", "Trường THCS {short}",
           "Quảng trường trung tâm {unit}")


def demo_communes(index: CommuneIndex) -> list[CommuneInfo]:
    """The 28 communes of the demo campaign, in plan order."""
    taken: set[str] = set()
    chosen = []
    for old_province, region, kind in DEMO_PLAN:
        commune = pick_commune(index, old_province, region, kind, taken)
        taken.add(commune.code)
        chosen.append(commune)
    return chosen


def create_demo(session: Session, year: int = 2026, *, replace: bool = False) -> campaigns.CampaignInfo:
    """Create the demo campaign of ``year`` with 28 sites (``replace`` drops an existing one first)."""
    existing = campaigns.find_campaign(session, year)
    if existing is not None:
        if not replace:
            raise ValidationError("demo_year_taken", year=year)
        session.delete(existing)
        session.flush()
    campaign = campaigns.create_campaign(session, year)
    index = CommuneIndex(session)
    communes = demo_communes(index)
    # Interleave the regions over the calendar so that every week has sites from everywhere.
    order = sorted(range(len(communes)), key=lambda i: (i * 11) % len(communes))
    for slot, i in enumerate(order):
        commune = communes[i]
        month, day = DEMO_DAYS[slot]
        unit = commune.name.replace("Xã ", "xã ").replace("Đặc khu ", "đặc khu ")
        venue = _VENUES[slot % len(_VENUES)].format(unit=unit, short=commune.short_name)
        status = (SiteStatus.APPROVED if slot % 5 == 0 else
                  SiteStatus.PROPOSED if slot % 7 == 3 else SiteStatus.CONFIRMED)
        start = dt.time(7, 30) if slot % 2 == 0 else dt.time(8, 0)
        sites.add_site(session, campaign.id, commune.code, dt.date(year, month, day),
                       start_time=start, end_time=dt.time(11, 30), venue=venue,
                       host_unit=f"Công an tỉnh {commune.province}" if commune.province_code not in
                       ("01", "31", "46", "48", "79", "92") else f"Công an thành phố {commune.province}",
                       contact_name=f"Trưởng Công an {unit}", status=status,
                       notes="Dữ liệu mẫu")
    demo_leaders.create_demo_leaders(session, campaign)
    demo_checklists.create_demo_checklists(session, campaigns.get_campaign(session, year))
    demo_selection.create_previous_year(session, campaigns.get_campaign(session, year), index)
    return campaigns.get_campaign(session, year)

