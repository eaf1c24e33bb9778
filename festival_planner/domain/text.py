"""Vietnamese text helpers: diacritics folding for search and Vietnamese sort keys."""

from __future__ import annotations

import functools
import re
import unicodedata

_SPACES = re.compile(r"[^0-9a-z]+")

# Vietnamese alphabet order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_TONES = {"\u0300": 2, "\u0309": 3, "\u0303": 4, "\u0301": 5, "\u0323": 6}  # huyền hỏi ngã sắc nặng
_BASE_MARKS = {"\u0306": "ă", "\u0302": "^", "\u031b": "'"}


def _strip_table() -> dict[int, str]:
    """Each accented Latin letter (Vietnamese included) → its plain lower-case letter; đ/Đ → d."""
    table: dict[int, str] = {ord("Đ"): "d", ord("đ"): "d"}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        if base != char and base.isascii():
            table[code] = base.lower()
    return table


_STRIP = _strip_table()


@functools.lru_cache(maxsize=65536)
def fold(text: str | None) -> str:
    """Lower-case, strip diacritics (đ→d) and collapse everything but letters and digits to one space.

    >>> fold("Đắk Nông")
    'dak nong'
    """
    if not text:
        return ""
    plain = unicodedata.normalize("NFC", text).translate(_STRIP).lower()
    if not plain.isascii():  # combining marks typed separately, or letters outside the table
        plain = "".join(ch for ch in unicodedata.normalize("NFD", plain) if not unicodedata.combining(ch))
    return _SPACES.sub(" ", plain).strip()


def compact(text: str | None) -> str:
    """``fold`` without spaces: the key style the official gazetteer uses ("dak nong" → "daknong")."""
    return fold(text).replace(" ", "")


@functools.lru_cache(maxsize=16384)
def sort_key(text: str | None) -> tuple:
    """A key that sorts Vietnamese words in dictionary order (Ă after A, Đ after D, tones last)."""
    if not text:
        return ()
    key: list[tuple[int, int]] = []
    for ch in unicodedata.normalize("NFC", text.lower()):
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        tone = 0
        letter = base
        for mark in marks:
            if mark in _TONES:
                tone = _TONES[mark]
            elif mark == "\u0306":
                letter = "ă"
            elif mark == "\u0302":
                letter = {"a": "â", "e": "ê", "o": "ô"}.get(base, base)
            elif mark == "\u031b":
                letter = {"o": "ơ", "u": "ư"}.get(base, base)
        index = _ALPHABET.find(letter)
        key.append((index if index >= 0 else 100 + ord(letter), tone))
    return tuple(key)
