"""The team server's command: ``copy --from A --to B`` (a file to the server and back, verified)."""

from __future__ import annotations

import argparse
from pathlib import Path

from festival_planner.cli.common import EXIT_OK, Commands, add_common, print_json
from festival_planner.cli.texts import t


def register(commands: Commands) -> None:
    copy = commands.add_parser("copy", help=t("cmd_copy"))
    copy.add_argument("--from", dest="source", metavar="A", required=True, help=t("help_copy_from"))
    copy.add_argument("--to", dest="target", metavar="B", required=True, help=t("help_copy_to"))
    copy.add_argument("--replace", action="store_true", help=t("help_copy_replace"))
    add_common(copy)
    copy.set_defaults(run=run_copy)


def run_copy(args: argparse.Namespace) -> int:
    from festival_planner.cli.common import open_db
    from festival_planner.domain.errors import DatabaseError
    from festival_planner.store.copy import copy_database

    if "://" not in args.source and not Path(args.source).expanduser().exists():
        raise DatabaseError("database_missing", path=args.source)
    source = open_db(argparse.Namespace(db=args.source))
    target = open_db(argparse.Namespace(db=args.target), create=True)
    report = copy_database(source, target, replace=args.replace)
    if args.json:
        print_json(report.to_json())
    else:
        if report.replaced:
            print(t("out_copy_replaced", rows=report.replaced))
        print(t("out_copied", rows=report.copied, tables=len(report.tables), source=report.source,
                target=report.target))
        print(t("out_copy_verified", tables=len(report.tables)))
    return EXIT_OK
