"""One-time load of the official 2025 gazetteer (34 provinces, 3,321 communes) from the data
files that the ``vietnamadminunits`` package ships.

The package itself is never imported: its import is slow and its address converter may ask an
online geocoder. We read its SQLite file and its old→new conversion tables directly, and invert
the conversion tables to give every new commune its pre-2025 province(s), district(s) and ward(s),
and so its traditional region(s).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from festival_planner.domain.enums import CommuneKind
from festival_planner.domain.errors import DatabaseError
from festival_planner.domain.models import Commune, Province
from festival_planner.domain.regions import in_wide_northwest, region_of_old_province
from festival_planner.domain.text import fold
from festival_planner.store import files

log = logging.getLogger(__name__)

EXPECTED_PROVINCES = 34
EXPECTED_COMMUNES = 3321
PACKAGE = "vietnamadminunits"

_KIND = {"Xã": CommuneKind.XA, "Phường": CommuneKind.PHUONG, "Đặc khu": CommuneKind.DAC_KHU}
# Island districts that the conversion tables name without a ward (their wards became special zones).
_ISLAND_DISTRICTS = {
    "huyenlyson": "Huyện Lý Sơn", "huyenbachlongvi": "Huyện Bạch Long Vĩ", "huyenconco": "Huyện Cồn Cỏ",
    "huyenhoangsa": "Huyện Hoàng Sa", "huyencondao": "Huyện Côn Đảo",
}


def package_data_dir() -> Path:
    """The package's ``data`` folder, found without importing the package."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise DatabaseError("gazetteer_missing")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


@dataclass
class _Origin:
    """The pre-2025 units a new commune was made from, with a weight per old province."""

    province_weight: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    districts: dict[str, str] = field(default_factory=dict)  # "Huyện X, Old province" -> old province
    wards: list[str] = field(default_factory=list)
    wide_northwest: bool = False

    def add(self, province: str, district: str, ward: str | None, weight: float, province_order: int) -> None:
        # A tiny bias towards the older code keeps ties deterministic.
        self.province_weight[province] += weight - province_order * 1e-6
        self.districts.setdefault(f"{district}, {province}", province)
        if ward:
            self.wards.append(f"{ward}, {district}")
        district_short = district.split(" ", 1)[1] if district.startswith("Huyện ") else district
        if in_wide_northwest(province, district_short):
            self.wide_northwest = True


def _read_files(data_dir: Path) -> tuple[list[sqlite3.Row], list[sqlite3.Row], dict]:
    """The package's new units, its pre-2025 units and its old→new conversion tables."""
    conn = files.connect(data_dir / "dataset.db", read_only=True)
    conn.row_factory = sqlite3.Row
    try:
        new_rows = conn.execute(
            "SELECT province, provinceShort, provinceCode, provinceLat, provinceLon, provinceKey, "
            "ward, wardShort, wardType, wardCode, wardLat, wardLon, wardAreaKm2, wardKey "
            "FROM admin_units ORDER BY provinceCode, wardCode").fetchall()
        legacy_rows = conn.execute(
            "SELECT province, provinceShort, provinceCode, provinceKey, district, districtShort, districtType, "
            "districtKey, ward, wardShort, wardType, wardKey "
            "FROM admin_units_legacy").fetchall()
    finally:
        conn.close()
    conversion = json.loads((data_dir / "converter_2025.json").read_text(encoding="utf-8"))
    return new_rows, legacy_rows, conversion


def _conversions(conversion: dict) -> Iterator[tuple[str, str, str, bool]]:
    """Every (new province key, new ward key, old ward key, is the default target) of the tables."""
    for new_province_key, wards in conversion["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_ward_key, old_keys in wards.items():
            for old_key in old_keys:
                yield new_province_key, new_ward_key, old_key, True
    for new_province_key, old_wards in conversion["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, targets in old_wards.items():
            for target in targets:
                yield new_province_key, target["newWardKey"], old_key, bool(target["isDefaultNewWard"])


@dataclass(frozen=True)
class LegacyWard:
    """A pre-2025 ward as the package lists it, with the new communes that took it (by official code)."""

    province: str  # "Thành phố Hà Nội"
    province_short: str  # "Hà Nội"
    district: str  # "Quận Ba Đình"
    district_short: str
    district_type: str  # Quận / Huyện / Thị xã / Thành phố
    ward: str | None  # "Phường Phúc Xá"; None for an island district listed without wards
    ward_short: str | None
    ward_type: str | None  # Phường / Xã / Thị trấn
    targets: tuple[str, ...]  # codes of the new communes, the default one first
    default: str


def legacy_wards(data_dir: Path | None = None) -> list[LegacyWard]:
    """The package's pre-2025 wards that its conversion tables send to new communes (for audits)."""
    new_rows, legacy_rows, conversion = _read_files(data_dir or package_data_dir())
    new_code = {(row["provinceKey"], row["wardKey"]): row["wardCode"] for row in new_rows}
    targets: dict[str, list[tuple[bool, str]]] = defaultdict(list)
    for new_province_key, new_ward_key, old_key, is_default in _conversions(conversion):
        code = new_code[(new_province_key, new_ward_key)]
        if (is_default, code) not in targets[old_key] and (not is_default, code) not in targets[old_key]:
            targets[old_key].append((is_default, code))
    wards = []
    for row in legacy_rows:
        found = sorted(targets.get(f"{row['provinceKey']}_{row['districtKey']}_{row['wardKey'] or ''}", []),
                       key=lambda t: not t[0])
        if not found:
            continue
        wards.append(LegacyWard(
            province=row["province"], province_short=row["provinceShort"], district=row["district"],
            district_short=row["districtShort"], district_type=row["districtType"], ward=row["ward"],
            ward_short=row["wardShort"], ward_type=row["wardType"], targets=tuple(c for _d, c in found),
            default=found[0][1]))
    return wards


def read_source(data_dir: Path | None = None) -> tuple[list[dict], list[dict]]:
    """Read provinces and communes, with their origins, as plain row dicts ready to insert."""
    new_rows, legacy_rows, conversion = _read_files(data_dir or package_data_dir())

    legacy_ward: dict[str, tuple[str, str, str]] = {}
    legacy_district: dict[tuple[str, str], tuple[str, str]] = {}
    legacy_province: dict[str, tuple[str, int]] = {}
    for row in legacy_rows:
        legacy_ward[f"{row['provinceKey']}_{row['districtKey']}_{row['wardKey']}"] = (
            row["provinceShort"], row["district"], row["ward"])
        legacy_district[(row["provinceKey"], row["districtKey"])] = (row["provinceShort"], row["district"])
        legacy_province[row["provinceKey"]] = (row["provinceShort"], int(row["provinceCode"]))

    origins: dict[tuple[str, str], _Origin] = defaultdict(_Origin)

    def add_source(new_province_key: str, new_ward_key: str, old_key: str, weight: float) -> None:
        if old_key in legacy_ward:
            province, district, ward = legacy_ward[old_key]
        else:  # "tinhquangngai_huyenlyson_": a whole island district
            province_key, district_key, _ = old_key.split("_", 2)
            province = legacy_province[province_key][0]
            district = legacy_district.get((province_key, district_key), (province, None))[1] \
                or _ISLAND_DISTRICTS.get(district_key, district_key)
            ward = None
        order = legacy_province[old_key.split("_", 1)[0]][1]
        origins[(new_province_key, new_ward_key)].add(province, district, ward, weight, order)

    for new_province_key, new_ward_key, old_key, is_default in _conversions(conversion):
        add_source(new_province_key, new_ward_key, old_key, 1.0 if is_default else 0.5)

    provinces: dict[str, dict] = {}
    communes: list[dict] = []
    for row in new_rows:
        code = row["provinceCode"]
        if code not in provinces:
            old = [legacy_province[k][0] for k in conversion["DICT_PROVINCE"].get(row["provinceKey"], [])
                   if k in legacy_province]
            old.sort(key=lambda name: name != row["provinceShort"])
            provinces[code] = {
                "code": code, "name": row["province"], "short_name": row["provinceShort"],
                "latitude": row["provinceLat"], "longitude": row["provinceLon"], "old_provinces": old,
                "search_key": " | ".join(fold(x) for x in [row["province"], *old]),
            }
        origin = origins.get((row["provinceKey"], row["wardKey"]))
        if origin is None:
            raise DatabaseError("gazetteer_no_origin", ward=row["ward"])
        old_provinces = sorted(origin.province_weight, key=lambda p: -origin.province_weight[p])
        regions: list[str] = []
        for province in old_provinces:
            code_ = region_of_old_province(province).code
            if code_ not in regions:
                regions.append(code_)
        if origin.wide_northwest:
            regions.append("tay_bac_mo_rong")
        old_districts = sorted(origin.districts, key=lambda d: old_provinces.index(origin.districts[d]))
        communes.append({
            "code": row["wardCode"], "name": row["ward"], "short_name": row["wardShort"],
            "kind": _KIND[row["wardType"]], "province_code": code,
            "latitude": row["wardLat"], "longitude": row["wardLon"], "area_km2": row["wardAreaKm2"],
            "old_provinces": old_provinces, "old_districts": old_districts, "old_wards": origin.wards,
            "regions": regions,
            "search_key": " | ".join(fold(x) for x in [row["ward"], row["provinceShort"], *old_provinces,
                                                       *old_districts, *origin.wards]),
        })
    return list(provinces.values()), communes


def is_loaded(session: Session) -> bool:
    """True once the gazetteer tables hold the official structure."""
    return (session.scalar(select(func.count()).select_from(Commune)) or 0) >= EXPECTED_COMMUNES


def counts(session: Session) -> tuple[int, int]:
    """How many provinces and communes the gazetteer tables hold."""
    return (session.scalar(select(func.count()).select_from(Province)) or 0,
            session.scalar(select(func.count()).select_from(Commune)) or 0)


def load(session: Session, *, progress: Callable[[int, int, str], None] | None = None,
         data_dir: Path | None = None) -> tuple[int, int]:
    """Fill the gazetteer tables inside the caller's transaction; returns (provinces, communes).

    Rows whose code is already there (a file from an incomplete early load) are kept as they are."""
    if progress:
        progress(0, 3, "Đang đọc dữ liệu hành chính…")
    provinces, communes = read_source(data_dir)
    if len(provinces) != EXPECTED_PROVINCES or len(communes) != EXPECTED_COMMUNES:
        raise DatabaseError("gazetteer_incomplete", provinces=len(provinces), communes=len(communes))
    if progress:
        progress(1, 3, "Đang ghi 34 tỉnh, thành phố…")
    have = set(session.scalars(select(Province.code)))
    provinces = [p for p in provinces if p["code"] not in have]
    if provinces:
        session.execute(insert(Province), provinces)
    if progress:
        progress(2, 3, "Đang ghi 3.321 xã, phường, đặc khu…")
    have = set(session.scalars(select(Commune.code)))
    communes = [c for c in communes if c["code"] not in have]
    if communes:
        session.execute(insert(Commune), communes)
    if progress:
        progress(3, 3, "Đã nạp danh mục hành chính.")
    log.info("Loaded gazetteer: %d provinces, %d communes added", len(provinces), len(communes))
    return len(provinces), len(communes)
