"""Parsing the ids and choices the leaders-side commands take (a bad one is a refusal with a code)."""

from __future__ import annotations

import uuid

from festival_planner.domain.errors import ValidationError


def parse_uuid(text: str, code: str) -> uuid.UUID:
    """``text`` as a UUID, or ``ValidationError(code)``."""
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise ValidationError(code, text=text) from None


def parse_choices(items: list[str] | None) -> dict[int, str]:
    """``["3=30346", …]`` → ``{3: "30346"}`` (``--choose``)."""
    chosen: dict[int, str] = {}
    for item in items or ():
        row, sep, code = item.partition("=")
        if not sep or not row.strip().isdigit() or not code.strip():
            raise ValidationError("bad_choice_option", text=item)
        chosen[int(row)] = code.strip()
    return chosen
