"""Budget lines, commendations and gifts of a site; budget totals per site, region and campaign.

Amounts are whole VND (``domain/money.py`` formats them "1.250.000 ₫"). A line's actual amount is
empty until known; a line or a site whose actuals exceed its estimate is an overspend warning.
Commendations and gifts feed the programme's awards and gifts items (``services/programme.py``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from festival_planner.domain.enums import BudgetCategory, CommendationKind, FundingSource, GiftRecipientKind
from festival_planner.domain.errors import ValidationError
from festival_planner.domain.models import BudgetLine, Commendation, Gift, Site
from festival_planner.services import changelog, fields, rows
from festival_planner.services.site_facts import campaign_sites

MAX_VND = 1_000_000_000_000  # a thousand billion: far above any site's budget, catches typing slips
Row = TypeVar("Row")


# --- snapshots ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BudgetLineRow:
    id: uuid.UUID
    site_id: uuid.UUID
    position: int
    category: BudgetCategory
    description: str
    estimated_vnd: int
    actual_vnd: int | None
    funding_source: FundingSource
    note: str
    version: int

    @property
    def overspent(self) -> bool:
        return self.actual_vnd is not None and self.actual_vnd > self.estimated_vnd

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in LINE_FIELDS}

    def to_json(self) -> dict[str, Any]:
        return {"id": str(self.id), "site_id": str(self.site_id), "category": self.category.value,
                "description": self.description, "estimated": self.estimated_vnd, "actual": self.actual_vnd,
                "funding_source": self.funding_source.value, "note": self.note, "overspent": self.overspent,
                "version": self.version}


@dataclass(frozen=True)
class CommendationRow:
    id: uuid.UUID
    site_id: uuid.UUID
    position: int
    kind: CommendationKind
    recipient: str
    unit: str
    award: str
    decision_number: str
    decision_date: dt.date | None
    version: int

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in COMMENDATION_FIELDS}

    def to_json(self) -> dict[str, Any]:
        return {"id": str(self.id), "site_id": str(self.site_id), "kind": self.kind.value,
                "recipient": self.recipient, "unit": self.unit, "award": self.award,
                "decision_number": self.decision_number,
                "decision_date": self.decision_date.isoformat() if self.decision_date else None,
                "version": self.version}


@dataclass(frozen=True)
class GiftRow:
    id: uuid.UUID
    site_id: uuid.UUID
    position: int
    recipient_kind: GiftRecipientKind
    recipient: str
    gift: str
    value_vnd: int
    version: int

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in GIFT_FIELDS}

    def to_json(self) -> dict[str, Any]:
        return {"id": str(self.id), "site_id": str(self.site_id), "recipient_kind": self.recipient_kind.value,
                "recipient": self.recipient, "gift": self.gift, "value": self.value_vnd, "version": self.version}


LINE_FIELDS = ("category", "description", "estimated_vnd", "actual_vnd", "funding_source", "note")
COMMENDATION_FIELDS = ("kind", "recipient", "unit", "award", "decision_number", "decision_date")
GIFT_FIELDS = ("recipient_kind", "recipient", "gift", "value_vnd")


def _line_row(x: BudgetLine) -> BudgetLineRow:
    return BudgetLineRow(x.id, x.site_id, x.position, x.category, x.description, x.estimated_vnd, x.actual_vnd,
                         x.funding_source, x.note, x.version)


def _commendation_row(x: Commendation) -> CommendationRow:
    return CommendationRow(x.id, x.site_id, x.position, x.kind, x.recipient, x.unit, x.award, x.decision_number,
                           x.decision_date, x.version)


def _gift_row(x: Gift) -> GiftRow:
    return GiftRow(x.id, x.site_id, x.position, x.recipient_kind, x.recipient, x.gift, x.value_vnd, x.version)


# --- validation -----------------------------------------------------------------------------------

def _clean_line(v: Mapping[str, Any]) -> dict[str, Any]:
    actual = v.get("actual_vnd")
    return {"category": fields.choice(BudgetCategory, v.get("category"), "category"),
            "description": fields.text(v.get("description"), "description", "budget_line"),
            "estimated_vnd": fields.integer(v.get("estimated_vnd") or 0, "estimated_vnd", 0, MAX_VND),
            "actual_vnd": None if actual is None or actual == "" else fields.integer(actual, "actual_vnd", 0,
                                                                                      MAX_VND),
            "funding_source": fields.choice(FundingSource, v.get("funding_source"), "funding_source"),
            "note": fields.text(v.get("note"), "note", "budget_line", multiline=True)}


def _clean_commendation(v: Mapping[str, Any]) -> dict[str, Any]:
    date = v.get("decision_date")
    if date is not None and not isinstance(date, dt.date):
        raise ValidationError("checklist_bad_date", field="decision_date", field_key="checklist.field.decision_date")
    return {"kind": fields.choice(CommendationKind, v.get("kind"), "kind"),
            "recipient": fields.text(v.get("recipient"), "recipient", "commendation", required=True),
            "unit": fields.text(v.get("unit"), "unit", "commendation"),
            "award": fields.text(v.get("award"), "award", "commendation", required=True),
            "decision_number": fields.text(v.get("decision_number"), "decision_number", "commendation"),
            "decision_date": date}


def _clean_gift(v: Mapping[str, Any]) -> dict[str, Any]:
    return {"recipient_kind": fields.choice(GiftRecipientKind, v.get("recipient_kind"), "recipient_kind"),
            "recipient": fields.text(v.get("recipient"), "recipient", "gift", required=True),
            "gift": fields.text(v.get("gift"), "gift", "gift", required=True),
            "value_vnd": fields.integer(v.get("value_vnd") or 0, "value_vnd", 0, MAX_VND)}


# --- one generic write path for the three per-site lists -------------------------------------------

@dataclass(frozen=True)
class _Kind:
    model: type
    entity: str
    clean: Callable[[Mapping[str, Any]], dict[str, Any]]
    snapshot: Callable[[Any], Any]
    names: tuple[str, ...]
    stale: str
    unknown: str


_LINE = _Kind(BudgetLine, "budget_line", _clean_line, _line_row, LINE_FIELDS, "stale_budget_line",
              "unknown_budget_line")
_COMMENDATION = _Kind(Commendation, "commendation", _clean_commendation, _commendation_row, COMMENDATION_FIELDS,
                      "stale_commendation", "unknown_commendation")
_GIFT = _Kind(Gift, "gift", _clean_gift, _gift_row, GIFT_FIELDS, "stale_gift", "unknown_gift")


def _list(session: Session, kind: _Kind, site_id: uuid.UUID) -> list[Any]:
    rows.load(session, Site, site_id, "unknown_site")
    model: Any = kind.model
    return [kind.snapshot(x) for x in session.scalars(select(model).where(model.site_id == site_id)
                                                      .order_by(model.position))]


def _add(session: Session, kind: _Kind, site_id: uuid.UUID, values: Mapping[str, Any],
         row_id: uuid.UUID | None, position: int | None) -> Any:
    rows.load(session, Site, site_id, "unknown_site")
    model: Any = kind.model
    clean = kind.clean(values)
    if position is None:
        position = (session.scalar(select(func.max(model.position)).where(model.site_id == site_id)) or 0) + 1
    obj = model(id=row_id or uuid.uuid4(), site_id=site_id, position=position, version=1, **clean)
    session.add(obj)  # flushed with the next query or the commit: no round trip per row
    changelog.record(session, kind.entity, obj.id, "create", None, {"site_id": site_id, **clean})
    return kind.snapshot(obj)


def _update(session: Session, kind: _Kind, row_id: uuid.UUID, expected_version: int, changes: Mapping[str, Any]) -> Any:
    unknown = set(changes) - set(kind.names)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    obj: Any = rows.load(session, kind.model, row_id, kind.unknown)
    rows.check_version(obj, expected_version, kind.stale)
    clean = kind.clean({**{n: getattr(obj, n) for n in kind.names}, **changes})
    rows.apply_update(session, kind.entity, obj, expected_version, clean, kind.stale)
    return kind.snapshot(obj)


def _delete(session: Session, kind: _Kind, row_id: uuid.UUID, expected_version: int | None) -> Any:
    obj: Any = rows.load(session, kind.model, row_id, kind.unknown)
    rows.check_version(obj, expected_version, kind.stale)
    snapshot = kind.snapshot(obj)
    session.delete(obj)
    session.flush()
    changelog.record(session, kind.entity, row_id, "delete", {"site_id": obj.site_id, **snapshot.values()}, None)
    return snapshot


# --- budget lines ---------------------------------------------------------------------------------

def list_budget_lines(session: Session, site_id: uuid.UUID) -> list[BudgetLineRow]:
    return _list(session, _LINE, site_id)


def add_budget_line(session: Session, site_id: uuid.UUID, category: BudgetCategory | str, estimated_vnd: int, *,
                    description: str = "", actual_vnd: int | None = None,
                    funding_source: FundingSource | str = FundingSource.LOCAL, note: str = "",
                    line_id: uuid.UUID | None = None, position: int | None = None) -> BudgetLineRow:
    """Add a line to a site's budget (amounts in whole VND; ``actual_vnd`` None until known)."""
    return _add(session, _LINE, site_id, dict(category=category, description=description,
                                              estimated_vnd=estimated_vnd, actual_vnd=actual_vnd,
                                              funding_source=funding_source, note=note), line_id, position)


def update_budget_line(session: Session, line_id: uuid.UUID, expected_version: int, **changes: Any) -> BudgetLineRow:
    """Change a line's category, description, estimated_vnd, actual_vnd, funding_source or note."""
    return _update(session, _LINE, line_id, expected_version, changes)


def delete_budget_line(session: Session, line_id: uuid.UUID, expected_version: int | None = None) -> BudgetLineRow:
    return _delete(session, _LINE, line_id, expected_version)


def restore_budget_line(session: Session, row: BudgetLineRow) -> BudgetLineRow:
    return _add(session, _LINE, row.site_id, row.values(), row.id, row.position)


# --- commendations and gifts --------------------------------------------------------------------------

def list_commendations(session: Session, site_id: uuid.UUID) -> list[CommendationRow]:
    return _list(session, _COMMENDATION, site_id)


def add_commendation(session: Session, site_id: uuid.UUID, kind: CommendationKind | str, recipient: str, award: str,
                     *, unit: str = "", decision_number: str = "", decision_date: dt.date | None = None,
                     commendation_id: uuid.UUID | None = None, position: int | None = None) -> CommendationRow:
    """A commendation for a collective or an individual (``unit``: the person's unit), with its decision."""
    return _add(session, _COMMENDATION, site_id, dict(kind=kind, recipient=recipient, unit=unit, award=award,
                                                      decision_number=decision_number,
                                                      decision_date=decision_date), commendation_id, position)


def update_commendation(session: Session, commendation_id: uuid.UUID, expected_version: int,
                        **changes: Any) -> CommendationRow:
    return _update(session, _COMMENDATION, commendation_id, expected_version, changes)


def delete_commendation(session: Session, commendation_id: uuid.UUID,
                        expected_version: int | None = None) -> CommendationRow:
    return _delete(session, _COMMENDATION, commendation_id, expected_version)


def restore_commendation(session: Session, row: CommendationRow) -> CommendationRow:
    return _add(session, _COMMENDATION, row.site_id, row.values(), row.id, row.position)


def list_gifts(session: Session, site_id: uuid.UUID) -> list[GiftRow]:
    return _list(session, _GIFT, site_id)


def add_gift(session: Session, site_id: uuid.UUID, recipient_kind: GiftRecipientKind | str, recipient: str,
             gift: str, value_vnd: int = 0, *, gift_id: uuid.UUID | None = None,
             position: int | None = None) -> GiftRow:
    """A gift to a household or a unit, with its value in VND."""
    return _add(session, _GIFT, site_id, dict(recipient_kind=recipient_kind, recipient=recipient, gift=gift,
                                              value_vnd=value_vnd), gift_id, position)


def update_gift(session: Session, gift_id: uuid.UUID, expected_version: int, **changes: Any) -> GiftRow:
    return _update(session, _GIFT, gift_id, expected_version, changes)


def delete_gift(session: Session, gift_id: uuid.UUID, expected_version: int | None = None) -> GiftRow:
    return _delete(session, _GIFT, gift_id, expected_version)


def restore_gift(session: Session, row: GiftRow) -> GiftRow:
    return _add(session, _GIFT, row.site_id, row.values(), row.id, row.position)


# --- totals -----------------------------------------------------------------------------------------

@dataclass
class Totals:
    """Estimated and actual VND (an unknown actual counts as 0)."""

    estimated: int = 0
    actual: int = 0

    @property
    def overspent(self) -> bool:
        return self.actual > self.estimated

    def add(self, line: BudgetLineRow) -> None:
        self.estimated += line.estimated_vnd
        self.actual += line.actual_vnd or 0

    def to_json(self) -> dict[str, Any]:
        return {"estimated": self.estimated, "actual": self.actual, "overspent": self.overspent}


@dataclass
class BudgetGroup:
    """Totals of some lines, overall and by category and by funding source."""

    total: Totals = field(default_factory=Totals)
    by_category: dict[BudgetCategory, Totals] = field(default_factory=lambda: defaultdict(Totals))
    by_source: dict[FundingSource, Totals] = field(default_factory=lambda: defaultdict(Totals))

    def add(self, line: BudgetLineRow) -> None:
        self.total.add(line)
        self.by_category[line.category].add(line)
        self.by_source[line.funding_source].add(line)

    def to_json(self) -> dict[str, Any]:
        categories, sources = list(BudgetCategory), list(FundingSource)
        return {**self.total.to_json(),
                "by_category": {c.value: self.by_category[c].to_json() for c in categories if c in self.by_category},
                "by_source": {s.value: self.by_source[s].to_json() for s in sources if s in self.by_source}}


@dataclass(frozen=True)
class BudgetWarning:
    """Actuals above the estimate: a whole site (``line_id`` None) or one line."""

    site_id: uuid.UUID
    commune_name: str
    line_id: uuid.UUID | None
    description: str
    estimated: int
    actual: int

    def to_json(self) -> dict[str, Any]:
        return {"site_id": str(self.site_id), "commune_name": self.commune_name,
                "line_id": str(self.line_id) if self.line_id else None, "description": self.description,
                "estimated": self.estimated, "actual": self.actual, "over_by": self.actual - self.estimated}


@dataclass(frozen=True)
class SiteBudget:
    site_id: uuid.UUID
    commune_name: str
    province: str
    region: str
    budget: BudgetGroup
    gifts_vnd: int

    def to_json(self) -> dict[str, Any]:
        return {"site_id": str(self.site_id), "commune_name": self.commune_name, "province": self.province,
                "region": self.region, **self.budget.to_json(), "gifts_value": self.gifts_vnd}


@dataclass(frozen=True)
class CampaignBudget:
    sites: tuple[SiteBudget, ...]
    regions: dict[str, BudgetGroup]
    total: BudgetGroup
    warnings: tuple[BudgetWarning, ...]

    def to_json(self) -> dict[str, Any]:
        return {"sites": [s.to_json() for s in self.sites],
                "regions": [{"region": code, **group.to_json()} for code, group in self.regions.items()],
                "total": self.total.to_json(), "warnings": [w.to_json() for w in self.warnings]}


def budget_summary(session: Session, campaign_id: uuid.UUID) -> CampaignBudget:
    """Totals per site, per region (the commune's main region) and for the campaign, by category and
    funding source, with the overspend warnings; three queries whatever the number of sites."""
    facts = campaign_sites(session, campaign_id)
    ids = [f.id for f in facts]
    lines: dict[uuid.UUID, list[BudgetLineRow]] = defaultdict(list)
    query = select(BudgetLine).where(BudgetLine.site_id.in_(ids)).order_by(BudgetLine.position)
    for obj in session.scalars(query):
        lines[obj.site_id].append(_line_row(obj))
    gifts: dict[uuid.UUID, int] = {site_id: int(total or 0) for site_id, total in session.execute(
        select(Gift.site_id, func.sum(Gift.value_vnd)).where(Gift.site_id.in_(ids)).group_by(Gift.site_id))}
    total = BudgetGroup()
    regions: dict[str, BudgetGroup] = defaultdict(BudgetGroup)
    sites: list[SiteBudget] = []
    warnings: list[BudgetWarning] = []
    for fact in facts:
        group = BudgetGroup()
        for line in lines[fact.id]:
            group.add(line)
            total.add(line)
            regions[fact.region].add(line)
            if line.overspent:
                assert line.actual_vnd is not None
                warnings.append(BudgetWarning(fact.id, fact.commune_name, line.id,
                                              line.description or line.category.label, line.estimated_vnd,
                                              line.actual_vnd))
        if group.total.overspent:
            warnings.append(BudgetWarning(fact.id, fact.commune_name, None, "", group.total.estimated,
                                          group.total.actual))
        sites.append(SiteBudget(fact.id, fact.commune_name, fact.province, fact.region, group,
                                int(gifts.get(fact.id) or 0)))
    return CampaignBudget(tuple(sites), dict(sorted(regions.items())), total, tuple(warnings))
