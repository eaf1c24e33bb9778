"""The file rule (``store.files``): no code path of the app drops this process's SQLite locks.

A process holds a WAL connection with commits not yet checkpointed and runs every entry point that
can touch its own database file — the daily, manual and before-restore backups, a refused restore,
the restore listing, identification, the open-elsewhere probe, a second opening (upgrade check) and
CLI commands in-process. After each one another process opens and closes the file (which, were our
locks gone, would checkpoint and delete the WAL we still write to), the first process commits again,
and in the end it is killed with SIGKILL: the file must hold every commit, and the ``-wal`` must never
have been deleted while in use.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from festival_planner.store import files

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
CHILD = Path(__file__).with_name("file_rule_child.py")
PROC = Path("/proc/locks").exists()


def open_and_close_elsewhere(path: Path) -> None:
    """Another process opens the file, reads, and closes it (the last user would checkpoint and delete the WAL)."""
    subprocess.run([sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                    "c.execute('SELECT count(*) FROM campaign').fetchone(); c.close()", str(path)],
                   check=True, timeout=60)


def locks_held(pid: int, path: Path) -> int:
    """POSIX locks that process ``pid`` holds on ``path`` (from /proc/locks)."""
    inode = os.stat(path).st_ino
    count = 0
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if "POSIX" in fields and str(pid) in fields and any(f.endswith(f":{inode}") for f in fields):
            count += 1
    return count


def deleted_files(pid: int) -> list[str]:
    """Files process ``pid`` still has open although they were deleted."""
    found = []
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.endswith("(deleted)"):
            found.append(target)
    return found


def campaign_years(path: Path) -> list[int]:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return [year for (year,) in conn.execute("SELECT year FROM campaign ORDER BY year")]


def test_every_entry_point_keeps_the_locks_and_every_commit_survives_sigkill(db_path: Path) -> None:
    committed: list[int] = []
    steps: list[str] = []
    with subprocess.Popen([sys.executable, str(CHILD), str(db_path)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as child:
        _drive(child, db_path, committed, steps)
    assert len(steps) >= 14 and steps[-1] == "final"
    years = campaign_years(db_path)
    assert set(committed) <= set(years), f"lost after SIGKILL: {sorted(set(committed) - set(years))}"
    assert 2099 in years  # the CLI's own write, in-process


def _drive(child: subprocess.Popen, db_path: Path, committed: list[int], steps: list[str]) -> None:
    try:
        assert child.stdout is not None and child.stdin is not None
        while True:
            line = child.stdout.readline().strip()
            if not line:
                raise AssertionError(f"the child stopped: {child.stderr.read() if child.stderr else ''}")
            kind, _, rest = line.partition(" ")
            if kind == "committed":
                committed.append(int(rest.split()[-1]))
                continue
            step = rest or kind
            steps.append(step)
            if PROC:
                assert locks_held(child.pid, db_path) > 0, f"after {step} the process holds no lock on its database"
            open_and_close_elsewhere(db_path)
            if PROC:
                gone = [f for f in deleted_files(child.pid) if db_path.name in f]
                assert not gone, f"after {step} the process writes to deleted files: {gone}"
            assert Path(f"{db_path}-wal").exists(), f"after {step} the -wal was deleted while in use"
            if kind == "final":
                break
            child.stdin.write("\n")
            child.stdin.flush()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)


def test_plain_touches_are_refused_while_open(database, db_path: Path, tmp_path: Path) -> None:
    """Each plain-file function of the rule refuses a database this process has open, and so does a
    plain ``open`` anywhere while the test suite's guard is on."""
    assert files.is_open_here(db_path) is False or files.is_open_here(db_path)  # registered lazily by the pool
    with database.read() as session:  # a pooled connection is open from here on
        session.connection()
        assert files.is_open_here(db_path) and files.is_open_here(f"{db_path}-wal")
        for touch in (lambda: files.read_header(db_path), lambda: files.copy_raw(db_path, tmp_path / "copy"),
                      lambda: files.fsync(db_path), lambda: files.remove_database(db_path),
                      lambda: files.create_private(db_path), lambda: db_path.read_bytes(),
                      lambda: open(f"{db_path}-wal", "rb"), lambda: os.open(db_path, os.O_RDONLY)):
            with pytest.raises(files.FileRuleError):
                touch()
    database.close()
    assert not files.is_open_here(db_path)
    assert files.read_header(db_path).startswith(b"SQLite format 3")


def test_network_share_is_recognised_from_the_mount_table() -> None:
    mountinfo = "\n".join([
        "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw",
        "40 22 0:45 / /mnt/phong\\040ke\\040hoach rw,relatime shared:30 - cifs //nas/kehoach rw,vers=3.0",
        "41 22 0:46 / /srv/nfs rw,relatime shared:31 - nfs4 nas:/export rw",
    ])
    assert files.network_share("/mnt/phong ke hoach/plan.sqlite", mountinfo=lambda: mountinfo) == "cifs"
    assert files.network_share("/srv/nfs/a/plan.sqlite", mountinfo=lambda: mountinfo) == "nfs4"
    assert files.network_share("/home/user/plan.sqlite", mountinfo=lambda: mountinfo) is None
    assert files.network_share("/srv/nfsx/plan.sqlite", mountinfo=lambda: mountinfo) is None


def test_only_the_file_rule_module_connects_or_copies() -> None:
    """Structural: every SQLite connection and every raw copy of a database comes from ``store.files``."""
    import ast

    import festival_planner

    root = Path(festival_planner.__file__).parent
    offenders = []
    for source in root.rglob("*.py"):
        if source == root / "store" / "files.py":
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = node.func.value
                name = f"{owner.id}.{node.func.attr}" if isinstance(owner, ast.Name) else node.func.attr
                if name in ("sqlite3.connect", "shutil.copyfile", "shutil.copy", "shutil.copy2"):
                    offenders.append(f"{source.relative_to(root)}:{node.lineno} {name}")
    assert not offenders, offenders


def test_the_cli_warns_on_one_line_about_a_network_share(db_path: Path, monkeypatch, capsys) -> None:
    from festival_planner import cli

    monkeypatch.setattr(files, "network_share", lambda path, **kw: "nfs4")
    assert cli.main(["campaigns", "list", "--db", str(db_path)]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "ổ mạng chia sẻ (nfs4)" in err[0] and str(db_path) in err[0]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_database_its_side_files_and_backups_are_owner_only_under_umask_022(tmp_path: Path) -> None:
    import stat

    from festival_planner.store.database import open_database

    old_umask = os.umask(0o022)
    try:
        path = tmp_path / "plan.sqlite"
        database = open_database(path, load_gazetteer=False)
        with database.read() as session:
            session.connection()
            made = database.backup("manual")
            modes = {p.name: stat.S_IMODE(p.stat().st_mode)
                     for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), made)}
        database.close()
        assert modes == {name: 0o600 for name in modes}, {k: oct(v) for k, v in modes.items()}
        older = tmp_path / "older.sqlite"  # a file made before this rule (644) is made private when opened
        open_database(older, load_gazetteer=False).close()
        older.chmod(0o644)
        open_database(older, load_gazetteer=False).close()
        assert stat.S_IMODE(older.stat().st_mode) == 0o600
    finally:
        os.umask(old_umask)
