"""``budget add|edit|delete``, ``programme add|edit|delete`` and ``tasks add|set|delete`` on a real
database file: JSON in English snake_case, refusals as one line on stderr with a non-zero exit, and the
file read back after each command."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from festival_planner.cli import main
from festival_planner.domain import messages
from festival_planner.services import budget, checklists, programme
from festival_planner.store.database import open_database
from tests.integration.checklist_fixtures import make_sites


@pytest.fixture(autouse=True)
def vietnamese_afterwards():
    yield
    messages.set_language("vi")


def run(capsys, *argv: str, lang: str = "en") -> tuple[int, str, str]:
    code = main([*argv, "--lang", lang])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def site(db_path: Path):
    database = open_database(db_path)
    try:
        _campaign, [row] = make_sites(database, dt.date(2026, 8, 10))
    finally:
        database.close()
    return row


def read(db_path: Path, call):
    database = open_database(db_path)
    try:
        with database.read() as session:
            return call(session)
    finally:
        database.close()


def test_budget_add_edit_delete(capsys, db_path: Path, site) -> None:
    db = str(db_path)
    code, out, err = run(capsys, "budget", "add", "--site", str(site.id), "--category", "sound", "--estimated",
                         "12.500.000", "--description", "Thuê âm thanh", "--db", db, "--json")
    assert code == 0, err
    added = json.loads(out)
    assert {"id", "site_id", "category", "description", "estimated", "actual", "funding_source", "note",
            "overspent", "version"} == set(added)
    assert (added["estimated"], added["actual"], added["funding_source"]) == (12_500_000, None, "local")
    [line] = read(db_path, lambda s: budget.list_budget_lines(s, site.id))
    assert str(line.id) == added["id"] and line.description == "Thuê âm thanh"

    code, out, err = run(capsys, "budget", "edit", "--line", added["id"], "--actual", "13.000.000", "--db", db)
    assert code == 0, err
    assert out.strip() == "Edited “Thuê âm thanh”: estimated 12.500.000 ₫, actual 13.000.000 ₫."
    assert read(db_path, lambda s: budget.list_budget_lines(s, site.id))[0].actual_vnd == 13_000_000
    code, out, _ = run(capsys, "budget", "--campaign", "2026", "--db", db, "--json")  # the summary, as before
    assert code == 0 and json.loads(out)["total"]["estimated"] == 12_500_000
    code, out, _ = run(capsys, "budget", "show", "--campaign", "2026", "--db", db, "--json")
    assert code == 0 and json.loads(out)["total"]["actual"] == 13_000_000

    # Refusals: one line on stderr, exit 1, nothing written.
    code, out, err = run(capsys, "budget", "edit", "--line", added["id"], "--estimated", "12,5 triệu", "--db", db,
                         lang="vi")
    assert code == 1 and out == "" and err.count("\n") == 1 and "Số tiền không hợp lệ" in err
    code, _, err = run(capsys, "budget", "delete", "--line", "nope", "--db", db)
    assert code == 1 and err.strip() == ("festival-planner: Invalid budget line id: “nope” (see the id column of: "
                                         "festival-planner budget show --json).")
    with pytest.raises(SystemExit) as exited:  # the syntax is checked first: exit 2, the option named
        main(["budget", "add", "--site", str(site.id), "--category", "sound", "--db", db])
    assert exited.value.code == 2 and "--estimated" in capsys.readouterr().err

    code, out, err = run(capsys, "budget", "delete", "--line", added["id"], "--db", db, "--json")
    assert code == 0, err
    assert json.loads(out)["deleted"]["id"] == added["id"]
    assert read(db_path, lambda s: budget.list_budget_lines(s, site.id)) == []
    code, _, err = run(capsys, "budget", "delete", "--line", added["id"], "--db", db)
    assert code == 1 and "no longer exists" in err


def test_programme_add_edit_delete(capsys, db_path: Path, site) -> None:
    db = str(db_path)
    code, out, err = run(capsys, "programme", "add", "--site", str(site.id), "--start", "7:30", "--minutes", "30",
                         "--title", "Đón tiếp đại biểu", "--db", db, "--json")
    assert code == 0, err
    first = json.loads(out)
    assert (first["start_time"], first["end_time"], first["part"]) == ("07:30", "08:00", "ceremony")
    code, out, err = run(capsys, "programme", "add", "--site", str(site.id), "--start", "08:00", "--minutes", "20",
                         "--title", "Văn nghệ chào mừng", "--part", "festivities", "--db", db)
    assert code == 0, err
    assert out.startswith("Added 08:00–08:20 “Văn nghệ chào mừng” (id ")

    # Overlapping refused; a longer first item moves the second.
    code, _, err = run(capsys, "programme", "add", "--site", str(site.id), "--start", "7:45", "--minutes", "10",
                       "--title", "Chen ngang", "--db", db, lang="vi")
    assert code == 1 and err.count("\n") == 1 and "Chen ngang" in err
    code, out, err = run(capsys, "programme", "edit", "--entry", first["id"], "--minutes", "45", "--db", db,
                         "--json")
    assert code == 0, err
    assert json.loads(out)["moved"] == 1 and json.loads(out)["end_time"] == "08:15"
    items = read(db_path, lambda s: programme.get_programme(s, site.id).items)
    assert [(i.title, i.start_time) for i in items] == [("Đón tiếp đại biểu", dt.time(7, 30)),
                                                        ("Văn nghệ chào mừng", dt.time(8, 15))]
    code, out, err = run(capsys, "programme", "delete", "--entry", first["id"], "--db", db)
    assert code == 0 and out.strip() == "Deleted 07:30–08:15 “Đón tiếp đại biểu”."
    assert [i.title for i in read(db_path, lambda s: programme.get_programme(s, site.id).items)] == [
        "Văn nghệ chào mừng"]
    code, _, err = run(capsys, "programme", "edit", "--entry", "x", "--title", "A", "--db", db)
    assert code == 1 and "Invalid programme item id" in err


def test_tasks_add_set_delete(capsys, db_path: Path, site) -> None:
    db = str(db_path)
    code, out, err = run(capsys, "tasks", "add", "--campaign", "2026", "--title", "Gửi công văn hướng dẫn",
                         "--owner", "Ban Tuyên giáo", "--due", "15/07/2026", "--db", db, "--json")
    assert code == 0, err
    task = json.loads(out)
    assert (task["site_id"], task["due_date"], task["status"]) == (None, "2026-07-15", "todo")
    code, out, err = run(capsys, "tasks", "set", "--item", task["id"], "--status", "done", "--due", "", "--db", db)
    assert code == 0, err
    [stored] = read(db_path, lambda s: checklists.list_campaign_tasks(s, site.campaign_id))
    assert stored.status.value == "done" and stored.due_date is None and stored.completed_on == dt.date.today()

    # A site's checklist item is not a task: refused.
    database = open_database(db_path)
    try:
        with database.transaction() as session:
            item = checklists.add_item(session, site.id, "Mượn loa")
    finally:
        database.close()
    code, _, err = run(capsys, "tasks", "delete", "--item", str(item.id), "--db", db)
    assert code == 1 and "not a national task" in err
    code, _, err = run(capsys, "tasks", "set", "--item", task["id"], "--due", "31/02/2026", "--db", db, lang="vi")
    assert code == 1 and "Ngày không tồn tại" in err

    code, out, err = run(capsys, "tasks", "delete", "--item", task["id"], "--db", db, "--json")
    assert code == 0 and json.loads(out)["deleted"]["title"] == "Gửi công văn hướng dẫn"
    assert read(db_path, lambda s: checklists.list_campaign_tasks(s, site.campaign_id)) == []
    assert len(read(db_path, lambda s: checklists.list_items(s, site.id))) == 1
