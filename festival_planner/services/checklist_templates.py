"""Checklist templates: the shipped defaults, editing (items, categories, lead times) and .xlsx exchange.

A template's items are counted back from a date: a site template from the site's date, a campaign
template (the national workplan) from the festival day; a negative lead time means after that day.
Categories are the items' ``category`` texts; their order is the order of their first item.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from festival_planner.domain.enums import CommuneKind, TemplateScope
from festival_planner.domain.errors import NotFoundError, ValidationError
from festival_planner.domain.models import ChecklistTemplate, Commune, Province, Site, TemplateItem
from festival_planner.domain.text import fold
from festival_planner.resource_files import resource
from festival_planner.services import changelog, fields, rows
from festival_planner.services.cells import append_row, workbook_rows

DEFAULT_TEMPLATE = "Mặc định"
UPLAND_TEMPLATE = "Xã vùng cao"
ISLAND_TEMPLATE = "Đặc khu đảo"
# The communes taken as upland: no terrain is recorded for a commune, so its region decides (the
# mountain regions of the North-West, North-East and Central Highlands, and the wide North-West's
# mountain districts of Thanh Hóa and Nghệ An). A special zone ("đặc khu") is an island.
UPLAND_REGIONS = frozenset({"tay_bac", "tay_bac_mo_rong", "dong_bac", "tay_nguyen"})
DEFAULT_WORKPLAN = "Kế hoạch toàn quốc"
LEAD_MIN, LEAD_MAX = -120, 365
ITEM_FIELDS = ("title", "category", "days_before", "default_owner")


@dataclass(frozen=True)
class TemplateItemSpec:
    """The values of one template item (as typed, imported or shipped)."""

    title: str
    category: str
    days_before: int
    default_owner: str = ""


@dataclass(frozen=True)
class TemplateItemRow:
    id: uuid.UUID
    template_id: uuid.UUID
    position: int
    title: str
    category: str
    days_before: int
    default_owner: str
    version: int

    def spec(self) -> TemplateItemSpec:
        return TemplateItemSpec(self.title, self.category, self.days_before, self.default_owner)

    def to_json(self) -> dict[str, Any]:
        return {"id": str(self.id), "position": self.position, "title": self.title, "category": self.category,
                "days_before": self.days_before, "default_owner": self.default_owner, "version": self.version}


@dataclass(frozen=True)
class TemplateRow:
    id: uuid.UUID
    name: str
    description: str
    scope: TemplateScope
    version: int
    items: tuple[TemplateItemRow, ...]

    @property
    def categories(self) -> list[str]:
        """Categories in the order of their first item."""
        return list(dict.fromkeys(item.category for item in self.items))

    def to_json(self) -> dict[str, Any]:
        return {"id": str(self.id), "name": self.name, "description": self.description,
                "scope": self.scope.value, "version": self.version, "categories": self.categories,
                "items": [item.to_json() for item in self.items]}


def _item_row(item: TemplateItem) -> TemplateItemRow:
    return TemplateItemRow(item.id, item.template_id, item.position, item.title, item.category,
                           item.days_before, item.default_owner, item.version)


def _row(template: ChecklistTemplate) -> TemplateRow:
    items = sorted(template.items, key=lambda i: (i.position, i.title))
    return TemplateRow(template.id, template.name, template.description, template.scope, template.version,
                       tuple(_item_row(i) for i in items))


def _clean_item(values: dict[str, Any]) -> dict[str, Any]:
    return {"title": fields.text(values.get("title"), "title", "checklist_template", required=True),
            "category": fields.text(values.get("category"), "category", "checklist_template", required=True),
            "days_before": fields.integer(values.get("days_before"), "days_before", LEAD_MIN, LEAD_MAX),
            "default_owner": fields.text(values.get("default_owner"), "default_owner", "checklist_template")}


def _load(session: Session, template_id: uuid.UUID) -> ChecklistTemplate:
    return rows.load(session, ChecklistTemplate, template_id, "unknown_template")


def _check_name(session: Session, name: str, own_id: uuid.UUID | None = None) -> str:
    clean = fields.text(name, "name", "checklist_template", required=True)
    for other_id, other_name in session.execute(select(ChecklistTemplate.id, ChecklistTemplate.name)):
        if other_id != own_id and fold(other_name) == fold(clean):
            raise ValidationError("duplicate_template", field="name", name=other_name)
    return clean


# --- reading -----------------------------------------------------------------------------------

def list_templates(session: Session, scope: TemplateScope | None = None) -> list[TemplateRow]:
    """Every template (of ``scope``) with its items, by name; two queries in all."""
    query = select(ChecklistTemplate).options(selectinload(ChecklistTemplate.items)).order_by(
        ChecklistTemplate.name)
    if scope is not None:
        query = query.where(ChecklistTemplate.scope == scope)
    return [_row(t) for t in session.scalars(query)]


def get_template(session: Session, template_id: uuid.UUID) -> TemplateRow:
    """One template with its items (two narrow queries, no ORM rows for the items)."""
    template = _load(session, template_id)
    query = (select(TemplateItem.id, TemplateItem.template_id, TemplateItem.position, TemplateItem.title,
                    TemplateItem.category, TemplateItem.days_before, TemplateItem.default_owner, TemplateItem.version)
             .where(TemplateItem.template_id == template.id).order_by(TemplateItem.position, TemplateItem.title))
    return TemplateRow(template.id, template.name, template.description, template.scope, template.version,
                       tuple(TemplateItemRow(*values) for values in session.execute(query)))


def find_template(session: Session, name: str) -> TemplateRow | None:
    """The template called ``name`` (case and diacritics ignored), or None."""
    wanted = fold(name)
    for template_id, template_name in session.execute(select(ChecklistTemplate.id, ChecklistTemplate.name)):
        if fold(template_name) == wanted:
            return get_template(session, template_id)
    return None


# --- the template a site gets by default --------------------------------------------------------

@dataclass(frozen=True)
class SiteKind:
    """What chooses a site's template: its commune's kind and regions (and what a preview names)."""

    site_id: uuid.UUID
    commune_name: str
    province: str
    date: dt.date
    kind: CommuneKind
    regions: tuple[str, ...]


def site_kinds(session: Session, site_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, SiteKind]:
    """The kind of each site, in one query."""
    if not site_ids:
        return {}
    query = (select(Site.id, Commune.name, Province.short_name, Site.date, Commune.kind, Commune.regions)
             .join(Commune, Commune.code == Site.commune_code).join(Province, Province.code == Commune.province_code)
             .where(Site.id.in_(list(site_ids))))
    return {site_id: SiteKind(site_id, name, province, date, kind, tuple(regions or ()))
            for site_id, name, province, date, kind, regions in session.execute(query)}


def template_for_site(kind: SiteKind) -> str:
    """The site template a site gets by default: "Đặc khu đảo" for a special zone, "Xã vùng cao" for a
    commune of an upland region (``UPLAND_REGIONS``), else "Mặc định"."""
    if kind.kind is CommuneKind.DAC_KHU:
        return ISLAND_TEMPLATE
    if any(region in UPLAND_REGIONS for region in kind.regions):
        return UPLAND_TEMPLATE
    return DEFAULT_TEMPLATE


# --- shipped templates --------------------------------------------------------------------------

def shipped_templates() -> list[tuple[str, str, TemplateScope, list[TemplateItemSpec]]]:
    """The templates in ``resources/checklist_templates`` as (name, description, scope, items)."""
    found = []
    folder = resource("checklist_templates")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        items = [TemplateItemSpec(i["title"], i["category"], int(i["days_before"]), i.get("default_owner", ""))
                 for i in data["items"]]
        found.append((data["name"], data.get("description", ""), TemplateScope(data.get("scope", "site")), items))
    return found


def missing_shipped_templates(session: Session) -> list[str]:
    """The names of the shipped templates the database does not have yet (a read: no write lock)."""
    have = {fold(name) for name in session.scalars(select(ChecklistTemplate.name))}
    return [name for name, *_ in shipped_templates() if fold(name) not in have]


def install_shipped_templates(session: Session) -> list[TemplateRow]:
    """Add the shipped templates whose names are not in the database yet; returns those added."""
    added = []
    for name, description, scope, items in shipped_templates():
        if find_template(session, name) is None:
            added.append(create_template(session, name, description=description, scope=scope, items=items))
    return added


def resolve_template(session: Session, name: str | None, scope: TemplateScope) -> TemplateRow:
    """The template to apply: by name (a shipped one is installed on first use), else the default."""
    wanted = name or (DEFAULT_TEMPLATE if scope is TemplateScope.SITE else DEFAULT_WORKPLAN)
    row = find_template(session, wanted)
    if row is None and any(fold(n) == fold(wanted) for n, *_ in shipped_templates()):
        install_shipped_templates(session)
        row = find_template(session, wanted)
    if row is None:
        raise NotFoundError("unknown_template_name", name=wanted)
    if row.scope is not scope:
        raise ValidationError("template_wrong_scope", name=row.name, scope=row.scope)
    return row


# --- writing ------------------------------------------------------------------------------------

def create_template(session: Session, name: str, *, description: str = "",
                    scope: TemplateScope = TemplateScope.SITE, items: Sequence[TemplateItemSpec] = (),
                    template_id: uuid.UUID | None = None) -> TemplateRow:
    """A new template with ``items`` in the order given."""
    clean_name = _check_name(session, name)
    template = ChecklistTemplate(id=template_id or uuid.uuid4(), name=clean_name, scope=scope,
                                 description=fields.text(description, "description", "checklist_template",
                                                         multiline=True))
    session.add(template)
    cleaned = [_clean_item(vars(spec)) for spec in items]
    for position, values in enumerate(cleaned):
        session.add(TemplateItem(id=uuid.uuid4(), template_id=template.id, position=position, **values))
    session.flush()
    changelog.record(session, "checklist_template", template.id, "create", None,
                     {"name": clean_name, "scope": scope, "items": len(cleaned)})
    session.refresh(template)
    return _row(template)


def update_template(session: Session, template_id: uuid.UUID, expected_version: int, *,
                    name: str | None = None, description: str | None = None) -> TemplateRow:
    """Rename a template or change its description."""
    template = _load(session, template_id)
    changes: dict[str, Any] = {}
    if name is not None:
        changes["name"] = _check_name(session, name, template.id)
    if description is not None:
        changes["description"] = fields.text(description, "description", "checklist_template", multiline=True)
    rows.apply_update(session, "checklist_template", template, expected_version, changes, "stale_template")
    return _row(template)


def delete_template(session: Session, template_id: uuid.UUID, expected_version: int | None = None) -> TemplateRow:
    """Delete a template and its items (checklists already applied stay); returns its last snapshot."""
    template = _load(session, template_id)
    rows.check_version(template, expected_version, "stale_template")
    row = _row(template)
    session.delete(template)
    session.flush()
    changelog.record(session, "checklist_template", row.id, "delete", {"name": row.name}, None)
    return row


def restore_template(session: Session, row: TemplateRow) -> TemplateRow:
    """Put a deleted template back (undo of delete)."""
    return create_template(session, row.name, description=row.description, scope=row.scope,
                           items=[i.spec() for i in row.items], template_id=row.id)


def _renumber(session: Session, ordered: Sequence[TemplateItem]) -> None:
    for position, item in enumerate(ordered):
        if item.position != position:
            rows.apply_update(session, "template_item", item, None, {"position": position}, "stale_template")


def add_template_item(session: Session, template_id: uuid.UUID, spec: TemplateItemSpec, *,
                      position: int | None = None, item_id: uuid.UUID | None = None) -> TemplateItemRow:
    """Add an item at ``position`` (default: after the last item of its category, or at the end)."""
    template = _load(session, template_id)
    values = _clean_item(vars(spec))
    ordered = sorted(template.items, key=lambda i: i.position)
    if position is None:
        same = [n for n, i in enumerate(ordered) if i.category == values["category"]]
        position = same[-1] + 1 if same else len(ordered)
    position = max(0, min(position, len(ordered)))
    item = TemplateItem(id=item_id or uuid.uuid4(), template_id=template.id, position=position, **values)
    session.add(item)
    _renumber(session, ordered[:position] + [item] + ordered[position:])
    session.flush()
    changelog.record(session, "template_item", item.id, "create", None, {"template_id": template.id, **values})
    return _item_row(item)


def update_template_item(session: Session, item_id: uuid.UUID, expected_version: int,
                         **changes: Any) -> TemplateItemRow:
    """Change an item's title, category, lead time (``days_before``) or default owner."""
    unknown = set(changes) - set(ITEM_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    item = rows.load(session, TemplateItem, item_id, "unknown_template_item")
    rows.check_version(item, expected_version, "stale_template")
    values = _clean_item({**{name: getattr(item, name) for name in ITEM_FIELDS}, **changes})
    rows.apply_update(session, "template_item", item, expected_version, values, "stale_template")
    return _item_row(item)


def remove_template_item(session: Session, item_id: uuid.UUID,
                         expected_version: int | None = None) -> TemplateItemRow:
    """Remove an item; returns its snapshot (restore with ``add_template_item(..., position, item_id)``)."""
    item = rows.load(session, TemplateItem, item_id, "unknown_template_item")
    rows.check_version(item, expected_version, "stale_template")
    row = _item_row(item)
    template = item.template
    session.delete(item)
    session.flush()
    changelog.record(session, "template_item", row.id, "delete", vars(row.spec()), None)
    session.refresh(template)
    _renumber(session, sorted(template.items, key=lambda i: i.position))
    return row


def reorder_template_items(session: Session, template_id: uuid.UUID, item_ids: Sequence[uuid.UUID]) -> TemplateRow:
    """Put the template's items in the order of ``item_ids`` (every item exactly once)."""
    template = _load(session, template_id)
    by_id = {item.id: item for item in template.items}
    if len(item_ids) != len(by_id) or set(item_ids) != set(by_id):
        raise ValidationError("template_order_incomplete", name=template.name)
    _renumber(session, [by_id[i] for i in item_ids])
    return _row(template)


def reorder_categories(session: Session, template_id: uuid.UUID, categories: Sequence[str]) -> TemplateRow:
    """Put whole categories in the order given (items keep their order within a category)."""
    template = _load(session, template_id)
    ordered = sorted(template.items, key=lambda i: i.position)
    present = list(dict.fromkeys(i.category for i in ordered))
    if sorted(categories) != sorted(present):
        raise ValidationError("template_order_incomplete", name=template.name)
    rank = {category: n for n, category in enumerate(categories)}
    _renumber(session, sorted(ordered, key=lambda i: (rank[i.category], i.position)))
    return _row(template)


def rename_category(session: Session, template_id: uuid.UUID, old: str, new: str) -> TemplateRow:
    """Rename a category in every item of the template that has it."""
    template = _load(session, template_id)
    clean = fields.text(new, "category", "checklist_template", required=True)
    items = [i for i in template.items if i.category == old]
    if not items:
        raise NotFoundError("unknown_template_category", category=old, name=template.name)
    for item in items:
        rows.apply_update(session, "template_item", item, None, {"category": clean}, "stale_template")
    return _row(template)


# --- .xlsx exchange -----------------------------------------------------------------------------

XLSX_HEADERS = ("Danh mục", "Nội dung công việc", "Số ngày trước ngày tổ chức", "Người/đơn vị phụ trách")


def export_template_xlsx(session: Session, template_id: uuid.UUID, path: str | Path) -> Path:
    """Write the template to an .xlsx workbook (name, description and scope on top, then one row per item)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    row = get_template(session, template_id)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Mẫu danh mục"
    append_row(sheet, ["Tên mẫu", row.name])
    append_row(sheet, ["Mô tả", row.description])
    append_row(sheet, ["Phạm vi", row.scope.value])
    sheet.append([])
    append_row(sheet, XLSX_HEADERS)
    for cell in sheet[5]:
        cell.font = Font(bold=True)
    for item in row.items:
        append_row(sheet, [item.category, item.title, item.days_before, item.default_owner])
    for column, width in zip("ABCD", (24, 70, 14, 40), strict=True):
        sheet.column_dimensions[column].width = width
    from festival_planner.services.exports import save_workbook

    return save_workbook(book, path, restricted=False)


def _read_xlsx(path: Path) -> tuple[str, str, TemplateScope, list[TemplateItemSpec]]:
    try:
        table = workbook_rows(path)  # formulas as their text, our export's quotes taken off
    except Exception as exc:
        raise ValidationError("template_xlsx_unreadable", path=str(path)) from exc
    header_at = next((n for n, r in enumerate(table) if tuple(str(c or "").strip() for c in r[:4]) == XLSX_HEADERS),
                     None)
    if header_at is None:
        raise ValidationError("template_xlsx_bad_format", path=str(path))
    meta = {str(r[0]).strip(): r[1] for r in table[:header_at] if len(r) > 1 and r[0] is not None}
    try:
        scope = TemplateScope(str(meta.get("Phạm vi") or "site").strip())
    except ValueError:
        raise ValidationError("template_xlsx_bad_format", path=str(path)) from None
    specs = []
    for number, r in enumerate(table[header_at + 1:], start=header_at + 2):
        cells = list(r[:4]) + [None] * (4 - len(r[:4]))
        if all(c is None or str(c).strip() == "" for c in cells):
            continue
        category, title, days, owner = cells
        try:
            values = _clean_item({"category": category, "title": title, "days_before": days,
                                  "default_owner": owner or ""})
        except ValidationError as exc:
            raise ValidationError("template_xlsx_bad_row", row=number, field=exc.params.get("field"),
                                  field_key=exc.params.get("field_key", "")) from None
        specs.append(TemplateItemSpec(**values))
    return str(meta.get("Tên mẫu") or path.stem).strip(), str(meta.get("Mô tả") or ""), scope, specs


def import_template_xlsx(session: Session, path: str | Path, *, name: str | None = None,
                         replace: bool = False) -> TemplateRow:
    """Create a template from a workbook written by ``export_template_xlsx`` (or typed in its layout).

    ``name`` overrides the workbook's; an existing template of that name is refused unless ``replace``."""
    read_name, description, scope, specs = _read_xlsx(Path(path))
    wanted = name or read_name
    existing = find_template(session, wanted)
    if existing is not None:
        if not replace:
            raise ValidationError("duplicate_template", field="name", name=existing.name)
        delete_template(session, existing.id)
    return create_template(session, wanted, description=description, scope=scope, items=specs)
