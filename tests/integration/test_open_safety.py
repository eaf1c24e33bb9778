"""Opening is safe: files are identified read-only first, refused files stay byte-for-byte unchanged,
damaged files are refused with the newest good backup, writers take the write lock first, and what
SQLite still reports (busy, read-only) arrives as a clear DatabaseError."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from festival_planner.domain.errors import DatabaseError
from festival_planner.store import database as database_module
from festival_planner.store import gazetteer, migrate
from festival_planner.store.backup import backups_of, rotating_backup
from festival_planner.store.database import in_use_elsewhere, open_database
from festival_planner.store.sqlite_file import APPLICATION_ID

from .safety_helpers import checkpoint, damage_page, read_only, snapshot, table_page
from .test_database import _make_revision_0001_file


def _application_id(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA application_id").fetchone()[0]
    finally:
        conn.close()


def _text_file(path: Path, _template: Path) -> None:
    path.write_text("ghi chú cuộc họp\n", encoding="utf-8")


def _empty_file(path: Path, _template: Path) -> None:
    path.write_bytes(b"")


def _other_app(path: Path, _template: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.commit()
    conn.close()


def _other_app_with_id(path: Path, _template: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
    conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    conn.commit()
    conn.close()


def _other_app_with_alembic(path: Path, _template: Path) -> None:
    conn = sqlite3.connect(path)  # another program that happens to use Alembic too (application_id 0)
    conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
    conn.execute("INSERT INTO alembic_version VALUES ('9f3ac1d2e4b5')")
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()


def _newer_schema(path: Path, template: Path) -> None:
    shutil.copyfile(template, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    checkpoint(path)


def _damaged_page(path: Path, template: Path) -> None:
    shutil.copyfile(template, path)
    damage_page(path, table_page(path))


def _damaged_header(path: Path, template: Path) -> None:
    path.write_bytes(template.read_bytes()[:60])


REFUSED = [
    (_text_file, "not_sqlite"), (_empty_file, "empty_file"), (_other_app, "foreign_database"),
    (_other_app_with_id, "foreign_database"), (_other_app_with_alembic, "foreign_database"),
    (_newer_schema, "newer_schema"),
    (_damaged_page, "corrupt_database"), (_damaged_header, "corrupt_database"),
]


@pytest.mark.parametrize(("make", "code"), REFUSED, ids=[m.__name__.strip("_") for m, _ in REFUSED])
def test_a_refused_file_stays_byte_for_byte_unchanged(make, code, template_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "plan"
    folder.mkdir()
    path = folder / "plan.sqlite"
    make(path, template_db)
    before = snapshot(folder)

    with pytest.raises(DatabaseError) as info:
        open_database(path)
    assert info.value.code == code
    assert info.value.message and "{" not in info.value.message and "{" not in info.value.text("en")
    assert in_use_elsewhere(path) is False
    with pytest.raises(DatabaseError):
        rotating_backup(path)
    assert snapshot(folder) == before  # not a byte changed, no -wal/-shm left beside it
    assert not list((folder / "backups").glob("*")) if (folder / "backups").exists() else True


def test_a_page_of_random_bytes_is_refused_on_open_with_the_newest_good_backup(db_path: Path) -> None:
    database = open_database(db_path)
    older = database.backup("manual")
    good = rotating_backup(db_path, "auto")
    database.close()
    checkpoint(db_path)
    damage_page(db_path, table_page(db_path), seed=2026)
    damaged = db_path.read_bytes()

    with pytest.raises(DatabaseError) as info:
        open_database(db_path)
    assert info.value.code == "corrupt_database"
    assert info.value.params["backup"] == good and older != good
    assert "Bản sao lưu tốt gần nhất: " + str(good) in info.value.text("vi")
    assert "The newest good backup is " + str(good) in info.value.text("en")

    with pytest.raises(DatabaseError) as refused:  # `backup` refuses to copy it over good backups
        rotating_backup(db_path, "manual")
    assert refused.value.code == "corrupt_database"
    assert [b.path for b in backups_of(db_path)] == [good, older]
    assert not list(db_path.parent.glob("backups/*.part"))
    assert db_path.read_bytes() == damaged


def test_a_damaged_newest_backup_is_not_offered(db_path: Path) -> None:
    database = open_database(db_path)
    good = database.backup("manual")
    bad = database.backup("manual")
    database.close()
    damage_page(bad, table_page(bad))
    damage_page(db_path, table_page(db_path), seed=3)
    with pytest.raises(DatabaseError) as info:
        open_database(db_path)
    assert info.value.code == "corrupt_database" and info.value.params["backup"] == good


def test_an_empty_file_where_a_plan_was_offers_its_backup(db_path: Path) -> None:
    good = rotating_backup(db_path, "auto")
    db_path.write_bytes(b"")
    with pytest.raises(DatabaseError) as info:
        open_database(db_path)
    assert (info.value.code, info.value.params["backup"]) == ("empty_file", good)
    assert db_path.read_bytes() == b""


def test_new_and_upgraded_files_carry_the_application_id(database, tmp_path: Path) -> None:
    assert _application_id(database.path) == APPLICATION_ID
    old = tmp_path / "old.sqlite"
    _make_revision_0001_file(old)
    assert _application_id(old) == 0
    open_database(old, load_gazetteer=False).close()
    assert _application_id(old) == APPLICATION_ID


def test_an_upgrade_and_the_first_gazetteer_load_are_one_transaction(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.sqlite"
    _make_revision_0001_file(path)
    real_load = gazetteer.load

    def crash_halfway(session, **kwargs):  # type: ignore[no-untyped-def]
        from sqlalchemy import insert

        from festival_planner.domain.models import Province

        session.execute(insert(Province), [{"code": "01", "name": "Thành phố Hà Nội", "short_name": "Hà Nội",
                                            "old_provinces": [], "search_key": ""}])
        raise OSError("power cut")

    monkeypatch.setattr(gazetteer, "load", crash_halfway)
    with pytest.raises(DatabaseError):
        open_database(path)
    with sqlite3.connect(path) as conn:  # nothing of the upgrade or of the load was kept
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT count(*) FROM province").fetchone() == (1,)
    conn.close()

    monkeypatch.setattr(gazetteer, "load", real_load)
    database = open_database(path)  # a later open succeeds (no "UNIQUE constraint failed")
    try:
        with database.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION
        with database.read() as session:
            assert gazetteer.is_loaded(session)
    finally:
        database.close()


def test_a_writer_holds_the_write_lock_from_its_first_statement(database) -> None:
    from festival_planner.services import campaigns

    other = sqlite3.connect(database.path, timeout=0, isolation_level=None)
    try:
        with database.transaction() as session:
            campaigns.list_campaigns(session)  # a read: with a deferred BEGIN no lock would be held yet
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        with database.read() as session:
            campaigns.list_campaigns(session)
            other.execute("BEGIN IMMEDIATE")  # readers take no write lock
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_write_that_stays_busy_is_a_clear_error(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from festival_planner.services import campaigns

    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 50)
    database = open_database(db_path)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseError) as info, database.transaction() as session:
            campaigns.ensure_campaign(session, 2026)
        assert info.value.code == "write_in_progress"  # another write holds the lock: said so, nothing changed
        assert "thử lại" in info.value.text("vi") and "Try again" in info.value.text("en")
    finally:
        holder.close()
        database.close()


def test_a_read_only_file_opens_read_only(db_path: Path) -> None:
    from festival_planner.services import campaigns

    checkpoint(db_path)
    before = db_path.read_bytes()
    with read_only(db_path):
        database = open_database(db_path)
        try:
            assert database.read_only
            with database.read() as session:
                assert campaigns.list_campaigns(session) == []
            with pytest.raises(DatabaseError) as info, database.transaction() as session:
                campaigns.ensure_campaign(session, 2026)
            assert info.value.code == "read_only"
        finally:
            database.close()
    assert db_path.read_bytes() == before


def test_a_database_in_a_read_only_folder_opens_read_only(db_path: Path) -> None:
    from festival_planner.services import campaigns

    checkpoint(db_path)
    Path(f"{db_path}-shm").unlink(missing_ok=True)
    with read_only(db_path.parent):
        database = open_database(db_path)
        try:
            assert database.read_only
            with database.read() as session:
                assert campaigns.list_campaigns(session) == []
        finally:
            database.close()
        assert sorted(p.name for p in db_path.parent.iterdir()) == ["planner.sqlite"]


def test_a_second_process_with_the_file_open_is_detected(database, db_path: Path) -> None:
    database.close()
    assert in_use_elsewhere(db_path) is False
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
         "c.execute('SELECT count(*) FROM commune').fetchone(); print('open', flush=True); sys.stdin.read()",
         str(db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        assert in_use_elsewhere(db_path) is True
    finally:
        holder.communicate("")
    assert in_use_elsewhere(db_path) is False


def test_a_writer_waits_its_turn_instead_of_failing(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from festival_planner.services import campaigns

    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 50)  # so the BEGIN retries are what waits
    database = open_database(db_path)
    holder = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.15, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        with database.transaction() as session:
            assert campaigns.ensure_campaign(session, 2026).year == 2026
    finally:
        release.join()
        holder.close()
        database.close()


def test_an_empty_path_is_refused_not_taken_for_the_default(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as info:
        open_database("")
    assert info.value.code == "bad_url"


def test_a_wal_left_without_its_database_is_not_replayed_onto_a_new_one(db_path: Path, tmp_path: Path) -> None:
    from festival_planner.services import campaigns

    database = open_database(db_path)
    holder = sqlite3.connect(db_path)  # keeps the -wal from being folded in and deleted on close
    holder.execute("SELECT count(*) FROM commune").fetchone()
    with database.transaction() as session:
        campaigns.ensure_campaign(session, 2026)
    database.close()
    new = tmp_path / "new.sqlite"
    shutil.copyfile(f"{db_path}-wal", f"{new}-wal")  # a stray log beside a name with no file
    holder.close()

    fresh = open_database(new)
    try:
        with fresh.read() as session:
            assert campaigns.list_campaigns(session) == []
        assert fresh.path is not None and list(tmp_path.glob("new.sqlite-wal.orphan-*"))
    finally:
        fresh.close()


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "festival_planner", *argv], capture_output=True, text=True,
                          timeout=120)


def _break_index(path: Path) -> None:
    """An index whose entries no longer match its table: ``quick_check`` says ok, ``integrity_check`` not."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_commune_province_code ON commune (name)' "
                 "WHERE name = 'ix_commune_province_code'")
    conn.execute("PRAGMA writable_schema = OFF")
    conn.close()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as check:
        assert check.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        assert check.execute("PRAGMA integrity_check").fetchone() != ("ok",)
    check.close()


def test_a_damaged_index_that_quick_check_misses_is_refused_before_writing(db_path: Path) -> None:
    _break_index(db_path)
    damaged = db_path.read_bytes()
    with pytest.raises(DatabaseError) as info:
        open_database(db_path)
    assert info.value.code == "corrupt_database" and "missing from index" in info.value.params["reason"]
    assert db_path.read_bytes() == damaged
    with pytest.raises(DatabaseError):  # nor is it copied over good backups
        rotating_backup(db_path, "manual")
    assert backups_of(db_path) == []


def test_the_full_check_runs_once_a_day(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from festival_planner.store import sqlite_file

    checks: list[str | None] = []
    real = sqlite_file.read_facts
    monkeypatch.setattr(database_module, "read_facts",
                        lambda path, check="quick_check", **kw: checks.append(check) or real(path, check=check, **kw))
    for _ in range(3):
        open_database(db_path).close()
    assert checks == ["integrity_check", "quick_check", "quick_check"]  # remembered beside the backups


def test_the_check_of_the_daily_backup_counts_as_todays_full_check(db_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    rotating_backup(db_path, "auto")  # checks the file with integrity_check before copying it
    checks: list[str | None] = []
    real = database_module.read_facts
    monkeypatch.setattr(database_module, "read_facts",
                        lambda path, check="quick_check", **kw: checks.append(check) or real(path, check=check, **kw))
    open_database(db_path).close()
    assert checks == ["quick_check"]


def test_a_plain_text_file_named_like_the_database_offers_its_backup(db_path: Path) -> None:
    from festival_planner.store.restore import restore

    good = rotating_backup(db_path, "auto")
    db_path.write_text("ghi chú cuộc họp\n", encoding="utf-8")  # saved over the plan by another program
    with pytest.raises(DatabaseError) as info:
        open_database(db_path)
    assert info.value.params["backup"] == good
    assert "The newest good backup is " + str(good) in info.value.text("en")
    assert db_path.read_text(encoding="utf-8") == "ghi chú cuộc họp\n"
    result = _cli("campaigns", "list", "--db", str(db_path), "--lang", "en")
    assert result.returncode == 1 and str(good) in result.stderr and len(result.stderr.splitlines()) == 1

    kept = restore(db_path, good).kept_aside  # and the offer can be taken: the text is kept aside
    assert kept is not None and kept.read_text(encoding="utf-8") == "ghi chú cuộc họp\n"
    open_database(db_path).close()


def test_a_backup_used_as_the_database_opens_read_only_and_says_restore_it(db_path: Path) -> None:
    from festival_planner.services import campaigns

    backup = rotating_backup(db_path, "manual")
    before = backup.read_bytes()
    database = open_database(backup)
    try:
        assert database.read_only
        assert [n.code for n in database.notices] == ["backup_as_database"]
        assert "festival-planner restore" in database.notices[0].text("en")
        with database.read() as session:
            assert campaigns.list_campaigns(session) == []
        with pytest.raises(DatabaseError) as info:
            with database.transaction() as session:
                campaigns.ensure_campaign(session, 2026)
        assert info.value.code == "backup_as_database" and str(db_path) in info.value.text("en")
    finally:
        database.close()
    listed = _cli("communes", "search", "dak lak", "--limit", "1", "--db", str(backup), "--lang", "en")
    assert listed.returncode == 0 and listed.stdout
    assert "is a backup" in listed.stderr.splitlines()[0] and "festival-planner restore" in listed.stderr
    added = _cli("campaigns", "add", "--year", "2026", "--db", str(backup), "--lang", "en")
    assert added.returncode == 1 and "restore it" in added.stderr
    assert backup.read_bytes() == before


def test_sqlites_two_line_reports_reach_the_user_on_one_line(db_path: Path) -> None:
    with db_path.open("r+b") as handle:  # a wrong free-list count: "*** in database main ***" + newline + ...
        handle.seek(36)
        handle.write((5).to_bytes(4, "big"))
    with pytest.raises(DatabaseError) as info:
        open_database(db_path)
    assert "\n" not in info.value.message and "Main freelist" in info.value.message
    result = _cli("campaigns", "list", "--db", str(db_path))
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 1 and "Main freelist" in result.stderr
