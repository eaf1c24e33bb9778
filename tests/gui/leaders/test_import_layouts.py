"""The import dialog over a list as offices send it (issue 17 item 4): the header row found below the
title block and shown in "Dòng tiêu đề cột", the preview with the table's rows at readable widths, the
skipped rows named, the header row chosen by hand, exactly the table's leaders imported, one undo."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import select

from festival_planner.domain.models import Leader
from festival_planner.gui.leaders.import_dialog import COLUMN_WIDTH, PREVIEW_ROWS
from tests.integration.spreadsheets import HEADER_ROW, LEADERS, NOT_LEADERS, official_leaders_workbook

from .helpers import run_import

pytestmark = pytest.mark.gui


def names_in(database) -> list[str]:
    with database.session() as session:
        return sorted(session.scalars(select(Leader.full_name)))


def test_the_import_dialog_reads_an_official_list(qtbot, campaign_window, database, tmp_path) -> None:
    window = campaign_window
    window.show_workspace("leaders")
    workspace = window.workspace("leaders")
    path = official_leaders_workbook(tmp_path / "danh-sach.xlsx")
    dialog = workspace.import_file("leaders", str(path))
    dialog.show()
    qtbot.waitExposed(dialog)

    assert dialog.header_spin.value() == HEADER_ROW
    assert "tiêu đề cột ở dòng 4–5; dữ liệu từ dòng 8" in dialog.header_note.text()
    assert dialog.mapping() == {"full_name": 1, "title": 2, "organisation": 3, "phone": 4, "email": 5, "notes": 6}
    preview = dialog.preview_table
    assert [preview.item(i, 1).text() for i in range(preview.rowCount())] == [name for name, *_r in LEADERS]
    assert [preview.item(i, 0).text() for i in range(preview.rowCount())] == ["8", "9", "12", "13"]
    skipped = dialog.skipped_label.text()
    assert skipped.startswith("Bỏ qua 11 dòng không phải dữ liệu: 1–2 (tiêu đề phía trên bảng)")
    assert "chân bảng" in skipped and dialog.skipped_label.isVisible()
    # Readable widths: each column fits its longest text (or the upper limit), never below the lower one.
    metrics = preview.fontMetrics()
    for column in range(preview.columnCount()):
        texts = [preview.horizontalHeaderItem(column).text()] + [
            preview.item(row, column).text() for row in range(preview.rowCount())]
        width = preview.columnWidth(column)
        assert COLUMN_WIDTH[0] <= width <= COLUMN_WIDTH[1]
        assert width >= min(COLUMN_WIDTH[1], max(metrics.horizontalAdvance(t) for t in texts)), texts
    assert preview.height() >= preview.horizontalHeader().height() + PREVIEW_ROWS * preview.rowHeight(0)
    assert not dialog.report_table.isVisible()  # nothing to report yet
    if os.environ.get("FESTIVAL_PLANNER_SHOTS"):
        dialog.grab().save(os.path.join(os.environ["FESTIVAL_PLANNER_SHOTS"], "import-dialog.png"))

    # The header row chosen by hand: the title row gives no name column (nothing can be imported) …
    dialog.header_spin.setValue(2)
    assert dialog.mapping() == {} and not dialog.import_button.isEnabled()
    assert "Họ và tên" in dialog.summary_label.text()
    # … an empty row is refused in Vietnamese, and the header row again reads the table as before.
    dialog.header_spin.setValue(3)
    assert dialog.header_note.text().startswith("Dòng 3 không thể là dòng tiêu đề cột")
    dialog.header_spin.setValue(HEADER_ROW)
    assert dialog.mapping()["full_name"] == 1 and dialog.import_button.isEnabled()

    result = run_import(qtbot, dialog)
    assert result.written and not dialog.report_table.isVisible()
    assert names_in(database) == sorted(name for name, *_r in LEADERS)
    assert not set(names_in(database)) & set(NOT_LEADERS)
    assert workspace.view.model.rowCount() == len(LEADERS)
    dialog.reject()
    assert window.undo_stack.undoText() == "Nhập danh bạ lãnh đạo"
    window.undo_stack.undo()
    assert names_in(database) == []
