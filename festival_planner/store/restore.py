"""Restore a database from one of its backups, safely: never by copying a file over it.

``list_backups`` describes each backup of a database (read-only, ``immutable``): when and why it was
made, its size, its campaigns with their site counts, and whether it passes ``quick_check``.
``restore`` takes SQLite's EXCLUSIVE lock on the live file (refused while any other window or process
has it open), keeps the current file aside as a "before-restore" backup, writes the backup INTO the
live file through SQLite's backup API — so a leftover ``-wal`` belongs to the live file and is never
replayed onto restored pages — checks it with ``integrity_check`` and checkpoints the WAL. The
caller closes its own ``Database`` on that file first and opens it again afterwards (an older
backup is then upgraded as usual, with its own before-upgrade backup).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from festival_planner.domain.errors import DatabaseError
from festival_planner.store import files, migrate
from festival_planner.store.backup import backup_name, backups_of, parse_backup_name, rotating_backup
from festival_planner.store.paths import backup_dir
from festival_planner.store.sqlite_file import (
    APPLICATION_ID,
    FileFacts,
    connect_ro,
    exclusive_connection,
    first_problem,
    one_line,
    read_facts,
    translate,
)


@dataclass(frozen=True)
class CampaignSummary:
    """A campaign (festival year) found in a backup, with its number of sites."""

    year: int
    name: str
    sites: int

    def to_json(self) -> dict[str, Any]:
        return {"year": self.year, "name": self.name, "sites": self.sites}


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, read without changing it. ``ok``: opens and passes its check."""

    path: Path
    made_at: dt.datetime | None
    size: int
    reason: str
    revision: str | None
    campaigns: tuple[CampaignSummary, ...]
    ok: bool
    problem: str = ""

    @property
    def protected(self) -> bool:
        """Made before an upgrade or a restore: never rotated away."""
        return self.reason.startswith("before-")

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "made_at": self.made_at.isoformat() if self.made_at else None,
                "size": self.size, "reason": self.reason, "schema_revision": self.revision,
                "campaigns": [c.to_json() for c in self.campaigns], "ok": self.ok, "problem": self.problem}


@dataclass(frozen=True)
class RestoreResult:
    """What ``restore`` did: the backup now in the database, and where the replaced file was kept."""

    database: Path
    restored: BackupInfo
    kept_aside: Path | None
    warning: DatabaseError | None = None  # the restore is in, but something after it did not happen

    def to_json(self) -> dict[str, Any]:
        warning = {"code": self.warning.code, "message": self.warning.message} if self.warning else None
        return {"database": str(self.database), "restored": self.restored.to_json(),
                "kept_aside": str(self.kept_aside) if self.kept_aside else None, "warning": warning}


def _campaigns(conn: sqlite3.Connection) -> tuple[CampaignSummary, ...]:
    rows = conn.execute("SELECT c.year, c.name, (SELECT count(*) FROM site s WHERE s.campaign_id = c.id) "
                        "FROM campaign c ORDER BY c.year").fetchall()
    return tuple(CampaignSummary(int(year), str(name), int(sites)) for year, name, sites in rows)


def describe_backup(path: Path, db_path: Path | None = None, check: str = "quick_check") -> BackupInfo:
    """A backup's facts; ``ok`` is False when it cannot be read, is not ours or fails ``check``."""
    parsed = parse_backup_name(db_path, path.name) if db_path is not None else None
    reason, made_at = parsed if parsed else ("", None)
    size = path.stat().st_size if path.is_file() else 0
    revision: str | None = None
    campaigns: tuple[CampaignSummary, ...] = ()
    try:
        conn = connect_ro(path, immutable=True)
    except sqlite3.Error as exc:
        return BackupInfo(path, made_at, size, reason, None, (), False, one_line(str(exc)))
    try:
        problem = first_problem(conn, check)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" in tables:
            revision = (conn.execute("SELECT version_num FROM alembic_version").fetchone() or (None,))[0]
        if problem is None and app_id not in (0, APPLICATION_ID):
            problem = "not_ours"
        elif problem is None and revision not in migrate.known_revisions():
            problem = "newer_schema" if revision is not None and app_id == APPLICATION_ID else "not_ours"
        if problem is None:
            campaigns = _campaigns(conn)
    except sqlite3.Error as exc:
        problem = one_line(str(exc))
    finally:
        conn.close()
    return BackupInfo(path, made_at, size, reason, revision, campaigns, problem is None, problem or "")


def list_backups(db_path: str | Path) -> list[BackupInfo]:
    """The backups of this database (none of another's), newest first, each described read-only."""
    path = Path(db_path).expanduser().resolve()
    return [describe_backup(b.path, path) for b in backups_of(path)]


def _check_backup(backup: Path, db_path: Path) -> BackupInfo:
    if not backup.is_file():
        raise DatabaseError("backup_missing", path=backup)
    info = describe_backup(backup, db_path, check="integrity_check")
    if info.problem == "not_ours":
        raise DatabaseError("backup_not_ours", path=backup)
    if info.problem == "newer_schema":
        raise DatabaseError("backup_newer", path=backup)
    if not info.ok:
        raise DatabaseError("backup_damaged", path=backup, reason=info.problem)
    return info


def _keep_damaged_aside(db_path: Path) -> Path:
    """Raw copy of a damaged file (and its -wal) into backups/: SQLite cannot copy what it cannot read.

    Only while this process has no connection to the file (``files.copy_raw`` refuses otherwise)."""
    target = backup_dir(db_path) / backup_name(db_path, "before-restore-damaged", dt.datetime.now())
    target.parent.mkdir(parents=True, exist_ok=True)
    files.copy_raw(db_path, target)
    wal = Path(f"{db_path}-wal")
    if wal.exists():
        files.copy_raw(wal, Path(f"{target}-wal"))
    files.make_private(target)
    return target


def _fresh_lock(db_path: Path) -> sqlite3.Connection:
    """The damaged file is kept aside: remove it and lock a new, empty file of the same name."""
    files.remove_database(db_path)
    files.create_private(db_path)
    return exclusive_connection(db_path)


def _lock_live(db_path: Path) -> tuple[sqlite3.Connection, Path | None]:
    """The live file under an EXCLUSIVE lock, and where its current content was kept (None: nothing to keep).

    A damaged file is copied aside byte for byte BEFORE any connection of this process opens it, or
    after the one that found the damage is closed: a plain copy while SQLite holds the file would
    drop this process's locks (see ``store.files``)."""
    facts: FileFacts | None
    try:
        facts = read_facts(db_path, check=None)
    except DatabaseError as exc:
        if exc.code == "empty_file":
            db_path.unlink()  # an empty file holds nothing to keep
            facts = FileFacts(db_path, exists=False)
        elif exc.code == "corrupt_database" or (exc.code == "not_sqlite" and backups_of(db_path)):
            facts = None  # damaged beyond reading its header: kept aside byte for byte below
        else:
            raise
    if facts is not None and not facts.is_blank and (
            facts.application_id not in (0, APPLICATION_ID) or facts.revision is None):
        raise DatabaseError("foreign_database")
    files.set_aside_orphans(db_path)  # a -wal without its file must not be replayed
    if facts is None:
        aside = _keep_damaged_aside(db_path)
        try:
            return exclusive_connection(db_path), aside
        except DatabaseError as exc:
            if exc.code != "corrupt_database":
                raise
            return _fresh_lock(db_path), aside  # SQLite cannot even lock it: start from a new file
    try:
        live = exclusive_connection(db_path)
    except DatabaseError as exc:
        if exc.code != "corrupt_database":
            raise
        aside = _keep_damaged_aside(db_path)  # no connection of ours is open: the copy is safe
        return _fresh_lock(db_path), aside
    if facts.is_blank:
        return live, None
    try:
        return live, rotating_backup(db_path, "before-restore", source_conn=live)
    except DatabaseError as exc:
        live.close()
        if exc.code != "corrupt_database":
            raise
    aside = _keep_damaged_aside(db_path)  # after closing ours: nobody of this process holds it now
    return exclusive_connection(db_path), aside


def _put_back(aside: Path | None, live: sqlite3.Connection) -> None:
    """After a failed restore, write the kept-aside content back (when it was a checked backup)."""
    if aside is None or "damaged" in aside.name:
        return
    source = connect_ro(aside, immutable=True)
    try:
        source.backup(live)
    finally:
        source.close()


def restore(db_path: str | Path, backup_path: str | Path) -> RestoreResult:
    """Write ``backup_path`` into the database at ``db_path`` (see the module text); what was restored.

    Refusals (DatabaseError): backup_missing, backup_damaged, backup_not_ours, backup_newer,
    database_in_use (open in another window or process), foreign_database, restore_failed,
    disk_full / io_error / read_only."""
    live_path = Path(db_path).expanduser().resolve()
    backup = Path(backup_path).expanduser().resolve()
    info = _check_backup(backup, live_path)
    live_path.parent.mkdir(parents=True, exist_ok=True)
    live, aside = _lock_live(live_path)
    try:
        source = connect_ro(backup, immutable=True)
        try:
            source.backup(live)
        finally:
            source.close()
        problem = first_problem(live, "integrity_check")
        if problem is not None:
            _put_back(aside, live)
            raise DatabaseError("restore_failed", path=live_path, reason=problem)
        warning = _checkpoint(live, live_path)
    except sqlite3.Error as exc:
        raise translate(exc, live_path) from exc
    finally:
        live.close()
    return RestoreResult(live_path, info, aside, warning)


def _checkpoint(live: sqlite3.Connection, live_path: Path) -> DatabaseError | None:
    """Fold the WAL into the file; a failure here (a full disk, say) is a warning, not a failed restore.

    The restored pages are committed in the WAL by then (durable, and read by every connection), so
    the restore happened; SQLite checkpoints at the next opportunity."""
    try:
        live.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        return DatabaseError("restore_checkpoint_deferred", path=live_path, reason=one_line(str(exc)))
    return None
