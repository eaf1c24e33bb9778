"""A database that lives only in memory: the field kit's working copy (nothing decrypted touches the disk).

``memory_database(image)`` gives a ``MemoryDatabase`` — the same two doors as a file (``read()``,
``write()``, ``perform()``: BEGIN IMMEDIATE, the change log, the change set) — on SQLite's ``memdb``
VFS: every pooled connection of the engine opens the same in-memory database by its name, with
SQLite's usual locks, so the window's thread and a background job can read and write as they would
a file (a writer waits for readers, like a file in rollback-journal mode: WAL needs a file). One
anchor connection keeps the database alive until ``close()``. It is filled from ``image``
(``serialize()`` bytes) or created at the current schema. ``after_write`` is called after every
committed write with the database (the working copy re-encrypts itself to its file there);
``image()`` is the whole database as bytes, taken under a read lock (never half a commit).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import event
from sqlalchemy.engine import URL, create_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from festival_planner.store import files, migrate
from festival_planner.store.database import BUSY_TIMEOUT_MS, WRITE_OPTION, Database, _database, _on_sqlite_begin


@dataclass
class MemoryDatabase(Database):
    """An in-memory ``Database``; ``after_write(self)`` runs after each committed write."""

    anchor: sqlite3.Connection | None = field(default=None, repr=False)
    after_write: Callable[[MemoryDatabase], None] | None = field(default=None, repr=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        with super().write() as session:
            yield session
        if self.after_write is not None:
            self.after_write(self)

    transaction = write

    def image(self) -> bytes:
        """The whole database as bytes (``sqlite3.Connection.serialize``), read under a shared lock."""
        assert self.anchor is not None
        self.anchor.execute("BEGIN")
        try:
            self.anchor.execute("SELECT count(*) FROM sqlite_master").fetchone()  # takes the read lock
            return self.anchor.serialize()
        finally:
            self.anchor.execute("COMMIT")

    def close(self) -> None:
        super().close()
        if self.anchor is not None:
            self.anchor.close()
            self.anchor = None


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys = ON")
    dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def memory_database(image: bytes | None = None) -> MemoryDatabase:
    """An in-memory database from ``image``, or a new one at the current schema (no gazetteer)."""
    name = f"/festival-planner-{uuid.uuid4().hex}"
    anchor = files.connect_memory(name, image, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        url = URL.create("sqlite+pysqlite")
        engine = create_engine(url, creator=lambda: files.connect_memory(name, timeout=BUSY_TIMEOUT_MS / 1000),
                               poolclass=QueuePool)  # one connection per session, as for a file
        event.listen(engine, "connect", _on_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        if image is None:
            with engine.execution_options(**{WRITE_OPTION: True}).connect() as conn, conn.begin():
                migrate.upgrade_in(conn)
    except BaseException:
        anchor.close()
        raise
    base = _database(url, engine)
    return MemoryDatabase(base.url, base.engine, base.session_factory, writer_factory=base.writer_factory,
                          anchor=anchor)
