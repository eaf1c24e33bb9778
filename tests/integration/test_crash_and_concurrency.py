"""Crashes and concurrency with real processes: a writer killed with SIGKILL at random points never
loses a write it reported nor damages the file, and two processes writing at once lose nothing, print
no traceback and end every refusal in a clear message (a stale edit in "changed by someone else")."""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from festival_planner.domain.models import ChangeLog, Commune
from festival_planner.services import campaigns, sites
from festival_planner.store.database import open_database

KILL_POINTS = 50
FIRST_YEAR = 2030

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"),
                                reason="needs fork and SIGKILL (POSIX)")


def _writer(path: Path, year: int, out: int) -> None:
    """The child: add sites one transaction at a time, reporting each id after its commit returned."""
    try:
        database = open_database(path)
        with database.transaction() as session:
            campaign = campaigns.ensure_campaign(session, year)
        with database.read() as session:
            codes = [c for (c,) in session.execute(select(Commune.code).order_by(Commune.code))]
        os.write(out, b"ready\n")
        for number, code in enumerate(codes):
            with database.transaction() as session:
                row = sites.add_site(session, campaign.id, code, dt.date(year, 7, 1) + dt.timedelta(days=number % 40),
                                     venue=f"Điểm {number}")
            os.write(out, f"{row.id.hex}\n".encode())
    except BaseException as exc:
        os.write(out, f"error {exc!r}\n".encode())
    finally:
        os._exit(0)


def _run_and_kill(path: Path, year: int, rng: random.Random) -> list[str]:
    """Fork a writer, SIGKILL it at a random moment while it writes; the ids it reported."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_end)
        _writer(path, year, write_end)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        assert pipe.readline() == b"ready\n"
        time.sleep(rng.uniform(0.0, 0.3))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        lines = pipe.read().decode().split("\n")
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    assert not [line for line in lines if line.startswith("error")]
    return [line for line in lines[:-1] if line]  # the last piece: a line cut short by the kill


def _warm_up(path: Path) -> None:
    """Run the write path once in this process so that forked writers start writing at once."""
    database = open_database(path)
    try:
        with database.transaction() as session:
            campaign = campaigns.ensure_campaign(session, FIRST_YEAR - 1)
            code = session.scalars(select(Commune.code).order_by(Commune.code)).first()
            sites.add_site(session, campaign.id, code, dt.date(FIRST_YEAR - 1, 7, 1))
    finally:
        database.close()


def test_a_writer_killed_at_random_points_loses_no_reported_write(db_path: Path, tmp_path: Path) -> None:
    warm = tmp_path / "warm.sqlite"
    shutil.copyfile(db_path, warm)
    _warm_up(warm)
    rng = random.Random(20261127)
    reported: list[str] = []
    for point in range(KILL_POINTS):
        reported += _run_and_kill(db_path, FIRST_YEAR + point, rng)
        conn = sqlite3.connect(db_path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",), f"kill point {point}"
            present = {row[0] for row in conn.execute("SELECT id FROM site")}
        finally:
            conn.close()
        missing = [site_id for site_id in reported if site_id not in present]
        assert missing == [], f"kill point {point}: {len(missing)} reported writes lost"
    assert len(reported) > KILL_POINTS  # the kills landed among writes, not before them
    database = open_database(db_path)  # and the file still opens normally
    database.close()


CONCURRENT_WRITER = """
import datetime as dt, sys, uuid
from festival_planner.domain.errors import ConflictError, FestivalPlannerError
from festival_planner.domain.models import Commune
from festival_planner.services import campaigns, sites
from festival_planner.store.database import open_database
from sqlalchemy import select

path, parity, shared = sys.argv[1], int(sys.argv[2]), uuid.UUID(sys.argv[3])
database = open_database(path)
with database.read() as session:
    codes = [c for (c,) in session.execute(select(Commune.code).order_by(Commune.code))][1:]
print("ready", flush=True)
sys.stdin.readline()
with database.transaction() as session:
    campaign = campaigns.ensure_campaign(session, 2026)
for number in range(300):
    try:
        if number % 2 == 0:
            with database.transaction() as session:
                row = sites.add_site(session, campaign.id, codes[2 * number + parity], dt.date(2026, 7, 2))
            print("add", row.id.hex, flush=True)
        else:
            with database.read() as session:
                seen = sites.get_site(session, shared).version
            with database.transaction() as session:
                row = sites.update_site(session, shared, seen, notes=f"p{parity} n{number}")
            print("edit", row.version, flush=True)
    except ConflictError as exc:
        print("conflict", exc.code, flush=True)
    except FestivalPlannerError as exc:
        print("refused", exc.code, exc.text("en"), flush=True)
print("done", flush=True)
"""


def test_two_processes_writing_at_once_lose_nothing_and_print_no_traceback(db_path: Path) -> None:
    database = open_database(db_path)
    with database.transaction() as session:
        campaign = campaigns.ensure_campaign(session, 2026)
        first_code = session.scalars(select(Commune.code).order_by(Commune.code)).first()
        shared = sites.add_site(session, campaign.id, first_code, dt.date(2026, 7, 1))
    database.close()

    writers = [subprocess.Popen([sys.executable, "-c", CONCURRENT_WRITER, str(db_path), str(parity), str(shared.id)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for parity in (0, 1)]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline() == "ready\n"
    for writer in writers:  # both start together
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    outputs = [writer.communicate(timeout=300) for writer in writers]

    lines = [line.split() for out, _ in outputs for line in out.splitlines()]
    assert [err for _, err in outputs] == ["", ""]  # no traceback, no warning
    assert [w.returncode for w in writers] == [0, 0]
    assert [line for line in lines if line[0] not in ("add", "edit", "conflict", "done")] == []
    assert all(line[1] == "stale_site" for line in lines if line[0] == "conflict")
    added = {line[1] for line in lines if line[0] == "add"}
    edits = [int(line[1]) for line in lines if line[0] == "edit"]
    assert len(added) == 300  # every add landed: none was refused
    database = open_database(db_path)
    try:
        with database.read() as session:
            present = {row.id.hex for row in sites.list_sites(session, campaign.id)}
            final = sites.get_site(session, shared.id)
            logged = session.scalar(select(func.count()).select_from(ChangeLog).where(
                ChangeLog.entity_id == str(shared.id), ChangeLog.action == "update"))
    finally:
        database.close()
    assert added <= present and len(present) == 301
    assert final.version == shared.version + len(edits)  # every reported edit, and only those, was applied
    assert sorted(edits) == list(range(shared.version + 1, final.version + 1))  # no edit silently overwrote one
    assert logged == len(edits)
