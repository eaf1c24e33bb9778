"""SIGKILL at ≥ 200 points through every write path, in a process that first ran every path that
touches its own database file (the audit of issue 14: the first kill test killed a writer that never
ran the backup or identification code, which is why the lock bug went unseen).

Each forked writer opens the database, runs the daily and a manual backup, the restore listing,
identification, the open-elsewhere probe and a second opening, then writes in a cycle — a site, a
leaders import (20 rows), a bulk change (a site's whole checklist from its template), a plan import
(3 sites), a backup, and a restore of that backup — reporting each after it returned. The parent
kills it at a random moment; after every kill the file passes ``integrity_check``, opens, and holds
every write that was reported, and every reported backup is whole.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from festival_planner.domain.models import Commune, Province
from festival_planner.services import campaigns, checklists, imports, plan_import, sites
from festival_planner.services.communes import CommuneIndex
from festival_planner.store import backup as backups
from festival_planner.store import restore
from festival_planner.store.database import in_use_elsewhere, open_database
from festival_planner.store.sqlite_file import read_facts

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"),
                                reason="needs fork and SIGKILL (POSIX)")
CHUNKS, CHUNK = 7, 30
YEARS = 60
FIRST_YEAR = 2030
FIRST_PLAN_YEAR = 2005  # plan imports: their own years and communes (from the second half of the gazetteer)
OPERATIONS = ("site", "leaders", "bulk", "plan", "backup", "restore")


def _every_file_path(database, path: Path) -> None:
    """The paths that once dropped the locks, run by the process that will be killed."""
    database.backup_if_due()
    database.backup("manual")
    restore.list_backups(path)
    read_facts(path)
    in_use_elsewhere(path)
    open_database(path).close()


def _plan_table(rows: list[tuple[str, str]], year: int) -> imports.Table:
    headers = ("Ngày", "Xã, phường", "Tỉnh, thành phố", "Địa điểm")
    body = tuple((n + 2, (f"0{1 + n % 9}/08/{year}", commune, province, f"Địa điểm {n}"))
                 for n, (commune, province) in enumerate(rows))
    return imports.Table(headers, body, "plan.csv")


def _writer(path: Path, point: int, start: int, codes: list[str], names: list[tuple[str, str]],
            index: CommuneIndex, out: int) -> None:
    """The child: every file path, then writes in a cycle, each reported after it returned."""
    def say(text: str) -> None:
        os.write(out, f"{text}\n".encode())

    try:
        database = open_database(path)
        _every_file_path(database, path)
        year = FIRST_YEAR + point % YEARS
        with database.transaction() as session:
            campaign_id = campaigns.ensure_campaign(session, year).id
        say("ready")
        slot = (point // YEARS) * 200  # sites: the first half of the gazetteer, 200 per round of points
        last_backup: Path | None = None
        for step in range(10_000):
            kind = OPERATIONS[(start + step) % len(OPERATIONS)]
            tag = f"p{point}s{step}"
            if kind == "site":
                with database.transaction() as session:
                    row = sites.add_site(session, campaign_id, codes[slot + step], dt.date(year, 7, 1), venue=tag)
                say(f"site {row.id.hex}")
            elif kind == "leaders":
                table = imports.Table(("Họ và tên", "Chức vụ"),
                                      tuple((n + 2, (f"{tag} Lãnh đạo {n}", "Bộ trưởng")) for n in range(20)), "l.csv")
                with database.transaction() as session:
                    result = imports.import_leaders(session, table)
                assert result.ok, result
                say(f"leaders {tag}")
            elif kind == "bulk":
                with database.transaction() as session:
                    site = sites.add_site(session, campaign_id, codes[slot + step], dt.date(year, 8, 1), venue=tag)
                    items = checklists.apply_template(session, site.id)
                say(f"bulk {site.id.hex} {len(items)}")
            elif kind == "plan" and step * 3 < 40:  # its own communes: 40 per (year, round of points)
                chosen = names[(point // YEARS) * 40 + step * 3:][:3]
                plan_year = FIRST_PLAN_YEAR + point % YEARS
                with database.transaction() as session:
                    result = plan_import.import_plan(session, _plan_table(chosen, plan_year), plan_year, index=index)
                assert result.ok, [(r.row, r.text, r.status, dict(r.params)) for r in result.rows
                                   if r.status not in ("resolved", "warned")]
                say(f"plan {plan_year} {len(result.sites)} " + " ".join(s.id.hex for s in result.sites))
            elif kind == "backup":
                last_backup = database.backup("manual")
                say(f"backup {last_backup}")
            elif kind == "restore" and last_backup is not None:
                database.close()  # restore refuses while the file is open, this process included
                restore.restore(path, last_backup)
                database = open_database(path)
                say("restored")
    except BaseException as exc:
        say(f"error {exc!r}")
    finally:
        os._exit(0)


def _check(path: Path, lines: list[str], point: int) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",), f"kill point {point}"
        site_ids = {row[0] for row in conn.execute("SELECT id FROM site")}
        for line in lines:
            kind, *rest = line.split()
            if kind == "site":
                assert rest[0] in site_ids, f"kill point {point}: reported site lost"
            elif kind == "leaders":
                count = conn.execute("SELECT count(*) FROM leader WHERE full_name LIKE ?", (f"{rest[0]} %",)).fetchone()
                assert count == (20,), f"kill point {point}: leaders import {rest[0]} has {count[0]} of 20 rows"
            elif kind == "bulk":
                count = conn.execute("SELECT count(*) FROM checklist_item WHERE site_id = ?", (rest[0],)).fetchone()
                assert count == (int(rest[1]),), f"kill point {point}: checklist of {rest[0]} half written"
            elif kind == "plan":
                assert set(rest[2:]) <= site_ids and len(rest[2:]) == int(rest[1]), f"kill point {point}: plan lost"
            elif kind == "backup":  # whole if still there (retention keeps the newest 3 of a day, not all)
                made = Path(rest[0])
                assert not made.exists() or backups.backup_is_sound(made), f"kill point {point}: backup unsound"
        reported_backups = [Path(line.split()[1]) for line in lines if line.startswith("backup ")]
        if reported_backups:  # the newest reported backup is never rotated away by the next kill point
            assert backups.backup_is_sound(reported_backups[-1]), f"kill point {point}: newest backup unsound"
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_kills_through_every_write_path_after_every_file_path(db_path: Path, chunk: int) -> None:
    """7 × 30 = 210 kill points (in chunks, each on its own copy of the database)."""
    _run(db_path, range(chunk * CHUNK, (chunk + 1) * CHUNK), kinds=4)


def test_kills_through_every_write_path_quick(db_path: Path) -> None:
    """The same, at fewer points, in the regular suite (fewer kinds of write are hit on a busy machine)."""
    _run(db_path, range(12), kinds=2)


def _run(db_path: Path, points: range, kinds: int) -> None:
    database = open_database(db_path)
    with database.read() as session:
        codes = [c for (c,) in session.execute(select(Commune.code).order_by(Commune.code))]
        named = session.execute(select(Commune.name, Province.name)
                                .join(Province, Commune.province_code == Province.code)
                                .order_by(Commune.code)).all()
        index = CommuneIndex(session)
    counts: dict[tuple[str, str], int] = {}
    for commune, province in named:
        counts[(commune, province)] = counts.get((commune, province), 0) + 1
    names = [pair for pair in dict.fromkeys((c, p) for c, p in named[len(named) // 2:]) if counts[pair] == 1
             and plan_import.resolve_address(index, pair[0], "", pair[1])[0] == "resolved"][:400]
    database.close()
    rng = random.Random(20261206)
    kinds_killed_in: set[str] = set()
    reported = 0
    killed_mid_writing = 0
    for point in points:
        start = point % len(OPERATIONS)
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            os.close(read_end)
            _writer(db_path, point, start, codes, names, index, write_end)
        os.close(write_end)
        with os.fdopen(read_end, "rb") as pipe:
            first = pipe.readline()
            assert first == b"ready\n", first
            time.sleep(rng.uniform(0.0, 0.8))
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            lines = pipe.read().decode().split("\n")
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, lines
        errors = [line for line in lines if line.startswith("error")]
        assert not errors, errors
        done = [line for line in lines[:-1] if line]
        reported += len(done)
        killed_mid_writing += bool(done)
        kinds_killed_in.add(OPERATIONS[(start + len(done)) % len(OPERATIONS)])
        _check(db_path, done, point)
        for old in sorted(db_path.parent.glob("backups/*before-restore-*.sqlite"))[:-2]:
            old.unlink()  # keep the disk small: no process has them open now
    assert killed_mid_writing >= len(points) // 2  # most kills landed among writes, not before them
    assert len(kinds_killed_in) >= kinds, kinds_killed_in  # and inside several kinds of write
    open_database(db_path).close()  # and the file still opens normally
