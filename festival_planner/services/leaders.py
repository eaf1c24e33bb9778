"""Leaders: the directory of central leaders who head or join delegations — add, edit, deactivate,
list in protocol order (filter with or without diacritics), and each leader's engagements in a year.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from festival_planner.domain.entry import clean_text, text_limits
from festival_planner.domain.errors import ConflictError, ValidationError
from festival_planner.domain.models import Campaign, Invitation, Leader, Site
from festival_planner.domain.text import fold, sort_key
from festival_planner.services import changelog, rows
from festival_planner.services.invitations import InvitationRow, invitation_row

EDITABLE_FIELDS = ("full_name", "title", "organisation", "precedence_rank", "phone", "email", "notes", "active")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
DEFAULT_RANK = 1000
MAX_RANK = 100_000


@dataclass(frozen=True)
class LeaderRow:
    """A read-only snapshot of a leader for views, reports and JSON."""

    id: uuid.UUID
    full_name: str
    title: str
    organisation: str
    precedence_rank: int
    phone: str
    email: str
    notes: str
    active: bool
    version: int

    def values(self) -> dict[str, Any]:
        """The editable fields, as passed to ``update_leader``."""
        return {name: getattr(self, name) for name in EDITABLE_FIELDS}

    @property
    def order(self) -> tuple:
        """Protocol order: precedence rank, then name in Vietnamese dictionary order."""
        return (self.precedence_rank, sort_key(self.full_name))

    def matches(self, text: str) -> bool:
        """Whether every word of ``text`` (diacritics optional) is in the name, title or organisation."""
        words = fold(text).split()
        haystack = f" {fold(self.full_name)} {fold(self.title)} {fold(self.organisation)} "
        return all(f" {w}" in haystack for w in words)

    def to_json(self) -> dict[str, Any]:
        return {"id": str(self.id), "full_name": self.full_name, "title": self.title,
                "organisation": self.organisation, "precedence_rank": self.precedence_rank, "phone": self.phone,
                "email": self.email, "notes": self.notes, "active": self.active, "version": self.version}


def leader_row(leader: Leader | KnownLeader) -> LeaderRow:
    return LeaderRow(leader.id, leader.full_name, leader.title, leader.organisation, leader.precedence_rank,
                     leader.phone, leader.email, leader.notes, leader.active, leader.version)


def _validate(values: dict[str, Any]) -> dict[str, Any]:
    clean = dict(values)
    for name, limit in text_limits("leader").items():
        clean[name] = clean_text(clean.get(name), name, limit, multiline=name == "notes", collapse=True,
                                 field_key=f"leader_field.{name}", too_long="leader_text_too_long")
    if not clean["full_name"]:
        raise ValidationError("leader_name_required", field="full_name")
    rank = clean.get("precedence_rank")
    if isinstance(rank, bool) or not isinstance(rank, int) or not 0 <= rank <= MAX_RANK:
        raise ValidationError("bad_precedence_rank", field="precedence_rank", rank=rank, max_rank=MAX_RANK)
    if clean["email"] and not _EMAIL.match(clean["email"]):
        raise ValidationError("bad_email", field="email", email=clean["email"])
    clean["active"] = bool(clean.get("active", True))
    return clean


def _check_unique_name(session: Session, full_name: str, leader_id: uuid.UUID | None) -> None:
    key = fold(full_name)
    for other in session.scalars(select(Leader).where(Leader.id != leader_id) if leader_id else select(Leader)):
        if fold(other.full_name) == key:
            raise ValidationError("duplicate_leader", field="full_name", name=other.full_name, title=other.title)


def list_leaders(session: Session, text: str = "", *, include_inactive: bool = True) -> list[LeaderRow]:
    """Leaders in protocol order; ``text`` keeps those whose name, title or organisation has every word
    typed (diacritics and case optional: "pho thu tuong" finds "Phó Thủ tướng")."""
    found = [leader_row(leader) for leader in session.scalars(select(Leader))]
    found = [r for r in found if (include_inactive or r.active) and (not text.strip() or r.matches(text))]
    return sorted(found, key=lambda r: r.order)


def get_leader(session: Session, leader_id: uuid.UUID) -> LeaderRow:
    return leader_row(rows.load(session, Leader, leader_id, "unknown_leader"))


def find_by_name(session: Session, full_name: str) -> LeaderRow | None:
    """The leader with this name, diacritics, case and spacing ignored (None when there is none)."""
    key = fold(full_name)
    for leader in session.scalars(select(Leader)):
        if fold(leader.full_name) == key:
            return leader_row(leader)
    return None


@dataclass
class KnownLeader:
    """A leader of the directory as the index read it: plain values (no ORM object is made for the
    thousands of leaders an import only looks up); ``Directory.update`` changes these values and
    ``Directory.flush`` writes them."""

    id: uuid.UUID
    full_name: str
    title: str
    organisation: str
    precedence_rank: int
    phone: str
    email: str
    notes: str
    active: bool
    version: int


class Directory:
    """The leaders by folded name (diacritics, case and spacing ignored), read ONCE as plain rows:
    imports match thousands of names against it, add to it and change it without a query per row
    (``find_by_name`` scans the table each call). New leaders are ORM objects added to the session;
    changed ones are loaded in bulk and written by ``flush``."""

    _CHUNK = 500  # ids per SELECT … IN (…)

    def __init__(self, session: Session) -> None:
        self.session = session
        columns = [Leader.__table__.c[name] for name in ("id", *EDITABLE_FIELDS, "version")]
        self._by_key: dict[str, KnownLeader] = {}
        for values in session.execute(select(*columns)).mappings():
            known = KnownLeader(**values)
            self._by_key[fold(known.full_name)] = known
        self._pending: list[tuple[uuid.UUID, dict[str, Any] | None, dict[str, Any]]] = []
        self._changed: dict[uuid.UUID, tuple[KnownLeader, dict[str, Any]]] = {}
        self._added: dict[uuid.UUID, KnownLeader] = {}

    def __len__(self) -> int:
        return len(self._by_key)

    def find(self, full_name: str) -> KnownLeader | None:
        """The leader with this name (read from the table or added by this import), or None."""
        return self._by_key.get(fold(full_name))

    def add(self, full_name: str, **values: Any) -> KnownLeader:
        """A new leader (validated; a name already in the directory is refused), queued with its
        change-log row — nothing is written before ``flush``: one INSERT of all the new leaders, as
        ``changelog.record_many`` does one INSERT for their log rows."""
        clean = _validate({"full_name": full_name, "title": "", "organisation": "", "precedence_rank": DEFAULT_RANK,
                           "phone": "", "email": "", "notes": "", "active": True, **values})
        key = fold(clean["full_name"])
        other = self._by_key.get(key)
        if other is not None:
            raise ValidationError("duplicate_leader", field="full_name", name=other.full_name, title=other.title)
        leader = KnownLeader(id=uuid.uuid4(), version=1, **clean)
        self._by_key[key] = leader
        self._added[leader.id] = leader
        self._pending.append((leader.id, None, clean))
        return leader

    def update(self, leader: KnownLeader, **changes: Any) -> dict[str, Any]:
        """Validate and apply ``changes`` to a leader of the directory (the name keeps the directory's
        spelling unless it changes beyond case and diacritics); returns what really changed (empty: nothing).
        Written by ``flush`` (the version is bumped there); the change-log row is queued like ``add``'s."""
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        before = {name: getattr(leader, name) for name in EDITABLE_FIELDS}
        values = _validate({**before, **changes})
        if fold(values["full_name"]) != fold(before["full_name"]) and fold(values["full_name"]) in self._by_key:
            other = self._by_key[fold(values["full_name"])]
            raise ValidationError("duplicate_leader", field="full_name", name=other.full_name, title=other.title)
        changed = {k: v for k, v in values.items() if before[k] != v}
        if not changed:
            return {}
        for name, value in changed.items():
            setattr(leader, name, value)
        if "full_name" in changed:
            self._by_key.pop(fold(before["full_name"]), None)
            self._by_key[fold(values["full_name"])] = leader
        if leader.id not in self._added:  # a new one is inserted with its latest values
            _known, earlier = self._changed.get(leader.id, (leader, {}))
            self._changed[leader.id] = (leader, {**earlier, **changed})
        self._pending.append((leader.id, {k: before[k] for k in changed}, changed))
        return changed

    def flush(self) -> None:
        """Write the added leaders (one INSERT), the changed ones (loaded in a few queries, one flush)
        and their change log (one INSERT per action)."""
        try:
            self.session.flush()  # what the caller added before (a new campaign) goes first
            if self._added:
                self.session.execute(insert(Leader), [
                    {name: getattr(known, name) for name in ("id", *EDITABLE_FIELDS, "version")}
                    for known in self._added.values()])
                self._added.clear()
            ids = list(self._changed)
            for start in range(0, len(ids), self._CHUNK):
                for leader in self.session.scalars(select(Leader).where(Leader.id.in_(ids[start:start + self._CHUNK]))):
                    known, changed = self._changed[leader.id]
                    if leader.version != known.version:
                        raise ConflictError("stale_leader")
                    for name, value in changed.items():
                        setattr(leader, name, value)
            self.session.flush()
        except StaleDataError as exc:
            raise ConflictError("stale_leader") from exc
        for known, _changes in self._changed.values():
            known.version += 1  # as the flush's UPDATE did (version_id_col)
        self._changed.clear()
        created = [(i, b, a) for i, b, a in self._pending if b is None]
        updated = [(i, b, a) for i, b, a in self._pending if b is not None]
        changelog.record_many(self.session, "leader", "create", created)
        changelog.record_many(self.session, "leader", "update", updated)
        self._pending.clear()


def add_leader(session: Session, full_name: str, *, title: str = "", organisation: str = "",
               precedence_rank: int = DEFAULT_RANK, phone: str = "", email: str = "", notes: str = "",
               active: bool = True, leader_id: uuid.UUID | None = None) -> LeaderRow:
    """Add a leader to the directory (a second leader of the same name is refused)."""
    values = _validate({"full_name": full_name, "title": title, "organisation": organisation,
                        "precedence_rank": precedence_rank, "phone": phone, "email": email, "notes": notes,
                        "active": active})
    _check_unique_name(session, values["full_name"], None)
    leader = Leader(id=leader_id or uuid.uuid4(), **values)
    session.add(leader)
    session.flush()
    changelog.record(session, "leader", leader.id, "create", None, values)
    return leader_row(leader)


def update_leader(session: Session, leader_id: uuid.UUID, expected_version: int | None,
                  **changes: Any) -> LeaderRow:
    """Change some of a leader's fields, refusing if someone changed the leader since ``expected_version``."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    leader = rows.load(session, Leader, leader_id, "unknown_leader")
    rows.check_version(leader, expected_version, "stale_leader")
    before = {name: getattr(leader, name) for name in EDITABLE_FIELDS}
    values = _validate({**before, **changes})
    if fold(values["full_name"]) != fold(before["full_name"]):
        _check_unique_name(session, values["full_name"], leader.id)
    rows.apply_update(session, "leader", leader, expected_version, values, "stale_leader")
    return leader_row(leader)


def deactivate_leader(session: Session, leader_id: uuid.UUID, expected_version: int | None) -> LeaderRow:
    """Mark a leader inactive (kept for history and past invitations; undo with ``active=True``)."""
    return update_leader(session, leader_id, expected_version, active=False)


def delete_leader(session: Session, leader_id: uuid.UUID, expected_version: int | None = None) -> LeaderRow:
    """Delete a leader entered by mistake (undo of ``add_leader``); one with invitations is refused —
    deactivate instead. Returns the last snapshot (``add_leader(..., leader_id=row.id)`` restores it)."""
    leader = rows.load(session, Leader, leader_id, "unknown_leader")
    rows.check_version(leader, expected_version, "stale_leader")
    count = len(leader.invitations)
    if count:
        raise ValidationError("leader_has_invitations", name=leader.full_name, count=count)
    row = leader_row(leader)
    session.delete(leader)
    session.flush()
    changelog.record(session, "leader", row.id, "delete", row.values(), None)
    return row


def engagements(session: Session, leader_id: uuid.UUID, year: int) -> list[InvitationRow]:
    """The leader's invitations in the campaign of ``year`` (every status), by date and time."""
    rows.load(session, Leader, leader_id, "unknown_leader")
    found = session.scalars(select(Invitation).join(Site, Invitation.site_id == Site.id)
                            .join(Campaign, Site.campaign_id == Campaign.id)
                            .where(Invitation.leader_id == leader_id, Campaign.year == year)).unique().all()
    result = [invitation_row(inv) for inv in found]
    return sorted(result, key=lambda r: r.order)
