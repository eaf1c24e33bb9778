"""``checklist apply|list|set``: a site's logistics checklist (items from a template, due dates
counted back from the site's date) and the status of one item."""

from __future__ import annotations

import argparse
import sys
import uuid

from festival_planner.cli.common import Commands, EXIT_OK, Parser, add_common, open_db, print_json
from festival_planner.cli.texts import t
from festival_planner.domain import messages

STATUSES = ["todo", "in_progress", "done", "blocked"]


def register(commands: Commands) -> None:
    checklist = commands.add_parser("checklist", help=t("cmd_checklist"))
    actions = checklist.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser,
                                       help=t("help_action"))
    apply = actions.add_parser("apply", help=t("cmd_checklist_apply"))
    apply.add_argument("--site", required=True, metavar="SITE_ID", help=t("help_site_id"))
    apply.add_argument("--template", metavar="NAME", help=t("help_template"))
    apply.add_argument("--replace", action="store_true", help=t("help_checklist_replace"))
    add_common(apply)
    apply.set_defaults(run=run_apply)
    listing = actions.add_parser("list", help=t("cmd_checklist_list"))
    listing.add_argument("--site", required=True, metavar="SITE_ID", help=t("help_site_id"))
    add_common(listing)
    listing.set_defaults(run=run_list)
    setting = actions.add_parser("set", help=t("cmd_checklist_set"))
    setting.add_argument("--item", required=True, metavar="ITEM_ID", help=t("help_item_id"))
    setting.add_argument("--status", required=True, choices=STATUSES, help=t("help_item_status"))
    add_common(setting)
    setting.set_defaults(run=run_set)


def parse_id(text: str, code: str) -> uuid.UUID:
    """A UUID typed by the user, or a one-line refusal with ``code``."""
    from festival_planner.domain.errors import ValidationError

    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise ValidationError(code, text=text) from None


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
        print(f"  {format_date(r.due_date):10}  {messages.label(r.status):11}  {r.title} — {r.owner}{late}  {r.id}")
    print(t("out_item_count", count=len(rows)), file=sys.stderr)


def run_apply(args: argparse.Namespace) -> int:
    from festival_planner.services import checklists, sites
    from festival_planner.services.checklist_templates import DEFAULT_TEMPLATE

    site_id = parse_id(args.site, "bad_site_id")
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

    site_id = parse_id(args.site, "bad_site_id")
    database = open_db(args)
    with database.read() as session:
        rows = checklists.list_items(session, site_id)
    print_items(rows, args.json)
    return EXIT_OK


def run_set(args: argparse.Namespace) -> int:
    from festival_planner.services import checklists

    item_id = parse_id(args.item, "bad_checklist_item_id")
    database = open_db(args)
    with database.transaction() as session:
        change = checklists.set_status(session, [item_id], args.status)
    row = change.after[0]
    if args.json:
        print_json(row.to_json())
    else:
        print(t("out_item_status", title=row.title, status=messages.label(row.status)))
    return EXIT_OK

