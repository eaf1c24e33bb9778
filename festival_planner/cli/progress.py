"""``progress``: readiness and overdue items of every site and region as of a day, and the
national workplan done, due and overdue."""

from __future__ import annotations

import argparse

from festival_planner.cli.common import EXIT_OK, Commands, add_campaign, add_common, open_db, print_json
from festival_planner.cli.texts import t


def register(commands: Commands) -> None:
    progress = commands.add_parser("progress", help=t("cmd_progress"))
    add_campaign(progress)
    progress.add_argument("--as-of", metavar="DD/MM/YYYY", help=t("help_as_of"))
    add_common(progress)
    progress.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from festival_planner.domain.values import format_date, parse_date
    from festival_planner.services import campaigns
    from festival_planner.services.progress import campaign_progress

    campaigns.check_year(args.campaign)
    as_of = parse_date(args.as_of) if args.as_of else None
    database = open_db(args)
    with database.read() as session:
        campaign = campaigns.get_campaign(session, args.campaign)
        shown = campaign_progress(session, campaign.id, as_of)
    if args.json:
        print_json(shown.to_json())
        return EXIT_OK
    print(t("out_progress_head", year=shown.year, as_of=format_date(shown.as_of)))
    for s in shown.sites:
        print(f"{format_date(s.date)}  {s.readiness:6.1%}  {s.done:3}/{s.total:<3} "
              f"{t('out_overdue', count=s.overdue):14}  {s.commune_name}, {s.province}  {s.site_id}")
    print(t("out_by_region"))
    for r in shown.regions:
        print(f"  {r.region_name:28} {r.readiness:6.1%}  {r.done}/{r.total}  {t('out_overdue', count=r.overdue)}")
    print(t("out_tasks_summary", done=shown.tasks.done, due=shown.tasks.due, overdue=shown.tasks.overdue,
            total=shown.tasks.total))
    return EXIT_OK
