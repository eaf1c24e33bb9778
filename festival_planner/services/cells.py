"""Spreadsheet cells in and out: text is always text.

Out (every ``.xlsx`` and ``.csv`` the app writes): a text cell that a spreadsheet would read as a
formula or a command — starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return — gets a
leading single quote (the OWASP advice against CSV/formula injection), and in a workbook the cell is
written with data type ``s`` so no ``<f>`` element is ever written. Numbers, dates and booleans are
written as they are (a negative budget amount stays a number).

In: a leading quote that our own export added is taken off again (so export → import is stable), and
a workbook cell that holds a formula is read as the formula's text, never its computed value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from festival_planner.domain.entry import without_bad_characters

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN = (str, int, float, bool, dt.date, dt.time, dt.timedelta, type(None))


def safe_text(text: str) -> str:
    """``text`` as a spreadsheet will show it as text: a formula-like start gets a leading quote; a
    control character stored before the entry check existed is shown as U+FFFD instead of failing."""
    text = without_bad_characters(text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def safe_value(value: Any) -> Any:
    """A value to write in a cell: text made safe, anything else unchanged."""
    return safe_text(value) if isinstance(value, str) else value


def append_row(sheet: Any, values: Sequence[Any]) -> None:
    """Append a row to an openpyxl worksheet with every text cell written as text (type ``s``)."""
    sheet.append([safe_value(v) for v in values])
    if not values:
        return
    row = sheet.max_row
    for column, value in enumerate(values, start=1):
        if isinstance(value, str):
            sheet.cell(row=row, column=column).data_type = "s"


def read_text(value: str) -> str:
    """A text cell as imported: the quote our export put before a formula-like start is removed."""
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def read_value(value: Any) -> Any:
    """A cell value as imported: text through ``read_text``; a formula object (array formula, data
    table) as its text; numbers and dates unchanged."""
    if isinstance(value, str):
        return read_text(value)
    if isinstance(value, _PLAIN):
        return value
    text = getattr(value, "text", None)
    return text if isinstance(text, str) else str(value)


def workbook_rows(path: Path) -> list[tuple[Any, ...]]:
    """The first sheet's rows of a workbook with formulas as their text (``data_only=False``: never
    a computed value) and text cells through ``read_text``. Raises openpyxl's (or zipfile's, lxml's)
    own errors for a damaged file: the caller turns them into its refusal."""
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=False)
    try:
        sheet = workbook.worksheets[0]
        return [tuple(read_value(c) for c in cells) for cells in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def workbook_sheet(path: Path) -> tuple[list[tuple[Any, ...]], list[tuple[int, int, int, int]]]:
    """The first sheet's rows as ``workbook_rows`` reads them, with every merged range read as its
    top-left value in each of its cells (a title merged across the table, a header merged over two
    rows or two columns), and the merged ranges themselves (first row, first column, last row, last
    column; 1-based). Opened in full (not read-only): only then does openpyxl know the merged ranges."""
    from openpyxl import load_workbook

    workbook = load_workbook(path, data_only=False)
    try:
        sheet = workbook.worksheets[0]
        rows = [[read_value(c) for c in cells] for cells in sheet.iter_rows(values_only=True)]
        merges = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in sheet.merged_cells.ranges]
    finally:
        workbook.close()
    for first_row, first_col, last_row, last_col in merges:
        if first_row > len(rows):
            continue
        value = rows[first_row - 1][first_col - 1] if first_col <= len(rows[first_row - 1]) else None
        for row in range(first_row, min(last_row, len(rows)) + 1):
            cells = rows[row - 1]
            if len(cells) < last_col:
                cells.extend([None] * (last_col - len(cells)))
            for col in range(first_col, last_col + 1):
                cells[col - 1] = value
    return [tuple(r) for r in rows], merges
