"""Readers never wait on writers: while another process holds the write lock (as a long import does),
every read command answers at once; a writer that must wait says what it waits for; an I/O error
during an import is told as one, never as "no such savepoint"."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from festival_planner.cli import main
from festival_planner.domain.errors import DatabaseError
from festival_planner.domain.models import Campaign, Invitation, Leader, Site
from festival_planner.services.imports import Table, import_leaders
from festival_planner.services.plan_import import import_plan
from festival_planner.store import database as store_database
from festival_planner.store.database import Database, open_database

YEAR = 2026
HOLD_WRITE_LOCK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE campaign SET notes = notes")  # a write in progress, not yet committed
print("held", flush=True)
sys.stdin.read()
connection.execute("ROLLBACK")
"""


@pytest.fixture
def demo_path(demo_copy: Path) -> Path:
    return demo_copy  # the demo year of YEAR


@pytest.fixture
def write_lock_held(demo_path: Path) -> Iterator[Path]:
    """Another process holds the write lock on the demo file (BEGIN IMMEDIATE, held open)."""
    holder = subprocess.Popen([sys.executable, "-c", HOLD_WRITE_LOCK, str(demo_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        yield demo_path
    finally:
        _, err = holder.communicate("", timeout=30)
        assert holder.returncode == 0, err


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str, float]:
    start = time.monotonic()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err, time.monotonic() - start


def test_read_commands_answer_at_once_while_another_process_writes(
        capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(demo_path)
    code, out, _, _ = _run(capsys, "sites", "list", "--campaign", str(YEAR), "--json", "--db", db)
    assert code == 0
    site_id = json.loads(out)[0]["id"]
    # A short busy timeout: a reader that waited on the writer would fail within seconds instead of 43 s.
    monkeypatch.setattr(store_database, "BUSY_TIMEOUT_MS", 300)
    reads = [("sites", "list", "--campaign", str(YEAR)), ("progress", "--campaign", str(YEAR)),
             ("budget", "--campaign", str(YEAR)), ("tasks", "list", "--campaign", str(YEAR)),
             ("conflicts", "--campaign", str(YEAR)), ("leaders", "list"), ("campaigns", "list"),
             ("checklist", "list", "--site", site_id), ("programme", "show", "--site", site_id)]
    holder = subprocess.Popen([sys.executable, "-c", HOLD_WRITE_LOCK, db], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        for argv in reads:
            code, out, err, seconds = _run(capsys, *argv, "--db", db)
            assert (code, err.count("festival-planner:")) == (0, 0), (argv, err)
            assert seconds < 10, argv
            assert out.strip(), argv
        # Printing in its own process (it starts Qt's GUI application, which must not outlive this test).
        pdf = tmp_path / "overview.pdf"
        printed = subprocess.run([sys.executable, "-m", "festival_planner", "print", "overview", "--campaign",
                                  str(YEAR), "--pdf", str(pdf), "--db", db], capture_output=True, text=True,
                                 timeout=120)
        assert printed.returncode == 0 and pdf.stat().st_size > 0, printed.stderr
    finally:
        holder.communicate("", timeout=30)


def test_a_read_command_in_another_process_does_not_wait_for_the_writer(write_lock_held: Path) -> None:
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "festival_planner", "sites", "list", "--campaign", str(YEAR),
                           "--db", str(write_lock_held)], capture_output=True, text=True, timeout=35)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 28
    assert time.monotonic() - start < 30  # the writer's lock was never waited for (it used to be 43 s)


def test_the_read_door_never_takes_the_write_lock_and_refuses_a_write(write_lock_held: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_database, "BUSY_TIMEOUT_MS", 300)
    database = open_database(write_lock_held)
    try:
        with database.read() as session:
            assert session.scalar(select(func.count()).select_from(Site)) >= 28
        with pytest.raises(RuntimeError, match="inside Database.read"), database.read() as session:
            session.add(Leader(full_name="Không được ghi"))
            session.flush()
    finally:
        database.close()


def test_a_writer_that_must_wait_says_another_write_is_in_progress_and_nothing_changed(
        capsys: pytest.CaptureFixture[str], write_lock_held: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_database, "BUSY_TIMEOUT_MS", 100)
    database = open_database(write_lock_held)
    try:
        with pytest.raises(DatabaseError) as raised, database.transaction() as session:
            session.add(Leader(full_name="Người chờ"))
    finally:
        database.close()
    assert raised.value.code == "write_in_progress"
    assert raised.value.params["path"] == str(write_lock_held)
    db = str(write_lock_held)
    code, _, err, _ = _run(capsys, "leaders", "add", "--name", "Người chờ", "--lang", "en", "--db", db)
    assert code == 1
    assert err.startswith("festival-planner: Another write is in progress on ") and len(err.splitlines()) == 1
    assert "nothing was changed" in err and "import" in err
    assert "not saved" not in err
    code, _, err, _ = _run(capsys, "leaders", "add", "--name", "Người chờ", "--db", db)
    assert code == 1 and "Một thao tác ghi khác đang diễn ra" in err


def _io_error_after(database: Database, table: str, count: int) -> None:
    """Make the ``count``-th INSERT into ``table`` fail the way SQLite fails on a disk I/O error: the
    whole transaction is rolled back by SQLite itself, then the statement reports SQLITE_IOERR."""
    seen = {"n": 0}

    @event.listens_for(database.engine, "before_cursor_execute")
    def fail(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith(f"INSERT INTO {table} "):
            seen["n"] += 1
            if seen["n"] == count:
                conn.connection.dbapi_connection.execute("ROLLBACK")
                error = sqlite3.OperationalError("disk I/O error")
                error.sqlite_errorcode = 10  # type: ignore[attr-defined]  # SQLITE_IOERR
                raise error


def test_an_io_error_during_a_plan_import_is_told_as_one_and_writes_nothing(database: Database) -> None:
    table = Table(("Ngày", "Xã/Phường", "Tỉnh/Thành phố", "Lãnh đạo"), (
        (2, (dt.date(YEAR, 8, 5), "Xã Bờ Y", "Quảng Ngãi", "Nguyễn Văn An")),
        (3, (dt.date(YEAR, 8, 7), "Xã Bạch Đích", "Tuyên Quang", "Trần Thị Bình")),
        (4, (dt.date(YEAR, 8, 9), "Xã An Trạch", "Cà Mau", "Lê Văn Cường"))))
    _io_error_after(database, "invitation", 1)  # the one INSERT of all the invitations
    with pytest.raises(DatabaseError) as raised, database.transaction() as session:
        import_plan(session, table, YEAR)
    assert raised.value.code == "io_error"
    assert "savepoint" not in raised.value.text("en")
    assert raised.value.text("en").startswith("A disk read/write error occurred")
    with database.read() as session:
        for model in (Campaign, Site, Leader, Invitation):
            assert session.scalar(select(func.count()).select_from(model)) == 0, model


def test_an_io_error_during_a_leaders_import_is_told_as_one_and_writes_nothing(database: Database) -> None:
    table = Table(("Họ và tên", "Chức vụ"),
                  tuple((n + 2, (f"Lãnh đạo {n}", "Thứ trưởng")) for n in range(50)))
    _io_error_after(database, "change_log", 1)
    with pytest.raises(DatabaseError) as raised, database.transaction() as session:
        import_leaders(session, table)
    assert raised.value.code == "io_error"
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Leader)) == 0


def test_a_leaders_import_takes_a_few_statements_not_a_few_per_row(database: Database) -> None:
    """What kept the write lock for minutes: a scan of the directory, a flush and a log row per row."""
    rows = 500
    table = Table(("Họ và tên", "Chức vụ", "Thứ tự"),
                  tuple((n + 2, (f"Lãnh đạo {n}", "Thứ trưởng", n + 1)) for n in range(rows)))
    statements: list[str] = []
    event.listen(database.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *args: statements.append(statement))
    with database.transaction() as session:
        first = import_leaders(session, table)
    with database.transaction() as session:
        again = import_leaders(session, Table(table.headers, tuple(
            (number, (name, "Bộ trưởng", rank)) for number, (name, _, rank) in table.rows)))
    assert first.ok and len(first.created) == rows and again.ok and len(again.updated) == rows
    kinds = [statement.split()[0] for statement in statements]
    assert kinds.count("SELECT") <= 6 and kinds.count("INSERT") <= 6, statements[:50]  # no query per row
    assert kinds.count("UPDATE") == rows  # each changed leader's versioned UPDATE (the version check)
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Leader).where(Leader.title == "Bộ trưởng")) == rows
        assert session.scalar(select(func.max(Leader.version))) == 2
