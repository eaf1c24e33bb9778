"""A database that lives only in memory: the field kit's working copy (nothing decrypted touches the disk).

``memory_database(image)`` gives a ``MemoryDatabase`` — the same two doors as a file (``read()``,
``write()``, ``perform()``: BEGIN IMMEDIATE, the change log, the change set), on one SQLite connection
held by a ``StaticPool``, filled from ``image`` (``sqlite3`` ``serialize()`` bytes) or created at the
current schema. ``after_write`` is called after every committed write with the database (the working
copy re-encrypts itself to its file there); ``image()`` is the whole database as bytes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import event
from sqlalchemy.engine import URL, create_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from festival_planner.store import files, migrate
from festival_planner.store.database import WRITE_OPTION, Database, _database, _on_sqlite_begin


@dataclass
class MemoryDatabase(Database):
    """An in-memory ``Database``; ``after_write(self)`` runs after each committed write."""

    connection: sqlite3.Connection | None = field(default=None, repr=False)
    after_write: Callable[[MemoryDatabase], None] | None = field(default=None, repr=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        with super().write() as session:
            yield session
        if self.after_write is not None:
            self.after_write(self)

    transaction = write

    def image(self) -> bytes:
        """The whole database as bytes (``sqlite3.Connection.serialize``)."""
        assert self.connection is not None
        return self.connection.serialize()

    def close(self) -> None:
        super().close()
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys = ON")


def memory_database(image: bytes | None = None) -> MemoryDatabase:
    """An in-memory database from ``image``, or a new one at the current schema (no gazetteer)."""
    connection = files.connect_memory(image)
    url = URL.create("sqlite+pysqlite")
    engine = create_engine(url, creator=lambda: connection, poolclass=StaticPool)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    if image is None:
        with engine.execution_options(**{WRITE_OPTION: True}).connect() as conn, conn.begin():
            migrate.upgrade_in(conn)
    base = _database(url, engine)
    return MemoryDatabase(base.url, base.engine, base.session_factory, writer_factory=base.writer_factory,
                          connection=connection)
