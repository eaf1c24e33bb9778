"""``budget [show]``: estimated and actual amounts per site, per region and in total, by category and
by funding source, with the overspend warnings; ``budget add|edit|delete``: one line of a site's budget.

``budget --campaign YEAR`` (no action) is ``budget show --campaign YEAR``, as before the actions came."""

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
from festival_planner.domain.enums import BudgetCategory, FundingSource

ACTIONS = ("show", "add", "edit", "delete")


def default_action(argv: list[str]) -> list[str]:
    """``budget --campaign 2026`` reads as ``budget show --campaign 2026``."""
    if argv and argv[0] == "budget" and (len(argv) == 1 or argv[1] not in (*ACTIONS, "-h", "--help")):
        return ["budget", "show", *argv[1:]]
    return argv


def _line_options(parser: argparse.ArgumentParser, *, adding: bool) -> None:
    add_choice(parser, "--category", BudgetCategory, t("help_budget_category"), required=adding)
    parser.add_argument("--estimated", metavar="AMOUNT", required=adding, help=t("help_budget_estimated"))
    parser.add_argument("--actual", metavar="AMOUNT", help=t("help_budget_actual"))
    parser.add_argument("--description", metavar="TEXT", help=t("help_budget_description"))
    add_choice(parser, "--funding-source", FundingSource, t("help_budget_source"))
    parser.add_argument("--note", metavar="TEXT", help=t("help_budget_note"))


def register(commands: Commands) -> None:
    actions = Actions(commands, "budget")
    actions.add("show", run, campaign=True)
    actions.add("add", run_add, id_of="site", options=lambda parser: _line_options(parser, adding=True))
    actions.add("edit", run_edit, id_of="line", options=lambda parser: _line_options(parser, adding=False))
    actions.add("delete", run_delete, id_of="line")


def _values(args: argparse.Namespace) -> dict[str, Any]:
    """The options given, read (amounts as people type them: "12.500.000"); an empty --actual: unknown."""
    from festival_planner.domain.money import parse_vnd

    values: dict[str, Any] = {}
    if args.category is not None:
        values["category"] = BudgetCategory(args.category)
    if args.estimated is not None:
        values["estimated_vnd"] = parse_vnd(args.estimated)
    if args.actual is not None:
        values["actual_vnd"] = parse_vnd(args.actual) if args.actual.strip() else None
    if args.funding_source is not None:
        values["funding_source"] = FundingSource(args.funding_source)
    for name in ("description", "note"):
        if getattr(args, name) is not None:
            values[name] = getattr(args, name)
    return values


def _print_line(args: argparse.Namespace, key: str, row: Any) -> None:
    from festival_planner.domain.money import format_vnd

    if args.json:
        print_json({key: row.to_json()} if key == "deleted" else row.to_json())
        return
    print(t(f"out_budget_line_{key}", description=row.description or label(row.category),
            estimated=format_vnd(row.estimated_vnd),
            actual=format_vnd(row.actual_vnd) if row.actual_vnd is not None else "—", id=row.id))


def run_add(args: argparse.Namespace) -> int:
    from festival_planner.services import budget

    values = _values(args)  # the user's text is checked before the database is touched
    database = open_db(args)
    with database.transaction() as session:
        row = budget.add_budget_line(session, args.site, **values)
    _print_line(args, "added", row)
    return EXIT_OK


def run_edit(args: argparse.Namespace) -> int:
    from festival_planner.domain.models import BudgetLine
    from festival_planner.services import budget, rows

    values = _values(args)
    database = open_db(args)
    with database.transaction() as session:
        current = rows.load(session, BudgetLine, args.line, "unknown_budget_line")
        row = budget.update_budget_line(session, args.line, current.version, **values)
    _print_line(args, "edited", row)
    return EXIT_OK


def run_delete(args: argparse.Namespace) -> int:
    from festival_planner.services import budget

    database = open_db(args)
    with database.transaction() as session:
        row = budget.delete_budget_line(session, args.line)
    _print_line(args, "deleted", row)
    return EXIT_OK


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
