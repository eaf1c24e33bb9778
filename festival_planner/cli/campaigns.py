"""``campaigns list|add|edit``: the festival years and their plans (window, festival day, target)."""

from __future__ import annotations

import argparse
import sys

from festival_planner.cli.common import EXIT_OK, Commands, Parser, add_common, integer, open_db, print_json
from festival_planner.cli.texts import t


def register(commands: Commands) -> None:
    campaigns = commands.add_parser("campaigns", help=t("cmd_campaigns"))
    actions = campaigns.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser,
                                       help=t("help_action"))
    listing = actions.add_parser("list", help=t("cmd_campaigns_list"))
    add_common(listing)
    add = actions.add_parser("add", help=t("cmd_campaigns_add"))
    edit = actions.add_parser("edit", help=t("cmd_campaigns_edit"))
    for parser in (add, edit):
        parser.add_argument("--year", type=integer, required=True, help=t("help_year"))
        parser.add_argument("--start", help=t("help_start"))
        parser.add_argument("--end", help=t("help_end"))
        add_common(parser)
    edit.add_argument("--festival-day", help=t("help_festival_day"))
    edit.add_argument("--target-min", type=integer, help=t("help_target_min"))
    edit.add_argument("--target-max", type=integer, help=t("help_target_max"))
    edit.add_argument("--keep-task-dates", action="store_true", help=t("help_keep_task_dates"))
    for parser in (listing, add, edit):
        parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from festival_planner.domain.values import parse_date
    from festival_planner.services import campaigns

    dates = {name: parse_date(text) for name, text in (("window_start", getattr(args, "start", None)),
                                                        ("window_end", getattr(args, "end", None)),
                                                        ("festival_day", getattr(args, "festival_day", None)))
             if text}
    if args.action != "list":
        campaigns.check_year(args.year)  # before touching any file
    moves: tuple = ()
    database = open_db(args, create=args.action == "add")
    with database.read() if args.action == "list" else database.transaction() as session:
        if args.action == "add":
            rows = [campaigns.create_campaign(session, args.year, **dates)]
        elif args.action == "edit":
            current = campaigns.get_campaign(session, args.year)
            targets = {name: value for name, value in (("target_min", args.target_min),
                                                       ("target_max", args.target_max)) if value is not None}
            from festival_planner.services import workplan

            edit = workplan.update_campaign(session, current.id, current.version,
                                            move_tasks=not args.keep_task_dates, **dates, **targets)
            rows, moves, old_day = [edit.row], edit.moves, current.festival_day
        else:
            rows = campaigns.list_campaigns(session)
    if args.json:
        if args.action == "edit":
            print_json({**rows[0].to_json(), "moved_due_dates": [m.to_json() for m in moves]})
        else:
            print_json(rows[0].to_json() if args.action != "list" else [c.to_json() for c in rows])
    else:
        for c in rows:
            print(t("out_campaign", year=c.year, start=f"{c.window_start:%d/%m/%Y}", end=f"{c.window_end:%d/%m/%Y}",
                    count=c.site_count, target_min=c.target_min, target_max=c.target_max))
    if moves and not args.json:  # what moved goes to stderr, so stdout stays the year's line
        from festival_planner.domain.values import format_date

        print(t("out_task_dates_moved", count=len(moves), old=format_date(old_day),
                new=format_date(rows[0].festival_day)), file=sys.stderr)
        for move in moves:
            print(f"  {format_date(move.old_due)} → {format_date(move.new_due)}  {move.title}", file=sys.stderr)
    return EXIT_OK
