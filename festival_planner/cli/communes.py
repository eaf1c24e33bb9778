"""``communes search`` and ``communes list``: the 2025 gazetteer, searched the way people write."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from festival_planner.cli.common import EXIT_OK, EXIT_USAGE, Commands, Parser, add_common, integer, open_db, print_json
from festival_planner.cli.texts import t


def register(commands: Commands) -> None:
    communes = commands.add_parser("communes", help=t("cmd_communes"))
    actions = communes.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser,
                                      help=t("help_action"))
    search = actions.add_parser("search", help=t("cmd_communes_search"))
    search.add_argument("query", help=t("help_query"))
    search.add_argument("--limit", type=integer, default=None, help=t("help_limit"))
    add_common(search)
    search.set_defaults(run=run)
    listing = actions.add_parser("list", help=t("cmd_communes_list"))
    listing.add_argument("--province", help=t("help_province"))
    listing.add_argument("--region", help=t("help_region"))
    add_common(listing)
    listing.set_defaults(run=run)


def commune_line(c: Any) -> str:
    """One commune on one line: code, name, province, what it was before 2025, region."""
    return f"{c.code}  {c.describe(t('out_old'))}"


def run(args: argparse.Namespace) -> int:
    from festival_planner.services.communes import CommuneIndex

    if getattr(args, "limit", None) is not None and args.limit < 1:
        print(f"festival-planner: {t('bad_limit', limit=args.limit)}", file=sys.stderr)
        return EXIT_USAGE
    database = open_db(args)
    with database.read() as session:
        index = CommuneIndex(session)
    if args.action == "search":
        found = index.search(args.query)
        results = found[:args.limit] if args.limit else found
    else:
        results = found = index.filter(province=args.province, region=args.region)
    if args.json:
        print_json([c.to_json() for c in results])
    else:
        for commune in results:
            print(commune_line(commune))
        if len(results) < len(found):
            print(t("out_results_limited", shown=len(results), count=len(found)), file=sys.stderr)
        else:
            print(t("out_results", count=len(results)), file=sys.stderr)
    return EXIT_OK
