"""Demo checklists, workplan, programmes, budgets, commendations and gifts for the demo campaign.

The states are those of a campaign seen on 1 August: everything due by then at the sites held in
July is done (the earliest sites are complete; the others still have their final accounts, due
two weeks after the day), most later sites are on time and a few are behind, with overdue or
blocked items; every completion date is on or before 1 August, so progress as of that day matches
the items' own states. Exactly one site spends more than its estimate (a bigger tent for rain).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from festival_planner.domain.enums import (
    BudgetCategory,
    ChecklistStatus,
    CommendationKind,
    FundingSource,
    GiftRecipientKind,
)
from festival_planner.domain.models import Site
from festival_planner.services import budget, checklists, programme
from festival_planner.services.campaigns import CampaignInfo
from festival_planner.services.site_facts import campaign_sites

HIGHLAND_REGIONS = ("tay_bac", "tay_bac_mo_rong", "dong_bac", "tay_nguyen")
BEHIND = (1, 4, 9, 13, 17, 22)  # indexes (by date) of the sites after 1 August that are behind
OVERSPENT = 2  # index of the one site whose actuals exceed the estimate
_HOUSEHOLDS = ("Hộ bà Lò Thị Xuân", "Hộ ông Giàng A Sử", "Hộ bà Y Blim Niê", "Hộ ông Thạch Sô Phol",
               "Hộ bà Hoàng Thị Mai", "Hộ ông Vàng A Chứ", "Hộ bà Rơ Châm H'Luân", "Hộ ông Danh Sơn")
# category, description, estimate in million VND, funding source
_BUDGET = ((BudgetCategory.STAGE, "Sân khấu, phông nền, nhà bạt", 45, FundingSource.PROVINCIAL),
           (BudgetCategory.SOUND, "Âm thanh, ánh sáng, màn hình", 18, FundingSource.PROVINCIAL),
           (BudgetCategory.GIFTS, "Quà tặng xã và các hộ", 30, FundingSource.SPONSORSHIP),
           (BudgetCategory.AWARDS, "Khung bằng khen, tiền thưởng", 12, FundingSource.CENTRAL),
           (BudgetCategory.TRANSPORT, "Đưa đón đoàn công tác", 25, FundingSource.CENTRAL),
           (BudgetCategory.MEALS, "Ăn uống cho đoàn và lực lượng phục vụ", 15, FundingSource.LOCAL),
           (BudgetCategory.MEDIA, "Tuyên truyền, pano, băng rôn", 8, FundingSource.PROVINCIAL))


def _checklist_states(session: Session, site_index: int, site_date: dt.date, site_id: uuid.UUID,
                      as_of: dt.date) -> None:
    """Mark the items of one site as a planner would have on ``as_of``."""
    items = checklists.list_items(session, site_id)
    completions: dict[uuid.UUID, dt.date] = {}
    by_status: dict[ChecklistStatus, list[uuid.UUID]] = defaultdict(list)
    behind = site_date > as_of and (site_index % 23) in BEHIND
    for n, item in enumerate(items):
        due = item.due_date or site_date
        if due <= as_of:
            if behind and n % 4 == site_index % 4:
                by_status[ChecklistStatus.BLOCKED if n % 3 == 0 else ChecklistStatus.IN_PROGRESS].append(item.id)
            else:
                completions[item.id] = due - dt.timedelta(days=n % 3)  # on time, or a day or two early
        elif (due - as_of).days <= 7 and n % 2 == 0:
            by_status[ChecklistStatus.IN_PROGRESS].append(item.id)
        elif n % 5 == 0:
            completions[item.id] = as_of - dt.timedelta(days=1 + n % 4)  # done well ahead
    checklists.record_completions(session, completions)
    for status, ids in by_status.items():
        checklists.set_status(session, ids, status)


def _budget(session: Session, site_index: int, site_id: uuid.UUID, held: bool) -> None:
    for position, (category, description, million, source) in enumerate(_BUDGET):
        estimate = (million + site_index % 5) * 1_000_000
        actual = None
        if held:
            actual = estimate * 95 // 100
            if site_index == OVERSPENT and category is BudgetCategory.STAGE:
                actual = estimate + 14_500_000  # rain: a bigger tent was hired at short notice
        budget.add_budget_line(session, site_id, category, estimate, description=description,
                               actual_vnd=actual, funding_source=source, position=position)


def _awards_and_gifts(session: Session, site_index: int, site_id: uuid.UUID, commune: str, province: str,
                      site_date: dt.date) -> None:
    decided = site_date - dt.timedelta(days=20)
    sid = site_id
    budget.add_commendation(session, sid, CommendationKind.COLLECTIVE, f"Nhân dân và cán bộ {commune}",
                            "Bằng khen của Bộ trưởng Bộ Công an", decision_number=f"{5100 + site_index}/QĐ-BCA",
                            decision_date=decided, position=0)
    budget.add_commendation(session, sid, CommendationKind.COLLECTIVE, f"Công an {commune}",
                            f"Bằng khen của Chủ tịch UBND tỉnh {province}",
                            decision_number=f"{2300 + site_index}/QĐ-UBND", decision_date=decided, position=1)
    budget.add_commendation(session, sid, CommendationKind.INDIVIDUAL, _HOUSEHOLDS[site_index % 8][7:],
                            "Giấy khen của Giám đốc Công an tỉnh", unit=f"Tổ bảo vệ an ninh, trật tự {commune}",
                            decision_number=f"{870 + site_index}/QĐ-CAT", decision_date=decided, position=2)
    budget.add_gift(session, sid, GiftRecipientKind.UNIT, commune, "Trang thiết bị cho Công an xã",
                    20_000_000, position=0)
    for n in range(5):
        budget.add_gift(session, sid, GiftRecipientKind.HOUSEHOLD,
                        _HOUSEHOLDS[(site_index + n) % len(_HOUSEHOLDS)], "Quà và tiền mặt", 2_000_000,
                        position=n + 1)


def _workplan(session: Session, campaign: CampaignInfo, as_of: dt.date) -> None:
    tasks = checklists.apply_workplan(session, campaign.id)
    past = [t for t in tasks if (t.due_date or campaign.festival_day) <= as_of]
    late = [t.id for t in past if "Kiểm tra công tác chuẩn bị" in t.title]  # overdue on 1 August
    checklists.record_completions(session, {t.id: (t.due_date or as_of) - dt.timedelta(days=n % 4)
                                            for n, t in enumerate(past) if t.id not in late})
    checklists.set_status(session, late, ChecklistStatus.IN_PROGRESS)


def create_demo_checklists(session: Session, campaign: CampaignInfo) -> None:
    """Checklists, programmes, budgets, commendations and gifts on every site, and the workplan."""
    as_of = dt.date(campaign.year, 8, 1)
    # Keep the sites referenced, so the services' look-ups of a site are answered from the session.
    held = session.scalars(select(Site).where(Site.campaign_id == campaign.id)).unique().all()
    for index, site in enumerate(campaign_sites(session, campaign.id)):
        template = "Xã vùng cao" if site.region in HIGHLAND_REGIONS else "Mặc định"
        checklists.apply_template(session, site.id, template)
        _checklist_states(session, index, site.date, site.id, as_of)
        programme.apply_default_programme(session, site.id)
        _budget(session, index, site.id, site.date < as_of)
        _awards_and_gifts(session, index, site.id, site.commune_name, site.province, site.date)
    _workplan(session, campaign, as_of)
    del held
