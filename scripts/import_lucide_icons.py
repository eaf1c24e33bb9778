"""Copy the Lucide icons the application uses into ``resources/icons/``, named by role.

Lucide (https://lucide.dev, ISC licence) is one coherent set of open SVG icons. Get the package
and run this from the repository root::

    npm pack lucide-static && tar xzf lucide-static-*.tgz
    python scripts/import_lucide_icons.py package

Lucide draws with ``stroke="currentColor"``, which Qt's SVG renderer has no colour for; the copies
use the fixed colour ``ICON_COLOUR`` instead. The script also writes ``LICENSE-lucide.txt`` (the
package's licence) and ``README.txt`` (role -> Lucide name and the version).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ICON_COLOUR = "#24507a"

# role name (resources/icons/<role>.svg) -> Lucide icon name
ROLES: dict[str, str] = {
    "add": "plus",
    "edit": "pencil",
    "delete": "trash-2",
    "undo": "undo-2",
    "redo": "redo-2",
    "open": "folder-open",
    "new": "file-plus",
    "backup": "archive",
    "restore": "archive-restore",
    "sites": "map-pin",
    "new_year": "calendar-plus",
    "year_plan": "calendar-range",
    "map": "map",
    "selector": "target",
    "leaders": "users",
    "invitations": "mail",
    "checklists": "list-checks",
    "programme": "clock",
    "budget": "wallet",
    "progress": "gauge",
    "reports": "printer",
    "print": "printer",
    "pdf": "file-text",
    "import": "file-input",
    "export": "file-output",
    "filter": "funnel",
    "lock": "lock",
    "exclude": "ban",
    "run": "play",
    "cancel": "x",
    "zoom_in": "zoom-in",
    "zoom_out": "zoom-out",
    "fit": "maximize",
    "about": "info",
    "settings": "settings",
    "language": "languages",
    "warning": "triangle-alert",
}


def recolour(svg: str) -> str:
    """``svg`` drawn in ``ICON_COLOUR`` instead of ``currentColor``."""
    return svg.replace("currentColor", ICON_COLOUR)


def main(package: Path) -> None:
    """Copy the icons, the licence and the README from the unpacked ``lucide-static`` package."""
    version = json.loads((package / "package.json").read_text(encoding="utf-8"))["version"]
    ICONS.mkdir(parents=True, exist_ok=True)
    for role, name in ROLES.items():
        source = (package / "icons" / f"{name}.svg").read_text(encoding="utf-8")
        (ICONS / f"{role}.svg").write_text(recolour(source), encoding="utf-8")
    licence = (package / "LICENSE").read_text(encoding="utf-8")
    (ICONS / "LICENSE-lucide.txt").write_text(licence, encoding="utf-8")
    lines = [
        f"Icons: Lucide (https://lucide.dev), package lucide-static {version}, ISC licence",
        "(see LICENSE-lucide.txt). Copied by scripts/import_lucide_icons.py and recoloured",
        f"from currentColor to {ICON_COLOUR}.",
        "",
        "role -> Lucide icon",
        *(f"{role:<12} {name}" for role, name in ROLES.items()),
        "",
    ]
    (ICONS / "README.txt").write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(ROLES)} icons from lucide-static {version} -> {ICONS.relative_to(ROOT)}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "package"))
