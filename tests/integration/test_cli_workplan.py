"""``tasks apply`` (alias ``apply-workplan``) and ``campaigns edit --festival-day`` on a real database
file: the national workplan counted back from the festival day, applying twice refused in one line,
the open tasks' due dates following the festival day (done ones kept), ``--keep-task-dates``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from festival_planner.cli import main
from festival_planner.domain import messages
from festival_planner.domain.enums import ChecklistStatus, TemplateScope
from festival_planner.services import campaigns, checklist_templates, checklists
from festival_planner.store.database import open_database


@pytest.fixture(autouse=True)
def vietnamese_afterwards():
    yield
    messages.set_language("vi")


def run(capsys, *argv: str, lang: str = "vi") -> tuple[int, str, str]:
    code = main([*argv, "--lang", lang])
    out, err = capsys.readouterr()
    return code, out, err


def tasks(db_path: Path) -> list[checklists.ChecklistItemRow]:
    database = open_database(db_path)
    try:
        with database.read() as session:
            return checklists.list_campaign_tasks(session, campaigns.get_campaign(session, 2026).id)
    finally:
        database.close()


def test_apply_workplan_and_move_the_festival_day(capsys, db_path: Path) -> None:
    db = str(db_path)
    assert run(capsys, "campaigns", "add", "--year", "2026", "--db", db)[0] == 0
    specs = next(s for n, _d, scope, s in checklist_templates.shipped_templates()
                 if n == checklist_templates.DEFAULT_WORKPLAN and scope is TemplateScope.CAMPAIGN)
    code, out, err = run(capsys, "tasks", "apply", "--campaign", "2026", "--db", db)
    assert code == 0, err
    assert f"“Kế hoạch toàn quốc” cho năm 2026: {len(specs)} công việc" in out and "19/08/2026" in out
    stored = tasks(db_path)
    assert [(t.title, t.due_date) for t in stored] == [
        (s.title, dt.date(2026, 8, 19) - dt.timedelta(days=s.days_before)) for s in specs]

    code, out, err = run(capsys, "tasks", "apply-workplan", "--campaign", "2026", "--db", db)
    assert code != 0 and out == "" and len(err.strip().splitlines()) == 1 and "--replace" in err

    code, out, err = run(capsys, "tasks", "set", "--item", str(stored[0].id), "--status", "done", "--db", db)
    assert code == 0, err
    code, out, err = run(capsys, "campaigns", "edit", "--year", "2026", "--festival-day", "15/08/2026",
                         "--db", db, "--json", lang="en")
    assert code == 0, err
    edited = json.loads(out)
    assert edited["festival_day"] == "2026-08-15" and len(edited["moved_due_dates"]) == len(specs) - 1
    after = {t.id: t for t in tasks(db_path)}
    assert after[stored[0].id].due_date == stored[0].due_date and after[stored[0].id].status is ChecklistStatus.DONE
    assert all(after[t.id].due_date == t.due_date - dt.timedelta(days=4) for t in stored[1:])

    code, out, err = run(capsys, "campaigns", "edit", "--year", "2026", "--festival-day", "10/08/2026",
                         "--keep-task-dates", "--db", db)
    assert code == 0 and err == ""
    assert {t.id: t.due_date for t in tasks(db_path)} == {i: t.due_date for i, t in after.items()}

    code, out, err = run(capsys, "tasks", "apply", "--campaign", "2026", "--replace", "--db", db, "--json")
    assert code == 0, err
    assert [r["due_date"] for r in json.loads(out)] == [
        (dt.date(2026, 8, 10) - dt.timedelta(days=s.days_before)).isoformat() for s in specs]
