"""Fill the English catalogue's unfinished entries from a JSON file of {Vietnamese source: English}.

    python scripts/fill_translations.py translations.json && python scripts/update_translations.py

For when several new strings land at once; Qt Linguist does the same by hand.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "festival_planner_en.ts"


def main(table_file: str) -> int:
    table = json.loads(Path(table_file).read_text(encoding="utf-8"))
    text = TS.read_text(encoding="utf-8")
    pattern = re.compile(r"(<source>([^<]*)</source>\s*(?:<comment>.*?</comment>\s*)?)"
                         r"<translation type=\"unfinished\"></translation>", re.S)
    filled = 0

    def fill(match: re.Match[str]) -> str:
        nonlocal filled
        source = html.unescape(match.group(2))
        if source not in table:
            return match.group(0)
        filled += 1
        return f"{match.group(1)}<translation>{html.escape(table[source], quote=False)}</translation>"

    TS.write_text(pattern.sub(fill, text), encoding="utf-8")
    print(f"filled {filled} translation(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
