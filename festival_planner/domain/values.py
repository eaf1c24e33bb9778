"""Parsing and formatting of the values people type: dates (dd/MM/yyyy), times (HH:mm) and the
official commune and province codes (leading zeros optional when typed)."""

from __future__ import annotations

import datetime as dt
import math
import re

from festival_planner.domain.errors import ValidationError

_DATE = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_TIME = re.compile(r"^\s*(\d{1,2})(?:[:hg.](\d{2})?)?\s*$", re.IGNORECASE)


def normal_commune_code(text: str) -> str:
    """A commune code as the gazetteer stores it: trimmed, and a number zero-padded to five digits
    ("1234" → "01234"). Anything else comes back trimmed (it names no commune)."""
    code = text.strip()
    return code.zfill(5) if code.isascii() and code.isdigit() else code


def normal_province_code(text: str) -> str:
    """A province code as stored: trimmed, and a number zero-padded to two digits ("1" → "01")."""
    code = text.strip()
    return code.zfill(2) if code.isascii() and code.isdigit() else code


def parse_date(text: str) -> dt.date:
    """Read a date written the Vietnamese way (19/08/2026, 19-8-2026) or as ISO (2026-08-19)."""
    match = _DATE.match(text or "")
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        iso = _ISO.match(text or "")
        if not iso:
            raise ValidationError("bad_date", text=text)
        year, month, day = (int(g) for g in iso.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError("no_such_date", text=text) from None


def parse_time(text: str | None) -> dt.time | None:
    """Read a time of day (7:30, 07h30, 14g, 8); empty text means no time."""
    if text is None or not text.strip():
        return None
    match = _TIME.match(text)
    if not match:
        raise ValidationError("bad_time", text=text)
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        raise ValidationError("no_such_time", text=text)
    return dt.time(hour, minute)


def format_date(value: dt.date | None) -> str:
    """dd/MM/yyyy, the way dates are written in Vietnamese documents."""
    return value.strftime("%d/%m/%Y") if value else ""


def format_time(value: dt.time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def format_gap(gap: float, language: str | None = None) -> str:
    """The optimiser's gap to its proven bound as a percentage ("0,12 %"), or words when the solver
    stopped before it had any bound ("chưa chứng minh được cận" / "no bound proven yet")."""
    if language is None:
        from festival_planner.domain.messages import current_language

        language = current_language()
    if not math.isfinite(gap):
        return "chưa chứng minh được cận" if language == "vi" else "no bound proven yet"
    return f"{format_number(gap * 100, 2, language=language)} %"


def format_number(value: float, places: int = 0, *, signed: bool = False, language: str | None = None) -> str:
    """A number as the interface's language writes it — Vietnamese "1.267,5", English "1,267.5" —
    rounded to ``places`` decimals; a value that rounds to zero never shows as "-0,00"; ``signed``
    writes "+" before a positive value (a contribution to a score)."""
    if language is None:
        from festival_planner.domain.messages import current_language

        language = current_language()
    rounded = round(float(value), places)
    if rounded == 0:
        rounded = 0.0  # not -0.0
    text = f"{rounded:{'+' if signed and rounded > 0 else ''},.{places}f}"
    if language == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text

