"""Audit of old-address search: every pre-2025 ward of the package's conversion tables, written the
ways people write addresses, looked up with ``CommuneIndex.search`` and checked against the
commune(s) the tables send it to.

Used by the test suite (a seeded sample always, the whole run under the ``slow`` marker) and by
``benchmarks/old_addresses.py``, which prints the per-style figures.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from festival_planner.domain.text import strip_diacritics
from festival_planner.services.communes import CommuneIndex
from festival_planner.store.gazetteer import LegacyWard

STYLES = ("full", "unaccented", "abbreviated", "short", "ward_province")

_WARD_ABBREVIATIONS = {"Xã": "X.", "Phường": "P.", "Thị trấn": "TT."}
_DISTRICT_ABBREVIATIONS = {"Huyện": "H.", "Quận": "Q.", "Thị xã": "TX.", "Thành phố": "TP."}
_PROVINCE_ABBREVIATIONS = {"Tỉnh": "T.", "Thành phố": "TP."}


def _abbreviate(name: str, abbreviations: dict[str, str]) -> str:
    """"Phường Phúc Xá" → "P. Phúc Xá" (the longest unit word first: "Thị trấn" before "Thị")."""
    for word in sorted(abbreviations, key=len, reverse=True):
        if name.startswith(word + " "):
            return f"{abbreviations[word]} {name[len(word) + 1:]}"
    return name


def write(ward: LegacyWard, style: str) -> str:
    """The old address of ``ward`` in one of ``STYLES``:

    full          "Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội"
    unaccented    "Phuong Phuc Xa, Quan Ba Dinh, Thanh pho Ha Noi"
    abbreviated   "P. Phúc Xá, Q. Ba Đình, TP. Hà Nội"
    short         "Phúc Xá, Ba Đình, Hà Nội"
    ward_province "Phường Phúc Xá, Thành phố Hà Nội"
    """
    full = [ward.ward, ward.district, ward.province]
    if style == "full":
        parts = full
    elif style == "unaccented":
        parts = [strip_diacritics(p) if p else p for p in full]
    elif style == "abbreviated":
        parts = [_abbreviate(ward.ward, _WARD_ABBREVIATIONS) if ward.ward else None,
                 _abbreviate(ward.district, _DISTRICT_ABBREVIATIONS),
                 _abbreviate(ward.province, _PROVINCE_ABBREVIATIONS)]
    elif style == "short":
        parts = [ward.ward_short, ward.district_short, ward.province_short]
    elif style == "ward_province":
        parts = [ward.ward or ward.district, ward.province]
    else:
        raise ValueError(f"unknown style: {style}")
    return ", ".join(p for p in parts if p)


@dataclass
class StyleFigures:
    """What the search made of one style of writing: counts over the wards tried."""

    style: str
    total: int = 0
    top1: int = 0  # the first result is a commune that took the ward
    all_candidates: int = 0  # every commune that took the ward is among the results
    empty: int = 0  # no result at all
    ambiguous: int = 0  # the search said several communes fit equally (nothing pre-selected)
    confident_wrong: int = 0  # not ambiguous, yet the first result did not take the ward
    failures: list[tuple[str, list[str], list[str]]] = field(default_factory=list)  # address, expected, got

    def percent(self, count: int) -> float:
        return 100.0 * count / self.total if self.total else 0.0

    def line(self) -> str:
        return (f"{self.style:14} {self.total:6}  top-1 {self.percent(self.top1):6.2f} %  "
                f"all candidates {self.percent(self.all_candidates):6.2f} %  empty {self.empty:5}  "
                f"ambiguous {self.ambiguous:5}  confident wrong {self.confident_wrong:4}")


def audit(index: CommuneIndex, wards: Iterable[LegacyWard], styles: Sequence[str] = STYLES,
          keep_failures: int = 20) -> dict[str, StyleFigures]:
    """Run every ward through ``index.search_result`` in every style; figures per style."""
    figures = {style: StyleFigures(style) for style in styles}
    for ward in wards:
        for style in styles:
            address = write(ward, style)
            result = index.search_result(address)
            codes = [c.code for c in result.communes]
            figure = figures[style]
            figure.total += 1
            first_ok = bool(codes) and codes[0] in ward.targets
            figure.top1 += first_ok
            figure.all_candidates += set(ward.targets) <= set(codes)
            figure.empty += not codes
            figure.ambiguous += result.ambiguous
            wrong = bool(codes) and not first_ok and not result.ambiguous
            figure.confident_wrong += wrong
            if (not first_ok or not set(ward.targets) <= set(codes)) and len(figure.failures) < keep_failures:
                figure.failures.append((address, list(ward.targets), codes[:5]))
    return figures


def sample(wards: Sequence[LegacyWard], count: int, seed: int = 2025) -> list[LegacyWard]:
    """A reproducible sample of ``count`` wards, split wards included."""
    return random.Random(seed).sample(list(wards), min(count, len(wards)))
