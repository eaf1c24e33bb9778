"""``tasks list|apply|add|set|delete``: the campaign's national workplan (tasks not tied to a site);
``apply`` gives the year the tasks of a workplan template, due dates counted back from the festival day."""

from __future__ import annotations

import argparse
from typing import Any

from festival_planner.cli.common import (
    EXIT_OK,
    Actions,
    Commands,
    add_choice,
    label,
    open_db,
    print_json,
)
from festival_planner.cli.texts import t
from festival_planner.domain.enums import ChecklistStatus


def _task_options(parser: argparse.ArgumentParser, *, adding: bool) -> None:
    parser.add_argument("--title", metavar="TEXT", required=adding, help=t("help_task_title"))
    parser.add_argument("--category", metavar="TEXT", help=t("help_task_category"))
    parser.add_argument("--owner", metavar="TEXT", help=t("help_task_owner"))
    parser.add_argument("--due", metavar="DATE", help=t("help_task_due"))
    add_choice(parser, "--status", ChecklistStatus, t("help_item_status"))
    parser.add_argument("--note", metavar="TEXT", help=t("help_task_note"))


def register(commands: Commands) -> None:
    actions = Actions(commands, "tasks")
    actions.add("list", run, campaign=True)
    actions.add("apply", run_apply, campaign=True, options=_apply_options, aliases=["apply-workplan"])
    actions.add("add", run_add, campaign=True, options=lambda parser: _task_options(parser, adding=True))
    actions.add("set", run_set, id_of="item", options=lambda parser: _task_options(parser, adding=False))
    actions.add("delete", run_delete, id_of="item")


def _apply_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--template", metavar="NAME", help=t("help_workplan_template"))
    parser.add_argument("--replace", action="store_true", help=t("help_workplan_replace"))


def _values(args: argparse.Namespace) -> dict[str, Any]:
    """The options given, read; an empty --due clears the due date."""
    from festival_planner.domain.values import parse_date

    values: dict[str, Any] = {}
    for name in ("title", "category", "owner", "note"):
        if getattr(args, name) is not None:
            values[name] = getattr(args, name)
    if args.due is not None:
        values["due_date"] = parse_date(args.due) if args.due.strip() else None
    if args.status is not None:
        values["status"] = ChecklistStatus(args.status)
    return values


def _print_task(args: argparse.Namespace, key: str, row: Any) -> None:
    from festival_planner.domain.values import format_date

    if args.json:
        print_json({"deleted": row.to_json()} if key == "deleted" else row.to_json())
        return
    print(t(f"out_task_{key}", title=row.title, due=format_date(row.due_date) or "—", status=label(row.status),
            id=row.id))


def _task(session: Any, item_id: Any) -> Any:
    """The task (a checklist item of a site is refused: ``checklist`` is its command)."""
    from festival_planner.domain.errors import NotFoundError
    from festival_planner.services import checklists

    row = checklists.get_item(session, item_id)
    if row.site_id is not None:
        raise NotFoundError("not_a_campaign_task")
    return row


def run_apply(args: argparse.Namespace) -> int:
    from festival_planner.domain.values import format_date
    from festival_planner.services import campaigns, checklists
    from festival_planner.services.checklist_templates import DEFAULT_WORKPLAN

    campaigns.check_year(args.campaign)
    database = open_db(args)
    with database.transaction() as session:
        campaign = campaigns.get_campaign(session, args.campaign)
        rows = checklists.apply_workplan(session, campaign.id, args.template, replace=args.replace)
    if args.json:
        print_json([r.to_json() for r in rows])
        return EXIT_OK
    dues = [r.due_date for r in rows if r.due_date is not None]
    print(t("out_workplan_applied", template=args.template or DEFAULT_WORKPLAN, year=campaign.year,
            count=len(rows), first=format_date(min(dues)) if dues else "—",
            last=format_date(max(dues)) if dues else "—", day=format_date(campaign.festival_day)))
    return EXIT_OK


def run_add(args: argparse.Namespace) -> int:
    from festival_planner.services import campaigns, checklists

    campaigns.check_year(args.campaign)
    values = _values(args)
    database = open_db(args)
    with database.transaction() as session:
        campaign = campaigns.get_campaign(session, args.campaign)
        row = checklists.add_campaign_task(session, campaign.id, **values)
    _print_task(args, "added", row)
    return EXIT_OK


def run_set(args: argparse.Namespace) -> int:
    from festival_planner.services import checklists

    values = _values(args)
    database = open_db(args)
    with database.transaction() as session:
        current = _task(session, args.item)
        row = checklists.update_item(session, args.item, current.version, **values)
    _print_task(args, "set", row)
    return EXIT_OK


def run_delete(args: argparse.Namespace) -> int:
    from festival_planner.services import checklists

    database = open_db(args)
    with database.transaction() as session:
        current = _task(session, args.item)
        row = checklists.delete_item(session, args.item, current.version)
    _print_task(args, "deleted", row)
    return EXIT_OK


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
