"""Import of a campaign plan from a spreadsheet: one row per site (date, venue, commune, district,
province, leaders and their titles), addresses written the old way or the new way.

Each address resolves to a 2025 commune through the gazetteer (``CommuneIndex.search_address``):
- one commune: resolved; a district that does not match while commune and province identify one
  old commune: resolved with a warning (districts were merged and renamed before the reform);
- an old ward split between new communes, a row naming only a province, or a commune the tables
  do not know: stopped, with the likely candidates, until the user chooses (``choose={row: code}``).
Leaders are matched to the directory by name (diacritics and case ignored) or created; the first
one listed heads the delegation. All rows or none: a plan with any stopped or invalid row writes
nothing. The campaign is created (default window) only when the import goes through.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from festival_planner.domain.enums import InvitationRole, InvitationStatus, SiteStatus
from festival_planner.domain.errors import FestivalPlannerError, NotFoundError, ValidationError
from festival_planner.domain.models import Campaign, Invitation, Site
from festival_planner.domain.rules import DEFAULT_SITE_END, DEFAULT_SITE_START
from festival_planner.domain.text import fold
from festival_planner.domain.values import parse_date, parse_time
from festival_planner.services import campaigns, changelog, leaders, sites
from festival_planner.services.communes import CommuneIndex, CommuneInfo, loose, strip_unit
from festival_planner.services.imports import (
    PLAN_FIELDS,
    SkippedRow,
    Table,
    cell_text,
    check_mapping,
    mapped,
    read_table,
    recognise_headers,
)

RESOLVED, WARNED, STOPPED, INVALID = "resolved", "warned", "stopped", "invalid"
MAX_CANDIDATES = 12
_SEPARATORS = re.compile(r"[;\n]")


@dataclass(frozen=True)
class PlanRow:
    """One row of the plan as understood: its address resolved, stopped or refused."""

    row: int
    text: str  # the address as written
    status: str  # resolved / warned / stopped / invalid
    commune: CommuneInfo | None = None
    date: dt.date | None = None
    venue: str = ""
    leaders: tuple[tuple[str, str], ...] = ()  # (name, title), the head first
    code: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)
    candidates: tuple[CommuneInfo, ...] = ()
    start_time: dt.time | None = None
    end_time: dt.time | None = None

    @property
    def blocking(self) -> bool:
        return self.status in (STOPPED, INVALID)

    def message(self, language: str | None = None) -> str:
        from festival_planner.domain.messages import render

        return render(self.code, self.params, language) if self.code else ""

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "text": self.text, "status": self.status,
                "commune_code": self.commune.code if self.commune else None,
                "commune_name": self.commune.name if self.commune else None,
                "province": self.commune.province if self.commune else None,
                "date": self.date.isoformat() if self.date else None, "venue": self.venue,
                "leaders": [{"full_name": n, "title": t} for n, t in self.leaders],
                "code": self.code or None, "message": self.message() or None,
                "candidates": [{"code": c.code, "name": c.name, "province": c.province,
                                "old_districts": list(c.old_districts)} for c in self.candidates]}


@dataclass(frozen=True)
class PlanImportResult:
    """The outcome of a plan import: every row, and what was (or would be) created."""

    ok: bool
    dry_run: bool
    year: int
    campaign_created: bool
    rows: tuple[PlanRow, ...]
    sites: tuple[sites.SiteRow, ...] = ()
    leaders_created: tuple[str, ...] = ()
    invitations: int = 0
    header_row: int = 1
    skipped: tuple[SkippedRow, ...] = ()

    @property
    def written(self) -> bool:
        return self.ok and not self.dry_run

    @property
    def problems(self) -> tuple[PlanRow, ...]:
        return tuple(r for r in self.rows if r.blocking)

    @property
    def warnings(self) -> tuple[PlanRow, ...]:
        return tuple(r for r in self.rows if r.status == WARNED)

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "dry_run": self.dry_run, "written": self.written, "year": self.year,
                "campaign_created": self.campaign_created and self.ok,
                "resolved": [r.to_json() for r in self.rows if r.status == RESOLVED],
                "warned": [r.to_json() for r in self.warnings],
                "stopped": [r.to_json() for r in self.rows if r.status == STOPPED],
                "invalid": [r.to_json() for r in self.rows if r.status == INVALID],
                "sites": [s.to_json() for s in self.sites], "leaders_created": list(self.leaders_created),
                "invitations": self.invitations, "header_row": self.header_row,
                "skipped": [r.to_json() for r in self.skipped]}


def _key(text: str) -> str:
    return loose(strip_unit(fold(text)))


def _candidates(index: CommuneIndex, commune: str, district: str, province: str) -> tuple[CommuneInfo, ...]:
    """Likely communes for a row the tables cannot settle: the province's communes whose name matches
    the commune or district written, then what a search for the commune's name finds there."""
    try:
        pool = index.filter(province=province) if province else []
    except NotFoundError:
        pool = []
    wanted = {k for k in (_key(commune), _key(district)) if k}
    found = [c for c in pool if _key(c.short_name) in wanted]
    codes = {c.code for c in pool}
    if commune.strip():
        try:
            found += [c for c in index.search(commune) if c.code in codes and c not in found]
        except FestivalPlannerError:
            pass
    return tuple(found[:MAX_CANDIDATES])


def resolve_address(index: CommuneIndex, commune: str, district: str, province: str
                    ) -> tuple[str, CommuneInfo | None, str, dict[str, Any], tuple[CommuneInfo, ...]]:
    """(status, commune, code, params, candidates) for an address written old or new."""
    commune, district, province = commune.strip(), district.strip(), province.strip()
    if not commune and not province:
        return INVALID, None, "plan_commune_required", {}, ()
    if province:
        try:
            index.resolve_province(province)
        except NotFoundError:
            return INVALID, None, "plan_unknown_province", {"province": province}, ()
    if not commune:
        return STOPPED, None, "plan_province_only", {"province": province}, _candidates(index, "", district, province)
    tail = [p for p in (province,) if p]
    found = index.search_address(", ".join([commune, district, *tail])) if district else []
    warn = False
    if district:
        # Commune and province alone may already name one old commune; a district that disagrees
        # (districts were merged and renamed before 2025) is then a warning, not a reason to guess.
        without = index.search_address(", ".join([commune, *tail])) if tail else index.search(commune)
        if len(without) == 1 and without[0] not in found:
            found, warn = without, True
    if not found:
        found = index.search_address(", ".join([commune, *tail])) if tail else index.search(commune)
        warn = bool(district) and len(found) == 1
    if len(found) == 1:
        if warn:
            return WARNED, found[0], "plan_district_mismatch", {
                "district": district, "commune": found[0].name, "old_districts": list(found[0].old_districts)}, ()
        return RESOLVED, found[0], "", {}, ()
    if found and any(_names(info, commune) for info in found):  # an old ward split between new communes
        return STOPPED, None, "plan_split_commune", {"count": len(found)}, tuple(found[:MAX_CANDIDATES])
    candidates = tuple(found[:MAX_CANDIDATES]) or _candidates(index, commune, district, province)
    return STOPPED, None, "plan_unknown_commune", {"commune": commune}, candidates


def _names(info: CommuneInfo, commune: str) -> bool:
    """Whether a candidate is called ``commune``, today or as one of its pre-2025 wards."""
    key = strip_unit(fold(commune))
    return any(strip_unit(fold(name)) == key for name in (info.name, *[w.split(",")[0] for w in info.old_wards]))


def _date(value: Any, year: int) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 20000 < value < 80000:
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(value))  # a spreadsheet serial date
    text = cell_text(value)
    try:
        return parse_date(text)
    except ValidationError:
        raise ValidationError("plan_bad_date", text=text, year=year) from None


def _time(value: Any) -> dt.time | None:
    if isinstance(value, dt.datetime):
        return value.time()
    if isinstance(value, dt.time):
        return value
    return parse_time(cell_text(value))


def _split(value: Any) -> list[str]:
    return [part.strip() for part in _SEPARATORS.split(cell_text(value) if not isinstance(value, str) else value)
            if part.strip()]


def _read_row(index: CommuneIndex, number: int, values: dict[str, Any], year: int,
              window: tuple[dt.date, dt.date], choice: str | None) -> PlanRow:
    commune, district, province = (cell_text(values.get(k)) for k in ("commune", "district", "province"))
    text = ", ".join(p for p in (commune, district, province) if p)
    base: dict[str, Any] = {"row": number, "text": text, "venue": cell_text(values.get("venue"))}
    try:
        date = _date(values.get("date"), year)
        if not window[0] <= date <= window[1]:
            raise ValidationError("plan_date_outside", date=date, year=year, start=window[0], end=window[1])
        start, end = _time(values.get("start_time")), _time(values.get("end_time"))
        names, titles = _split(values.get("leaders")), _split(values.get("titles"))
        if titles and len(titles) != len(names):
            raise ValidationError("plan_titles_mismatch", leaders=len(names), titles=len(titles))
    except FestivalPlannerError as exc:
        return PlanRow(**base, status=INVALID, code=exc.code, params=exc.params)
    base.update(date=date, start_time=start, end_time=end,
                leaders=tuple(zip(names, titles or [""] * len(names), strict=True)))
    if choice is not None:
        try:
            return PlanRow(**base, status=RESOLVED, commune=index.get(choice))
        except NotFoundError:
            return PlanRow(**base, status=INVALID, code="plan_bad_choice", params={"code": choice})
    status, info, code, params, candidates = resolve_address(index, commune, district, province)
    return PlanRow(**base, status=status, commune=info, code=code, params=params, candidates=candidates)


def import_plan(session: Session, source: Table | str | Path, year: int, *,
                mapping: Mapping[str, int] | None = None, dry_run: bool = False,
                choose: Mapping[int, str] | None = None, index: CommuneIndex | None = None) -> PlanImportResult:
    """Import a campaign plan into the campaign of ``year`` (created with the default window when
    missing). ``choose`` settles stopped rows: {spreadsheet row: commune code}. All rows or none."""
    table = source if isinstance(source, Table) else read_table(source)
    mapping = dict(mapping) if mapping is not None else recognise_headers(table.headers, PLAN_FIELDS)
    check_mapping(table, mapping, PLAN_FIELDS)
    campaigns.check_year(year)
    index = index or CommuneIndex(session)
    existing = campaigns.find_campaign(session, year)
    window = (existing.window_start, existing.window_end) if existing else campaigns.default_window(year)
    existing_codes = {s.commune.code for s in sites.list_sites(session, existing.id)} if existing else set()
    choose = {int(k): str(v) for k, v in (choose or {}).items()}
    numbers = [number for number, _cells in table.rows]
    for number in sorted(choose):
        if number not in numbers:  # a typo in --choose must not be silently ignored
            raise ValidationError("choice_row_unknown", row=number, first=min(numbers, default="—"),
                                  last=max(numbers, default="—"))
    planned: list[PlanRow] = []
    seen: dict[str, int] = {}
    for number, cells in table.rows:
        row = _read_row(index, number, mapped(cells, mapping), year, window, choose.get(number))
        info = row.commune
        if info is not None and not row.blocking:
            if info.code in seen:
                row = PlanRow(row.row, row.text, INVALID, code="plan_duplicate_commune",
                              params={"commune": info.label, "other_row": seen[info.code]})
            elif info.code in existing_codes:
                row = PlanRow(row.row, row.text, INVALID, code="plan_site_exists",
                              params={"commune": info.label, "year": year})
            else:
                seen[info.code] = number
        planned.append(row)
    if any(r.blocking for r in planned):
        result = PlanImportResult(False, dry_run, year, existing is None, tuple(planned))
    else:
        result = _write(session, year, existing is None, planned, dry_run)
    return replace(result, header_row=table.header_row, skipped=table.skipped)


def _write(session: Session, year: int, create: bool, planned: list[PlanRow], dry_run: bool) -> PlanImportResult:
    """Create the campaign, sites, leaders and invitations inside a savepoint (rolled back for a dry
    run, or when a row is refused).

    Written in bulk, not row by row through ``sites.add_site`` and ``invitations.invite`` (a flush, a
    refresh and queries per row): every row is checked first as those services check it — the site's
    values (``sites.validate_site``), each leader found in the directory index or added to it, an
    inactive leader or one named twice in a row refused — then one INSERT of the new leaders, one of the
    sites, one of the invitations and one change-log INSERT per kind; the change log holds the same
    records as the services write, so the import is undone as one step."""
    savepoint = session.begin_nested()
    made: list[sites.SiteRow] = []
    created_leaders: list[str] = []
    failed: dict[int, FestivalPlannerError] = {}
    site_rows: list[dict[str, Any]] = []
    invitation_rows: list[dict[str, Any]] = []
    try:
        campaign = session.get(Campaign, campaigns.ensure_campaign(session, year).id)
        assert campaign is not None
        directory = leaders.Directory(session)  # the directory by folded name, read once
        for row in planned:
            assert row.commune is not None and row.date is not None
            try:
                no_times = row.start_time is None and row.end_time is None  # then the default hours
                values = sites.validate_site(campaign, {
                    "date": row.date, "start_time": DEFAULT_SITE_START if no_times else row.start_time,
                    "end_time": DEFAULT_SITE_END if no_times else row.end_time, "venue": row.venue,
                    "host_unit": "", "contact_name": "", "contact_phone": "", "notes": "",
                    "status": SiteStatus.PROPOSED}, row.commune.name)
                site = {"id": uuid.uuid4(), "campaign_id": campaign.id, "commune_code": row.commune.code, **values}
                invited: list[dict[str, Any]] = []
                for position, (name, title) in enumerate(row.leaders):
                    leader = directory.find(name)
                    if leader is None:
                        leader = directory.add(name, title=title)
                        created_leaders.append(leader.full_name)
                    elif not leader.active:
                        raise ValidationError("leader_inactive", field="leader", name=leader.full_name)
                    if any(i["leader_id"] == leader.id for i in invited):
                        raise ValidationError("already_invited", field="leader", name=leader.full_name,
                                              commune=row.commune.name, status=InvitationStatus.PROPOSED)
                    invited.append({"id": uuid.uuid4(), "site_id": site["id"], "leader_id": leader.id,
                                    "role": InvitationRole.HEAD if position == 0 else InvitationRole.MEMBER,
                                    "status": InvitationStatus.PROPOSED, "note": "", "sent_on": None,
                                    "answered_on": None, "override_reason": ""})
                site_rows.append(site)
                invitation_rows.extend(invited)
            except FestivalPlannerError as exc:
                failed[row.row] = exc
        if not failed:
            directory.flush()  # the new leaders and their change log
            if site_rows:
                session.execute(insert(Site), site_rows)
                changelog.record_many(session, "site", "create", [
                    (r["id"], None, {k: v for k, v in r.items() if k not in ("id", "campaign_id")})
                    for r in site_rows])
            if invitation_rows:
                session.execute(insert(Invitation), invitation_rows)
                changelog.record_many(session, "invitation", "create", [
                    (r["id"], None, {k: v for k, v in r.items() if k != "id"}) for r in invitation_rows])
            ids = {r["id"] for r in site_rows}
            made = [r for r in sites.list_sites(session, campaign.id) if r.id in ids]  # heads in one query
            order = {r["id"]: i for i, r in enumerate(site_rows)}
            made.sort(key=lambda r: order[r.id])
    except BaseException:
        savepoint.rollback()
        raise
    if failed or dry_run:
        savepoint.rollback()
    else:
        savepoint.commit()
    rows = tuple(PlanRow(r.row, r.text, INVALID, r.commune, r.date, r.venue, r.leaders, failed[r.row].code,
                         failed[r.row].params) if r.row in failed else r for r in planned)
    return PlanImportResult(not failed, dry_run, year, create, rows, tuple(made), tuple(created_leaders),
                            0 if failed else len(invitation_rows))
