"""``fit_columns(measure_text=True)`` (the Sites table): the widths Qt's ResizeToContents gives, from one
pass over the texts — every row counted, not only those on screen; a filter or a sort changes nothing;
an edit widens at once and narrows from the event loop."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from festival_planner.gui.column_fit import fit_columns, text_fits
from festival_planner.gui.icons import icon

NAMES = ["Xã A Lưới", "Phường Hội An Tây", "Đặc khu Côn Đảo", "Xã Mường Nhé", "Xã Ia H'Drai"]


def table(qtbot, rows: int, measure: bool) -> tuple[QTableView, QStandardItemModel, QSortFilterProxyModel]:
    model = QStandardItemModel(rows, 3)
    model.setHorizontalHeaderLabels(["Xã, phường", "Ngày", "Địa điểm"])
    for row in range(rows):
        model.setItem(row, 0, QStandardItem(NAMES[row % len(NAMES)]))
        model.setItem(row, 1, QStandardItem(f"{row % 28 + 1:02d}/08/2026"))
        model.setItem(row, 2, QStandardItem("Nhà văn hóa"))
    model.setItem(rows - 1, 0, QStandardItem("Xã Quảng Sơn (tên dài ở hàng cuối cùng của bảng)"))  # off screen
    model.item(3, 0).setIcon(icon("warning"))  # a conflict marker takes room too
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    qtbot.addWidget(view)
    fit_columns(view, stretch=(2,), minimum=60, measure_text=measure)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    return view, model, proxy


def test_the_widths_are_qts_own_for_every_row(qtbot) -> None:
    ours, model, _ = table(qtbot, 300, measure=True)
    qts, _, _ = table(qtbot, 300, measure=False)
    QApplication.processEvents()
    for column in (0, 1):
        assert abs(ours.columnWidth(column) - qts.columnWidth(column)) <= 2, column
        assert all(text_fits(ours, ours.model().index(row, column)) for row in range(300)), column
    assert ours.columnWidth(0) > ours.fontMetrics().horizontalAdvance("Xã Quảng Sơn (tên dài ở hàng cuối")


def test_a_filter_or_sort_keeps_the_widths_and_an_edit_refits(qtbot) -> None:
    view, model, proxy = table(qtbot, 60, measure=True)
    wide = view.columnWidth(0)
    proxy.setFilterFixedString("Mường")  # the long name filtered out: the column stays as it was
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    QApplication.processEvents()
    assert view.columnWidth(0) == wide
    proxy.setFilterFixedString("")
    model.item(10, 0).setText("Xã có tên còn dài hơn nữa, sửa ngay trong bảng để thử")
    assert view.columnWidth(0) > wide  # at once: no cut text, not even for a moment
    model.item(10, 0).setText("Xã Ngắn")
    model.item(59, 0).setText("Xã Ngắn")
    QApplication.processEvents()  # the whole refit, from the event loop
    assert view.columnWidth(0) < wide
    assert all(text_fits(view, view.model().index(row, 0)) for row in range(60))
