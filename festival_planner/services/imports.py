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
import io
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from festival_planner.domain.errors import FestivalPlannerError, ValidationError
from festival_planner.domain.models import Leader
from festival_planner.domain.text import fold
from festival_planner.services import leaders
from festival_planner.services.cells import read_text, workbook_rows
from festival_planner.services.communes import CommuneInfo
from festival_planner.services.leaders import LeaderRow


@dataclass(frozen=True)
class Table:
    """A sheet as read: its header cells and its data rows with their spreadsheet row numbers."""

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]
    source: str = ""


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


def _table(raw: list[tuple[int, tuple[Any, ...]]], source: str) -> Table:
    filled = [(number, cells) for number, cells in raw if any(cell_text(c) for c in cells)]
    if not filled:
        raise ValidationError("import_empty", path=source)
    (_, header), data = filled[0], filled[1:]
    width = max(len(header), *(len(cells) for _, cells in data)) if data else len(header)
    headers = tuple(cell_text(h) for h in header) + ("",) * (width - len(header))
    return Table(headers, tuple((n, tuple(c) + (None,) * (width - len(c))) for n, c in data), source)


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


def read_csv_bytes(data: bytes, source: str = "") -> Table:
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
    return _table(raw, source)


def read_xlsx(path: Path) -> Table:
    """The first sheet of an Excel workbook (dates as dates; a formula as its text, never evaluated)."""
    try:
        raw = list(enumerate(workbook_rows(path), start=1))
    except Exception as exc:
        raise ValidationError("import_unreadable", path=str(path), reason=str(exc) or type(exc).__name__) from exc
    return _table(raw, str(path))


def read_table(path: str | Path) -> Table:
    """A ``.xlsx`` or ``.csv`` file as a table."""
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
        return read_csv_bytes(data, str(path))
    return read_xlsx(path)


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

    @property
    def written(self) -> bool:
        return self.ok and not self.dry_run

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "dry_run": self.dry_run, "written": self.written,
                "created": [r.to_json() for r in self.created], "updated": [r.to_json() for r in self.updated],
                "unchanged": self.unchanged, "problems": [p.to_json() for p in self.problems]}


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
    added: list[Leader] = []
    changed: list[Leader] = []
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
    return LeadersImportResult(not problems, dry_run, tuple(created), tuple(updated), unchanged, tuple(problems))
