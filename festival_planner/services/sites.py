"""Sites: the flagship festival sites of a campaign — add, edit, delete (and restore, for undo)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from festival_planner.domain.enums import InvitationRole, SiteStatus
from festival_planner.domain.errors import ConflictError, NotFoundError, ValidationError
from festival_planner.domain.models import Campaign, Commune, Invitation, Site
from festival_planner.domain.values import format_date, format_time
from festival_planner.services import changelog
from festival_planner.services.communes import CommuneInfo, commune_info

DEFAULT_START = dt.time(7, 30)
DEFAULT_END = dt.time(11, 30)
EDITABLE_FIELDS = ("date", "start_time", "end_time", "venue", "host_unit", "contact_name", "contact_phone",
                   "notes", "status")
_TEXT_LIMITS = {"venue": 300, "host_unit": 300, "contact_name": 200, "contact_phone": 100, "notes": 10_000}
_FIELD_LABELS = {"venue": "Địa điểm", "host_unit": "Đơn vị chủ trì", "contact_name": "Người liên hệ",
                 "contact_phone": "Điện thoại liên hệ", "notes": "Ghi chú"}
_WORKFLOW = (SiteStatus.PROPOSED, SiteStatus.APPROVED, SiteStatus.CONFIRMED)


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
        return {name: getattr(self, name) for name in EDITABLE_FIELDS}

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


def status_change_allowed(old: SiteStatus, new: SiteStatus) -> bool:
    """proposed ⇄ approved ⇄ confirmed → held; cancelled from and back to any step before held.
    Every allowed change can be reversed, so undo never hits a forbidden step."""
    if old == new:
        return True
    if SiteStatus.HELD in (old, new):
        return {old, new} == {SiteStatus.CONFIRMED, SiteStatus.HELD}
    return old in _WORKFLOW + (SiteStatus.CANCELLED,) and new in _WORKFLOW + (SiteStatus.CANCELLED,)


def _heads(session: Session, site_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not site_ids:
        return {}
    rows = session.scalars(select(Invitation).where(Invitation.site_id.in_(site_ids),
                                                    Invitation.role == InvitationRole.HEAD))
    return {inv.site_id: inv.leader.full_name for inv in rows}


def _row(site: Site, head: str | None = None) -> SiteRow:
    return SiteRow(site.id, site.campaign_id, site.campaign.year, commune_info(site.commune), site.date,
                   site.start_time, site.end_time, site.venue, site.host_unit, site.contact_name,
                   site.contact_phone, site.notes, site.status, site.version, head)


def _load(session: Session, site_id: uuid.UUID) -> Site:
    site = session.get(Site, site_id)
    if site is None:
        raise NotFoundError("Điểm tổ chức này không còn tồn tại (có thể đã bị xóa).", code="unknown_site")
    return site


def _campaign(session: Session, campaign_id: uuid.UUID) -> Campaign:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise NotFoundError("Không tìm thấy kế hoạch năm này.", code="unknown_campaign")
    return campaign


def _validate(campaign: Campaign, values: dict[str, Any], commune_name: str) -> dict[str, Any]:
    clean = dict(values)
    for name, limit in _TEXT_LIMITS.items():
        text = (clean.get(name) or "").strip()
        if len(text) > limit:
            raise ValidationError(f"{_FIELD_LABELS[name]} dài quá {limit} ký tự.", code="too_long", field=name)
        clean[name] = text
    date = clean["date"]
    if not isinstance(date, dt.date):
        raise ValidationError("Hãy chọn ngày tổ chức.", code="bad_date", field="date")
    if not campaign.window_start <= date <= campaign.window_end:
        raise ValidationError(
            f"Ngày {format_date(date)} nằm ngoài đợt tổ chức năm {campaign.year} "
            f"({format_date(campaign.window_start)} – {format_date(campaign.window_end)}).",
            code="date_outside_window", field="date")
    start, end = clean.get("start_time"), clean.get("end_time")
    if start and end and end <= start:
        raise ValidationError(f"Giờ kết thúc ({format_time(end)}) phải sau giờ bắt đầu ({format_time(start)}).",
                              code="bad_times", field="end_time")
    status = SiteStatus(clean["status"])
    clean["status"] = status
    if status in (SiteStatus.CONFIRMED, SiteStatus.HELD) and not clean["venue"]:
        raise ValidationError(f"Cần nhập địa điểm tổ chức tại {commune_name} trước khi xác nhận điểm.",
                              code="venue_required", field="venue")
    return clean


def list_sites(session: Session, campaign_id: uuid.UUID) -> list[SiteRow]:
    """The campaign's sites by date, then commune."""
    sites = session.scalars(select(Site).where(Site.campaign_id == campaign_id)
                            .order_by(Site.date, Site.start_time, Site.commune_code)).unique().all()
    heads = _heads(session, [s.id for s in sites])
    return [_row(site, heads.get(site.id)) for site in sites]


def get_site(session: Session, site_id: uuid.UUID) -> SiteRow:
    site = _load(session, site_id)
    return _row(site, _heads(session, [site.id]).get(site.id))


def add_site(session: Session, campaign_id: uuid.UUID, commune_code: str, date: dt.date, *,
             start_time: dt.time | None = DEFAULT_START, end_time: dt.time | None = DEFAULT_END,
             venue: str = "", host_unit: str = "", contact_name: str = "", contact_phone: str = "",
             notes: str = "", status: SiteStatus = SiteStatus.PROPOSED,
             site_id: uuid.UUID | None = None) -> SiteRow:
    """Add a commune to the campaign as a site, after checking the date window and duplicates."""
    campaign = _campaign(session, campaign_id)
    commune = session.get(Commune, commune_code.strip().zfill(5)) if commune_code.strip().isdigit() else None
    if commune is None:
        raise NotFoundError(f"Không có xã, phường nào mang mã “{commune_code}” trong danh mục hành chính 2025.",
                            code="unknown_commune")
    existing = session.scalar(select(Site).where(Site.campaign_id == campaign.id,
                                                 Site.commune_code == commune.code))
    if existing is not None:
        raise ValidationError(
            f"{commune.name} ({commune.province.short_name}) đã là điểm tổ chức năm {campaign.year} "
            f"(ngày {format_date(existing.date)}).", code="duplicate_commune", field="commune")
    values = _validate(campaign, {"date": date, "start_time": start_time, "end_time": end_time, "venue": venue,
                                  "host_unit": host_unit, "contact_name": contact_name,
                                  "contact_phone": contact_phone, "notes": notes, "status": status},
                       commune.name)
    site = Site(id=site_id or uuid.uuid4(), campaign_id=campaign.id, commune_code=commune.code, **values)
    session.add(site)
    session.flush()
    session.refresh(site)
    changelog.record(session, "site", site.id, "create", None, {"commune_code": commune.code, **values})
    return _row(site)


def update_site(session: Session, site_id: uuid.UUID, expected_version: int, **changes: Any) -> SiteRow:
    """Change some of a site's editable fields, refusing if someone changed it since ``expected_version``."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    site = _load(session, site_id)
    if site.version != expected_version:
        raise ConflictError("Điểm này vừa được người khác sửa; hãy tải lại rồi sửa tiếp.", code="stale_site")
    before = {name: getattr(site, name) for name in EDITABLE_FIELDS}
    values = _validate(site.campaign, {**before, **changes}, site.commune.name)
    if not status_change_allowed(before["status"], values["status"]):
        raise ValidationError(
            f"Không thể chuyển trạng thái từ “{before['status'].label}” sang “{values['status'].label}”.",
            code="bad_status_change", field="status")
    changed = {k: v for k, v in values.items() if before[k] != v}
    if not changed:
        return get_site(session, site.id)
    for name, value in changed.items():
        setattr(site, name, value)
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConflictError("Điểm này vừa được người khác sửa; hãy tải lại rồi sửa tiếp.",
                            code="stale_site") from exc
    changelog.record(session, "site", site.id, "update", {k: before[k] for k in changed}, changed)
    return get_site(session, site.id)


def delete_site(session: Session, site_id: uuid.UUID, expected_version: int | None = None) -> SiteRow:
    """Delete a site (with its programme, invitations and checklist); returns its last snapshot."""
    site = _load(session, site_id)
    if expected_version is not None and site.version != expected_version:
        raise ConflictError("Điểm này vừa được người khác sửa; hãy tải lại trước khi xóa.", code="stale_site")
    row = get_site(session, site.id)
    session.delete(site)
    session.flush()
    changelog.record(session, "site", row.id, "delete", {"commune_code": row.commune.code, **row.values()}, None)
    return row


def restore_site(session: Session, row: SiteRow) -> SiteRow:
    """Put a deleted site back with its id and values (undo of delete)."""
    restored = add_site(session, row.campaign_id, row.commune.code, row.date, site_id=row.id,
                        **{k: v for k, v in row.values().items() if k != "date"})
    return replace(restored, head_of_delegation=None)
