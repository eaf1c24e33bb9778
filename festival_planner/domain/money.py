"""Amounts of money in Vietnamese đồng: written with dots between thousands ("1.250.000 ₫")."""

from __future__ import annotations

import re

from festival_planner.domain.errors import ValidationError

_AMOUNT = re.compile(r"^\s*(\d{1,3}(?:[.,\s]\d{3})+|\d+)\s*(?:₫|đ|đồng|vnd|vnđ)?\s*$", re.IGNORECASE)


def format_vnd(amount: int | None, *, symbol: bool = True) -> str:
    """``1250000`` → "1.250.000 ₫" (Vietnamese thousands separator); None → ""."""
    if amount is None:
        return ""
    digits = f"{abs(int(amount)):,}".replace(",", ".")
    text = f"-{digits}" if amount < 0 else digits
    return f"{text} ₫" if symbol else text


def parse_vnd(text: str) -> int:
    """Read an amount as people type it: "1.250.000", "1,250,000 đ", "1 250 000 ₫", "1250000"."""
    match = _AMOUNT.match(text or "")
    if not match:
        raise ValidationError("bad_amount", text=text)
    return int(re.sub(r"[.,\s]", "", match.group(1)))
