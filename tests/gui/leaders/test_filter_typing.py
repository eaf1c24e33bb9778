"""The Leaders directory's filter driven through the real filter box (issue 19 item 5): keys typed one
by one show exactly the leaders whose folded name, title, organisation, phone or e-mail holds every
word, in the table's sort order; sorting is the model's own and keeps the selection; an edit moves
its row to its sorted place."""

from __future__ import annotations

import dataclasses
import uuid

import pytest
from PySide6.QtCore import Qt

from festival_planner.domain.text import fold
from festival_planner.gui.leaders.table_model import Column, LeaderTableModel, sort_value
from festival_planner.gui.leaders.view import LeadersView
from festival_planner.services.leaders import LeaderRow

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đỗ"]
GIVEN = ["An", "Bình", "Hà", "Hải", "Sơn", "Yến", "Thắng"]


def _rows(count: int = 240) -> list[LeaderRow]:
    return [LeaderRow(id=uuid.UUID(int=n + 1), full_name=f"{FAMILY[n % 6]} Văn {GIVEN[n // 6 % 7]} {n // 42}",
                      title=("Phó Cục trưởng", "Bộ trưởng Bộ Công an", "Thứ trưởng")[n % 3],
                      organisation=f"Cục {n % 9 + 1}", precedence_rank=(n * 37) % 101, phone=f"0912{n:06d}",
                      email=f"cb{n}@example.vn", notes="", active=n % 11 != 0, version=1)
            for n in range(count)]


def _expected(rows: list[LeaderRow], text: str, column: Column, order: Qt.SortOrder) -> list[uuid.UUID]:
    tokens = fold(text).split()
    kept = [r for r in rows if all(t in " ".join(fold(f) for f in (r.full_name, r.title, r.organisation,
                                                                      r.phone, r.email)) for t in tokens)]
    kept.sort(key=lambda r: sort_value(r, column), reverse=order == Qt.SortOrder.DescendingOrder)
    return [r.id for r in kept]


@pytest.fixture
def view(qtbot) -> LeadersView:
    widget = LeadersView()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.set_rows(_rows())
    return widget


def test_typing_in_the_filter_box_shows_the_matching_leaders_in_order(qtbot, view) -> None:
    rows = _rows()
    view.filter_edit.setFocus()
    typed = ""
    for key in "nguyen van ha":
        qtbot.keyClicks(view.filter_edit, key)
        typed += key
        assert [r.id for r in view.visible_rows()] == _expected(rows, typed, Column.RANK, Qt.SortOrder.AscendingOrder)
    assert 0 < len(view.visible_rows()) < len(rows)
    assert view.count_label.text().startswith(f"{len(view.visible_rows())} / {len(rows)}")
    for _ in range(3):  # backspace widens again, rows back in their sorted place
        qtbot.keyClick(view.filter_edit, Qt.Key.Key_Backspace)
        typed = typed[:-1]
        assert [r.id for r in view.visible_rows()] == _expected(rows, typed, Column.RANK, Qt.SortOrder.AscendingOrder)
    view.filter_edit.clear()
    for char in "Bộ Công":  # typed with diacritics (an input method commits each letter), words of the title
        view.filter_edit.insert(char)
    assert [r.id for r in view.visible_rows()] == _expected(rows, "bo cong", Column.RANK, Qt.SortOrder.AscendingOrder)
    view.filter_edit.clear()
    qtbot.keyClicks(view.filter_edit, "0912000017")  # the phone
    assert [r.full_name for r in view.visible_rows()] == [rows[17].full_name]
    view.filter_edit.clear()
    assert len(view.visible_rows()) == len(rows)


def test_sorting_by_a_header_keeps_the_selection_and_the_filter(qtbot, view) -> None:
    rows = _rows()
    chosen = rows[50]
    assert view.select_leader(chosen.id)
    view.table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert [r.id for r in view.visible_rows()] == _expected(rows, "", Column.NAME, Qt.SortOrder.DescendingOrder)
    assert view.selected_row().id == chosen.id  # the selection followed its row
    qtbot.keyClicks(view.filter_edit, "tran")
    assert [r.id for r in view.visible_rows()] == _expected(rows, "tran", Column.NAME, Qt.SortOrder.DescendingOrder)
    view.filter_edit.clear()
    assert view.select_leader(chosen.id)
    qtbot.keyClicks(view.filter_edit, "le van")  # the chosen leader still shown: still selected
    assert view.selected_row().id == chosen.id


def test_an_edited_row_moves_to_its_sorted_place_and_stays_selected(qtbot, view) -> None:
    rows = _rows()
    view.table.sortByColumn(Column.RANK, Qt.SortOrder.AscendingOrder)
    chosen = rows[7]
    assert view.select_leader(chosen.id)
    edited = [dataclasses.replace(r, precedence_rank=-1, version=2) if r.id == chosen.id else r for r in rows]
    view.set_rows(edited)  # same leaders: updated in place, then in its sorted place
    assert view.visible_rows()[0].id == chosen.id
    assert view.selected_row().id == chosen.id
    view.model.update_rows([dataclasses.replace(edited[7], title="Chủ tịch nước", precedence_rank=500, version=3)])
    assert view.visible_rows()[-1].id == chosen.id
    qtbot.keyClicks(view.filter_edit, "chu tich")
    assert [r.id for r in view.visible_rows()] == [chosen.id]


def test_the_sorting_model_passes_qtmodeltester(qtmodeltester) -> None:
    model = LeaderTableModel()
    model.set_rows(_rows(30))
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    assert [model.index(i, 0).data(Qt.ItemDataRole.UserRole + 2).id for i in range(30)] == \
        _expected(_rows(30), "", Column.NAME, Qt.SortOrder.DescendingOrder)
