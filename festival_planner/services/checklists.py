"""Checklists of sites and the campaign's national workplan (campaign tasks): one machinery for both.

A site's items come from a template, due dates counted back from the site's date; a campaign task
has no site and is counted back from the festival day. Items are edited one at a time (with their
version) or in bulk (one status for many, in the caller's one transaction). Every list is one query.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import replace as copy_with
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, case, func, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from festival_planner.domain.checklist_rules import done_as_of, done_as_of_sql, overdue_as_of, overdue_as_of_sql
from festival_planner.domain.enums import ChecklistStatus, TemplateScope
from festival_planner.domain.errors import ConflictError, NotFoundError, ValidationError
from festival_planner.domain.models import Campaign, ChecklistItem, Site
from festival_planner.domain.text import fold
from festival_planner.services import changelog, fields, rows
from festival_planner.services.checklist_templates import resolve_template

EDITABLE_FIELDS = ("title", "category", "owner", "due_date", "status", "note", "completed_on")


@dataclass(frozen=True)
class ChecklistItemRow:
    """A read-only snapshot of a checklist item (``site_id`` None: a campaign task)."""

    id: uuid.UUID
    campaign_id: uuid.UUID
    site_id: uuid.UUID | None
    position: int
    title: str
    category: str
    owner: str
    due_date: dt.date | None
    status: ChecklistStatus
    note: str
    completed_on: dt.date | None
    version: int

    def done_as_of(self, as_of: dt.date) -> bool:
        return done_as_of(self.status, self.completed_on, as_of)

    def overdue_as_of(self, as_of: dt.date) -> bool:
        return overdue_as_of(self.status, self.completed_on, self.due_date, as_of)

    def values(self) -> dict[str, Any]:
        """The editable fields, as passed to ``update_item``."""
        return {name: getattr(self, name) for name in EDITABLE_FIELDS}

    def to_json(self, as_of: dt.date | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(self.id), "site_id": str(self.site_id) if self.site_id else None, "title": self.title,
            "category": self.category, "owner": self.owner,
            "due_date": self.due_date.isoformat() if self.due_date else None, "status": self.status.value,
            "note": self.note, "completed_on": self.completed_on.isoformat() if self.completed_on else None,
            "position": self.position, "version": self.version}
        if as_of is not None:
            data["overdue"] = self.overdue_as_of(as_of)
        return data


RowT = TypeVar("RowT")


@dataclass(frozen=True)
class DueDateMove:
    """One item whose due date moved (or would move) with its site's date or the festival day."""

    item_id: uuid.UUID
    title: str
    old_due: dt.date
    new_due: dt.date

    def to_json(self) -> dict[str, Any]:
        return {"item_id": str(self.item_id), "title": self.title, "old_due_date": self.old_due.isoformat(),
                "new_due_date": self.new_due.isoformat()}


@dataclass(frozen=True)
class EditWithMoves(Generic[RowT]):
    """A row after an edit (a site, a campaign), and the due dates the edit moved (empty when none);
    ``id`` and ``version`` are the row's, so the undo machinery treats it like the row itself."""

    row: RowT
    moves: tuple[DueDateMove, ...]

    @property
    def id(self) -> uuid.UUID:
        return self.row.id  # type: ignore[attr-defined]

    @property
    def version(self) -> int:
        return self.row.version  # type: ignore[attr-defined]


@dataclass(frozen=True)
class BulkChange:
    """Items before and after a bulk edit (the GUI's undo puts ``before`` back with ``restore_items``)."""

    before: tuple[ChecklistItemRow, ...]
    after: tuple[ChecklistItemRow, ...]


def _row(item: ChecklistItem) -> ChecklistItemRow:
    return ChecklistItemRow(item.id, item.campaign_id, item.site_id, item.position, item.title, item.category,
                            item.owner, item.due_date, item.status, item.note, item.completed_on, item.version)


# The snapshot's fields, in order: lists select these columns, not whole ORM rows (several times faster
# for the 1,800 items of a campaign, and nothing lands in the session's identity map).
_COLUMNS = (ChecklistItem.id, ChecklistItem.campaign_id, ChecklistItem.site_id, ChecklistItem.position,
            ChecklistItem.title, ChecklistItem.category, ChecklistItem.owner, ChecklistItem.due_date,
            ChecklistItem.status, ChecklistItem.note, ChecklistItem.completed_on, ChecklistItem.version)


def _select_rows(session: Session, query: Select) -> list[ChecklistItemRow]:
    return [ChecklistItemRow(*values) for values in session.execute(query)]


def _load(session: Session, item_id: uuid.UUID) -> ChecklistItem:
    return rows.load(session, ChecklistItem, item_id, "unknown_checklist_item")


def _clean(values: Mapping[str, Any], today: dt.date) -> dict[str, Any]:
    clean: dict[str, Any] = {
        "title": fields.text(values.get("title"), "title", "checklist_item", required=True),
        "category": fields.text(values.get("category"), "category", "checklist_item"),
        "owner": fields.text(values.get("owner"), "owner", "checklist_item"),
        "note": fields.text(values.get("note"), "note", "checklist_item", multiline=True),
        "status": fields.choice(ChecklistStatus, values.get("status") or ChecklistStatus.TODO, "status")}
    for name in ("due_date", "completed_on"):
        value = values.get(name)
        if value is not None and not isinstance(value, dt.date):
            raise ValidationError("checklist_bad_date", field=name, field_key=f"checklist.field.{name}")
        clean[name] = value
    if clean["status"] is ChecklistStatus.DONE:
        clean["completed_on"] = clean["completed_on"] or today
    elif clean["completed_on"] is not None:
        raise ValidationError("completion_needs_done", field="completed_on", status=clean["status"])
    return clean


# --- reading -----------------------------------------------------------------------------------

def _filtered(session: Session, query: Select, *, as_of: dt.date | None, overdue: bool,
              owner: str | None, status: ChecklistStatus | None, category: str | None) -> list[ChecklistItemRow]:
    if status is not None:
        query = query.where(ChecklistItem.status == status)
    if category:
        query = query.where(ChecklistItem.category == category)
    if overdue:
        # Pre-filter in SQL; the exact rule (completion dates) is applied below.
        query = query.where(ChecklistItem.due_date < (as_of or dt.date.today()))
    found = _select_rows(session, query.order_by(ChecklistItem.position, ChecklistItem.due_date,
                                                 ChecklistItem.title))
    if overdue:
        day = as_of or dt.date.today()
        found = [r for r in found if r.overdue_as_of(day)]
    if owner:
        wanted = fold(owner)
        found = [r for r in found if wanted in fold(r.owner)]
    return found


def list_items(session: Session, site_id: uuid.UUID, *, as_of: dt.date | None = None, overdue: bool = False,
               owner: str | None = None, status: ChecklistStatus | None = None,
               category: str | None = None) -> list[ChecklistItemRow]:
    """A site's items in template order; filters: overdue as of ``as_of`` (default today), owner
    (part of the name, diacritics optional), status (``BLOCKED`` for the blocked ones), category."""
    rows.load(session, Site, site_id, "unknown_site")
    return _filtered(session, select(*_COLUMNS).where(ChecklistItem.site_id == site_id), as_of=as_of,
                     overdue=overdue, owner=owner, status=status, category=category)


def list_campaign_tasks(session: Session, campaign_id: uuid.UUID, *, as_of: dt.date | None = None,
                        overdue: bool = False, owner: str | None = None, status: ChecklistStatus | None = None,
                        category: str | None = None) -> list[ChecklistItemRow]:
    """The campaign's national workplan (tasks not tied to a site), with the same filters."""
    rows.load(session, Campaign, campaign_id, "unknown_campaign_id")
    return _filtered(session, select(*_COLUMNS).where(ChecklistItem.campaign_id == campaign_id,
                                                      ChecklistItem.site_id.is_(None)),
                     as_of=as_of, overdue=overdue, owner=owner, status=status, category=category)


def list_campaign_items(session: Session, campaign_id: uuid.UUID) -> list[ChecklistItemRow]:
    """Every site item of the campaign in one query (progress and reports read this)."""
    query = select(*_COLUMNS).where(ChecklistItem.campaign_id == campaign_id,
                                    ChecklistItem.site_id.is_not(None)).order_by(
        ChecklistItem.site_id, ChecklistItem.position, ChecklistItem.due_date)
    return _select_rows(session, query)


@dataclass(frozen=True)
class CategoryCounts:
    """How many items of one category of one site there are, are done, overdue and blocked on a day."""

    site_id: uuid.UUID
    category: str
    total: int
    done: int
    overdue: int
    blocked: int


def campaign_item_counts(session: Session, campaign_id: uuid.UUID, as_of: dt.date) -> list[CategoryCounts]:
    """Counts per site and category as of ``as_of``, in one grouped query (the dashboard reads this:
    a few hundred rows instead of every item)."""
    def count(condition: Any) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    status, completed, due = ChecklistItem.status, ChecklistItem.completed_on, ChecklistItem.due_date
    query = (select(ChecklistItem.site_id, ChecklistItem.category, func.count(),
                    count(done_as_of_sql(status, completed, as_of)),
                    count(overdue_as_of_sql(status, completed, due, as_of)),
                    count(status == ChecklistStatus.BLOCKED))
             .where(ChecklistItem.campaign_id == campaign_id, ChecklistItem.site_id.is_not(None))
             .group_by(ChecklistItem.site_id, ChecklistItem.category))
    return [CategoryCounts(site_id, category, int(total), int(done), int(overdue), int(blocked))
            for site_id, category, total, done, overdue, blocked in session.execute(query)]


def get_item(session: Session, item_id: uuid.UUID) -> ChecklistItemRow:
    return _row(_load(session, item_id))


# --- applying templates ------------------------------------------------------------------------

def _existing_count(session: Session, campaign_id: uuid.UUID, site_id: uuid.UUID | None) -> int:
    query = select(func.count()).select_from(ChecklistItem).where(ChecklistItem.campaign_id == campaign_id)
    query = query.where(ChecklistItem.site_id == site_id if site_id else ChecklistItem.site_id.is_(None))
    return session.scalar(query) or 0


def _create_from_template(session: Session, campaign_id: uuid.UUID, site_id: uuid.UUID | None,
                          template_name: str | None, scope: TemplateScope, day: dt.date,
                          replace: bool, label: str) -> list[ChecklistItemRow]:
    template = resolve_template(session, template_name, scope)
    if _existing_count(session, campaign_id, site_id):
        if not replace:
            raise ValidationError("checklist_already_applied", place=label)
        old = select(ChecklistItem).where(ChecklistItem.campaign_id == campaign_id)
        old = old.where(ChecklistItem.site_id == site_id if site_id else ChecklistItem.site_id.is_(None))
        for item in session.scalars(old):
            changelog.record(session, "checklist_item", item.id, "delete", {"title": item.title}, None)
            session.delete(item)
        session.flush()
    created = [ChecklistItemRow(uuid.uuid4(), campaign_id, site_id, position, spec.title, spec.category,
                                spec.default_owner, day - dt.timedelta(days=spec.days_before), ChecklistStatus.TODO,
                                "", None, 1) for position, spec in enumerate(template.items)]
    if created:  # one bulk INSERT: a template has dozens of items
        session.execute(insert(ChecklistItem), [{"campaign_id": campaign_id, "site_id": site_id,
                                                 **{n: getattr(r, n) for n in ("id", "position", "version")},
                                                 **r.values()} for r in created])
    changelog.record_many(session, "checklist_item", "create", [
        (r.id, None, {"site_id": site_id, "title": r.title, "due_date": r.due_date, "template": template.name})
        for r in created])
    return created


def apply_template(session: Session, site_id: uuid.UUID, template_name: str | None = None, *,
                   replace: bool = False) -> list[ChecklistItemRow]:
    """Give a site the items of a template (default "Mặc định"), due dates counted back from its date.

    A site that already has a checklist is refused unless ``replace`` (which deletes the old items)."""
    site = rows.load(session, Site, site_id, "unknown_site")
    return _create_from_template(session, site.campaign_id, site.id, template_name, TemplateScope.SITE,
                                 site.date, replace, site.commune.name)


def apply_workplan(session: Session, campaign_id: uuid.UUID, template_name: str | None = None, *,
                   replace: bool = False) -> list[ChecklistItemRow]:
    """Give the campaign its national workplan (default "Kế hoạch toàn quốc") counted back from the festival day."""
    campaign = rows.load(session, Campaign, campaign_id, "unknown_campaign_id")
    return _create_from_template(session, campaign.id, None, template_name, TemplateScope.CAMPAIGN,
                                 campaign.festival_day, replace, str(campaign.year))


# --- single items -------------------------------------------------------------------------------

def _add(session: Session, campaign_id: uuid.UUID, site_id: uuid.UUID | None, values: Mapping[str, Any],
         item_id: uuid.UUID | None, today: dt.date | None) -> ChecklistItemRow:
    clean = _clean(values, today or dt.date.today())
    last = select(func.max(ChecklistItem.position)).where(ChecklistItem.campaign_id == campaign_id)
    last = last.where(ChecklistItem.site_id == site_id if site_id else ChecklistItem.site_id.is_(None))
    position = values.get("position")
    if position is None:
        position = (session.scalar(last) or 0) + 1
    item = ChecklistItem(id=item_id or uuid.uuid4(), campaign_id=campaign_id, site_id=site_id,
                         position=position, version=1, **clean)
    session.add(item)
    changelog.record(session, "checklist_item", item.id, "create", None, {"site_id": site_id, **clean})
    return _row(item)


def add_item(session: Session, site_id: uuid.UUID, title: str, *, category: str = "", owner: str = "",
             due_date: dt.date | None = None, status: ChecklistStatus = ChecklistStatus.TODO, note: str = "",
             completed_on: dt.date | None = None, position: int | None = None,
             item_id: uuid.UUID | None = None, today: dt.date | None = None) -> ChecklistItemRow:
    """Add one item to a site's checklist (at the end unless ``position``)."""
    site = rows.load(session, Site, site_id, "unknown_site")
    return _add(session, site.campaign_id, site.id, dict(title=title, category=category, owner=owner,
                                                         due_date=due_date, status=status, note=note,
                                                         completed_on=completed_on, position=position),
                item_id, today)


def add_campaign_task(session: Session, campaign_id: uuid.UUID, title: str, *, category: str = "",
                      owner: str = "", due_date: dt.date | None = None,
                      status: ChecklistStatus = ChecklistStatus.TODO, note: str = "",
                      completed_on: dt.date | None = None, position: int | None = None,
                      item_id: uuid.UUID | None = None, today: dt.date | None = None) -> ChecklistItemRow:
    """Add one task to the campaign's national workplan (``owner``: the unit in charge)."""
    campaign = rows.load(session, Campaign, campaign_id, "unknown_campaign_id")
    return _add(session, campaign.id, None, dict(title=title, category=category, owner=owner, due_date=due_date,
                                                 status=status, note=note, completed_on=completed_on,
                                                 position=position), item_id, today)


def update_item(session: Session, item_id: uuid.UUID, expected_version: int, *, today: dt.date | None = None,
                **changes: Any) -> ChecklistItemRow:
    """Edit an item's title, category, owner, due date, status, note or completion date.

    Marking it done records ``today`` as the completion date unless one is given; any other status
    clears it."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    item = _load(session, item_id)
    rows.check_version(item, expected_version, "stale_checklist_item")
    current = {name: getattr(item, name) for name in EDITABLE_FIELDS}
    if "status" in changes and "completed_on" not in changes:
        current["completed_on"] = None if changes["status"] != ChecklistStatus.DONE else item.completed_on
    clean = _clean({**current, **changes}, today or dt.date.today())
    rows.apply_update(session, "checklist_item", item, expected_version, clean, "stale_checklist_item")
    return _row(item)


def delete_item(session: Session, item_id: uuid.UUID, expected_version: int | None = None) -> ChecklistItemRow:
    """Delete an item; returns its last snapshot (``restore_item`` puts it back)."""
    item = _load(session, item_id)
    rows.check_version(item, expected_version, "stale_checklist_item")
    row = _row(item)
    session.delete(item)
    session.flush()
    changelog.record(session, "checklist_item", row.id, "delete", {"site_id": row.site_id, **row.values()}, None)
    return row


def restore_item(session: Session, row: ChecklistItemRow) -> ChecklistItemRow:
    """Put a deleted item back with its id, place and values (undo of delete)."""
    return _add(session, row.campaign_id, row.site_id, {**row.values(), "position": row.position}, row.id,
                row.completed_on)


# --- many items at once ---------------------------------------------------------------------------

def delete_items(session: Session, item_ids: Sequence[uuid.UUID],
                 expected_versions: Mapping[uuid.UUID, int] | None = None) -> list[ChecklistItemRow]:
    """Delete many items at once (a multi-selection, or the undo of ``apply_template``); returns their
    snapshots for ``restore_deleted_items``."""
    items = _load_many(session, item_ids)
    versions = expected_versions or {}
    for item in items:
        rows.check_version(item, versions.get(item.id), "stale_checklist_item")
    snapshots = [_row(i) for i in items]
    for item in items:
        session.delete(item)
    session.flush()
    changelog.record_many(session, "checklist_item", "delete",
                          [(r.id, {"site_id": r.site_id, **r.values()}, None) for r in snapshots])
    return snapshots


def restore_deleted_items(session: Session, snapshots: Sequence[ChecklistItemRow]) -> list[ChecklistItemRow]:
    """Put deleted items back with their ids, places and values (undo of ``delete_items``; redo of an apply)."""
    if snapshots:
        session.execute(insert(ChecklistItem), [{"id": r.id, "campaign_id": r.campaign_id, "site_id": r.site_id,
                                                 "position": r.position, "version": 1, **r.values()}
                                                for r in snapshots])
    changelog.record_many(session, "checklist_item", "create",
                          [(r.id, None, {"site_id": r.site_id, **r.values()}) for r in snapshots])
    return [copy_with(r, version=1) for r in snapshots]


def _write_many(session: Session, changes: Sequence[tuple[ChecklistItem, Mapping[str, Any]]]) -> None:
    """Apply validated ``changes`` to many items with one flush (the version check of each row is
    SQLAlchemy's), then write one change-log row per item that really changed."""
    logs = []
    for item, values in changes:
        before = {name: getattr(item, name) for name in values}
        changed = {k: v for k, v in values.items() if before[k] != v}
        for name, value in changed.items():
            setattr(item, name, value)
        if changed:
            logs.append((item.id, {k: before[k] for k in changed}, changed))
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConflictError("stale_checklist_item") from exc
    changelog.record_many(session, "checklist_item", "update", logs)


def _load_many(session: Session, item_ids: Sequence[uuid.UUID]) -> list[ChecklistItem]:
    found = {i.id: i for i in session.scalars(select(ChecklistItem).where(ChecklistItem.id.in_(item_ids)))}
    missing = [i for i in item_ids if i not in found]
    if missing:
        raise NotFoundError("unknown_checklist_item")
    return [found[i] for i in dict.fromkeys(item_ids)]


def set_status(session: Session, item_ids: Sequence[uuid.UUID], status: ChecklistStatus | str, *,
               expected_versions: Mapping[uuid.UUID, int] | None = None,
               today: dt.date | None = None) -> BulkChange:
    """Give many items one status in the caller's one transaction (all or nothing).

    ``expected_versions`` (item id → version the user saw) refuses the lot if any item changed."""
    new_status = fields.choice(ChecklistStatus, status, "status")
    items = _load_many(session, item_ids)
    versions = expected_versions or {}
    for item in items:
        rows.check_version(item, versions.get(item.id), "stale_checklist_item")
    before = tuple(_row(i) for i in items)
    day = today or dt.date.today()
    _write_many(session, [(item, {"status": new_status, "completed_on": (item.completed_on or day)
                                  if new_status is ChecklistStatus.DONE else None}) for item in items])
    return BulkChange(before, tuple(_row(i) for i in items))


def record_completions(session: Session, completions: Mapping[uuid.UUID, dt.date]) -> BulkChange:
    """Mark items done on the dates given (ticks and dates noted on a paper checklist in the field)."""
    items = _load_many(session, list(completions))
    before = tuple(_row(i) for i in items)
    _write_many(session, [(item, {"status": ChecklistStatus.DONE, "completed_on": completions[item.id]})
                          for item in items])
    return BulkChange(before, tuple(_row(i) for i in items))


def restore_items(session: Session, snapshots: Sequence[ChecklistItemRow],
                  expected_versions: Mapping[uuid.UUID, int] | None = None) -> BulkChange:
    """Put items' editable values back to ``snapshots`` (undo of a bulk change), all or nothing."""
    items = _load_many(session, [s.id for s in snapshots])
    versions = expected_versions or {}
    for item in items:
        rows.check_version(item, versions.get(item.id), "stale_checklist_item")
    before = tuple(_row(i) for i in items)
    _write_many(session, [(item, snapshot.values()) for item, snapshot in zip(items, snapshots, strict=True)])
    return BulkChange(before, tuple(_row(i) for i in items))


# --- due dates that follow the site's date ----------------------------------------------------------

def _moves(session: Session, campaign_id: uuid.UUID, site_id: uuid.UUID | None, old_day: dt.date,
           new_day: dt.date) -> list[tuple[ChecklistItem, DueDateMove]]:
    delta = new_day - old_day
    if not delta:
        return []
    query = select(ChecklistItem).where(ChecklistItem.campaign_id == campaign_id,
                                        ChecklistItem.status != ChecklistStatus.DONE,
                                        ChecklistItem.due_date.is_not(None))
    query = query.where(ChecklistItem.site_id == site_id if site_id else ChecklistItem.site_id.is_(None))
    found = []
    for item in session.scalars(query.order_by(ChecklistItem.position)):
        assert item.due_date is not None
        found.append((item, DueDateMove(item.id, item.title, item.due_date, item.due_date + delta)))
    return found


def _apply_moves(session: Session, moves: list[tuple[ChecklistItem, DueDateMove]]) -> list[DueDateMove]:
    _write_many(session, [(item, {"due_date": move.new_due}) for item, move in moves])
    return [move for _, move in moves]


def preview_due_date_moves(session: Session, site_id: uuid.UUID, old_date: dt.date,
                           new_date: dt.date) -> list[DueDateMove]:
    """What ``move_due_dates`` would move (writes nothing): the GUI asks with this list."""
    site = rows.load(session, Site, site_id, "unknown_site")
    return [move for _, move in _moves(session, site.campaign_id, site.id, old_date, new_date)]


def move_due_dates(session: Session, site_id: uuid.UUID, old_date: dt.date, new_date: dt.date) -> list[DueDateMove]:
    """Shift the due dates of the site's items not yet done by the change of the site's date."""
    site = rows.load(session, Site, site_id, "unknown_site")
    return _apply_moves(session, _moves(session, site.campaign_id, site.id, old_date, new_date))


def move_task_due_dates(session: Session, campaign_id: uuid.UUID, old_day: dt.date,
                        new_day: dt.date) -> list[DueDateMove]:
    """Shift the campaign tasks not yet done by the change of the festival day."""
    campaign = rows.load(session, Campaign, campaign_id, "unknown_campaign_id")
    return _apply_moves(session, _moves(session, campaign.id, None, old_day, new_day))


def undo_due_date_moves(session: Session, moves: Sequence[DueDateMove]) -> list[DueDateMove]:
    """Put the due dates of ``moves`` back (undo); items deleted since are skipped."""
    found = {i.id: i for i in session.scalars(select(ChecklistItem).where(
        ChecklistItem.id.in_([m.item_id for m in moves])))}
    back = [(found[m.item_id], m) for m in moves
            if m.item_id in found and found[m.item_id].due_date == m.new_due]
    _write_many(session, [(item, {"due_date": m.old_due}) for item, m in back])
    return [DueDateMove(m.item_id, m.title, m.new_due, m.old_due) for _, m in back]


# --- one template on many sites (issue 17: a year's checklists in one step) -------------------------

@dataclass(frozen=True)
class SiteTemplatePlan:
    """What applying a template to one site will do (the preview's row, and the result's)."""

    site_id: uuid.UUID
    commune_name: str
    province: str
    date: dt.date
    template: str
    existing: int  # items the site has now
    items: int  # items the template gives
    action: str  # "apply", "replace" (its items deleted first) or "skip" (has a checklist, not replacing)

    def to_json(self) -> dict[str, Any]:
        return {"site_id": str(self.site_id), "commune_name": self.commune_name, "province": self.province,
                "date": self.date.isoformat(), "template": self.template, "existing_items": self.existing,
                "template_items": self.items, "action": self.action}


TemplateChoice = str | Callable[[Any], str] | None


def _template_sizes(session: Session) -> dict[str, int]:
    """Item counts of the site templates by folded name (the shipped ones too, installed or not)."""
    from festival_planner.services.checklist_templates import list_templates, shipped_templates

    sizes = {fold(name): len(items) for name, _d, scope, items in shipped_templates() if scope is TemplateScope.SITE}
    sizes.update({fold(t.name): len(t.items) for t in list_templates(session, TemplateScope.SITE)})
    return sizes


def plan_template_for_sites(session: Session, site_ids: Sequence[uuid.UUID], choose: TemplateChoice = None, *,
                            replace: bool = False) -> list[SiteTemplatePlan]:
    """What ``apply_template_to_sites`` would do, site by site (writes nothing): the preview.

    ``choose``: None picks the template by the site's kind (``template_for_site``), a name applies that
    template everywhere, a function gets the site's ``SiteKind`` and returns a name."""
    from festival_planner.services.checklist_templates import site_kinds, template_for_site

    kinds = site_kinds(session, site_ids)
    sizes = _template_sizes(session)
    counts = dict(session.execute(select(ChecklistItem.site_id, func.count()).where(
        ChecklistItem.site_id.in_(list(site_ids))).group_by(ChecklistItem.site_id)).all()) if site_ids else {}
    plans = []
    for site_id in dict.fromkeys(site_ids):
        kind = kinds.get(site_id)
        if kind is None:
            raise NotFoundError("unknown_site")
        name = template_for_site(kind) if choose is None else choose if isinstance(choose, str) else choose(kind)
        if fold(name) not in sizes:
            raise NotFoundError("unknown_template_name", name=name)
        existing = int(counts.get(site_id, 0))
        action = "apply" if not existing else "replace" if replace else "skip"
        plans.append(SiteTemplatePlan(site_id, kind.commune_name, kind.province, kind.date, name, existing,
                                      sizes[fold(name)], action))
    return plans


def apply_template_to_sites(session: Session, site_ids: Sequence[uuid.UUID], choose: TemplateChoice = None, *,
                            replace: bool = False) -> list[SiteTemplatePlan]:
    """Give many sites their checklists in the caller's one transaction (one undoable step in the GUI).

    Each site gets the template ``choose`` names (default: by its kind — ``template_for_site``); a site
    that already has a checklist is skipped unless ``replace``. Returns the plan carried out."""
    plans = plan_template_for_sites(session, site_ids, choose, replace=replace)
    for plan in plans:
        if plan.action != "skip":
            apply_template(session, plan.site_id, plan.template, replace=replace)
    return plans


def sites_without_checklist(session: Session, campaign_id: uuid.UUID) -> list[uuid.UUID]:
    """The campaign's sites that have no checklist item yet, by date."""
    having = select(ChecklistItem.site_id).where(ChecklistItem.campaign_id == campaign_id,
                                                 ChecklistItem.site_id.is_not(None)).distinct()
    return list(session.scalars(select(Site.id).where(Site.campaign_id == campaign_id, Site.id.not_in(having))
                                .order_by(Site.date, Site.commune_code)))


# --- one checklist item's status at many sites ---------------------------------------------------------

def items_titled(session: Session, campaign_id: uuid.UUID, title: str,
                 site_ids: Sequence[uuid.UUID] | None = None) -> list[ChecklistItemRow]:
    """The campaign's site items called ``title`` (at ``site_ids``, default every site): the same task
    across sites, for one status change at them all."""
    query = select(*_COLUMNS).where(ChecklistItem.campaign_id == campaign_id, ChecklistItem.site_id.is_not(None),
                                    ChecklistItem.title == title)
    if site_ids is not None:
        query = query.where(ChecklistItem.site_id.in_(list(site_ids)))
    return _select_rows(session, query.order_by(ChecklistItem.due_date, ChecklistItem.site_id))


def campaign_item_titles(session: Session, campaign_id: uuid.UUID) -> list[tuple[str, str, int]]:
    """Every site-item title of the campaign with its category and how many sites have it, in template order."""
    query = (select(ChecklistItem.category, ChecklistItem.title, func.count(), func.min(ChecklistItem.position))
             .where(ChecklistItem.campaign_id == campaign_id, ChecklistItem.site_id.is_not(None))
             .group_by(ChecklistItem.category, ChecklistItem.title).order_by(func.min(ChecklistItem.position)))
    return [(title, category, int(count)) for category, title, count, _p in session.execute(query)]
