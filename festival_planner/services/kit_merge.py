"""Merge a return kit back into the office database: a three-way merge, row by row and field by field.

For every row of the kit's tables (the kit's sites and their programme, checklist, budget,
commendations, gifts and invitations) three states meet: BASE (as exported, in the kit), FIELD (the
return kit's current rows) and OFFICE (the database now). Per field:

- changed only in the field → applied;  changed only in the office → left alone;
- changed on both sides to the same value → nothing to do;
- changed on both sides to different values → a ``Conflict`` (entity, id, field, base, office, field
  values) for a person to decide: keep office or take field, one by one or for all.

Per row: created in the field → inserted (UUID keys keep their ids); deleted in the field →
listed in ``deletions`` and deleted only when confirmed; deleted in the office but edited in the field
→ a conflict (field ``"*"``; "field" puts the row back with the field's values).

``apply_merge`` writes the plan in ONE ``Database.write()``, after a backup (SQLite): every change
goes through the change log, so ``services/revert.py`` undoes the merge as one step (its change set);
the merge itself is a ``merged_kit`` row (logged as its creation, with the summary), so merging the
same return kit again changes nothing — and undoing the merge forgets it, so it can be merged again.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from festival_planner.domain.changes import ChangeSet
from festival_planner.domain.errors import ConflictError, DatabaseError, ValidationError
from festival_planner.domain.models import Commune, Leader, MergedKit, utcnow
from festival_planner.services import changelog
from festival_planner.services.kits import (
    BOOKKEEPING,
    SITE_TABLES,
    Rows,
    database_id,
    json_value,
    python_row,
    python_value,
    row_json,
    table,
)
from festival_planner.store.database import Database
from festival_planner.store.kit_file import KitContents, KitHeader, read_kit

Choice = Literal["office", "field"]
CHOICES = ("office", "field")
WHOLE_ROW = "*"  # the "field" of a conflict about a whole row (deleted in the office, edited in the field)
MERGE_ENTITY = "merged_kit"


@dataclass(frozen=True)
class Conflict:
    """One value changed on both sides (or a row deleted in the office and edited in the field)."""

    entity: str
    id: str
    field: str  # a column name, or "*" for the whole row
    base: Any
    office: Any
    field_value: Any
    site_id: str | None = None  # the kit site the row belongs to (to group them in a dialog)
    label: str = ""  # the row for people: an item's title, a leader's name, a site's commune

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.entity, self.id, self.field)

    def to_json(self) -> dict[str, Any]:
        return {"entity": self.entity, "id": self.id, "field": self.field, "base": self.base,
                "office": self.office, "field_value": self.field_value, "site_id": self.site_id,
                "label": self.label}


@dataclass(frozen=True)
class RowChange:
    """A change the field made to one row: ``values`` are the fields to write (JSON values)."""

    entity: str
    id: str
    action: str  # "update", "create" or "delete"
    values: Mapping[str, Any] = field(default_factory=dict)
    site_id: str | None = None
    label: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"entity": self.entity, "id": self.id, "action": self.action, "fields": sorted(self.values)
                if self.action == "update" else [], "site_id": self.site_id, "label": self.label}


@dataclass(frozen=True)
class Refusal:
    """A field change that cannot be applied (its parent row is gone in the office, …)."""

    entity: str
    id: str
    reason: str  # a code: "parent_missing", "duplicate"

    def to_json(self) -> dict[str, Any]:
        return {"entity": self.entity, "id": self.id, "reason": self.reason}


@dataclass
class MergePlan:
    """What merging a return kit would do. ``office_versions`` are the office rows' versions the plan
    was made against: ``apply_merge`` refuses (``kit_merge_stale``) when one has changed since."""

    header: KitHeader
    applied: list[RowChange] = field(default_factory=list)  # field-only changes (updates, creations)
    conflicts: list[Conflict] = field(default_factory=list)
    deletions: list[RowChange] = field(default_factory=list)  # rows deleted in the field, to confirm
    refused: list[Refusal] = field(default_factory=list)
    already_merged: dt.datetime | None = None
    office_versions: dict[tuple[str, str], int | None] = field(default_factory=dict, repr=False)
    field_rows: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict, repr=False)
    office_rows: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict, repr=False)

    @property
    def empty(self) -> bool:
        return not (self.applied or self.conflicts or self.deletions)

    def to_json(self) -> dict[str, Any]:
        return {"kit_id": str(self.header.kit_id), "base_kit_id": str(self.header.base_kit_id),
                "already_merged": self.already_merged.isoformat(timespec="seconds") if self.already_merged else None,
                "applied": [c.to_json() for c in self.applied],
                "conflicts": [c.to_json() for c in self.conflicts],
                "deletions": [c.to_json() for c in self.deletions],
                "refused": [r.to_json() for r in self.refused]}


@dataclass
class MergeResult:
    """What ``apply_merge`` did: counts, the backup taken, and the write's change set (for undo)."""

    plan: MergePlan
    updated: int = 0
    created: int = 0
    deleted: int = 0
    kept_office: int = 0
    took_field: int = 0
    deletions_kept: int = 0
    backup: Path | None = None
    changes: ChangeSet = field(default_factory=ChangeSet)
    already_merged: dt.datetime | None = None

    def summary(self) -> dict[str, Any]:
        return {"kit_id": str(self.plan.header.kit_id), "base_kit_id": str(self.plan.header.base_kit_id),
                "updated": self.updated, "created": self.created, "deleted": self.deleted,
                "conflicts": len(self.plan.conflicts), "kept_office": self.kept_office,
                "took_field": self.took_field, "deletions_kept": self.deletions_kept,
                "refused": len(self.plan.refused)}

    def to_json(self) -> dict[str, Any]:
        return {**self.plan.to_json(), "result": self.summary(),
                "backup": str(self.backup) if self.backup else None,
                "already_merged": self.already_merged.isoformat(timespec="seconds") if self.already_merged else None}


# --- reading a return kit -------------------------------------------------------------------------------

def load_return_kit(path: str | Path, passphrase: str) -> KitContents:
    """Open a return kit (kind "return"): the container's codes, or ``kit_wrong_kind``."""
    contents = read_kit(path, passphrase)
    if contents.header.kind != "return":
        raise DatabaseError("kit_wrong_kind", path=str(path), kind_key=f"kit_kind.{contents.header.kind}",
                            wanted_key="kit_kind.return")
    return contents


def check_kit_for(session: Session, contents: KitContents, path: str | Path = "", *,
                  accept_expired: bool = False, today: dt.date | None = None) -> None:
    """Refuse a kit of another database, or (unless ``accept_expired``) one past its expiry date."""
    header = contents.header
    ours = database_id(session)
    if header.database_id != ours:
        raise DatabaseError("kit_other_database", path=str(path), kit_database=str(header.database_id),
                            database=str(ours))
    if not accept_expired and header.expired(today):
        raise DatabaseError("kit_expired_merge", path=str(path), expires_on=header.expires_on)


# --- words for people -----------------------------------------------------------------------------------

def entity_label(entity: str, language: str | None = None) -> str:
    """"Việc cần làm" / "Checklist item" for ``checklist_item``."""
    from festival_planner.domain import messages

    return messages.render(f"kit_entity.{entity}", {}, language)


def field_label(name: str, language: str | None = None) -> str:
    """"Ghi chú" / "Note" for ``note`` ("*": the whole row)."""
    from festival_planner.domain import messages

    return messages.render(f"kit_field.{name}", {}, language)


def _row_label(session: Session, entity: str, row: Mapping[str, Any] | None) -> str:
    if row is None:
        return ""
    if entity == "site":
        return session.scalar(select(Commune.name).where(Commune.code == row.get("commune_code"))) or ""
    if entity == "invitation":
        leader = row.get("leader_id")
        return (session.scalar(select(Leader.full_name).where(Leader.id == uuid.UUID(leader))) or "") if leader else ""
    if entity == "budget_line":
        return str(row.get("description") or row.get("category") or "")
    if entity in ("commendation", "gift"):
        return " — ".join(str(row[k]) for k in ("recipient", "award", "gift") if row.get(k))
    return str(row.get("title") or "")


# --- planning -------------------------------------------------------------------------------------------

def _site_of(entity: str, row: Mapping[str, Any] | None) -> str | None:
    if row is None:
        return None
    return str(row["id"]) if entity == "site" else (str(row["site_id"]) if row.get("site_id") else None)


def _office_rows(session: Session, entity: str, ids: Collection[str]) -> dict[str, dict[str, Any]]:
    """The office's rows of ``entity`` with these ids (JSON values)."""
    found = table(entity)
    wanted = sorted(ids)
    rows: dict[str, dict[str, Any]] = {}
    for start in range(0, len(wanted), 500):
        chunk = [uuid.UUID(i) for i in wanted[start:start + 500]]
        for row in session.execute(select(found).where(found.c.id.in_(chunk))).mappings():
            rows[str(row["id"])] = row_json(row)
    return rows


def _same(a: Any, b: Any) -> bool:
    return bool(a == b)


def plan_merge(session: Session, contents: KitContents, path: str | Path = "", *, accept_expired: bool = False,
               today: dt.date | None = None) -> MergePlan:
    """Compare base (kit), field (return kit) and office (now); nothing is written."""
    check_kit_for(session, contents, path, accept_expired=accept_expired, today=today)
    header = contents.header
    plan = MergePlan(header)
    merged = session.get(MergedKit, header.kit_id)
    if merged is not None:
        plan.already_merged = merged.merged_at
        return plan
    base_rows: Rows = contents.meta.get("base") or {}
    field_rows: Rows = contents.meta.get("current") or {}
    for entity in SITE_TABLES:
        base = {str(r["id"]): r for r in base_rows.get(entity, [])}
        fieldside = {str(r["id"]): r for r in field_rows.get(entity, [])}
        office = _office_rows(session, entity, set(base) | set(fieldside))
        for row_id in sorted(set(base) | set(fieldside)):
            _plan_row(session, plan, entity, row_id, base.get(row_id), fieldside.get(row_id), office.get(row_id))
    return plan


def _plan_row(session: Session, plan: MergePlan, entity: str, row_id: str, base: dict[str, Any] | None,
              fieldside: dict[str, Any] | None, office: dict[str, Any] | None) -> None:
    key = (entity, row_id)
    site = _site_of(entity, fieldside or base or office)
    def label() -> str:  # only for the rows that are listed (most rows are unchanged)
        return _row_label(session, entity, office or fieldside or base)

    plan.office_versions[key] = office["version"] if office is not None else None
    if fieldside is not None:
        plan.field_rows[key] = fieldside
    if office is not None:
        plan.office_rows[key] = office
    columns = [c.name for c in table(entity).c if c.name not in BOOKKEEPING]
    if base is None:  # created in the field
        if fieldside is None:
            return
        if office is None:
            values = {c: fieldside.get(c) for c in columns}
            plan.applied.append(RowChange(entity, row_id, "create", values, site, label()))
            return
        for column in columns:  # (the office has it too: a kit merged before, then undone, …)
            if not _same(fieldside.get(column), office.get(column)):
                plan.conflicts.append(Conflict(entity, row_id, column, None, office.get(column),
                                               fieldside.get(column), site, label()))
        return
    if fieldside is None:  # deleted in the field
        if office is not None:
            plan.deletions.append(RowChange(entity, row_id, "delete", {}, site, label()))
        return
    field_changed = {c: fieldside.get(c) for c in columns if not _same(fieldside.get(c), base.get(c))}
    if office is None:  # deleted in the office
        if field_changed:
            plan.conflicts.append(Conflict(entity, row_id, WHOLE_ROW, None, None, field_changed, site, label()))
        return
    to_apply: dict[str, Any] = {}
    for column, value in field_changed.items():
        office_value = office.get(column)
        if _same(office_value, base.get(column)):
            to_apply[column] = value
        elif not _same(office_value, value):
            plan.conflicts.append(Conflict(entity, row_id, column, base.get(column), office_value, value, site,
                                           label()))
    if to_apply:
        plan.applied.append(RowChange(entity, row_id, "update", to_apply, site, label()))


# --- applying -------------------------------------------------------------------------------------------

def resolve_all(plan: MergePlan, choice: Choice) -> dict[tuple[str, str, str], Choice]:
    """The same choice for every conflict ("keep office" / "take field" for all)."""
    if choice not in CHOICES:
        raise ValidationError("kit_bad_resolution", choice=choice)
    return {conflict.key: choice for conflict in plan.conflicts}


def apply_merge(database: Database, plan: MergePlan,
                resolutions: Mapping[tuple[str, str, str], Choice] | None = None, *,
                confirm_deletions: bool | Collection[str] = False, backup: bool = True) -> MergeResult:
    """Write the plan: a backup first (SQLite), then ONE write with every change in the change log.

    ``resolutions`` maps each conflict's key (entity, id, field) to "office" or "field" (every conflict
    needs one: ``kit_conflicts_unresolved``); ``confirm_deletions`` is True (all), False (none: the rows
    stay) or the ids to delete. Refuses with ``kit_merge_stale`` when an office row changed since the
    plan. A kit merged already returns at once with ``already_merged`` set (nothing written)."""
    result = MergeResult(plan)
    if plan.already_merged is not None:
        result.already_merged = plan.already_merged
        return result
    chosen = dict(resolutions or {})
    for choice in chosen.values():
        if choice not in CHOICES:
            raise ValidationError("kit_bad_resolution", choice=choice)
    missing = [c for c in plan.conflicts if c.key not in chosen]
    if missing:
        raise ValidationError("kit_conflicts_unresolved", count=len(missing))
    if backup and database.path is not None:
        result.backup = database.backup("before-merge")
    _, result.changes = database.perform(lambda session: _write(session, plan, chosen, confirm_deletions, result))
    return result


def _check_unchanged(session: Session, plan: MergePlan) -> None:
    by_entity: dict[str, dict[str, int | None]] = {}
    for (entity, row_id), version in plan.office_versions.items():
        by_entity.setdefault(entity, {})[row_id] = version
    for entity, versions in by_entity.items():
        found = table(entity)
        ids = list(versions)
        now: dict[str, int] = {}
        for start in range(0, len(ids), 500):
            chunk = [uuid.UUID(i) for i in ids[start:start + 500]]
            now.update({str(r.id): r.version for r in session.execute(select(found.c.id, found.c.version)
                                                                       .where(found.c.id.in_(chunk)))})
        if any(now.get(row_id) != version for row_id, version in versions.items()):
            raise ConflictError("kit_merge_stale")


def _write(session: Session, plan: MergePlan, chosen: Mapping[tuple[str, str, str], Choice],
           confirm_deletions: bool | Collection[str], result: MergeResult) -> None:
    if session.get(MergedKit, plan.header.kit_id) is not None:
        raise ConflictError("kit_merge_stale")  # merged meanwhile (another window)
    _check_unchanged(session, plan)
    updates: dict[tuple[str, str], dict[str, Any]] = {}
    creates: list[tuple[str, str, dict[str, Any]]] = []
    for change in plan.applied:
        if change.action == "update":
            updates.setdefault((change.entity, change.id), {}).update(change.values)
        else:
            creates.append((change.entity, change.id, dict(change.values)))
    for conflict in plan.conflicts:
        if chosen[conflict.key] == "office":
            result.kept_office += 1
            continue
        result.took_field += 1
        if conflict.field == WHOLE_ROW:
            row = plan.field_rows[(conflict.entity, conflict.id)]
            creates.append((conflict.entity, conflict.id, {k: v for k, v in row.items() if k not in BOOKKEEPING}))
        elif (conflict.entity, conflict.id) in plan.office_rows:
            updates.setdefault((conflict.entity, conflict.id), {})[conflict.field] = conflict.field_value
        else:  # a row created in the field that the office also has
            updates.setdefault((conflict.entity, conflict.id), {})[conflict.field] = conflict.field_value
    now = utcnow()
    for (entity, row_id), values in updates.items():
        _update(session, entity, row_id, values, plan.office_rows[(entity, row_id)], now)
        result.updated += 1
    order = {name: n for n, name in enumerate(SITE_TABLES)}
    for entity, row_id, values in sorted(creates, key=lambda c: order[c[0]]):
        if _create(session, plan, entity, row_id, values, now):
            result.created += 1
    wanted = {c.id for c in plan.deletions} if confirm_deletions is True else set(confirm_deletions or ())
    for change in sorted(plan.deletions, key=lambda c: -order[c.entity]):
        if change.id not in wanted:
            result.deletions_kept += 1
            continue
        _delete(session, change.entity, change.id)
        result.deleted += 1
    merged = {"id": plan.header.kit_id, "base_kit_id": plan.header.base_kit_id, "merged_at": now,
              "merged_by": changelog.current_actor(), "summary": result.summary()}
    session.execute(insert(table(MERGE_ENTITY)), [merged])
    changelog.record(session, MERGE_ENTITY, plan.header.kit_id, "create", None, merged)
    session.flush()


def _update(session: Session, entity: str, row_id: str, values: Mapping[str, Any], office: Mapping[str, Any],
            now: dt.datetime) -> None:
    found = table(entity)
    before = {name: office.get(name) for name in values}
    before.update(version=office["version"], updated_at=office["updated_at"])
    after = {**values, "version": int(office["version"]) + 1, "updated_at": json_value(now)}
    session.execute(update(found).where(found.c.id == uuid.UUID(row_id)).values(**python_row(found, after)))
    changelog.record(session, entity, row_id, "update", {k: python_value(found, k, v) for k, v in before.items()},
                     python_row(found, after))


def _create(session: Session, plan: MergePlan, entity: str, row_id: str, values: Mapping[str, Any],
            now: dt.datetime) -> bool:
    found = table(entity)
    row = {**values, "id": row_id, "version": 1, "created_at": json_value(now), "updated_at": json_value(now)}
    typed = python_row(found, row)
    try:
        with session.begin_nested():
            session.execute(insert(found), [typed])
    except IntegrityError:
        plan.refused.append(Refusal(entity, row_id, "parent_missing" if entity != "site" else "duplicate"))
        return False
    changelog.record(session, entity, row_id, "create", None, typed)
    return True


def _delete(session: Session, entity: str, row_id: str) -> None:
    found = table(entity)
    current = session.execute(select(found).where(found.c.id == uuid.UUID(row_id))).mappings().first()
    if current is None:
        return
    session.execute(delete(found).where(found.c.id == uuid.UUID(row_id)))
    changelog.record(session, entity, row_id, "delete", dict(current), None)


def merge_kit(database: Database, path: str | Path, passphrase: str, *, keep: Choice | None = None,
              confirm_deletions: bool = False, dry_run: bool = False, accept_expired: bool = False,
              today: dt.date | None = None) -> MergeResult:
    """Open, plan and (unless ``dry_run``) apply a return kit — what ``kit merge`` does. Without
    ``keep``, conflicts are listed and nothing is applied (``kit_conflicts_unresolved``)."""
    contents = load_return_kit(path, passphrase)
    with database.read() as session:
        plan = plan_merge(session, contents, path, accept_expired=accept_expired, today=today)
    if dry_run or plan.already_merged is not None:
        return MergeResult(plan, already_merged=plan.already_merged)
    resolutions = resolve_all(plan, keep) if keep is not None else None
    return apply_merge(database, plan, resolutions, confirm_deletions=confirm_deletions)
