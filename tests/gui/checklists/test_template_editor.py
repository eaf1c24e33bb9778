"""The template editor: add, remove, reorder items and categories, lead times — undoable — and
the .xlsx round trip; the apply dialog's refusal shown inline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialog

from festival_planner.gui.checklists.dialogs import TemplateItemModel
from festival_planner.services import checklist_templates, site_edits, sites

from ..sites.helpers import QUANG_SON


def open_editor(window):
    with window.database.transaction() as session:
        site_edits.prepare_database(session)
    dialog = window.workspace("checklists").open_template_editor()
    dialog.reload(select="Mặc định")
    return dialog


def names(dialog) -> list[str]:
    return [r.title for r in dialog.model.rows()]


def test_add_edit_remove_reorder_and_undo(qtbot, campaign_window) -> None:
    window = campaign_window
    dialog = open_editor(window)
    try:
        original = names(dialog)
        assert len(original) >= 30
        dialog.select_item(dialog.model.rows()[0].id)
        assert dialog.add_item("Kiểm tra cờ, hoa")
        assert "Kiểm tra cờ, hoa" in names(dialog)
        added = next(r for r in dialog.model.rows() if r.title == "Kiểm tra cờ, hoa")
        assert added.category == dialog.model.rows()[0].category
        row = dialog.model.row_of(added.id)
        assert dialog.model.setData(dialog.model.index(row, TemplateItemModel.Column.DAYS_BEFORE), 12)
        assert next(r for r in dialog.model.rows() if r.id == added.id).days_before == 12
        assert not dialog.model.setData(dialog.model.index(row, TemplateItemModel.Column.DAYS_BEFORE), -999)
        assert dialog.error.text()  # refused inline

        dialog.select_item(dialog.model.rows()[1].id)
        second = dialog.model.rows()[1].id
        assert dialog.move_item(-1)
        assert dialog.model.rows()[0].id == second
        categories = list(dict.fromkeys(r.category for r in dialog.model.rows()))
        dialog.select_item(dialog.model.rows()[0].id)
        assert dialog.move_category(1)
        moved = list(dict.fromkeys(r.category for r in dialog.model.rows()))
        assert moved[:2] == [categories[1], categories[0]]
        dialog.select_item(added.id)
        assert dialog.remove_item()
        assert "Kiểm tra cờ, hoa" not in names(dialog)
        for _ in range(5):  # remove, category, item order, lead time, add
            window.undo_stack.undo()
        assert names(dialog) == original
        with window.database.transaction() as session:
            stored = checklist_templates.find_template(session, "Mặc định")
        assert [i.title for i in stored.items] == original
    finally:
        dialog.close()


def test_xlsx_round_trip_and_undo_of_the_import(qtbot, campaign_window, tmp_path: Path) -> None:
    window = campaign_window
    dialog = open_editor(window)
    try:
        path = tmp_path / "mau.xlsx"
        assert dialog.export_to(str(path)) and path.stat().st_size > 0
        original = names(dialog)
        assert dialog.import_from(str(path), name="Mẫu nhập thử")
        assert dialog.template_combo.currentData() == "Mẫu nhập thử" and names(dialog) == original
        assert not dialog.import_from(str(path), name="Mẫu nhập thử")  # a duplicate name: refused inline
        assert "Mẫu nhập thử" in dialog.error.text()
        window.undo_stack.undo()
        with window.database.transaction() as session:
            assert checklist_templates.find_template(session, "Mẫu nhập thử") is None
    finally:
        dialog.close()


def test_apply_twice_is_refused_inline_unless_replacing(qtbot, campaign_window) -> None:
    window = campaign_window
    with window.database.transaction() as session:
        site = sites.add_site(session, window.campaign.id, QUANG_SON, dt.date(2026, 8, 10))
    window.show_workspace("checklists")
    workspace = window.workspace("checklists")
    dialog = workspace.open_apply_dialog()
    assert not dialog.replace_box.isVisibleTo(dialog)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    first = [r.id for r in workspace.items.model.rows()]
    dialog = workspace.open_apply_dialog()
    assert dialog.replace_box.isVisibleTo(dialog)
    dialog.accept()
    assert dialog.error_label.text() and dialog.isVisible()  # already applied: said inline, nothing written
    dialog.replace_box.setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    second = [r.id for r in workspace.items.model.rows()]
    assert second and not set(first) & set(second)
    window.undo_stack.undo()
    assert [r.id for r in workspace.items.model.rows()] == first
    assert workspace.site_id == site.id


def test_opening_a_database_in_the_app_installs_the_shipped_templates(qtbot, db_path) -> None:
    from festival_planner.gui.database_open import open_with_progress

    database = open_with_progress(db_path)
    try:
        with database.transaction() as session:
            names = {t.name for t in checklist_templates.list_templates(session)}
    finally:
        database.close()
    assert {"Mặc định", "Kế hoạch toàn quốc", "Xã vùng cao"} <= names
