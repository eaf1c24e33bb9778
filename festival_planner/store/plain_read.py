"""Reading a plan's file with plain ``sqlite3``, where loading SQLAlchemy would cost more than the read.

Two readers do it: the window's first screen (``store.first_read``: the last plan's sites, painted
before the ORM loads) and ``sites list --json`` (``services.site_overview_sqlite``). They share here
the one question both must ask first — is this a current Festival Planner file, one the ORM path
would open without upgrading it (our application id, the schema at the head revision) — and the
parsing of the values SQLAlchemy would have parsed (ISO dates and times, JSON lists). Anything else
is each reader's own: the CLI also asks that the file was checked today, is no backup and no network
share (it prints the final answer); the first screen is repainted by the real window moments later.

No SQLAlchemy, Qt or geo import here: that is the point.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

from festival_planner.domain.errors import DatabaseError
from festival_planner.store.migrate import HEAD_REVISION
from festival_planner.store.sqlite_file import is_ours, read_facts


def is_current(path: Path) -> bool:
    """Whether ``path`` is a Festival Planner file at the head schema revision (no check of its pages:
    the ordinary open does that). Any file that is not — missing, blank, another application's, older or
    newer, unreadable, not a database — gives False, never an error."""
    try:
        facts = read_facts(path, check=None)
    except (DatabaseError, sqlite3.Error, OSError):
        return False
    return facts.exists and not facts.is_blank and is_ours(facts) and facts.revision == HEAD_REVISION


def journal_beside(path: Path) -> bool:
    """A ``-wal`` or ``-journal`` beside the file: somebody may be writing it (never read it immutable)."""
    return Path(f"{path}-wal").exists() or Path(f"{path}-journal").exists()


def iso_date(text: str | None) -> dt.date | None:
    """A date column as SQLAlchemy's SQLite dialect stores it ("2026-05-17"), or NULL."""
    return None if text is None else dt.date.fromisoformat(text)


def iso_time(text: str | None) -> dt.time | None:
    """A time column ("08:00:00.000000"), or NULL."""
    return None if text is None else dt.time.fromisoformat(text)


def json_value(text: str | None) -> Any:
    """A JSON column, or NULL."""
    return None if text is None else json.loads(text)


def real(value: Any) -> float | None:
    """A float column, or NULL."""
    return None if value is None else float(value)
