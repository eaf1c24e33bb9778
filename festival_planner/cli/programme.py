"""``programme show``: a site's programme of the day (with the commendations and gifts it presents);
``programme add|edit|delete``: one item of it (refused when it overlaps another or leaves the site's
hours; a new length moves the items after it)."""

from __future__ import annotations

import argparse
from typing import Any

from festival_planner.cli.common import (
    EXIT_OK,
    Actions,
    Commands,
    add_choice,
    integer,
    open_db,
    print_json,
)
from festival_planner.cli.texts import t
from festival_planner.domain.enums import ProgrammePart


def _item_options(parser: argparse.ArgumentParser, *, adding: bool) -> None:
    parser.add_argument("--start", metavar="HH:MM", required=adding, help=t("help_programme_start"))
    parser.add_argument("--minutes", type=integer, metavar="N", required=adding, help=t("help_programme_minutes"))
    parser.add_argument("--title", metavar="TEXT", required=adding, help=t("help_programme_title"))
    parser.add_argument("--responsible", metavar="TEXT", help=t("help_programme_responsible"))
    add_choice(parser, "--part", ProgrammePart, t("help_programme_part"))


def register(commands: Commands) -> None:
    actions = Actions(commands, "programme")
    actions.add("show", run, id_of="site")
    actions.add("add", run_add, id_of="site", options=lambda parser: _item_options(parser, adding=True))
    actions.add("edit", run_edit, id_of="entry", options=lambda parser: _item_options(parser, adding=False))
    actions.add("delete", run_delete, id_of="entry")


def _values(args: argparse.Namespace) -> dict[str, Any]:
    from festival_planner.domain.errors import ValidationError
    from festival_planner.domain.values import parse_time

    values: dict[str, Any] = {}
    if args.start is not None:
        start = parse_time(args.start)
        if start is None:
            raise ValidationError("programme_start_required", field="start_time")
        values["start_time"] = start
    if args.minutes is not None:
        values["duration_min"] = args.minutes
    if args.title is not None:
        values["title"] = args.title
    if args.responsible is not None:
        values["responsible"] = args.responsible
    if args.part is not None:
        values["part"] = ProgrammePart(args.part)
    return values


def _print_item(args: argparse.Namespace, key: str, row: Any, moved: int = 0) -> None:
    from festival_planner.domain.values import format_time

    if args.json:
        data = row.to_json()
        print_json({"deleted": data} if key == "deleted" else {**data, "moved": moved} if key == "edited" else data)
        return
    print(t(f"out_programme_{key}", start=format_time(row.start_time), end=format_time(row.end_time),
            title=row.title, id=row.id))
    if moved:
        print(t("out_programme_moved", count=moved))


def run_add(args: argparse.Namespace) -> int:
    from festival_planner.services import programme

    values = _values(args)
    database = open_db(args)
    with database.transaction() as session:
        row = programme.add_programme_item(session, args.site, **values)
    _print_item(args, "added", row)
    return EXIT_OK


def run_edit(args: argparse.Namespace) -> int:
    from festival_planner.domain.models import ProgrammeItem
    from festival_planner.services import programme, rows

    values = _values(args)
    database = open_db(args)
    with database.transaction() as session:
        current = rows.load(session, ProgrammeItem, args.entry, "unknown_programme_item")
        changed = programme.update_programme_item(session, args.entry, current.version, **values)
    _print_item(args, "edited", changed[0], len(changed) - 1)
    return EXIT_OK


def run_delete(args: argparse.Namespace) -> int:
    from festival_planner.services import programme

    database = open_db(args)
    with database.transaction() as session:
        row = programme.delete_programme_item(session, args.entry)
    _print_item(args, "deleted", row)
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    from festival_planner.domain.values import format_time
    from festival_planner.services import programme

    site_id = args.site
    database = open_db(args)
    with database.read() as session:
        shown = programme.get_programme(session, site_id)
    if args.json:
        print_json(shown.to_json())
        return EXIT_OK
    for item in shown.items:
        print(f"{format_time(item.start_time)}–{format_time(item.end_time)}  {item.title} — {item.responsible}"
              f"  {item.id}")
        if item.kind == "commendations":
            for c in shown.commendations:
                print(f"      {c.recipient}: {c.award}")
        elif item.kind == "gifts":
            for g in shown.gifts:
                print(f"      {g.recipient}: {g.gift}")
    if not shown.items:
        print(t("out_no_programme"))
    return EXIT_OK
