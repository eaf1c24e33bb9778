"""One helper per rule: every text-length limit comes from ``domain.entry.TEXT_LIMITS`` and every
commune or province code is normalised by ``domain.values``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from festival_planner.domain.entry import TEXT_LIMITS, text_limit, text_limits
from festival_planner.domain.values import normal_commune_code, normal_province_code

PACKAGE = Path(__file__).resolve().parents[3] / "festival_planner"


def _calls(name: str) -> list[tuple[Path, ast.Call]]:
    found = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if called == name:
                    found.append((path, node))
    return found


def test_no_text_limit_is_written_at_a_call() -> None:
    """``clean_text(value, field, limit)`` takes its limit from the table, never a number."""
    calls = _calls("clean_text")
    assert len(calls) >= 5
    literal = [f"{path.relative_to(PACKAGE)}:{call.lineno}" for path, call in calls
               if len(call.args) >= 3 and isinstance(call.args[2], ast.Constant)]
    assert not literal, literal


def test_every_field_text_names_a_field_of_the_table() -> None:
    """``fields.text(value, field, noun)`` looks up ``noun.field``: every pair written is in the table."""
    missing = []
    for path, call in _calls("text"):
        if not (isinstance(call.func, ast.Attribute) and getattr(call.func.value, "id", "") == "fields"):
            continue
        field, noun = call.args[1], call.args[2]
        assert isinstance(field, ast.Constant) and isinstance(noun, ast.Constant), f"{path}:{call.lineno}"
        if f"{noun.value}.{field.value}" not in TEXT_LIMITS:
            missing.append(f"{path.relative_to(PACKAGE)}:{call.lineno} {noun.value}.{field.value}")
    assert not missing, missing


def test_no_code_is_padded_outside_the_helpers() -> None:
    padded = [f"{path.relative_to(PACKAGE)}:{call.lineno}" for path, call in _calls("zfill") + _calls("rjust")
              if path.name != "values.py"]
    assert not padded, padded


def test_limits_by_noun() -> None:
    assert text_limit("site.venue") == 300
    assert text_limits("site") == {"venue": 300, "host_unit": 300, "contact_name": 200, "contact_phone": 100,
                                   "notes": 10_000}
    with pytest.raises(KeyError):
        text_limit("site.nothing")


@pytest.mark.parametrize(("typed", "stored"), [("1234", "01234"), (" 30346 ", "30346"), ("Quảng Sơn", "Quảng Sơn"),
                                               ("", ""), ("١٢", "١٢")])
def test_commune_codes(typed: str, stored: str) -> None:
    assert normal_commune_code(typed) == stored


def test_province_codes() -> None:
    assert normal_province_code("1") == "01"
    assert normal_province_code(" 79 ") == "79"
    assert normal_province_code("hanoi") == "hanoi"
