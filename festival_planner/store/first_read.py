"""The window's first screen read with plain ``sqlite3``: the last plan's sites, before the ORM loads.

Importing SQLAlchemy and the models alone takes several times as long as a bare Qt window needs to
appear, so ``gui.first_paint`` paints the Sites table from this read and the real window (ORM,
checks, upgrade, backup) follows right after. The read is read-only (the file's facts and one
query, the connection closed at once: the locks the window holds are taken by ``open_database``
afterwards, as before) and optional: a file that is not a current Festival Planner file — new,
another application's, older or newer schema, damaged, unreadable — gives None, and the start goes
the ordinary way. It imports no SQLAlchemy, Qt or geo module.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from festival_planner.domain.enums import SiteStatus
from festival_planner.domain.errors import DatabaseError
from festival_planner.store.plain_read import is_current, iso_time, journal_beside, json_value
from festival_planner.store.sqlite_file import connect_ro

_SITES = """
SELECT site.id, commune.name, province.short_name, commune.regions, site.date, site.start_time,
       site.end_time, site.venue, site.status
FROM site JOIN commune ON commune.code = site.commune_code
          JOIN province ON province.code = commune.province_code
WHERE site.campaign_id = ?
"""


@dataclass(frozen=True)
class FirstCommune:
    """What the Sites table's first screen shows of a commune (the names ``CommuneInfo`` has)."""

    name: str
    province: str
    regions: tuple[str, ...]


@dataclass(frozen=True)
class FirstSite:
    """A site as the first screen shows it: the fields of ``SiteRow`` the table's own columns read
    (the head of delegation and conflicts come with the real window)."""

    id: uuid.UUID
    commune: FirstCommune
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    venue: str
    status: SiteStatus
    head_of_delegation: str | None = None


@dataclass(frozen=True)
class FirstScreen:
    """The festival year the window opens on, with its sites (None: the file has no year yet)."""

    year: int | None
    years: tuple[int, ...] = ()
    sites: tuple[FirstSite, ...] = field(default=())


def _site(row: tuple) -> FirstSite:
    site_id, name, province, regions, date, start, end, venue, status = row
    return FirstSite(uuid.UUID(hex=site_id), FirstCommune(name, province, tuple(json_value(regions) or ())),
                     dt.date.fromisoformat(date), iso_time(start), iso_time(end), venue or "", SiteStatus(status))


def first_screen(path: str | Path, year: int | None = None) -> FirstScreen | None:
    """The sites of festival year ``year`` (or the newest year when the file has no such year, as the
    window's year selector does), read without the ORM; None when the file is not one the planner
    can show as it is (the ordinary start then opens, checks, upgrades or refuses it)."""
    path = Path(path)
    if not is_current(path):
        return None
    try:
        conn = connect_ro(path, immutable=not journal_beside(path))
        try:
            campaigns = {y: cid for y, cid in conn.execute("SELECT year, id FROM campaign")}
            years = tuple(sorted(campaigns, reverse=True))
            shown = year if year in campaigns else (years[0] if years else None)
            if shown is None:
                return FirstScreen(None)
            sites = tuple(_site(row) for row in conn.execute(_SITES, (campaigns[shown],)))
        finally:
            conn.close()
    except (DatabaseError, sqlite3.Error, OSError, ValueError, TypeError, KeyError):
        return None  # whatever it is, the ordinary start finds it and says so
    return FirstScreen(shown, years, sites)
