"""Before Qt opens a window on Linux: is there a display to open it on, and can Qt's X11 plugin load?

Without this, a DISPLAY that cannot be reached or a missing system library (``libxcb-cursor0`` on a
fresh desktop) makes Qt abort with exit code 134 and nothing useful on stderr. Here each becomes one
line naming the cause and the fix. Qt-free: it only loads shared libraries with ``ctypes``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import sys
from pathlib import Path

# Qt's X11 platform plugin needs these Debian/Ubuntu packages besides Qt itself (Qt 6.5+).
XCB_PACKAGES = ("libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
                "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0", "libxcb-xkb1",
                "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3")
_SONAME = re.compile(r"(lib[\w.+-]+?)\.so\.(\d+)")


def debian_package(soname: str) -> str:
    """The usual Debian package of a shared library: libxcb-icccm.so.4 → libxcb-icccm4."""
    match = _SONAME.search(soname)
    if not match:
        return soname
    name, major = match.groups()
    name = name.lower()
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


def _uses_xcb() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    return bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY")


def xcb_plugin() -> Path | None:
    """PySide6's X11 platform plugin, found without importing Qt."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def missing_library() -> str | None:
    """The shared library the X11 plugin cannot load, or None when it loads."""
    plugin = xcb_plugin()
    if plugin is None:
        return None
    try:
        ctypes.CDLL(str(plugin), mode=ctypes.RTLD_LOCAL)
    except OSError as exc:
        match = _SONAME.search(str(exc))
        return match.group(0) if match else str(exc)
    return None


def display_reachable(display: str) -> bool:
    """Whether an X server answers at ``display`` (through libxcb, as Qt connects)."""
    found = ctypes.util.find_library("xcb")
    if not found:
        return True  # cannot tell; let Qt try
    xcb = ctypes.CDLL(found)
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return connection is not None and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)


def problem() -> tuple[str, dict[str, str]] | None:
    """Why a window cannot open here, as (message code, parameters); None when it can (or is not X11)."""
    if not sys.platform.startswith("linux") or not _uses_xcb():
        return None
    library = missing_library()
    if library is not None:
        return "missing_qt_library", {"library": library, "package": debian_package(library),
                                      "packages": " ".join(XCB_PACKAGES)}
    display = os.environ.get("DISPLAY", "")
    if display and not display_reachable(display):
        return "display_unreachable", {"display": display}
    return None
