"""Text as it enters the app: the one check every text field goes through (services, imports, CLI).

``clean_text`` trims a value, refuses characters no document format can hold (NUL and the other
control characters of Unicode category Cc, lone surrogates, U+FFFE/U+FFFF) and refuses text over the
field's length limit, each with a code whose text names the field. Tab and line breaks are the only
control characters that pass: a single-line field turns them into spaces, a multi-line field keeps
line breaks (CR LF and CR become LF) and tabs.

``guard_models`` puts the same character check on every text column of the user's data, so a service
that forgets ``clean_text`` still cannot store text that would break an export or a Word document.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from festival_planner.domain.errors import ValidationError

# The length limit of every text field people type, by "noun.field": the one table (services check
# against it through clean_text; a dialog or an import may read it too). Names and short lines 100–300,
# free notes 10,000 characters.
TEXT_LIMITS: dict[str, int] = {
    "campaign.name": 200,
    "site.venue": 300, "site.host_unit": 300, "site.contact_name": 200, "site.contact_phone": 100,
    "site.notes": 10_000,
    "leader.full_name": 200, "leader.title": 300, "leader.organisation": 300, "leader.phone": 100,
    "leader.email": 200, "leader.notes": 10_000,
    "invitation.note": 2000, "invitation.override_reason": 1000,
    "checklist_item.title": 300, "checklist_item.category": 100, "checklist_item.owner": 200,
    "checklist_item.note": 10_000,
    "checklist_template.name": 200, "checklist_template.title": 300, "checklist_template.category": 100,
    "checklist_template.default_owner": 200, "checklist_template.description": 2000,
    "programme_item.title": 300, "programme_item.responsible": 200,
    "budget_line.description": 300, "budget_line.note": 10_000,
    "commendation.recipient": 300, "commendation.unit": 300, "commendation.award": 300,
    "commendation.decision_number": 100,
    "gift.recipient": 300, "gift.gift": 300,
    "print.number": 60,  # "123/QĐ-BCĐ" and the like; a whole paragraph is a mistake
}


def text_limit(key: str) -> int:
    """The length limit of the text field ``key`` ("site.venue"): ``TEXT_LIMITS`` is the one table."""
    return TEXT_LIMITS[key]


def text_limits(noun: str) -> dict[str, int]:
    """``{field: limit}`` of every text field of ``noun`` ("site"), in table order."""
    prefix = noun + "."
    return {key[len(prefix):]: limit for key, limit in TEXT_LIMITS.items() if key.startswith(prefix)}


_LINE_BREAKS = str.maketrans({"\t": " ", "\n": " ", "\r": " "})
_NONCHARACTERS = frozenset("\ufffe\uffff")


def first_bad_character(text: str, *, allow: str = "\t\n\r") -> int | None:
    """The position of the first character no document can hold (None when there is none)."""
    if text.isprintable():  # fast path: no Cc, Cs, … at all
        return None
    for position, char in enumerate(text):
        if char in allow:
            continue
        if unicodedata.category(char) in ("Cc", "Cs") or char in _NONCHARACTERS:
            return position
    return None


def without_bad_characters(text: str, replacement: str = "\ufffd") -> str:
    """``text`` with every character no document can hold replaced (for rows stored before the
    check existed: an export shows U+FFFD instead of failing)."""
    if first_bad_character(text) is None:
        return text
    allowed = "\t\n\r"
    return "".join(replacement if char not in allowed and (unicodedata.category(char) in ("Cc", "Cs")
                                                           or char in _NONCHARACTERS) else char for char in text)


def check_characters(text: str, field: str, *, field_key: str = "", allow: str = "\t\n\r") -> None:
    """Refuse ``text`` when it holds a control character (other than ``allow``), naming the field."""
    position = first_bad_character(text, allow=allow)
    if position is not None:
        raise ValidationError("text_control_character", field=field, field_key=field_key or field,
                              codepoint=f"U+{ord(text[position]):04X}", position=position + 1)


def clean_text(value: Any, field: str, limit: int, *, multiline: bool = False, required: bool = False,
               collapse: bool = False, field_key: str = "", too_long: str = "text_too_long",
               required_code: str = "text_required") -> str:
    """``value`` as stored text: trimmed, without control characters, at most ``limit`` characters.

    ``multiline`` keeps line breaks (as LF) and tabs; otherwise they become spaces, and ``collapse``
    also folds runs of spaces into one. ``too_long``/``required_code`` keep a topic's own codes; every
    code gets ``field`` and ``field_key`` (the catalogue entry of the field's label)."""
    key = field_key or field
    text = "" if value is None else str(value)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        check_characters(text, field, field_key=key, allow="\t\n")
        text = text.strip()
    else:
        check_characters(text, field, field_key=key)
        text = text.translate(_LINE_BREAKS)
        text = " ".join(text.split()) if collapse else text.strip()
    if required and not text:
        raise ValidationError(required_code, field=field, field_key=key)
    if len(text) > limit:
        raise ValidationError(too_long, field=field, field_key=key, limit=limit)
    return text


def guard_models(base: type) -> None:
    """Refuse control characters on assignment to every ``String``/``Text`` column of ``base``'s
    mapped classes (a net under the services' own checks; rows read from the file are not checked)."""
    from sqlalchemy import String, event

    for mapper in base.registry.mappers:  # type: ignore[attr-defined]
        for column_attr in mapper.column_attrs:
            column = column_attr.columns[0]
            if not isinstance(column.type, String):
                continue
            attribute = getattr(mapper.class_, column_attr.key)
            table = mapper.local_table.name
            event.listen(attribute, "set", _guard(table, column_attr.key), retval=True)


def _guard(table: str, name: str) -> Callable[[object, object, object, object], object]:
    def check(_target: object, value: object, _old: object, _initiator: object) -> object:
        if isinstance(value, str):
            check_characters(value, name, field_key=f"text_field.{table}.{name}")
        return value

    return check
