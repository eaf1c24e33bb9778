"""The few facts about a campaign's sites that summaries need (place, region, date), in one query."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from festival_planner.domain.enums import SiteStatus
from festival_planner.domain.models import Commune, Province, Site
from festival_planner.domain.regions import region_name


@dataclass(frozen=True)
class SiteFacts:
    id: uuid.UUID
    commune_name: str
    province: str
    region: str  # the commune's main region code ("" when unknown)
    date: dt.date
    status: SiteStatus

    @property
    def region_name(self) -> str:
        return region_name(self.region) if self.region else ""


def campaign_sites(session: Session, campaign_id: uuid.UUID) -> list[SiteFacts]:
    """The campaign's sites by date then commune, without loading whole rows."""
    query = (select(Site.id, Commune.name, Province.short_name, Commune.regions, Site.date, Site.status)
             .join(Commune, Commune.code == Site.commune_code).join(Province, Province.code == Commune.province_code)
             .where(Site.campaign_id == campaign_id).order_by(Site.date, Site.commune_code))
    return [SiteFacts(site_id, name, province, regions[0] if regions else "", date, status)
            for site_id, name, province, regions, date, status in session.execute(query)]
