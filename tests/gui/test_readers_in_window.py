"""Issue 14, item 9 in the window: opening a file and every workspace's reads go through the read door,
so they answer at once while another process (an import in another window) holds the write lock."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from festival_planner.gui.database_open import open_with_progress
from festival_planner.gui.operations import Operations
from festival_planner.services import campaigns, demo, sites
from festival_planner.store import database as store_database
from integration.test_readers_and_writers import HOLD_WRITE_LOCK


def test_the_window_opens_and_reads_while_another_process_writes(qtbot, db_path: Path, settings,
                                                                 monkeypatch) -> None:
    from festival_planner.app import workspace_classes
    from festival_planner.gui.main_window import MainWindow

    prepared = open_with_progress(db_path)  # installs the shipped templates: a file as the app leaves it
    with prepared.transaction() as session:
        demo.create_demo(session, 2026)
    prepared.close()
    monkeypatch.setattr(store_database, "BUSY_TIMEOUT_MS", 200)  # a read that waited would fail at once
    holder = subprocess.Popen([sys.executable, "-c", HOLD_WRITE_LOCK, str(db_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        database = open_with_progress(db_path)
        try:
            window = MainWindow(database, settings, workspace_classes())
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            ops = Operations(database)
            campaign = ops.read(lambda s: campaigns.get_campaign(s, 2026))
            assert len(ops.read(lambda s: sites.list_sites(s, campaign.id))) == 28
            window.close()
        finally:
            database.close()
    finally:
        holder.communicate("", timeout=30)
    assert holder.returncode == 0
