"""The catalogues of user-facing texts for error codes, one per language (Vietnamese first, English).

Each topic module in this package (``core``, ``store``, …) defines ``VI`` and ``EN``: dicts from an
error code to a ``str.format`` template over the error's parameters. They are merged here, so a new
feature adds its own module and nothing else. ``render`` formats parameters the way people write
them (dates dd/mm/yyyy, times HH:MM, lists joined with commas, enums by their label); a parameter
whose name ends in ``_key`` names another catalogue entry (a field's label, say) and shows its text.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import pkgutil
import string
from collections.abc import Mapping
from functools import cache
from typing import Any

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
_current = DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    """Choose the language of ``FestivalPlannerError.message`` (called once by the GUI or the CLI)."""
    global _current
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    _current = language


def current_language() -> str:
    return _current


@cache
def catalogues() -> dict[str, dict[str, str]]:
    """Every language's merged catalogue: ``{"vi": {code: template}, "en": {...}}``."""
    merged: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for lang in LANGUAGES:
            table: Mapping[str, str] = getattr(module, lang.upper(), {})
            clash = set(table) & set(merged[lang])
            if clash:
                raise RuntimeError(f"error codes defined twice: {sorted(clash)}")
            merged[lang].update(table)
    return merged


def template_fields(template: str) -> set[str]:
    """The parameter names a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def label(value: enum.Enum, language: str | None = None) -> str:
    """The words for an enum value ("Đã duyệt" / "Approved") in ``language`` (default: the current
    one), from ``messages.labels``: the one way a status, role or category is shown anywhere."""
    key = f"{type(value).__name__}.{value.value}"
    lang = language or _current
    return catalogues()[lang].get(key) or catalogues()[DEFAULT_LANGUAGE].get(key, str(value.value))


def format_value(value: Any, language: str) -> str:
    """A parameter as people write it."""
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, enum.Enum):
        return label(value, language)
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(format_value(v, language) for v in value)
    if isinstance(value, float):
        return f"{value:,.1f}".replace(",", " ") if language == "vi" else f"{value:,.1f}"
    return str(value)


def render(code: str, params: Mapping[str, Any] | None = None, language: str | None = None) -> str:
    """The text of an error code in ``language`` (default: the current one)."""
    lang = language or _current
    table = catalogues()[lang]
    template = table.get(code) or catalogues()[DEFAULT_LANGUAGE].get(code)
    values = {k: format_value(v, lang) for k, v in (params or {}).items() if not k.endswith("_key")}
    for k, v in (params or {}).items():  # a named catalogue entry, filled with the same parameters
        if k.endswith("_key"):
            nested = table.get(str(v), str(v))
            try:
                values[k] = nested.format(**values)
            except (KeyError, IndexError, ValueError):
                values[k] = nested
    if template is None:
        shown = ", ".join(f"{k}={v}" for k, v in values.items())
        return f"{code}: {shown}" if shown else code
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template
