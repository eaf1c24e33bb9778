"""Find communes in the official gazetteer: diacritics- and case-insensitive, old names understood.

The gazetteer is read-only and small (3,321 rows), so a ``CommuneIndex`` keeps it in memory as
plain objects and ranks matches in Python: the commune's own name first, then its province, then
its pre-2025 province, district and ward names.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from festival_planner.domain.errors import NotFoundError, ValidationError
from festival_planner.domain.models import Commune, Province
from festival_planner.domain.regions import find_region, region_name
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
    def label(self) -> str:
        """"Xã Quảng Sơn, Lâm Đồng" — how a person names it."""
        return f"{self.name}, {self.province}"

    def to_json(self) -> dict:
        """Stable machine-readable form (English snake_case keys)."""
        data = asdict(self)
        data.pop("short_name")
        data.pop("kind_label")
        data.pop("old_wards")
        data["old_provinces"] = list(self.old_provinces)
        data["old_districts"] = list(self.old_districts)
        data["regions"] = list(self.regions)
        data["region_names"] = self.region_names
        return data


def commune_info(commune: Commune) -> CommuneInfo:
    return CommuneInfo(
        code=commune.code, name=commune.name, short_name=commune.short_name, kind=commune.kind.value,
        kind_label=commune.kind.label, province_code=commune.province_code,
        province=commune.province.short_name, old_provinces=tuple(commune.old_provinces),
        old_districts=tuple(commune.old_districts), regions=tuple(commune.regions),
        latitude=commune.latitude, longitude=commune.longitude, area_km2=commune.area_km2,
        old_wards=tuple(commune.old_wards))


def _short(unit: str) -> str:
    """Drop the unit word: "Huyện Đắk Song, Đắk Nông" → "dak song"."""
    head = unit.split(",", 1)[0]
    folded = fold(head)
    for prefix in ("thanh pho ", "thi xa ", "thi tran ", "huyen ", "quan ", "phuong ", "xa ", "dac khu ", "tinh "):
        if folded.startswith(prefix):
            return folded[len(prefix):]
    return folded


@dataclass
class _Entry:
    info: CommuneInfo
    name: str
    full_name: str
    province: str
    old_provinces: list[str]
    old_districts: list[str]
    old_wards: list[str]
    everything: str
    order: tuple


class CommuneIndex:
    """The gazetteer in memory, for fast search as the user types."""

    def __init__(self, session: Session) -> None:
        communes = session.scalars(select(Commune)).all()
        self._provinces = {p.code: p for p in session.scalars(select(Province)).all()}
        self._entries: list[_Entry] = []
        self._by_code: dict[str, _Entry] = {}
        for commune in communes:
            info = commune_info(commune)
            entry = _Entry(
                info=info, name=fold(info.short_name), full_name=fold(info.name), province=fold(info.province),
                old_provinces=[fold(p) for p in info.old_provinces],
                old_districts=[_short(d) for d in info.old_districts],
                old_wards=[_short(w) for w in info.old_wards],
                everything=commune.search_key,
                order=(sort_key(info.province), sort_key(info.short_name)))
            self._entries.append(entry)
            self._by_code[info.code] = entry
        self._entries.sort(key=lambda e: e.order)

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, code: str) -> CommuneInfo:
        """The commune with this official code (leading zeros optional)."""
        entry = self._by_code.get(code.strip().zfill(5)) if code and code.strip().isdigit() else None
        if entry is None:
            raise NotFoundError(f"Không có xã, phường nào mang mã “{code}” trong danh mục hành chính 2025.",
                                code="unknown_commune")
        return entry.info

    def _rank(self, entry: _Entry, query: str, tokens: list[str]) -> int | None:
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
        if query in entry.old_wards:
            return 6
        # Every word of the query as a whole word anywhere (the last may be unfinished: typing).
        words = f" {entry.everything} "
        if all(f" {t} " in words for t in tokens[:-1]):
            if f" {tokens[-1]} " in words:
                return 7
            if f" {tokens[-1]}" in words:
                return 8
        return None

    def search(self, query: str, limit: int | None = None) -> list[CommuneInfo]:
        """Communes matching ``query`` best first: "dak lak", "Buôn Hồ", "dak nong", "00097"."""
        text = (query or "").strip()
        if text.isdigit():
            code = text.zfill(5)
            return [e.info for e in self._entries if e.info.code == code]
        folded = fold(text)
        if not folded:
            raise ValidationError("Hãy nhập tên xã, phường hoặc tỉnh cần tìm.", code="empty_query")
        tokens = folded.split()
        ranked = []
        for entry in self._entries:
            rank = self._rank(entry, folded, tokens)
            if rank is not None:
                ranked.append((rank, entry.order, entry.info))
        ranked.sort(key=lambda item: (item[0], item[1]))
        if ranked and ranked[0][0] < 8:  # a finished word matched: drop the unfinished-word guesses
            ranked = [item for item in ranked if item[0] < 8]
        infos = [info for _rank, _order, info in ranked]
        return infos[:limit] if limit else infos

    def resolve_province(self, name: str) -> tuple[str, str]:
        """A province name (new or pre-2025), code or alias → ("new", code) or ("old", short name)."""
        key = fold(name).removeprefix("tinh ").removeprefix("thanh pho ").removeprefix("tp ")
        for code, province in self._provinces.items():
            if key in (code, fold(province.short_name), fold(province.name)) or \
                    (key in ("hcm", "tphcm", "sai gon") and code == "79"):
                return "new", code
        for province in self._provinces.values():
            for old in province.old_provinces:
                if key == fold(old):
                    return "old", old
        raise NotFoundError(f"Không tìm thấy tỉnh, thành phố “{name}”.", code="unknown_province")

    def list(self, province: str | None = None, region: str | None = None) -> list[CommuneInfo]:
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
                raise NotFoundError(f"Không có vùng “{region}”. Các vùng: Tây Bắc, Tây Bắc (mở rộng), Đông Bắc, "
                                    "Đồng bằng sông Hồng, Bắc Trung Bộ, Duyên hải Nam Trung Bộ, Tây Nguyên, "
                                    "Đông Nam Bộ, Tây Nam Bộ.", code="unknown_region")
            entries = [e for e in entries if found.code in e.info.regions]
        return [e.info for e in entries]

    def provinces(self) -> list[tuple[str, str]]:
        """(code, short name) of the 34 provinces in Vietnamese order."""
        return sorted(((p.code, p.short_name) for p in self._provinces.values()), key=lambda p: sort_key(p[1]))
