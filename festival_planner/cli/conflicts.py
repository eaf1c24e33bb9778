"""``conflicts --campaign YEAR`` and ``itinerary --leader ID --campaign YEAR [--ics FILE]``: the
leaders' clashes and one leader's engagements with the journeys between them (the campaign's travel
model, the one the window and the accept rule use)."""

from __future__ import annotations

import argparse
import sys

from festival_planner.cli.common import EXIT_OK, Commands, add_campaign, add_common, add_id, open_db, print_json
from festival_planner.cli.texts import t


def register(commands: Commands) -> None:
    found = commands.add_parser("conflicts", help=t("cmd_conflicts"))
    add_campaign(found)
    add_common(found)
    found.set_defaults(run=run_conflicts)
    route = commands.add_parser("itinerary", help=t("cmd_itinerary"))
    add_id(route, "leader")
    add_campaign(route)
    route.add_argument("--ics", default=None, metavar="FILE", help=t("help_ics"))
    add_common(route)
    route.set_defaults(run=run_itinerary)


def run_conflicts(args: argparse.Namespace) -> int:
    from festival_planner.services import campaigns, conflicts

    campaigns.check_year(args.campaign)
    database = open_db(args)
    with database.read() as session:
        campaign = campaigns.get_campaign(session, args.campaign)
        found = conflicts.find_conflicts(session, campaign.id)
    if args.json:
        print_json([c.to_json() for c in found])
        return EXIT_OK
    for conflict in found:
        key = "out_conflict_same_day" if conflict.kind == conflicts.SAME_DAY else "out_conflict_travel"
        print(t(key, leader=conflict.leader_name, first=conflict.first.describe(), second=conflict.second.describe(),
                needed=f"{conflict.hours_needed:.1f}", available=f"{max(conflict.hours_available, 0):.1f}"))
    print(t("out_conflict_count", count=len(found)), file=sys.stderr)
    return EXIT_OK


def run_itinerary(args: argparse.Namespace) -> int:
    from festival_planner.domain import messages
    from festival_planner.domain.values import format_date, format_time
    from festival_planner.services import campaigns, itinerary

    leader_id = args.leader
    campaigns.check_year(args.campaign)
    database = open_db(args)
    with database.read() as session:
        campaign = campaigns.get_campaign(session, args.campaign)
        route = itinerary.leader_itinerary(session, leader_id, campaign.id)
    if args.ics:
        itinerary.save_ics(route, args.ics, language=messages.current_language())
    if args.json:
        print_json(route.to_json())
    else:
        print(t("out_restricted"))
        for stop in route.stops:
            e = stop.engagement
            travel = ""
            if stop.travel_from_previous is not None:
                travel = t("out_stop_travel", hours=f"{stop.travel_from_previous.hours:.1f}",
                           km=f"{stop.travel_from_previous.km:.0f}")
            print(t("out_stop", date=format_date(e.date), start=format_time(e.start.time()),
                    end=format_time(e.end.time()), commune=e.commune_name, province=e.province,
                    venue=e.venue or t("out_no_venue"), travel=travel,
                    conflict=t("out_stop_conflict") if stop.conflict else ""))
    if args.ics:
        print(t("out_ics_written", count=len(route.stops), path=args.ics), file=sys.stderr)
    return EXIT_OK
