"""Audit of old-address search: every pre-2025 ward of the package's conversion tables, written the
ways people write addresses, looked up with ``CommuneIndex.search`` and checked against the
commune(s) the tables send it to.

Used by the test suite (a seeded sample always, the whole run under the ``slow`` marker) and by
``benchmarks/old_addresses.py``, which prints the per-style figures.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Sequence
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


def _bare(name: str | None) -> str | None:
    return re.sub(r"\s*\([^)]*\)", "", name).strip() if name else name


def write(ward: LegacyWard, style: str) -> str:
    """The old address of ``ward`` in one of ``STYLES`` (any other style: ward + province):

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
        # The package marks same-named units "Tân Thành (Xã)"; a person writes the bare name.
        parts = [_bare(ward.ward_short), _bare(ward.district_short), _bare(ward.province_short)]
    else:  # ward_province
        parts = [ward.ward or ward.district, ward.province]
    return ", ".join(p for p in parts if p)


@dataclass
class StyleFigures:
    """What the search made of one style of writing: counts over the wards tried.

    An address is *genuinely ambiguous* when another old ward, sent to other communes, is written
    the same way (Minh Quán and Minh Quân without diacritics, a town and a commune of one name
    without unit words), or, written ward + province, when a commune of today has that name in a
    province of that name: no search can tell them apart, so the right answer is every candidate,
    flagged ambiguous — except that an old ward written with a province where a commune of today has
    that name is read as today's commune (the current name wins: "Xã Hưng Đạo, Cao Bằng" is today's
    Xã Hưng Đạo), counted in ``current_name``, not as wrong. ``top1`` counts the first result being
    right regardless; ``distinct_top1`` counts it over the addresses that are not genuinely ambiguous
    (the figure that must reach 99.9 %)."""

    style: str
    total: int = 0
    top1: int = 0  # the first result is a commune that took the ward
    all_candidates: int = 0  # every commune that took the ward is among the results
    empty: int = 0  # no result at all
    ambiguous: int = 0  # the search said several communes fit equally (nothing pre-selected)
    confident_wrong: int = 0  # not ambiguous, yet the first result did not take the ward
    distinct: int = 0  # addresses that are not genuinely ambiguous
    distinct_top1: int = 0
    genuine_flagged: int = 0  # genuinely ambiguous, flagged so, the right commune among the tied ones
    current_name: int = 0  # genuinely ambiguous, read as the commune of today with that name there
    failures: list[tuple[str, list[str], list[str]]] = field(default_factory=list)  # address, expected, got

    def percent(self, count: int, of: int | None = None) -> float:
        total = self.total if of is None else of
        return 100.0 * count / total if total else 100.0

    def line(self) -> str:
        genuine = self.total - self.distinct
        return (f"{self.style:14} {self.total:6}  top-1 {self.percent(self.top1):6.2f} %  "
                f"top-1 unambiguous {self.percent(self.distinct_top1, self.distinct):6.2f} %  "
                f"all candidates {self.percent(self.all_candidates):6.2f} %  empty {self.empty}  "
                f"ambiguous {self.ambiguous}  genuinely ambiguous {genuine} (flagged {self.genuine_flagged})  "
                f"current name {self.current_name}  confident wrong {self.confident_wrong}")


def _alike_key(ward: LegacyWard, style: str) -> tuple[str, ...]:
    if style == "ward_province":
        return ((ward.ward or ward.district).lower(), ward.province_short.lower())
    return (write(ward, style),)


def audit(index: CommuneIndex, wards: Sequence[LegacyWard], styles: Sequence[str] = STYLES,
          keep_failures: int = 20, population: Sequence[LegacyWard] | None = None) -> dict[str, StyleFigures]:
    """Run every ward through ``index.search_result`` in every style; figures per style.
    ``population``: all the wards (to know which addresses are written alike), by default ``wards``."""
    figures = {style: StyleFigures(style) for style in styles}
    for style in styles:
        alike: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
        for ward in population or wards:
            alike[_alike_key(ward, style)].add(ward.targets)
        current: dict[tuple[str, ...], str] = {}
        if style == "ward_province":  # "Xã Tân Tiến, Tỉnh Tuyên Quang" also names today's Xã Tân Tiến there
            for commune in index.filter():
                alike[(commune.name.lower(), commune.province.lower())].add((commune.code,))
                current[(commune.name.lower(), commune.province.lower())] = commune.code
        figure = figures[style]
        for ward in wards:
            address = write(ward, style)
            result = index.search_result(address)
            codes = [c.code for c in result.communes]
            tied = set(codes[:result.tied])
            figure.total += 1
            first_ok = bool(codes) and codes[0] in ward.targets
            figure.top1 += first_ok
            figure.all_candidates += set(ward.targets) <= set(codes)
            figure.empty += not codes
            figure.ambiguous += result.ambiguous
            today = current.get(_alike_key(ward, style))
            read_as_today = bool(codes) and codes[0] == today and not result.ambiguous
            figure.confident_wrong += bool(codes) and not first_ok and not result.ambiguous and not read_as_today
            genuine = len(alike[_alike_key(ward, style)]) > 1
            if genuine:
                figure.genuine_flagged += result.ambiguous and set(ward.targets) <= tied
                figure.current_name += read_as_today
            else:
                figure.distinct += 1
                figure.distinct_top1 += first_ok
            if (not first_ok or not set(ward.targets) <= set(codes)) and len(figure.failures) < keep_failures:
                figure.failures.append((address, list(ward.targets), codes[:5]))
    return figures


def sample(wards: Sequence[LegacyWard], count: int, seed: int = 2025) -> list[LegacyWard]:
    """A reproducible sample of ``count`` wards, split wards included."""
    return random.Random(seed).sample(list(wards), min(count, len(wards)))
