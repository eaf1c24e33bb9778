"""Open a planner database: SQLite file (default) or a database URL, upgraded to the current schema.

Opening is the one place that creates, checks and upgrades a database: it backs up an older file
before migrating it, turns on WAL, foreign keys and a busy timeout for SQLite, and loads the
official gazetteer the first time.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from festival_planner.domain.errors import DatabaseError
from festival_planner.store import migrate
from festival_planner.store.backup import backup_if_due, rotating_backup

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
SQLITE_MAGIC = b"SQLite format 3\x00"

Progress = Callable[[int, int, str], None]


def database_url(target: str | Path) -> URL:
    """A SQLAlchemy URL for a file path or a database URL (``postgresql+psycopg://...``)."""
    text_target = str(target)
    if "://" in text_target:
        try:
            return make_url(text_target)
        except (ArgumentError, ValueError) as exc:
            raise DatabaseError("bad_url", url=text_target) from exc
    return URL.create("sqlite+pysqlite", database=str(Path(text_target).expanduser().resolve()))


@dataclass
class Database:
    """An open database: its engine and a session factory."""

    url: URL
    engine: Engine
    session_factory: sessionmaker[Session] = field(repr=False)
    backup_made: Path | None = None

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        if self.url.get_backend_name() == "sqlite" and self.url.database not in (None, "", ":memory:"):
            return Path(self.url.database)
        return None

    def session(self) -> Session:
        return self.session_factory()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back everything on any error."""
        with self.session_factory() as session, session.begin():
            yield session

    def backup(self, reason: str = "manual") -> Path:
        """A rotating backup of the SQLite file beside it."""
        if self.path is None:
            raise DatabaseError("backup_unsupported")
        return rotating_backup(self.path, reason)

    def backup_if_due(self) -> Path | None:
        """The automatic daily backup of a SQLite file (None when not due or not a file)."""
        return backup_if_due(self.path) if self.path is not None else None

    def close(self) -> None:
        self.engine.dispose()


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy manage transactions (pysqlite's own handling breaks SAVEPOINT and DDL).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _on_sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def _check_sqlite_file(path: Path) -> None:
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseError("is_directory", path=path)
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise DatabaseError("unreadable", path=path, reason=exc.strerror) from exc
    if head and head != SQLITE_MAGIC:
        raise DatabaseError("not_sqlite", path=path)


def make_engine(url: URL) -> Engine:
    """An engine with the project's SQLite settings (WAL, foreign keys, busy timeout)."""
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except (ModuleNotFoundError, ImportError) as exc:
        raise DatabaseError("driver_missing", driver=url.drivername) from exc


def open_database(target: str | Path, *, load_gazetteer: bool = True,
                  progress: Progress | None = None) -> Database:
    """Open (creating or upgrading as needed) the database at ``target``: a file path or a URL."""
    url = database_url(target)
    path: Path | None = None
    if url.get_backend_name() == "sqlite" and url.database:
        path = Path(url.database)
        _check_sqlite_file(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError("unwritable_folder", path=path.parent, reason=exc.strerror) from exc
    engine = make_engine(url)
    backup_made: Path | None = None
    try:
        with engine.connect() as conn:
            current = migrate.current_revision(conn)
            has_tables = bool(inspect(conn).get_table_names())
        if current != migrate.HEAD_REVISION:
            if current is None and has_tables:
                raise DatabaseError("foreign_database")
            if current is not None and current not in migrate.known_revisions():
                raise DatabaseError("newer_schema")
            if current is not None and path is not None:
                engine.dispose()
                backup_made = rotating_backup(path, f"before-upgrade-{current}")
                log.info("Backed up %s to %s before upgrading from %s", path, backup_made, current)
            migrate.upgrade(engine)
        database = Database(url, engine, sessionmaker(engine, expire_on_commit=False), backup_made)
        if load_gazetteer:
            from festival_planner.store import gazetteer

            with database.transaction() as session:
                if not gazetteer.is_loaded(session):
                    gazetteer.load(session, progress=progress)
        return database
    except DatabaseError:
        engine.dispose()
        raise
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        engine.dispose()
        reason = getattr(exc, "orig", None) or exc
        raise DatabaseError("cannot_open", path=path or url.render_as_string(), reason=reason) from exc


def schema_tables(engine: Engine) -> list[str]:
    """Table names in the database (for checks and tests)."""
    with engine.connect() as conn:
        return sorted(inspect(conn).get_table_names())


def integrity_ok(engine: Engine) -> bool:
    """SQLite's own integrity check (True for other backends)."""
    if engine.url.get_backend_name() != "sqlite":
        return True
    with engine.connect() as conn:
        return conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
