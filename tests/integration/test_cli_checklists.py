"""The checklist, tasks, programme, progress and budget commands on real database files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from festival_planner.cli import main
from festival_planner.domain import messages
from festival_planner.domain.checklist_rules import done_as_of, overdue_as_of
from festival_planner.domain.enums import ChecklistStatus
from tests.integration.checklist_fixtures import make_sites


@pytest.fixture(autouse=True)
def vietnamese_afterwards():
    """These tests read the English output (--lang en); later tests expect the default language."""
    yield
    messages.set_language("vi")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--lang", "en"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(demo_copy: Path) -> Path:
    """The demo plan (``tests/integration/test_cli.py`` runs the ``demo`` command itself)."""
    return demo_copy


def site_ids(capsys, db: Path) -> list[str]:
    code, out, _ = run(capsys, "sites", "list", "--campaign", "2026", "--db", str(db), "--json")
    assert code == 0
    return [s["id"] for s in json.loads(out)]


def test_progress_as_of_matches_the_checklists_on_the_demo(capsys, demo_db: Path) -> None:
    code, out, _ = run(capsys, "progress", "--campaign", "2026", "--as-of", "01/08/2026", "--db", str(demo_db),
                       "--json")
    assert code == 0
    progress = json.loads(out)
    assert progress["as_of"] == "2026-08-01"
    assert len(progress["sites"]) == 28 and progress["regions"]
    assert {"site_id", "readiness", "done", "total", "overdue"} <= set(progress["sites"][0])
    day = dt.date(2026, 8, 1)
    some_overdue = False
    for site in progress["sites"]:
        code, out, _ = run(capsys, "checklist", "list", "--site", site["site_id"], "--db", str(demo_db), "--json")
        assert code == 0
        items = json.loads(out)
        assert {"id", "title", "category", "owner", "due_date", "status"} <= set(items[0])

        def parsed(item: dict, key: str) -> dt.date | None:
            return dt.date.fromisoformat(item[key]) if item[key] else None

        done = sum(done_as_of(ChecklistStatus(i["status"]), parsed(i, "completed_on"), day) for i in items)
        overdue = sum(overdue_as_of(ChecklistStatus(i["status"]), parsed(i, "completed_on"), parsed(i, "due_date"),
                                    day) for i in items)
        assert (site["total"], site["done"], site["overdue"]) == (len(items), done, overdue), site["commune_name"]
        assert site["readiness"] == pytest.approx(done / len(items), abs=1e-4)
        some_overdue = some_overdue or overdue > 0
    assert some_overdue  # the demo has late sites on 1 August
    region_total = sum(r["total"] for r in progress["regions"])
    live = [s for s in progress["sites"] if s["status"] != "cancelled"]
    assert region_total == sum(s["total"] for s in live)


def test_apply_list_set_and_move_the_date(capsys, database, db_path: Path) -> None:
    _, (site, _other) = make_sites(database, dt.date(2026, 8, 10), dt.date(2026, 8, 12))
    db = str(db_path)
    code, out, _ = run(capsys, "checklist", "apply", "--site", str(site.id), "--db", db)
    assert code == 0 and "Applied" in out
    code, out, _ = run(capsys, "checklist", "list", "--site", str(site.id), "--db", db, "--json")
    items = json.loads(out)
    assert len(items) >= 30
    first = items[0]
    code, out, _ = run(capsys, "checklist", "set", "--item", first["id"], "--status", "done", "--db", db, "--json")
    assert code == 0 and json.loads(out)["status"] == "done"
    # Moving the site's date moves the open items and says which.
    code, out, err = run(capsys, "sites", "edit", "--id", str(site.id), "--date", "13/08/2026", "--db", db, "--json")
    assert code == 0
    moved = json.loads(out)["moved_due_dates"]
    assert len(moved) == len(items) - 1 and first["id"] not in {m["item_id"] for m in moved}
    assert f"Moved the due dates of {len(moved)} open tasks" in err
    code, out, _ = run(capsys, "checklist", "list", "--site", str(site.id), "--db", db, "--json")
    after = {i["id"]: i for i in json.loads(out)}
    assert after[first["id"]]["due_date"] == first["due_date"]
    other = items[1]
    assert dt.date.fromisoformat(after[other["id"]]["due_date"]) == \
        dt.date.fromisoformat(other["due_date"]) + dt.timedelta(days=3)


def test_bad_input_is_one_line_and_writes_nothing(capsys, database, db_path: Path) -> None:
    _, (site, _other) = make_sites(database, dt.date(2026, 8, 10), dt.date(2026, 8, 12))
    db = str(db_path)
    for argv in (("checklist", "apply", "--site", "nope"),
                 ("checklist", "apply", "--site", str(site.id), "--template", "Không có mẫu này"),
                 ("checklist", "set", "--item", "xyz", "--status", "done"),
                 ("checklist", "set", "--item", str(site.id), "--status", "done"),
                 ("progress", "--campaign", "2026", "--as-of", "32/13/2026"),
                 ("tasks", "list", "--campaign", "2031"),
                 ("programme", "show", "--site", "nope")):
        code, out, err = run(capsys, *argv, "--db", db)
        assert code == 1, argv
        assert out == "" and err.count("\n") == 1, (argv, err)
    with pytest.raises(SystemExit) as info:
        run(capsys, "checklist", "set", "--item", str(site.id), "--status", "finished", "--db", db)
    assert info.value.code == 2 and capsys.readouterr().err.count("\n") == 1
    code, out, _ = run(capsys, "checklist", "list", "--site", str(site.id), "--db", db, "--json")
    assert code == 0 and json.loads(out) == []


def test_tasks_programme_and_budget_on_the_demo(capsys, demo_db: Path) -> None:
    db = str(demo_db)
    code, out, _ = run(capsys, "tasks", "list", "--campaign", "2026", "--db", db, "--json")
    tasks = json.loads(out)
    assert code == 0 and tasks and all(t["site_id"] is None for t in tasks)
    site = site_ids(capsys, demo_db)[0]
    code, out, _ = run(capsys, "programme", "show", "--site", site, "--db", db, "--json")
    programme = json.loads(out)
    assert code == 0 and programme["items"][0]["start_time"] == "07:30"
    code, out, _ = run(capsys, "budget", "--campaign", "2026", "--db", db, "--json")
    budget = json.loads(out)
    assert code == 0
    assert budget["total"]["estimated"] == sum(s["estimated"] for s in budget["sites"])
    assert budget["warnings"] and "by_category" in budget["sites"][0] and "by_source" in budget["total"]
    code, out, _ = run(capsys, "budget", "--campaign", "2026", "--db", db)
    assert code == 0 and "Overspend" in out and "." in out.split("Total:")[1]  # 4.655.000.000 ₫


def test_init_installs_the_shipped_templates(capsys, tmp_path: Path) -> None:
    from festival_planner.services.checklist_templates import list_templates
    from festival_planner.store.database import open_database

    db = tmp_path / "new.sqlite"
    assert run(capsys, "init", "--db", str(db))[0] == 0
    database = open_database(db)
    try:
        with database.transaction() as session:
            names = {t.name for t in list_templates(session)}
    finally:
        database.close()
    assert {"Mặc định", "Kế hoạch toàn quốc"} <= names
