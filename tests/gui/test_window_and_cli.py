"""The window and the command line on one file at once, as a user works: the window open on the demo
plan (its daily backup and a File → Back up made), ``festival-planner sites list`` and ``sites edit``
run from a shell against the same file, an edit in the window through its edit dialog, then
``kill -9`` of the window: both edits are in the file and it passes ``integrity_check``.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from festival_planner.services import demo
from festival_planner.store.database import open_database

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
CHILD = Path(__file__).with_name("window_child.py")


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "festival_planner", *args], capture_output=True, text=True,
                          timeout=120, check=False)


def test_window_and_cli_on_one_file_survive_kill_9(db_path: Path, tmp_path: Path) -> None:
    database = open_database(db_path)
    with database.transaction() as session:
        demo.create_demo(session, 2026)
    database.close()
    rows = json.loads(cli("sites", "list", "--campaign", "2026", "--db", str(db_path), "--json").stdout)
    by_cli, by_window = rows[0], rows[1]
    settings = tmp_path / "window-settings"
    settings.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen([sys.executable, str(CHILD), str(db_path), str(settings)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as window:
        try:
            assert window.stdout is not None and window.stdin is not None
            assert window.stdout.readline().strip() == "ready", window.stderr.read() if window.stderr else ""
            listed = cli("sites", "list", "--campaign", "2026", "--db", str(db_path))
            assert listed.returncode == 0, listed.stderr
            edited = cli("sites", "edit", "--id", by_cli["id"], "--version", str(by_cli["version"]),
                         "--venue", "Hội trường UBND xã (sửa từ dòng lệnh)", "--db", str(db_path))
            assert edited.returncode == 0, edited.stderr
            window.stdin.write(f"edit {by_window['id']} Sân vận động xã (sửa trong cửa sổ)\n")
            window.stdin.flush()
            assert window.stdout.readline().strip() == "edited Sân vận động xã (sửa trong cửa sổ)"
            again = cli("sites", "list", "--campaign", "2026", "--db", str(db_path), "--json")
            assert again.returncode == 0, again.stderr
            wal_kept = Path(f"{db_path}-wal").exists()
            gone = []
            if Path(f"/proc/{window.pid}/fd").exists():
                gone = [os.readlink(fd) for fd in Path(f"/proc/{window.pid}/fd").iterdir()
                        if os.readlink(fd).endswith("(deleted)")]
        finally:
            window.send_signal(signal.SIGKILL)
            window.wait(timeout=60)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        venues = dict(conn.execute("SELECT id, venue FROM site").fetchall())
    assert venues[by_cli["id"].replace("-", "")] == "Hội trường UBND xã (sửa từ dòng lệnh)"
    assert venues[by_window["id"].replace("-", "")] == "Sân vận động xã (sửa trong cửa sổ)"
    assert wal_kept and not gone, f"the window writes to deleted files: {gone}"
    backups = list((db_path.parent / "backups").glob("planner-*.sqlite"))
    assert len(backups) >= 2  # the daily backup and the File menu's
