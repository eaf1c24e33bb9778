"""Child process of ``test_file_rule.py``: holds a WAL connection and runs every entry point that
reads, copies, probes or identifies its own database file, committing after each one.

Protocol on stdin/stdout: after an entry point it prints ``step NAME`` and waits for a line (the
parent meanwhile lets another process open and close the file), then commits the campaign of the
next year and prints ``committed NAME YEAR``. After the last one it prints ``final`` and waits to be
killed with SIGKILL.
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

from festival_planner import cli
from festival_planner.domain.errors import DatabaseError
from festival_planner.services import campaigns
from festival_planner.store import backup as backups
from festival_planner.store import restore
from festival_planner.store.database import in_use_elsewhere, open_database
from festival_planner.store.sqlite_file import read_facts

FIRST_YEAR = 2040


def _cli(*argv: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(argv))
    if code != 0:
        raise SystemExit(f"cli {argv} failed with {code}: {err.getvalue()}")


def main(path: Path) -> None:
    database = open_database(path)
    year = FIRST_YEAR

    def commit(name: str) -> None:
        nonlocal year
        with database.transaction() as session:
            campaigns.ensure_campaign(session, year)
        print(f"committed {name} {year}", flush=True)
        year += 1

    commit("first")  # the WAL now holds a commit that is not checkpointed into the file

    def refused_restore() -> None:
        made = backups.backups_of(path)[0].path
        try:
            restore.restore(path, made)
        except DatabaseError as exc:
            assert exc.code == "database_in_use", exc.code
        else:
            raise AssertionError("restore ran while the database was open")

    def reopen() -> None:
        open_database(path).close()  # identification and the upgrade check of a second opening

    entry_points = {
        "daily_backup": database.backup_if_due,
        "manual_backup": lambda: database.backup("manual"),
        "before_restore_backup": lambda: backups.rotating_backup(path, "before-restore"),
        "restore_refused": refused_restore,
        "restore_listing": lambda: restore.list_backups(path),
        "newest_good_backup": lambda: backups.newest_good_backup(path),
        "identification": lambda: read_facts(path),
        "identification_full": lambda: read_facts(path, check="integrity_check"),
        "open_elsewhere_probe": lambda: in_use_elsewhere(path),
        "upgrade_check": reopen,
        "cli_sites_list": lambda: _cli("sites", "list", "--campaign", str(FIRST_YEAR), "--db", str(path), "--json"),
        "cli_campaigns_add": lambda: _cli("campaigns", "add", "--year", "2099", "--db", str(path)),
        "cli_backup": lambda: _cli("backup", "--db", str(path)),
        "cli_backups": lambda: _cli("backups", "--db", str(path), "--json"),
    }
    for name, run in entry_points.items():
        run()
        print(f"step {name}", flush=True)
        sys.stdin.readline()
        commit(name)
    print("final", flush=True)
    sys.stdin.readline()  # killed here


if __name__ == "__main__":
    main(Path(sys.argv[1]))
