"""The leaders' table model and its filter proxy: Qt's model checks, filter without diacritics,
sort by precedence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from festival_planner.gui.leaders.table_model import (
    OBJECT_ROLE,
    SORT_ROLE,
    Column,
    LeaderFilterProxyModel,
    LeaderTableModel,
)
from festival_planner.services import leaders


@pytest.fixture
def rows(database) -> list[leaders.LeaderRow]:
    with database.transaction() as session:
        leaders.add_leader(session, "Trần Quốc Hưng", title="Bộ trưởng Bộ Công an", precedence_rank=15)
        leaders.add_leader(session, "Lê Minh Quang", title="Ủy viên Bộ Chính trị", precedence_rank=5)
        row = leaders.add_leader(session, "Đỗ Thị Hà", title="Thứ trưởng Bộ Công an", precedence_rank=40)
        leaders.deactivate_leader(session, row.id, row.version)
        return leaders.list_leaders(session)


def test_model_and_proxy_pass_qtmodeltester(qtmodeltester, rows) -> None:
    model = LeaderTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    qtmodeltester.check(LeaderTableModel())
    proxy = LeaderFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.set_filter_text("bo cong an")
    qtmodeltester.check(proxy)


def test_columns_roles_and_inactive(rows) -> None:
    model = LeaderTableModel()
    model.set_rows(rows)
    assert model.columnCount() == len(Column)
    assert model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "Họ và tên"
    assert model.index(0, Column.NAME).data() == "Lê Minh Quang"
    assert model.index(0, Column.RANK).data(SORT_ROLE) == rows[0].order
    assert model.index(2, 0).data(OBJECT_ROLE).full_name == "Đỗ Thị Hà"
    assert "ngừng theo dõi" in model.index(2, Column.NAME).data()
    assert model.index(2, Column.NAME).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_filter_as_you_type_without_diacritics_and_sort_by_precedence(rows) -> None:
    model = LeaderTableModel()
    model.set_rows(list(reversed(rows)))
    proxy = LeaderFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(Column.RANK, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(i, 0).data(OBJECT_ROLE).precedence_rank for i in range(3)] == [5, 15, 40]
    proxy.set_filter_text("bo cong an")
    assert proxy.rowCount() == 2
    proxy.set_filter_text("do thi ha")
    assert [proxy.index(i, Column.NAME).data() for i in range(proxy.rowCount())] == ["Đỗ Thị Hà (ngừng theo dõi)"]
    proxy.set_filter_text("")
    assert proxy.rowCount() == 3


def test_the_directory_stands_on_the_snapshot_model(qtbot, rows) -> None:
    from festival_planner.gui.snapshot_model import SnapshotTableModel

    model = LeaderTableModel()
    assert isinstance(model, SnapshotTableModel)
    model.set_rows(rows)
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged, timeout=1000):
        model.set_rows(rows)  # the same leaders (an edit): changed in place, the selection stays
