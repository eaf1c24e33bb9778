"""The checklists workspace's dialogs speak Vietnamese: no English button or label in the Vietnamese UI
(the apply-template dialog, the template editor, its Excel file dialogs, the question asked
before moving due dates with a site's date, the add / edit dialog of every table and the question
asked before deleting)."""

from __future__ import annotations

import datetime as dt

from festival_planner.services import checklists, site_edits, sites

from ..sites.helpers import QUANG_SON, accept, set_date
from ..test_vietnamese_everywhere import english_in, texts_of, vietnamese_qt, walk_modal  # noqa: F401


def test_checklist_dialogs_show_vietnamese(qtbot, campaign_window, vietnamese_qt) -> None:  # noqa: F811
    window = campaign_window
    with window.database.transaction() as session:
        site_edits.prepare_database(session)
        row = sites.add_site(session, window.campaign.id, QUANG_SON, dt.date(2026, 8, 10))
        checklists.apply_template(session, row.id)
    window.workspace("sites").refresh()
    workspace = window.workspace("checklists")
    workspace.refresh()
    seen: dict[str, list[str]] = {}

    apply = workspace.open_apply_dialog()
    seen["apply template"] = texts_of(apply)
    apply.reject()
    editor = workspace.open_template_editor()
    seen["template editor"] = texts_of(editor)
    for name, opener in (("export file", editor.ask_export), ("import file", editor.ask_import)):
        seen[name] = []
        walk_modal(qtbot, opener, seen[name])
        assert seen[name], f"{name}: no dialog was seen"
    editor.close()

    edit = window.workspace("sites").open_edit_dialog(row)
    set_date(edit, dt.date(2026, 8, 12))
    seen["move due dates"] = []
    walk_modal(qtbot, lambda: accept(qtbot, edit), seen["move due dates"])
    assert any("Dời hạn" in t for t in seen["move due dates"])

    # The add / edit dialogs of every table, and the question asked before deleting.
    for index in range(4):
        workspace.tabs.setCurrentIndex(index)
        for view in ([workspace.budget, workspace.commendations, workspace.gifts] if index == 3 else [None]):
            if view is not None:
                workspace.context_menu(view).close()  # the table the menu was opened on is the one edited
            dialog = workspace.open_add_dialog()
            assert dialog is not None
            seen[f"add: {dialog.windowTitle()}"] = texts_of(dialog)
            dialog.reject()
    workspace.tabs.setCurrentIndex(0)
    workspace.items.select_items([workspace.items.model.rows()[0].id])
    dialog = workspace.open_edit_dialog()
    seen["edit item"] = texts_of(dialog)
    dialog.reject()
    seen["delete item"] = []
    walk_modal(qtbot, workspace.delete_rows, seen["delete item"])
    assert "Không xóa" in seen["delete item"]
    assert {name for name in seen if name.startswith("add: ")} == {
        f"add: Thêm {noun}" for noun in ("công việc", "công việc toàn quốc", "mục chương trình", "khoản kinh phí",
                                         "khen thưởng", "quà tặng")}

    english = {name: english_in(texts) for name, texts in seen.items() if english_in(texts)}
    assert not english, f"English texts in the Vietnamese UI: {english}"
    assert "Áp dụng" in [t.replace("&", "") for t in seen["apply template"]]
