"""Checklist templates: editing items, categories and lead times; .xlsx export and import."""

from __future__ import annotations

from pathlib import Path

import pytest

from festival_planner.domain.errors import ValidationError
from festival_planner.services import checklist_templates as templates
from festival_planner.services.checklist_templates import TemplateItemSpec


@pytest.fixture
def default(database):
    with database.transaction() as session:
        templates.install_shipped_templates(session)
        found = templates.find_template(session, "Mặc định")
    assert found is not None
    return found


def test_items_and_categories_can_be_added_reordered_renamed_and_removed(database, default) -> None:
    with database.transaction() as session:
        added = templates.add_template_item(session, default.id, TemplateItemSpec(
            "Kiểm tra cột cờ, dây kéo cờ", "Sân khấu, phông nền", 4, "Công an xã"))
        row = templates.get_template(session, default.id)
    stage = [i for i in row.items if i.category == "Sân khấu, phông nền"]
    assert stage[-1].id == added.id and row.items[added.position + 1].category != "Sân khấu, phông nền"
    assert [i.position for i in row.items] == list(range(len(row.items)))

    new_order = ["Tổng duyệt", *[c for c in row.categories if c != "Tổng duyệt"]]
    with database.transaction() as session:
        reordered = templates.reorder_categories(session, default.id, new_order)
        renamed = templates.rename_category(session, default.id, "Tổng duyệt", "Tổng duyệt, kiểm tra cuối")
        current = next(i for i in renamed.items if i.id == added.id)  # reordering bumped its version
        lead = templates.update_template_item(session, added.id, current.version, days_before=6)
    assert reordered.categories == new_order
    assert renamed.categories[0] == "Tổng duyệt, kiểm tra cuối"
    assert lead.days_before == 6
    with database.transaction() as session:
        removed = templates.remove_template_item(session, added.id)
        after = templates.get_template(session, default.id)
    assert removed.id not in {i.id for i in after.items}
    assert [i.position for i in after.items] == list(range(len(after.items)))
    with database.transaction() as session:
        items = list(reversed([i.id for i in after.items]))
        flipped = templates.reorder_template_items(session, default.id, items)
    assert [i.id for i in flipped.items] == items


@pytest.mark.parametrize(("call", "code"), [
    (lambda s, t: templates.reorder_template_items(s, t.id, [i.id for i in t.items[1:]]), "template_order_incomplete"),
    (lambda s, t: templates.reorder_categories(s, t.id, t.categories[1:]), "template_order_incomplete"),
    (lambda s, t: templates.update_template_item(s, t.items[0].id, t.items[0].version, days_before=400),
     "checklist_number_out_of_range"),
    (lambda s, t: templates.update_template_item(s, t.items[0].id, t.items[0].version, days_before="mười"),
     "checklist_not_a_number"),
    (lambda s, t: templates.add_template_item(s, t.id, TemplateItemSpec("", "Y tế", 3)), "checklist_text_required"),
    (lambda s, t: templates.create_template(s, "mac dinh"), "duplicate_template"),
    (lambda s, t: templates.update_template(s, t.id, t.version, name="Xã vùng cao"), "duplicate_template"),
])
def test_bad_template_edits_are_refused_and_write_nothing(database, default, call, code) -> None:
    with pytest.raises(ValidationError) as info, database.transaction() as session:
        call(session, default)
    assert info.value.code == code
    with database.session() as session:
        assert templates.get_template(session, default.id) == default


def test_xlsx_round_trip_keeps_every_item(database, default, tmp_path: Path) -> None:
    path = tmp_path / "mẫu.xlsx"
    with database.transaction() as session:
        templates.export_template_xlsx(session, default.id, path)
        copy = templates.import_template_xlsx(session, path, name="Mặc định (bản sao)")
    assert [i.spec() for i in copy.items] == [i.spec() for i in default.items]
    assert (copy.description, copy.scope) == (default.description, default.scope)
    with pytest.raises(ValidationError) as info, database.transaction() as session:
        templates.import_template_xlsx(session, path)
    assert info.value.code == "duplicate_template"
    with database.transaction() as session:
        replaced = templates.import_template_xlsx(session, path, replace=True)
    assert replaced.name == "Mặc định" and len(replaced.items) == len(default.items)


def test_bad_workbooks_are_refused_with_the_row(database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Tên mẫu", "Đặc khu đảo"])
    sheet.append([])
    sheet.append(list(templates.XLSX_HEADERS))
    sheet.append(["Đưa đón, vận chuyển", "Thuê tàu ra đảo", 14, "Công an đặc khu"])
    sheet.append(["Đưa đón, vận chuyển", "Tàu dự phòng khi biển động", "mười", "Công an đặc khu"])
    bad_row = tmp_path / "bad_row.xlsx"
    book.save(bad_row)
    not_a_book = tmp_path / "notes.xlsx"
    not_a_book.write_text("không phải Excel", encoding="utf-8")
    for path, code in ((bad_row, "template_xlsx_bad_row"), (not_a_book, "template_xlsx_unreadable")):
        with pytest.raises(ValidationError) as info, database.transaction() as session:
            templates.import_template_xlsx(session, path)
        assert info.value.code == code
    assert "Dòng 5" in ValidationError("template_xlsx_bad_row", row=5, field_key="checklist.field.days_before").message
    with database.session() as session:
        assert templates.list_templates(session) == []
