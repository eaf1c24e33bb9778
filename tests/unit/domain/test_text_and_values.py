"""Vietnamese folding and ordering, and the parsing of typed dates and times."""

from __future__ import annotations

import datetime as dt

import pytest

from festival_planner.domain.errors import ValidationError
from festival_planner.domain.text import compact, fold, sort_key
from festival_planner.domain.values import format_date, parse_date, parse_time


@pytest.mark.parametrize(("text", "folded"), [
    ("Đắk Nông", "dak nong"), ("ĐẮK LẮK", "dak lak"), ("Buôn Hồ", "buon ho"),
    ("Bà Rịa - Vũng Tàu", "ba ria vung tau"), ("  Xã  Sín Thầu ", "xa sin thau"), ("", ""), (None, ""),
])
def test_fold_strips_diacritics_case_and_punctuation(text: str | None, folded: str) -> None:
    assert fold(text) == folded


def test_compact_matches_the_gazetteer_key_style() -> None:
    assert compact("Thành phố Hồ Chí Minh") == "thanhphohochiminh"


def test_sort_key_follows_vietnamese_alphabet() -> None:
    words = ["Đắk Lắk", "Điện Biên", "Ân Thi", "An Giang", "Cà Mau", "Ăn", "Dung", "Ơn", "Ô", "Ư", "Uy"]
    assert sorted(words, key=sort_key) == ["An Giang", "Ăn", "Ân Thi", "Cà Mau", "Dung", "Đắk Lắk",
                                           "Điện Biên", "Ô", "Ơn", "Uy", "Ư"]


@pytest.mark.parametrize(("text", "expected"), [
    ("19/08/2026", dt.date(2026, 8, 19)), ("1/7/2026", dt.date(2026, 7, 1)),
    ("05-08-2026", dt.date(2026, 8, 5)), ("2026-08-19", dt.date(2026, 8, 19)),
])
def test_parse_date_reads_vietnamese_and_iso_dates(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["32/08/2026", "29/02/2026", "19 tháng 8", "", "08/19/2026"])
def test_parse_date_refuses_bad_dates_in_vietnamese(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_date(text)
    assert info.value.code in ("bad_date", "no_such_date")
    assert "Ngày" in info.value.message


def test_parse_time_and_format() -> None:
    assert parse_time("7:30") == dt.time(7, 30)
    assert parse_time("07h30") == dt.time(7, 30)
    assert parse_time("14g") == dt.time(14, 0)
    assert parse_time("") is None
    with pytest.raises(ValidationError):
        parse_time("25:00")
    assert format_date(dt.date(2026, 8, 4)) == "04/08/2026"
