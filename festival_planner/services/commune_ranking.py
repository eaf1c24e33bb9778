"""The gazetteer's communes prepared for name search: each commune's names folded once (``Entry``),
the rank of a query against one commune (``rank``, best first: see ``communes``), whether typed
diacritics agree (``tone_exact``), and the lookups that find the few communes worth ranking
(``Entries``: a folded text of each commune's names, its spelling-tolerant keys)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from festival_planner.domain.text import fold, sort_key, word_fits, words
from festival_planner.services.commune_address import loose
from festival_planner.services.commune_info import CommuneInfo

_UNIT_WORDS = tuple(sorted(("thanh pho", "thi xa", "thi tran", "dac khu", "huyen", "quan", "phuong", "xa",
                             "tinh", "tp", "tx", "tt", "p", "q", "h", "x"), key=len, reverse=True))
_LEADING_ZEROS = re.compile(r"\b0+(\d)")


def strip_unit(folded: str) -> str:
    """Drop a leading unit word from folded text: "huyen dak song" → "dak song", "p 01" → "1"."""
    folded = _LEADING_ZEROS.sub(r"\1", folded)
    for word in _UNIT_WORDS:
        if folded.startswith(word + " "):
            return folded[len(word) + 1:]
    return folded


@functools.lru_cache(maxsize=32768)
def _short(unit: str) -> str:
    """The name without its unit word: "Huyện Đắk Song, Đắk Nông" → "dak song"."""
    return strip_unit(fold(unit.split(",", 1)[0]))


@functools.lru_cache(maxsize=32768)
def _short_words(unit: str) -> tuple[str, ...]:
    """The accented words of a unit's name without its unit word: "Huyện Đắk Song, Đắk Nông" → đắk song."""
    found = words(unit.split(",", 1)[0])
    count = len(found) - len(_short(unit).split())
    return tuple(found[count:]) if count >= 0 else tuple(found)


# Ranks of a name query, best first (see the module docstring).
EXACT, PROVINCE, OLD_PROVINCE, OLD_DISTRICT, OLD_WARD, NAME_WORDS, NAME_PREFIX, ALL_WORDS, LAST_PREFIX = range(9)


def _run(typed: list[str], field: Sequence[str], prefix_last: bool, whole: bool = False) -> bool:
    """Typed words as consecutive words of ``field``, diacritics as typed (the query carries some)."""
    if whole and len(typed) != len(field):
        return False
    last = len(typed) - 1
    starts = range(1) if whole else range(len(field) - last)
    return any(all(word_fits(t, field[s + i], prefix=prefix_last and i == last, strict=True)
                   for i, t in enumerate(typed))
               for s in starts if s + last < len(field))


@dataclass
class Entry:
    info: CommuneInfo
    name: str
    full_name: str
    province: str
    old_provinces: list[str]
    old_districts: list[str]
    old_wards: list[tuple[str, str]]  # (ward, district) without unit words
    old_ward_names: frozenset[str]  # with their unit word: "xa dak nong"
    everything: str
    order: tuple
    # Spelling-tolerant keys (see ``loose``) of the name, the province, the old provinces, the old districts.
    loose_ranks: dict[str, int] = field(default_factory=dict)
    # Precomputed for ``_rank``: the names a query equals (EXACT … OLD_WARD, the best rank of each), the
    # names padded with spaces for whole-word tests, and every name in one folded text (``haystack``):
    # a query that fits this commune at all has each of its words in it.
    exact_ranks: dict[str, int] = field(default_factory=dict)
    padded_name: str = ""
    padded_full_name: str = ""
    padded_everything: str = ""
    haystack: str = ""
    accented_words: dict[int, list[tuple[str, ...]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for rank, names in ((OLD_DISTRICT, self.old_districts), (OLD_PROVINCE, self.old_provinces),
                            (PROVINCE, [self.province]), (EXACT, [self.name])):
            self.loose_ranks.update((loose(n), rank) for n in names)  # the best rank wins: written last
        wards = [ward for ward, _district in self.old_wards] + sorted(self.old_ward_names)
        for rank, names in ((OLD_WARD, wards), (OLD_DISTRICT, self.old_districts),
                            (OLD_PROVINCE, self.old_provinces), (PROVINCE, [self.province]),
                            (EXACT, [self.name, self.full_name])):
            self.exact_ranks.update((n, rank) for n in names)  # the best rank wins: written last
        self.padded_name, self.padded_full_name = f" {self.name} ", f" {self.full_name} "
        self.padded_everything = f" {self.everything} "
        self.haystack = " | ".join([self.name, self.full_name, self.province, *self.old_provinces,
                                    *self.old_districts, *wards, self.everything])

    def accented(self, rank: int) -> list[tuple[str, ...]]:
        """The accented words of the names a rank matched, to check the diacritics typed (worked out
        once per rank: every keystroke typed with diacritics asks again)."""
        found = self.accented_words.get(rank)
        if found is None:
            found = self.accented_words[rank] = self._accented(rank)
        return found

    def _accented(self, rank: int) -> list[tuple[str, ...]]:
        info = self.info
        if rank in (EXACT, NAME_WORDS, NAME_PREFIX):
            return [tuple(words(info.short_name)), tuple(words(info.name))]
        if rank == PROVINCE:
            return [tuple(words(info.province))]
        if rank == OLD_PROVINCE:
            return [tuple(words(p)) for p in info.old_provinces]
        if rank == OLD_DISTRICT:
            return [_short_words(d) for d in info.old_districts]
        if rank == OLD_WARD:
            return [_short_words(w) for w in info.old_wards] + [tuple(words(w.split(",")[0])) for w in info.old_wards]
        return []


@dataclass
class Entries:
    """The communes in display order, by code, their folded names' texts and their loose spellings."""

    entries: list[Entry]
    by_code: dict[str, Entry]
    haystacks: list[str]
    by_loose: dict[str, list[int]]  # a spelling-tolerant key → the positions of the communes it names


def build_entries(rows: Iterable[Sequence]) -> Entries:
    """``rows``: the gazetteer's columns as ``CommuneIndex`` reads them (plain tuples)."""
    entries: list[Entry] = []
    by_code: dict[str, Entry] = {}
    for (code, name, short_name, kind, province_code, province, old_provinces, old_districts, regions,
         latitude, longitude, area_km2, old_wards, search_key) in rows:
        info = CommuneInfo(
            code=code, name=name, short_name=short_name, kind=kind.value, kind_label=kind.label,
            province_code=province_code, province=province, old_provinces=tuple(old_provinces),
            old_districts=tuple(old_districts), regions=tuple(regions), latitude=latitude,
            longitude=longitude, area_km2=area_km2, old_wards=tuple(old_wards))
        entry = Entry(
            info=info, name=fold(short_name), full_name=fold(name), province=fold(province),
            old_provinces=[fold(p) for p in old_provinces],
            old_districts=[_short(d) for d in old_districts],
            old_wards=[(_short(w), _short(w.split(",", 1)[1]) if "," in w else "") for w in old_wards],
            old_ward_names=frozenset(fold(w.split(",", 1)[0]) for w in old_wards),
            everything=search_key, order=(sort_key(province), sort_key(short_name)))
        entries.append(entry)
        by_code[code] = entry
    entries.sort(key=lambda e: e.order)
    by_loose: dict[str, list[int]] = {}
    for position, entry in enumerate(entries):
        for key in entry.loose_ranks:
            by_loose.setdefault(key, []).append(position)
    return Entries(entries, by_code, [e.haystack for e in entries], by_loose)


def rank(entry: Entry, query: str, tokens: list[str], query_loose: str) -> int | None:
    rank = entry.exact_ranks.get(query)  # the name, the province, an old province, district or ward
    if rank is not None:
        return rank
    rank = entry.loose_ranks.get(query_loose)  # another spelling: "Daklak", "Đắc Lắc", "My Quy"
    if rank is not None:
        return rank
    padded = f" {query} "
    if padded in entry.padded_name or padded in entry.padded_full_name:
        return NAME_WORDS
    if entry.name.startswith(query) or entry.full_name.startswith(query) or padded[:-1] in entry.padded_name:
        return NAME_PREFIX
    # Every word of the query as a whole word anywhere (the last may be unfinished: typing).
    everything = entry.padded_everything
    for token in tokens[:-1]:
        if f" {token} " not in everything:
            return None
    if f" {tokens[-1]} " in everything:
        return ALL_WORDS
    if f" {tokens[-1]}" in everything:
        return LAST_PREFIX
    return None


def tone_exact(entry: Entry, rank: int, typed: list[str], folded_typed: list[str]) -> bool:
    """Whether the diacritics the user typed agree with the names this rank matched."""
    if rank >= ALL_WORDS:
        return False  # words scattered over several names: no name to hold the diacritics against
    without_unit = typed[len(typed) - len(folded_typed):]
    candidates = (typed,) if without_unit == typed else (typed, without_unit)  # each tried once
    whole = rank in (EXACT, PROVINCE, OLD_PROVINCE, OLD_DISTRICT, OLD_WARD)
    for field_words in entry.accented(rank):
        for candidate in candidates:
            if whole:
                if _run(candidate, field_words, prefix_last=False, whole=True):
                    return True
            elif _run(candidate, field_words, prefix_last=rank == NAME_PREFIX):
                return True
    return False
