"""Open a planner database: SQLite file (default) or a database URL, upgraded to the current schema.

Opening is the one place that creates, checks and upgrades a database. A SQLite file is identified
read-only first (``store.sqlite_file``: header, ``application_id``, schema revision, ``quick_check``);
a file that is refused — not SQLite, another application's, newer, damaged, empty — is never
written to, not even its journal mode. Only then does the engine turn on WAL, foreign keys, a busy
timeout and ``synchronous=FULL``. An older file is backed up, then upgraded, stamped with our
``application_id`` and given the gazetteer in ONE transaction. A file or folder without write rights
opens read-only (``Database.read_only``), and so does a backup file (with a notice: restore it). A
file not fully checked today gets ``integrity_check`` instead of ``quick_check`` before it is opened
for writing. A first creation killed before its first commit (a 0-byte file and its journal) is
recovered with a notice. ``Database.notices`` holds what opening did that the user should hear.

Two doors: writers use ``Database.write()`` (``BEGIN IMMEDIATE``: the write lock is taken first, so
two writers queue instead of failing with ``SQLITE_BUSY_SNAPSHOT``; afterwards
``changes_of(session)`` is the ``ChangeSet`` gathered from the change log; ``perform(call)``
returns the call's result with it; ``transaction`` is the older name of ``write``); readers use
``Database.read()`` (deferred: never the write lock, works on a read-only file). SQLite failures
that remain (busy, full disk, read-only, I/O error, damaged page) surface as ``DatabaseError``
codes from ``sqlite_file.translate``.

A server database (``postgresql+psycopg://…``, the team server) has the same schema and the same two
doors: its writers begin a plain READ COMMITTED transaction (``BEGIN IMMEDIATE`` is SQLite's), and the
rows' version columns make a concurrent edit of the same row fail with ``ConflictError`` (the second
UPDATE waits for the first's row lock, then finds the version it expected gone) instead of overwriting
it. A lost connection or a failure of the server becomes ``DatabaseError("server_failed")``.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, sessionmaker

from festival_planner.domain.changes import NOTES_KEY, UNRECORDED_TABLES, WROTE_KEY, ChangeSet
from festival_planner.domain.errors import DatabaseError, FestivalPlannerError
from festival_planner.store import files, migrate
from festival_planner.store.backup import (
    backup_if_due,
    backup_owner,
    backups_of,
    checked_today,
    newest_good_backup,
    remember_full_check,
    rotating_backup,
)
from festival_planner.store.sqlite_file import (
    APPLICATION_ID,
    CORRUPT_CODES,
    FileFacts,
    connect_ro,
    exclusive_connection,
    is_ours,
    read_facts,
    recover_interrupted_creation,
    refuse_unless_ours,
    translate,
)

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
BEGIN_ATTEMPTS = 4  # BEGIN IMMEDIATE tries (each waits up to the busy timeout) before "write_in_progress"
SERVER_CONNECT_TIMEOUT = 10  # seconds to reach a team server (PostgreSQL)
SYNCHRONOUS = "FULL"  # every commit is on disk when it returns (see README: durability)
WRITE_OPTION = "festival_planner_writer"  # execution option: this connection begins IMMEDIATE
_MAPPED_SQLITE_CODES = {"database_busy", "read_only", "io_error", "corrupt_database", "disk_full", "cannot_open"}

Progress = Callable[[int, int, str], None]
T = TypeVar("T")


def database_url(target: str | Path) -> URL:
    """A SQLAlchemy URL for a file path or a database URL (``postgresql+psycopg://...``)."""
    text_target = str(target)
    if not text_target.strip():
        raise DatabaseError("bad_url", url=text_target)
    if "://" in text_target:
        try:
            url = make_url(text_target)
        except (ArgumentError, ValueError) as exc:
            raise DatabaseError("bad_url", url=text_target) from exc
        name = (url.database or "").strip()
        if url.get_backend_name() == "sqlite" and (name in ("", ":memory:") or name.startswith("file::memory:")
                                                   or url.query.get("mode") == "memory"):
            raise DatabaseError("memory_database", url=text_target)  # would vanish when the command ends
        return url
    return URL.create("sqlite+pysqlite", database=str(Path(text_target).expanduser().resolve()))


@dataclass
class Database:
    """An open database: its engine, a reader and a writer session factory."""

    url: URL
    engine: Engine
    session_factory: sessionmaker[Session] = field(repr=False)
    backup_made: Path | None = None
    read_only: bool = False
    writer_factory: sessionmaker[Session] | None = field(default=None, repr=False)
    network_share: str | None = None  # the network file system the file lives on (SQLite's locks unreliable)
    # What opening did or found that the user should be told (the CLI prints each on stderr, the
    # window shows them in its status line): a recovered first creation, a backup opened read-only.
    notices: list[DatabaseError] = field(default_factory=list)
    write_refusal: DatabaseError | None = None  # why writes are refused, when not the usual "read_only"

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        if self.url.get_backend_name() == "sqlite" and self.url.database not in (None, "", ":memory:"):
            return Path(self.url.database)
        return None

    def session(self) -> Session:
        """A bare session (deferred transactions) for tests and tools; the app reads through ``read()``
        and writes through ``write()``."""
        return self.session_factory()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (deferred BEGIN): never the write lock, so it does not wait while
        another window or process writes (WAL). A flush of a change inside it is a programming error
        (``RuntimeError``), never a silent write. SQLite failures become DatabaseError."""
        with self._errors_mapped(), self.session_factory() as session:
            event.listen(session, "before_flush", _refuse_write)
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """The write door: one unit of writing (BEGIN IMMEDIATE, busy retries), committed on success and
        rolled back whole on any error; afterwards ``changes_of(session)`` is what it changed.

        The change set is gathered from the change log's records of this transaction (``domain.changes``):
        nothing declares it. A write that changes rows but records nothing is a bug: it raises
        ``UnrecordedWrite`` under the test suite and is logged otherwise.
        Raises DatabaseError("read_only") at once on a read-only database, ``write_in_progress`` when
        another write keeps the lock past the retries, and the codes of ``sqlite_file.translate``
        (database_busy, disk_full, io_error, corrupt_database, ...)."""
        if self.read_only:
            if self.write_refusal is not None:
                raise DatabaseError(self.write_refusal.code, **self.write_refusal.params)
            raise DatabaseError("read_only", path=self.path or "", reason="")
        factory = self.writer_factory or self.session_factory
        with self._errors_mapped(), factory() as session:
            with session.begin():
                yield session
                session.flush()
                _check_recorded(session)
            session.info[CHANGE_SET_KEY] = ChangeSet.of(session.info.pop(NOTES_KEY, []))

    transaction = write  # the same door under its older name

    def perform(self, call: Callable[[Session], T]) -> tuple[T, ChangeSet]:
        """Run ``call`` through the write door; its result and what it changed."""
        with self.write() as session:
            result = call(session)
        return result, changes_of(session)

    @contextmanager
    def _errors_mapped(self) -> Iterator[None]:
        try:
            yield
        except FestivalPlannerError:
            raise
        except (DBAPIError, sqlite3.Error) as exc:
            error = _sqlite_error(exc, self.path) if self.path is not None else _server_error(exc, self.url)
            if error is None:
                raise
            raise (with_backup_offer(error, self.path) if self.path else error) from exc

    def backup(self, reason: str = "manual") -> Path:
        """A checked backup of the SQLite file in ``backups/`` beside it (refused if the file is damaged)."""
        if self.path is None:
            raise DatabaseError("backup_unsupported")
        return rotating_backup(self.path, reason)

    def backup_if_due(self) -> Path | None:
        """The automatic daily backup of a SQLite file (None when not due or not a file)."""
        return backup_if_due(self.path) if self.path is not None else None

    def close(self) -> None:
        self.engine.dispose()


class UnrecordedWrite(RuntimeError):
    """A write changed rows without recording them in the change log (nobody would learn of it)."""


STRICT_CHANGES = os.environ.get("FESTIVAL_PLANNER_TESTING") == "1"
CHANGE_SET_KEY = "festival_planner.change_set"


def changes_of(session: Session) -> ChangeSet:
    """What the write of ``session`` changed (empty before it committed)."""
    return session.info.get(CHANGE_SET_KEY) or ChangeSet()


def _check_recorded(session: Session) -> None:
    wrote = set(session.info.get(WROTE_KEY, ())) - UNRECORDED_TABLES
    if wrote and not session.info.get(NOTES_KEY):
        message = f"a write changed {sorted(wrote)} without recording it in the change log"
        if STRICT_CHANGES:
            raise UnrecordedWrite(message)
        log.error(message)


def _note_flush(session: Session, _context: object) -> None:
    tables = session.info.setdefault(WROTE_KEY, set())
    for obj in (*session.new, *session.deleted, *(o for o in session.dirty if session.is_modified(o))):
        table = getattr(obj, "__tablename__", None)
        if table:
            tables.add(table)


def _note_statement(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        if table is not None:
            state.session.info.setdefault(WROTE_KEY, set()).add(table.name)


def _savepoint_started(session: Session, transaction: SessionTransaction) -> None:
    if transaction.nested:
        marks = session.info.setdefault(_MARKS_KEY, {})
        marks[id(transaction)] = (len(session.info.get(NOTES_KEY, ())), set(session.info.get(WROTE_KEY, ())))


def _savepoint_rolled_back(session: Session, previous: SessionTransaction) -> None:
    """What was noted inside a savepoint that rolled back (a dry run, a refused import) never happened."""
    if previous.nested:
        mark = session.info.get(_MARKS_KEY, {}).pop(id(previous), None)
        if mark is not None:
            notes, wrote = mark
            if NOTES_KEY in session.info:
                del session.info[NOTES_KEY][notes:]
            session.info[WROTE_KEY] = wrote


_MARKS_KEY = "festival_planner.savepoint_marks"


def _refuse_write(session: Session, _context: object, _instances: object) -> None:
    if session.new or session.deleted or any(session.is_modified(row) for row in session.dirty):
        raise RuntimeError("a change was flushed inside Database.read(); write through Database.write()")


def _sqlite_error(exc: BaseException, path: Path | None) -> DatabaseError | None:
    """The DatabaseError for a SQLite failure the user must act on (None: not one of those).

    A failure that SQLite answered by rolling the whole transaction back (I/O error, full disk, …)
    makes the clean-up after it fail too ("no such savepoint: sa_savepoint_1" when a savepoint is
    released or rolled back): the specific failure earlier in the exception's chain is the one to tell."""
    top = getattr(exc, "orig", None) or exc
    if not isinstance(top, sqlite3.Error) or isinstance(top, sqlite3.IntegrityError):
        return None
    found: list[DatabaseError] = []
    current: BaseException | None = exc
    for _ in range(16):  # the chain is short; bounded all the same
        if current is None:
            break
        original = getattr(current, "orig", None) or current
        if isinstance(original, sqlite3.Error) and not isinstance(original, sqlite3.IntegrityError):
            error = translate(original, path)
            if error.code in _MAPPED_SQLITE_CODES:
                found.append(error)
        current = current.__cause__ or current.__context__
    # "cannot_open" is SQLite's generic error (the failed clean-up); a specific cause behind it wins.
    return next((e for e in found if e.code != "cannot_open"), found[0] if found else None)


def _server_error(exc: BaseException, url: URL) -> DatabaseError | None:
    """The DatabaseError for a server failure the user must hear of (lost connection, server down or
    restarting, a deadlock it broke): nothing was saved. None for the rest (constraint violations are
    the services' business; a bug stays a bug)."""
    if isinstance(exc, OperationalError) or (isinstance(exc, DBAPIError) and exc.connection_invalidated):
        original = getattr(exc, "orig", None) or exc
        reason = (str(original).strip().splitlines() or [type(original).__name__])[0]
        return DatabaseError("server_failed", server=url.render_as_string(hide_password=True), reason=reason)
    return None


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy manage transactions (pysqlite's own handling breaks SAVEPOINT and DDL).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
    cursor.close()


def _on_sqlite_connect_read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys = ON")
    dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _is_busy(exc: OperationalError) -> bool:
    code = getattr(exc.orig, "sqlite_errorcode", 0) & 0xFF
    return code in (5, 6) or "locked" in str(exc.orig)


def _on_sqlite_begin(conn: Connection) -> None:
    """BEGIN IMMEDIATE for a writer (retried while another writer holds the lock), BEGIN for a reader.

    A writer still refused after every attempt gets ``write_in_progress``: another write (an import
    in another window or process) holds the lock, how long it waited, and that nothing was changed."""
    writer = bool(conn.get_execution_options().get(WRITE_OPTION))
    statement = "BEGIN IMMEDIATE" if writer else "BEGIN"
    started = time.monotonic()
    for attempt in range(BEGIN_ATTEMPTS):
        try:
            conn.exec_driver_sql(statement)
            return
        except OperationalError as exc:
            if not _is_busy(exc):
                raise
            if attempt == BEGIN_ATTEMPTS - 1:
                if not writer:
                    raise
                raise DatabaseError("write_in_progress", path=conn.engine.url.database or "",
                                    seconds=round(time.monotonic() - started)) from exc
            log.info("database busy at %s, attempt %d", statement, attempt + 1)
            time.sleep(0.05 * 2 ** attempt)


def make_engine(url: URL, *, read_only: bool = False) -> Engine:
    """An engine with the project's SQLite settings (WAL, foreign keys, busy timeout, synchronous FULL).

    ``read_only`` opens the file with ``?mode=ro`` and changes nothing in it (no WAL switch)."""
    if url.get_backend_name() == "sqlite":
        if read_only and url.database:
            path = Path(url.database)
            engine = create_engine(url, creator=lambda: connect_ro(path))
            event.listen(engine, "connect", _on_sqlite_connect_read_only)
        elif url.database:
            path = Path(url.database)
            engine = create_engine(url, creator=lambda: files.connect(path, timeout=BUSY_TIMEOUT_MS / 1000))
            event.listen(engine, "connect", _on_sqlite_connect)
        else:
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
            event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    try:
        if url.get_backend_name() == "postgresql" and "connect_timeout" not in url.query:
            # a server that does not answer is said after a few seconds, not after the system's TCP timeout
            return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": SERVER_CONNECT_TIMEOUT})
        return create_engine(url, pool_pre_ping=True)
    except (ModuleNotFoundError, ImportError) as exc:
        raise DatabaseError("driver_missing", driver=url.drivername) from exc


def _database(url: URL, engine: Engine, backup_made: Path | None = None, read_only: bool = False,
              network_share: str | None = None) -> Database:
    writer = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)
    event.listen(writer, "after_flush", _note_flush)
    event.listen(writer, "do_orm_execute", _note_statement)
    event.listen(writer, "after_transaction_create", _savepoint_started)
    event.listen(writer, "after_soft_rollback", _savepoint_rolled_back)
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False), backup_made, read_only, writer,
                    network_share)


def with_backup_offer(error: DatabaseError, path: Path) -> DatabaseError:
    """A damaged-file error carrying ``backup`` (newest good backup or None) and the advice to match."""
    if error.code == "not_sqlite" and path.is_file():
        # a plain file under the database's name (saved over it?): its backups are offered as well
        found = newest_good_backup(path)
        if found is not None:
            return DatabaseError("not_sqlite_backup", path=path, backup=found, offer_key="offer_backup")
    if error.code in CORRUPT_CODES:
        backup = newest_good_backup(path)
        error.params.setdefault("reason", "")
        error.params["backup"] = backup
        error.params["offer_key"] = "offer_backup" if backup else "offer_no_backup"
    return error


def _writable(path: Path) -> bool:
    """Whether SQLite can write the file and its -wal/-shm beside it (creating the folder if needed)."""
    if path.exists():
        return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError("unwritable_folder", path=path.parent, reason=exc.strerror) from exc
    if not os.access(path.parent, os.W_OK):
        raise DatabaseError("unwritable_folder", path=path.parent, reason=os.strerror(13))
    return True


def in_use_elsewhere(path: str | Path) -> bool:
    """Whether another connection (another window or process) has this database file of ours open.

    Uses SQLite's own locks: in WAL mode every open connection holds a SHARED lock on the file, so an
    EXCLUSIVE lock cannot be had while anyone has it open. Call it BEFORE this process opens the file
    (its own connections count too). False for files that are not ours, new or not writable."""
    file = Path(path).expanduser().resolve()
    try:
        facts = read_facts(file, check=None)
    except DatabaseError:
        return False
    if facts.is_blank or not is_ours(facts) or not _writable(file):
        return False
    try:
        exclusive_connection(file).close()
    except DatabaseError as exc:
        return exc.code == "database_in_use"
    return False


def _gazetteer_loaded(engine: Engine) -> bool:
    from festival_planner.store import gazetteer

    with Session(engine) as session:
        return gazetteer.is_loaded(session)


def _prepare(engine: Engine, facts: FileFacts, load_gazetteer: bool, progress: Progress | None) -> None:
    """Schema upgrade, application id and first gazetteer load: one write transaction, or none at all."""
    need_schema = facts.revision != migrate.HEAD_REVISION
    need_app_id = facts.application_id != APPLICATION_ID
    need_gazetteer = load_gazetteer and (need_schema or not _gazetteer_loaded(engine))
    if not (need_schema or need_app_id or need_gazetteer):
        return
    with engine.execution_options(**{WRITE_OPTION: True}).connect() as conn, conn.begin():
        if need_schema:
            migrate.upgrade_in(conn)
        if need_app_id:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        if need_gazetteer:
            from festival_planner.store import gazetteer

            with Session(bind=conn, join_transaction_mode="rollback_only") as session:
                if not gazetteer.is_loaded(session):
                    gazetteer.load(session, progress=progress)
                session.flush()


def _open_sqlite(url: URL, path: Path, load_gazetteer: bool, progress: Progress | None,
                 read_only: bool) -> Database:
    """``_open_sqlite_file`` with what comes before and after it: a backup file opens read-only with
    a word saying so, an interrupted first creation is recovered (with a notice), and a file not fully
    checked today gets ``integrity_check`` (not only ``quick_check``) before it is opened for writing."""
    owner = backup_owner(path)
    notices: list[DatabaseError] = []
    if owner is not None:  # working in a backup would fork the plan: view it, restore it to use it
        refusal = DatabaseError("backup_as_database", path=path, database=owner)
        try:
            database = _open_sqlite_file(url, path, load_gazetteer, progress, True)
        except DatabaseError as exc:
            if exc.code == "read_only_upgrade":
                raise refusal from exc
            raise
        database.write_refusal = refusal
        database.notices.append(refusal)
        return database
    if not read_only and not backups_of(path):  # with backups, an empty file is a lost plan: offer them
        # before any connection of this process to the file (plain file reads and renames)
        kept = recover_interrupted_creation(path)
        if kept:
            log.info("Set aside %s: the first creation of %s was interrupted", kept, path)
            notices.append(DatabaseError("creation_recovered", path=path, kept=kept))
    full_check = not read_only and path.is_file() and not checked_today(path)
    database = _open_sqlite_file(url, path, load_gazetteer, progress, read_only,
                                 check="integrity_check" if full_check else "quick_check")
    if full_check and not database.read_only:
        remember_full_check(path)
    if database.network_share:
        notices.append(DatabaseError("network_share", path=path, kind=database.network_share))
    database.notices.extend(notices)
    return database


def _open_sqlite_file(url: URL, path: Path, load_gazetteer: bool, progress: Progress | None,
                      read_only: bool, check: str = "quick_check") -> Database:
    try:
        facts = read_facts(path, check=check)
    except DatabaseError as exc:
        raise with_backup_offer(exc, path) from exc.__cause__
    refuse_unless_ours(facts)
    if not facts.exists:
        for orphan in files.set_aside_orphans(path):
            log.warning("Set aside %s: a journal left without its database file", orphan)
    share = files.network_share(path)
    if share:
        log.warning("%s is on a network file system (%s): SQLite's locks are not reliable there", path, share)
    if read_only or not _writable(path):
        if facts.is_blank or facts.revision != migrate.HEAD_REVISION:
            raise DatabaseError("read_only_upgrade", path=path)
        engine = make_engine(url, read_only=True)
        if load_gazetteer and not _gazetteer_loaded(engine):
            engine.dispose()
            raise DatabaseError("read_only_upgrade", path=path)
        return _database(url, engine, read_only=True, network_share=share)
    if not facts.exists:
        from festival_planner.store.output_file import check_portable_name

        check_portable_name(path)  # a new file's name must be one Windows takes (the plan is shared)
        files.create_private(path)  # owner-only; SQLite gives the -wal and -shm the same mode
    else:
        files.make_private(path)
    backup_made: Path | None = None
    if not facts.is_blank and facts.revision != migrate.HEAD_REVISION:
        revision = re.sub(r"[^0-9a-z]+", "", str(facts.revision).lower())
        reason = "before-upgrade-" + (revision if revision not in ("", "auto", "manual") else f"r{revision}")
        backup_made = rotating_backup(path, reason)
        log.info("Backed up %s to %s before upgrading from %s", path, backup_made, facts.revision)
    engine = make_engine(url)
    try:
        _prepare(engine, facts, load_gazetteer, progress)
    except BaseException:
        engine.dispose()
        raise
    return _database(url, engine, backup_made, network_share=share)


def open_database(target: str | Path, *, load_gazetteer: bool = True, progress: Progress | None = None,
                  read_only: bool = False) -> Database:
    """Open (creating or upgrading as needed) the database at ``target``: a file path or a URL.

    A SQLite file without write rights (or ``read_only=True``) opens read-only when it needs no
    upgrade. Refusals are DatabaseError codes; a damaged file's (``corrupt_database``,
    ``empty_file``) params carry ``backup``: the newest good backup or None."""
    url = database_url(target)
    path = Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
    try:
        if path is not None and str(path) != ":memory:":
            return _open_sqlite(url, path, load_gazetteer, progress, read_only)
        return _open_server(url, load_gazetteer, progress)
    except DatabaseError:
        raise
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        error = _sqlite_error(exc, path) if not isinstance(exc, OSError) else translate(exc, path)
        if error is not None:
            raise with_backup_offer(error, path) if path is not None else error from exc
        reason = getattr(exc, "orig", None) or exc
        raise DatabaseError("cannot_open", path=path or url.render_as_string(), reason=reason) from exc


def _open_server(url: URL, load_gazetteer: bool, progress: Progress | None) -> Database:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            current = migrate.current_revision(conn)
            has_tables = bool(inspect(conn).get_table_names())
        if current is None and has_tables:
            raise DatabaseError("foreign_database")
        if current is not None and current not in migrate.known_revisions():
            raise DatabaseError("newer_schema")
        facts = FileFacts(Path(), current is not None, APPLICATION_ID, current, frozenset())
        _prepare(engine, facts, load_gazetteer, progress)
    except BaseException:
        engine.dispose()
        raise
    return _database(url, engine)


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
