"""``backups`` (list a database's backups) and ``restore BACKUP`` (put one back, safely).

Restore never copies a file over the database: it refuses while the file is open elsewhere, keeps
the current file as a ``before-restore`` backup, writes the backup in through SQLite's backup API
and checks the result (``store/restore.py``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from festival_planner.cli.common import EXIT_OK, Commands, add_common, db_target, print_json
from festival_planner.cli.texts import t


def register(commands: Commands) -> None:
    listing = commands.add_parser("backups", help=t("cmd_backups"))
    add_common(listing)
    listing.set_defaults(run=run_list)
    restore = commands.add_parser("restore", help=t("cmd_restore"))
    restore.add_argument("backup", metavar="BACKUP", help=t("help_backup_file"))
    add_common(restore)
    restore.set_defaults(run=run_restore)


def _db_path(args: argparse.Namespace) -> Path:
    from festival_planner.domain.errors import DatabaseError

    target = db_target(args)
    if "://" in target:
        raise DatabaseError("backup_unsupported")
    return Path(target).expanduser().resolve()


def _campaigns_text(info) -> str:  # type: ignore[no-untyped-def]
    return ", ".join(t("out_backup_campaign", year=c.year, sites=c.sites) for c in info.campaigns) or "—"


def run_list(args: argparse.Namespace) -> int:
    from festival_planner.store.restore import list_backups

    backups = list_backups(_db_path(args))
    if args.json:
        print_json([b.to_json() for b in backups])
        return EXIT_OK
    for info in backups:
        made = info.made_at.strftime("%d/%m/%Y %H:%M") if info.made_at else "?"
        state = t("out_backup_ok") if info.ok else t("out_backup_bad", problem=info.problem)
        print(f"{made}  {info.size / 1_048_576:5.1f} MB  {info.reason:<22} {_campaigns_text(info)}  {state}")
        print(f"    {info.path}")
    print(t("out_backup_count", count=len(backups)))
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    from festival_planner.domain.errors import ValidationError
    from festival_planner.store.restore import restore

    database, backup = _db_path(args), Path(args.backup).expanduser()
    if backup.resolve() == database or (backup.exists() and database.exists() and backup.samefile(database)):
        raise ValidationError("restore_onto_itself", path=str(backup))  # the file would be replaced by itself
    result = restore(database, backup)
    if args.json:
        print_json(result.to_json())
    else:
        made = result.restored.made_at.strftime("%d/%m/%Y %H:%M") if result.restored.made_at else "?"
        print(t("out_restored", made=made, campaigns=_campaigns_text(result.restored), database=result.database))
        if result.kept_aside:
            print(t("out_kept_aside", path=result.kept_aside))
    if result.warning is not None:
        print(f"festival-planner: {result.warning.message}", file=sys.stderr)
    return EXIT_OK
