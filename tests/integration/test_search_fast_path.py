"""Commune search's fast path (issue 19 item 5): the candidates filtered by the folded names and the
precomputed rank tests give exactly the ranking of the plain scan they replaced — every commune
ranked by the original tests — over names typed letter by letter, with and without diacritics,
other spellings, old provinces, districts and wards, unit words and addresses."""

from __future__ import annotations

import pytest

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
)


class PlainScan(CommuneIndex):
    """The search as it was: every commune through the original rank tests, no candidate filter."""

    def _candidates(self, tokens, query_loose):  # type: ignore[no-untyped-def]
        return list(self._entries)

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


def _queries(index: CommuneIndex) -> list[str]:
    communes = index.filter()
    sample = communes[::97]
    queries = []
    for info in sample[:12]:  # typed letter by letter, as written and without diacritics
        queries += _typed(info.short_name) + _typed(info.short_name.lower().replace("đ", "d"))
    for info in sample[12:]:
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
    fast, plain = indexes
    queries = _queries(fast)
    assert len(queries) > 300
    for query in queries:
        got, expected = fast.search_result(query), plain.search_result(query)
        assert [c.code for c in got.communes] == [c.code for c in expected.communes], query
        assert got.tied == expected.tied, query


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
