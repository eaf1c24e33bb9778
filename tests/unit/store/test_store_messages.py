"""Every error code the store raises has a Vietnamese and an English text that fills all its fields."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from festival_planner.domain.errors import DatabaseError
from festival_planner.domain.messages import catalogues, template_fields
from festival_planner.store import sqlite_file

STORE = Path(sqlite_file.__file__).parent


def _raised_codes() -> set[str]:
    codes: set[str] = set()
    for module in STORE.glob("*.py"):
        source = module.read_text(encoding="utf-8")
        codes |= set(re.findall(r'(?:DatabaseError|damaged)\(\s*"(\w+)"', source))
    codes |= set(sqlite_file._CODE_BY_SQLITE.values()) | set(sqlite_file._CODE_BY_ERRNO.values())
    return codes


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_store_code_has_a_text(language: str) -> None:
    codes = _raised_codes()
    assert {"corrupt_database", "database_in_use", "read_only", "disk_full", "backup_damaged"} <= codes
    assert sorted(codes - set(catalogues()[language])) == []


def test_a_translated_sqlite_error_fills_every_field_of_its_text() -> None:
    import sqlite3

    for code, exc in ((11, sqlite3.DatabaseError("database disk image is malformed")),
                      (13, sqlite3.OperationalError("database or disk is full")),
                      (5, sqlite3.OperationalError("database is locked")),
                      (8, sqlite3.OperationalError("attempt to write a readonly database"))):
        exc.sqlite_errorcode = code  # type: ignore[attr-defined]
        error = sqlite_file.translate(exc, Path("/data/plan.sqlite"))
        assert isinstance(error, DatabaseError)
        for language in ("vi", "en"):
            template = catalogues()[language][error.code]
            assert template_fields(template) <= set(error.params), (error.code, language)
            assert "{" not in error.text(language)
