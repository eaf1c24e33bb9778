"""Table columns sized to what they show (issue 17 item 5: a window that fits 1366×768).

Short columns (names, dates, times, statuses, scores) take the width of their content and are never
elided; the long ones (a venue, a position, a region list) share what is left and elide in the middle,
the whole text in the cell's tooltip where the model gives one. ``text_fits`` is the check the tests
make: the same margins Qt uses before it elides a cell.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView
from shiboken6 import isValid

Mode = QHeaderView.ResizeMode


def fit_columns(view: QTableView, stretch: Iterable[int], minimum: int = 48, *, measure_text: bool = False) -> None:
    """Every column of ``view`` as wide as its content, except ``stretch``: those share the rest.

    The header's last section does not stretch on its own; text that still has to be cut is cut in
    the middle (the beginning and end of a name or a position say the most). ``measure_text``: the
    widths come from ``TextWidths`` (one pass over the cells' texts) instead of Qt's
    ``ResizeToContents`` (the delegate asked for every role of every cell at each layout): for a
    table whose rows make the window's start-up (the Sites table at 300 sites)."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(minimum)
    header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a title too wide is cut with "…", not clipped
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.setWordWrap(False)  # a wrapped cell elides at its end, whatever the mode
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    long_columns = set(stretch)
    model = view.model()
    fitted = Mode.Fixed if measure_text else Mode.ResizeToContents
    for column in range(model.columnCount() if model is not None else 0):
        header.setSectionResizeMode(column, Mode.Stretch if column in long_columns else fitted)
    if measure_text and model is not None:
        widths = TextWidths(view, [c for c in range(model.columnCount()) if c not in long_columns], minimum)
        widths.fit()


class TextWidths(QObject):
    """Keeps ``columns`` of ``view`` as wide as their widest cell and their title, the width Qt's
    ``ResizeToContents`` gives, measured in one pass over the rows: each cell's text with the view's
    font metrics and its icon (what ``text_fits`` checks; such a table's model gives no FontRole),
    and for the widest cell of each column Qt's own size hint too. The rows measured are the source
    model's, all of them: a filter or a sort changes no width (and costs no measuring); a reset or rows
    added or removed refit at once; an edit of a few rows widens at once and is refitted whole from
    the event loop (a shorter text may let a column narrow)."""

    def __init__(self, view: QTableView, columns: list[int], minimum: int) -> None:
        super().__init__(view)
        self.view, self.columns, self.minimum = view, columns, minimum
        self._pending = False
        model = view.model()
        while isinstance(model, QAbstractProxyModel):
            model = model.sourceModel()
        self.model = model
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.fit)
        model.dataChanged.connect(self._changed)

    def fit(self, *_args: object) -> None:
        """Set every measured column to its widest cell (never below its title or ``minimum``)."""
        self._pending = False
        if not isValid(self.view):  # the model's last signals as the table is destroyed
            return
        self._apply(self._widest(range(self.model.rowCount())), shrink=True)

    def _changed(self, top: QModelIndex, bottom: QModelIndex, *_roles: object) -> None:
        if not isValid(self.view):
            return
        self._apply(self._widest(range(top.row(), bottom.row() + 1)), shrink=False)
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)

    def _widest(self, rows: range) -> dict[int, int]:
        view, model = self.view, self.model
        margin = 2 * text_margin(view)
        icon = (view.iconSize().width() if view.iconSize().isValid() else 16) + margin
        metrics = QFontMetrics(view.font())
        grid = 1 if view.showGrid() else 0
        proxy = view.model()
        out: dict[int, int] = {}
        advance: dict[str, int] = {"": 0}  # dates, provinces, statuses repeat: each text measured once
        for column in self.columns:
            best, best_row = 0, -1
            for row, (text, has_icon) in zip(rows, self._cells(column, rows)):
                width = advance.get(text)
                if width is None:
                    width = advance[text] = metrics.horizontalAdvance(text)
                if has_icon:
                    width += icon
                if width > best:
                    best, best_row = width, row
            if best_row >= 0:
                best += margin
                shown = proxy.index(best_row, column) if proxy is model else \
                    proxy.mapFromSource(model.index(best_row, column))  # type: ignore[attr-defined]
                if shown.isValid():  # the widest cell as Qt's delegate sizes it, too (filtered out: not shown)
                    best = max(best, view.sizeHintForIndex(shown).width())
            out[column] = best + grid
        return out

    def _cells(self, column: int, rows: range) -> list[tuple[str, bool]]:
        """Each row's text and whether it has an icon (in one call when the model offers it)."""
        cells = getattr(self.model, "column_cells", None)
        if cells is not None:
            return cells(column, rows)  # type: ignore[no-any-return]
        out = []
        for row in rows:
            index = self.model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            out.append(("" if text is None else str(text), index.data(Qt.ItemDataRole.DecorationRole) is not None))
        return out

    def _apply(self, widths: dict[int, int], *, shrink: bool) -> None:
        header = self.view.horizontalHeader()
        for column, content in widths.items():
            width = max(content, header.sectionSizeHint(column), self.minimum)
            if shrink or width > header.sectionSize(column):
                header.resizeSection(column, width)


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
