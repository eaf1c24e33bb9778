"""Make ``resources/fonts/FestivalPlannerBoxes.ttf``: the tick boxes of the field checklist ("☐"
U+2610, "☑" U+2611, "☒" U+2612) cut from DejaVu Sans (Bitstream Vera licence, DejaVu changes in
the public domain; renamed as the licence asks for a modified font). The print serif (Noto Serif,
Liberation Serif, Times New Roman) has no such glyphs, and a system fallback would differ from one
machine to the next or print an empty box ("tofu"); this font is embedded in the PDF like the body
face. Needs ``fonttools`` and a DejaVu Sans file; run once, the file is committed.

    pip install fonttools && python scripts/make_box_font.py [path/to/DejaVuSans.ttf]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAMILY = "Festival Planner Boxes"
SOURCE = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
UNICODES = [0x20, 0xA0, 0x2610, 0x2611, 0x2612]


def make(source: Path, target: Path) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(source))
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.layout_features = []
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 16):
            names.setName(FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 4:
            names.setName(f"{FAMILY} Regular", 4, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 6:
            names.setName(FAMILY.replace(" ", "") + "-Regular", 6, record.platformID, record.platEncID,
                          record.langID)
        elif record.nameID == 3:
            names.setName(f"{FAMILY}: subset of DejaVu Sans", 3, record.platformID, record.platEncID,
                          record.langID)
    font.save(str(target))


def main() -> int:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    target = ROOT / "resources" / "fonts" / "FestivalPlannerBoxes.ttf"
    make(source, target)
    print(f"{target} ({target.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
