"""``sites list|add``: the festival sites of a year."""

from __future__ import annotations

import argparse
import sys

from festival_planner.cli.common import EXIT_OK, Parser, add_common, open_db, print_json
from festival_planner.cli.texts import t

STATUSES = ["proposed", "approved", "confirmed", "held", "cancelled"]


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    sites = commands.add_parser("sites", help=t("cmd_sites"))
    actions = sites.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser,
                                   help=t("help_action"))
    listing = actions.add_parser("list", help=t("cmd_sites_list"))
    listing.add_argument("--campaign", type=int, required=True, metavar="YEAR", help=t("help_campaign"))
    add_common(listing)
    listing.set_defaults(run=run)
    add = actions.add_parser("add", help=t("cmd_sites_add"))
    add.add_argument("--campaign", type=int, required=True, metavar="YEAR", help=t("help_campaign"))
    add.add_argument("--commune", required=True, metavar="CODE", help=t("help_commune"))
    add.add_argument("--date", required=True, metavar="DD/MM/YYYY", help=t("help_date"))
    add.add_argument("--venue", default="", help=t("help_venue"))
    add.add_argument("--start", default="07:30", metavar="HH:MM", help=t("help_site_start"))
    add.add_argument("--end", default="11:30", metavar="HH:MM", help=t("help_site_end"))
    add.add_argument("--host-unit", default="", help=t("help_host_unit"))
    add.add_argument("--status", default="proposed", choices=STATUSES, help=t("help_status"))
    add.add_argument("--create-campaign", action="store_true", help=t("help_create_campaign"))
    add_common(add)
    add.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from festival_planner.domain.enums import SiteStatus
    from festival_planner.domain.values import format_date, format_time, parse_date, parse_time
    from festival_planner.services import campaigns, sites

    campaigns.check_year(args.campaign)
    if args.action == "add":  # check the user's text before touching the database
        date = parse_date(args.date)
        start, end = parse_time(args.start), parse_time(args.end)
    database = open_db(args)
    with database.transaction() as session:
        if args.action == "add":
            from festival_planner.services.communes import CommuneIndex

            code = args.commune if args.commune.strip().isdigit() else CommuneIndex(session).resolve(args.commune).code
            campaign = (campaigns.ensure_campaign(session, args.campaign) if args.create_campaign
                        else campaigns.get_campaign(session, args.campaign))
            rows = [sites.add_site(session, campaign.id, code, date, start_time=start, end_time=end,
                                   venue=args.venue, host_unit=args.host_unit, status=SiteStatus(args.status))]
        else:
            campaign = campaigns.get_campaign(session, args.campaign)
            rows = sites.list_sites(session, campaign.id)
    if args.json:
        print_json(rows[0].to_json() if args.action == "add" else [r.to_json() for r in rows])
    else:
        for r in rows:
            times = f"{format_time(r.start_time)}–{format_time(r.end_time)}" if r.start_time else ""
            print(f"{format_date(r.date)} {times:11}  {r.commune.name}, {r.commune.province}"
                  f" — {r.commune.region_label} — {r.venue or t('out_no_venue')} [{r.status.label}]")
        if args.action == "list":
            print(t("out_site_count", count=len(rows)), file=sys.stderr)
    return EXIT_OK
