"""Campaigns: one festival year each, with its window and target number of sites."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from festival_planner.domain.errors import NotFoundError, ValidationError
from festival_planner.domain.models import Campaign, Site
from festival_planner.services import changelog

MIN_YEAR, MAX_YEAR = 2005, 2100  # the festival has been held every year since 2005


@dataclass(frozen=True)
class CampaignInfo:
    id: uuid.UUID
    year: int
    name: str
    window_start: dt.date
    window_end: dt.date
    festival_day: dt.date
    target_min: int
    target_max: int
    site_count: int
    version: int

    def to_json(self) -> dict:
        return {"id": str(self.id), "year": self.year, "name": self.name,
                "window_start": self.window_start.isoformat(), "window_end": self.window_end.isoformat(),
                "festival_day": self.festival_day.isoformat(), "target_min": self.target_min,
                "target_max": self.target_max, "site_count": self.site_count}


def default_name(year: int) -> str:
    return f"Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm {year}"


def _info(session: Session, campaign: Campaign) -> CampaignInfo:
    count = session.scalar(select(func.count()).select_from(Site).where(Site.campaign_id == campaign.id)) or 0
    return CampaignInfo(campaign.id, campaign.year, campaign.name, campaign.window_start, campaign.window_end,
                        campaign.festival_day, campaign.target_min, campaign.target_max, count, campaign.version)


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(f"Năm {year} không hợp lệ: Ngày hội được tổ chức từ năm {MIN_YEAR}.",
                              code="bad_year")


def list_campaigns(session: Session) -> list[CampaignInfo]:
    """All campaigns, newest year first."""
    return [_info(session, c) for c in session.scalars(select(Campaign).order_by(Campaign.year.desc()))]


def find_campaign(session: Session, year: int) -> Campaign | None:
    return session.scalar(select(Campaign).where(Campaign.year == year))


def get_campaign(session: Session, year: int) -> CampaignInfo:
    """The campaign of ``year``; a clear error when there is none."""
    campaign = find_campaign(session, year)
    if campaign is None:
        raise NotFoundError(f"Chưa có kế hoạch cho năm {year}.", code="unknown_campaign")
    return _info(session, campaign)


def create_campaign(session: Session, year: int, *, window_start: dt.date | None = None,
                    window_end: dt.date | None = None, festival_day: dt.date | None = None,
                    target_min: int = 25, target_max: int = 30, name: str | None = None) -> CampaignInfo:
    """A new festival year; defaults: window 1 July–19 August, festival day 19 August, 25–30 sites."""
    _check_year(year)
    if find_campaign(session, year) is not None:
        raise ValidationError(f"Đã có kế hoạch cho năm {year}.", code="duplicate_campaign")
    window_start = window_start or dt.date(year, 7, 1)
    window_end = window_end or dt.date(year, 8, 19)
    festival_day = festival_day or dt.date(year, 8, 19)
    if window_start > window_end:
        raise ValidationError("Ngày bắt đầu đợt phải trước ngày kết thúc.", code="bad_window")
    if not window_start <= festival_day <= window_end:
        raise ValidationError("Ngày hội (19/8) phải nằm trong đợt tổ chức.", code="bad_window")
    if not 1 <= target_min <= target_max:
        raise ValidationError("Số điểm mục tiêu không hợp lệ.", code="bad_target")
    campaign = Campaign(id=uuid.uuid4(), year=year, name=name or default_name(year), window_start=window_start,
                        window_end=window_end, festival_day=festival_day, target_min=target_min,
                        target_max=target_max, notes="")
    session.add(campaign)
    session.flush()
    changelog.record(session, "campaign", campaign.id, "create", None,
                     {"year": year, "window_start": window_start, "window_end": window_end})
    return _info(session, campaign)


def ensure_campaign(session: Session, year: int) -> CampaignInfo:
    """The campaign of ``year``, created with the defaults when missing."""
    campaign = find_campaign(session, year)
    return _info(session, campaign) if campaign else create_campaign(session, year)
