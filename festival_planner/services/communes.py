"""Find communes in the official gazetteer: diacritics- and case-insensitive, old names understood.

The gazetteer is read-only and small (3,321 rows), so a ``CommuneIndex`` keeps it in memory as
plain objects and ranks matches in Python: the commune's own name first, then its province, then
its pre-2025 province, district and ward names.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import asdict, dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from festival_planner.domain.errors import NotFoundError, ValidationError
from festival_planner.domain.models import Commune, Province
from festival_planner.domain.regions import ALL_REGIONS, find_region, region_label, region_name
from festival_planner.domain.text import fold, sort_key


@dataclass(frozen=True)
class CommuneInfo:
    """A commune as plain values, for views, reports and JSON."""

    code: str
    name: str
    short_name: str
    kind: str  # xa / phuong / dac_khu
    kind_label: str
    province_code: str
    province: str
    old_provinces: tuple[str, ...]
    old_districts: tuple[str, ...]
    regions: tuple[str, ...]
    latitude: float | None
    longitude: float | None
    area_km2: float | None
    old_wards: tuple[str, ...] = field(default=(), repr=False)

    @property
    def region_names(self) -> list[str]:
        return [region_name(code) for code in self.regions]

    @property
    def region_label(self) -> str:
        """"Tây Nguyên"; "Bắc Trung Bộ, Tây Bắc (mở rộng)" for a western Thanh Hóa commune."""
        return region_label(self.regions)

    @property
    def label(self) -> str:
        """"Xã Quảng Sơn, Lâm Đồng" — how a person names it."""
        return f"{self.name}, {self.province}"

    def to_json(self) -> dict:
        """Stable machine-readable form (English snake_case keys)."""
        data = asdict(self)
        data.pop("short_name")
        data.pop("old_wards")
        data["old_provinces"] = list(self.old_provinces)
        data["old_districts"] = list(self.old_districts)
        data["regions"] = list(self.regions)
        data["region"] = self.regions[0] if self.regions else None  # the main region
        data["region_names"] = self.region_names
        data["region_label"] = self.region_label
        return data


def commune_info(commune: Commune) -> CommuneInfo:
    return CommuneInfo(
        code=commune.code, name=commune.name, short_name=commune.short_name, kind=commune.kind.value,
        kind_label=commune.kind.label, province_code=commune.province_code,
        province=commune.province.short_name, old_provinces=tuple(commune.old_provinces),
        old_districts=tuple(commune.old_districts), regions=tuple(commune.regions),
        latitude=commune.latitude, longitude=commune.longitude, area_km2=commune.area_km2,
        old_wards=tuple(commune.old_wards))


_UNIT_WORDS = tuple(sorted(("thanh pho", "thi xa", "thi tran", "dac khu", "huyen", "quan", "phuong", "xa",
                             "tinh", "tp", "tx", "tt", "p", "q", "h", "x"), key=len, reverse=True))
_PROVINCE_ALIASES = {"hcm": "ho chi minh", "tphcm": "ho chi minh",
                     "thanh pho ho chi minh": "ho chi minh", "thua thien hue": "hue", "tt hue": "hue",
                     "brvt": "ba ria vung tau", "hn": "ha noi"}
_LEADING_ZEROS = re.compile(r"\b0+(\d)")


def _strip_unit(folded: str) -> str:
    """Drop a leading unit word from folded text: "huyen dak song" → "dak song", "p 01" → "1"."""
    folded = _LEADING_ZEROS.sub(r"\1", folded)
    for word in _UNIT_WORDS:
        if folded.startswith(word + " "):
            return folded[len(word) + 1:]
    return folded


@functools.lru_cache(maxsize=32768)
def _short(unit: str) -> str:
    """The name without its unit word: "Huyện Đắk Song, Đắk Nông" → "dak song"."""
    return _strip_unit(fold(unit.split(",", 1)[0]))


_LOOSE = str.maketrans({"k": "c", "y": "i", " ": None})


def loose(folded: str) -> str:
    """A spelling-tolerant key of folded text: no spaces, k = c, y = i ("Đắc Lắc", "Daklak" and
    "Đắk Lắk" meet; so do "Mỹ Quý" and "Mỹ Quí")."""
    return folded.translate(_LOOSE)


def _same_letters(a: str, b: str) -> bool:
    """Equal ignoring case and spacing, but not diacritics."""
    return " ".join(unicodedata.normalize("NFC", a).lower().split()) == \
        " ".join(unicodedata.normalize("NFC", b).lower().split())


def _variants(part: str) -> set[str]:
    """A typed address part as it may match: with and without its unit word, aliases resolved."""
    folded = _LEADING_ZEROS.sub(r"\1", fold(part))
    stripped = _strip_unit(folded)
    return {folded, stripped, _PROVINCE_ALIASES.get(stripped, stripped)}


@dataclass
class _Entry:
    info: CommuneInfo
    name: str
    full_name: str
    province: str
    old_provinces: list[str]
    old_districts: list[str]
    old_wards: list[tuple[str, str]]  # (ward, district) without unit words
    old_ward_names: frozenset[str]  # with their unit word: "xa dak nong"
    everything: str
    order: tuple
    # Spelling-tolerant keys (see ``loose``) of the name, the province, the old provinces, the old districts.
    loose_ranks: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for rank, names in ((5, self.old_districts), (4, self.old_provinces), (3, [self.province]), (1, [self.name])):
            self.loose_ranks.update((loose(n), rank) for n in names)  # the best rank wins: written last

    def admin_names(self) -> set[str]:
        """Names of the units this commune lies in, now and before 2025 (for address matching)."""
        return {self.province, *self.old_provinces, *self.old_districts}


class CommuneIndex:
    """The gazetteer in memory, for fast search as the user types."""

    def __init__(self, session: Session) -> None:
        # Plain column tuples, not ORM objects: the index is read-only and built as the user waits.
        rows = session.execute(
            select(Commune.code, Commune.name, Commune.short_name, Commune.kind, Commune.province_code,
                   Province.short_name, Commune.old_provinces, Commune.old_districts, Commune.regions,
                   Commune.latitude, Commune.longitude, Commune.area_km2, Commune.old_wards, Commune.search_key)
            .join(Province, Commune.province_code == Province.code)).all()
        self._provinces = {p.code: p for p in session.scalars(select(Province)).all()}
        self._entries: list[_Entry] = []
        self._by_code: dict[str, _Entry] = {}
        for (code, name, short_name, kind, province_code, province, old_provinces, old_districts, regions,
             latitude, longitude, area_km2, old_wards, search_key) in rows:
            info = CommuneInfo(
                code=code, name=name, short_name=short_name, kind=kind.value, kind_label=kind.label,
                province_code=province_code, province=province, old_provinces=tuple(old_provinces),
                old_districts=tuple(old_districts), regions=tuple(regions), latitude=latitude,
                longitude=longitude, area_km2=area_km2, old_wards=tuple(old_wards))
            entry = _Entry(
                info=info, name=fold(short_name), full_name=fold(name), province=fold(province),
                old_provinces=[fold(p) for p in old_provinces],
                old_districts=[_short(d) for d in old_districts],
                old_wards=[(_short(w), _short(w.split(",", 1)[1]) if "," in w else "") for w in old_wards],
                old_ward_names=frozenset(fold(w.split(",", 1)[0]) for w in old_wards),
                everything=search_key, order=(sort_key(province), sort_key(short_name)))
            self._entries.append(entry)
            self._by_code[code] = entry
        self._entries.sort(key=lambda e: e.order)

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, code: str) -> CommuneInfo:
        """The commune with this official code (leading zeros optional)."""
        entry = self._by_code.get(code.strip().zfill(5)) if code and code.strip().isdigit() else None
        if entry is None:
            raise NotFoundError("unknown_commune", code=code)
        return entry.info

    def _rank(self, entry: _Entry, query: str, tokens: list[str], query_loose: str) -> int | None:
        if query == entry.name or query == entry.full_name:
            return 0
        if entry.name.startswith(query) or entry.full_name.startswith(query):
            return 1
        if f" {query}" in f" {entry.name}" or query in entry.full_name:
            return 2
        if query == entry.province:
            return 3
        if query in entry.old_provinces:
            return 4
        if query in entry.old_districts:
            return 5
        if any(query == ward for ward, _district in entry.old_wards) or query in entry.old_ward_names:
            return 6
        if query_loose in entry.loose_ranks:  # another spelling: "Daklak", "Đắc Lắc", "My Quy"
            return entry.loose_ranks[query_loose]
        # Every word of the query as a whole word anywhere (the last may be unfinished: typing).
        words = f" {entry.everything} "
        if all(f" {t} " in words for t in tokens[:-1]):
            if f" {tokens[-1]} " in words:
                return 7
            if f" {tokens[-1]}" in words:
                return 8
        return None

    @staticmethod
    def _address_rank(entry: _Entry, head: set[str], rest: list[set[str]]) -> int | None:
        """Rank of a commune for an address "unit, unit, …" written today or before 2025.

        An address naming a district is an old one (districts ended in 2025): its ward is looked up
        among the old wards, and every new commune that received part of it ranks first."""
        admin = entry.admin_names()
        new_match = bool(head & {entry.name, entry.full_name}) and all(part & admin for part in rest)
        old_match = any(ward in head and all(part & (admin | {district}) for part in rest)
                        and (not rest or district in rest[0] or rest[0] & admin)
                        for ward, district in entry.old_wards)
        district_given = bool(rest) and bool(rest[0] & set(entry.old_districts))
        if old_match and new_match:
            return 0
        if old_match and district_given:
            return 1
        if new_match:
            return 2
        return 3 if old_match else None

    def _search_address(self, text: str) -> list[CommuneInfo]:
        parts = [_variants(p) for p in re.split(r"[,;]", text) if fold(p)]
        if len(parts) < 2:
            return []
        head, rest = parts[0], parts[1:]
        ranked = [(rank, e.order, e.info) for e in self._entries
                  if (rank := self._address_rank(e, head, rest)) is not None]
        ranked.sort(key=lambda item: (item[0], item[1]))
        if not ranked:
            return []
        # Every new commune that took part of the old ward is a candidate; the one keeping its name first.
        best = max(ranked[0][0], 1)
        return [info for rank, _order, info in ranked if rank <= best]

    def search_address(self, text: str) -> list[CommuneInfo]:
        """Communes for a whole address "commune, [district,] province", old or new — nothing else
        (no loose word search): one when it fits one commune, several for an old ward split between
        new communes, none when no commune fits."""
        return self._search_address(text)

    def search(self, query: str, limit: int | None = None) -> list[CommuneInfo]:
        """Communes matching ``query`` best first: "dak lak", "Buôn Hồ", "dak nong", "00097", and whole
        addresses, new or old: "Xã Quảng Sơn, huyện Đắk Glong, tỉnh Đắk Nông". An old ward that was
        split between new communes gives each of them."""
        text = (query or "").strip()
        if re.search(r"[,;]", text):
            found = self._search_address(text)
            if found:
                return found[:limit] if limit else found
            text = re.sub(r"[,;]", " ", text)
        if text.isdigit():
            code = text.zfill(5)
            return [e.info for e in self._entries if e.info.code == code]
        folded = fold(text)
        if not folded:
            raise ValidationError("empty_query")
        stripped = _strip_unit(folded)
        province_alias = _PROVINCE_ALIASES.get(stripped)  # "TP HCM", "Thừa Thiên Huế": a province first
        folded = province_alias or folded
        tokens = [t for t in folded.split() if t not in ("tinh", "tp")] or folded.split()
        commune_level = folded.startswith(("xa ", "phuong ", "thi tran ", "dac khu "))
        query_loose = loose(folded if commune_level else _strip_unit(folded))
        ranked = []
        for entry in self._entries:
            rank = self._rank(entry, folded, tokens, query_loose)
            if province_alias and rank is not None and province_alias in (entry.province, *entry.old_provinces):
                rank = -1
            if rank is not None:
                ranked.append((rank, entry.order, entry.info))
        ranked.sort(key=lambda item: (item[0], item[1]))
        ranks = {item[0] for item in ranked}
        if ranks & {3, 4}:  # a province's name: its communes, not units elsewhere that share the name
            ranked = [item for item in ranked if item[0] < 5]
        elif ranked:  # a name matched: drop words scattered over other names; a whole word: drop guesses
            cutoff = 7 if ranked[0][0] < 7 else 8 if ranked[0][0] < 8 else 9
            ranked = [item for item in ranked if item[0] < cutoff]
        infos = [info for _rank, _order, info in ranked]
        return infos[:limit] if limit else infos

    def resolve(self, text: str) -> CommuneInfo:
        """One commune from a code, a name or an address (old or new); a clear error when there is
        none or when several fit (the user then picks one by its code)."""
        if text and text.strip().isdigit():
            return self.get(text)
        results = self.search(text)
        named = [c for c in results if fold(text) in (fold(c.name), fold(c.short_name))]
        exact = [c for c in named if _same_letters(text, c.name) or _same_letters(text, c.short_name)]
        for candidates in (exact, named):  # typed with its diacritics, "Quảng Sơn" is not "Quang Sơn"
            if len(candidates) == 1:
                return candidates[0]
        if len(results) == 1:
            return results[0]
        if not results:
            raise NotFoundError("no_commune_match", text=text)
        choices = "; ".join(f"{c.code} {c.label}" for c in (named or results)[:6])
        more = "…" if len(named or results) > 6 else ""
        raise ValidationError("ambiguous_commune", count=len(named or results), text=text, choices=choices + more,
                              candidates=[c.code for c in (named or results)])

    def resolve_province(self, name: str) -> tuple[str, str]:
        """A province name (new or pre-2025), code or alias → ("new", code) or ("old", short name)."""
        key = _strip_unit(fold(name))
        key = {"sai gon": "ho chi minh", **_PROVINCE_ALIASES}.get(key, key)
        if key.isdigit() and key.zfill(2) in self._provinces:
            return "new", key.zfill(2)
        for code, province in self._provinces.items():
            if loose(key) == loose(fold(province.short_name)):
                return "new", code
        for province in self._provinces.values():
            for old in province.old_provinces:
                if loose(key) == loose(fold(old)):
                    return "old", old
        raise NotFoundError("unknown_province", name=name)

    def filter(self, province: str | None = None, region: str | None = None) -> list[CommuneInfo]:
        """All communes, optionally of one province (new or old name) and one region."""
        entries = self._entries
        if province:
            kind, value = self.resolve_province(province)
            if kind == "new":
                entries = [e for e in entries if e.info.province_code == value]
            else:
                entries = [e for e in entries if value in e.info.old_provinces]
        if region:
            found = find_region(region)
            if found is None:
                names = ", ".join(r.name for r in ALL_REGIONS)
                raise NotFoundError("unknown_region", region=region, names=names)
            entries = [e for e in entries if found.code in e.info.regions]
        return [e.info for e in entries]
