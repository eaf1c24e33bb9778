"""Backups: each database has its own, every kept backup passed its check, tiered retention keeps
before-upgrade backups outside the rotation, and a full disk leaves no ``.part`` behind."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from festival_planner.domain.errors import DatabaseError
from festival_planner.store import backup as backup_module
from festival_planner.store.backup import (
    BackupFile,
    backup_if_due,
    backups_of,
    newest_good_backup,
    parse_backup_name,
    rotating_backup,
    to_delete,
)

from .safety_helpers import damage_page, table_page

T0 = dt.datetime(2026, 11, 27, 9, 0, 0)


def test_backups_are_complete_copies_that_passed_their_check(database) -> None:
    made = database.backup()
    assert made.name.startswith("planner-manual-") and made.suffix == ".sqlite"
    with sqlite3.connect(made) as conn:
        assert conn.execute("SELECT count(*) FROM commune").fetchone() == (3321,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    assert not list(made.parent.glob("*.part"))


def test_backups_of_plan_and_plan_2027_never_mix(template_db: Path, tmp_path: Path) -> None:
    plan, plan_2027 = tmp_path / "plan.sqlite", tmp_path / "plan-2027.sqlite"
    shutil.copyfile(template_db, plan)
    shutil.copyfile(template_db, plan_2027)
    theirs = rotating_backup(plan_2027, "auto", now=T0 - dt.timedelta(days=40))
    assert backup_if_due(plan, now=T0) is not None  # the other file's backup does not count as this one's
    for day in range(30):  # a month of daily backups of plan.sqlite: rotation runs 30 times
        rotating_backup(plan, "auto", now=T0 + dt.timedelta(days=day + 1))
    assert theirs.exists()
    assert [b.path for b in backups_of(plan_2027)] == [theirs]
    assert all(parse_backup_name(plan, b.path.name) for b in backups_of(plan))
    assert backup_if_due(plan_2027, now=T0) is not None
    assert parse_backup_name(plan, "plan-2027-auto-20261127-090000-000000.sqlite") is None
    assert parse_backup_name(plan, "plan-auto-20261127-090000-000000.sqlite") == ("auto", T0)
    assert parse_backup_name(Path("plan-before-upgrade.sqlite"), "plan-before-upgrade-auto-20261127-090000-000000"
                             ".sqlite") == ("auto", T0)
    assert parse_backup_name(plan, "plan-before-upgrade-auto-20261127-090000-000000.sqlite") is None
    assert parse_backup_name(plan, "plan-before-upgrade-0001-20261127-090000-000000.sqlite") == (
        "before-upgrade-0001", T0)


def test_the_daily_backup_is_made_once_a_day(db_path: Path) -> None:
    first = backup_if_due(db_path, now=T0)
    assert first is not None and first.exists() and "-auto-" in first.name
    assert backup_if_due(db_path, now=T0 + dt.timedelta(hours=20)) is None  # a fresh backup exists
    assert backup_if_due(db_path, now=T0 + dt.timedelta(days=1, hours=1)) is not None


def _files(days: list[int], reason: str = "auto") -> list[BackupFile]:
    made = [BackupFile(Path(f"/b/{reason}-{d}.sqlite"), reason, T0 - dt.timedelta(days=d)) for d in days]
    return sorted(made, key=lambda b: b.made_at, reverse=True)


def test_tiered_retention_keeps_7_days_4_weeks_12_months_and_every_before_upgrade() -> None:
    backups = sorted(_files(list(range(800))) + _files([500, 700], "before-upgrade-0001"),
                     key=lambda b: b.made_at, reverse=True)
    kept = [b for b in backups if b not in to_delete(backups)]
    kept_days = sorted((T0 - b.made_at).days for b in kept if not b.protected)
    assert kept_days[:7] == list(range(7))  # the last 7 days (the newest 3 among them)
    weeks = {b.made_at.isocalendar()[:2] for b in kept if not b.protected}
    months = {(b.made_at.year, b.made_at.month) for b in kept if not b.protected}
    assert len(weeks) >= 4 and len(months) == 12
    assert max(kept_days) < 366  # nothing older than the 12 monthly
    assert len(kept) <= 3 + 7 + 4 + 12 + 2
    assert {b.reason for b in kept if b.protected} == {"before-upgrade-0001"} and sum(b.protected for b in kept) == 2


def test_many_backups_in_one_day_keep_the_newest_three() -> None:
    backups = [BackupFile(Path(f"/b/{i}"), "manual", T0 - dt.timedelta(minutes=i)) for i in range(10)]
    kept = [b for b in backups if b not in to_delete(backups)]
    assert [b.path.name for b in kept] == ["0", "1", "2"]


def test_rotation_keeps_the_before_upgrade_backup(db_path: Path) -> None:
    protected = rotating_backup(db_path, "before-upgrade-0001", now=T0 - dt.timedelta(days=900))
    monthly = [rotating_backup(db_path, "auto", now=T0 - dt.timedelta(days=31 * m)) for m in range(14, -1, -1)]
    for hour in range(1, 6):
        rotating_backup(db_path, "manual", now=T0 + dt.timedelta(hours=hour))
    assert protected.exists()
    assert [p.exists() for p in monthly[:3]] == [False, False, False]  # 14, 13 and 12 months old
    left = backups_of(db_path)
    assert len({(b.made_at.year, b.made_at.month) for b in left if not b.protected}) == 12
    assert len(left) == 1 + 12 + 2  # the before-upgrade one, one per month, two more of today's newest 3


def test_a_damaged_backup_is_not_counted_as_good(database) -> None:
    good = database.backup()
    newest = database.backup()
    assert newest_good_backup(database.path) == newest
    damage_page(newest, table_page(newest))
    assert newest_good_backup(database.path) == good


def test_a_backup_copy_that_fails_its_check_is_deleted(database, monkeypatch: pytest.MonkeyPatch) -> None:
    real = backup_module.first_problem
    calls = []

    def second_check_fails(conn, check="integrity_check"):  # type: ignore[no-untyped-def]
        calls.append(check)
        return "page 7: btree cell out of range" if len(calls) == 2 else real(conn, check)

    monkeypatch.setattr(backup_module, "first_problem", second_check_fails)
    with pytest.raises(DatabaseError) as info:
        database.backup()
    assert info.value.code == "backup_failed_check"
    assert not [p for p in (database.path.parent / "backups").glob("*")
                if p.name.endswith((".sqlite", ".part", "-journal"))]


FULL_DISK_BACKUP = """
import resource, signal, sys
from pathlib import Path
from festival_planner.domain.errors import DatabaseError
from festival_planner.store.backup import rotating_backup
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, 256 * 1024))  # files cannot grow past 256 KiB
try:
    rotating_backup(Path(sys.argv[1]), "manual")
except DatabaseError as exc:
    print(exc.code)
    print(exc.text("en"))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_during_a_backup_leaves_no_part_file(db_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", FULL_DISK_BACKUP, str(db_path)], capture_output=True,
                            text=True, timeout=120)
    assert result.stderr == ""
    code, text = result.stdout.splitlines()[:2]
    assert code in ("disk_full", "io_error")  # EFBIG reaches SQLite as an I/O error (ENOSPC: disk_full)
    assert "try again" in text
    assert not list((db_path.parent / "backups").glob("*"))


def _part_files(db_path: Path, made: dt.datetime) -> list[Path]:
    folder = db_path.parent / "backups"
    folder.mkdir(exist_ok=True)
    base = folder / backup_module.backup_name(db_path, "manual", made)
    parts = [Path(f"{base}.part"), Path(f"{base}.part-journal")]
    for part in parts:
        part.write_bytes(b"\0" * 512)
    return parts


def test_part_files_left_by_a_killed_backup_are_cleaned_at_the_next_one(db_path: Path, template_db: Path) -> None:
    import os
    import time

    old = _part_files(db_path, T0)
    fresh = _part_files(db_path, T0 + dt.timedelta(hours=1))  # a backup another process is making now
    other_db = db_path.parent / "planner-2027.sqlite"
    shutil.copyfile(template_db, other_db)
    theirs = _part_files(other_db, T0)  # same folder, another database's: not ours to judge
    lone_journal = _part_files(db_path, T0 + dt.timedelta(hours=2))
    lone_journal[0].unlink()
    an_hour_ago = time.time() - 3600
    for part in old + theirs + lone_journal[1:]:
        os.utime(part, (an_hour_ago, an_hour_ago))

    made = rotating_backup(db_path, "manual")
    left = sorted(p.name for p in made.parent.iterdir())
    assert [p.name for p in old + lone_journal[1:] if p.name in left] == []
    assert all(p.exists() for p in fresh + theirs)
    assert made.exists() and backups_of(db_path)[0].path == made


KILLED_BACKUP = """
import os, signal, sys
from pathlib import Path
from festival_planner.store import backup
real = backup.first_problem
def die_after_copy(conn, check="integrity_check"):
    if conn.execute("PRAGMA database_list").fetchone()[2].endswith(".part"):
        os.kill(os.getpid(), signal.SIGKILL)  # between the copy and its rename
    return real(conn, check)
backup.first_problem = die_after_copy
backup.rotating_backup(Path(sys.argv[1]), "manual")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_backup_killed_midway_leaves_nothing_once_the_next_one_ran(db_path: Path) -> None:
    import os
    import time

    killed = subprocess.run([sys.executable, "-c", KILLED_BACKUP, str(db_path)], capture_output=True, timeout=120)
    assert killed.returncode == -9
    folder = db_path.parent / "backups"
    left = list(folder.glob("*.part*"))
    assert left  # what the kill left
    two_minutes_ago = time.time() - 120
    for part in left:
        os.utime(part, (two_minutes_ago, two_minutes_ago))
    made = rotating_backup(db_path, "manual")
    assert not list(folder.glob("*.part*"))
    assert [b.path for b in backups_of(db_path)] == [made]
