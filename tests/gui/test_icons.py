"""The icon set: every role has a Lucide SVG in resources/icons/ that renders at toolbar sizes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QIcon, QImage, QImageReader

from festival_planner.resource_files import resource

ROLES = [
    "add", "edit", "delete", "undo", "redo", "open", "new", "backup", "restore", "sites",
    "new_year", "year_plan", "map", "selector", "leaders", "invitations", "checklists",
    "programme", "budget", "progress", "reports", "print", "pdf", "import", "export", "filter",
    "lock", "exclude", "run", "cancel", "zoom_in", "zoom_out", "fit", "about", "settings",
    "language", "warning",
]


def opaque_pixels(image: QImage) -> int:
    """How many pixels of ``image`` are not fully transparent."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).alpha() > 0
    )


def test_svg_plugin_is_available() -> None:
    assert b"svg" in [bytes(fmt) for fmt in QImageReader.supportedImageFormats()]


def test_licence_and_readme_ship_with_the_icons() -> None:
    licence = resource("icons", "LICENSE-lucide.txt").read_text(encoding="utf-8")
    assert "ISC License" in licence
    readme = resource("icons", "README.txt").read_text(encoding="utf-8")
    assert "lucide-static" in readme
    for role in ROLES:
        assert f"\n{role} " in readme


@pytest.mark.parametrize("role", ROLES)
def test_icon_renders(qapp, role: str) -> None:
    svg = resource("icons", f"{role}.svg")
    assert svg.is_file()
    assert "currentColor" not in svg.read_text(encoding="utf-8")
    icon = QIcon(str(svg))
    for size in (16, 24, 48):
        pixmap = icon.pixmap(size, size)
        assert not pixmap.isNull()
        assert pixmap.width() == size
        drawn = opaque_pixels(pixmap.toImage())
        assert drawn > size  # strokes, not a stray dot
        assert drawn < size * size  # an outline icon, not a filled square


def test_every_action_is_made_by_make_action() -> None:
    """One way to make an action (no wrappers with their own argument orders, no bare QAction)."""
    import re
    from pathlib import Path

    import festival_planner.gui as gui

    root = Path(gui.__file__).parent
    found = {str(p.relative_to(root)): n for p in root.rglob("*.py")
             if (n := len(re.findall(r"\bQAction\(|def _action\(|def _toggle\(", p.read_text(encoding="utf-8"))))}
    assert found == {"icons.py": 1}


def test_make_action_shortcuts_tip_and_check(qapp) -> None:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QKeySequence

    from festival_planner.gui.icons import make_action, make_separator

    parent = QObject()
    called: list[str] = []
    redo = make_action(parent, "Làm lại", "redo", lambda: called.append("redo"), ["Ctrl+Y", "Ctrl+Shift+Z"], "Mẹo")
    assert [s.toString() for s in redo.shortcuts()] == ["Ctrl+Y", "Ctrl+Shift+Z"]
    assert redo.toolTip() == redo.statusTip() == "Mẹo" and not redo.icon().isNull()
    redo.trigger()
    assert called == ["redo"]
    undo = make_action(parent, "Hoàn tác", "undo", lambda: None, QKeySequence.StandardKey.Undo)
    assert undo.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
    toggle = make_action(parent, "Hiện 63 tỉnh cũ", checkable=True, checked=True)
    assert toggle.isCheckable() and toggle.isChecked() and toggle.icon().isNull()
    assert make_separator(parent).isSeparator()
