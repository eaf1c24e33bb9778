"""Find communes in the official gazetteer: diacritics- and case-insensitive unless diacritics are
typed, old names and whole addresses (new or pre-2025) understood.

The gazetteer is read-only and small (3,321 rows), so a ``CommuneIndex`` keeps it in memory as
plain objects and ranks matches in Python. A name: the commune's own name written as typed first,
then a province or pre-2025 province named as a whole (its communes), then whole words, then
prefixes; typed diacritics put tone-exact matches above folded ones. An address: see
``commune_address``. ``search_result`` also says when several communes fit equally well, so that
a picker pre-selects nothing.
"""

from __future__ import annotations

import itertools
import logging
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from festival_planner.domain.errors import NotFoundError, ValidationError
from festival_planner.domain.models import Commune, Province
from festival_planner.domain.regions import ALL_REGIONS, find_region
from festival_planner.domain.text import fold, has_diacritics, words
from festival_planner.domain.values import normal_commune_code, normal_province_code
from festival_planner.services.commune_address import PROVINCE_ALIASES, AddressMatcher, loose, split_address
from festival_planner.services.commune_info import CommuneInfo
from festival_planner.services.commune_ranking import (
    ALL_WORDS,
    EXACT,
    LAST_PREFIX,
    NAME_PREFIX,
    NAME_WORDS,
    OLD_DISTRICT,
    OLD_PROVINCE,
    OLD_WARD,
    PROVINCE,
    Entries,
    Entry,
    build_entries,
    rank,
    strip_unit,
    tone_exact,
)

__all__ = ["ALL_WORDS", "EXACT", "LAST_PREFIX", "NAME_PREFIX", "NAME_WORDS", "OLD_DISTRICT", "OLD_PROVINCE",
           "OLD_WARD", "PROVINCE", "CommuneIndex", "CommuneInfo", "SearchResult", "commune_info", "loose",
           "strip_unit"]
log = logging.getLogger(__name__)


def _key(tone_miss: bool, rank: int) -> int:
    """(tone_miss, rank) as one int with the same order (rank is -1 … LAST_PREFIX)."""
    return (16 if tone_miss else 0) + rank + 1


def _rank_of(key: int) -> int:
    return key % 16 - 1


@dataclass(frozen=True)
class SearchResult:
    """Communes best first, and how many of the first ones fit the query equally well.

    ``best`` is the one commune to pre-select, or None when several fit equally (an ambiguous
    address, a split old ward, a name shared by communes of several provinces, a province's name)
    or when nothing fits: then a picker must pre-select nothing and let the user choose."""

    communes: tuple[CommuneInfo, ...]
    tied: int

    @property
    def ambiguous(self) -> bool:
        return self.tied > 1

    @property
    def best(self) -> CommuneInfo | None:
        return self.communes[0] if self.tied == 1 and self.communes else None

    def to_json(self) -> dict:
        return {"communes": [c.to_json() for c in self.communes], "tied": self.tied,
                "ambiguous": self.ambiguous, "best": self.best.code if self.best else None}


def commune_info(commune: Commune) -> CommuneInfo:
    return CommuneInfo(
        code=commune.code, name=commune.name, short_name=commune.short_name, kind=commune.kind.value,
        kind_label=commune.kind.label, province_code=commune.province_code,
        province=commune.province.short_name, old_provinces=tuple(commune.old_provinces),
        old_districts=tuple(commune.old_districts), regions=tuple(commune.regions),
        latitude=commune.latitude, longitude=commune.longitude, area_km2=commune.area_km2,
        old_wards=tuple(commune.old_wards))


class CommuneIndex:
    """The gazetteer in memory, for fast search as the user types."""

    def __init__(self, session: Session, *, background: bool = False) -> None:
        """Read the gazetteer (plain column tuples, not ORM objects: tens of ms); what search needs is
        built from them on first use, or at once in a background thread with ``background`` (a picker
        about to open: the first name or address typed then finds it ready or waits only for the rest)."""
        self._rows = session.execute(
            select(Commune.code, Commune.name, Commune.short_name, Commune.kind, Commune.province_code,
                   Province.short_name, Commune.old_provinces, Commune.old_districts, Commune.regions,
                   Commune.latitude, Commune.longitude, Commune.area_km2, Commune.old_wards, Commune.search_key)
            .join(Province, Commune.province_code == Province.code)).all()
        self._provinces = {p.code: p for p in session.scalars(select(Province)).all()}
        self._province_names: dict[str, tuple[str, str]] = {}  # resolve_province's answers, as written
        self._built: Entries | None = None
        self._matcher: AddressMatcher | None = None
        self._build_lock = threading.Lock()
        self._address_lock = threading.Lock()
        self._last_candidates: tuple[tuple[str, ...], list[int]] | None = None
        self.preparing: threading.Thread | None = None  # the background build, if any
        if background:
            self.preparing = threading.Thread(target=self._prepare_quietly, name="commune-index", daemon=True)
            self.preparing.start()

    @property
    def _state(self) -> Entries:
        built = self._built
        if built is None:
            with self._build_lock:  # a background build under way: wait for it rather than build twice
                if self._built is None:
                    self._built = build_entries(self._rows)
                    self._rows = []
                built = self._built
        return built

    @property
    def _entries(self) -> list[Entry]:
        return self._state.entries

    @property
    def _address(self) -> AddressMatcher:
        """The address matcher, built on the first address searched (most searches are names)."""
        matcher = self._matcher
        if matcher is None:
            entries = self._entries
            with self._address_lock:
                if self._matcher is None:
                    self._matcher = AddressMatcher([e.info for e in entries])
                matcher = self._matcher
        return matcher

    def prepare_addresses(self) -> None:
        """Build now what address searches need (a few hundred ms), e.g. while a dialog opens,
        instead of on the first comma the user types."""
        _ = self._address

    def _prepare_quietly(self) -> None:
        try:
            self.prepare_addresses()
        except Exception:  # the search builds it again when used, and reports the error then
            log.exception("the gazetteer index could not be prepared in the background")

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, code: str) -> CommuneInfo:
        """The commune with this official code (leading zeros optional)."""
        entry = self._state.by_code.get(normal_commune_code(code)) if code else None
        if entry is None:
            raise NotFoundError("unknown_commune", code=code)
        return entry.info

    _rank = staticmethod(rank)
    _tone_exact = staticmethod(tone_exact)

    def _candidates(self, tokens: list[str], query_loose: str) -> list[Entry]:
        """The entries a query may fit, in display order: each of its words somewhere in the commune's
        names (every rank but a loose spelling needs that), or one of its spellings the loose one.
        Typing narrows: when every word of the last query is inside a word of this one, only the
        last query's candidates can fit."""
        last = self._last_candidates
        pool: Sequence[int] = range(len(self._entries))
        if last is not None and all(any(old in new for new in tokens) for old in last[0]):
            pool = last[1]
        hays = self._state.haystacks
        if len(tokens) == 1:
            token = tokens[0]
            found = [p for p in pool if token in hays[p]]
        else:
            found = [p for p in pool if all(t in hays[p] for t in tokens)]
        self._last_candidates = (tuple(tokens), found)
        spelled = self._state.by_loose.get(query_loose)
        if spelled:
            found = sorted(set(found).union(spelled))
        entries = self._entries
        return [entries[p] for p in found]

    def search_address(self, text: str) -> list[CommuneInfo]:
        """Communes for a whole address "commune, [district,] province", old or new — nothing else
        (no loose word search): one when it fits one commune, every tied one (an old ward split
        between new communes), none when no commune fits."""
        result = self._search_address(text)
        if result is None or not result.communes:
            return []
        return list(result.communes[:max(result.tied, 1)])

    def _search_address(self, text: str) -> SearchResult | None:
        parts = split_address(text)
        for skip in range(len(parts) - 1):  # a house number, street or hamlet before the ward
            if len(parts) - skip < 2:
                break
            scores = self._address.scores(parts[skip:])
            if scores:
                ranked = sorted(scores.items(), key=lambda item: (item[1][0], not item[1][2], not item[1][1],
                                                                   item[0]))
                best = ranked[0][1][0]
                tied = [(position, current) for position, (cost, _n, current) in ranked if cost == best]
                current = [position for position, is_current in tied if is_current]
                if len(current) == 1:  # the current name and province win over an old ward of that name
                    tied = [(current[0], True)] + [t for t in tied if t[0] != current[0]]
                    return SearchResult(tuple(self._entries[p].info for p, _c in tied), 1)
                kept = [self._entries[position].info for position, _c in tied]
                return SearchResult(tuple(kept), len(kept))
        return None

    def search_result(self, query: str, limit: int | None = None) -> SearchResult:
        """Communes matching ``query`` best first, and how many fit equally well at the top.

        ``query``: a name ("dak lak", "Buôn Hồ", "Huế": typed diacritics count), a code ("00097")
        or a whole address, new or pre-2025, in full, abbreviated or without diacritics
        ("Xã Quảng Sơn, huyện Đắk Glong, tỉnh Đắk Nông", "P. Phúc Xá, Q. Ba Đình, TP. Hà Nội").
        An old ward that was split between new communes gives each of them, tied."""
        text = (query or "").strip()
        if re.search(r"[,;]", text):
            found = self._search_address(text)
            if found is not None:
                return SearchResult(found.communes[:limit] if limit else found.communes, found.tied)
            text = re.sub(r"[,;]", " ", text)
        if text.isdigit():
            code = normal_commune_code(text)
            hits = tuple(e.info for e in self._entries if e.info.code == code)
            return SearchResult(hits, len(hits))
        folded = fold(text)
        if not folded:
            raise ValidationError("empty_query")
        stripped = strip_unit(folded)
        province_alias = PROVINCE_ALIASES.get(stripped)  # "TP HCM", "Thừa Thiên Huế": a province first
        folded = province_alias or folded
        tokens = [t for t in folded.split() if t not in ("tinh", "tp")] or folded.split()
        commune_level = folded.startswith(("xa ", "phuong ", "thi tran ", "dac khu "))
        province_level = fold(text).startswith("tinh ")
        query_loose = loose(folded if commune_level else strip_unit(folded))
        typed = words(text)
        check_tones = has_diacritics(text) and not province_alias
        folded_typed = strip_unit(fold(text)).split()
        # Communes by key, in display order within each: a small int per commune rather than tuples,
        # so that typing allocates little (fewer garbage collections walking the whole heap).
        buckets: dict[int, list[CommuneInfo]] = {}
        for entry in self._candidates(tokens, query_loose):
            rank = self._rank(entry, folded, tokens, query_loose)
            if rank is None:
                continue
            if province_alias and province_alias in (entry.province, *entry.old_provinces):
                rank = -1
            if province_level and rank not in (-1, PROVINCE, OLD_PROVINCE):
                continue  # "Tỉnh Thanh Hóa" is the province, not Xã Thạnh Hòa
            loose_only = rank == entry.loose_ranks.get(query_loose) and stripped not in (
                entry.name, entry.full_name, entry.province, *entry.old_provinces, *entry.old_districts)
            tone_miss = check_tones and not loose_only and not self._tone_exact(entry, rank, typed, folded_typed)
            key = _key(tone_miss, rank)  # sorts as (tone_miss, rank)
            bucket = buckets.get(key)
            if bucket is None:
                bucket = buckets[key] = []
            bucket.append(entry.info)
        keys = sorted(buckets)
        ranks = {_rank_of(key) for key in keys}
        if ranks & {PROVINCE, OLD_PROVINCE}:  # a province's name: its communes, and communes so named
            keys = [k for k in keys if _rank_of(k) in (EXACT, PROVINCE, OLD_PROVINCE, NAME_WORDS, NAME_PREFIX)]
        elif keys:  # a name matched: drop words scattered over other names; a whole word: drop guesses
            best = min(ranks)
            cutoff = ALL_WORDS if best < ALL_WORDS else LAST_PREFIX if best < LAST_PREFIX else LAST_PREFIX + 1
            keys = [k for k in keys if _rank_of(k) < cutoff]
        tied = len(buckets[keys[0]]) if keys else 0
        infos = itertools.chain.from_iterable(buckets[k] for k in keys)
        return SearchResult(tuple(itertools.islice(infos, limit) if limit else infos), tied)

    def search(self, query: str, limit: int | None = None) -> list[CommuneInfo]:
        """The communes of ``search_result``, best first."""
        return list(self.search_result(query, limit).communes)

    def best(self, query: str) -> CommuneInfo | None:
        """The one commune that fits ``query`` best, or None when none does or several fit equally
        (then nothing should be pre-selected)."""
        return self.search_result(query).best

    def resolve(self, text: str) -> CommuneInfo:
        """One commune from a code, a name or an address (old or new); a clear error when there is
        none or when several fit (the user then picks one by its code)."""
        if text and text.strip().isdigit():
            return self.get(text)
        result = self.search_result(text)
        if result.best is not None:
            return result.best
        if not result.communes:
            raise NotFoundError("no_commune_match", text=text)
        tied = result.communes[:result.tied]
        choices = "; ".join(f"{c.code} {c.label}" for c in tied[:6])
        more = "…" if len(tied) > 6 else ""
        raise ValidationError("ambiguous_commune", count=len(tied), text=text, choices=choices + more,
                              candidates=[c.code for c in tied])

    def resolve_province(self, name: str) -> tuple[str, str]:
        """A province name (new or pre-2025), code or alias → ("new", code) or ("old", short name)."""
        known = self._province_names.get(name)
        if known is None:
            known = self._province_names[name] = self._resolve_province(name)
        return known

    def _resolve_province(self, name: str) -> tuple[str, str]:
        key = strip_unit(fold(name))
        key = {"sai gon": "ho chi minh", **PROVINCE_ALIASES}.get(key, key)
        if normal_province_code(key) in self._provinces:
            return "new", normal_province_code(key)
        for code, province in self._provinces.items():
            if loose(key) == loose(fold(province.short_name)):
                return "new", code
        for province in self._provinces.values():
            for old in province.old_provinces:
                if loose(key) == loose(fold(old)):
                    return "old", old
        raise NotFoundError("unknown_province", name=name)

    def filter(self, province: str | None = None, region: str | None = None) -> list[CommuneInfo]:
        """All communes, optionally of one province (new or old name) and one region."""
        entries = self._entries
        if province:
            kind, value = self.resolve_province(province)
            if kind == "new":
                entries = [e for e in entries if e.info.province_code == value]
            else:
                entries = [e for e in entries if value in e.info.old_provinces]
        if region:
            found = find_region(region)
            if found is None:
                names = ", ".join(r.name for r in ALL_REGIONS)
                raise NotFoundError("unknown_region", region=region, names=names)
            entries = [e for e in entries if found.code in e.info.regions]
        return [e.info for e in entries]
