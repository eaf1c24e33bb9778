"""Field kits: what a kit holds (export), the field working copy, and the return kit (send back).

A kit covers some sites of one year (or all of them): the sites with their programme items, checklist
items, budget lines, commendations, gifts and invitations; the leaders invited (names and titles;
phone, e-mail and notes only ``with_contacts``); the year's campaign row and its planning row (the
issuer settings for printing); the gazetteer codes and the map extent (bbox) they reference. The
payload carries the BASE (rows as exported, versions included) and the CURRENT rows (the same at
export; the field's at send-back), so the office can merge three ways (``services/kit_merge.py``).

The field working copy (``WorkingCopy``) is a ``MemoryDatabase``: full schema, gazetteer and the kit
rows, in memory only; after every committed write the whole database is re-encrypted to the working
file (kind "working": same container, same passphrase; the key is kept, a fresh nonce each time).
Rows outside the kit (other sites, leaders, the campaign, templates) are read-only there: a write to
them is refused with ``ValidationError("field_read_only")`` before anything is flushed.
"""

from __future__ import annotations

import datetime as dt
import enum
import threading
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Table, event, insert, select
from sqlalchemy.orm import ORMExecuteState, Session

from festival_planner import __version__
from festival_planner.domain.errors import DatabaseError, ValidationError
from festival_planner.domain.models import Base, Campaign, Commune, DatabaseIdentity, Site, utcnow
from festival_planner.services.revert import python_value
from festival_planner.store import gazetteer
from festival_planner.store.database import Database
from festival_planner.store.kit_file import (
    KitContents,
    KitHeader,
    KitKey,
    check_expiry,
    check_passphrase,
    new_kit_id,
    read_kit,
    write_kit,
)
from festival_planner.store.memory_database import MemoryDatabase, memory_database

# Tables a field team edits, each row belonging to one kit site (``site``: the kit's sites themselves).
SITE_TABLES = ("site", "programme_item", "checklist_item", "budget_line", "commendation", "gift", "invitation")
# Carried for reading and printing only.
READ_ONLY_TABLES = ("campaign", "campaign_planning", "leader")
# Parents first (the order rows are inserted in).
KIT_TABLES = ("campaign", "campaign_planning", "leader", *SITE_TABLES)
BOOKKEEPING = frozenset({"id", "version", "created_at", "updated_at"})  # never compared field by field
CONTACT_FIELDS = {"leader": ("phone", "email", "notes")}  # only with_contacts
DEFAULT_MARKING = "MẬT"
BBOX_MARGIN_DEG = 0.25

Rows = dict[str, list[dict[str, Any]]]  # table → rows as JSON values


@dataclass(frozen=True)
class KitScope:
    """The year and sites a kit covers."""

    campaign_id: uuid.UUID
    site_ids: frozenset[uuid.UUID]

    def to_json(self) -> dict[str, Any]:
        return {"campaign_id": str(self.campaign_id), "site_ids": sorted(str(s) for s in self.site_ids)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> KitScope:
        return cls(uuid.UUID(data["campaign_id"]), frozenset(uuid.UUID(s) for s in data["site_ids"]))


# --- rows as JSON and back --------------------------------------------------------------------------

def json_value(value: Any) -> Any:
    """A column value as JSON (dates and times ISO, UUIDs as text, enums as their value)."""
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    return value


def row_json(row: Mapping[str, Any] | Any) -> dict[str, Any]:
    """A row (a mapping, or SQLAlchemy's ``RowMapping``) with JSON values."""
    return {str(name): json_value(value) for name, value in dict(row).items()}


def python_row(table: Table, data: Mapping[str, Any]) -> dict[str, Any]:
    return {name: python_value(table, name, value) for name, value in data.items() if name in table.c}


def table(name: str) -> Table:
    return Base.metadata.tables[name]


# --- the database's id -------------------------------------------------------------------------------

def database_id(session: Session) -> uuid.UUID:
    """This database's stable id (migration 0008 made it)."""
    found = session.scalar(select(DatabaseIdentity.id).order_by(DatabaseIdentity.created_at).limit(1))
    if found is None:  # pragma: no cover - every database at revision 0008 has it
        raise DatabaseError("cannot_open", path="", reason="database_identity")
    return found


# --- what a kit holds ---------------------------------------------------------------------------------

def resolve_scope(session: Session, site_ids: Sequence[uuid.UUID] | None = None,
                  campaign_year: int | None = None) -> KitScope:
    """The scope of a new kit: the chosen sites (one year) or a whole year."""
    if site_ids and campaign_year is not None:
        raise ValidationError("kit_sites_and_campaign")
    if campaign_year is not None:
        campaign = session.scalar(select(Campaign).where(Campaign.year == campaign_year))
        if campaign is None:
            raise ValidationError("kit_campaign_missing", year=campaign_year)
        ids = frozenset(session.scalars(select(Site.id).where(Site.campaign_id == campaign.id)))
        if not ids:
            raise ValidationError("kit_no_sites")
        return KitScope(campaign.id, ids)
    if not site_ids:
        raise ValidationError("kit_no_sites")
    campaigns = set()
    for site_id in site_ids:
        campaign_id = session.scalar(select(Site.campaign_id).where(Site.id == site_id))
        if campaign_id is None:
            raise ValidationError("kit_site_missing", site_id=str(site_id))
        campaigns.add(campaign_id)
    if len(campaigns) > 1:
        raise ValidationError("kit_sites_mixed_campaigns")
    return KitScope(campaigns.pop(), frozenset(site_ids))


def _select(session: Session, name: str, condition: Any) -> list[dict[str, Any]]:
    found = table(name)
    rows = session.execute(select(found).where(condition).order_by(found.c.id)).mappings()
    return [row_json(row) for row in rows]


def collect_rows(session: Session, scope: KitScope, *, with_contacts: bool = False,
                 only: Iterable[str] = KIT_TABLES) -> Rows:
    """The kit's rows, table by table, as JSON values."""
    wanted = set(only)
    site_ids = sorted(scope.site_ids)
    rows: Rows = {}
    if "campaign" in wanted:
        rows["campaign"] = _select(session, "campaign", table("campaign").c.id == scope.campaign_id)
    if "campaign_planning" in wanted:
        rows["campaign_planning"] = _select(session, "campaign_planning",
                                            table("campaign_planning").c.campaign_id == scope.campaign_id)
    if "site" in wanted:
        rows["site"] = _select(session, "site", table("site").c.id.in_(site_ids))
    for name in SITE_TABLES[1:]:
        if name in wanted:
            rows[name] = _select(session, name, table(name).c.site_id.in_(site_ids))
    if "leader" in wanted:
        invitation = table("invitation")
        leader_ids = select(invitation.c.leader_id).where(invitation.c.site_id.in_(site_ids))
        leaders = _select(session, "leader", table("leader").c.id.in_(leader_ids))
        if not with_contacts:
            for leader in leaders:
                for name in CONTACT_FIELDS["leader"]:
                    leader[name] = ""
        rows["leader"] = leaders
    return rows


def _gazetteer_refs(session: Session, rows: Rows) -> tuple[dict[str, list[str]], list[float] | None]:
    codes = sorted({row["commune_code"] for row in rows.get("site", [])})
    communes = session.execute(select(Commune.code, Commune.province_code, Commune.latitude, Commune.longitude)
                               .where(Commune.code.in_(codes))).all()
    points = [(lon, lat) for _c, _p, lat, lon in communes if lat is not None and lon is not None]
    bbox = None
    if points:
        bbox = [min(p[0] for p in points) - BBOX_MARGIN_DEG, min(p[1] for p in points) - BBOX_MARGIN_DEG,
                max(p[0] for p in points) + BBOX_MARGIN_DEG, max(p[1] for p in points) + BBOX_MARGIN_DEG]
    refs = {"commune": codes, "province": sorted({province for _c, province, _a, _b in communes})}
    return refs, bbox


def counts_of(rows: Rows) -> dict[str, int]:
    return {name: len(found) for name, found in rows.items()}


def export_kit(database: Database, out: str | Path, passphrase: str, *,
               site_ids: Sequence[uuid.UUID] | None = None, campaign_year: int | None = None,
               expires_on: dt.date | None = None, with_contacts: bool = False,
               marking: str = DEFAULT_MARKING, today: dt.date | None = None) -> KitHeader:
    """Write an export kit of the chosen sites (or a whole year) to ``out``; returns its header."""
    check_passphrase(passphrase)
    if expires_on is not None and expires_on < (today or dt.date.today()):
        raise ValidationError("kit_expiry_past", expires_on=expires_on)
    with database.read() as session:
        scope = resolve_scope(session, site_ids, campaign_year)
        rows = collect_rows(session, scope, with_contacts=with_contacts)
        refs, bbox = _gazetteer_refs(session, rows)
        source = database_id(session)
        year = session.scalar(select(Campaign.year).where(Campaign.id == scope.campaign_id))
    kit_id = new_kit_id()
    header = KitHeader(kind="export", kit_id=kit_id, database_id=source, base_kit_id=kit_id,
                       created_at=utcnow().replace(microsecond=0), expires_on=expires_on, marking=marking,
                       campaign_year=year, counts=counts_of(rows), with_contacts=with_contacts,
                       app_version=__version__)
    meta = {"scope": scope.to_json(), "base": rows, "current": rows, "gazetteer": refs, "bbox": bbox}
    write_kit(out, header, meta, passphrase)
    return header


# --- the field working copy ---------------------------------------------------------------------------

@dataclass
class WorkingCopy:
    """An opened field kit: ``database`` is an in-memory ``Database`` (use it like a file's); every
    committed write re-encrypts it to ``path``. ``header`` is the export kit's header (kind "export")."""

    path: Path
    header: KitHeader
    scope: KitScope
    base: Rows = field(repr=False)
    meta: dict[str, Any] = field(repr=False)
    key: KitKey = field(repr=False)
    database: MemoryDatabase = field(repr=False)
    saves: int = 0
    _saving: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def marking(self) -> str:
        return self.header.marking

    def save(self) -> Path:
        """Re-encrypt the whole working copy to its file (done after every write). One save at a time,
        each taking the image when its turn comes, so the file never goes back to an older state."""
        with self._saving:
            working = replace(self.header, kind="working", created_at=utcnow().replace(microsecond=0))
            meta = {**{k: v for k, v in self.meta.items() if k != "current"}, "export_header": self.header.to_json()}
            path = write_kit(self.path, working, meta, self.key, blob=self.database.image())
            self.saves += 1
            return path

    def current_rows(self) -> Rows:
        with self.database.read() as session:
            return collect_rows(session, self.scope, with_contacts=True, only=SITE_TABLES)

    def close(self) -> None:
        self.database.close()


def default_working_path(kit_path: str | Path) -> Path:
    kit = Path(kit_path).expanduser()
    return kit.with_name(f"{kit.stem}.working{kit.suffix or '.fpkit'}")


def _guard(scope: KitScope, database: MemoryDatabase) -> None:
    """Refuse writes outside the kit's sites, in the core (every writer session of the database)."""
    site_ids = scope.site_ids
    editable = set(SITE_TABLES) | {"change_log"}

    def refuse(name: str) -> None:
        key = name if name in ("site", "campaign", "campaign_planning", "leader") else "other"
        raise ValidationError("field_read_only", entity=name, entity_key=f"field_entity.{key}")

    def before_flush(session: Session, _context: object, _instances: object) -> None:
        for obj in (*session.new, *session.deleted, *(o for o in session.dirty if session.is_modified(o))):
            name = getattr(obj, "__tablename__", "")
            if name == "change_log":
                continue
            if name == "site":
                if obj in session.new or obj in session.deleted or obj.id not in site_ids:
                    refuse("site")
                continue
            if name not in editable or getattr(obj, "site_id", None) not in site_ids:
                refuse(name)

    def statement(state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            target = getattr(state.statement, "table", None)
            if target is not None and target.name not in editable:
                refuse(target.name)

    assert database.writer_factory is not None
    event.listen(database.writer_factory, "before_flush", before_flush)
    event.listen(database.writer_factory, "do_orm_execute", statement)


def _insert_rows(session: Session, rows: Rows) -> None:
    for name in KIT_TABLES:
        found = rows.get(name) or []
        if found:
            session.execute(insert(table(name)), [python_row(table(name), row) for row in found])


def _save(copy: WorkingCopy) -> None:
    copy.save()


def _working(path: Path, contents: KitContents, export_header: KitHeader, database: MemoryDatabase) -> WorkingCopy:
    meta = contents.meta
    scope = KitScope.from_json(meta["scope"])
    copy = WorkingCopy(path, export_header, scope, meta["base"], meta, contents.key, database)
    _guard(scope, database)
    database.after_write = lambda _db: _save(copy)
    return copy


def start_working(kit_path: str | Path, passphrase: str, working_path: str | Path | None = None, *,
                  today: dt.date | None = None) -> WorkingCopy:
    """Open an export kit into a new working copy (in memory), saved at once to ``working_path``."""
    contents = read_kit(kit_path, passphrase)
    header = contents.header
    if header.kind != "export":
        raise DatabaseError("kit_wrong_kind", path=str(kit_path), kind_key=f"kit_kind.{header.kind}",
                            wanted_key="kit_kind.export")
    check_expiry(header, kit_path, today)
    target = Path(working_path).expanduser() if working_path else default_working_path(kit_path)
    database = memory_database()
    try:
        with database.engine.connect() as conn, conn.begin():
            with Session(bind=conn, join_transaction_mode="rollback_only") as session:
                gazetteer.load(session)
                _insert_rows(session, contents.meta["current"])
                session.flush()
        copy = _working(target, contents, header, database)
        copy.save()
    except BaseException:
        database.close()
        raise
    return copy


def open_working(path: str | Path, passphrase: str, *, today: dt.date | None = None) -> WorkingCopy:
    """Reopen a working copy file (kind "working") with its passphrase."""
    contents = read_kit(path, passphrase)
    if contents.header.kind != "working":
        raise DatabaseError("kit_wrong_kind", path=str(path), kind_key=f"kit_kind.{contents.header.kind}",
                            wanted_key="kit_kind.working")
    export_header = KitHeader.from_json(contents.meta["export_header"])
    check_expiry(export_header, path, today)
    database = memory_database(contents.blob)
    return _working(Path(path).expanduser(), contents, export_header, database)


def open_field_kit(path: str | Path, passphrase: str, working_path: str | Path | None = None, *,
                   today: dt.date | None = None) -> WorkingCopy:
    """What File → Open field kit does: an export kit starts a working copy beside it (or continues the
    one already there for the same kit); a working copy file reopens."""
    from festival_planner.store.kit_file import read_header

    header = read_header(path)
    if header.kind == "working":
        return open_working(path, passphrase, today=today)
    if header.kind != "export":
        raise DatabaseError("kit_wrong_kind", path=str(path), kind_key=f"kit_kind.{header.kind}",
                            wanted_key="kit_kind.export")
    target = Path(working_path).expanduser() if working_path else default_working_path(path)
    if target.exists():
        existing = read_header(target)
        if existing.kind == "working" and existing.base_kit_id == header.kit_id:
            return open_working(target, passphrase, today=today)
        raise DatabaseError("kit_working_exists", path=str(target))
    return start_working(path, passphrase, target, today=today)


def send_back(working: WorkingCopy, out: str | Path, passphrase: str | None = None) -> KitHeader:
    """Write a return kit (base and the field's current rows) for the office to merge."""
    if passphrase is not None:
        check_passphrase(passphrase)
    current = working.current_rows()
    header = replace(working.header, kind="return", kit_id=new_kit_id(), base_kit_id=working.header.kit_id,
                     created_at=utcnow().replace(microsecond=0), counts=counts_of(current))
    meta = {"scope": working.scope.to_json(), "base": {k: v for k, v in working.base.items() if k in SITE_TABLES},
            "current": current}
    write_kit(out, header, meta, passphrase if passphrase is not None else working.key)
    return header


def kit_summary(contents: KitContents) -> dict[str, Any]:
    """What a kit holds, for ``kit inspect``/``kit open`` with the passphrase (counts per table)."""
    meta = contents.meta
    current = meta.get("current") or {}
    return {"header": contents.header.to_json(), "scope": meta.get("scope"),
            "rows": {name: len(rows) for name, rows in current.items()},
            "communes": list((meta.get("gazetteer") or {}).get("commune", [])), "bbox": meta.get("bbox")}
