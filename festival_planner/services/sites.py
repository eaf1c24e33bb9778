"""Sites: the flagship festival sites of a campaign — add, edit, delete (and restore, for undo)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from festival_planner.domain.entry import clean_text, text_limits
from festival_planner.domain.enums import SiteStatus
from festival_planner.domain.errors import NotFoundError, ValidationError
from festival_planner.domain.models import Base, Campaign, Commune, Site
from festival_planner.domain.rules import DEFAULT_SITE_END, DEFAULT_SITE_START, VENUE_REQUIRED, status_change_allowed
from festival_planner.domain.values import normal_commune_code
from festival_planner.services import changelog, rows
from festival_planner.services.communes import commune_info
from festival_planner.services.invitations import heads_of_delegation
from festival_planner.services.overview_rows import SITE_EDITABLE_FIELDS, SiteRow

EDITABLE_FIELDS = SITE_EDITABLE_FIELDS


def site_row(site: Site, head: str | None = None) -> SiteRow:
    """The snapshot of a loaded site (``head``: the head of delegation's name, if any)."""
    return SiteRow(site.id, site.campaign_id, site.campaign.year, commune_info(site.commune), site.date,
                   site.start_time, site.end_time, site.venue, site.host_unit, site.contact_name,
                   site.contact_phone, site.notes, site.status, site.version, head)


def _load(session: Session, site_id: uuid.UUID) -> Site:
    return rows.load(session, Site, site_id, "unknown_site")


def validate_site(campaign: Campaign, values: dict[str, Any], commune_name: str) -> dict[str, Any]:
    """A site's editable values checked as ``add_site`` checks them (texts, date window, times, status)."""
    return _validate(campaign, values, commune_name)


def _validate(campaign: Campaign, values: dict[str, Any], commune_name: str) -> dict[str, Any]:
    clean = dict(values)
    for name, limit in text_limits("site").items():
        clean[name] = clean_text(clean.get(name), name, limit, multiline=name == "notes", field_key=f"field.{name}",
                                 too_long="too_long")
    date = clean["date"]
    if not isinstance(date, dt.date):
        raise ValidationError("date_required", field="date")
    if not campaign.window_start <= date <= campaign.window_end:
        raise ValidationError("date_outside_window", field="date", date=date, year=campaign.year,
                              start=campaign.window_start, end=campaign.window_end)
    start, end = clean.get("start_time"), clean.get("end_time")
    if start and end and end <= start:
        raise ValidationError("bad_times", field="end_time", start=start, end=end)
    status = SiteStatus(clean["status"])
    clean["status"] = status
    if status in VENUE_REQUIRED and not clean["venue"]:
        raise ValidationError("venue_required", field="venue", commune=commune_name)
    return clean


def list_sites(session: Session, campaign_id: uuid.UUID) -> list[SiteRow]:
    """The campaign's sites by date, then commune."""
    sites = session.scalars(select(Site).where(Site.campaign_id == campaign_id)
                            .order_by(Site.date, Site.start_time, Site.commune_code)).unique().all()
    heads = heads_of_delegation(session, [s.id for s in sites])
    return [site_row(site, heads.get(site.id)) for site in sites]


def get_site(session: Session, site_id: uuid.UUID) -> SiteRow:
    site = _load(session, site_id)
    return site_row(site, heads_of_delegation(session, [site.id]).get(site.id))


def add_site(session: Session, campaign_id: uuid.UUID, commune_code: str, date: dt.date, *,
             start_time: dt.time | None = DEFAULT_SITE_START, end_time: dt.time | None = DEFAULT_SITE_END,
             venue: str = "", host_unit: str = "", contact_name: str = "", contact_phone: str = "",
             notes: str = "", status: SiteStatus = SiteStatus.PROPOSED,
             site_id: uuid.UUID | None = None) -> SiteRow:
    """Add a commune to the campaign as a site, after checking the date window and duplicates."""
    campaign = rows.load(session, Campaign, campaign_id, "unknown_campaign_id")
    commune = session.get(Commune, normal_commune_code(commune_code))
    if commune is None:
        raise NotFoundError("unknown_commune", code=commune_code)
    existing = session.scalar(select(Site).where(Site.campaign_id == campaign.id,
                                                 Site.commune_code == commune.code))
    if existing is not None:
        raise ValidationError("duplicate_commune", field="commune", commune=commune.name,
                              province=commune.province.short_name, year=campaign.year, date=existing.date)
    values = _validate(campaign, {"date": date, "start_time": start_time, "end_time": end_time, "venue": venue,
                                  "host_unit": host_unit, "contact_name": contact_name,
                                  "contact_phone": contact_phone, "notes": notes, "status": status},
                       commune.name)
    site = Site(id=site_id or uuid.uuid4(), campaign_id=campaign.id, commune_code=commune.code, **values)
    session.add(site)
    session.flush()
    session.refresh(site)
    changelog.record(session, "site", site.id, "create", None, {"commune_code": commune.code, **values})
    return site_row(site)


def update_site(session: Session, site_id: uuid.UUID, expected_version: int, **changes: Any) -> SiteRow:
    """Change some of a site's editable fields, refusing if someone changed it since ``expected_version``."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    site = _load(session, site_id)
    rows.check_version(site, expected_version, "stale_site")
    before = {name: getattr(site, name) for name in EDITABLE_FIELDS}
    values = _validate(site.campaign, {**before, **changes}, site.commune.name)
    if not status_change_allowed(before["status"], values["status"]):
        raise ValidationError("bad_status_change", field="status", old=before["status"], new=values["status"])
    rows.apply_update(session, "site", site, expected_version, values, "stale_site")
    return get_site(session, site.id)


# The tables whose rows belong to a site (deleted with it, put back with it by undo), parents first.
SITE_CHILDREN = ("programme_item", "invitation", "checklist_item", "budget_line", "commendation", "gift")


@dataclass(frozen=True)
class DeletedSite:
    """A deleted site and every row that went with it (whole rows: ids, values and versions), for undo."""

    row: SiteRow
    children: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]

    def count(self, table: str) -> int:
        return sum(len(found) for name, found in self.children if name == table)


def delete_site_with_children(session: Session, site_id: uuid.UUID,
                              expected_version: int | None = None) -> DeletedSite:
    """Delete a site with its programme, invitations, checklist, budget, commendations and gifts; each
    row gone is in the change log (so the workspaces showing them hear of it) and in the snapshot that
    ``restore_site_with_children`` puts back."""
    site = _load(session, site_id)
    rows.check_version(site, expected_version, "stale_site")
    row = get_site(session, site.id)
    children = []
    for name in SITE_CHILDREN:
        table = Base.metadata.tables[name]
        found = tuple(dict(r) for r in session.execute(select(table).where(table.c.site_id == site.id)).mappings())
        changelog.record_many(session, name, "delete", [(r["id"], r, None) for r in found])
        children.append((name, found))
    session.delete(site)
    session.flush()
    changelog.record(session, "site", row.id, "delete", {"commune_code": row.commune.code, **row.values()}, None)
    return DeletedSite(row, tuple(children))


def delete_site(session: Session, site_id: uuid.UUID, expected_version: int | None = None) -> SiteRow:
    """Delete a site (with its programme, invitations and checklist); returns its last snapshot."""
    return delete_site_with_children(session, site_id, expected_version).row


def restore_site(session: Session, row: SiteRow) -> SiteRow:
    """Put a deleted site back with its id and values (undo of delete)."""
    restored = add_site(session, row.campaign_id, row.commune.code, row.date, site_id=row.id,
                        **{k: v for k, v in row.values().items() if k != "date"})
    return replace(restored, head_of_delegation=None)


def restore_site_with_children(session: Session, deleted: DeletedSite) -> SiteRow:
    """Put a deleted site back, then its rows, with the same ids, values and versions (undo of delete)."""
    restored = restore_site(session, deleted.row)
    session.flush()
    for name, found in deleted.children:
        if found:
            session.execute(insert(Base.metadata.tables[name]), [dict(r) for r in found])
            changelog.record_many(session, name, "create", [(r["id"], None, r) for r in found])
    return get_site(session, restored.id)


# --- one status for many sites (issue 17: propose → approve → confirm in one step) ------------------

@dataclass(frozen=True)
class StatusPlan:
    """What giving a site a new status will do: its status now, and why it is refused (empty: allowed)."""

    site_id: uuid.UUID
    commune_name: str
    province: str
    date: dt.date
    old: SiteStatus
    new: SiteStatus
    refusal: str  # the refusal, in the interface's language; "" when allowed

    @property
    def changes(self) -> bool:
        return self.old != self.new and not self.refusal

    def to_json(self) -> dict[str, Any]:
        return {"site_id": str(self.site_id), "commune_name": self.commune_name, "province": self.province,
                "date": self.date.isoformat(), "old_status": self.old.value, "new_status": self.new.value,
                "refusal": self.refusal or None}


def plan_status_change(session: Session, site_ids: list[uuid.UUID], status: SiteStatus | str) -> list[StatusPlan]:
    """What ``set_status_many`` would do, site by site (writes nothing): the preview."""
    new = SiteStatus(status)
    plans = []
    for site_id in dict.fromkeys(site_ids):
        site = _load(session, site_id)
        refusal = ""
        if not status_change_allowed(site.status, new):
            refusal = ValidationError("bad_status_change", old=site.status, new=new).message
        elif new in VENUE_REQUIRED and not site.venue:
            refusal = ValidationError("venue_required", commune=site.commune.name).message
        plans.append(StatusPlan(site.id, site.commune.name, site.commune.province.short_name, site.date,
                                site.status, new, refusal))
    return plans


def set_status_many(session: Session, site_ids: list[uuid.UUID], status: SiteStatus | str,
                    expected_versions: dict[uuid.UUID, int] | None = None) -> list[SiteRow]:
    """Give many sites one status in the caller's one transaction: all or nothing — one site refused
    (a step the rules forbid, a confirmation without a venue) refuses the lot. Sites already at that
    status are left as they are; returns the sites changed."""
    if not site_ids:
        raise ValidationError("bulk_no_sites")
    plans = plan_status_change(session, site_ids, status)
    refused = [p for p in plans if p.refusal]
    if refused:
        raise ValidationError("bulk_status_refused", count=len(refused), commune=refused[0].commune_name,
                              reason=refused[0].refusal)
    changing = [p for p in plans if p.changes]
    if not changing:
        raise ValidationError("bulk_status_unchanged", status=SiteStatus(status))
    versions = expected_versions or {}
    return [update_site(session, p.site_id, versions.get(p.site_id) or _load(session, p.site_id).version,
                        status=p.new) for p in changing]
