"""Refresh the English catalogue from the GUI sources, then build the ``.qm`` the app loads.

    python scripts/update_translations.py

``pyside6-lupdate`` keeps existing translations and marks new strings unfinished: translate those
in ``resources/i18n/festival_planner_en.ts`` (Qt Linguist or a text editor) and run this again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "festival_planner_en.ts"


def sources() -> list[Path]:
    """Every file with translatable strings: the app bootstrap and the GUI."""
    return [ROOT / "festival_planner" / "app.py", *sorted((ROOT / "festival_planner" / "gui").rglob("*.py"))]


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found (it comes with PySide6)")
    return found


def lupdate(target: Path) -> None:
    subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "relative", *map(str, sources()), "-ts",
                    str(target)], check=True, capture_output=True)


def main() -> int:
    lupdate(TS)
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    unfinished = TS.read_text(encoding="utf-8").count('type="unfinished"')
    print(f"{TS.relative_to(ROOT)}: {unfinished} unfinished translation(s)")
    return 1 if unfinished else 0


if __name__ == "__main__":
    raise SystemExit(main())
