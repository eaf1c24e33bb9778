"""Matching the words a person typed: the sites filter (issue 6, item 3) and the tone rules search uses."""

from __future__ import annotations

import pytest

from festival_planner.domain.text import has_diacritics, matches_words, strip_diacritics, syllable_key, word_fits

# A Tây Nam Bộ site whose old province is Bạc Liêu, and a Tây Bắc one.
BAC_LIEU_SITE = ("Xã Vĩnh Lợi", "Cà Mau", "Bạc Liêu", "Tây Nam Bộ")
LAO_CAI_SITE = ("Xã Sín Chéng", "Lào Cai", "Lào Cai", "Tây Bắc, Tây Bắc (mở rộng)")


def test_tay_bac_does_not_match_scattered_syllables_of_two_fields() -> None:
    assert not matches_words("tay bac", BAC_LIEU_SITE)
    assert matches_words("tay bac", LAO_CAI_SITE)


@pytest.mark.parametrize(("query", "expected"), [
    ("", True), ("  ", True),
    ("tay", True), ("tây n", True), ("tây b", False),  # the last word may be unfinished
    ("ta bac", False),  # earlier words are whole words
    ("bac lieu", True), ("Bạc Liêu", True), ("Bắc Liêu", False),  # typed diacritics count
    ("lieu bac", False),  # order matters: consecutive words
    ("vinh loi, bac lieu", True),  # commas separate groups that may match different fields
    ("vinh loi, tay bac", False),
    ("ĐẮK", False), ("xa vinh", True), ("loi", True),
])
def test_matches_words(query: str, expected: bool) -> None:
    assert matches_words(query, BAC_LIEU_SITE) is expected


def test_unfinished_word_with_diacritics_and_tone_placement() -> None:
    assert matches_words("thạnh hoà", ["Xã Thạnh Hòa"])  # "hoà" and "hòa": the same tone, placed differently
    assert not matches_words("thanh hóa", ["Xã Thạnh Hòa"])
    assert matches_words("sín ch", LAO_CAI_SITE)
    assert not matches_words("sin ch", [None, ""])


def test_word_fits_and_tones() -> None:
    assert syllable_key("hoà") == syllable_key("hòa") == "hoa2"
    assert word_fits("hue", "huệ") and not word_fits("huế", "huệ")
    assert word_fits("quả", "quảng", prefix=True) and not word_fits("quả", "quang", prefix=True)
    assert has_diacritics("Huế") and has_diacritics("Đa") and not has_diacritics("Hue")
    assert strip_diacritics("Phường Phúc Xá, Quận Ba Đình") == "Phuong Phuc Xa, Quan Ba Dinh"
