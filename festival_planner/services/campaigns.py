"""Campaigns: one festival year each, with its window and target number of sites."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from festival_planner.domain.entry import clean_text, text_limit
from festival_planner.domain.errors import NotFoundError, ValidationError
from festival_planner.domain.models import Campaign, Site
from festival_planner.services import changelog, rows

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


def default_window(year: int) -> tuple[dt.date, dt.date]:
    """The festival window of a new campaign: 1 July – 19 August (the festival day)."""
    return dt.date(year, 7, 1), dt.date(year, 8, 19)


def check_year(year: int) -> None:
    """Refuse a year the festival cannot have (before 2005 or absurdly far ahead)."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        if year > MAX_YEAR:
            raise ValidationError("year_too_late", year=year, max_year=MAX_YEAR)
        raise ValidationError("bad_year", year=year, min_year=MIN_YEAR)


def list_campaigns(session: Session) -> list[CampaignInfo]:
    """All campaigns, newest year first."""
    return [_info(session, c) for c in session.scalars(select(Campaign).order_by(Campaign.year.desc()))]


def find_campaign(session: Session, year: int) -> Campaign | None:
    """The campaign of ``year``, or None (a year the festival cannot have never reaches SQLite)."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    return session.scalar(select(Campaign).where(Campaign.year == year))


def get_campaign(session: Session, year: int) -> CampaignInfo:
    """The campaign of ``year``; a clear error when there is none."""
    check_year(year)
    campaign = find_campaign(session, year)
    if campaign is None:
        raise NotFoundError("unknown_campaign", year=year)
    return _info(session, campaign)


def _check_plan(year: int, window_start: dt.date, window_end: dt.date, festival_day: dt.date,
                target_min: int, target_max: int) -> None:
    if not (window_start.year == window_end.year == festival_day.year == year):
        raise ValidationError("window_other_year", year=year)
    if window_start > window_end:
        raise ValidationError("window_reversed")
    if not window_start <= festival_day <= window_end:
        raise ValidationError("festival_day_outside")
    if not 1 <= target_min <= target_max <= 200:
        raise ValidationError("bad_target")


PLAN_FIELDS = ("window_start", "window_end", "festival_day", "target_min", "target_max")


def update_campaign(session: Session, campaign_id: uuid.UUID, expected_version: int,
                    **changes: Any) -> CampaignInfo:
    """Change a campaign's window, festival day or target; every site must stay inside the window."""
    unknown = set(changes) - set(PLAN_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    campaign = rows.load(session, Campaign, campaign_id, "unknown_campaign_id")
    rows.check_version(campaign, expected_version, "stale_campaign")
    before = {name: getattr(campaign, name) for name in PLAN_FIELDS}
    after = {**before, **changes}
    _check_plan(campaign.year, **after)
    outside = session.scalars(select(Site).where(
        Site.campaign_id == campaign.id,
        (Site.date < after["window_start"]) | (Site.date > after["window_end"])).order_by(Site.date)).all()
    if outside:
        shown = "; ".join(f"{s.commune.name} ({s.date:%d/%m/%Y})" for s in outside[:5])
        raise ValidationError("sites_outside_window", count=len(outside),
                              sites=shown + ("…" if len(outside) > 5 else ""))
    rows.apply_update(session, "campaign", campaign, expected_version, after, "stale_campaign")
    return _info(session, campaign)


def create_campaign(session: Session, year: int, *, window_start: dt.date | None = None,
                    window_end: dt.date | None = None, festival_day: dt.date | None = None,
                    target_min: int = 25, target_max: int = 30, name: str | None = None) -> CampaignInfo:
    """A new festival year; defaults: window 1 July–19 August, festival day 19 August, 25–30 sites."""
    check_year(year)
    if find_campaign(session, year) is not None:
        raise ValidationError("duplicate_campaign", year=year)
    window_start = window_start or default_window(year)[0]
    window_end = window_end or default_window(year)[1]
    festival_day = festival_day or dt.date(year, 8, 19)
    _check_plan(year, window_start, window_end, festival_day, target_min, target_max)
    name = (clean_text(name, "name", text_limit("campaign.name"), field_key="text_field.campaign.name")
            or default_name(year))
    campaign = Campaign(id=uuid.uuid4(), year=year, name=name, window_start=window_start, window_end=window_end,
                        festival_day=festival_day, target_min=target_min, target_max=target_max, notes="")
    session.add(campaign)
    session.flush()
    changelog.record(session, "campaign", campaign.id, "create", None,
                     {"year": year, "window_start": window_start, "window_end": window_end})
    return _info(session, campaign)


def ensure_campaign(session: Session, year: int) -> CampaignInfo:
    """The campaign of ``year``, created with the defaults when missing."""
    campaign = find_campaign(session, year)
    return _info(session, campaign) if campaign else create_campaign(session, year)
