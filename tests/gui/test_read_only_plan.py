"""A plan on a read-only file and folder (a share marked read-only, a file from a colleague) opens for
viewing: the window starts (exit 0) with its title marked and its editing actions disabled, and every
command that only reads — sites list, progress, budget, tasks list, conflicts, print site — works."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from festival_planner.services import demo
from festival_planner.store.database import open_database
from integration.safety_helpers import checkpoint, read_only


def _demo_plan(db_path: Path) -> str:
    database = open_database(db_path)
    with database.write() as session:
        demo.create_demo(session, 2026)
    database.close()
    checkpoint(db_path)
    for side in ("-wal", "-shm"):
        Path(f"{db_path}{side}").unlink(missing_ok=True)
    return str(db_path)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "festival_planner", *args], capture_output=True, text=True,
                          timeout=180, check=False)


def test_a_read_only_plan_opens_in_the_window_and_every_reading_command_works(db_path: Path, tmp_path: Path) -> None:
    plan = _demo_plan(db_path)
    before = db_path.read_bytes()
    out = tmp_path.parent / f"{tmp_path.name}-out"
    out.mkdir()
    with read_only(db_path), read_only(db_path.parent):
        site_id = json.loads(_cli("sites", "list", "--campaign", "2026", "--db", plan, "--json").stdout)[0]["id"]
        for command in (["sites", "list", "--campaign", "2026"], ["progress", "--campaign", "2026"],
                        ["budget", "--campaign", "2026"], ["tasks", "list", "--campaign", "2026"],
                        ["conflicts", "--campaign", "2026"],
                        ["print", "site", "--site", site_id, "--pdf", str(out / "diem.pdf")]):
            done = _cli(*command, "--db", plan)
            assert done.returncode == 0, (command, done.stderr)
        window = subprocess.run([sys.executable, "-m", "festival_planner", "gui", "--db", plan], capture_output=True,
                                text=True, timeout=180, check=False,
                                env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                     "FESTIVAL_PLANNER_EXIT_AFTER_MS": "1500"})
        assert window.returncode == 0, window.stderr
    assert (out / "diem.pdf").stat().st_size > 0
    assert db_path.read_bytes() == before
    assert not [p for p in db_path.parent.iterdir() if p.name.startswith(f"{db_path.name}-")]  # no -wal, -shm


def test_the_window_on_a_read_only_plan_marks_its_title_and_disables_editing(qtbot, db_path: Path,
                                                                            settings) -> None:
    from festival_planner.app import workspace_classes
    from festival_planner.gui.main_window import MainWindow

    _demo_plan(db_path)
    with read_only(db_path):
        database = open_database(db_path)
        window = MainWindow(database, settings, workspace_classes())
        qtbot.addWidget(window)
        window.show()
        try:
            assert database.read_only and "(chỉ đọc)" in window.windowTitle()
            sites_ws = window.workspace("sites")
            sites_ws.view.select_site(sites_ws.view.model.rows()[0].id)
            assert window.workspace("sites").view.model.rowCount() == 28
            editing = [a for a in (sites_ws.add_action, sites_ws.edit_action, sites_ws.delete_action,
                                   window.campaigns.new_action, window.campaigns.plan_action) if a.isEnabled()]
            assert editing == []
            window.show_workspace("checklists")  # add, edit, delete of a row stay off with a row selected
            checklists_ws = window.workspace("checklists")
            checklists_ws.items.select_items([checklists_ws.items.model.rows()[0].id])
            assert [a for a in checklists_ws.row_actions() if a.isEnabled()] == []
            assert checklists_ws.items.selected_rows()
        finally:
            window.close()
            database.close()
