"""The Sites overview of one campaign read from a SQLite file with the standard library's ``sqlite3``:
no SQLAlchemy, no models, so ``sites list`` answers in a fresh process in a fraction of the ORM's
import time. The rows are the ORM path's own (``services.overview_rows``: the same ``to_json``), filled
from the same queries in the same order, and the conflicts come from the same check
(``services.conflict_check``) under the campaign's travel model — ``services.site_overview`` is the
reference, and a test compares the two byte for byte.

It only reads a file the ORM path would open as it is, and otherwise returns None so the caller uses
the ORM path, which says what is wrong or does what is needed:

- not a plain existing file (a PostgreSQL URL, a missing file, a backup in a ``backups`` folder),
  or on a network file system (the ORM path says so);
- not fully checked today (the ORM path runs the day's ``integrity_check`` and remembers it;
  after that SQLite's own checks of every page read stand, and a damaged page falls back too);
- not ours (application id), not at the current schema (``migrate.HEAD_REVISION``: an older file
  the ORM path upgrades, a newer one it refuses; a migration under way is read as the revision
  committed before it) — ``store.plain_read.is_current``, the gate the window's first screen uses
  too, and the revision read again inside the read transaction; no gazetteer, no campaign of that year;
- any SQLite error (busy past the timeout, damaged, unreadable) or a value it cannot read.

Everything is read in one read transaction, through ``store.files`` (the file rule), read-only.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from festival_planner.domain.enums import CommuneKind, InvitationRole, InvitationStatus, SiteStatus
from festival_planner.domain.rules import ENGAGEMENT_STATUSES
from festival_planner.geo.travel import TravelParameters
from festival_planner.services.commune_info import CommuneInfo
from festival_planner.services.conflict_check import Conflict, Engagement, check, place_of, site_hours
from festival_planner.services.overview_rows import InvitationRow, SiteOverview, SiteRow, delegation_order
from festival_planner.store.plain_read import iso_date, iso_time, json_value, real

# store.gazetteer.EXPECTED_COMMUNES (that module imports SQLAlchemy); a test keeps the two equal.
GAZETTEER_COMMUNES = 3321

_SITES = """
SELECT site.id, site.campaign_id, site.commune_code, site.date, site.start_time, site.end_time, site.venue,
       site.host_unit, site.contact_name, site.contact_phone, site.notes, site.status, site.version,
       commune_1.name, commune_1.short_name, commune_1.kind, commune_1.province_code, commune_1.latitude,
       commune_1.longitude, commune_1.area_km2, commune_1.old_provinces, commune_1.old_districts,
       commune_1.old_wards, commune_1.regions, province_1.short_name
FROM site LEFT OUTER JOIN campaign AS campaign_1 ON campaign_1.id = site.campaign_id
LEFT OUTER JOIN commune AS commune_1 ON commune_1.code = site.commune_code
LEFT OUTER JOIN province AS province_1 ON province_1.code = commune_1.province_code
WHERE site.campaign_id = ? ORDER BY site.date, site.start_time, site.commune_code"""

# The ORM's own statement (leader joined eagerly): SQLite then returns the rows in the same order.
_INVITATIONS = """
SELECT invitation.id, invitation.site_id, invitation.leader_id, invitation.role, invitation.status,
       invitation.note, invitation.sent_on, invitation.answered_on, invitation.override_reason,
       invitation.version, leader_1.full_name, leader_1.title, leader_1.precedence_rank
FROM invitation JOIN site ON invitation.site_id = site.id
LEFT OUTER JOIN leader AS leader_1 ON leader_1.id = invitation.leader_id
WHERE site.campaign_id = ?"""


class _Unusual(Exception):
    """Something the ORM path should handle: fall back to it."""


def usable_file(target: str) -> Path | None:
    """The file ``target`` names when this reader may read it as it is (see the module's list), else None."""
    from festival_planner.store import files, plain_read
    from festival_planner.store.backup import backup_owner, checked_today

    if "://" in target or not target.strip() or target.strip() == ":memory:":
        return None
    path = Path(target).expanduser().resolve()  # as store.database.database_url names it
    if not path.is_file() or backup_owner(path) is not None or not checked_today(path):
        return None
    if files.network_share(path) or not plain_read.is_current(path):
        return None
    return path


def read_site_overview(target: str, year: int) -> list[SiteOverview] | None:
    """The overview of the campaign of ``year`` in the SQLite file ``target``, or None: use the ORM path."""
    from festival_planner.store import files

    path = usable_file(target)
    if path is None:
        return None
    try:
        conn = files.connect(path, read_only=True)
    except sqlite3.Error:
        return None
    try:
        conn.execute("BEGIN")
        return _read(conn, year)
    except (sqlite3.Error, _Unusual, ValueError, TypeError, KeyError):
        return None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, year: int) -> list[SiteOverview]:
    from festival_planner.store.migrate import HEAD_REVISION, VERSION_TABLE

    # ``plain_read.is_current`` passed before this transaction began: the revision again, inside it
    if [r[0] for r in conn.execute(f"SELECT version_num FROM {VERSION_TABLE}")] != [HEAD_REVISION]:
        raise _Unusual("schema version")
    if conn.execute("SELECT count(*) FROM commune").fetchone()[0] < GAZETTEER_COMMUNES:
        raise _Unusual("gazetteer")
    campaign = conn.execute("SELECT id, year FROM campaign WHERE year = ?", (year,)).fetchall()
    if len(campaign) != 1:
        raise _Unusual("campaign")
    campaign_key, campaign_year = campaign[0]
    campaign_id = uuid.UUID(campaign_key)
    sites = {}
    for row in conn.execute(_SITES, (campaign_key,)):
        site = _site(row, campaign_id, campaign_year)
        sites[site.row.id] = site
    planning = conn.execute("SELECT travel FROM campaign_planning WHERE campaign_id = ?", (campaign_key,)).fetchone()
    travel = json_value(planning[0]) if planning is not None else None
    by_site: dict[uuid.UUID, list[InvitationRow]] = defaultdict(list)
    heads: dict[uuid.UUID, InvitationRow] = {}
    engagements: list[Engagement] = []
    for row in conn.execute(_INVITATIONS, (campaign_key,)):
        invitation = _invitation(row, sites)
        by_site[invitation.site_id].append(invitation)
        if invitation.status in ENGAGEMENT_STATUSES:
            engagements.append(_engagement(invitation, sites[invitation.site_id]))
            if invitation.role == InvitationRole.HEAD:
                heads[invitation.site_id] = invitation
    params = TravelParameters.from_json(travel) if travel is not None else TravelParameters()
    found = check(engagements, params) if engagements else []
    clashes: dict[uuid.UUID, list[Conflict]] = defaultdict(list)
    for conflict in found:
        for engagement in (conflict.first, conflict.second):
            clashes[engagement.site_id].append(conflict)
    overview = []
    for site_id, site in sites.items():
        head = heads.get(site_id)
        row = replace(site.row, head_of_delegation=head.leader_name if head else None)
        overview.append(SiteOverview(row, head.status if head else None,
                                     tuple(sorted(by_site.get(site_id, ()), key=delegation_order)),
                                     tuple(clashes.get(site_id, ()))))
    return overview


def _site(row: tuple[Any, ...], campaign_id: uuid.UUID, campaign_year: int) -> SimpleNamespace:
    (key, campaign_key, code, date, start, end, venue, host_unit, contact_name, contact_phone, notes, status,
     version, name, short_name, kind, province_code, latitude, longitude, area, old_provinces, old_districts,
     old_wards, regions, province) = row
    if name is None or province is None:
        raise _Unusual("site without its commune")
    commune = CommuneInfo(code=code, name=name, short_name=short_name, kind=CommuneKind(kind).value,
                          kind_label=CommuneKind(kind).label, province_code=province_code, province=province,
                          old_provinces=tuple(json_value(old_provinces)),
                          old_districts=tuple(json_value(old_districts)),
                          regions=tuple(json_value(regions)), latitude=real(latitude), longitude=real(longitude),
                          area_km2=real(area), old_wards=tuple(json_value(old_wards)))
    site = SiteRow(uuid.UUID(key), campaign_id, campaign_year, commune, dt.date.fromisoformat(date), iso_time(start),
                   iso_time(end), venue, host_unit, contact_name, contact_phone, notes, SiteStatus(status), version)
    # what conflict_check's site_hours and place_of read of a Site
    place = SimpleNamespace(name=name, latitude=commune.latitude, longitude=commune.longitude, regions=commune.regions,
                            province=SimpleNamespace(short_name=province))
    return SimpleNamespace(row=site, date=site.date, start_time=site.start_time, end_time=site.end_time, commune=place)


def _invitation(row: tuple[Any, ...], sites: dict[uuid.UUID, SimpleNamespace]) -> InvitationRow:
    (key, site_key, leader_key, role, status, note, sent_on, answered_on, override_reason, version, full_name, title,
     rank) = row
    if full_name is None:
        raise _Unusual("invitation without its leader")
    site = sites[uuid.UUID(site_key)].row
    return InvitationRow(uuid.UUID(key), site.id, uuid.UUID(leader_key), full_name, title, rank, InvitationRole(role),
                         InvitationStatus(status), iso_date(sent_on), iso_date(answered_on), note, override_reason,
                         version,
                         site.campaign_year, site.date, site.start_time, site.end_time, site.commune.code,
                         site.commune.name, site.commune.province, site.venue)


def _engagement(invitation: InvitationRow, site: SimpleNamespace) -> Engagement:
    """``services.conflicts.engagement_of`` over the rows read here."""
    start, end, assumed = site_hours(site)
    return Engagement(invitation.id, invitation.leader_id, invitation.leader_name, invitation.site_id,
                      invitation.commune_code, invitation.commune_name, invitation.province, invitation.venue,
                      invitation.role, invitation.status, start, end, assumed, place_of(site))


def enabled() -> bool:
    """False when ``$FESTIVAL_PLANNER_CLI_NO_FAST_READ`` is set (benchmarks and tests: the ORM path)."""
    return not os.environ.get("FESTIVAL_PLANNER_CLI_NO_FAST_READ")
