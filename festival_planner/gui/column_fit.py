"""Table columns sized to what they show (issue 17 item 5: a window that fits 1366×768).

Short columns (names, dates, times, statuses, scores) take the width of their content and are never
elided; the long ones (a venue, a position, a region list) share what is left and elide in the middle,
the whole text in the cell's tooltip where the model gives one. ``text_fits`` is the check the tests
make: the same margins Qt uses before it elides a cell.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

Mode = QHeaderView.ResizeMode


def fit_columns(view: QTableView, stretch: Iterable[int], minimum: int = 48) -> None:
    """Every column of ``view`` as wide as its content, except ``stretch``: those share the rest.

    The header's last section does not stretch on its own; text that still has to be cut is cut in
    the middle (the beginning and end of a name or a position say the most)."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(minimum)
    header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a title too wide is cut with "…", not clipped
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.setWordWrap(False)  # a wrapped cell elides at its end, whatever the mode
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    long_columns = set(stretch)
    model = view.model()
    for column in range(model.columnCount() if model is not None else 0):
        header.setSectionResizeMode(column, Mode.Stretch if column in long_columns else Mode.ResizeToContents)


def text_margin(view: QAbstractItemView) -> int:
    """The space Qt keeps on each side of a cell's text (the style's focus frame and one pixel)."""
    return view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1


def text_fits(view: QTableView, index: QModelIndex) -> bool:
    """True when the cell at ``index`` shows its whole text (no "…"): the text, its margins and the
    cell's icon fit the column's width."""
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
    needed = metrics.horizontalAdvance(text) + 2 * text_margin(view)
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        needed += view.iconSize().width() if view.iconSize().isValid() else 16
        needed += 2 * text_margin(view)
    return needed <= view.columnWidth(index.column())


def column_in_view(view: QTableView, column: int) -> bool:
    """True when the whole column is inside the table's visible area (no scrolling needed)."""
    header = view.horizontalHeader()
    left = header.sectionViewportPosition(column)
    return left >= 0 and left + header.sectionSize(column) <= view.viewport().width()
