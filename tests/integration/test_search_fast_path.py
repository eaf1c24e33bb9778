"""Commune search's fast path (issue 19 item 5): the candidates filtered by the folded names and the
precomputed rank tests give exactly the ranking of the plain scan they replaced — every commune
ranked by the original tests — over names typed letter by letter, with and without diacritics,
other spellings, old provinces, districts and wards, unit words and addresses."""

from __future__ import annotations

import re

import pytest

from festival_planner.domain.errors import ValidationError
from festival_planner.domain.text import fold, has_diacritics, words
from festival_planner.domain.values import normal_commune_code
from festival_planner.services.commune_address import PROVINCE_ALIASES, loose
from festival_planner.services.communes import (
    ALL_WORDS,
    EXACT,
    LAST_PREFIX,
    NAME_PREFIX,
    NAME_WORDS,
    OLD_DISTRICT,
    OLD_PROVINCE,
    OLD_WARD,
    PROVINCE,
    CommuneIndex,
    SearchResult,
    strip_unit,
)


class PlainScan(CommuneIndex):
    """The search as it was: every commune through the original rank tests, no candidate filter, the
    ranked tuples sorted (copied from the code before issue 19)."""

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
        ranked = []
        for entry in self._entries:  # as it was: every commune, tuples sorted
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
            ranked.append(((tone_miss, rank), entry.order, entry.info))
        ranked.sort(key=lambda item: (item[0], item[1]))
        ranks = {key[1] for key, _order, _info in ranked}
        if ranks & {PROVINCE, OLD_PROVINCE}:  # a province's name: its communes, and communes so named
            ranked = [item for item in ranked if item[0][1] in (EXACT, PROVINCE, OLD_PROVINCE, NAME_WORDS, NAME_PREFIX)]
        elif ranked:  # a name matched: drop words scattered over other names; a whole word: drop guesses
            best = min(ranks)
            cutoff = ALL_WORDS if best < ALL_WORDS else LAST_PREFIX if best < LAST_PREFIX else LAST_PREFIX + 1
            ranked = [item for item in ranked if item[0][1] < cutoff]
        infos = tuple(info for _key, _order, info in ranked)
        tied = sum(1 for key, _order, _info in ranked if key == ranked[0][0]) if ranked else 0
        return SearchResult(infos[:limit] if limit else infos, tied)

    @staticmethod
    def _rank(entry, query, tokens, query_loose):  # type: ignore[no-untyped-def]
        if query == entry.name or query == entry.full_name:
            return EXACT
        if query == entry.province:
            return PROVINCE
        if query in entry.old_provinces:
            return OLD_PROVINCE
        if query in entry.old_districts:
            return OLD_DISTRICT
        if any(query == ward for ward, _district in entry.old_wards) or query in entry.old_ward_names:
            return OLD_WARD
        if query_loose in entry.loose_ranks:
            return entry.loose_ranks[query_loose]
        if f" {query} " in f" {entry.name} " or f" {query} " in f" {entry.full_name} ":
            return NAME_WORDS
        if entry.name.startswith(query) or entry.full_name.startswith(query) or f" {query}" in f" {entry.name}":
            return NAME_PREFIX
        everything = f" {entry.everything} "
        if all(f" {t} " in everything for t in tokens[:-1]):
            if f" {tokens[-1]} " in everything:
                return ALL_WORDS
            if f" {tokens[-1]}" in everything:
                return LAST_PREFIX
        return None


@pytest.fixture(scope="module")
def indexes(template_db) -> tuple[CommuneIndex, PlainScan]:
    from festival_planner.store.database import open_database

    database = open_database(template_db)
    try:
        with database.session() as session:
            return CommuneIndex(session), PlainScan(session)
    finally:
        database.close()


def _typed(text: str) -> list[str]:
    return [text[:n] for n in range(1, len(text) + 1) if text[:n].strip()]


def _queries(index: CommuneIndex, step: int = 97, typed: int = 12) -> list[str]:
    communes = index.filter()
    sample = communes[::step]
    queries = []
    for info in sample[:typed]:  # typed letter by letter, as written and without diacritics
        queries += _typed(info.short_name) + _typed(info.short_name.lower().replace("đ", "d"))
    for info in sample[typed:]:
        queries += [info.short_name, info.name, info.province, f"{info.short_name} {info.province}"]
        queries += [*info.old_provinces, *(d.split(",")[0] for d in info.old_districts)]
        queries += [w.split(",")[0] for w in info.old_wards[:2]]
    queries += _typed("Xã Quảng Sơn") + _typed("tinh thanh hoa") + _typed("TP HCM") + _typed("ea h")
    queries += ["Daklak", "Đắc Lắc", "My Quy", "Thừa Thiên Huế", "Huế", "Huệ", "hue", "Thanh Hoá", "tp",
                "tinh", "Tỉnh Thanh Hóa", "p 01", "Phường 1", "quan 3", "dak nong", "Buôn Hồ", "sin thau",
                "Xã Quảng Sơn, huyện Đắk Glong, tỉnh Đắk Nông", "P. Phúc Xá, Q. Ba Đình, TP. Hà Nội",
                "Phường Thạch Hạ, Thành phố Hà Tĩnh", "24616", "hà nội; ba đình", "zzz", "a b c"]
    return queries


def test_the_fast_path_ranks_exactly_like_the_plain_scan(indexes) -> None:
    """A third of the full check below (the same kinds of queries; 4 names typed letter by letter, not 12)."""
    _same_ranking(*indexes, step=3 * 97, typed=4, at_least=100)


@pytest.mark.slow
def test_the_fast_path_ranks_exactly_like_the_plain_scan_on_every_sample(indexes) -> None:
    _same_ranking(*indexes, step=97, typed=12, at_least=300)


def _same_ranking(fast: CommuneIndex, plain: PlainScan, step: int, typed: int, at_least: int) -> None:
    queries = _queries(fast, step, typed)
    assert len(queries) > at_least
    for query in queries:
        got, expected = fast.search_result(query), plain.search_result(query)
        assert [c.code for c in got.communes] == [c.code for c in expected.communes], query
        assert got.tied == expected.tied, query
        assert fast.search_result(query, limit=20) == plain.search_result(query, limit=20), query


def test_typing_then_erasing_does_not_keep_a_narrowed_pool(indexes) -> None:
    fast, plain = indexes
    for query in ["dak nong", "dak", "d", "da", "ak", "nong dak", "dak n", "Quảng", "quang son"]:
        assert [c.code for c in fast.search(query)] == [c.code for c in plain.search(query)], query
    assert len(fast.search("dak nong")) > 0


def test_an_index_built_in_the_background_is_ready_and_answers_the_same(template_db, indexes) -> None:
    from festival_planner.store.database import open_database

    fast, _plain = indexes
    database = open_database(template_db)
    try:
        with database.session() as session:
            later = CommuneIndex(session, background=True)
    finally:
        database.close()
    assert later.preparing is not None
    later.preparing.join()
    assert later._built is not None and later._matcher is not None  # names and addresses both prepared
    for query in ["dak nong", "Huế", "P. Phúc Xá, Q. Ba Đình, TP. Hà Nội", "Phường 1, Quận 3, TP HCM"]:
        assert later.search_result(query) == fast.search_result(query), query


def test_an_index_not_asked_to_prepare_builds_on_first_use(template_db) -> None:
    from festival_planner.store.database import open_database

    database = open_database(template_db)
    try:
        with database.session() as session:
            index = CommuneIndex(session)
    finally:
        database.close()
    assert index.preparing is None and index._built is None
    assert index.best("Xã Quảng Sơn, huyện Đắk Glong, tỉnh Đắk Nông") is not None
    assert index._built is not None and index._matcher is not None
