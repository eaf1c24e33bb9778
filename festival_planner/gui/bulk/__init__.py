"""What the bulk actions' dialogs share: one write put on the undo stack as one step (undone from its
own change records), and the preview table that lists, row by row, what OK will do."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget
from sqlalchemy.orm import Session

from festival_planner.gui.commands import WrittenCommand
from festival_planner.gui.workspace import WorkspaceContext

T = TypeVar("T")
REFUSED = QColor("#b00020")
SKIPPED = QColor("#6b6b6b")


def push_written(context: WorkspaceContext, text: str, call: Callable[[Session], T]) -> T:
    """Run ``call`` as one write (raises when refused: nothing written, nothing pushed) and put it on
    the undo stack as one step; Ctrl+Z reverts exactly the rows it wrote."""
    result, changes = context.ops.perform_tracked(call)
    if changes:
        context.undo_stack.push(WrittenCommand(context.ops, text, changes))
    return result


class PreviewTable(QTableWidget):
    """A read-only table of what a bulk action will do, one line per site."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None, *, stretch: int | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setObjectName("previewTable")
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def set_lines(self, lines: Sequence[Sequence[str]], colours: Sequence[QColor | None] | None = None) -> None:
        self.setRowCount(len(lines))
        for row, line in enumerate(lines):
            colour = colours[row] if colours else None
            for column, text in enumerate(line):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if colour is not None:
                    item.setForeground(QBrush(colour))
                self.setItem(row, column, item)

    def column_texts(self, column: int) -> list[str]:
        """What a column says, top to bottom (tests and the summary read it)."""
        return [self.item(r, column).text() if self.item(r, column) else "" for r in range(self.rowCount())]
