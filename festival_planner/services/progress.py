"""Progress of a campaign as of a day: each site's readiness and overdue items, a national summary by
region, and the national workplan (campaign tasks) done, due and overdue.

Readiness is the share of a site's items done by that day (``domain/checklist_rules.py`` says what
done and overdue mean); optional category weights count an item of a category that many times.
Whatever the number of sites and items, this reads the database in five queries.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from festival_planner.domain.enums import SiteStatus
from festival_planner.domain.errors import ValidationError
from festival_planner.domain.models import Campaign
from festival_planner.domain.regions import region_name
from festival_planner.services import rows
from festival_planner.services.checklists import (
    CategoryCounts,
    ChecklistItemRow,
    campaign_item_counts,
    list_campaign_tasks,
)
from festival_planner.services.invitations import heads_of_delegation
from festival_planner.services.site_facts import campaign_sites

AT_RISK_DAYS = 14  # a site this close to its day with readiness below AT_RISK_READINESS is at risk
AT_RISK_READINESS = 0.8


def readiness(items: Sequence[ChecklistItemRow], as_of: dt.date, weights: Mapping[str, float] | None = None) -> float:
    """The weighted share of ``items`` done by ``as_of`` (0 for no items); weight 1 for unlisted categories."""
    weights = weights or {}
    total = sum(weights.get(i.category, 1.0) for i in items)
    if total <= 0:
        return 0.0
    return sum(weights.get(i.category, 1.0) for i in items if i.done_as_of(as_of)) / total


def readiness_of_counts(counts: Sequence[CategoryCounts], weights: Mapping[str, float] | None = None) -> float:
    """``readiness`` from per-category counts (the same figure, counted in the database)."""
    weights = weights or {}
    total = sum(weights.get(c.category, 1.0) * c.total for c in counts)
    if total <= 0:
        return 0.0
    return sum(weights.get(c.category, 1.0) * c.done for c in counts) / total


def risk_level(status: SiteStatus, done: int, total: int, overdue: int, ready: float, days_to_event: int) -> str:
    """"cancelled", "held", "done", "past" (its day has gone by and it is not marked held), "late"
    (overdue items), "at_risk" (close and not ready) or "on_track"."""
    if status in (SiteStatus.CANCELLED, SiteStatus.HELD):
        return status.value
    if total and done == total:
        return "done"
    if days_to_event < 0:  # a festival already past is not "late": its items can no longer be done in time
        return "past"
    if overdue:
        return "late"
    if days_to_event <= AT_RISK_DAYS and ready < AT_RISK_READINESS:
        return "at_risk"
    return "on_track"


@dataclass(frozen=True)
class SiteProgress:
    site_id: uuid.UUID
    commune_name: str
    province: str
    region: str
    date: dt.date
    status: SiteStatus
    done: int
    total: int
    overdue: int
    blocked: int
    readiness: float
    days_to_event: int
    head_of_delegation: str | None
    risk: str

    def to_json(self) -> dict[str, Any]:
        return {"site_id": str(self.site_id), "commune_name": self.commune_name, "province": self.province,
                "region": self.region, "date": self.date.isoformat(), "status": self.status.value,
                "readiness": round(self.readiness, 4), "done": self.done, "total": self.total,
                "overdue": self.overdue, "blocked": self.blocked, "days_to_event": self.days_to_event,
                "head_of_delegation": self.head_of_delegation, "risk": self.risk}


@dataclass(frozen=True)
class RegionProgress:
    region: str
    sites: int
    done: int
    total: int
    overdue: int
    readiness: float
    sites_late: int

    @property
    def region_name(self) -> str:
        return region_name(self.region) if self.region else ""

    def to_json(self) -> dict[str, Any]:
        return {"region": self.region, "region_name": self.region_name, "sites": self.sites,
                "readiness": round(self.readiness, 4), "done": self.done, "total": self.total,
                "overdue": self.overdue, "sites_late": self.sites_late}


@dataclass(frozen=True)
class TaskProgress:
    """The national workplan: ``due`` are the open tasks not yet late."""

    total: int
    done: int
    due: int
    overdue: int
    tasks: tuple[ChecklistItemRow, ...]

    def to_json(self, as_of: dt.date) -> dict[str, Any]:
        return {"total": self.total, "done": self.done, "due": self.due, "overdue": self.overdue,
                "tasks": [t.to_json(as_of) for t in self.tasks]}


@dataclass(frozen=True)
class CampaignProgress:
    campaign_id: uuid.UUID
    year: int
    as_of: dt.date
    sites: tuple[SiteProgress, ...]
    regions: tuple[RegionProgress, ...]
    tasks: TaskProgress
    done: int
    total: int
    overdue: int

    @property
    def readiness(self) -> float:
        return self.done / self.total if self.total else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"campaign_year": self.year, "as_of": self.as_of.isoformat(),
                "sites": [s.to_json() for s in self.sites], "regions": [r.to_json() for r in self.regions],
                "total": {"readiness": round(self.readiness, 4), "done": self.done, "total": self.total,
                          "overdue": self.overdue},
                "tasks": self.tasks.to_json(self.as_of)}


def _check_weights(weights: Mapping[str, float] | None) -> None:
    for category, weight in (weights or {}).items():
        if not 0 <= weight <= 100:
            raise ValidationError("bad_category_weight", category=category, weight=weight)


def campaign_progress(session: Session, campaign_id: uuid.UUID, as_of: dt.date | None = None,
                      weights: Mapping[str, float] | None = None) -> CampaignProgress:
    """Progress of every site and region of the campaign as of ``as_of`` (default today).

    Region figures count items (not weights) of the sites not cancelled."""
    _check_weights(weights)
    day = as_of or dt.date.today()
    campaign = rows.load(session, Campaign, campaign_id, "unknown_campaign_id")
    facts = campaign_sites(session, campaign.id)
    counts: dict[uuid.UUID, list[CategoryCounts]] = defaultdict(list)
    for row in campaign_item_counts(session, campaign.id, day):
        counts[row.site_id].append(row)
    heads = heads_of_delegation(session, [f.id for f in facts])
    sites = []
    for fact in facts:
        own = counts[fact.id]
        done, total = sum(c.done for c in own), sum(c.total for c in own)
        overdue, blocked = sum(c.overdue for c in own), sum(c.blocked for c in own)
        ready = readiness_of_counts(own, weights)
        days = (fact.date - day).days
        sites.append(SiteProgress(fact.id, fact.commune_name, fact.province, fact.region, fact.date, fact.status,
                                  done, total, overdue, blocked, ready, days, heads.get(fact.id),
                                  risk_level(fact.status, done, total, overdue, ready, days)))
    live = [s for s in sites if s.status is not SiteStatus.CANCELLED]
    by_region: dict[str, list[SiteProgress]] = defaultdict(list)
    for site in live:
        by_region[site.region].append(site)
    regions = []
    for code, group in sorted(by_region.items()):
        done, total = sum(s.done for s in group), sum(s.total for s in group)
        regions.append(RegionProgress(code, len(group), done, total, sum(s.overdue for s in group),
                                      done / total if total else 0.0, sum(1 for s in group if s.overdue)))
    tasks = list_campaign_tasks(session, campaign.id)
    task_done = sum(1 for t in tasks if t.done_as_of(day))
    task_overdue = sum(1 for t in tasks if t.overdue_as_of(day))
    return CampaignProgress(campaign.id, campaign.year, day, tuple(sites), tuple(regions),
                            TaskProgress(len(tasks), task_done, len(tasks) - task_done - task_overdue, task_overdue,
                                         tuple(tasks)),
                            sum(s.done for s in live), sum(s.total for s in live), sum(s.overdue for s in live))
