"""``leaders list|add|import|export``: the directory of central leaders."""

from __future__ import annotations

import argparse
import sys

from festival_planner.cli.common import EXIT_ERROR, EXIT_OK, Commands, Parser, add_common, integer, open_db, print_json
from festival_planner.cli.texts import t


def register(commands: Commands) -> None:
    leaders = commands.add_parser("leaders", help=t("cmd_leaders"))
    actions = leaders.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser,
                                     help=t("help_action"))
    listing = actions.add_parser("list", help=t("cmd_leaders_list"))
    listing.add_argument("--filter", default="", metavar="TEXT", help=t("help_filter"))
    add_common(listing)
    listing.set_defaults(run=run_list)
    add = actions.add_parser("add", help=t("cmd_leaders_add"))
    add.add_argument("--name", required=True, help=t("help_name"))
    add.add_argument("--title", default="", help=t("help_title"))
    add.add_argument("--organisation", default="", help=t("help_organisation"))
    add.add_argument("--rank", type=integer, default=None, metavar="N", help=t("help_rank"))
    add.add_argument("--phone", default="", help=t("help_phone"))
    add.add_argument("--email", default="", help=t("help_email"))
    add.add_argument("--notes", default="", help=t("help_notes"))
    add_common(add)
    add.set_defaults(run=run_add)
    imp = actions.add_parser("import", help=t("cmd_leaders_import"))
    imp.add_argument("file", metavar="FILE", help=t("help_file"))
    imp.add_argument("--dry-run", action="store_true", help=t("help_dry_run"))
    imp.add_argument("--header-row", type=integer, default=None, metavar="N", help=t("help_header_row"))
    add_common(imp)
    imp.set_defaults(run=run_import)
    export = actions.add_parser("export", help=t("cmd_leaders_export"))
    export.add_argument("file", metavar="FILE", help=t("help_out_file"))
    add_common(export, json_output=False)
    export.set_defaults(run=run_export)


def print_leader(row, *, with_id: bool = False) -> None:  # type: ignore[no-untyped-def]
    print(t("out_leader", rank=row.precedence_rank, name=row.full_name, title=row.title or "—",
            organisation=row.organisation or "—", inactive="" if row.active else t("out_inactive"))
          + (f"  {row.id}" if with_id else ""))


def run_list(args: argparse.Namespace) -> int:
    from festival_planner.services import leaders

    database = open_db(args)
    with database.read() as session:
        rows = leaders.list_leaders(session, args.filter)
    if args.json:
        print_json([r.to_json() for r in rows])
        return EXIT_OK
    for row in rows:
        print_leader(row, with_id=True)
    print(t("out_leader_count", count=len(rows)), file=sys.stderr)
    return EXIT_OK


def run_add(args: argparse.Namespace) -> int:
    from festival_planner.services import leaders

    values = {"title": args.title, "organisation": args.organisation, "phone": args.phone, "email": args.email,
              "notes": args.notes}
    if args.rank is not None:
        values["precedence_rank"] = args.rank
    database = open_db(args)
    with database.transaction() as session:
        row = leaders.add_leader(session, args.name, **values)
    if args.json:
        print_json(row.to_json())
    else:
        print_leader(row)
        print(t("out_leader_id", id=row.id, version=row.version), file=sys.stderr)
    return EXIT_OK


def print_problems(problems, *, stream=sys.stdout) -> None:  # type: ignore[no-untyped-def]
    """Each stopped or invalid row: its number, the text as written, the reason and any candidates."""
    for problem in problems:
        print(t("out_row_problem", row=problem.row, text=problem.text, message=problem.message()), file=stream)
        for candidate in problem.candidates:
            print(t("out_candidate", code=candidate.code, name=candidate.name, province=candidate.province),
                  file=stream)


def print_skipped(table) -> None:  # type: ignore[no-untyped-def]
    """Where the column headers were found and the rows skipped as not data (title, footer, …)."""
    from festival_planner.domain.messages import render
    from festival_planner.services.imports import skipped_summary

    first = table.first_header_row
    row = f"{first}–{table.header_row}" if first else str(table.header_row)
    print(render("import_header_row", {"row": row}))
    if table.skipped:
        print(skipped_summary(table.skipped))


def run_import(args: argparse.Namespace) -> int:
    from festival_planner.services.imports import import_leaders, read_table

    # A missing or unreadable file (or a header row it does not have) is refused before the database is opened.
    table = read_table(args.file, header_row=args.header_row)
    database = open_db(args)
    with database.transaction() as session:
        result = import_leaders(session, table, dry_run=args.dry_run)
    if args.json:
        print_json(result.to_json())
    else:
        print_skipped(table)
        print_problems(result.problems)
        if result.ok:
            print(t("out_leaders_import", created=len(result.created), updated=len(result.updated),
                    unchanged=result.unchanged))
            if result.dry_run:
                print(t("out_dry_run"), file=sys.stderr)
    if not result.ok:
        print(f"festival-planner: {t('out_import_refused', count=len(result.problems))}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from festival_planner.services import exports

    database = open_db(args)
    with database.read() as session:
        count = exports.export_leaders_xlsx(session, args.file)
    print(t("out_exported", count=count, path=args.file))
    return EXIT_OK
