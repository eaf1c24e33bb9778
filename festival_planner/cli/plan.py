"""``import plan FILE --campaign YEAR``: a campaign plan from a spreadsheet, old or new addresses;
stopped rows are settled with ``--choose ROW=COMMUNE_CODE``. All rows or none."""

from __future__ import annotations

import argparse
import sys

from festival_planner.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    Commands,
    Parser,
    add_campaign,
    add_common,
    integer,
    open_db,
    print_json,
)
from festival_planner.cli.texts import t


def register(commands: Commands) -> None:
    imp = commands.add_parser("import", help=t("cmd_import"))
    kinds = imp.add_subparsers(dest="kind", metavar="KIND", required=True, parser_class=Parser, help=t("help_action"))
    plan = kinds.add_parser("plan", help=t("cmd_import_plan"))
    plan.add_argument("file", metavar="FILE", help=t("help_file"))
    add_campaign(plan)
    plan.add_argument("--dry-run", action="store_true", help=t("help_dry_run"))
    plan.add_argument("--choose", action="append", nargs="+", metavar="ROW=COMMUNE_CODE", help=t("help_choose"))
    plan.add_argument("--header-row", type=integer, default=None, metavar="N", help=t("help_header_row"))
    add_common(plan)
    plan.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from festival_planner.cli.leaders import print_problems, print_skipped
    from festival_planner.services import campaigns
    from festival_planner.services.imports import read_table
    from festival_planner.services.plan_import import import_plan

    campaigns.check_year(args.campaign)
    choose = _parse_choices([item for group in (args.choose or []) for item in group])
    table = read_table(args.file, header_row=args.header_row)
    database = open_db(args)
    with database.transaction() as session:
        result = import_plan(session, table, args.campaign, dry_run=args.dry_run, choose=choose)
    if args.json:
        print_json(result.to_json())
    else:
        print_skipped(table)
        for row in result.rows:
            if row.blocking:
                continue
            assert row.commune is not None
            if row.status == "warned":
                print(t("out_plan_warned", row=row.row, commune=row.commune.name, province=row.commune.province,
                        message=row.message()))
            else:
                names = "; ".join(name for name, _title in row.leaders)
                print(t("out_plan_row", row=row.row, commune=row.commune.name, province=row.commune.province,
                        date=f"{row.date:%d/%m/%Y}" if row.date else "", leaders=f" — {names}" if names else ""))
        print_problems(result.problems)
        if result.ok:
            print(t("out_plan_done", year=result.year, sites=len(result.sites), invitations=result.invitations,
                    leaders=len(result.leaders_created)))
            if result.dry_run:
                print(t("out_dry_run"), file=sys.stderr)
    if not result.ok:
        print(f"festival-planner: {t('out_import_refused', count=len(result.problems))}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def _parse_choices(items: list[str] | None) -> dict[int, str]:
    """``["3=30346", …]`` → ``{3: "30346"}`` (``--choose``); a malformed one is refused."""
    from festival_planner.domain.errors import ValidationError

    chosen: dict[int, str] = {}
    for item in items or ():
        row, sep, code = item.partition("=")
        if not sep or not row.strip().isdigit() or not code.strip():
            raise ValidationError("bad_choice_option", text=item)
        chosen[int(row)] = code.strip()
    return chosen
