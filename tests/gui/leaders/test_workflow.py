"""The Leaders workspace through the real widgets: add/edit/deactivate with undo, imports with a bad
row and with a split ward, invitations that clash (seen in both workspaces), override with a reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt
from sqlalchemy import text

from festival_planner.domain.enums import InvitationRole, InvitationStatus
from festival_planner.gui.leaders.table_model import Column
from festival_planner.gui.sites.table_model import Column as SiteColumn
from festival_planner.services import invitations, leaders, sites

from .helpers import accept, run_import

QUANG_SON = "24616"  # Xã Quảng Sơn, Lâm Đồng
BACH_DICH = "00832"  # Xã Bạch Đích, Tuyên Quang (formerly Hà Giang)


def directory(database) -> list[leaders.LeaderRow]:
    with database.session() as session:
        return leaders.list_leaders(session)


def workbook(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_add_edit_deactivate_and_undo(qtbot, campaign_window, database) -> None:
    window = campaign_window
    workspace = window.workspace("leaders")
    window.show_workspace("leaders")
    dialog = workspace.open_add_dialog()
    dialog.name_edit.setText("Nguyễn Văn An")
    dialog.title_edit.setText("Phó Thủ tướng Chính phủ")
    dialog.rank_spin.setValue(30)
    accept(qtbot, dialog)
    [added] = directory(database)
    assert (added.full_name, added.precedence_rank) == ("Nguyễn Văn An", 30)
    assert workspace.view.selected_row().id == added.id
    assert workspace.view.proxy.index(0, Column.NAME).data() == "Nguyễn Văn An"

    edit = workspace.open_edit_dialog()
    edit.title_edit.setText("Ủy viên Bộ Chính trị")
    accept(qtbot, edit)
    assert directory(database)[0].title == "Ủy viên Bộ Chính trị"
    assert workspace.deactivate()
    assert not directory(database)[0].active

    window.undo_action.trigger()  # deactivate
    assert directory(database)[0].active
    window.undo_action.trigger()  # edit
    assert directory(database)[0].title == "Phó Thủ tướng Chính phủ"
    window.undo_action.trigger()  # add
    assert directory(database) == []
    assert workspace.view.model.rowCount() == 0
    window.redo_action.trigger()
    [back] = directory(database)
    assert back.id == added.id and back.full_name == "Nguyễn Văn An"


def test_duplicate_name_is_refused_inline(qtbot, campaign_window, database) -> None:
    with database.transaction() as session:
        leaders.add_leader(session, "Nguyễn Văn An")
    workspace = campaign_window.workspace("leaders")
    dialog = workspace.open_add_dialog()
    dialog.name_edit.setText("nguyen van an")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Nguyễn Văn An" in dialog.error_label.text()
    dialog.reject()
    assert len(directory(database)) == 1


def test_import_leaders_with_one_bad_row_then_fixed(qtbot, campaign_window, database, tmp_path) -> None:
    campaign_window.show_workspace("leaders")
    workspace = campaign_window.workspace("leaders")
    header = ["STT", "Họ và tên", "Chức vụ", "Cơ quan", "Thứ tự"]
    rows = [[1, "Trần Văn Bình", "Bộ trưởng", "Bộ Công an", 20],
            [2, "Lê Thị Cúc", "Thứ trưởng", "Bộ Công an", "hai mươi"],
            [3, "Phạm Văn Dũng", "Phó Chủ tịch", "Quốc hội", 25]]
    path = workbook(tmp_path / "lanh-dao.xlsx", header, rows)
    dialog = workspace.import_file("leaders", str(path))
    assert dialog.mapping() == {"full_name": 1, "title": 2, "organisation": 3, "precedence_rank": 4}
    assert dialog.preview_table.rowCount() == 3
    assert dialog.preview_table.item(1, 1).text() == "Lê Thị Cúc"
    result = run_import(qtbot, dialog)
    assert not result.ok
    assert dialog.report_table.rowCount() == 1
    assert dialog.report_table.item(0, 0).text() == "3"
    assert "Lê Thị Cúc" in dialog.report_table.item(0, 1).text()
    assert dialog.report_table.item(0, 2).text()
    assert "chưa nhập gì" in dialog.summary_label.text()
    assert directory(database) == []
    dialog.reject()

    rows[1][4] = 22
    workbook(path, header, rows)
    dialog = workspace.import_file("leaders", str(path))
    result = run_import(qtbot, dialog)
    assert result.written
    assert dialog.report_table.rowCount() == 0
    assert [r.full_name for r in directory(database)] == ["Trần Văn Bình", "Lê Thị Cúc", "Phạm Văn Dũng"]
    assert workspace.view.model.rowCount() == 3  # refreshed by the import's change set (leaders)
    dialog.reject()

    # The import is one undoable step: undo removes exactly the three leaders, redo puts them back.
    assert campaign_window.undo_stack.undoText() == "Nhập danh bạ lãnh đạo"
    campaign_window.undo_stack.undo()
    assert directory(database) == [] and workspace.view.model.rowCount() == 0
    campaign_window.undo_stack.redo()
    assert [r.full_name for r in directory(database)] == ["Trần Văn Bình", "Lê Thị Cúc", "Phạm Văn Dũng"]
    assert workspace.view.model.rowCount() == 3


def test_import_plan_split_ward_choose_candidate(qtbot, campaign_window, database, tmp_path) -> None:
    window = campaign_window
    workspace = window.workspace("leaders")
    header = ["Ngày", "Địa điểm", "Xã/Phường", "Quận/Huyện", "Tỉnh/Thành phố", "Lãnh đạo", "Chức vụ"]
    rows = [["05/08/2026", "Nhà văn hóa xã", "Xã Pờ Y", "Huyện Ngọc Hồi", "Tỉnh Kon Tum", "Nguyễn Văn An",
             "Phó Thủ tướng Chính phủ"],
            ["12/08/2026", "", "Xã Phú Hội", "Huyện An Phú", "Tỉnh An Giang", "Lê Văn Cường", ""]]
    path = workbook(tmp_path / "ke-hoach.xlsx", header, rows)
    before = table_counts(database)
    dialog = workspace.import_file("plan", str(path))
    result = run_import(qtbot, dialog)
    assert not result.ok
    assert [dialog.report_table.item(i, 0).text() for i in range(dialog.report_table.rowCount())] == ["3"]
    assert dialog.choose(3, "30346")
    result = run_import(qtbot, dialog)
    assert result.written
    assert window.workspace("sites").view.model.rowCount() == 2  # the Sites workspace refreshed
    assert {r.full_name for r in directory(database)} == {"Nguyễn Văn An", "Lê Văn Cường"}
    dialog.reject()
    imported = table_counts(database)

    # One undoable step: undo leaves the database as before (every table's rows; the change log
    # records, for every row the import created, its removal), redo brings the same rows back.
    assert window.undo_stack.undoText() == "Nhập kế hoạch năm"
    window.undo_stack.undo()
    assert table_counts(database) == before
    assert window.workspace("sites").view.model.rowCount() == 0
    with database.read() as session:
        created = {(e, i) for e, i in session.execute(text(
            "SELECT entity, entity_id FROM change_log "
            "WHERE action = 'create' AND entity IN ('site', 'leader', 'invitation')"))}
        removed = {(e, i) for e, i in session.execute(text(
            "SELECT entity, entity_id FROM change_log WHERE action = 'delete'"))}
    assert created and created <= removed
    window.undo_stack.redo()
    assert table_counts(database) == imported
    assert window.workspace("sites").view.model.rowCount() == 2


def table_counts(database) -> dict[str, int]:
    """Rows in every table of the plan (the audit trail aside)."""
    with database.read() as session:
        names = [n for (n,) in session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
                 if n not in ("change_log", "alembic_version", "sqlite_sequence")]
        return {n: session.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one() for n in names}


def make_far_apart_sites(window, database):
    with database.transaction() as session:
        a = sites.add_site(session, window.campaign.id, QUANG_SON, dt.date(2026, 8, 5))
        b = sites.add_site(session, window.campaign.id, BACH_DICH, dt.date(2026, 8, 5), start_time=dt.time(14, 0),
                           end_time=dt.time(16, 0))
        leader = leaders.add_leader(session, "Nguyễn Văn An", title="Phó Thủ tướng Chính phủ", precedence_rank=10)
    window.workspace("sites").refresh()
    window.workspace("leaders").refresh()
    return a, b, leader


def test_invite_head_to_two_far_sites_conflict_shows_in_both_then_override(qtbot, campaign_window, database) -> None:
    window = campaign_window
    a, b, leader = make_far_apart_sites(window, database)
    window.show_workspace("leaders")
    workspace = window.workspace("leaders")
    workspace.view.select_leader(leader.id)
    for site in (a, b):
        dialog = workspace.open_delegation_dialog(site.id)
        assert dialog.site_id() == site.id
        assert dialog.leader_id() == leader.id
        assert dialog.role_combo.currentData() == InvitationRole.HEAD
        assert dialog.invite(), dialog.message_label.text()
        assert dialog.table.rowCount() == 1
        dialog.reject()

    # Leaders workspace: the conflict in the panel and in the leader's engagements.
    assert workspace.view.conflicts_table.rowCount() == 1
    assert workspace.view.conflicts_table.item(0, 0).text() == "Nguyễn Văn An"
    assert workspace.view.engagements_table.rowCount() == 2
    # Sites workspace: head, invitation status and the warning mark on both sites.
    window.show_workspace("sites")
    model = window.workspace("sites").view.model
    for site in (a, b):
        r = model.row_of(site.id)
        assert model.index(r, SiteColumn.HEAD).data() == "Nguyễn Văn An"
        assert model.index(r, SiteColumn.INVITATION).data() == "Dự kiến"
        assert model.extras(site.id).conflicts
        assert not model.index(r, SiteColumn.COMMUNE).data(Qt.ItemDataRole.DecorationRole).isNull()
        assert "Nguyễn Văn An" in model.index(r, SiteColumn.HEAD).data(Qt.ItemDataRole.ToolTipRole)

    # Send, then accept: refused without a reason (shown inline), accepted with one.
    dialog = workspace.open_delegation_dialog(b.id)
    assert dialog.select_leader_row(leader.id)
    assert dialog.change_status(InvitationStatus.SENT)
    assert not dialog.change_status(InvitationStatus.ACCEPTED)
    assert dialog.message_label.isVisibleTo(dialog) and "lý do" in dialog.message_label.text()
    dialog.reason_edit.setText("Đi trực thăng của Bộ Quốc phòng")
    assert dialog.change_status(InvitationStatus.ACCEPTED), dialog.message_label.text()
    assert dialog.table.item(0, 2).text() == "Nhận lời"
    dialog.reject()
    with database.session() as session:
        [row] = invitations.delegation(session, b.id)
    assert (row.status, row.override_reason) == (InvitationStatus.ACCEPTED, "Đi trực thăng của Bộ Quốc phòng")
    assert model.index(model.row_of(b.id), SiteColumn.INVITATION).data() == "Nhận lời"

    # Withdraw the other invitation: the conflict disappears everywhere; undo brings it back.
    dialog = workspace.open_delegation_dialog(a.id)
    dialog.select_leader_row(leader.id)
    assert dialog.change_status(InvitationStatus.WITHDRAWN)
    dialog.reject()
    assert not model.extras(b.id).conflicts
    window.show_workspace("leaders")
    assert workspace.view.conflicts_table.rowCount() == 0
    window.undo_action.trigger()
    assert workspace.view.conflicts_table.rowCount() == 1
    window.show_workspace("sites")
    assert model.extras(a.id).conflicts


def test_travel_parameters_dialog_changes_the_conflicts(qtbot, campaign_window, database) -> None:
    window = campaign_window
    a, b, leader = make_far_apart_sites(window, database)
    with database.transaction() as session:
        invitations.invite(session, a.id, leader.id, "head")
        invitations.invite(session, b.id, leader.id, "head")
    workspace = window.workspace("leaders")
    workspace.refresh()
    assert workspace.view.conflicts_table.rowCount() == 1
    dialog = workspace.open_travel_dialog()
    assert dialog.spins["lowland_speed_kmh"].value() == 50
    for name in ("flight_speed_kmh",):
        dialog.spins[name].setValue(1000)
    dialog.spins["airport_overhead_h"].setValue(0)
    dialog.spins["min_flight_km"].setValue(0)
    dialog.spins["road_factor"].setValue(1.0)
    dialog.spins["mountain_road_factor"].setValue(1.0)
    dialog.spins["lowland_speed_kmh"].setValue(120)
    dialog.spins["mountain_speed_kmh"].setValue(120)
    dialog.accept()
    with database.session() as session:
        from festival_planner.services import conflicts, planning

        params = planning.travel_parameters(session, window.campaign.id)
        expected = len(conflicts.find_conflicts(session, window.campaign.id))
    assert params.flight_speed_kmh == 1000 and params.airport_overhead_h == 0
    assert workspace.travel_parameters() == params
    assert workspace.view.conflicts_table.rowCount() == expected


def test_exports_write_files(qtbot, campaign_window, database, tmp_path) -> None:
    window = campaign_window
    a, b, leader = make_far_apart_sites(window, database)
    with database.transaction() as session:
        invitations.invite(session, a.id, leader.id, "head")
    workspace = window.workspace("leaders")
    workspace.refresh()
    workspace.view.select_leader(leader.id)
    assert workspace.export_directory(str(tmp_path / "lanh-dao.xlsx")) == 1
    assert workspace.export_delegations(str(tmp_path / "doan.xlsx")) == 2
    assert workspace.export_ics(str(tmp_path / "lich.ics")) == 1
    from icalendar import Calendar

    calendar = Calendar.from_ical((tmp_path / "lich.ics").read_bytes())
    assert len(list(calendar.walk("VEVENT"))) == 1
