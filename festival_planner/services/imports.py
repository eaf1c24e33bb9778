"""Imports from the spreadsheets offices keep: reading ``.xlsx`` and ``.csv`` files, recognising
their headers (Vietnamese or English), a column mapping the user can check on a preview, and the
import of the leaders directory. The campaign plan import is in ``services.plan_import``.

Every import is all-or-nothing: rows are checked and written inside a savepoint that is rolled back
when any row has a problem (or for a dry run); each problem names its spreadsheet row (header = row 1).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import functools
import io
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from festival_planner.domain.errors import FestivalPlannerError, ValidationError
from festival_planner.domain.text import fold
from festival_planner.services import leaders
from festival_planner.services.cells import read_text, workbook_sheet
from festival_planner.services.communes import CommuneInfo
from festival_planner.services.leaders import LeaderRow

TITLE, EMPTY, FOOTER, COLUMN_NUMBERS, NUMBER_ONLY, SECTION = (
    "title", "empty", "footer", "column_numbers", "number_only", "section")
HEADER_SEARCH_ROWS = 20  # the header is looked for in the first 20 rows that hold anything
NUMBER_HEADERS = frozenset({"stt", "tt", "so tt", "so thu tu", "no"})  # a numbering column, never imported


@dataclass(frozen=True)
class SkippedRow:
    """A row of the sheet that is not data and is not imported: a title above the header, an empty
    row, the numbers of the columns, a row with only its serial number, a group heading, a footer."""

    row: int
    reason: str
    text: str = ""

    def label(self, language: str | None = None) -> str:
        from festival_planner.domain.messages import render

        return render(f"import_skipped.{self.reason}", {}, language)

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "reason": self.reason, "text": self.text}


@dataclass(frozen=True)
class Table:
    """A sheet as read: its header cells and its data rows with their spreadsheet row numbers; the
    header's row (the last one of a two-row header), the rows skipped as not data, and the whole
    sheet as read (``at_header`` builds the table again from another header row)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]
    source: str = ""
    header_row: int = 1
    skipped: tuple[SkippedRow, ...] = ()
    sheet: tuple[tuple[int, tuple[Any, ...]], ...] = ()
    merges: tuple[tuple[int, int, int, int], ...] = ()
    first_header_row: int = 0  # the first row of a two-row header (0: the header is one row)

    def at_header(self, row: int) -> Table:
        """The same sheet read with its column headers in spreadsheet row ``row``."""
        return build_table(self.sheet, self.source, header_row=row, merges=self.merges)

    @property
    def candidate_header_rows(self) -> tuple[int, ...]:
        """The rows that can hold the header: every row holding anything."""
        return tuple(n for n, cells in self.sheet if any(cell_text(c) for c in cells))


@dataclass(frozen=True)
class FieldSpec:
    """A field an import fills, with the header texts (folded) that name it."""

    key: str
    aliases: tuple[str, ...]
    required: bool = False
    label_key: str = ""  # catalogue entry of the field's label


LEADER_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("full_name", ("ho va ten", "ho ten", "ten lanh dao", "name", "full name", "ten"), True,
              "leader_field.full_name"),
    FieldSpec("title", ("chuc vu", "chuc danh", "title", "position"), False, "leader_field.title"),
    FieldSpec("organisation", ("co quan", "don vi", "organisation", "organization", "agency"), False,
              "leader_field.organisation"),
    FieldSpec("precedence_rank", ("thu tu", "thu tu uu tien", "thu tu nghi le", "rank", "precedence",
                                  "precedence rank"), False, "leader_field.precedence_rank"),
    FieldSpec("phone", ("dien thoai", "so dien thoai", "sdt", "phone", "telephone"), False, "leader_field.phone"),
    FieldSpec("email", ("thu dien tu", "email", "e mail"), False, "leader_field.email"),
    FieldSpec("notes", ("ghi chu", "notes", "note"), False, "leader_field.notes"),
    FieldSpec("active", ("dang theo doi", "hoat dong", "active"), False, "leader_field.active"),
)


# The campaign plan's fields (``services.plan_import``): here, so the header of either file is found.
PLAN_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("date", ("ngay", "ngay to chuc", "thoi gian", "date"), True, "plan_field.date"),
    FieldSpec("venue", ("dia diem", "dia diem to chuc", "venue", "place"), False, "plan_field.venue"),
    FieldSpec("commune", ("xa phuong", "xa phuong dac khu", "xa", "phuong", "commune", "ward"), True,
              "plan_field.commune"),
    FieldSpec("district", ("quan huyen", "huyen", "quan", "quan huyen thi xa", "district"), False,
              "plan_field.district"),
    FieldSpec("province", ("tinh thanh pho", "tinh thanh", "tinh", "province", "province city"), True,
              "plan_field.province"),
    FieldSpec("leaders", ("lanh dao", "lanh dao du", "truong doan", "leaders", "leader"), False,
              "plan_field.leaders"),
    FieldSpec("titles", ("chuc vu", "titles", "title"), False, "plan_field.titles"),
    FieldSpec("start_time", ("gio bat dau", "bat dau", "start", "start time"), False, "plan_field.start_time"),
    FieldSpec("end_time", ("gio ket thuc", "ket thuc", "end", "end time"), False, "plan_field.end_time"),
)

@dataclass(frozen=True)
class RowProblem:
    """A row that stops an import (or a warning): its spreadsheet row, the text as written, why."""

    row: int
    text: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    candidates: tuple[CommuneInfo, ...] = ()

    def message(self, language: str | None = None) -> str:
        from festival_planner.domain.messages import render

        return render(self.code, self.params, language)

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "text": self.text, "code": self.code, "message": self.message(),
                "candidates": [{"code": c.code, "name": c.name, "province": c.province,
                                "old_districts": list(c.old_districts)} for c in self.candidates]}


def cell_text(value: Any) -> str:
    """A cell as text: numbers without a useless ".0", dates dd/mm/yyyy, spaces trimmed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y") if value.time() == dt.time(0) else value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return " ".join(str(value).split())


@functools.lru_cache(maxsize=1)
def _known_headers() -> tuple[frozenset[str], tuple[str, ...]]:
    """Every folded header name an import knows (leaders and plan), and the same as prefixes."""
    names = {alias for spec in (*LEADER_FIELDS, *PLAN_FIELDS) for alias in spec.aliases} | NUMBER_HEADERS
    return frozenset(names), tuple(sorted(name + " " for name in names))


def _is_header_name(folded: str, known: tuple[frozenset[str], tuple[str, ...]]) -> bool:
    return folded in known[0] or folded.startswith(known[1])


def header_score(cells: tuple[Any, ...], known: tuple[frozenset[str], tuple[str, ...]] | None = None) -> int:
    """How many different cells of a row are column names an import knows (diacritics, case ignored):
    a title merged across the sheet counts once."""
    known = known or _known_headers()
    return len({f for f in (fold(cell_text(c)) for c in cells) if f and _is_header_name(f, known)})


def detect_header_row(raw: list[tuple[int, tuple[Any, ...]]] | tuple[tuple[int, tuple[Any, ...]], ...]) -> int:
    """The spreadsheet row of the column headers: of the first ``HEADER_SEARCH_ROWS`` rows that hold
    anything, the first with the most known column names; the first such row when none has any."""
    known = _known_headers()
    filled = [(n, cells) for n, cells in raw if any(cell_text(c) for c in cells)][:HEADER_SEARCH_ROWS]
    if not filled:
        return 0
    best, best_score = filled[0][0], 0
    for number, cells in filled:
        score = header_score(cells, known)
        if score > best_score:
            best, best_score = number, score
    return best


def _header_band(row: int, merges: tuple[tuple[int, int, int, int], ...] | list[tuple[int, int, int, int]]
                 ) -> tuple[int, int]:
    """The rows a header in ``row`` spans: with the cells merged down over two rows ("Họ và tên" over
    two rows, "Liên hệ" over "Điện thoại" and "Email"), both rows."""
    first = last = row
    changed = True
    while changed:
        changed = False
        for top, _left, bottom, _right in merges:
            if bottom > top and top <= last and bottom >= first and bottom - top < 4:
                if top < first or bottom > last:
                    first, last, changed = min(first, top), max(last, bottom), True
    return first, last


_FOOTER_FOLDED = re.compile(r"^(nguoi lap|nguoi duyet|nguoi ky|nguoi tong hop|thu truong don vi|thu truong co quan|"
                            r"ky ten|ky ghi ro|ky va ghi ro|ky dong dau|ghi ro ho ten|noi nhan|tong cong|"
                            r"ke toan truong|xac nhan cua)\b")
_FOOTER_WORDS = ("thủ trưởng", "tm.", "kt.")  # as written, not folded: "Thứ trưởng" is a leader's title
_DATE_LINE = re.compile(r"\bngay\b.*\bthang\b.*\bnam\b")
_COLUMN_NUMBER = re.compile(r"^\(?(\d{1,2})\)?$")
_SECTION = re.compile(r"^([ivxlc]+|[a-z])$")


def _is_footer_text(text: str) -> bool:
    folded = fold(text)
    if not folded:
        return False
    lowered = " ".join(text.lower().split()).lstrip("(")
    return bool(_FOOTER_FOLDED.match(folded) or _DATE_LINE.search(folded)
                or (lowered.startswith(_FOOTER_WORDS) and len(folded.split()) <= 6))


def _is_column_numbers(texts: list[str]) -> bool:
    """ "(1) (2) (3)" or "1 2 3" under the header: the columns' own numbers, not a row of data."""
    numbers = [_COLUMN_NUMBER.match(t) for t in texts if t]
    if len(numbers) < 2 or not all(numbers):
        return False
    values = [int(m.group(1)) for m in numbers if m]
    return all(b > a for a, b in zip(values, values[1:], strict=False))


def _joined(cells: tuple[Any, ...]) -> str:
    texts: list[str] = []
    for cell in cells:
        text = cell_text(cell)
        if text and (not texts or texts[-1] != text):  # a merged cell once
            texts.append(text)
    return " | ".join(texts)


def build_table(raw: list[tuple[int, tuple[Any, ...]]] | tuple[tuple[int, tuple[Any, ...]], ...], source: str, *,
                header_row: int | None = None,
                merges: tuple[tuple[int, int, int, int], ...] | list[tuple[int, int, int, int]] = ()) -> Table:
    """A table from a sheet's rows: the header found (``detect_header_row``) or given (``header_row``,
    a spreadsheet row number), a header merged over two rows read as one, and what is not data
    skipped — the title block above the header, the columns' numbers under it, empty rows, rows with
    only a serial number ("STT"), group headings ("I", "A" in the serial column) and, from the first
    footer row on ("Người lập biểu", "Thủ trưởng đơn vị", "(Ký, ghi rõ họ tên)", "Hà Nội, ngày … tháng
    … năm …"), the rest of the sheet."""
    raw = tuple((n, tuple(c)) for n, c in raw)
    merges = tuple(merges)
    filled = [n for n, cells in raw if any(cell_text(c) for c in cells)]
    if not filled:
        raise ValidationError("import_empty", path=source)
    if header_row is None:
        header_row = detect_header_row(raw)
    elif header_row not in filled:
        raise ValidationError("import_bad_header_row", row=header_row, first=filled[0], last=filled[-1])
    first, last = _header_band(header_row, merges)
    by_number = dict(raw)
    band = [by_number.get(n, ()) for n in range(first, last + 1)]
    width = max(len(cells) for _n, cells in raw)
    known = _known_headers()
    headers: list[str] = []
    for column in range(width):
        texts: list[str] = []
        for cells in band:
            text = cell_text(cells[column]) if column < len(cells) else ""
            if text and text not in texts:
                texts.append(text)
        named = [t for t in texts if _is_header_name(fold(t), known)]
        headers.append(named[-1] if named else " – ".join(texts))
    numbering = {i for i, h in enumerate(headers) if fold(h) in NUMBER_HEADERS}
    skipped: list[SkippedRow] = [SkippedRow(n, TITLE, _joined(c)) for n, c in raw
                                 if n < first and any(cell_text(x) for x in c)]
    rows: list[tuple[int, tuple[Any, ...]]] = []
    pending_empty: list[SkippedRow] = []
    footer = False
    first_after = True
    for number, cells in raw:
        if number <= last:
            continue
        cells = cells + (None,) * (width - len(cells))
        texts = [cell_text(c) for c in cells]
        text = _joined(cells)
        if footer:
            if text:
                skipped.append(SkippedRow(number, FOOTER, text))
            continue
        if not text:
            pending_empty.append(SkippedRow(number, EMPTY))
            continue
        reason = None
        filled_texts = [t for t in texts if t]
        if all(_is_footer_text(t) for t in filled_texts):
            footer, reason = True, FOOTER
        elif first_after and _is_column_numbers(texts):
            reason = COLUMN_NUMBERS
        elif numbering and all(not t or i in numbering for i, t in enumerate(texts)):
            reason = NUMBER_ONLY
        elif numbering and any(_SECTION.match(fold(texts[i])) for i in numbering if texts[i]):
            reason = SECTION
        first_after = False
        skipped.extend(pending_empty)  # empty rows between two rows that hold something
        pending_empty = []
        if reason is not None:
            skipped.append(SkippedRow(number, reason, text))
        else:
            rows.append((number, cells))
    return Table(tuple(headers), tuple(rows), source, last, tuple(sorted(skipped, key=lambda r: r.row)), raw, merges,
                 first if first != last else 0)


def skipped_summary(skipped: tuple[SkippedRow, ...] | list[SkippedRow], language: str | None = None) -> str:
    """One line for the rows skipped as not data, by reason with their row ranges:
    "Bỏ qua 6 dòng không phải dữ liệu: 1–2 (tiêu đề phía trên bảng); 20–23 (chân bảng, chữ ký)."."""
    from festival_planner.domain.messages import render

    if not skipped:
        return ""
    parts: list[str] = []
    for reason in (TITLE, COLUMN_NUMBERS, SECTION, NUMBER_ONLY, EMPTY, FOOTER):
        numbers = [r.row for r in skipped if r.reason == reason]
        if numbers:
            parts.append(f"{_ranges(numbers)} ({render(f'import_skipped.{reason}', {}, language)})")
    return render("import_skipped", {"count": len(skipped), "rows": "; ".join(parts)}, language)


def _ranges(numbers: list[int]) -> str:
    spans: list[list[int]] = []
    for n in sorted(numbers):
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in spans)


_DELIMITERS = ",;\t"
_VIETNAMESE = frozenset("ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323")


def _plausible_vietnamese(text: str) -> bool:
    """Whether text decoded as Windows-1258 reads as Vietnamese: some letter only Vietnamese uses (or a
    tone mark), and every other non-ASCII character a letter or a mark (no stray symbols)."""
    unusual = [ch for ch in text if not ch.isascii()]
    if not any(ch in _VIETNAMESE for ch in unusual):
        return False
    return all(ch.isalpha() or unicodedata.combining(ch) for ch in unusual)


def decode_csv(data: bytes, source: str = "") -> str:
    """The text of a CSV file as offices save it: a byte-order mark (UTF-8, UTF-16) first, then strict
    UTF-8, then Windows-1258 when it reads as Vietnamese (Excel's "CSV" on a Vietnamese Windows; its
    separate tone marks are composed, NFC), then Windows-1252 and Latin-1."""
    try:
        if data.startswith(codecs.BOM_UTF8):
            return unicodedata.normalize("NFC", data[len(codecs.BOM_UTF8):].decode("utf-8"))
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return unicodedata.normalize("NFC", data.decode("utf-16"))
    except UnicodeDecodeError as exc:
        raise ValidationError("import_bad_encoding", path=source) from exc
    try:
        return unicodedata.normalize("NFC", data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        text = ""
    if text and _plausible_vietnamese(text):
        return text
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _delimiter(text: str) -> str:
    """Comma, semicolon or tab: csv.Sniffer on the first lines, else the one the first line holds most."""
    sample = text[:65536]
    try:
        found = csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
        if found in _DELIMITERS:
            return found
    except csv.Error:
        pass
    first = next((line for line in sample.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_rows(text: str, delimiter: str, source: str, *, strict: bool) -> list[tuple[int, tuple[Any, ...]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
    raw: list[tuple[int, tuple[Any, ...]]] = []
    line = 0  # the last line of the row read before
    try:
        for cells in reader:
            raw.append((len(raw) + 1, tuple(cells_cleaned(cells))))
            line = reader.line_num
    except csv.Error as exc:
        reason = str(exc)
        if "field limit" in reason:
            raise ValidationError("import_cell_too_long", path=source, limit=csv.field_size_limit(),
                                  line=line + 1) from None
        if "unexpected end of data" in reason:
            raise ValidationError("import_unbalanced_quote", path=source, line=line + 1) from None
        raise _StrictCsv(reason, line + 1) from None
    return raw


class _StrictCsv(Exception):
    """A quote the strict reader does not accept (``"ab"cd``): read the file leniently instead."""

    def __init__(self, reason: str, line: int) -> None:
        super().__init__(reason)
        self.line = line


def cells_cleaned(cells: list[str]) -> list[str]:
    """CSV cells as imported: the quote our export put before a formula-like start taken off."""
    return [read_text(c) for c in cells]


def read_csv_bytes(data: bytes, source: str = "", header_row: int | None = None) -> Table:
    """A CSV file as offices save it: UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text"),
    Windows-1258 or Latin-1; comma-, semicolon- or tab-separated. A quote that is never closed (it
    would merge the rest of the file into one cell) and a cell over the csv module's limit are refused
    with the line; the spreadsheet row numbers count records (header = row 1)."""
    text = decode_csv(data, source)
    delimiter = _delimiter(text)
    try:
        raw = _csv_rows(text, delimiter, source, strict=True)
    except _StrictCsv:
        try:
            raw = _csv_rows(text, delimiter, source, strict=False)
        except _StrictCsv as exc:
            raise ValidationError("import_bad_csv", path=source, line=exc.line, reason=str(exc)) from None
    return build_table(raw, source, header_row=header_row)


def read_xlsx(path: Path, header_row: int | None = None) -> Table:
    """The first sheet of an Excel workbook (dates as dates; a formula as its text, never evaluated;
    a merged range as its top-left value in each of its cells)."""
    try:
        rows, merges = workbook_sheet(path)
    except Exception as exc:
        raise ValidationError("import_unreadable", path=str(path), reason=str(exc) or type(exc).__name__) from exc
    return build_table(list(enumerate(rows, start=1)), str(path), header_row=header_row, merges=merges)


def read_table(path: str | Path, header_row: int | None = None) -> Table:
    """A ``.xlsx`` or ``.csv`` file as a table, its header row found (``build_table``) or given."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".xlsm", ".csv"):
        raise ValidationError("import_unsupported", suffix=suffix or path.name)
    if not path.is_file():
        raise ValidationError("import_missing", path=str(path))
    if suffix == ".csv":
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError("import_unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
        return read_csv_bytes(data, str(path), header_row)
    return read_xlsx(path, header_row)


def recognise_headers(headers: tuple[str, ...] | list[str], fields: tuple[FieldSpec, ...]) -> dict[str, int]:
    """Which column holds each field, from the header texts (any case, diacritics optional):
    an exact name first ("Họ và tên", "Name"), then a header that starts with one ("Họ và tên lãnh đạo")."""
    folded = [fold(h) for h in headers]
    mapping: dict[str, int] = {}
    for exact in (True, False):
        for spec in fields:
            if spec.key in mapping:
                continue
            for alias in spec.aliases:
                taken = set(mapping.values())
                column = next((i for i, h in enumerate(folded) if i not in taken and
                               (h == alias if exact else h.startswith(alias + " "))), None)
                if column is not None:
                    mapping[spec.key] = column
                    break
    return mapping


def check_mapping(table: Table, mapping: Mapping[str, int], fields: tuple[FieldSpec, ...]) -> None:
    """Refuse a mapping that misses a required field or names a column the file does not have."""
    for spec in fields:
        if spec.required and spec.key not in mapping:
            raise ValidationError("import_column_missing", field_key=spec.label_key or spec.key)
    for column in mapping.values():
        if not 0 <= column < len(table.headers):
            raise ValidationError("import_bad_column", column=column + 1, count=len(table.headers))


def mapped(cells: tuple[Any, ...], mapping: Mapping[str, int]) -> dict[str, Any]:
    """A row's cells by field key."""
    return {key: cells[column] if column < len(cells) else None for key, column in mapping.items()}


def preview(table: Table, mapping: Mapping[str, int], limit: int = 10) -> list[dict[str, Any]]:
    """The first rows as the import will read them (field → text, plus "row"), for the mapping step."""
    return [{"row": number, **{k: cell_text(v) for k, v in mapped(cells, mapping).items()}}
            for number, cells in table.rows[:limit]]


@dataclass(frozen=True)
class LeadersImportResult:
    """What a leaders import did (or, for a dry run or a refused import, would do)."""

    ok: bool
    dry_run: bool
    created: tuple[LeaderRow, ...]
    updated: tuple[LeaderRow, ...]
    unchanged: int
    problems: tuple[RowProblem, ...]
    header_row: int = 1
    skipped: tuple[SkippedRow, ...] = ()

    @property
    def written(self) -> bool:
        return self.ok and not self.dry_run

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "dry_run": self.dry_run, "written": self.written,
                "created": [r.to_json() for r in self.created], "updated": [r.to_json() for r in self.updated],
                "unchanged": self.unchanged, "problems": [p.to_json() for p in self.problems],
                "header_row": self.header_row, "skipped": [r.to_json() for r in self.skipped]}


def _truthy(text: str) -> bool:
    return fold(text) not in ("0", "khong", "no", "false", "ngung", "x ngung")


def _leader_values(values: dict[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in values.items():
        text = cell_text(value)
        if key == "precedence_rank":
            if text:
                try:
                    clean[key] = int(float(text.replace(",", ".")))
                except (ValueError, OverflowError):  # "abc", "nan"; "1e400", "inf"
                    raise ValidationError("import_bad_rank", text=text) from None
        elif key == "active":
            if text:
                clean[key] = _truthy(text)
        elif text or key == "full_name":
            clean[key] = text
    return clean


def import_leaders(session: Session, source: Table | str | Path, mapping: Mapping[str, int] | None = None, *,
                   dry_run: bool = False) -> LeadersImportResult:
    """Import leaders: a name already in the directory (diacritics and case ignored) updates that
    leader with the non-empty cells; a new name adds a leader. All rows or none."""
    table = source if isinstance(source, Table) else read_table(source)
    mapping = dict(mapping) if mapping is not None else recognise_headers(table.headers, LEADER_FIELDS)
    check_mapping(table, mapping, LEADER_FIELDS)
    problems: list[RowProblem] = []
    created: list[LeaderRow] = []
    updated: list[LeaderRow] = []
    unchanged = 0
    seen: dict[str, int] = {}
    directory = leaders.Directory(session)  # every name matched in memory: no query per row
    added: list[leaders.KnownLeader] = []
    changed: list[leaders.KnownLeader] = []
    savepoint = session.begin_nested()
    try:
        with session.no_autoflush:
            for number, cells in table.rows:
                values = mapped(cells, mapping)
                written = " | ".join(cell_text(v) for v in values.values() if cell_text(v))
                try:
                    clean = _leader_values(values)
                    key = fold(clean["full_name"])
                    if key and key in seen:
                        raise ValidationError("import_duplicate_name", other_row=seen[key])
                    seen[key] = number
                    existing = directory.find(clean["full_name"]) if key else None
                    if existing is None:
                        added.append(directory.add(**clean))
                    elif directory.update(existing, **{k: v for k, v in clean.items() if k != "full_name"}):
                        changed.append(existing)  # the directory's spelling of the name is kept
                    else:
                        unchanged += 1
                except FestivalPlannerError as exc:
                    problems.append(RowProblem(number, written, exc.code, exc.params))
        if not problems:
            directory.flush()  # one flush and one change-log INSERT per action for the whole file
            created = [leaders.leader_row(leader) for leader in added]
            updated = [leaders.leader_row(leader) for leader in changed]
    except BaseException:
        savepoint.rollback()
        raise
    if problems or dry_run:
        savepoint.rollback()
    else:
        savepoint.commit()
    return LeadersImportResult(not problems, dry_run, tuple(created), tuple(updated), unchanged, tuple(problems),
                               table.header_row, table.skipped)
