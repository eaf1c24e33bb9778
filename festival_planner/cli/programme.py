"""``programme show``: a site's programme of the day (with the commendations and gifts it presents)."""

from __future__ import annotations

import argparse

from festival_planner.cli.common import EXIT_OK, Commands, Parser, add_common, add_id, open_db, print_json
from festival_planner.cli.texts import t


def register(commands: Commands) -> None:
    programme = commands.add_parser("programme", help=t("cmd_programme"))
    actions = programme.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser,
                                       help=t("help_action"))
    show = actions.add_parser("show", help=t("cmd_programme_show"))
    add_id(show, "site")
    add_common(show)
    show.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from festival_planner.domain.values import format_time
    from festival_planner.services import programme

    site_id = args.site
    database = open_db(args)
    with database.read() as session:
        shown = programme.get_programme(session, site_id)
    if args.json:
        print_json(shown.to_json())
        return EXIT_OK
    for item in shown.items:
        print(f"{format_time(item.start_time)}–{format_time(item.end_time)}  {item.title} — {item.responsible}")
        if item.kind == "commendations":
            for c in shown.commendations:
                print(f"      {c.recipient}: {c.award}")
        elif item.kind == "gifts":
            for g in shown.gifts:
                print(f"      {g.recipient}: {g.gift}")
    if not shown.items:
        print(t("out_no_programme"))
    return EXIT_OK
