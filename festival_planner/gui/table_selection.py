"""Reading and setting the selection of a table view over (proxy →) snapshot model, by row id.

Every workspace table holds snapshots with an ``OBJECT_ROLE`` and a model with ``row_of(id)``; these
helpers are the one way to ask which row is selected or shown, and to select a row by its id."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QTableView

from festival_planner.gui.snapshot_model import OBJECT_ROLE


def visible_rows(proxy: QSortFilterProxyModel, role: int = OBJECT_ROLE) -> list[Any]:
    """The rows the filter keeps, in the order shown."""
    return [proxy.index(i, 0).data(role) for i in range(proxy.rowCount())]


def selected_row(table: QTableView, role: int = OBJECT_ROLE) -> Any | None:
    """The selected row's snapshot, if a row is selected."""
    index = table.currentIndex()
    if not index.isValid() or not table.selectionModel().isRowSelected(index.row(), index.parent()):
        return None
    return index.siblingAtColumn(0).data(role)


def selected_rows(table: QTableView, role: int = OBJECT_ROLE) -> list[Any]:
    """The snapshots of every selected row, in the order shown."""
    rows = sorted(index.row() for index in table.selectionModel().selectedRows())
    return [table.model().index(row, 0).data(role) for row in rows]


def select_row(table: QTableView, model: Any, proxy: QSortFilterProxyModel, row_id: uuid.UUID) -> bool:
    """Select (and scroll to) the row with this id; False when it is not shown."""
    source_row = model.row_of(row_id)
    if source_row < 0:
        return False
    index = proxy.mapFromSource(model.index(source_row, 0))
    if not index.isValid():
        return False
    table.selectRow(index.row())
    table.setCurrentIndex(index)
    table.scrollTo(index)
    return True
