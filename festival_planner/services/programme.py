"""The programme of a site's day: the ceremony then the festivities, each item with a start and a length.

The editor's rules: no two items overlap, every item lies inside the site's hours, and changing an
item's duration moves the items after it by the same amount. The awards and gifts items show the
site's commendations and gifts (``services/budget.py``).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from festival_planner.domain.enums import ProgrammePart
from festival_planner.domain.errors import ValidationError
from festival_planner.domain.models import ProgrammeItem, Site
from festival_planner.domain.rules import DEFAULT_SITE_START
from festival_planner.domain.values import format_time
from festival_planner.resource_files import resource
from festival_planner.services import budget, changelog, fields, rows

MIN_FESTIVITY_MIN = 15
ITEM_FIELDS = ("start_time", "duration_min", "title", "responsible", "part", "kind")
KINDS = ("", "commendations", "gifts", "speech")


def _minutes(value: dt.time) -> int:
    return value.hour * 60 + value.minute


def _time(minutes: int) -> dt.time:
    """The time of day ``minutes`` after midnight (clamped to the day: 24:00 reads 23:59)."""
    minutes = max(0, min(minutes, 24 * 60 - 1))
    return dt.time(minutes // 60, minutes % 60)


@dataclass(frozen=True)
class ProgrammeItemRow:
    id: uuid.UUID
    site_id: uuid.UUID
    position: int
    start_time: dt.time
    duration_min: int
    title: str
    responsible: str
    part: ProgrammePart
    kind: str
    version: int

    @property
    def end_minutes(self) -> int:
        return _minutes(self.start_time) + self.duration_min

    @property
    def end_time(self) -> dt.time | None:
        """None when the item runs past midnight (refused by the editor anyway)."""
        return _time(self.end_minutes) if self.end_minutes < 24 * 60 else None

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in ITEM_FIELDS}

    def to_json(self) -> dict[str, Any]:
        return {"id": str(self.id), "start_time": format_time(self.start_time),
                "end_time": format_time(self.end_time), "duration_min": self.duration_min, "title": self.title,
                "responsible": self.responsible, "part": self.part.value, "kind": self.kind,
                "version": self.version}


@dataclass(frozen=True)
class SiteProgramme:
    """A site's programme with what feeds it: the commendations and gifts presented."""

    site_id: uuid.UUID
    start_time: dt.time | None
    end_time: dt.time | None
    items: tuple[ProgrammeItemRow, ...]
    commendations: tuple[budget.CommendationRow, ...]
    gifts: tuple[budget.GiftRow, ...]

    def to_json(self) -> dict[str, Any]:
        def item_json(item: ProgrammeItemRow) -> dict[str, Any]:
            data = item.to_json()
            if item.kind == "commendations":
                data["commendations"] = [c.to_json() for c in self.commendations]
            elif item.kind == "gifts":
                data["gifts"] = [g.to_json() for g in self.gifts]
            return data

        return {"site_id": str(self.site_id), "start_time": format_time(self.start_time) or None,
                "end_time": format_time(self.end_time) or None, "items": [item_json(i) for i in self.items]}


def _row(item: ProgrammeItem) -> ProgrammeItemRow:
    assert item.start_time is not None
    return ProgrammeItemRow(item.id, item.site_id, item.position, item.start_time, item.duration_min, item.title,
                            item.responsible, item.part, item.kind, item.version)


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    start = values.get("start_time")
    if not isinstance(start, dt.time):
        raise ValidationError("programme_start_required", field="start_time")
    kind = values.get("kind") or ""
    if kind not in KINDS:
        raise ValidationError("checklist_bad_choice", field="kind", field_key="checklist.field.kind", text=kind,
                              choices=list(KINDS))
    return {"start_time": start.replace(second=0, microsecond=0),
            "duration_min": fields.integer(values.get("duration_min"), "duration_min", 1, 600),
            "title": fields.text(values.get("title"), "title", "programme_item", required=True),
            "responsible": fields.text(values.get("responsible"), "responsible", "programme_item"),
            "part": fields.choice(ProgrammePart, values.get("part") or ProgrammePart.CEREMONY, "part"),
            "kind": kind}


def _check(site: Site, items: Sequence[tuple[str, int, int]]) -> None:
    """Refuse items (title, start minute, duration) outside the site's hours or overlapping each other."""
    low = _minutes(site.start_time) if site.start_time else 0
    high = _minutes(site.end_time) if site.end_time else 24 * 60
    ordered = sorted(items, key=lambda x: x[1])
    for title, start, duration in ordered:
        if start < low or start + duration > high:
            raise ValidationError("programme_outside_hours", field="start_time", title=title,
                                  start=_time(start), end=_time(start + duration),
                                  site_start=site.start_time or dt.time(0, 0),
                                  site_end=site.end_time or dt.time(23, 59))
    for (title, start, duration), (other, other_start, _) in zip(ordered, ordered[1:]):
        if other_start < start + duration:
            raise ValidationError("programme_overlap", field="start_time", title=other, other=title,
                                  start=_time(other_start), end=_time(start + duration))


def _items(session: Session, site_id: uuid.UUID) -> list[ProgrammeItem]:
    return list(session.scalars(select(ProgrammeItem).where(ProgrammeItem.site_id == site_id)
                                .order_by(ProgrammeItem.start_time, ProgrammeItem.position)))


def _renumber(session: Session, items: Sequence[ProgrammeItem]) -> None:
    for position, item in enumerate(sorted(items, key=lambda i: (i.start_time or dt.time(0), i.position))):
        if item.position != position:
            rows.apply_update(session, "programme_item", item, None, {"position": position}, "stale_programme_item")


def get_programme(session: Session, site_id: uuid.UUID) -> SiteProgramme:
    """The site's programme in time order, with its commendations and gifts (three queries)."""
    site = rows.load(session, Site, site_id, "unknown_site")
    return SiteProgramme(site.id, site.start_time, site.end_time, tuple(_row(i) for i in _items(session, site.id)),
                         tuple(budget.list_commendations(session, site.id)), tuple(budget.list_gifts(session, site.id)))


def default_programme() -> list[dict[str, Any]]:
    """The shipped default programme (``resources/programme_default.json``): part, kind, title,
    duration_min, responsible of each item, ceremony first."""
    data = json.loads(resource("programme_default.json").read_text(encoding="utf-8"))
    return list(data["items"])


def _fit(site: Site, template: list[dict[str, Any]]) -> list[tuple[dict[str, Any], int]]:
    """Template items with their durations; the festivities share the time the ceremony leaves."""
    ceremony = [t for t in template if t["part"] == ProgrammePart.CEREMONY.value]
    festivities = [t for t in template if t["part"] != ProgrammePart.CEREMONY.value]
    planned = [(t, int(t["duration_min"])) for t in ceremony]
    if site.end_time is None or not festivities:
        return planned + [(t, int(t["duration_min"])) for t in festivities]
    start = _minutes(site.start_time or DEFAULT_SITE_START)
    left = _minutes(site.end_time) - start - sum(d for _, d in planned)
    if left < MIN_FESTIVITY_MIN * len(festivities):
        raise ValidationError("programme_does_not_fit", needed=sum(d for _, d in planned)
                              + MIN_FESTIVITY_MIN * len(festivities), start=_time(start), end=site.end_time)
    weight = sum(int(t["duration_min"]) for t in festivities)
    shares = [max(MIN_FESTIVITY_MIN, int(left * int(t["duration_min"]) / weight) // 5 * 5) for t in festivities]
    shares[-1] = left - sum(shares[:-1])
    return planned + list(zip(festivities, shares, strict=True))


def apply_default_programme(session: Session, site_id: uuid.UUID, *, replace: bool = False) -> SiteProgramme:
    """Give a site the default programme from its start time, the festivities filling its hours.

    A site that already has a programme is refused unless ``replace``."""
    site = rows.load(session, Site, site_id, "unknown_site")
    existing = _items(session, site.id)
    if existing and not replace:
        raise ValidationError("programme_exists", commune=site.commune.name)
    for item in existing:
        changelog.record(session, "programme_item", item.id, "delete", {"title": item.title}, None)
        session.delete(item)
    session.flush()
    minute = _minutes(site.start_time or DEFAULT_SITE_START)
    created = []
    for position, (spec, duration) in enumerate(_fit(site, default_programme())):
        values = _clean({**spec, "start_time": _time(minute), "duration_min": duration})
        created.append({"id": uuid.uuid4(), "site_id": site.id, "position": position, "version": 1, **values})
        minute += duration
    session.execute(insert(ProgrammeItem), created)  # one bulk INSERT
    changelog.record_many(session, "programme_item", "create",
                          [(v["id"], None, {k: v[k] for k in ("site_id", *ITEM_FIELDS)}) for v in created])
    return get_programme(session, site.id)


def add_programme_item(session: Session, site_id: uuid.UUID, start_time: dt.time, duration_min: int, title: str, *,
                       responsible: str = "", part: ProgrammePart | str = ProgrammePart.CEREMONY, kind: str = "",
                       item_id: uuid.UUID | None = None) -> ProgrammeItemRow:
    """Add an item; refused when it overlaps another or falls outside the site's hours."""
    site = rows.load(session, Site, site_id, "unknown_site")
    values = _clean(dict(start_time=start_time, duration_min=duration_min, title=title, responsible=responsible,
                         part=part, kind=kind))
    existing = _items(session, site.id)
    _check(site, [(i.title, _minutes(i.start_time or dt.time(0)), i.duration_min) for i in existing]
           + [(values["title"], _minutes(values["start_time"]), values["duration_min"])])
    item = ProgrammeItem(id=item_id or uuid.uuid4(), site_id=site.id, position=len(existing), **values)
    session.add(item)
    session.flush()
    changelog.record(session, "programme_item", item.id, "create", None, {"site_id": site.id, **values})
    _renumber(session, [*existing, item])
    return _row(item)


def update_programme_item(session: Session, item_id: uuid.UUID, expected_version: int,
                          **changes: Any) -> list[ProgrammeItemRow]:
    """Edit an item; a new duration moves every later item by the difference (their start times are
    recomputed). Refused, with nothing written, if the result overlaps or leaves the site's hours.

    Returns the items that changed, the edited one first."""
    unknown = set(changes) - set(ITEM_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    item = rows.load(session, ProgrammeItem, item_id, "unknown_programme_item")
    rows.check_version(item, expected_version, "stale_programme_item")
    site = item.site
    old_end = _minutes(item.start_time or dt.time(0)) + item.duration_min
    values = _clean({**{n: getattr(item, n) for n in ITEM_FIELDS}, **changes})
    delta = values["duration_min"] - item.duration_min if "start_time" not in changes else 0
    others = [i for i in _items(session, site.id) if i.id != item.id]
    shifted = {i.id: _minutes(i.start_time or dt.time(0)) + delta for i in others
               if delta and _minutes(i.start_time or dt.time(0)) >= old_end}
    plan = [(i.title, shifted.get(i.id, _minutes(i.start_time or dt.time(0))), i.duration_min) for i in others]
    _check(site, plan + [(values["title"], _minutes(values["start_time"]), values["duration_min"])])
    rows.apply_update(session, "programme_item", item, expected_version, values, "stale_programme_item")
    changed = [item]
    for other in others:
        if other.id in shifted:
            rows.apply_update(session, "programme_item", other, None, {"start_time": _time(shifted[other.id])},
                              "stale_programme_item")
            changed.append(other)
    _renumber(session, [item, *others])
    return [_row(i) for i in changed]


def delete_programme_item(session: Session, item_id: uuid.UUID,
                          expected_version: int | None = None) -> ProgrammeItemRow:
    """Delete an item (the others keep their times); returns its snapshot for undo."""
    item = rows.load(session, ProgrammeItem, item_id, "unknown_programme_item")
    rows.check_version(item, expected_version, "stale_programme_item")
    row = _row(item)
    session.delete(item)
    session.flush()
    changelog.record(session, "programme_item", row.id, "delete", {"site_id": row.site_id, **row.values()}, None)
    return row


def restore_programme_item(session: Session, row: ProgrammeItemRow) -> ProgrammeItemRow:
    """Put a deleted item back (undo of delete)."""
    return add_programme_item(session, row.site_id, row.start_time, row.duration_min, row.title,
                              responsible=row.responsible, part=row.part, kind=row.kind, item_id=row.id)


def clear_programme(session: Session, site_id: uuid.UUID) -> list[ProgrammeItemRow]:
    """Delete a site's whole programme (undo of ``apply_default_programme``); returns the items deleted."""
    site = rows.load(session, Site, site_id, "unknown_site")
    items = _items(session, site.id)
    snapshots = [_row(i) for i in items]
    for item in items:
        session.delete(item)
    session.flush()
    changelog.record_many(session, "programme_item", "delete",
                          [(r.id, {"site_id": r.site_id, **r.values()}, None) for r in snapshots])
    return snapshots


def restore_programme(session: Session, snapshots: Sequence[ProgrammeItemRow]) -> SiteProgramme | None:
    """Put deleted programme items back (undo of ``clear_programme``, redo of an apply), checked like new ones."""
    for row in snapshots:
        restore_programme_item(session, row)
    return get_programme(session, snapshots[0].site_id) if snapshots else None
