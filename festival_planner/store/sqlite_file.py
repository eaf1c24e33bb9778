"""Facts about a SQLite file read without writing a byte, SQLite's own locks, and SQLite errors as codes.

Everything here opens files read-only (``?mode=ro``; backups also ``immutable=1``) so that a file can
be identified — ours, another application's, newer, damaged — before anything may write to it.
``exclusive_connection`` takes SQLite's EXCLUSIVE lock on a file of ours: while any other connection
(any process) has the file open it fails at once, which is how "open elsewhere" is detected.
Every connection and every plain-file touch goes through ``store.files`` (the file rule): the
header is read with plain I/O only while this process has no connection to the file.
"""

from __future__ import annotations

import errno
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from festival_planner.domain.errors import DatabaseError
from festival_planner.store import files, migrate

APPLICATION_ID = 0x46504C4E  # "FPLN" in the SQLite header of every Festival Planner database
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
CORRUPT_CODES = frozenset({"corrupt_database", "empty_file"})

# SQLite primary result codes (sqlite3.h) and what they mean for the user.
_CODE_BY_SQLITE = {
    5: "database_busy",      # SQLITE_BUSY
    6: "database_busy",      # SQLITE_LOCKED
    8: "read_only",          # SQLITE_READONLY
    10: "io_error",          # SQLITE_IOERR
    11: "corrupt_database",  # SQLITE_CORRUPT
    13: "disk_full",         # SQLITE_FULL
    14: "cannot_open",       # SQLITE_CANTOPEN
    23: "read_only",         # SQLITE_AUTH
    26: "corrupt_database",  # SQLITE_NOTADB
}
_CODE_BY_ERRNO = {
    errno.ENOSPC: "disk_full", errno.EDQUOT: "disk_full", errno.EFBIG: "disk_full",
    errno.EROFS: "read_only", errno.EACCES: "read_only", errno.EPERM: "read_only", errno.EIO: "io_error",
}


@dataclass(frozen=True)
class FileFacts:
    """What a SQLite file is, read without changing it."""

    path: Path
    exists: bool
    application_id: int = 0
    revision: str | None = None
    tables: frozenset[str] = frozenset()

    @property
    def is_blank(self) -> bool:
        """No file yet, or a SQLite file without tables (ours to create)."""
        return not self.exists or (not self.tables and self.application_id in (0, APPLICATION_ID))


def is_ours(facts: FileFacts) -> bool:
    """Made by Festival Planner: our application id, or (older files) a schema revision we know."""
    return facts.application_id == APPLICATION_ID or (
        facts.application_id == 0 and facts.revision in migrate.known_revisions())


def refuse_unless_ours(facts: FileFacts) -> None:
    """Refuse another application's database or a newer schema (nothing is written to the file)."""
    if facts.is_blank:
        return
    if facts.application_id not in (0, APPLICATION_ID) or facts.revision is None:
        raise DatabaseError("foreign_database")
    if facts.revision not in migrate.known_revisions():
        # Only a file stamped "FPLN" can come from a newer Festival Planner (every version that knows
        # more revisions than this one stamps its files); another app's Alembic table is not ours.
        raise DatabaseError("newer_schema" if facts.application_id == APPLICATION_ID else "foreign_database")


def connect_ro(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A read-only connection; in a folder without write rights a file with no ``-wal`` opens immutable."""
    try:
        return _connect_checked(path, immutable)
    except sqlite3.OperationalError:
        if immutable or Path(f"{path}-wal").exists():
            raise
        return _connect_checked(path, True)  # read-only folder: SQLite cannot create the -shm


def _connect_checked(path: Path, immutable: bool) -> sqlite3.Connection:
    conn = files.connect(path, read_only=True, immutable=immutable)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _check_header(path: Path) -> None:
    """Plain checks of the first 100 bytes, only while this process has no connection to the file.

    While it has one, the file was identified when that connection opened, and SQLite's own reads
    (``_read_facts``) refuse anything that is no longer a database."""
    if path.is_dir():
        raise DatabaseError("is_directory", path=path)
    if files.is_open_here(path):
        return
    try:
        head = files.read_header(path, HEADER_SIZE)
    except files.FileRuleError:
        return  # a connection opened meanwhile: identify through SQLite only
    except OSError as exc:
        raise DatabaseError("unreadable", path=path, reason=exc.strerror) from exc
    if not head:
        raise damaged("empty_file", path)
    if not head.startswith(SQLITE_MAGIC[: len(head)]) or len(head) < len(SQLITE_MAGIC):
        raise DatabaseError("not_sqlite", path=path)
    if len(head) < HEADER_SIZE:
        raise damaged("corrupt_database", path, "header")


def _journal_beside(path: Path) -> bool:
    return Path(f"{path}-wal").exists() or Path(f"{path}-journal").exists()


def read_facts(path: Path, *, check: str | None = "quick_check", immutable: bool = False) -> FileFacts:
    """Identify ``path`` read-only; with ``check`` ("quick_check" or "integrity_check") refuse a damaged file.

    A file with no -wal or -journal beside it is read ``immutable`` (SQLite then creates no -shm or
    -wal either: the folder stays as it was). Raises DatabaseError: is_directory, unreadable,
    empty_file, not_sqlite, corrupt_database."""
    if not path.exists():
        return FileFacts(path, exists=False)
    _check_header(path)
    if immutable or not _journal_beside(path):
        try:
            return _read_facts(path, check, immutable=True)
        except DatabaseError as exc:
            if immutable or exc.code != "corrupt_database" or not _journal_beside(path):
                raise  # (a writer that appeared meanwhile: read again with its journal)
    return _read_facts(path, check, immutable=False)


def _read_facts(path: Path, check: str | None, immutable: bool) -> FileFacts:
    try:
        conn = connect_ro(path, immutable=immutable)
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = frozenset(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
        if check:
            verdict = first_problem(conn, check)
            if verdict is not None:
                raise damaged("corrupt_database", path, verdict)
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    finally:
        conn.close()
    return FileFacts(path, True, app_id, revision, tables)


JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")  # the first bytes of a rollback journal's header
_LOCK_BYTES = (0x40000000, 512)  # SQLite's PENDING, RESERVED and SHARED lock bytes (os_unix.c)


def recover_interrupted_creation(path: Path) -> list[Path]:
    """Undo a first creation of ``path`` that was killed before it committed anything; returns the
    journals (and header-less file) set aside, [] when there was nothing to do or it was not safe.

    A kill during the very first write transaction leaves a 0-byte (or header-less) file beside a
    ``-journal``. Such a file never held a committed byte, so it may be created anew — but only when
    the journal can restore nothing but emptiness (its header says the file had 0 pages, or it has no
    valid header at all, so SQLite would never replay it), there is no ``-wal`` (SQLite writes page 1
    before it ever writes a WAL, so a WAL beside an empty file is not a creation) and no other process
    holds SQLite's locks on the file (someone creating it right now). The journal (and a header-less
    file) is renamed with a stamp, never deleted; a stray -shm and a 0-byte file are removed. The
    caller decides whether the file can be a first creation at all (``database``: no backups of it).

    Plain file reads, a lock probe and renames: call it only BEFORE this process opens any SQLite
    connection to ``path`` (closing a descriptor of a file drops every POSIX lock this process holds
    on it)."""
    try:
        size = path.stat().st_size if path.is_file() else HEADER_SIZE
    except OSError:
        return []
    journal, wal, shm = (Path(f"{path}{suffix}") for suffix in ("-journal", "-wal", "-shm"))
    if size >= HEADER_SIZE or not journal.exists() or wal.exists() or files.is_open_here(path):
        return []
    try:
        if size and not _header_prefix(files.read_header(path, HEADER_SIZE)):
            return []  # some other short file: refused as it is
        if not _journal_restores_nothing(journal):
            return []  # the journal holds the pages of a file that had content: SQLite's to replay
        if _locked_by_another_process(path):
            return []
    except (OSError, files.FileRuleError):
        return []
    stamp = time.strftime("%Y%m%d-%H%M%S")
    moved = []
    try:
        for leftover in (journal, path) if size else (journal,):
            target = Path(f"{leftover}.orphan-{stamp}")
            leftover.replace(target)
            moved.append(target)
        shm.unlink(missing_ok=True)
        if not size:
            path.unlink()  # 0 bytes: nothing to keep
    except OSError:
        return moved  # (Windows: the file is open elsewhere) the open then refuses the file as before
    return moved


def _header_prefix(head: bytes) -> bool:
    """Whether ``head`` (a file shorter than a header) is the start of a SQLite header."""
    return head[: len(SQLITE_MAGIC)] == SQLITE_MAGIC[: len(head)]


def _journal_restores_nothing(journal: Path) -> bool:
    """Whether replaying this rollback journal could give back nothing but an empty file."""
    header = files.read_header(journal, 28)
    if len(header) < 28 or header[:8] != JOURNAL_MAGIC:
        return True  # SQLite replays no journal without a complete, valid header
    return int.from_bytes(header[16:20], "big") == 0  # the file's size in pages before the transaction


def _locked_by_another_process(path: Path) -> bool:
    """Whether another process holds one of SQLite's locks on ``path`` (``files.locked_elsewhere``)."""
    return files.locked_elsewhere(path, *_LOCK_BYTES)


def first_problem(conn: sqlite3.Connection, check: str = "integrity_check") -> str | None:
    """None when SQLite's ``quick_check``/``integrity_check`` says ok, else its first complaint."""
    if check not in ("quick_check", "integrity_check"):
        raise ValueError(check)
    try:
        rows = conn.execute(f"PRAGMA {check}(5)").fetchall()
    except sqlite3.DatabaseError as exc:
        return one_line(str(exc))
    return None if rows == [("ok",)] else one_line("; ".join(str(r[0]) for r in rows))


def one_line(text: str) -> str:
    """SQLite's text on one line: its check reports come as "*** in database main ***" plus a newline
    and the complaint, and every message the app shows (CLI errors above all) is one line."""
    return " ".join(text.split())


def exclusive_connection(path: Path, *, timeout: float = 0.0) -> sqlite3.Connection:
    """A connection holding SQLite's EXCLUSIVE lock on ``path`` until it is closed.

    In WAL mode every open connection (any process) keeps a SHARED lock on the file, so this fails
    with DatabaseError("database_in_use") while the file is open anywhere else. Use it only on files
    identified as ours: closing the connection checkpoints the WAL into the file."""
    conn = files.connect(path, timeout=timeout)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("COMMIT")  # the lock stays: exclusive locking mode never releases it
    except sqlite3.Error as exc:
        conn.close()
        error = translate(exc, path)
        if error.code == "database_busy":
            raise DatabaseError("database_in_use", path=path) from exc
        raise error from exc
    return conn


def damaged(code: str, path: Path, reason: str = "") -> DatabaseError:
    """A damaged-file error (``corrupt_database`` or ``empty_file``) advising a restore in general;
    ``database.with_backup_offer`` names the newest good backup."""
    return DatabaseError(code, path=path, reason=reason, backup=None, offer_key="offer_restore")


def translate(exc: BaseException, path: Path | str | None = None) -> DatabaseError:
    """The DatabaseError for a SQLite (or SQLAlchemy-wrapped) error or an OSError, with what to do."""
    original = getattr(exc, "orig", None) or exc
    reason = one_line(str(original))
    code = "cannot_open"
    if isinstance(original, sqlite3.Error):
        primary = (getattr(original, "sqlite_errorcode", None) or 0) & 0xFF
        code = _CODE_BY_SQLITE.get(primary, code)
        if primary == 0 and "locked" in reason:
            code = "database_busy"
        elif primary == 0 and ("malformed" in reason or "not a database" in reason):
            code = "corrupt_database"
    elif isinstance(original, OSError):
        code = _CODE_BY_ERRNO.get(original.errno or 0, code)
        reason = original.strerror or reason
    if code in CORRUPT_CODES:
        return damaged(code, Path(path or ""), reason)
    return DatabaseError(code, path=path if path is not None else "", reason=reason)

