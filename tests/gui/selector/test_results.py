"""The Selector's results table: a ``SnapshotTableModel`` (Qt's model checks), sorted by native
scores, selection by commune code both ways."""

from __future__ import annotations

from PySide6.QtCore import Qt

from festival_planner.gui.selector.results import Column, ResultModel, ResultRow, ResultTable
from festival_planner.gui.snapshot_model import OBJECT_ROLE, SORT_ROLE, SnapshotTableModel

ROWS = [
    ResultRow("01", "Xã Quảng Sơn", "Đắk Lắk", "Tây Nguyên", 9.5),
    ResultRow("02", "Phường Ba Đình", "Hà Nội", "Đồng bằng sông Hồng", 10.25),
    ResultRow("03", "Đặc khu Côn Đảo", "Thành phố Hồ Chí Minh", "Đông Nam Bộ", 0.75),
]


def test_the_model_passes_qtmodeltester(qtbot, qtmodeltester) -> None:
    model = ResultModel()
    assert isinstance(model, SnapshotTableModel)
    qtmodeltester.check(model)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    assert model.headerData(Column.SCORE, Qt.Orientation.Horizontal) == "Điểm"
    assert model.index(1, Column.SCORE).data() == "10,25"  # Vietnamese decimal comma
    assert model.index(1, Column.SCORE).data(SORT_ROLE) == 10.25
    assert model.index(2, 0).data(OBJECT_ROLE) is ROWS[2]
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged, timeout=1000):
        model.set_rows(ROWS)


def test_the_table_sorts_by_score_and_selects_by_code(qtbot, qtmodeltester) -> None:
    table = ResultTable()
    qtbot.addWidget(table)
    table.results.set_rows(ROWS)
    qtmodeltester.check(table.proxy)
    assert table.codes() == ["02", "01", "03"]  # 10.25 before 9.5 (numbers, not text)
    table.sortByColumn(Column.COMMUNE, Qt.SortOrder.AscendingOrder)
    assert table.codes() == ["03", "02", "01"]  # Vietnamese order: Đ after D, before X

    picked: list[str] = []
    table.code_selected.connect(picked.append)
    assert table.select_code("01") and table.selected_code() == "01"
    assert picked == []  # following the map is quiet
    table.selectRow(0)  # the user picks a row
    assert table.selected_code() == "03" and picked == ["03"]
    assert not table.select_code("99") and table.selected_code() is None
