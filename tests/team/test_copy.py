"""``festival-planner copy --from A --to B``: a year moves from a file to the team server and back, verified
row by row, and a target that holds a plan is never copied over without being told to."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from festival_planner.cli import main
from festival_planner.services import demo
from festival_planner.store import copy
from festival_planner.store.database import open_database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def plan_file(template_db: Path, tmp_path: Path) -> Path:
    """A SQLite file holding the demo plan (this folder's ``db_path`` is a server database)."""
    path = tmp_path / "planner.sqlite"
    shutil.copyfile(template_db, path)
    database = open_database(path)
    with database.write() as session:
        demo.create_demo(session, 2026)
    database.close()
    return path


def test_file_to_server_and_back_is_the_same_plan(capsys, plan_file: Path, pg_url: str, tmp_path: Path) -> None:
    code, out, err = run(capsys, "copy", "--from", str(plan_file), "--to", pg_url, "--json")
    assert code == 0, err
    there = json.loads(out)
    assert there["verified"] and there["replaced"] == 0
    rows = {entry["table"]: entry["rows"] for entry in there["tables"]}
    assert rows["site"] >= 28 and rows["change_log"] > rows["site"] and rows["invitation"] > 0

    back = tmp_path / "về" / "planner.sqlite"
    code, out, err = run(capsys, "copy", "--from", pg_url, "--to", str(back))
    assert code == 0, err
    assert "Đối chiếu từng dòng" in out and "khớp hoàn toàn" in out

    first, server, last = open_database(plan_file), open_database(pg_url), open_database(back)
    try:
        for one, two in ((first, server), (first, last)):
            checks = copy.compare(one, two)
            assert [c.table for c in checks if not c.equal] == []
            assert sum(c.source_rows for c in checks) == there["rows"]
        code, out, _ = run(capsys, "sites", "list", "--campaign", "2026", "--db", str(back), "--json")
        assert code == 0 and len(json.loads(out)) == 28
    finally:
        for database in (first, server, last):
            database.close()


def test_a_target_holding_a_plan_is_refused_unless_replace(capsys, plan_file: Path, pg_url: str) -> None:
    assert run(capsys, "demo", "--db", pg_url, "--year", "2030")[0] == 0
    server = open_database(pg_url)
    try:
        with server.read() as session:
            before = [c.year for c in demo_campaigns(session)]
    finally:
        server.close()
    assert 2030 in before and 2026 not in before
    code, out, err = run(capsys, "copy", "--from", str(plan_file), "--to", pg_url)
    assert code == 1 and out == "" and err.count("\n") == 1 and "--replace" in err
    server = open_database(pg_url)
    try:
        with server.read() as session:
            assert [c.year for c in demo_campaigns(session)] == before  # nothing copied
    finally:
        server.close()

    code, out, err = run(capsys, "copy", "--from", str(plan_file), "--to", pg_url, "--replace", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["verified"] and report["replaced"] > 0
    server = open_database(pg_url)
    try:
        with server.read() as session:
            years = [c.year for c in demo_campaigns(session)]
        assert 2026 in years and 2030 not in years
    finally:
        server.close()


def test_copying_a_database_onto_itself_is_refused(capsys, plan_file: Path) -> None:
    code, out, err = run(capsys, "copy", "--from", str(plan_file), "--to", str(plan_file))
    assert code == 1 and "cùng một cơ sở dữ liệu" in err


def test_a_changed_row_on_one_side_shows_in_the_comparison(plan_file: Path, tmp_path: Path) -> None:
    """The verification can fail: one venue changed after a copy makes the site table differ, only it."""
    target = tmp_path / "copy.sqlite"
    source, other = open_database(plan_file), open_database(target)
    try:
        assert copy.copy_database(source, other).verified
        with other.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE site SET venue = venue || '.' WHERE rowid = 1")
        assert [c.table for c in copy.compare(source, other) if not c.equal] == ["site"]
    finally:
        source.close()
        other.close()


def demo_campaigns(session):  # type: ignore[no-untyped-def]
    from festival_planner.services import campaigns

    return campaigns.list_campaigns(session)
