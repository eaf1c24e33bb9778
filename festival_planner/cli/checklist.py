"""``checklist apply|list|set``: a site's logistics checklist (items from a template, due dates
counted back from the site's date) and the status of one item."""

from __future__ import annotations

import argparse
import sys

from festival_planner.cli.common import (
    EXIT_OK,
    ID_OPTIONS,
    Commands,
    Parser,
    add_choice,
    add_common,
    add_id,
    integer,
    label,
    open_db,
    parse_id,
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
    metavar, _code, help_key = ID_OPTIONS["site"]
    apply.add_argument("--site", action="append", metavar=metavar, help=t("help_sites_many"))
    apply.add_argument("--campaign", type=integer, metavar="YEAR", help=t("help_apply_campaign"))
    which = apply.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help=t("help_apply_all"))
    which.add_argument("--without-checklist", action="store_true", help=t("help_apply_without"))
    apply.add_argument("--template", metavar="NAME", help=t("help_template_by_kind"))
    apply.add_argument("--replace", action="store_true", help=t("help_checklist_replace"))
    apply.add_argument("--dry-run", action="store_true", help=t("help_apply_dry_run"))
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
    """One site (``--site ID``, the template named or "Mặc định"), or many at once: ``--campaign YEAR``
    with ``--all``, ``--without-checklist`` or several ``--site``; then each site gets the template
    of its kind unless ``--template`` names one. ``--dry-run`` prints the plan and writes nothing."""
    from festival_planner.domain.errors import ValidationError
    from festival_planner.services import campaigns, checklists, sites
    from festival_planner.services.checklist_templates import DEFAULT_TEMPLATE

    site_ids = [parse_id(text, "site") for text in args.site or []]
    many = args.campaign is not None or args.all or args.without_checklist or len(site_ids) > 1 or args.dry_run
    if not many:
        if not site_ids:
            raise ValidationError("bulk_no_sites")
        database = open_db(args)
        with database.transaction() as session:
            rows = checklists.apply_template(session, site_ids[0], args.template, replace=args.replace)
            site = sites.get_site(session, site_ids[0])
        if args.json:
            print_json([r.to_json() for r in rows])
        else:
            print(messages.render("checklist.template_applied", {
                "template": args.template or DEFAULT_TEMPLATE, "commune": site.commune.name, "count": len(rows)}))
        return EXIT_OK
    if (args.all or args.without_checklist) and args.campaign is None:
        raise ValidationError("bulk_needs_campaign")
    database = open_db(args)
    with (database.read() if args.dry_run else database.transaction()) as session:
        if args.campaign is not None:
            campaign = campaigns.get_campaign(session, args.campaign)
            if args.all:
                site_ids = [s.id for s in sites.list_sites(session, campaign.id)]
            elif args.without_checklist:
                site_ids = checklists.sites_without_checklist(session, campaign.id)
        if not site_ids:
            raise ValidationError("bulk_no_sites")
        plan = checklists.plan_template_for_sites if args.dry_run else checklists.apply_template_to_sites
        plans = plan(session, site_ids, args.template, replace=args.replace)
    if args.json:
        print_json({"dry_run": bool(args.dry_run), "sites": [p.to_json() for p in plans],
                    "items_created": sum(p.items for p in plans if p.action != "skip")})
        return EXIT_OK
    for p in plans:
        what = {"apply": t("out_apply_create", count=p.items),
                "replace": t("out_apply_replace", old=p.existing, count=p.items),
                "skip": t("out_apply_skip", count=p.existing)}[p.action]
        print(f"{p.date:%d/%m/%Y}  {p.commune_name}, {p.province} — {p.template}: {what}")
    done = [p for p in plans if p.action != "skip"]
    print(t("out_apply_would" if args.dry_run else "out_apply_done", count=sum(p.items for p in done),
            sites=len(done), skipped=len(plans) - len(done)), file=sys.stderr)
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

