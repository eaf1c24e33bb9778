"""Search ranking (issue 6): typed diacritics count, old addresses resolve to the commune that took
the ward, ties say so (nothing pre-selected), and the label shows old names apart from regions."""

from __future__ import annotations

import pytest

from festival_planner.services.communes import CommuneIndex


@pytest.fixture(scope="module")
def index(template_db) -> CommuneIndex:
    from festival_planner.store.database import open_database

    database = open_database(template_db)
    try:
        with database.session() as session:
            return CommuneIndex(session)
    finally:
        database.close()


# --- item 1: diacritics the user typed count --------------------------------------------------------

@pytest.mark.parametrize(("query", "province"), [("Huế", "Huế"), ("Sơn La", "Sơn La"), ("Thanh Hóa", "Thanh Hóa"),
                                                 ("Thanh Hoá", "Thanh Hóa"), ("Tỉnh Thanh Hóa", "Thanh Hóa"),
                                                 ("tinh thanh hoa", "Thanh Hóa")])
def test_a_province_typed_with_its_diacritics_lists_its_communes_first(index: CommuneIndex, query: str,
                                                                       province: str) -> None:
    first = index.search(query, limit=3)
    assert len(first) == 3
    assert {c.province for c in first} == {province}, [c.label for c in first]
    names = [c.name for c in index.search(query)]
    assert "Xã Nguyễn Huệ" not in names[:40] and "Xã Sơn Lang" not in names[:70]


def test_folded_only_matches_follow_the_tone_exact_ones(index: CommuneIndex) -> None:
    names = [c.label for c in index.search("Thanh Hóa")]
    thanh_hoa = [i for i, label in enumerate(names) if label.endswith(", Thanh Hóa")]
    assert "Xã Thạnh Hòa, Cần Thơ" in names  # still found, after every commune of Thanh Hóa
    assert names.index("Xã Thạnh Hòa, Cần Thơ") > max(thanh_hoa)
    assert index.search("Huế")[-1].province != "Huế"  # Xã Nguyễn Huệ and its kin come last


def test_an_exact_name_with_its_diacritics_comes_first_and_is_the_best(index: CommuneIndex) -> None:
    result = index.search_result("Quảng Sơn")
    assert result.communes[0].code == "24616"
    assert result.best is not None and result.best.code == "24616" and not result.ambiguous
    plain = index.search_result("quang son")  # without diacritics Quảng Sơn and Quang Sơn tie
    assert plain.ambiguous and plain.best is None
    assert {c.code for c in plain.communes[:plain.tied]} == {"24616", "05674"}


def test_a_province_name_is_ambiguous_nothing_to_preselect(index: CommuneIndex) -> None:
    result = index.search_result("Huế")
    assert result.ambiguous and result.best is None and result.tied >= 30


# --- item 2: old addresses resolve to the commune that took the ward ---------------------------------

@pytest.mark.parametrize(("address", "expected", "not_expected"), [
    ("Phường Ba Đình, Thành phố Thanh Hóa, Tỉnh Thanh Hóa", "Phường Hạc Thành", "Xã Ba Đình"),
    ("Phường Thạch Hạ, Thành phố Hà Tĩnh", "Phường Trần Phú", "Xã Thạch Hà"),
    ("Phường Thạch Hạ, Thành phố Hà Tĩnh, Tỉnh Hà Tĩnh", "Phường Trần Phú", "Xã Thạch Hà"),
])
def test_the_commune_that_took_the_old_ward_beats_a_namesake(index: CommuneIndex, address: str, expected: str,
                                                             not_expected: str) -> None:
    result = index.search_result(address)
    assert result.best is not None and result.best.name == expected
    assert not_expected not in [c.name for c in result.communes]


@pytest.mark.parametrize("address", [
    "Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội", "Phuong Phuc Xa, Quan Ba Dinh, Thanh pho Ha Noi",
    "P. Phúc Xá, Q. Ba Đình, TP. Hà Nội", "P.Phúc Xá, Q.Ba Đình, TP.Hà Nội", "Phúc Xá, Ba Đình, Hà Nội",
    "Phường Phúc Xá, Thành phố Hà Nội", "Số 5 Phó Đức Chính, Phường Phúc Xá, Quận Ba Đình, Hà Nội, Việt Nam",
])
def test_an_old_address_written_any_way_gives_its_commune(index: CommuneIndex, address: str) -> None:
    assert index.best(address).name == "Phường Hồng Hà"  # type: ignore[union-attr]


def test_t_dot_means_tinh(index: CommuneIndex) -> None:
    index.prepare_addresses()
    best = index.best("X. Quảng Sơn, H. Đắk Glong, T. Đắk Nông")
    assert best is not None and best.code == "24616"


def test_accents_separate_wards_of_one_district(index: CommuneIndex) -> None:
    quan_sac = index.search_result("Xã Minh Quán, Huyện Trấn Yên, Tỉnh Yên Bái")
    quan_nga = index.search_result("Xã Minh Quân, Huyện Trấn Yên, Tỉnh Yên Bái")
    assert quan_sac.best is not None and quan_nga.best is not None
    assert quan_sac.best.code != quan_nga.best.code
    plain = index.search_result("Xa Minh Quan, Huyen Tran Yen, Tinh Yen Bai")  # genuinely ambiguous
    assert plain.best is None and {quan_sac.best.code, quan_nga.best.code} <= {c.code for c in plain.communes}


def test_a_ward_of_another_district_with_the_same_name_does_not_tie(index: CommuneIndex) -> None:
    # Old Vĩnh Long had several Xã Tân Phú; the district decides.
    with_district = index.search_result("Xã Tân Phú, Huyện Tam Bình, Tỉnh Vĩnh Long")
    assert with_district.best is not None and with_district.best.code == "29740"
    # Without the district it is written the 2025 way: today's Xã Tân Phú of Vĩnh Long wins over the
    # old wards of that name (issue 17), which are still listed after it.
    without = index.search_result("Xã Tân Phú, Tỉnh Vĩnh Long")
    assert without.best is not None and without.best.code == "28840" and without.best.province == "Vĩnh Long"
    assert "29740" in {c.code for c in without.communes[1:]}


def test_a_split_ward_gives_every_candidate_and_preselects_none(index: CommuneIndex) -> None:
    result = index.search_result("xã Tân Thạnh, huyện Thới Lai, TP Cần Thơ")
    assert {c.name for c in result.communes} == {"Xã Tân Thạnh", "Xã Trường Thành"}
    assert result.tied == 2 and result.best is None
    assert result.to_json()["ambiguous"] is True and result.to_json()["best"] is None


def test_resolve_refuses_a_tie_and_names_the_candidates(index: CommuneIndex) -> None:
    from festival_planner.domain.errors import ValidationError

    assert index.resolve("Phường Ba Đình, Thành phố Thanh Hóa, Tỉnh Thanh Hóa").name == "Phường Hạc Thành"
    with pytest.raises(ValidationError) as info:
        index.resolve("xã Tân Thạnh, huyện Thới Lai, TP Cần Thơ")
    assert info.value.code == "ambiguous_commune"


# --- item 16: the label -----------------------------------------------------------------------------

def test_describe_shows_old_names_only_where_they_differ_and_regions_apart(index: CommuneIndex) -> None:
    assert index.get("24616").describe() == "Xã Quảng Sơn, Lâm Đồng (cũ: huyện Đăk Glong, Đắk Nông) — Tây Nguyên"
    bao_lac = index.search("Bảo Lạc, Cao Bằng")[0].describe()
    assert bao_lac == "Xã Bảo Lạc, Cao Bằng (cũ: huyện Bảo Lạc) — Đông Bắc, Tây Bắc (mở rộng)"  # no "Cao Bằng" twice
    two = index.get("31408")  # Xã Thạnh Hòa: old Hậu Giang and Sóc Trăng
    assert two.describe(old="old").startswith("Xã Thạnh Hòa, Cần Thơ (old: ")
    assert "Hậu Giang" in two.describe() and "Tây Nam Bộ" not in two.old_names()
