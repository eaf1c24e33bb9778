"""What a write changed, reported by the data (after Anki's ``OpChanges``).

Every service write records its rows in the change log (``services.changelog``); each record is also
noted on the session, and ``Database.write()`` turns the notes of its transaction into one
``ChangeSet``: which kinds of data changed (``Change`` flags), which rows, and which fields. The GUI's
workspaces, undo/redo, background jobs, imports, the CLI (``--json``) and later field-kit merges and
other users' changes on the team server all receive the same kind of change set, so nothing has to
declare — and nothing can misreport — what it changed.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import dataclass, field
from typing import Any

NOTES_KEY = "festival_planner.changes"  # where a session's change records are noted (Session.info)
WROTE_KEY = "festival_planner.wrote"  # the tables a session's flushes and statements wrote to


class Change(enum.Flag):
    """The kinds of data a write can change."""

    NONE = 0
    CAMPAIGNS = enum.auto()    # a festival year's plan: window, festival day, target; a new year
    SITES = enum.auto()        # sites of a campaign: added, edited, deleted
    LEADERS = enum.auto()      # the leaders' directory
    INVITATIONS = enum.auto()  # delegations: who is invited where, and their answers
    CHECKLISTS = enum.auto()   # checklist templates, items and campaign tasks
    PROGRAMME = enum.auto()    # the programme of a site's day
    BUDGET = enum.auto()       # budget lines, commendations, gifts
    SELECTION = enum.auto()    # selector settings and scenarios
    DATABASE = enum.auto()     # another database file was opened: everything is new

    @classmethod
    def everything(cls) -> Change:
        everything = cls.NONE
        for flag in cls:
            everything |= flag
        return everything


# The change log's entity names and the kind of data each belongs to.
ENTITY_FLAGS: dict[str, Change] = {
    "campaign": Change.CAMPAIGNS,
    "campaign_planning": Change.CAMPAIGNS | Change.INVITATIONS,  # the travel model: every conflict changes
    "site": Change.SITES,
    "leader": Change.LEADERS,
    "invitation": Change.INVITATIONS,
    "checklist_item": Change.CHECKLISTS,
    "checklist_template": Change.CHECKLISTS,
    "template_item": Change.CHECKLISTS,
    "programme_item": Change.PROGRAMME,
    "budget_line": Change.BUDGET,
    "commendation": Change.BUDGET,
    "gift": Change.BUDGET,
    "selection_settings": Change.SELECTION,
}

# Tables whose writes need no change record: the audit trail itself and the schema's own bookkeeping.
UNRECORDED_TABLES = frozenset({"change_log", "alembic_version"})


@dataclass(frozen=True)
class ChangeRecord:
    """One row a write touched: entity name, row id, action (create/update/delete/...), fields changed."""

    entity: str
    entity_id: str
    action: str
    fields: frozenset[str] = frozenset()
    before: Mapping[str, Any] | None = field(default=None, compare=False, repr=False)  # JSON values, as logged
    after: Mapping[str, Any] | None = field(default=None, compare=False, repr=False)


def note(info: MutableMapping[str, Any], record: ChangeRecord) -> None:
    """Note a change record on a session's ``info`` (the change log does this for every row it logs)."""
    info.setdefault(NOTES_KEY, []).append(record)


@dataclass(frozen=True)
class ChangeSet:
    """What one write changed: the records of its transaction, and the flags they add up to."""

    records: tuple[ChangeRecord, ...] = ()
    extra: Change = Change.NONE  # only for DATABASE (another file opened), never for a write
    _flags: Change = field(default=Change.NONE, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        flags = self.extra
        for record in self.records:
            flags |= ENTITY_FLAGS.get(record.entity, Change.NONE)
        object.__setattr__(self, "_flags", flags)

    @classmethod
    def of(cls, records: Iterable[ChangeRecord]) -> ChangeSet:
        return cls(tuple(records))

    @classmethod
    def database_switched(cls) -> ChangeSet:
        """Everything is new: another database file was opened."""
        return cls((), Change.everything())

    @property
    def flags(self) -> Change:
        return self._flags

    def __bool__(self) -> bool:
        return bool(self.records) or bool(self.extra)

    def touches(self, flags: Change) -> bool:
        """Whether the change concerns any of ``flags`` (another database always does)."""
        return bool(self.flags & (flags | Change.DATABASE))

    def ids(self, entity: str) -> frozenset[str]:
        """The ids of the ``entity`` rows this write touched."""
        return frozenset(r.entity_id for r in self.records if r.entity == entity)

    def fields(self, entity: str) -> frozenset[str]:
        """Every field of ``entity`` rows the write changed (all fields for a create or delete: "*")."""
        found: set[str] = set()
        for record in self.records:
            if record.entity == entity:
                found |= record.fields if record.action == "update" else {"*"}
        return frozenset(found)

    def only_fields(self, entity: str, allowed: Iterable[str]) -> bool:
        """True when every ``entity`` change was an update of ``allowed`` fields only (no create/delete)."""
        fields = self.fields(entity)
        return bool(fields) and fields <= set(allowed)

    def to_json(self) -> dict[str, Any]:
        """Stable JSON: the kinds changed and, per entity, the ids created, updated and deleted."""
        entities: dict[str, dict[str, list[str]]] = {}
        for record in self.records:
            actions = entities.setdefault(record.entity, {})
            ids = actions.setdefault(record.action, [])
            if record.entity_id not in ids:
                ids.append(record.entity_id)
        kinds = sorted(flag.name.lower() for flag in Change if flag.name and flag in self.flags
                       and flag is not Change.NONE)
        return {"kinds": kinds, "entities": entities}
