"""The main window on the screen (the window's counterpart of ``column_fit``): its first size, and
toolbars that keep every button on screen.

The main window shows its own toolbar (year, plan, undo, redo) and the current workspace's on one
line. Qt folds the buttons that do not fit into a » menu, which hides actions such as Leaders'
.ics export; instead, when the labels do not fit the window's width, undo and redo, then the
workspace's buttons from the last one, show their icon only (the tooltip keeps the name).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QWidget

TOOLBAR_SLACK = 8  # the toolbar area's margins and the space between the two toolbars


def first_size(window: QWidget) -> QSize:
    """The main window's size on its first start (no saved geometry): 1280×800, or 92 % of the
    available screen when that is smaller (a 1366×768 laptop); the first paint takes the same."""
    screen = window.screen().availableGeometry() if window.screen() else None
    if screen is None:
        return QSize(1280, 800)
    return QSize(min(1280, int(screen.width() * 0.92)), min(800, int(screen.height() * 0.92)))


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
