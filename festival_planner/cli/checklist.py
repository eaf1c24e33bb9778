"""``checklist apply|list|set``: a site's logistics checklist (items from a template, due dates
counted back from the site's date) and the status of one item."""

from __future__ import annotations

import argparse
import sys

from festival_planner.cli.common import (
    EXIT_OK,
    Commands,
    Parser,
    add_choice,
    add_common,
    add_id,
    label,
    open_db,
    print_json,
)
from festival_planner.cli.texts import t
from festival_planner.domain import messages
from festival_planner.domain.enums import ChecklistStatus


def register(commands: Commands) -> None:
    checklist = commands.add_parser("checklist", help=t("cmd_checklist"))
    actions = checklist.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser,
                                       help=t("help_action"))
    apply = actions.add_parser("apply", help=t("cmd_checklist_apply"))
    add_id(apply, "site")
    apply.add_argument("--template", metavar="NAME", help=t("help_template"))
    apply.add_argument("--replace", action="store_true", help=t("help_checklist_replace"))
    add_common(apply)
    apply.set_defaults(run=run_apply)
    listing = actions.add_parser("list", help=t("cmd_checklist_list"))
    add_id(listing, "site")
    add_common(listing)
    listing.set_defaults(run=run_list)
    setting = actions.add_parser("set", help=t("cmd_checklist_set"))
    add_id(setting, "item")
    add_choice(setting, "--status", ChecklistStatus, t("help_item_status"), required=True)
    add_common(setting)
    setting.set_defaults(run=run_set)


def print_items(rows, as_json: bool) -> None:  # type: ignore[no-untyped-def]
    """Items as JSON (``id``, ``title``, ``category``, ``owner``, ``due_date``, ``status`` …) or lines."""
    import datetime as dt

    from festival_planner.domain.values import format_date

    today = dt.date.today()
    if as_json:
        print_json([r.to_json(today) for r in rows])
        return
    category = None
    for r in rows:
        if r.category != category:
            category = r.category
            print(f"[{category}]")
        late = " !" if r.overdue_as_of(today) else ""
        print(f"  {format_date(r.due_date):10}  {label(r.status):11}  {r.title} — {r.owner}{late}  {r.id}")
    print(t("out_item_count", count=len(rows)), file=sys.stderr)


def run_apply(args: argparse.Namespace) -> int:
    from festival_planner.services import checklists, sites
    from festival_planner.services.checklist_templates import DEFAULT_TEMPLATE

    site_id = args.site
    database = open_db(args)
    with database.transaction() as session:
        rows = checklists.apply_template(session, site_id, args.template, replace=args.replace)
        site = sites.get_site(session, site_id)
    if args.json:
        print_json([r.to_json() for r in rows])
    else:
        print(messages.render("checklist.template_applied", {
            "template": args.template or DEFAULT_TEMPLATE, "commune": site.commune.name, "count": len(rows)}))
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    from festival_planner.services import checklists

    site_id = args.site
    database = open_db(args)
    with database.read() as session:
        rows = checklists.list_items(session, site_id)
    print_items(rows, args.json)
    return EXIT_OK


def run_set(args: argparse.Namespace) -> int:
    from festival_planner.services import checklists

    item_id = args.item
    database = open_db(args)
    with database.transaction() as session:
        change = checklists.set_status(session, [item_id], args.status)
    row = change.after[0]
    if args.json:
        print_json(row.to_json())
    else:
        print(t("out_item_status", title=row.title, status=label(row.status)))
    return EXIT_OK

