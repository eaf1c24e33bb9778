"""``tasks list``: the campaign's national workplan (tasks not tied to a site)."""

from __future__ import annotations

import argparse

from festival_planner.cli.common import EXIT_OK, Commands, Parser, add_campaign, add_common, open_db
from festival_planner.cli.texts import t


def register(commands: Commands) -> None:
    tasks = commands.add_parser("tasks", help=t("cmd_tasks"))
    actions = tasks.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser,
                                   help=t("help_action"))
    listing = actions.add_parser("list", help=t("cmd_tasks_list"))
    add_campaign(listing)
    add_common(listing)
    listing.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from festival_planner.cli.checklist import print_items
    from festival_planner.services import campaigns, checklists

    campaigns.check_year(args.campaign)
    database = open_db(args)
    with database.read() as session:
        campaign = campaigns.get_campaign(session, args.campaign)
        rows = checklists.list_campaign_tasks(session, campaign.id)
    print_items(rows, args.json)
    return EXIT_OK
