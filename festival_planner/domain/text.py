"""Vietnamese text helpers: diacritics folding for search, Vietnamese sort keys, and matching words a
person typed (diacritics count when typed)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

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
_STRIP_KEEP_CASE = {chr(code): (base.upper() if chr(code).isupper() else base) for code, base in _STRIP.items()}


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


def strip_diacritics(text: str) -> str:
    """The text with its letters' diacritics removed, case and punctuation kept: "Đắk Nông" → "Dak Nong"."""
    plain = unicodedata.normalize("NFC", text)
    return "".join(ch if ch.isascii() else _STRIP_KEEP_CASE.get(ch, ch) for ch in plain)


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


# --- Words typed by a person: diacritics count when typed ------------------------------------------

_TONE_DIGITS = {"\u0300": "2", "\u0309": "3", "\u0303": "4", "\u0301": "5", "\u0323": "6"}
_WORD = re.compile(r"[^\W_]+")


def words(text: str | None) -> list[str]:
    """The words of ``text``, lower case with their diacritics (NFC): "Tây Bắc (mở rộng)" → 4 words."""
    if not text:
        return []
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


@functools.lru_cache(maxsize=65536)
def syllable_key(word: str) -> str:
    """A word's letters with its tone mark moved to the end, so both ways of placing the tone compare
    equal: "hoà" and "hòa" → "hoa2"; "Huế" → "huê5"."""
    tone = ""
    kept = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch in _TONE_DIGITS:
            tone = _TONE_DIGITS[ch]
        else:
            kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)) + tone


def has_diacritics(text: str) -> bool:
    """True when the text carries a Vietnamese mark or đ: "Huế" yes, "Hue" no."""
    return fold(text) != " ".join(words(text))


@functools.lru_cache(maxsize=65536)
def word_fits(typed: str, actual: str, prefix: bool = False, strict: bool = False) -> bool:
    """Whether a typed word (lower case) names ``actual``: equal once folded (or its start, with
    ``prefix``), and when the user typed diacritics they must agree ("Huế" is not "Huệ"; "hoà" is "hòa").
    ``strict``: the user types with diacritics, so a word typed without them means none ("Thanh" is
    not "Thạnh")."""
    folded_typed, folded_actual = fold(typed), fold(actual)
    if not (folded_actual.startswith(folded_typed) if prefix else folded_actual == folded_typed):
        return False
    if folded_typed == typed and not strict:  # typed without diacritics: any fits
        return True
    if syllable_key(typed) == syllable_key(actual):
        return True
    return prefix and unicodedata.normalize("NFC", actual.lower()).startswith(typed)


def _run_fits(query: list[str], field_words: list[str]) -> bool:
    """The query words as consecutive words of the field: whole words, the last may be unfinished."""
    last = len(query) - 1
    for start in range(len(field_words) - last):
        if all(word_fits(q, field_words[start + i], prefix=(i == last)) for i, q in enumerate(query)):
            return True
    return False


def matches_words(query: str | None, fields: Iterable[str | None]) -> bool:
    """Whether a filter text matches a row given as text fields (name, province, region…).

    The query's words must be consecutive words of ONE field, each word whole except the last,
    which may be unfinished ("tay b" finds "Tây Bắc"); diacritics are folded unless typed
    ("Huế" does not find "Huệ"). Commas separate groups that may match different fields:
    "tay bac, lao cai". "tay bac" does not match a Tây Nam Bộ row whose old province is Bạc Liêu.
    An empty query matches everything."""
    groups = [words(group) for group in (query or "").split(",")]
    groups = [g for g in groups if g]
    if not groups:
        return True
    field_words = [words(f) for f in fields if f]
    return all(any(_run_fits(group, fw) for fw in field_words) for group in groups)
