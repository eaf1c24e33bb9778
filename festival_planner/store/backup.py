"""Consistent copies of a SQLite database through SQLite's online backup API, with rotation."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from festival_planner.store.paths import backup_dir

KEEP_BACKUPS = 20


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy ``source`` to ``destination`` safely, even while other connections use it (WAL included)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    tmp = destination.with_suffix(destination.suffix + ".part")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(destination)
    return destination


def rotating_backup(db_path: Path, reason: str = "manual", keep: int = KEEP_BACKUPS) -> Path:
    """Write ``backups/<name>-<reason>-<timestamp>.sqlite`` beside the database; keep the newest ``keep``."""
    folder = backup_dir(db_path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{reason}-{stamp}.sqlite"
    backup_sqlite(db_path, target)
    backups = sorted(folder.glob(f"{db_path.stem}-*.sqlite"), key=lambda p: p.stat().st_mtime)
    for old in backups[:-keep]:
        old.unlink(missing_ok=True)
    return target


def backup_if_due(db_path: Path, every: dt.timedelta = dt.timedelta(days=1)) -> Path | None:
    """The automatic daily backup: copy the database unless a backup newer than ``every`` exists."""
    if not db_path.exists():
        return None
    folder = backup_dir(db_path)
    newest = max((p.stat().st_mtime for p in folder.glob(f"{db_path.stem}-*.sqlite")), default=None)
    if newest is not None and dt.datetime.now().timestamp() - newest < every.total_seconds():
        return None
    return rotating_backup(db_path, "auto")
