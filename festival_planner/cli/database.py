"""Commands about the database as a whole: ``gui`` (the default), ``init``, ``demo``, ``backup``."""

from __future__ import annotations

import argparse
import os
import sys

from festival_planner.cli.common import EXIT_ERROR, EXIT_OK, Commands, add_common, integer, open_db, print_json
from festival_planner.cli.texts import t


def register(commands: Commands) -> None:
    gui = commands.add_parser("gui", help=t("cmd_gui"))
    add_common(gui, json_output=False)
    gui.set_defaults(run=run_gui)

    init = commands.add_parser("init", help=t("cmd_init"))
    add_common(init)
    init.set_defaults(run=run_init)

    demo = commands.add_parser("demo", help=t("cmd_demo"))
    demo.add_argument("--year", type=integer, default=2026, help=t("help_demo_year"))
    demo.add_argument("--replace", action="store_true", help=t("help_demo_replace"))
    add_common(demo)
    demo.set_defaults(run=run_demo)

    backup = commands.add_parser("backup", help=t("cmd_backup"))
    add_common(backup)
    backup.set_defaults(run=run_backup)


def run_init(args: argparse.Namespace) -> int:
    from festival_planner.services import site_edits
    from festival_planner.store import gazetteer, migrate

    database = open_db(args, create=True)
    with database.transaction() as session:
        site_edits.prepare_database(session)  # the shipped checklist templates
        provinces, communes = gazetteer.counts(session)
    result = {"database": str(database.path or database.url.render_as_string()),
              "schema_revision": migrate.HEAD_REVISION, "provinces": provinces, "communes": communes,
              "backup": str(database.backup_made) if database.backup_made else None}
    if args.json:
        print_json(result)
    else:
        print(t("out_database", path=result["database"]))
        print(t("out_gazetteer", provinces=provinces, communes=communes))
    return EXIT_OK


def run_demo(args: argparse.Namespace) -> int:
    from festival_planner.services import demo

    database = open_db(args, create=True)
    with database.transaction() as session:
        campaign = demo.create_demo(session, args.year, replace=args.replace)
    if args.json:
        print_json(campaign.to_json())
    else:
        print(t("out_demo", year=campaign.year, count=campaign.site_count))
    return EXIT_OK


def run_backup(args: argparse.Namespace) -> int:
    database = open_db(args)
    target = database.backup("manual")
    if args.json:
        print_json({"backup": str(target)})
    else:
        print(t("out_backup", path=target))
    return EXIT_OK


def _no_screen() -> bool:
    """True on a Linux/BSD machine with no display to open a window on (an SSH session, a server)."""
    if sys.platform.startswith(("win", "darwin")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(args: argparse.Namespace) -> int:
    if _no_screen():  # Qt would abort with a core dump; say what to do instead
        print(f"festival-planner: {t('no_screen')}", file=sys.stderr)
        return EXIT_ERROR
    from festival_planner import display_check

    found = display_check.problem()  # Qt would abort with code 134 and say nothing useful
    if found is not None:
        code, params = found
        print(f"festival-planner: {t(code, **params)}", file=sys.stderr)
        return EXIT_ERROR
    from festival_planner.app import run

    return run(getattr(args, "db", None), sys.argv[:1], kit=getattr(args, "kit", None))
