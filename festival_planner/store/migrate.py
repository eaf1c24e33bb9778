"""Alembic migrations, run programmatically (no alembic.ini): the app upgrades a file on open.

Reading the current revision needs no Alembic import, so a normal start-up stays light; importing
this module loads no SQLAlchemy either (``HEAD_REVISION`` is read by the plain-sqlite3 reads that come
before the ORM: the window's first paint, ``store.first_read``, and the CLI's ``sites list``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
HEAD_REVISION = "0008_field_kits"
_REVISION_LINE = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
VERSION_TABLE = "alembic_version"


def current_revision(conn: Connection) -> str | None:
    """The database's Alembic revision, or None for an empty (or foreign) database."""
    from sqlalchemy import inspect, text

    if VERSION_TABLE not in inspect(conn).get_table_names():
        return None
    return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def known_revisions() -> set[str]:
    """Revision ids that this version of the app knows (the ``revision = '…'`` line of each script)."""
    found = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        match = _REVISION_LINE.search(script.read_text(encoding="utf-8"))
        if match:
            found.add(match.group(1))
    return found


def alembic_config(engine: Engine, connection: Connection | None = None) -> Config:
    """An Alembic configuration for the packaged migrations, handing over ``connection``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser treats "%" specially: a path with Vietnamese letters is percent-encoded in the URL.
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database to ``revision`` in one transaction."""
    with engine.begin() as conn:
        upgrade_in(conn, revision)


def upgrade_in(conn: Connection, revision: str = "head") -> None:
    """Upgrade inside the transaction already open on ``conn`` (the caller commits or rolls back)."""
    from alembic import command

    command.upgrade(alembic_config(conn.engine, conn), revision)


def script_head() -> str:
    """The head revision according to the migration scripts (tests compare it with HEAD_REVISION)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()  # type: ignore[return-value]
