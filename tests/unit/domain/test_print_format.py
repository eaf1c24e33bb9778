"""Numbers and place names as an issued document writes them (``domain.print_format``)."""

from __future__ import annotations

import pytest

from festival_planner.domain.print_format import CITIES, document_number, is_city, number, province_with_kind


@pytest.mark.parametrize(("value", "places", "text"), [
    (1267, 0, "1.267"), (1267.4, 0, "1.267"), (999, 0, "999"), (1234567, 0, "1.234.567"),
    (0, 0, "0"), (13.25, 1, "13,2"), (1021.5, 1, "1.021,5"), (0.66, 1, "0,7"), (-1500, 0, "-1.500"),
])
def test_numbers_take_dots_between_thousands_and_a_decimal_comma(value: float, places: int, text: str) -> None:
    assert number(value, places) == text


@pytest.mark.parametrize(("typed", "printed"), [
    ("5", "05"), ("0", "00"), (" 7 ", "07"), ("05", "05"), ("10", "10"), ("123", "123"), ("", ""), ("12a", "12a"),
])
def test_document_numbers_below_ten_take_a_leading_zero(typed: str, printed: str) -> None:
    assert document_number(typed) == printed


def test_the_six_centrally_run_cities_are_thanh_pho_and_the_other_28_tinh() -> None:
    from festival_planner.store import gazetteer

    provinces, _ = gazetteer.read_source()
    assert len(provinces) == 34
    for row in provinces:
        assert is_city(row["short_name"]) == row["name"].startswith("Thành phố"), row["name"]
    assert len(CITIES) == 6


@pytest.mark.parametrize(("province", "written"), [
    ("Điện Biên", "tỉnh Điện Biên"), ("Hà Nội", "thành phố Hà Nội"), ("Huế", "thành phố Huế"),
    ("Cần Thơ", "thành phố Cần Thơ"), ("Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
    ("Tỉnh Lâm Đồng", "tỉnh Lâm Đồng"), ("Thành phố Đà Nẵng", "thành phố Đà Nẵng"),
    ("TP. Hải Phòng", "thành phố Hải Phòng"), ("", ""),
])
def test_a_province_is_named_with_its_kind(province: str, written: str) -> None:
    assert province_with_kind(province) == written
