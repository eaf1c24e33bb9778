"""Numbers and region names in the interface's language (issue 17 item 8): Vietnamese decimal comma and
thousands dot, English conventions in English; no "-0,00"; a penalty's weight shown with its sign."""

from __future__ import annotations

import pytest

from festival_planner.domain import messages
from festival_planner.domain.regions import region_display_name, region_label, region_name
from festival_planner.domain.values import format_number


@pytest.mark.parametrize(("value", "places", "vi", "en"), [
    (13.3, 1, "13,3", "13.3"),
    (187.74, 2, "187,74", "187.74"),
    (1267, 0, "1.267", "1,267"),
    (1267.5, 1, "1.267,5", "1,267.5"),
    (-0.001, 2, "0,00", "0.00"),
    (-2.5, 1, "-2,5", "-2.5"),
])
def test_numbers_follow_the_language(value: float, places: int, vi: str, en: str) -> None:
    assert format_number(value, places, language="vi") == vi
    assert format_number(value, places, language="en") == en


def test_a_signed_contribution_never_reads_minus_zero() -> None:
    assert format_number(0.2, 2, signed=True, language="vi") == "+0,20"
    assert format_number(-0.0001, 2, signed=True, language="vi") == "0,00"
    assert format_number(-1.5, 2, signed=True, language="en") == "-1.50"


def test_the_current_language_is_the_default() -> None:
    messages.set_language("en")
    try:
        assert format_number(62.0, 1) == "62.0"
    finally:
        messages.set_language("vi")
    assert format_number(62.0, 1) == "62,0"


def test_region_names_in_the_interface_and_in_data() -> None:
    assert region_display_name("tay_nguyen", language="en") == "Central Highlands"
    assert region_display_name("tay_nguyen", language="vi") == "Tây Nguyên"
    assert region_name("tay_nguyen") == "Tây Nguyên"  # data and printed documents stay Vietnamese
    messages.set_language("en")
    try:
        assert region_label(["bac_trung_bo", "tay_bac_mo_rong"], display=True) == \
            "North Central Coast, Northwest (wide)"
        assert region_label(["bac_trung_bo", "tay_bac_mo_rong"]) == "Bắc Trung Bộ, Tây Bắc (mở rộng)"
    finally:
        messages.set_language("vi")
