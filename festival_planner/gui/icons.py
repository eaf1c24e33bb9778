"""The application's icons: SVG files in ``resources/icons/`` (crisp at any scaling), by name.

A name without a file falls back to the style's standard icon, so a missing file never leaves a
toolbar button blank.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle

from festival_planner.resource_files import resource

_FALLBACK = {
    "add": QStyle.StandardPixmap.SP_FileDialogNewFolder,
    "edit": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "delete": QStyle.StandardPixmap.SP_TrashIcon,
    "undo": QStyle.StandardPixmap.SP_ArrowBack,
    "redo": QStyle.StandardPixmap.SP_ArrowForward,
    "open": QStyle.StandardPixmap.SP_DialogOpenButton,
    "backup": QStyle.StandardPixmap.SP_DialogSaveButton,
    "restore": QStyle.StandardPixmap.SP_BrowserReload,
    "sites": QStyle.StandardPixmap.SP_DirHomeIcon,
}


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name`` (``resources/icons/<name>.svg``)."""
    svg = resource("icons", f"{name}.svg")
    if svg.is_file():
        return QIcon(str(svg))
    style = QApplication.style()
    if name in _FALLBACK and style is not None:
        return style.standardIcon(_FALLBACK[name])
    return QIcon()


Shortcut = str | QKeySequence | QKeySequence.StandardKey | list[str | QKeySequence]


def make_action(parent: QObject, text: str, icon_name: str | None = None,
                slot: Callable[[], object] | None = None, shortcut: Shortcut | None = None, tip: str = "", *,
                checkable: bool = False, checked: bool = False) -> QAction:
    """An action with the role's icon, an optional shortcut (a standard key or a list gives every
    binding) and tooltip, calling ``slot()`` — the one way the shell, the workspaces and their dialogs
    make toolbar and menu actions, always with these arguments in this order."""
    action = QAction(icon(icon_name) if icon_name else QIcon(), text, parent)
    if isinstance(shortcut, (list, QKeySequence.StandardKey)):
        action.setShortcuts([QKeySequence(s) for s in shortcut] if isinstance(shortcut, list) else shortcut)
    elif shortcut:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    if checkable:
        action.setCheckable(True)
        action.setChecked(checked)
    fresh = getattr(parent, "ensure_fresh", None)
    if callable(fresh):  # a hidden workspace's action (its menu, a shortcut) first catches up on changes
        action.triggered.connect(lambda _checked=False: fresh())
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action


def make_separator(parent: QObject) -> QAction:
    """A separator among a workspace's actions (a menu draws a line, a toolbar a gap)."""
    action = make_action(parent, "")
    action.setSeparator(True)
    return action
