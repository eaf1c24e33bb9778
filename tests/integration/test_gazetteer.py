"""The official 2025 gazetteer as loaded into a fresh database, and searching it."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import func, select

from festival_planner.domain.models import Commune, Province
from festival_planner.services.communes import CommuneIndex


@pytest.fixture(scope="module")
def index(template_db) -> CommuneIndex:
    """The gazetteer is read-only: one index serves every test of this module."""
    from festival_planner.store.database import open_database

    database = open_database(template_db)
    try:
        with database.session() as session:
            return CommuneIndex(session)
    finally:
        database.close()


def test_gazetteer_holds_34_provinces_and_3321_communes(database) -> None:
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Province)) == 34
        assert session.scalar(select(func.count()).select_from(Commune)) == 3321
        kinds = Counter(session.scalars(select(Commune.kind)).all())
    assert {k.value: n for k, n in kinds.items()} == {"xa": 2621, "phuong": 687, "dac_khu": 13}


def test_every_commune_has_old_provinces_and_regions(index: CommuneIndex) -> None:
    communes = index.filter()
    assert len(communes) == 3321
    assert all(c.old_provinces and c.regions and c.old_districts for c in communes)
    counts = Counter(code for c in communes for code in c.regions)
    # DOMAIN.md: roughly 300 in narrow Tây Bắc, 800 in the wide one, 260 in Tây Nguyên, 555 in Tây Nam Bộ.
    assert 280 <= counts["tay_bac"] <= 330
    assert 760 <= counts["tay_bac_mo_rong"] <= 840
    assert 240 <= counts["tay_nguyen"] <= 290
    assert 530 <= counts["tay_nam_bo"] <= 580


def test_region_belongs_to_the_commune_not_the_new_province(index: CommuneIndex) -> None:
    lam_dong = index.filter(province="Lâm Đồng")
    regions = {c.regions[0] for c in lam_dong}
    assert {"tay_nguyen", "nam_trung_bo"} <= regions  # old Bình Thuận is on the coast
    phu_quy = next(c for c in lam_dong if c.short_name == "Phú Quý")
    assert phu_quy.kind == "dac_khu" and phu_quy.old_provinces[0] == "Bình Thuận"
    gia_lai = index.filter(province="Gia Lai")
    assert any(c.old_provinces[0] == "Bình Định" and c.regions[0] == "nam_trung_bo" for c in gia_lai)


def test_island_special_zones_are_vietnamese_communes(index: CommuneIndex) -> None:
    hoang_sa = index.search("Hoàng Sa")[0]
    truong_sa = index.search("Trường Sa")[0]
    assert (hoang_sa.name, hoang_sa.province) == ("Đặc khu Hoàng Sa", "Đà Nẵng")
    assert (truong_sa.name, truong_sa.province) == ("Đặc khu Trường Sa", "Khánh Hòa")


def test_search_dak_nong_finds_communes_of_old_dak_nong_now_in_lam_dong(index: CommuneIndex) -> None:
    results = index.search("dak nong")
    old_dak_nong = index.filter(province="Đắk Nông")
    assert len(old_dak_nong) >= 20
    assert {c.code for c in old_dak_nong} <= {c.code for c in results}
    # A province's name gives that province's communes only, not units elsewhere sharing the name.
    assert all(c.province == "Lâm Đồng" and "Đắk Nông" in c.old_provinces and "tay_nguyen" in c.regions
               for c in results)


def test_an_old_commune_named_like_a_province_is_found_with_its_unit_word(index: CommuneIndex) -> None:
    # Kon Tum had a commune called Đắk Nông (Ngọc Hồi); it is now part of Xã Dục Nông, Quảng Ngãi.
    assert [c.name for c in index.search("xã Đắk Nông")] == ["Xã Dục Nông"]


def test_search_is_diacritics_and_case_insensitive(index: CommuneIndex) -> None:
    plain = index.search("dak lak")
    marked = index.search("ĐẮK LẮK")
    assert [c.code for c in plain] == [c.code for c in marked]
    assert all(c.province == "Đắk Lắk" for c in plain[:50])


def test_search_understands_old_town_names(index: CommuneIndex) -> None:
    results = index.search("Buôn Hồ")
    assert results[0].name == "Phường Buôn Hồ"
    # the other communes made from the old town of Buôn Hồ follow
    assert len(results) > 1
    assert all(c.province == "Đắk Lắk" for c in results)
    assert any("Buôn Hồ" in d for c in results[1:] for d in c.old_districts)


def test_search_by_official_code_and_unknown_code(index: CommuneIndex) -> None:
    assert [c.name for c in index.search("24616")] == ["Xã Quảng Sơn"]
    assert index.get("24616").old_provinces == ("Đắk Nông",)
    with pytest.raises(Exception) as info:
        index.get("99999")
    assert "99999" in str(info.value)


def test_province_filter_accepts_new_and_old_names(index: CommuneIndex) -> None:
    new = index.filter(province="lam dong")
    old = index.filter(province="Bình Thuận")
    assert len(new) > len(old) > 0
    assert all(c.province == "Lâm Đồng" for c in old)
    assert len(index.filter(province="Hà Nội")) == 126


@pytest.mark.parametrize(("address", "expected"), [
    ("Xã Quảng Sơn, huyện Đắk Glong, tỉnh Đắk Nông", ["Xã Quảng Sơn"]),  # old address, old province
    ("Quảng Sơn, Lâm Đồng", ["Xã Quảng Sơn"]),  # new address
    ("Phường 1, Quận 3, TP HCM", ["Phường Bàn Cờ"]),  # old numbered ward, merged
    ("P.01, Q.3, Thành phố Hồ Chí Minh", ["Phường Bàn Cờ"]),  # abbreviations and leading zeros
])
def test_search_resolves_whole_addresses_old_and_new(index: CommuneIndex, address: str, expected: list[str]) -> None:
    assert [c.name for c in index.search(address)] == expected


def test_an_old_ward_split_between_new_communes_gives_each_candidate(index: CommuneIndex) -> None:
    results = index.search("xã Tân Thạnh, huyện Thới Lai, TP Cần Thơ")
    assert len(results) == 2
    assert all(c.province == "Cần Thơ" for c in results)
    assert {"Xã Tân Thạnh", "Xã Trường Thành"} == {c.name for c in results}


def test_an_old_town_goes_to_the_commune_that_took_it_not_to_its_namesake(index: CommuneIndex) -> None:
    # The conversion tables send Thị trấn Mường Tè to Xã Bum Tở; today's Xã Mường Tè was the old Xã Mường Tè.
    result = index.search_result("Thị trấn Mường Tè, huyện Mường Tè, tỉnh Lai Châu")
    assert [c.name for c in result.communes] == ["Xã Bum Tở"]
    assert result.best is not None and result.best.name == "Xã Bum Tở"
    assert index.best("Xã Mường Tè, huyện Mường Tè, tỉnh Lai Châu").name == "Xã Mường Tè"  # type: ignore[union-attr]


def test_an_address_that_matches_nothing_falls_back_to_words(index: CommuneIndex) -> None:
    assert [c.name for c in index.search("Quảng Sơn Đắk Glong, Đắk Nông")] == ["Xã Quảng Sơn"]
    assert index.search("nowhere, atlantis") == []


@pytest.mark.parametrize(("query", "province"), [
    ("Daklak", "Đắk Lắk"), ("Đắc Lắc", "Đắk Lắk"), ("Đăk Nông", "Lâm Đồng"), ("Thừa Thiên Huế", "Huế"),
    ("TP HCM", "Hồ Chí Minh"), ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
])
def test_search_tolerates_other_spellings_and_old_province_names(index: CommuneIndex, query: str,
                                                                  province: str) -> None:
    results = index.search(query)
    assert len(results) >= 20
    assert all(c.province == province for c in results[:20])


def test_search_tolerates_i_and_y(index: CommuneIndex) -> None:
    assert "Xã Mỹ Quí" in [c.name for c in index.search("My Quy")]
    assert index.search("Mỹ Quí")[0].name == "Xã Mỹ Quí"


def test_resolve_picks_the_one_commune_or_lists_the_candidates(index: CommuneIndex) -> None:
    from festival_planner.domain.errors import NotFoundError, ValidationError

    assert index.resolve("Quảng Sơn").code == "24616"  # typed with its diacritics
    assert index.resolve("24616").name == "Xã Quảng Sơn"
    assert index.resolve("Quảng Sơn, Lâm Đồng").code == "24616"
    with pytest.raises(ValidationError) as info:
        index.resolve("quang son")
    assert "24616" in info.value.message and "05674" in info.value.message
    with pytest.raises(NotFoundError):
        index.resolve("Atlantis")


@pytest.mark.parametrize(("name", "count_at_least", "province"), [
    ("Daklak", 90, "Đắk Lắk"), ("TP. HCM", 150, "Hồ Chí Minh"), ("Tỉnh Đắc Nông", 20, "Lâm Đồng"),
    ("68", 100, "Lâm Đồng"), ("Thừa Thiên Huế", 30, "Huế"),
])
def test_province_filter_tolerates_spellings_codes_and_old_names(index: CommuneIndex, name: str,
                                                                  count_at_least: int, province: str) -> None:
    communes = index.filter(province=name)
    assert len(communes) >= count_at_least
    assert {c.province for c in communes} == {province}
