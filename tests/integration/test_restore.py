"""Restore from a backup through SQLite's backup API: a leftover -wal is never replayed onto the
restored plan, the current file is kept aside first, and nothing happens while the file is open."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from festival_planner.domain.errors import DatabaseError
from festival_planner.services import campaigns, demo
from festival_planner.store import files
from festival_planner.store.backup import backups_of, rotating_backup
from festival_planner.store.database import integrity_ok, open_database
from festival_planner.store.restore import describe_backup, list_backups, restore

from .safety_helpers import checkpoint, damage_page, snapshot, table_page

WRITE_THEN_HANG = """
import sys
from festival_planner.services import demo, sites, campaigns
from festival_planner.store.database import open_database
database = open_database(sys.argv[1])
with database.transaction() as session:
    demo.create_demo(session, 2027)
with database.transaction() as session:
    for row in sites.list_sites(session, campaigns.get_campaign(session, 2026).id)[:10]:
        sites.delete_site(session, row.id)
print("written", flush=True)
sys.stdin.read()
"""


def _plan(path: Path) -> dict[int, int]:
    database = open_database(path)
    try:
        assert integrity_ok(database.engine)
        with database.read() as session:
            return {c.year: c.site_count for c in campaigns.list_campaigns(session)}
    finally:
        database.close()


@pytest.fixture
def plan_2026(database) -> Path:
    """A database holding the demo plan of 2026 (28 sites), closed."""
    with database.transaction() as session:
        demo.create_demo(session, 2026)
    database.close()
    return database.path


def test_restore_over_a_leftover_wal_gives_the_backed_up_plan(plan_2026: Path) -> None:
    backup = rotating_backup(plan_2026, "manual")
    writer = subprocess.Popen([sys.executable, "-c", WRITE_THEN_HANG, str(plan_2026)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None and writer.stdout.readline() == "written\n"
    os.kill(writer.pid, signal.SIGKILL)  # a crash: its committed changes sit in the -wal
    writer.communicate()
    wal = Path(f"{plan_2026}-wal")
    assert wal.exists() and wal.stat().st_size > 0

    result = restore(plan_2026, backup)

    assert sorted((c.year, c.sites) for c in result.restored.campaigns) == [(2025, 28), (2026, 28)]
    assert result.kept_aside is not None and "-before-restore-2" in result.kept_aside.name
    assert _plan(plan_2026) == {2025: 28, 2026: 28}  # the demo holds the previous year too
    kept = describe_backup(result.kept_aside)  # the crashed writer's work is kept aside, not lost
    assert kept.ok and sorted((c.year, c.sites) for c in kept.campaigns) == [(2025, 28), (2026, 18), (2027, 28)]
    assert result.to_json()["restored"]["campaigns"][0]["sites"] == 28


def test_list_backups_describes_each_backup_of_this_database_only(plan_2026: Path, template_db: Path) -> None:
    first = rotating_backup(plan_2026, "auto")
    database = open_database(plan_2026)
    with database.transaction() as session:
        demo.create_demo(session, 2027)
    second = database.backup("manual")
    database.close()
    other = plan_2026.with_name("planner-2027.sqlite")
    other.write_bytes(template_db.read_bytes())
    rotating_backup(other, "manual")
    damaged = rotating_backup(plan_2026, "manual")
    damage_page(damaged, table_page(damaged))

    listed = list_backups(plan_2026)

    assert [b.path for b in listed] == [damaged, second, first]
    assert [b.ok for b in listed] == [False, True, True]
    assert sorted((c.year, c.sites) for c in listed[1].campaigns) == [(2025, 28), (2026, 28), (2027, 28)]
    assert sorted((c.year, c.sites) for c in listed[2].campaigns) == [(2025, 28), (2026, 28)]
    assert (listed[2].reason, listed[1].reason) == ("auto", "manual")
    assert listed[1].size == second.stat().st_size and listed[1].made_at is not None
    assert listed[1].to_json()["campaigns"][-1] == {"year": 2027, "name": listed[1].campaigns[-1].name, "sites": 28}


def test_restore_is_refused_while_another_process_has_the_database_open(plan_2026: Path) -> None:
    backup = rotating_backup(plan_2026, "manual")
    checkpoint(plan_2026)
    before = snapshot(plan_2026.parent)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
         "c.execute('SELECT count(*) FROM site').fetchone(); print('open', flush=True); sys.stdin.read()",
         str(plan_2026)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        with pytest.raises(DatabaseError) as info:
            restore(plan_2026, backup)
        assert info.value.code == "database_in_use"
        assert "đang được mở" in info.value.text("vi")
    finally:
        holder.communicate("")
    after = snapshot(plan_2026.parent)
    assert after[plan_2026.name] == before[plan_2026.name]
    assert [b.path for b in backups_of(plan_2026)] == [backup]  # nothing was kept aside: nothing happened


def test_a_damaged_database_is_replaced_and_kept_aside(plan_2026: Path) -> None:
    backup = rotating_backup(plan_2026, "manual")
    damage_page(plan_2026, table_page(plan_2026, "site", 0), seed=11)
    damage_page(plan_2026, table_page(plan_2026), seed=12)
    damaged = plan_2026.read_bytes()
    with pytest.raises(DatabaseError) as info:
        open_database(plan_2026)
    assert info.value.code == "corrupt_database" and info.value.params["backup"] == backup

    result = restore(plan_2026, info.value.params["backup"])

    assert _plan(plan_2026) == {2025: 28, 2026: 28}  # the demo holds the previous year too
    assert result.kept_aside is not None and result.kept_aside.read_bytes() == damaged


def test_restore_puts_back_an_empty_or_deleted_file(plan_2026: Path) -> None:
    backup = rotating_backup(plan_2026, "manual")
    plan_2026.write_bytes(b"")
    assert restore(plan_2026, backup).kept_aside is None
    assert _plan(plan_2026) == {2025: 28, 2026: 28}  # the demo holds the previous year too
    plan_2026.unlink()
    restore(plan_2026, backup)
    assert _plan(plan_2026) == {2025: 28, 2026: 28}  # the demo holds the previous year too


def test_a_damaged_or_foreign_backup_is_refused_and_the_database_untouched(plan_2026: Path, tmp_path: Path) -> None:
    damaged = rotating_backup(plan_2026, "manual")
    damage_page(damaged, table_page(damaged))
    foreign = tmp_path / "customers.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.close()
    checkpoint(plan_2026)
    before = plan_2026.read_bytes()
    for backup, code in ((damaged, "backup_damaged"), (foreign, "backup_not_ours"),
                         (tmp_path / "missing.sqlite", "backup_missing")):
        with pytest.raises(DatabaseError) as info:
            restore(plan_2026, backup)
        assert info.value.code == code
    assert plan_2026.read_bytes() == before
    assert len(backups_of(plan_2026)) == 1


def test_restore_never_writes_over_another_applications_file(plan_2026: Path, tmp_path: Path) -> None:
    backup = rotating_backup(plan_2026, "manual")
    notes = tmp_path / "notes.sqlite"
    notes.write_text("ghi chú", encoding="utf-8")
    with pytest.raises(DatabaseError) as info:
        restore(notes, backup)
    assert info.value.code == "not_sqlite" and notes.read_text(encoding="utf-8") == "ghi chú"


def test_a_backup_from_before_an_upgrade_is_restored_then_upgraded_again(tmp_path: Path) -> None:
    from .test_database import _make_revision_0001_file

    path = tmp_path / "old.sqlite"
    _make_revision_0001_file(path)
    upgraded = open_database(path, load_gazetteer=False)
    before_upgrade = upgraded.backup_made
    upgraded.close()
    assert before_upgrade is not None and "-before-upgrade-0001-" in before_upgrade.name

    result = restore(path, before_upgrade)

    assert result.restored.revision == "0001" and [c.year for c in result.restored.campaigns] == [2025]
    reopened = open_database(path, load_gazetteer=False)  # upgraded again, with a new before-upgrade backup
    try:
        assert reopened.backup_made is not None and reopened.backup_made != before_upgrade
        with reopened.read() as session:
            assert [c.site_count for c in campaigns.list_campaigns(session)] == [1]
    finally:
        reopened.close()
    assert sum(b.protected for b in backups_of(path)) == 3  # two before-upgrade, one before-restore


class _DiskFullAtCheckpoint(files.TrackedConnection):
    """A connection whose final checkpoint finds the disk full (everything else is real)."""

    def execute(self, sql, *args):  # type: ignore[no-untyped-def,override]
        if "wal_checkpoint" in sql:
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = 13  # type: ignore[attr-defined]  # SQLITE_FULL
            raise error
        return super().execute(sql, *args)


def test_a_full_disk_at_the_final_checkpoint_reports_the_restore_as_done(
        plan_2026: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from festival_planner.cli import main

    backup = rotating_backup(plan_2026, "manual")
    backed_up = _plan(plan_2026)
    database = open_database(plan_2026)
    with database.transaction() as session:
        demo.create_demo(session, 2027)
    database.close()
    from festival_planner.store import files

    monkeypatch.setattr(files, "TrackedConnection", _DiskFullAtCheckpoint)  # every connection the app opens
    result = restore(plan_2026, backup)
    assert result.warning is not None and result.warning.code == "restore_checkpoint_deferred"
    assert result.to_json()["warning"]["code"] == "restore_checkpoint_deferred"

    assert main(["restore", str(backup), "--db", str(plan_2026), "--json", "--lang", "en"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["warning"]["code"] == "restore_checkpoint_deferred"
    assert "The restore into" in err and len(err.splitlines()) == 1
    monkeypatch.undo()
    assert _plan(plan_2026) == backed_up != {}  # what it said: the backup is in the file
