"""Traditional regions of Vietnam, defined on the 63 pre-2025 provinces (and, for the wide
Northwest, on old districts). Region belongs to a commune, through its old province."""

from __future__ import annotations

from dataclasses import dataclass

from festival_planner.domain.text import compact


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    priority: bool
    old_provinces: tuple[str, ...]


# The eight socio-economic regions in use before 2025, with the narrow Northwest (Tây Bắc).
REGIONS: tuple[Region, ...] = (
    Region("tay_bac", "Tây Bắc", True,
           ("Lào Cai", "Yên Bái", "Điện Biên", "Lai Châu", "Sơn La", "Hòa Bình")),
    Region("dong_bac", "Đông Bắc", False,
           ("Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Thái Nguyên", "Lạng Sơn",
            "Bắc Giang", "Phú Thọ", "Quảng Ninh")),
    Region("dong_bang_song_hong", "Đồng bằng sông Hồng", False,
           ("Hà Nội", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hải Phòng", "Hưng Yên",
            "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình")),
    Region("bac_trung_bo", "Bắc Trung Bộ", False,
           ("Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Huế")),
    Region("nam_trung_bo", "Duyên hải Nam Trung Bộ", False,
           ("Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa",
            "Ninh Thuận", "Bình Thuận")),
    Region("tay_nguyen", "Tây Nguyên", True,
           ("Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng")),
    Region("dong_nam_bo", "Đông Nam Bộ", False,
           ("Hồ Chí Minh", "Bình Dương", "Bình Phước", "Tây Ninh", "Đồng Nai",
            "Bà Rịa - Vũng Tàu")),
    Region("tay_nam_bo", "Tây Nam Bộ", True,
           ("Cần Thơ", "Hậu Giang", "Long An", "Đồng Tháp", "An Giang", "Tiền Giang",
            "Bến Tre", "Vĩnh Long", "Trà Vinh", "Sóc Trăng", "Kiên Giang", "Bạc Liêu", "Cà Mau")),
)

# The wide Northwest: the Northwest steering committee's scope (12 provinces and the 21 western
# mountain districts of Thanh Hóa and Nghệ An). A flag on top of the eight regions.
WIDE_NORTHWEST = Region(
    "tay_bac_mo_rong", "Tây Bắc (mở rộng)", True,
    ("Lào Cai", "Yên Bái", "Điện Biên", "Lai Châu", "Sơn La", "Hòa Bình", "Hà Giang",
     "Tuyên Quang", "Cao Bằng", "Lạng Sơn", "Bắc Kạn", "Phú Thọ"),
)
WIDE_NORTHWEST_DISTRICTS: dict[str, tuple[str, ...]] = {
    "Thanh Hóa": ("Mường Lát", "Quan Hóa", "Quan Sơn", "Bá Thước", "Lang Chánh", "Thường Xuân",
                  "Như Xuân", "Như Thanh", "Cẩm Thủy", "Thạch Thành", "Ngọc Lặc"),
    "Nghệ An": ("Kỳ Sơn", "Tương Dương", "Con Cuông", "Quế Phong", "Quỳ Châu", "Quỳ Hợp",
                "Nghĩa Đàn", "Tân Kỳ", "Anh Sơn", "Thanh Chương"),
}

ALL_REGIONS: tuple[Region, ...] = REGIONS + (WIDE_NORTHWEST,)
PRIORITY_REGION_CODES = tuple(r.code for r in ALL_REGIONS if r.priority)  # the selector's priority regions

_BY_CODE = {r.code: r for r in ALL_REGIONS}
_PROVINCE_TO_REGION = {compact(p): r for r in REGIONS for p in r.old_provinces}
_WIDE_PROVINCES = {compact(p) for p in WIDE_NORTHWEST.old_provinces}
_WIDE_DISTRICTS = {(compact(p), compact(d)) for p, ds in WIDE_NORTHWEST_DISTRICTS.items() for d in ds}


def region_name(code: str) -> str:
    """The Vietnamese name of a region code (the code itself when unknown)."""
    region = _BY_CODE.get(code)
    return region.name if region else code


def region_display_name(code: str, language: str | None = None) -> str:
    """The region's name in the interface's language ("Central Highlands" in English); printed documents
    and stored data keep ``region_name`` (Vietnamese) whatever the interface says."""
    if code not in _BY_CODE:
        return code
    from festival_planner.domain.messages import render

    return render(f"region.{code}", language=language)


def region_of_old_province(short_name: str) -> Region:
    """The region of a pre-2025 province, by its short name ("Đắk Nông", "Hồ Chí Minh")."""
    try:
        return _PROVINCE_TO_REGION[compact(short_name)]
    except KeyError:
        raise KeyError(f"unknown old province: {short_name}") from None


def in_wide_northwest(old_province: str, old_district: str | None) -> bool:
    """True when an old province (and district, for Thanh Hóa and Nghệ An) is in the wide Northwest."""
    province_key = compact(old_province)
    if province_key in _WIDE_PROVINCES:
        return True
    return old_district is not None and (province_key, compact(old_district)) in _WIDE_DISTRICTS


def find_region(query: str) -> Region | None:
    """Resolve a user's region name or code, ignoring diacritics and case ("tay nguyen")."""
    key = compact(query)
    for region in ALL_REGIONS:
        if key in (compact(region.code), compact(region.name)):
            return region
    if key in ("taybacrong", "taybacmorong"):
        return WIDE_NORTHWEST
    return None


def region_label(codes: list[str] | tuple[str, ...], *, display: bool = False) -> str:
    """A short label for a commune's regions: the main region, and the wide Northwest when that adds
    something ("Bắc Trung Bộ, Tây Bắc (mở rộng)"; narrow Tây Bắc alone says it already); ``display``:
    in the interface's language (``region_display_name``) rather than the data's Vietnamese."""
    if not codes:
        return ""
    name = region_display_name if display else region_name
    label = name(codes[0])
    if WIDE_NORTHWEST.code in codes[1:] and codes[0] != "tay_bac":
        label += f", {name(WIDE_NORTHWEST.code)}"
    return label
