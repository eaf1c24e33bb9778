"""Shared checks of typed values for the checklist, programme and budget services.

Each raises a ``ValidationError`` with a code from ``domain/messages/checklists.py``; ``field`` names
the input so a dialog can point at it.
"""

from __future__ import annotations

import enum
from typing import Any, TypeVar

from festival_planner.domain.entry import clean_text, text_limit
from festival_planner.domain.errors import ValidationError

E = TypeVar("E", bound=enum.Enum)


def text(value: Any, field: str, noun: str, *, required: bool = False, multiline: bool = False) -> str:
    """Stripped text, refused when it holds a control character, is longer than the limit of
    ``noun.field`` in ``domain.entry.TEXT_LIMITS`` or (``required``) empty (``domain.entry.clean_text``;
    ``multiline`` keeps line breaks)."""
    return clean_text(value, field, text_limit(f"{noun}.{field}"), multiline=multiline, required=required,
                      field_key=f"checklist.field.{field}", too_long="checklist_text_too_long",
                      required_code="checklist_text_required")


def integer(value: Any, field: str, low: int, high: int) -> int:
    """A whole number between ``low`` and ``high`` (both included)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # spreadsheets hand whole numbers over as floats
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except (TypeError, ValueError):
            raise ValidationError("checklist_not_a_number", field=field, field_key=f"checklist.field.{field}",
                                  text=value) from None
    if not low <= value <= high:
        raise ValidationError("checklist_number_out_of_range", field=field,
                              field_key=f"checklist.field.{field}", value=value, low=low, high=high)
    return int(value)


def choice(enum_type: type[E], value: Any, field: str) -> E:
    """An enum member from itself or its value ("in_progress")."""
    try:
        return enum_type(value)
    except ValueError:
        raise ValidationError("checklist_bad_choice", field=field, field_key=f"checklist.field.{field}",
                              text=value, choices=[m.value for m in enum_type]) from None
