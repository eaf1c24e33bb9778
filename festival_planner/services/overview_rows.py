"""The Sites overview's rows as plain values — a site, an invitation, a line of the overview — shared
by views, reports and JSON, and importable without SQLAlchemy: ``services.sites``,
``services.invitations`` and ``services.site_overview`` build them from the ORM, and the CLI's
plain-sqlite3 read (``services.site_overview_sqlite``) from rows, so both print the same JSON."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from festival_planner.domain.enums import InvitationRole, InvitationStatus, SiteStatus
from festival_planner.domain.rules import ENGAGEMENT_STATUSES
from festival_planner.domain.text import sort_key
from festival_planner.domain.values import format_time
from festival_planner.services.commune_info import CommuneInfo
from festival_planner.services.conflict_check import Conflict

INVITATION_EDITABLE_FIELDS = ("role", "status", "sent_on", "answered_on", "note", "override_reason")
SITE_EDITABLE_FIELDS = ("date", "start_time", "end_time", "venue", "host_unit", "contact_name", "contact_phone",
                        "notes", "status")


@dataclass(frozen=True)
class SiteRow:
    """A read-only snapshot of a site for views, reports and JSON."""

    id: uuid.UUID
    campaign_id: uuid.UUID
    campaign_year: int
    commune: CommuneInfo
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    venue: str
    host_unit: str
    contact_name: str
    contact_phone: str
    notes: str
    status: SiteStatus
    version: int
    head_of_delegation: str | None = None

    def values(self) -> dict[str, Any]:
        """The editable fields, as passed to ``update_site``."""
        return {name: getattr(self, name) for name in SITE_EDITABLE_FIELDS}

    def to_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id), "campaign_year": self.campaign_year,
            "commune_code": self.commune.code, "commune_name": self.commune.name,
            "commune_kind": self.commune.kind, "commune_kind_label": self.commune.kind_label,
            "province": self.commune.province,
            "old_provinces": list(self.commune.old_provinces), "regions": list(self.commune.regions),
            "region_names": self.commune.region_names,
            "latitude": self.commune.latitude, "longitude": self.commune.longitude,
            "date": self.date.isoformat(), "start_time": format_time(self.start_time) or None,
            "end_time": format_time(self.end_time) or None, "venue": self.venue, "host_unit": self.host_unit,
            "contact_name": self.contact_name, "contact_phone": self.contact_phone, "notes": self.notes,
            "status": self.status.value, "head_of_delegation": self.head_of_delegation, "version": self.version,
        }



@dataclass(frozen=True)
class InvitationRow:
    """A read-only snapshot of an invitation with what views show of its leader and site."""

    id: uuid.UUID
    site_id: uuid.UUID
    leader_id: uuid.UUID
    leader_name: str
    leader_title: str
    precedence_rank: int
    role: InvitationRole
    status: InvitationStatus
    sent_on: dt.date | None
    answered_on: dt.date | None
    note: str
    override_reason: str
    version: int
    campaign_year: int
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    commune_code: str
    commune_name: str
    province: str
    venue: str

    @property
    def is_engagement(self) -> bool:
        """Whether the leader counts as busy at the site (not declined, not withdrawn)."""
        return self.status in ENGAGEMENT_STATUSES

    @property
    def order(self) -> tuple:
        """Date and time order (sites without a start time after those with one that day)."""
        return (self.date, self.start_time is None, self.start_time or dt.time(0), sort_key(self.commune_name))

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in INVITATION_EDITABLE_FIELDS}

    def to_json(self) -> dict[str, Any]:
        return {"id": str(self.id), "site_id": str(self.site_id), "leader_id": str(self.leader_id),
                "leader": self.leader_name, "leader_title": self.leader_title,
                "precedence_rank": self.precedence_rank, "role": self.role.value, "status": self.status.value,
                "sent_on": self.sent_on.isoformat() if self.sent_on else None,
                "answered_on": self.answered_on.isoformat() if self.answered_on else None,
                "note": self.note, "override_reason": self.override_reason, "version": self.version,
                "campaign_year": self.campaign_year, "date": self.date.isoformat(),
                "start_time": format_time(self.start_time) or None, "end_time": format_time(self.end_time) or None,
                "commune_code": self.commune_code, "commune_name": self.commune_name, "province": self.province,
                "venue": self.venue}


@dataclass(frozen=True)
class SiteOverview:
    """One line of the overview: the site, its head's invitation status, its delegation (head first,
    then in precedence order; declined and withdrawn last) and the conflicts it takes part in."""

    site: SiteRow
    head_status: InvitationStatus | None
    delegation: tuple[InvitationRow, ...]
    conflicts: tuple[Conflict, ...]

    @property
    def id(self) -> uuid.UUID:
        return self.site.id

    def to_json(self) -> dict[str, Any]:
        """``SiteRow.to_json`` plus the delegation and conflicts (stable snake_case keys)."""
        data = self.site.to_json()
        data["head_status"] = self.head_status.value if self.head_status else None
        data["delegation"] = [{"leader_id": str(i.leader_id), "leader_name": i.leader_name,
                               "leader_title": i.leader_title, "role": i.role.value, "status": i.status.value}
                              for i in self.delegation]
        data["conflicts"] = [{"leader_name": c.leader_name, "other_site_id": str(_other(c, self.site.id)),
                              "hours_needed": round(c.hours_needed, 2), "hours_available": round(c.hours_available, 2)}
                             for c in self.conflicts]
        return data


def _other(conflict: Conflict, site_id: uuid.UUID) -> uuid.UUID:
    return conflict.second.site_id if conflict.first.site_id == site_id else conflict.first.site_id


def delegation_order(row: InvitationRow) -> tuple[Any, ...]:
    """A delegation's order: engagements first, the head first, then precedence and name."""
    return (not row.is_engagement, row.role != InvitationRole.HEAD, row.precedence_rank, sort_key(row.leader_name))


