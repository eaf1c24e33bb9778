"""Bulk actions (issue 17 item 1) through the real widgets over the real SQLite file: a checklist on
all 28 sites in one step, heads for every site on the delegation board and their invitations sent,
one status for many sites — each one undoable step, each refusal in Vietnamese with nothing written."""

from __future__ import annotations

from collections import Counter
from contextlib import closing

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from festival_planner.domain.enums import SiteStatus
from festival_planner.services import checklists, demo, leaders, selection
from festival_planner.services.communes import CommuneIndex
from festival_planner.store import files

pytestmark = pytest.mark.gui


def count(db_path, sql: str, *params) -> int:
    """A count read from the database file itself (a separate read-only connection)."""
    with closing(files.connect(db_path, read_only=True)) as conn:
        return conn.execute(sql, params).fetchone()[0]


@pytest.fixture
def year(campaign_window):
    """The 2026 plan with the 28 demo communes accepted from the selector (proposed sites, nothing else)."""
    window = campaign_window
    campaign = window.context.campaign

    def accept(session):
        codes = [c.code for c in demo.demo_communes(CommuneIndex(session))]
        return selection.accept(session, campaign.id, codes)

    rows = window.ops.perform(accept)
    assert len(rows) == 28
    window.undo_stack.clear()
    return window


def ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_the_default_checklist_on_all_28_sites_in_one_step(qtbot, year, db_path) -> None:
    window = year
    work = window.workspace("checklists")
    dialog = work.open_bulk_apply_dialog()
    assert dialog.scope() == "without"  # a new year: every site is without a checklist
    dialog.set_scope("all")
    # the preview: one line per site, the template by the site's kind
    assert dialog.table.rowCount() == 28
    templates = Counter(dialog.table.column_texts(3))
    assert set(templates) <= {"Mặc định", "Xã vùng cao", "Đặc khu đảo"}
    assert templates["Xã vùng cao"] > 0 and templates["Đặc khu đảo"] == 1, templates
    expected = sum(p.items for p in dialog.plans)
    assert dialog.summary.text() == f"Sẽ tạo {expected:,} công việc ở 28 điểm.".replace(",", ".")
    assert count(db_path, "SELECT count(*) FROM checklist_item") == 0  # the preview wrote nothing
    steps = window.undo_stack.count()
    ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()

    assert window.undo_stack.count() == steps + 1  # one step
    assert count(db_path, "SELECT count(*) FROM checklist_item WHERE site_id IS NOT NULL") == expected
    assert count(db_path, "SELECT count(DISTINCT site_id) FROM checklist_item") == 28
    island = count(db_path, "SELECT count(*) FROM checklist_item c JOIN site s ON s.id = c.site_id "
                            "JOIN commune m ON m.code = s.commune_code WHERE m.kind = 'dac_khu' "
                            "AND c.title LIKE '%tàu%'")
    assert island > 0  # the special zone got the island template (boats)

    # Applied again: every site is skipped, OK is disabled and says why
    again = work.open_bulk_apply_dialog()
    assert again.scope() == "all" and "Bỏ qua 28 điểm đã có danh mục." in again.summary.text()
    assert not again.buttons.button(again.buttons.StandardButton.Ok).isEnabled()
    again.reject()

    window.undo_stack.undo()  # Ctrl+Z
    assert count(db_path, "SELECT count(*) FROM checklist_item") == 0
    window.undo_stack.redo()
    assert count(db_path, "SELECT count(*) FROM checklist_item") == expected


def test_the_delegation_board_heads_every_site_and_sends_invitations(qtbot, year, db_path) -> None:
    window = year
    campaign = window.context.campaign

    def directory(session):
        titles = ("Bộ trưởng", "Thứ trưởng", "Thứ trưởng", "Thứ trưởng", "Cục trưởng", "Cục trưởng")
        return [leaders.add_leader(session, f"Lãnh đạo {n + 1}", title=titles[n % 6], precedence_rank=n + 1).id
                for n in range(15)]

    ids = window.ops.perform(directory)
    window.undo_stack.clear()
    actions = 0
    sites = window.workspace("sites")
    dialog = sites.open_board()
    actions += 1  # the menu entry
    assert dialog.table.rowCount() == 28
    assert dialog.width() <= 1366 and dialog.height() <= 768 - 60
    # the first site: suggestions first (free and reachable), by precedence
    first = dialog.combos[0]
    assert first.itemText(1).startswith("★ Lãnh đạo 1 — Bộ trưởng")
    # Two sites on one day (the selector's dates put two on 08/08) with the same head: the clash shows live
    day = Counter(s.date for s in dialog.board.sites).most_common(1)[0][0]
    same_day = [n for n, s in enumerate(dialog.board.sites) if s.date == day]
    assert len(same_day) == 2
    dialog.choose(same_day[0], ids[0])
    dialog.choose(same_day[1], ids[0])
    actions += 2
    assert dialog.table.item(same_day[1], 5).text().startswith("⚠ Lãnh đạo 1:")
    # …and in the next row's list the leader is no longer a suggestion
    assert "(bận ngày này)" in dialog.combos[same_day[1]].currentText()
    dialog.choose(same_day[1], None)  # change of mind
    actions += 1
    assert dialog.table.item(same_day[1], 5).text() == ""
    # one choice per site for the others: the first suggestion of each row, as a user picks it
    for row, combo in enumerate(dialog.combos):
        if dialog.chosen.get(dialog.board.sites[row].site_id) is None:
            combo.setCurrentIndex(1)
            actions += 1
    assert all(v is not None for v in dialog.chosen.values())
    assert "28/28 điểm có trưởng đoàn; 28 thay đổi chưa ghi; 0 điểm có xung đột." == dialog.summary.text()
    assert dialog.table.item(0, 4).text().startswith("Mời ")
    assert count(db_path, "SELECT count(*) FROM invitation") == 0  # nothing written yet
    steps = window.undo_stack.count()
    ok(qtbot, dialog)
    actions += 1
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()
    assert window.undo_stack.count() == steps + 1
    assert count(db_path, "SELECT count(*) FROM invitation WHERE role = 'head' AND status = 'proposed'") == 28

    # send the invitations of all rows at once
    dialog = sites.open_board()
    actions += 1
    qtbot.keyClick(dialog.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    actions += 1
    assert len(dialog.selected_site_ids()) == 28
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    actions += 1
    assert count(db_path, "SELECT count(*) FROM invitation WHERE status = 'sent' AND sent_on IS NOT NULL") == 28
    assert dialog.table.item(0, 3).text() == "Đã gửi giấy mời"
    # sending again is refused in Vietnamese, nothing written
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text().startswith("Không có giấy mời nào để gửi")
    dialog.reject()
    actions += 1
    print(f"\ndelegation board: heads for 28 sites and their invitations sent in {actions} user actions "
          f"(30 choices — a clash tried and taken back included —, 2 openings, 1 OK, 1 select-all, 1 send, 1 close)")

    window.undo_stack.undo()  # the invitations back to proposed
    assert count(db_path, "SELECT count(*) FROM invitation WHERE status = 'proposed' AND sent_on IS NULL") == 28
    window.undo_stack.undo()  # the heads gone
    assert count(db_path, "SELECT count(*) FROM invitation") == 0
    window.undo_stack.redo()
    assert count(db_path, "SELECT count(*) FROM invitation WHERE status = 'proposed'") == 28
    assert campaign is not None


def test_the_board_fills_suggestions_and_sends_in_seven_actions(qtbot, year, db_path) -> None:
    window = year
    window.ops.perform(lambda s: [leaders.add_leader(s, f"Lãnh đạo {n + 1}", precedence_rank=n + 1)
                                  for n in range(15)])
    sites = window.workspace("sites")
    dialog = sites.open_board()
    qtbot.mouseClick(dialog.suggest_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text().startswith("28/28 điểm có trưởng đoàn")
    assert dialog.summary.text().endswith("0 điểm có xung đột.")
    ok(qtbot, dialog)
    assert count(db_path, "SELECT count(DISTINCT site_id) FROM invitation WHERE role = 'head'") == 28
    dialog = sites.open_board()
    qtbot.keyClick(dialog.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert count(db_path, "SELECT count(*) FROM invitation WHERE role = 'head' AND status = 'sent'") == 28
    dialog.reject()
    actions = 7  # open the board, fill suggestions, OK; open it again, Ctrl+A, send, close
    print(f"\ndelegation board with suggestions: heads for 28 sites and invitations sent in {actions} user actions")


def test_one_status_for_many_sites_and_a_refusal(qtbot, year, db_path) -> None:
    window = year
    sites = window.workspace("sites")
    table = sites.view.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select every site
    assert len(sites.view.selected_rows()) == 28
    dialog = sites.open_status_dialog()
    dialog.set_status(SiteStatus.HELD)  # proposed → held: the rules forbid it
    assert all(t.startswith("Không đổi được: Không thể chuyển trạng thái từ “Đề xuất” sang “Đã tổ chức”")
               for t in dialog.table.column_texts(4))
    ok(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text().startswith("Không đổi được trạng thái của 28 điểm, chưa điểm nào được đổi.")
    assert count(db_path, "SELECT count(*) FROM site WHERE status = 'proposed'") == 28
    steps = window.undo_stack.count()
    dialog.set_status(SiteStatus.APPROVED)
    assert dialog.summary.text() == "Sẽ đổi 28 điểm sang “Đã duyệt”."
    ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()
    assert window.undo_stack.count() == steps + 1
    assert count(db_path, "SELECT count(*) FROM site WHERE status = 'approved'") == 28
    # confirming needs a venue: the selector's sites have none, so the lot is refused
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    dialog = sites.open_status_dialog(SiteStatus.CONFIRMED)
    ok(qtbot, dialog)
    assert "địa điểm" in dialog.error_label.text()
    assert count(db_path, "SELECT count(*) FROM site WHERE status = 'confirmed'") == 0
    dialog.reject()
    window.undo_stack.undo()
    assert count(db_path, "SELECT count(*) FROM site WHERE status = 'proposed'") == 28


def test_one_task_done_at_every_site(qtbot, year, db_path) -> None:
    window = year
    campaign = window.context.campaign
    window.ops.perform(lambda s: checklists.apply_template_to_sites(
        s, checklists.sites_without_checklist(s, campaign.id), "Mặc định"))
    title = "Khảo sát địa điểm, hội trường, sân tổ chức"
    dialog = window.workspace("checklists").open_bulk_item_status_dialog()
    dialog.title_combo.setCurrentIndex(dialog.title_combo.findData(title))
    assert dialog.table.rowCount() == 28 and dialog.summary.text() == "Sẽ đổi 28 trong 28 công việc."
    steps = window.undo_stack.count()
    ok(qtbot, dialog)
    assert window.undo_stack.count() == steps + 1
    assert count(db_path, "SELECT count(*) FROM checklist_item WHERE title = ? AND status = 'done' "
                          "AND completed_on IS NOT NULL", title) == 28
    window.undo_stack.undo()
    assert count(db_path, "SELECT count(*) FROM checklist_item WHERE status = 'done'") == 0
