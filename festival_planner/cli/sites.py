"""``sites list|add|edit|delete|status``: the festival sites of a year (edit and delete by id, with the
version check: pass ``--version`` as read, and a change made meanwhile is refused; ``status``: many
sites at once, all or none)."""

from __future__ import annotations

import argparse
import sys

from festival_planner.cli.common import (
    EXIT_OK,
    Commands,
    Parser,
    add_campaign,
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
from festival_planner.domain.enums import SiteStatus


def register(commands: Commands) -> None:
    sites = commands.add_parser("sites", help=t("cmd_sites"))
    actions = sites.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser,
                                   help=t("help_action"))
    listing = actions.add_parser("list", help=t("cmd_sites_list"))
    add_campaign(listing)
    add_common(listing)
    listing.set_defaults(run=run)
    add = actions.add_parser("add", help=t("cmd_sites_add"))
    add_campaign(add)
    add.add_argument("--commune", required=True, metavar="CODE", help=t("help_commune"))
    add.add_argument("--date", required=True, metavar="DD/MM/YYYY", help=t("help_date"))
    add.add_argument("--start", default=None, metavar="HH:MM", help=t("help_site_start"))
    add.add_argument("--end", default=None, metavar="HH:MM", help=t("help_site_end"))
    _field_options(add)
    add_choice(add, "--status", SiteStatus, t("help_status"), default=SiteStatus.PROPOSED.value)
    add.add_argument("--create-campaign", action="store_true", help=t("help_create_campaign"))
    add_common(add)
    add.set_defaults(run=run)
    edit = actions.add_parser("edit", help=t("cmd_sites_edit"))
    add_id(edit, "site", "--id")  # --id: the spelling before 2026, kept
    edit.add_argument("--version", type=integer, metavar="N", help=t("help_site_version"))
    edit.add_argument("--date", metavar="DD/MM/YYYY", help=t("help_date"))
    edit.add_argument("--start", metavar="HH:MM", help=t("help_edit_start"))
    edit.add_argument("--end", metavar="HH:MM", help=t("help_edit_end"))
    _field_options(edit, default=None)
    add_choice(edit, "--status", SiteStatus, t("help_status"))
    add_common(edit)
    edit.set_defaults(run=run_edit)
    delete = actions.add_parser("delete", help=t("cmd_sites_delete"))
    add_id(delete, "site", "--id")
    delete.add_argument("--version", type=integer, metavar="N", help=t("help_site_version"))
    add_common(delete)
    delete.set_defaults(run=run_delete)
    status = actions.add_parser("status", help=t("cmd_sites_status"))
    add_campaign(status)
    add_choice(status, "--to", SiteStatus, t("help_sites_status_to"), required=True)
    status.add_argument("--site", action="append", default=[], metavar="SITE_ID", help=t("help_sites_status_site"))
    status.add_argument("--dry-run", action="store_true", help=t("help_board_dry_run"))
    add_common(status)
    status.set_defaults(run=run_status)


def _field_options(parser: argparse.ArgumentParser, default: str | None = "") -> None:
    parser.add_argument("--venue", default=default, help=t("help_venue"))
    parser.add_argument("--host-unit", default=default, help=t("help_host_unit"))
    parser.add_argument("--contact", default=default, help=t("help_contact"))
    parser.add_argument("--phone", default=default, help=t("help_phone"))
    parser.add_argument("--notes", default=default, help=t("help_notes"))


def _print_site(row, args: argparse.Namespace) -> None:  # type: ignore[no-untyped-def]
    from festival_planner.domain.values import format_date, format_time

    if args.json:
        print_json(row.to_json())
        return
    times = f"{format_time(row.start_time)}–{format_time(row.end_time)}" if row.start_time else ""
    print(f"{format_date(row.date)} {times:11}  {row.commune.name}, {row.commune.province}"
          f" — {row.commune.region_label} — {row.venue or t('out_no_venue')} [{label(row.status)}]")
    print(t("out_site_id", id=row.id, version=row.version), file=sys.stderr)


def run_edit(args: argparse.Namespace) -> int:
    from festival_planner.domain.enums import SiteStatus
    from festival_planner.domain.values import format_date, parse_date, parse_time
    from festival_planner.services import site_edits, sites

    site_id = args.site
    changes: dict[str, object] = {}
    if args.date:
        changes["date"] = parse_date(args.date)
    if args.start:
        changes["start_time"] = parse_time(args.start)
    if args.end:
        changes["end_time"] = parse_time(args.end)
    for option, field in (("venue", "venue"), ("host_unit", "host_unit"), ("contact", "contact_name"),
                          ("phone", "contact_phone"), ("notes", "notes")):
        value = getattr(args, option)
        if value is not None:
            changes[field] = value
    if args.status:
        changes["status"] = SiteStatus(args.status)
    database = open_db(args)
    with database.transaction() as session:
        current = sites.get_site(session, site_id)
        version = args.version if args.version is not None else current.version
        edit = site_edits.update_site(session, site_id, version, move_checklist=True, **changes)
    row = edit.row
    if args.json:
        print_json({**row.to_json(), "moved_due_dates": [m.to_json() for m in edit.moves]})
    else:
        _print_site(row, args)
    if edit.moves:  # what moved goes to stderr, so stdout stays the site's line
        print(messages.render("checklist.due_dates_moved", {
            "count": len(edit.moves), "commune": row.commune.name, "old": current.date, "new": row.date}),
            file=sys.stderr)
        for move in edit.moves:
            print(f"  {format_date(move.old_due)} → {format_date(move.new_due)}  {move.title}", file=sys.stderr)
    return EXIT_OK


def run_delete(args: argparse.Namespace) -> int:
    from festival_planner.services import sites

    site_id = args.site
    database = open_db(args)
    with database.transaction() as session:
        row = sites.delete_site(session, site_id, args.version)
    if args.json:
        print_json({"deleted": row.to_json()})
    else:
        print(t("out_deleted", commune=row.commune.name, date=f"{row.date:%d/%m/%Y}"))
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    if args.action == "list":
        overview = _fast_overview(args)
        if overview is not None:
            return _print_overview(overview, args)
    from festival_planner.domain.enums import SiteStatus
    from festival_planner.domain.rules import DEFAULT_SITE_END, DEFAULT_SITE_START
    from festival_planner.domain.values import format_time, parse_date, parse_time
    from festival_planner.services import campaigns, sites

    campaigns.check_year(args.campaign)
    if args.action == "add":  # check the user's text before touching the database
        date = parse_date(args.date)
        defaults_used = args.start is None or args.end is None
        start = parse_time(args.start) if args.start is not None else DEFAULT_SITE_START
        end = parse_time(args.end) if args.end is not None else DEFAULT_SITE_END
    database = open_db(args)
    if args.action == "add":
        with database.transaction() as session:
            from festival_planner.services.communes import CommuneIndex

            code = args.commune if args.commune.strip().isdigit() else CommuneIndex(session).resolve(args.commune).code
            campaign = (campaigns.ensure_campaign(session, args.campaign) if args.create_campaign
                        else campaigns.get_campaign(session, args.campaign))
            rows = [sites.add_site(session, campaign.id, code, date, start_time=start, end_time=end,
                                   venue=args.venue, host_unit=args.host_unit, contact_name=args.contact,
                                   contact_phone=args.phone, notes=args.notes, status=SiteStatus(args.status))]
    else:
        with database.read() as session:  # a reader never takes the write lock: it does not wait on an import
            from festival_planner.services.site_overview import site_overview

            campaign = campaigns.get_campaign(session, args.campaign)
            overview = site_overview(session, campaign.id)  # the Sites workspace's own read model
            rows = [line.site for line in overview]
    if args.action == "add":
        _print_site(rows[0], args)
        if defaults_used:
            print(t("out_default_times", start=format_time(rows[0].start_time), end=format_time(rows[0].end_time)),
                  file=sys.stderr)
        return EXIT_OK
    return _print_overview(overview, args)


def _fast_overview(args: argparse.Namespace) -> list | None:  # type: ignore[type-arg]
    """``sites list`` on a SQLite file read with plain ``sqlite3`` (no SQLAlchemy to import: a fresh
    process answers in a fraction of the time), or None when the ORM path must answer (a server, a
    file to upgrade or check, anything unusual: ``services.site_overview_sqlite``)."""
    from festival_planner.cli.common import db_target
    from festival_planner.services import site_overview_sqlite

    if not site_overview_sqlite.enabled():
        return None
    return site_overview_sqlite.read_site_overview(db_target(args), args.campaign)


def _print_overview(overview: list, args: argparse.Namespace) -> int:  # type: ignore[type-arg]
    from festival_planner.domain.values import format_date, format_time

    if args.json:
        print_json([line.to_json() for line in overview])
        return EXIT_OK
    rows = [line.site for line in overview]
    for r in rows:
        times = f"{format_time(r.start_time)}–{format_time(r.end_time)}" if r.start_time else ""
        print(f"{format_date(r.date)} {times:11}  {r.commune.name}, {r.commune.province}"
              f" — {r.commune.region_label} — {r.venue or t('out_no_venue')} [{label(r.status)}]  {r.id}")
    print(t("out_site_count", count=len(rows)), file=sys.stderr)
    return EXIT_OK


def run_status(args: argparse.Namespace) -> int:
    """Many sites to one status in one transaction (all or none); ``--dry-run`` shows the plan only."""
    from festival_planner.services import campaigns, sites

    chosen = [parse_id(text, "site") for text in args.site]
    database = open_db(args)

    def site_ids(session) -> list:  # type: ignore[no-untyped-def]
        if chosen:
            return chosen
        return [row.id for row in sites.list_sites(session, campaigns.get_campaign(session, args.campaign).id)]

    with database.read() as session:
        plans = sites.plan_status_change(session, site_ids(session), args.to)
    if not args.dry_run:
        database.perform(lambda session: sites.set_status_many(session, site_ids(session), args.to))
    changing = [p for p in plans if p.changes]
    if args.json:
        print_json({"dry_run": args.dry_run, "changed": len(changing), "sites": [p.to_json() for p in plans]})
    else:
        for p in plans:
            mark = p.refusal or (f"{label(p.old)} → {label(p.new)}" if p.changes else label(p.old))
            print(f"{p.date:%d/%m/%Y}  {p.commune_name}, {p.province}: {mark}")
        key = "out_sites_status_would" if args.dry_run else "out_sites_status"
        print(t(key, count=len(changing), status=label(SiteStatus(args.to))), file=sys.stderr)
    return EXIT_OK
