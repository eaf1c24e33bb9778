"""Checked copies of a SQLite database through SQLite's online backup API, each database with its own.

A backup of ``plan.sqlite`` is ``backups/plan-<reason>-<YYYYmmdd-HHMMSS-ffffff>.sqlite``. Names are
read with a closed set of reasons (auto, manual, before-restore, before-restore-damaged, before-merge,
before-upgrade-<revision>), so a name says exactly whose backup it is: ``plan-2027.sqlite``'s
(``plan-2027-auto-…``) are never taken for ``plan.sqlite``'s, whatever the two names. The source
gets a full ``integrity_check`` first (a damaged file is refused, never copied over good backups) and
the copy gets one before it replaces its ``.part`` file, so every listed backup passed its check.
Retention is tiered: the newest 3, then the newest backup of each of the last 7 days, 4 weeks and 12
months; backups made before an upgrade or a restore ("before-…") are never rotated away. A backup
killed midway leaves ``.part``/``.part-journal`` files: the next backup of the same database removes
them once they are a minute old. The last full ``integrity_check`` of a database is remembered
(``last_full_check``: its newest backup, or a small memo file in ``backups/``), so opening checks a
file fully once a day. ``backup_owner`` recognises a backup file used as if it were the database.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import time
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path

from festival_planner.domain.errors import DatabaseError
from festival_planner.store import files
from festival_planner.store.paths import backup_dir
from festival_planner.store.sqlite_file import (
    connect_ro,
    damaged,
    first_problem,
    read_facts,
    refuse_unless_ours,
    translate,
)

STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
KEEP_LAST = 3
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
PROTECTED_PREFIX = "before-"
_STAMP = r"(?P<stamp>\d{8}-\d{6}-\d{6})"
# No reason ends in another reason ("before-upgrade-auto" is not a revision), so names never overlap.
_REASON = (r"(?P<reason>auto|manual|before-restore|before-restore-damaged|before-merge"
           r"|before-upgrade-(?!auto-|manual-)[0-9a-z]+)")


@dataclass(frozen=True)
class BackupFile:
    """One backup of a database, known from its name."""

    path: Path
    reason: str
    made_at: dt.datetime

    @property
    def protected(self) -> bool:
        """Made before an upgrade or a restore: kept outside the rotation."""
        return self.reason.startswith(PROTECTED_PREFIX)


def backup_name(db_path: Path, reason: str, when: dt.datetime) -> str:
    """The file name of a backup of ``db_path`` made ``when`` for ``reason`` (one of the known reasons)."""
    name = f"{db_path.stem}-{reason}-{when.strftime(STAMP_FORMAT)}.sqlite"
    if parse_backup_name(db_path, name) != (reason, when):
        raise ValueError(f"bad backup reason {reason!r}")
    return name


def parse_backup_name(db_path: Path, name: str) -> tuple[str, dt.datetime] | None:
    """(reason, made at) when ``name`` is a backup of ``db_path``, else None."""
    match = re.fullmatch(rf"{re.escape(db_path.stem)}-{_REASON}-{_STAMP}\.sqlite", name)
    if match is None:
        return None
    return match["reason"], dt.datetime.strptime(match["stamp"], STAMP_FORMAT)


def backups_of(db_path: Path) -> list[BackupFile]:
    """The backups of this database (and of no other), newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = parse_backup_name(db_path, path.name)
        if parsed is not None and path.is_file():
            found.append(BackupFile(path, *parsed))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def backup_owner(path: Path) -> Path | None:
    """The database whose backup ``path`` is (judged by its name in a ``backups`` folder), else None."""
    folder = path.parent
    match = re.fullmatch(rf"(?P<stem>.+?)-{_REASON}-{_STAMP}\.sqlite", path.name)
    if match is None or folder.name != "backups":
        return None
    home = folder.parent
    candidates = sorted(p for p in home.glob(glob_escape(match["stem"]) + ".*") if p.is_file())
    for candidate in candidates + [home / f"{match['stem']}.sqlite"]:
        if backup_dir(candidate) == folder and parse_backup_name(candidate, path.name) is not None:
            return candidate
    return None


def glob_escape(text: str) -> str:
    """``text`` with glob's special characters matched literally."""
    return re.sub(r"([*?\[])", r"[\1]", text)


CHECK_MEMO_SUFFIX = ".last-integrity-check"


def _check_memo(db_path: Path) -> Path:
    return backup_dir(db_path) / (db_path.name + CHECK_MEMO_SUFFIX)


def last_full_check(db_path: Path) -> dt.datetime | None:
    """When this database last passed a full ``integrity_check``: the newer of the memo beside its
    backups and its newest backup (every backup checks its source first), or None if never known."""
    found: list[dt.datetime] = [b.made_at for b in backups_of(db_path) if "damaged" not in b.reason][:1]
    try:
        found.append(dt.datetime.fromisoformat(_check_memo(db_path).read_text(encoding="ascii").strip()))
    except (OSError, ValueError):
        pass
    return max(found, default=None)


def checked_today(db_path: Path) -> bool:
    """Whether the database passed a full ``integrity_check`` today (see ``last_full_check``)."""
    last = last_full_check(db_path)
    return last is not None and last.date() == dt.date.today()


def remember_full_check(db_path: Path, when: dt.datetime | None = None) -> None:
    """Note that the database passed a full ``integrity_check`` (a small text file beside its backups;
    never the database itself). Failing to write it only means the check runs again next time."""
    memo = _check_memo(db_path)
    try:
        memo.parent.mkdir(parents=True, exist_ok=True)
        memo.write_text((when or dt.datetime.now()).isoformat(timespec="seconds"), encoding="ascii")
    except OSError:
        pass


def newest_good_backup(db_path: Path) -> Path | None:
    """The newest backup of ``db_path`` that still passes SQLite's ``quick_check`` (None if none does)."""
    for backup in backups_of(db_path):
        if backup_is_sound(backup.path, "quick_check"):
            return backup.path
    return None


def backup_is_sound(path: Path, check: str = "integrity_check") -> bool:
    """True when the backup file opens read-only and passes ``check``."""
    try:
        conn = connect_ro(path, immutable=True)
    except sqlite3.Error:
        return False
    try:
        return first_problem(conn, check) is None
    finally:
        conn.close()


def backup_sqlite(source: Path, destination: Path, *, source_conn: sqlite3.Connection | None = None) -> Path:
    """Copy ``source`` to ``destination`` through SQLite's backup API, checking both ends.

    The source's ``integrity_check`` and the copy run in one read transaction (one snapshot, WAL
    included). A damaged source raises DatabaseError("corrupt_database") before anything is written;
    a copy that fails its check, a full disk or any other error leaves no file behind."""
    if source_conn is None:
        # an empty, non-SQLite, headless, foreign or newer file is refused as it is
        refuse_unless_ours(read_facts(source, check=None))
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        src = source_conn if source_conn is not None else connect_ro(source)
    except (OSError, sqlite3.Error) as exc:
        raise translate(exc, destination.parent if isinstance(exc, OSError) else source) from exc
    tmp = destination.with_name(destination.name + ".part")
    try:
        src.execute("BEGIN")
        try:
            problem = first_problem(src, "integrity_check")
            if problem is not None:
                raise damaged("corrupt_database", source, problem)
            files.create_private(tmp)  # owner-only, like the database (SQLite keeps an existing file's mode)
            dst = files.connect(tmp)
            try:
                src.backup(dst)
                problem = first_problem(dst, "integrity_check")
            finally:
                dst.close()
        finally:
            src.execute("COMMIT")
        if problem is not None:
            raise DatabaseError("backup_failed_check", path=destination, reason=problem)
        files.fsync(tmp)
        tmp.replace(destination)
        files.fsync(destination.parent)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}-journal").unlink(missing_ok=True)
        if isinstance(exc, (sqlite3.Error, OSError)):
            raise translate(exc, destination if isinstance(exc, OSError) else source) from exc
        raise
    finally:
        if source_conn is None:
            src.close()
    return destination


PART_SUFFIXES = (".part", ".part-journal")
STALE_PART_AGE = 60.0  # seconds: a backup being written touches its .part far more often than this


def remove_stale_parts(db_path: Path, *, older_than: float = STALE_PART_AGE) -> list[Path]:
    """Delete the ``.part`` and ``.part-journal`` files an interrupted backup of THIS database left
    (a kill or a power cut between the copy and its rename); returns what was removed.

    Only names that are a backup of ``db_path`` plus one of those suffixes count (another database's
    backups in the same folder are not touched), and only when the file and its companion have not
    been written for ``older_than`` seconds: a backup still being made by another window or process
    keeps writing them. Only ``stat`` and ``unlink`` are used (no open: nothing's locks are touched)."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    limit = time.time() - older_than
    removed = []
    for path in sorted(folder.iterdir()):
        if not path.name.endswith(".part") or parse_backup_name(db_path, path.name[:-len(".part")]) is None:
            continue
        group = [path.with_name(path.name[:-len(".part")] + suffix) for suffix in PART_SUFFIXES]
        try:
            stamps = [p.stat().st_mtime for p in group if p.exists()]
        except OSError:
            continue
        if stamps and max(stamps) < limit:
            for part in group:
                if part.exists():
                    part.unlink(missing_ok=True)
                    removed.append(part)
    for journal in sorted(folder.glob("*.part-journal")):  # a journal whose .part is already gone
        base = journal.name[:-len(".part-journal")]
        if parse_backup_name(db_path, base) is not None and not journal.with_name(base + ".part").exists():
            try:
                if journal.stat().st_mtime < limit:
                    journal.unlink(missing_ok=True)
                    removed.append(journal)
            except OSError:
                continue
    return removed


def _newest_per(backups: Iterable[BackupFile], bucket: Callable[[BackupFile], Hashable], count: int) -> set[Path]:
    kept: dict[Hashable, Path] = {}
    for backup in backups:  # newest first: the first of each bucket is its newest
        key = bucket(backup)
        if key not in kept:
            if len(kept) == count:
                break
            kept[key] = backup.path
    return set(kept.values())


def to_delete(backups: list[BackupFile]) -> list[BackupFile]:
    """The backups that tiered retention lets go (``backups`` newest first; protected ones never)."""
    rotating = [b for b in backups if not b.protected]
    keep = {b.path for b in rotating[:KEEP_LAST]}
    keep |= _newest_per(rotating, lambda b: b.made_at.date(), KEEP_DAILY)
    keep |= _newest_per(rotating, lambda b: b.made_at.isocalendar()[:2], KEEP_WEEKLY)
    keep |= _newest_per(rotating, lambda b: (b.made_at.year, b.made_at.month), KEEP_MONTHLY)
    return [b for b in rotating if b.path not in keep]


def rotating_backup(db_path: Path, reason: str = "manual", *, now: dt.datetime | None = None,
                    source_conn: sqlite3.Connection | None = None) -> Path:
    """A checked backup in ``backups/`` beside the database, then tiered retention of its backups."""
    when = now or dt.datetime.now()
    target = backup_dir(db_path) / backup_name(db_path, reason, when)
    for stale in remove_stale_parts(db_path):
        import logging  # not at import: the command line's plain read imports this module

        logging.getLogger(__name__).info("Removed %s, left by a backup that was interrupted", stale)
    backup_sqlite(db_path, target, source_conn=source_conn)
    for old in to_delete(backups_of(db_path)):
        if old.path != target:
            old.path.unlink(missing_ok=True)
    return target


def backup_if_due(db_path: Path, every: dt.timedelta = dt.timedelta(days=1), *,
                  now: dt.datetime | None = None) -> Path | None:
    """The automatic daily backup: back up unless this database has a backup newer than ``every``."""
    if not db_path.exists():
        return None
    when = now or dt.datetime.now()
    backups = backups_of(db_path)
    if backups and when - backups[0].made_at < every:
        return None
    return rotating_backup(db_path, "auto", now=when)
