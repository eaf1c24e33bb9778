"""A commune as plain values (``CommuneInfo``): what searches, views, reports and JSON hand around.

Its own module so that the index (``communes``) and the address reader (``commune_address``) both
use it without importing each other."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from festival_planner.domain.regions import region_label, region_name


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

    def old_names(self) -> str:
        """The pre-2025 units this commune lies in, only where they differ from today's names:
        "huyện Đắk Glong, Đắk Nông"; "huyện Hòa An" when the province kept its name; several old
        provinces apart: "huyện Vị Xuyên, Hà Giang; huyện Yên Minh, Hà Giang"."""
        groups: dict[str, list[str]] = {}
        for entry in self.old_districts:
            district, _, province = entry.partition(", ")
            unit = next((w for w in _DISTRICT_UNITS if district.startswith(w + " ")), None)
            district = unit.lower() + district[len(unit):] if unit else district
            groups.setdefault(province, []).append(district)
        for province in self.old_provinces:
            groups.setdefault(province, [])
        parts = []
        for province, districts in groups.items():
            names = [*districts, *([province] if province and province != self.province else [])]
            if names:
                parts.append(", ".join(names))
        return "; ".join(parts)

    def describe(self, old: str = "cũ") -> str:
        """The search-result label: "Xã Quảng Sơn, Lâm Đồng (cũ: huyện Đắk Glong, Đắk Nông) — Tây Nguyên".
        Old names only where they differ from today's, regions apart after the dash; ``old`` is the
        word before the old names (the GUI passes its translation)."""
        old_names = self.old_names()
        bracket = f" ({old}: {old_names})" if old_names else ""
        regions = f" — {self.region_label}" if self.regions else ""
        return f"{self.label}{bracket}{regions}"

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


_DISTRICT_UNITS = ("Thành phố", "Thị xã", "Huyện", "Quận")
