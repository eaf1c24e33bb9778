"""Whole addresses to communes: new ones ("Xã Quảng Sơn, Lâm Đồng") and pre-2025 ones ("Phường Phúc Xá,
Quận Ba Đình, Thành phố Hà Nội"), written in full, without diacritics, abbreviated ("P. Phúc Xá,
Q. Ba Đình, TP. Hà Nội"; "T." is tỉnh) or without unit words.

Every reading of the address is scored by penalties (lower is better): an old ward read with the
district and province written is worth more than a new commune that merely carries the old ward's
name; typed diacritics and unit words must agree or cost. Communes that took the same old ward
share its score, so a split ward gives every candidate, and a tie tells the caller not to pick one.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from festival_planner.domain.text import fold, word_fits, words

if TYPE_CHECKING:
    from festival_planner.services.commune_info import CommuneInfo

# Unit words as folded token sequences → the unit kind; the accented form guards names like "Xà Phiên".
_UNITS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("thanh", "pho"), "thanh pho", "thành phố"), (("thi", "tran"), "thi tran", "thị trấn"),
    (("thi", "xa"), "thi xa", "thị xã"), (("dac", "khu"), "dac khu", "đặc khu"),
    (("phuong",), "phuong", "phường"), (("huyen",), "huyen", "huyện"), (("quan",), "quan", "quận"),
    (("tinh",), "tinh", "tỉnh"), (("xa",), "xa", "xã"),
    (("tp",), "thanh pho", "tp"), (("tt",), "thi tran", "tt"), (("tx",), "thi xa", "tx"),
    (("p",), "phuong", "p"), (("h",), "huyen", "h"), (("q",), "quan", "q"), (("t",), "tinh", "t"),
    (("x",), "xa", "x"),
)
_UNIT_BY_WORDS = {seq: (kind, accent) for seq, kind, accent in _UNITS}
WARD_KINDS = frozenset({"xa", "phuong", "thi tran", "dac khu"})
DISTRICT_KINDS = frozenset({"huyen", "quan", "thi xa", "thanh pho"})
_NEW_KIND = {"xa": "xa", "phuong": "phuong", "dac_khu": "dac khu"}
PROVINCE_ALIASES = {"hcm": "ho chi minh", "tphcm": "ho chi minh", "sai gon": "ho chi minh",
                    "thanh pho ho chi minh": "ho chi minh", "thua thien hue": "hue", "tt hue": "hue",
                    "brvt": "ba ria vung tau", "hn": "ha noi"}
_TRAILING_COUNTRY = {"viet nam", "vietnam", "vn"}
_LOOSE = str.maketrans({"k": "c", "y": "i", " ": None})

# Penalties.
_NAME_ACCENT, _NAME_KIND = 3, 3  # the commune / ward name: typed diacritics or unit word disagree
_DISTRICT_ACCENT, _DISTRICT_KIND = 2, 2
_PROVINCE_ACCENT = 1
_LOOSE_ONLY = 1  # met only through k = c, y = i or spacing
_NEW_PROVINCE_FOR_OLD_WARD = 1  # an old ward with today's province
_NEW_NAME_OLD_PROVINCE = 1  # a new commune with its pre-2025 province
_NEW_NAME_OLD_DISTRICT = 3  # a new commune with a district: the district was not the ward's own
_WHOLE_DISTRICT = 2  # "Huyện Lý Sơn, Quảng Ngãi": the communes of an old district


def loose(folded: str) -> str:
    """Spelling-tolerant key of folded text: no spaces, k = c, y = i."""
    return folded.translate(_LOOSE)


@dataclass(frozen=True)
class Name:
    """A unit's name as written: its unit kind (None when not written), folded name, accented words."""

    kind: str | None
    folded: str
    words: tuple[str, ...]
    marked: bool = False  # written with diacritics: a word without them means none


def _numbers(tokens: list[str]) -> list[str]:
    return [str(int(t)) if t.isdigit() else t for t in tokens]


def parse(text: str) -> list[Name]:
    """The readings of one address part: "P. 01" → [Name("phuong", "1")], "Thị xã Kỳ Anh" → with its
    unit word read and, in case the name starts with such a word, without."""
    kind_in_brackets = None
    bracket = re.search(r"\(([^)]*)\)", text) if "(" in text else None
    if bracket:  # "Kỳ Anh (Thị xã)", the package's way of telling same-named units apart
        inner = fold(bracket.group(1))
        kind_in_brackets = next((kind for seq, kind, _a in _UNITS if " ".join(seq) == inner), None)
        text = text[:bracket.start()] + text[bracket.end():]
    accented = _numbers(words(text))
    folded = fold(" ".join(accented)).split()  # one fold for the whole part: word by word is slower
    if len(folded) != len(accented):
        folded = [fold(w) for w in accented]
    folded = _numbers(folded)
    if not folded:
        return []
    marked = folded != accented
    readings = []
    for n in (2, 1):
        unit = _UNIT_BY_WORDS.get(tuple(folded[:n])) if len(folded) > n else None
        if unit is not None and all(word_fits(a, b) for a, b in zip(accented[:n], unit[1].split(), strict=False)):
            readings.append(Name(unit[0], " ".join(folded[n:]), tuple(accented[n:]), marked))
            break
    readings.append(Name(kind_in_brackets, " ".join(folded), tuple(accented), marked))
    return readings


def name_penalty(typed: Name, folded: str, accented: Sequence[str], accent_cost: int) -> int | None:
    """None when the typed name is not this name; else the cost of the typed diacritics that disagree
    (and of a spelling met only loosely)."""
    if typed.folded == folded:
        cost = 0
    elif loose(typed.folded) == loose(folded):
        cost = _LOOSE_ONLY
    else:
        return None
    if len(typed.words) == len(accented) and not all(
            word_fits(t, a, strict=typed.marked) for t, a in zip(typed.words, accented, strict=True)):
        cost += accent_cost
    return cost


def _kind_cost(typed: str | None, actual: str | None, cost: int) -> int:
    return 0 if typed is None or typed == actual else cost


@dataclass(frozen=True)
class _Unit:
    """A stored unit name, ready to compare: kind, folded name, accented words."""

    kind: str | None
    folded: str
    words: tuple[str, ...]

    @classmethod
    def of(cls, full_name: str) -> _Unit:
        return _unit(full_name)


@functools.lru_cache(maxsize=32768)
def _unit(full_name: str) -> _Unit:
    name = parse(full_name)[0]
    return _Unit(name.kind, name.folded, name.words)


def _province_key(folded: str) -> str:
    return loose(PROVINCE_ALIASES.get(folded, folded))


@functools.lru_cache(maxsize=65536)
def _province_cost(typed: tuple[Name, ...], province: str) -> int | None:
    """The cost of reading one address part as ``province`` (None: it is not that province); cached,
    as every commune of a province asks the same question of the same part."""
    folded = fold(province)
    best = None
    for name in typed:
        if name.kind is not None and name.kind not in ("tinh", "thanh pho"):
            continue
        if _province_key(name.folded) != _province_key(folded):
            continue
        cost = 0 if name.folded in (folded, *(k for k, v in PROVINCE_ALIASES.items() if v == folded)) \
            else _LOOSE_ONLY
        if name.folded == folded and len(name.words) == len(words(province)) and not all(
                word_fits(t, a, strict=name.marked) for t, a in zip(name.words, words(province), strict=True)):
            cost += _PROVINCE_ACCENT
        best = cost if best is None else min(best, cost)
    return best


@dataclass
class _OldWard:
    ward: _Unit
    district: _Unit
    province: str  # the pre-2025 province's short name
    targets: list[int]  # positions of the communes that took it


class AddressMatcher:
    """Scores communes for an address; built once per ``CommuneIndex``."""

    def __init__(self, communes: Sequence[CommuneInfo]) -> None:
        """``communes``: ``CommuneInfo`` in display order."""
        self._communes = communes
        self._new: dict[str, list[int]] = defaultdict(list)
        self._old_wards: dict[str, list[_OldWard]] = defaultdict(list)
        self._districts: dict[str, list[tuple[_Unit, str, list[int]]]] = defaultdict(list)
        self._names: list[tuple[str, str, tuple[str, ...]]] = []  # kind, folded, accented words
        self._districts_of: list[list[tuple[_Unit, str]]] = []
        wards: dict[tuple[str, str, str], _OldWard] = {}
        districts: dict[tuple[str, str], tuple[_Unit, str, list[int]]] = {}
        for position, info in enumerate(communes):
            folded = fold(info.short_name)
            self._names.append((_NEW_KIND.get(info.kind, info.kind), folded, tuple(words(info.short_name))))
            self._new[loose(folded)].append(position)
            own_districts = []
            province_of: dict[str, list[str]] = defaultdict(list)
            for entry in info.old_districts:
                district_name, _, province = entry.partition(", ")
                unit = _Unit.of(district_name)
                own_districts.append((unit, province))
                province_of[district_name].append(province)
                key = (district_name, province)
                if key not in districts:
                    districts[key] = (unit, province, [])
                    self._districts[loose(unit.folded)].append(districts[key])
                districts[key][2].append(position)
            self._districts_of.append(own_districts)
            for entry in info.old_wards:
                ward_name, _, district_name = entry.partition(", ")
                provinces = province_of.get(district_name) or [own_districts[0][1]]
                for province in provinces:
                    ward_key = (ward_name, district_name, province)
                    if ward_key not in wards:
                        wards[ward_key] = _OldWard(_Unit.of(ward_name), _Unit.of(district_name), province, [])
                        self._old_wards[loose(wards[ward_key].ward.folded)].append(wards[ward_key])
                    if position not in wards[ward_key].targets:
                        wards[ward_key].targets.append(position)

    # --- the parts after the head ------------------------------------------------------------------

    @staticmethod
    def _province_cost(typed: list[Name], province: str) -> int | None:
        return _province_cost(tuple(typed), province)

    @staticmethod
    def _district_cost(typed: list[Name], district: _Unit) -> int | None:
        best = None
        for name in typed:
            if name.kind is not None and name.kind not in DISTRICT_KINDS:
                continue
            cost = name_penalty(name, district.folded, district.words, _DISTRICT_ACCENT)
            if cost is None:
                continue
            cost += _kind_cost(name.kind, district.kind, _DISTRICT_KIND)
            best = cost if best is None else min(best, cost)
        return best

    @staticmethod
    def _min(*costs: int | None) -> int | None:
        present = [c for c in costs if c is not None]
        return min(present) if present else None

    def _old_ward_cost(self, ward: _OldWard, rest: list[list[Name]]) -> int | None:
        new_provinces = {self._communes[t].province for t in ward.targets}

        def province(part: list[Name]) -> int | None:
            return self._min(self._province_cost(part, ward.province),
                             *((c + _NEW_PROVINCE_FOR_OLD_WARD) if (c := self._province_cost(part, p)) is not None
                               else None for p in new_provinces))

        if len(rest) == 1:
            return self._min(self._district_cost(rest[0], ward.district), province(rest[0]))
        district, prov = self._district_cost(rest[0], ward.district), province(rest[-1])
        return None if district is None or prov is None else district + prov

    def _new_commune_cost(self, position: int, rest: list[list[Name]]) -> int | None:
        info = self._communes[position]
        old = [self._province_cost(rest[-1], p) for p in info.old_provinces]
        old_province = self._min(*old)
        now = self._province_cost(rest[-1], info.province)
        district = self._min(*(self._district_cost(rest[0], unit) for unit, _p in self._districts_of[position]))
        if len(rest) == 1:
            return self._min(now, None if old_province is None else old_province + _NEW_NAME_OLD_PROVINCE,
                             None if district is None else district + _NEW_NAME_OLD_DISTRICT)
        province = self._min(now, old_province)
        return None if district is None or province is None else district + province + _NEW_NAME_OLD_DISTRICT

    # --- the whole address -------------------------------------------------------------------------

    def _current_address(self, position: int, rest: list[list[Name]]) -> bool:
        """Whether ``rest`` is the commune's own 2025 province alone: with the commune's current name
        before it, the address is written the new way ("Xã Sông Lô, Phú Thọ")."""
        return len(rest) == 1 and self._province_cost(rest[0], self._communes[position].province) == 0

    def scores(self, parts: list[list[Name]]) -> dict[int, tuple[int, bool, bool]]:
        """Best (penalty, is-namesake, is-current) per commune position for an address of at least two
        parts; is-current: read as the commune's current name and province (not as an old ward's)."""
        head, rest = parts[0], parts[1:]
        found: dict[int, tuple[int, bool, bool]] = {}

        def offer(position: int, cost: int, head_name: Name, current: bool = False) -> None:
            namesake = self._names[position][1] == head_name.folded
            old = found.get(position)
            if old is None or (cost, not current, not namesake) < (old[0], not old[2], not old[1]):
                found[position] = (cost, namesake, current)

        for name in head:
            key = loose(name.folded)
            if name.kind is None or name.kind in WARD_KINDS:
                for ward in self._old_wards.get(key, ()):
                    cost = name_penalty(name, ward.ward.folded, ward.ward.words, _NAME_ACCENT)
                    rest_cost = self._old_ward_cost(ward, rest) if cost is not None else None
                    if cost is not None and rest_cost is not None:
                        cost += rest_cost + _kind_cost(name.kind, ward.ward.kind, _NAME_KIND)
                        for position in ward.targets:
                            offer(position, cost, name)
                for position in self._new.get(key, ()):
                    kind, folded, accented = self._names[position]
                    cost = name_penalty(name, folded, accented, _NAME_ACCENT)
                    rest_cost = self._new_commune_cost(position, rest) if cost is not None else None
                    if cost is not None and rest_cost is not None:
                        offer(position, cost + rest_cost + _kind_cost(name.kind, kind, _NAME_KIND), name,
                              self._current_address(position, rest))
            if name.kind is None or name.kind in DISTRICT_KINDS:
                for unit, province, positions in self._districts.get(key, ()):
                    cost = name_penalty(name, unit.folded, unit.words, _DISTRICT_ACCENT)
                    if cost is None or len(rest) != 1:
                        continue
                    prov = self._min(self._province_cost(rest[0], province),
                                     *(self._province_cost(rest[0], self._communes[p].province) for p in positions))
                    if prov is not None:
                        cost += prov + _WHOLE_DISTRICT + _kind_cost(name.kind, unit.kind, _DISTRICT_KIND)
                        for position in positions:
                            offer(position, cost, Name(None, "", ()))
        return found


def split_address(text: str) -> list[list[Name]]:
    """The parts of an address, each with its readings; a trailing "Việt Nam" dropped. When any part
    carries diacritics, a word written without them means none ("Nga Thanh" is not "Nga Thành")."""
    parts = [parse(p) for p in re.split(r"[,;]", text)]
    parts = [p for p in parts if p]
    if any(name.marked for part in parts for name in part):  # written with diacritics: all of it
        parts = [[dataclasses.replace(name, marked=True) for name in part] for part in parts]
    if parts and parts[-1][-1].folded in _TRAILING_COUNTRY:
        parts.pop()
    return parts
