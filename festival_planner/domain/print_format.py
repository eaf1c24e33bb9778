"""How numbers and place names are written in an issued document (Qt-free).

- Numbers with dots between thousands and a decimal comma: ``1267`` → "1.267", ``2.5`` → "2,5"
  (amounts of money: ``domain.money.format_vnd``, same style).
- A document number below 10 with a leading zero: "5" → "05" (Decree 30/2020, art. 9: "Số: 05/KH-BCĐ").
- A province named with its kind inside a sentence and in recipients: "tỉnh Điện Biên",
  "thành phố Hà Nội" — six of the 34 provinces of the 2025 structure are centrally-run cities.
"""

from __future__ import annotations

from festival_planner.domain.text import compact

# The centrally-run cities (thành phố trực thuộc trung ương) of the 2025 structure, by short name.
CITIES = ("Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ")
_CITY_KEYS = {compact(name) for name in CITIES}
_KINDS = ("tỉnh ", "thành phố ")


def number(value: float, places: int = 0) -> str:
    """``value`` rounded to ``places`` decimals, Vietnamese style: 1267.4 → "1.267"; (2.25, 1) → "2,2"."""
    text = f"{value:,.{places}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def document_number(typed: str) -> str:
    """The number typed for a document, a number below 10 with a leading zero: "5" → "05";
    anything else as typed ("12", "05", "" or "12a")."""
    text = typed.strip()
    if text.isdigit() and int(text) < 10:
        return f"{int(text):02d}"
    return typed


def is_city(province: str) -> bool:
    """True for the six centrally-run cities ("Hà Nội", "Thành phố Hồ Chí Minh", "TP. Cần Thơ" …)."""
    key = compact(_bare(province))
    return key in _CITY_KEYS


def province_with_kind(province: str) -> str:
    """A province's short name with its kind, as written inside a sentence or a recipient line:
    "Điện Biên" → "tỉnh Điện Biên", "Hà Nội" → "thành phố Hà Nội", "Hồ Chí Minh" → "Thành phố Hồ
    Chí Minh" (its name, capital T). A name already carrying its kind keeps it (lower-cased)."""
    bare = _bare(province)
    if not bare:
        return province
    if compact(bare) == compact("Hồ Chí Minh"):
        return "Thành phố Hồ Chí Minh"
    return ("thành phố " if is_city(bare) else "tỉnh ") + bare


def _bare(province: str) -> str:
    """The short name: without "Tỉnh", "Thành phố", "TP." in front."""
    text = province.strip()
    folded = text.casefold()
    for kind in (*_KINDS, "tp. ", "tp "):
        if folded.startswith(kind):
            return text[len(kind):].strip()
    return text
