"""Region definitions on the old provinces, and the wide Northwest on old districts."""

from __future__ import annotations

from festival_planner.domain.regions import (
    REGIONS,
    find_region,
    in_wide_northwest,
    region_of_old_province,
)


def test_the_eight_regions_cover_all_63_old_provinces_once() -> None:
    provinces = [p for r in REGIONS for p in r.old_provinces]
    assert len(provinces) == 63
    assert len(set(provinces)) == 63


def test_region_of_old_province_ignores_diacritics() -> None:
    assert region_of_old_province("Đắk Nông").code == "tay_nguyen"
    assert region_of_old_province("Bình Thuận").code == "nam_trung_bo"
    assert region_of_old_province("Kiên Giang").code == "tay_nam_bo"
    assert region_of_old_province("Điện Biên").code == "tay_bac"


def test_wide_northwest_includes_western_districts_of_thanh_hoa_only() -> None:
    assert in_wide_northwest("Hà Giang", None)
    assert in_wide_northwest("Thanh Hóa", "Mường Lát")
    assert not in_wide_northwest("Thanh Hóa", "Sầm Sơn")
    assert not in_wide_northwest("Đắk Lắk", None)


def test_find_region_by_name_or_code() -> None:
    assert find_region("tay nguyen").code == "tay_nguyen"
    assert find_region("Tây Nam Bộ").code == "tay_nam_bo"
    assert find_region("tay_bac_mo_rong").code == "tay_bac_mo_rong"
    assert find_region("Tây Bắc (mở rộng)").code == "tay_bac_mo_rong"
    assert find_region("Sahara") is None


def test_region_label_adds_the_wide_northwest_only_when_it_says_something() -> None:
    from festival_planner.domain.regions import region_label

    assert region_label(["tay_bac", "tay_bac_mo_rong"]) == "Tây Bắc"
    assert region_label(["bac_trung_bo", "tay_bac_mo_rong"]) == "Bắc Trung Bộ, Tây Bắc (mở rộng)"
    assert region_label(["tay_nguyen"]) == "Tây Nguyên"
    assert region_label([]) == ""
