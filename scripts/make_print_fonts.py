"""Make the static print faces of Noto Serif in ``resources/fonts/`` from the variable fonts of
``fontpkg_noto_serif`` (needs ``fonttools``; run once, the files are committed).

Qt's PDF writer embeds a variable font's default instance only, so bold text came out as regular
text drawn twice (synthetic bold: heavier on screen, doubled when the PDF's text is extracted).
Static Regular, Bold, Italic and Bold Italic faces, cut to the Latin and Vietnamese characters,
print real bold and extract cleanly. The family is "Noto Serif Print" so it never shadows the
variable "Noto Serif" the interface registers.

    pip install fonttools && python scripts/make_print_fonts.py
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAMILY = "Noto Serif Print"
FACES = (("Regular", 400, False), ("Bold", 700, False), ("Italic", 400, True), ("BoldItalic", 700, True))
UNICODES = [*range(0x20, 0x7F), *range(0xA0, 0x250), *range(0x300, 0x370), *range(0x1E00, 0x1F00),
            *range(0x2000, 0x2070), 0x20AB, 0x2116, 0x2122, *range(0x2190, 0x2200), 0x25A1, 0x25CB, 0x25CF]


def make(target: Path, style: str, weight: int, italic: bool) -> None:
    import fontpkg_noto_serif
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    source = fontpkg_noto_serif.ROOT / "files" / ("NotoSerif-Italic[wdth,wght].ttf" if italic
                                                  else "NotoSerif[wdth,wght].ttf")
    font = instancer.instantiateVariableFont(TTFont(str(source)), {"wght": weight, "wdth": 100})
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    pretty = {"BoldItalic": "Bold Italic"}.get(style, style)
    name = font["name"]
    for record in list(name.names):
        if record.nameID in (16, 17, 21, 22, 25):
            name.removeNames(nameID=record.nameID)
    for name_id, text in ((1, FAMILY), (2, pretty), (3, f"{FAMILY.replace(' ', '')}-{style};festival-planner"),
                          (4, f"{FAMILY} {pretty}"), (6, f"{FAMILY.replace(' ', '')}-{style}")):
        name.setName(text, name_id, 3, 1, 0x409)
        name.setName(text, name_id, 1, 0, 0)
    font["OS/2"].usWeightClass = weight
    selection = font["OS/2"].fsSelection & ~0b1100001
    font["OS/2"].fsSelection = selection | (1 if italic else 0) | (0b100000 if weight >= 700 else 0) | \
        (0b1000000 if not italic and weight < 700 else 0)
    font["head"].macStyle = (1 if weight >= 700 else 0) | (2 if italic else 0)
    font.save(str(target))
    print(f"wrote {target} ({target.stat().st_size // 1024} KiB)")


def main() -> int:
    import fontpkg_noto_serif

    folder = ROOT / "resources" / "fonts"
    folder.mkdir(exist_ok=True)
    for style, weight, italic in FACES:
        make(folder / f"NotoSerifPrint-{style}.ttf", style, weight, italic)
    licence = next(fontpkg_noto_serif.ROOT.rglob("OFL*"), None) or next(fontpkg_noto_serif.ROOT.rglob("LICENSE*"),
                                                                         None)
    if licence is not None:
        shutil.copyfile(licence, folder / "NOTICE-OFL.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
