"""``budget``: estimated and actual amounts per site, per region and in total, by category and by
funding source, with the overspend warnings."""

from __future__ import annotations

import argparse

from festival_planner.cli.common import EXIT_OK, Commands, add_campaign, add_common, open_db, print_json
from festival_planner.cli.texts import t


def register(commands: Commands) -> None:
    budget = commands.add_parser("budget", help=t("cmd_budget"))
    add_campaign(budget)
    add_common(budget)
    budget.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from festival_planner.domain.money import format_vnd
    from festival_planner.services import budget, campaigns

    campaigns.check_year(args.campaign)
    database = open_db(args)
    with database.read() as session:
        campaign = campaigns.get_campaign(session, args.campaign)
        shown = budget.budget_summary(session, campaign.id)
    if args.json:
        print_json(shown.to_json())
        return EXIT_OK
    for s in shown.sites:
        total = s.budget.total
        flag = "  !" if total.overspent else ""
        print(f"{s.commune_name + ', ' + s.province:40} {format_vnd(total.estimated):>18} "
              f"{format_vnd(total.actual):>18}{flag}")
    print(t("out_budget_total", estimated=format_vnd(shown.total.total.estimated),
            actual=format_vnd(shown.total.total.actual)))
    for w in shown.warnings:
        print(t("out_overspend", commune=w.commune_name,
                description=w.description if w.line_id else t("out_whole_site"),
                over=format_vnd(w.actual - w.estimated)))
    return EXIT_OK
