"""Demo data for the selector: the previous year's campaign with its sites held, so that the
past-host penalty shows on the demo year's scores."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from festival_planner.domain.enums import SiteStatus
from festival_planner.domain.errors import ValidationError
from festival_planner.services import campaigns, sites
from festival_planner.services.communes import CommuneIndex
from festival_planner.services.demo_plan import DEMO_PLAN, pick_commune

PREVIOUS_NOTE = "Dữ liệu mẫu — năm trước"


def create_previous_year(session: Session, campaign: campaigns.CampaignInfo,
                         index: CommuneIndex | None = None) -> campaigns.CampaignInfo | None:
    """Add ``campaign.year - 1`` with 28 held sites (the second-largest rural commune of each demo
    old province, so that some of this year's candidates are last year's hosts); None if it exists.
    ``index``: the gazetteer index already built by the caller (building one takes ~0.6 s)."""
    year = campaign.year - 1
    if campaigns.find_campaign(session, year) is not None:
        return None
    previous = campaigns.create_campaign(session, year)
    index = index or CommuneIndex(session)
    taken: set[str] = set()
    for slot, (old_province, region, kind) in enumerate(DEMO_PLAN):
        first = pick_commune(index, old_province, region, kind, taken)
        taken.add(first.code)
        host = first
        if slot % 3 != 0:
            try:
                host = pick_commune(index, old_province, region, kind, taken)
            except ValidationError:  # a province with a single candidate of that kind (Lý Sơn)
                host = first
        taken.add(host.code)
        day = dt.date(year, 7, 20) + dt.timedelta(days=slot % 30)
        sites.add_site(session, previous.id, host.code, min(day, previous.festival_day),
                       venue=f"Nhà văn hóa trung tâm {host.name}", status=SiteStatus.HELD,
                       notes=PREVIOUS_NOTE)
    return campaigns.get_campaign(session, year)
