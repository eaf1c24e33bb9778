"""The application's icons: SVG files in ``resources/icons/`` (crisp at any scaling), by name.

A name without a file falls back to the style's standard icon, so a missing file never leaves a
toolbar button blank.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon
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
