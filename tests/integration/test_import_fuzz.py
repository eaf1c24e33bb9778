"""Property-based fuzzing of the two importers (issue 14): whatever bytes, text or CSV structure comes
in, an import either succeeds or is refused with a coded ``FestivalPlannerError`` — never another
exception (a traceback) — and a refused import leaves the row count of every table unchanged.

Each case runs the real path — ``read_csv_bytes`` (encoding, separator, quotes) then the importer
writing into the real SQLite file inside a write transaction — and the transaction is rolled back
after the case, so the 1,000 cases share one fresh copy of the template database.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.domain.models import Base
from festival_planner.services.communes import CommuneIndex
from festival_planner.services.imports import Table, import_leaders, read_csv_bytes
from festival_planner.services.plan_import import import_plan

CASES = int(os.environ.get("FESTIVAL_PLANNER_FUZZ_CASES", "1000"))
FUZZ = settings(max_examples=CASES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large, HealthCheck.large_base_example])

# Characters that break things: quotes and separators, line breaks, NUL and other controls, formula
# starts, the quote our export adds, Vietnamese letters (composed and with separate tone marks),
# lone surrogates and non-characters, and the digits and signs of numbers.
BIG = "<cell over the csv module's 131,072-character limit>"  # spelt out in _csv_bytes (short reprs)
NASTY = list('",;\t\n\r \'=+-@.eE/:') + ["\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\ufeff", "\ud800",
                                           "\uffff", "\u0301", "\u0323", "ă", "Đ", "ư", "Ơ", "ế", "ạ", "é"]
CELL = st.one_of(
    st.text(st.sampled_from(NASTY + list("abcxyzAN0123456789")), max_size=12),
    st.text(max_size=8),
    st.sampled_from(["1e400", "inf", "-inf", "nan", "-0", "1,5", "99999999999999999999", "10/08/2026",
                     "2026-08-10", "31/02/2026", "19/08/2026", "7:30", "25:99", "có", "không", "a@b.vn",
                     "=HYPERLINK(\"http://x\",\"y\")", "'=1+1", "Xã Bờ Y", "Quảng Ngãi", "Huyện Ngọc Hồi",
                     "Tỉnh Kon Tum", "Xã Pờ Y", "Phường Ba Đình", "Hà Nội", "Nguyễn Văn An; Trần Thị Bình",
                     "Phó Thủ tướng; Thứ trưởng", "Lê Văn Cường", "", BIG]),
)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1258", "latin-1"]


class Blob(bytes):
    """File contents whose repr stays short in a failure report (a 131 kB cell would flood it)."""

    def __repr__(self) -> str:
        text = bytes.__repr__(self)
        return text if len(text) <= 600 else f"Blob({len(self):,} bytes: {text[:300]}…{text[-200:]})"


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="surrogatepass" if encoding.startswith("utf") else "replace")


def _csv_bytes(headers: list[str], rows: list[list[str]], delimiter: str, encoding: str,
               mangle: tuple[int, bytes] | None) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(rows)
    data = _encode(buffer.getvalue().replace(BIG, "x" * 131_073), encoding)
    if mangle is not None:  # a stray byte (an unbalanced quote, a NUL, half a UTF-8 sequence) somewhere
        at, insert = mangle
        at %= len(data) + 1
        data = data[:at] + insert + data[at:]
    return Blob(data)


NAME = st.builds(" ".join, st.lists(st.sampled_from(["Nguyễn", "Văn", "An", "Trần", "Thị", "Bình", "Lê", "Cường",
                                                     "Đặng", "Ưng", "=cmd", "+84", "@x"]), min_size=1, max_size=3))
GOOD_PLACES = [("Xã Pờ Y", "Huyện Ngọc Hồi", "Tỉnh Kon Tum"), ("Xã Phú Lũng", "Huyện Yên Minh", "Tỉnh Hà Giang"),
               ("Xã An Trạch A", "Huyện Đông Hải", "Tỉnh Bạc Liêu"), ("Xã Bờ Y", "", "Quảng Ngãi")]


def _leader_row(name: str, rest: list[str]) -> list[str]:
    return [name, *rest]


def _plan_row(date: str, venue: str, place: tuple[str, str, str], leaders: list[str], extra: list[str]) -> list[str]:
    return [date, venue, *place, "; ".join(leaders), *extra]


def good_rows(header_names: list[str]) -> st.SearchStrategy[list[str]]:
    """Rows that the importer would take (in the order of its headers), with nasty cells mixed in."""
    if header_names[0] == "Ngày":
        return st.builds(_plan_row, st.sampled_from(["05/08/2026", "07/08/2026", "10/08/2026", "1/8/2026"]),
                         st.one_of(NAME, CELL), st.sampled_from(GOOD_PLACES),
                         st.lists(st.one_of(NAME, NAME, CELL), max_size=3),
                         st.lists(st.one_of(CELL, st.just("")), max_size=3))
    return st.builds(_leader_row, NAME, st.lists(st.one_of(CELL, NAME, st.just(""), st.just("")),
                                                 max_size=len(header_names)))


def files(header_names: list[str]) -> st.SearchStrategy[bytes]:
    """CSV files: the importer's headers (or nonsense) over rows of nasty cells, in any separator and
    encoding, sometimes with a stray byte; or arbitrary bytes, sometimes behind a byte-order mark."""
    headers = st.one_of(st.just(header_names), st.permutations(header_names).map(list),
                        st.lists(st.one_of(st.sampled_from(header_names), CELL), min_size=1,
                                 max_size=len(header_names) + 1))
    rows = st.lists(st.one_of(good_rows(header_names), st.lists(CELL, max_size=len(header_names) + 1)), max_size=5)
    mangle = st.none() | st.none() | st.tuples(st.integers(0, 10_000), st.sampled_from([b'"', b"\x00", b"\xc3", b"\xff",
                                                                             b"\r", b"\n\"", b";", b"\t"]))
    structured = st.builds(_csv_bytes, headers, rows, st.sampled_from([",", ";", "\t"]),
                           st.sampled_from(ENCODINGS), mangle)
    raw = st.builds(lambda bom, body: bom + body,
                    st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE]),
                    st.binary(max_size=300))
    return st.one_of(structured, structured, raw)


VALUES = st.one_of(CELL, st.none(), st.integers(-10**30, 10**30),
                   st.floats(allow_nan=True, allow_infinity=True), st.booleans())


def _fit(row: list[Any], width: int) -> tuple[Any, ...]:
    return tuple(row[:width]) + (None,) * (width - len(row))


def tables(header_names: list[str]) -> st.SearchStrategy[Table]:
    """Tables as a workbook hands them over: any Python cell values (floats, inf, nan, huge ints),
    lone surrogates and control characters in rows that are otherwise good."""
    width = len(header_names)
    rows = st.lists(st.one_of(st.lists(VALUES, min_size=width, max_size=width),
                              good_rows(header_names)).map(lambda r: _fit(r, width)), max_size=4)
    return rows.map(lambda rs: Table(tuple(header_names), tuple((n + 2, r) for n, r in enumerate(rs)), "x.xlsx"))


def _counts(session: Any) -> dict[str, int]:
    return {t.name: session.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


class _Rollback(Exception):
    """Ends a case's write transaction without keeping anything."""


def _check(database: Any, source: bytes | Table, run: Callable[[Any, Table], Any]) -> None:
    """One case: read, import inside a write transaction, compare counts; always roll back."""
    try:
        table = read_csv_bytes(source, "fuzz.csv") if isinstance(source, bytes) else source
    except FestivalPlannerError as exc:
        assert exc.code and exc.text("vi") and exc.text("en")
        event(f"file refused: {exc.code}")
        return
    try:
        with database.transaction() as session:
            before = _counts(session)
            try:
                result = run(session, table)
            except FestivalPlannerError as exc:
                assert exc.code and exc.text("vi") and exc.text("en")
                assert _counts(session) == before, f"partial write after a refusal ({exc.code})"
                event(f"import refused: {exc.code}")
            else:
                if not result.ok or result.dry_run:
                    assert _counts(session) == before, "partial write after a refused import"
                    assert all(p.message("vi") and p.message("en") for p in result.problems)
                event("rows refused" if not result.ok else "dry run" if result.dry_run
                      else "written" if _counts(session) != before else "nothing to write")
            raise _Rollback
    except _Rollback:
        pass


LEADER_HEADERS = ["Họ và tên", "Chức vụ", "Cơ quan", "Thứ tự", "Điện thoại", "Thư điện tử", "Ghi chú",
                  "Đang theo dõi"]
PLAN_HEADERS = ["Ngày", "Địa điểm", "Xã/Phường", "Quận/Huyện", "Tỉnh/Thành phố", "Lãnh đạo", "Chức vụ",
                "Giờ bắt đầu", "Giờ kết thúc"]


@pytest.fixture
def fuzz_db(database: Any) -> Any:
    yield database
    with database.session() as session:  # every case rolled back: the file is as it was
        assert _counts(session)["leader"] == 0 and _counts(session)["site"] == 0


@FUZZ
@given(source=st.one_of(files(LEADER_HEADERS), files(LEADER_HEADERS), tables(LEADER_HEADERS)),
       dry_run=st.booleans())
def test_leaders_import_never_tracebacks_and_never_writes_half(fuzz_db: Any, source: bytes | Table,
                                                                dry_run: bool) -> None:
    _check(fuzz_db, source, lambda session, table: import_leaders(session, table, dry_run=dry_run))


@pytest.fixture
def commune_index(fuzz_db: Any) -> CommuneIndex:
    with fuzz_db.session() as session:
        return CommuneIndex(session)


@FUZZ
@given(source=st.one_of(files(PLAN_HEADERS), files(PLAN_HEADERS), tables(PLAN_HEADERS)),
       year=st.sampled_from([2026, 2026, 2026, 2027, 1990, 3000]), dry_run=st.booleans(),
       choose=st.one_of(st.just({}), st.just({}), st.dictionaries(
           st.integers(-3, 12), st.sampled_from(["23377", "00832", "99999", "", "abc"]), max_size=2)))
def test_plan_import_never_tracebacks_and_never_writes_half(fuzz_db: Any, commune_index: CommuneIndex,
                                                            source: bytes | Table, year: int, dry_run: bool,
                                                            choose: dict[int, str]) -> None:
    _check(fuzz_db, source, lambda session, table: import_plan(session, table, year, dry_run=dry_run,
                                                                choose=choose, index=commune_index))
