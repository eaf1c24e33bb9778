"""Toolbars that keep every button on screen (the toolbar's counterpart of ``column_fit``).

The main window shows its own toolbar (year, plan, undo, redo) and the current workspace's on one
line. Qt folds the buttons that do not fit into a » menu, which hides actions such as Leaders'
.ics export; instead, when the labels do not fit the window's width, undo and redo, then the
workspace's buttons from the last one, show their icon only (the tooltip keeps the name).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar

TOOLBAR_SLACK = 8  # the toolbar area's margins and the space between the two toolbars


def toolbars_width(bars: Sequence[QToolBar | None]) -> int:
    """The width the visible toolbars among ``bars`` ask for on their shared line."""
    width = TOOLBAR_SLACK
    for bar in bars:
        if bar is not None and bar.isVisible():
            bar.layout().invalidate()
            width += bar.sizeHint().width()
    return width


def fit_toolbars(width: int, shell: QToolBar, shell_actions: Sequence[QAction], bar: QToolBar | None) -> None:
    """Give ``shell_actions`` (undo, redo), then ``bar``'s actions from the last one, low priority
    (icon only beside text) until the shell's toolbar and ``bar`` fit ``width``."""
    own = [a for a in bar.actions() if not a.isSeparator()] if bar is not None and bar.isVisible() else []
    for action in (*shell_actions, *own):
        action.setPriority(QAction.Priority.NormalPriority)
    if not own:
        return
    for step in (list(shell_actions), *([action] for action in reversed(own))):
        if toolbars_width((shell, bar)) <= width:
            return
        for action in step:
            action.setPriority(QAction.Priority.LowPriority)
