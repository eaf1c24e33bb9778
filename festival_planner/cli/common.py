"""What every command shares: the parser class, ``--db``/``--json``/``--lang`` options, the options
several nouns take (``--campaign``, ids, enum choices) with their one type word each, opening the
database, printing JSON and text, and the exit codes."""

from __future__ import annotations

import argparse
import enum
import json
import math
import os
import re
import sys
import uuid
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, Protocol

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
LANG_ENV = "FESTIVAL_PLANNER_LANG"
_opened: list[Any] = []  # databases opened by the running command, closed by main() when it ends


class Commands(Protocol):
    """What ``add_subparsers()`` hands each noun module's ``register``: it adds its parsers."""

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser: ...


class Parser(argparse.ArgumentParser):
    """argparse in the interface language, with one-line errors on stderr and exit code 2.

    Python ships argparse's phrases in English only. Instead of replacing argparse's private
    translation hook, this class translates what passes through its public methods: the help option's
    own line (added here), the help and usage text (``format_help``/``format_usage``: the "usage:"
    prefix and the section headings) and the error message (``error``, read back against argparse's
    message templates in ``cli/texts/argparse_words.py``)."""

    def __init__(self, *args: Any, add_help: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, add_help=False, **kwargs)
        if add_help:
            from festival_planner.cli.texts import argparse_text

            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=argparse_text("show this help message and exit"))

    def format_usage(self) -> str:
        return _translate_headings(super().format_usage())

    def format_help(self) -> str:
        return _translate_headings(super().format_help())

    def error(self, message: str) -> NoReturn:
        from festival_planner.cli.texts import argparse_text, t

        self.exit(EXIT_USAGE, t("usage_error", prog=self.prog, message=argparse_text(message)) + "\n")


class Actions:
    """A noun's sub-commands (``programme show|add|edit|delete``): ``add`` builds one with its help
    text (``cmd_<noun>_<action>``), ``--campaign`` or an id option first, its own options, then
    ``--db``/``--lang``/``--json``, and its handler."""

    def __init__(self, commands: Commands, noun: str) -> None:
        from festival_planner.cli.texts import t

        self.noun = noun
        parser = commands.add_parser(noun, help=t(f"cmd_{noun}"))
        self._actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser,
                                              help=t("help_action"))

    def add(self, name: str, run: Callable[[argparse.Namespace], int], *, campaign: bool = False,
            id_of: str | None = None, options: Callable[[argparse.ArgumentParser], None] | None = None,
            aliases: Sequence[str] = ()) -> argparse.ArgumentParser:
        from festival_planner.cli.texts import t

        parser = self._actions.add_parser(name, aliases=list(aliases),
                                          help=t(f"cmd_{self.noun}_{name.replace('-', '_')}"))
        if campaign:
            add_campaign(parser)
        if id_of is not None:
            add_id(parser, id_of)
        if options is not None:
            options(parser)
        add_common(parser)
        parser.set_defaults(run=run)
        return parser


def _translate_headings(text: str) -> str:
    from festival_planner.cli.texts import argparse_text

    usage = "usage: "
    if text.startswith(usage):
        text = argparse_text(usage) + text[len(usage):]
    for heading in ("positional arguments", "options"):
        text = re.sub(rf"^{heading}:$", argparse_text(heading) + ":", text, flags=re.MULTILINE)
    return text


def add_common(parser: argparse.ArgumentParser, *, json_output: bool = True, top: bool = False) -> None:
    """``--db`` and ``--lang`` on every command (and ``--json`` where there is output to read)."""
    from festival_planner.cli.texts import t

    default = None if top else argparse.SUPPRESS
    parser.add_argument("--db", metavar="PATH", default=default, help=t("help_db"))
    parser.add_argument("--lang", choices=("vi", "en"), default=default, help=t("help_lang"))
    if json_output:
        parser.add_argument("--json", action="store_true", help=t("help_json"))


def add_campaign(parser: argparse.ArgumentParser) -> None:
    """``--campaign YEAR``: the year of the plan a command works on (a whole number)."""
    from festival_planner.cli.texts import t

    parser.add_argument("--campaign", type=integer, required=True, metavar="YEAR", help=t("help_campaign"))


# The things a command names by id: option ``--<noun>``, its metavar, the code refusing a mistyped id,
# and the help text. One spelling per thing everywhere (``--site``, never ``--id`` or ``--site-id``).
ID_OPTIONS: dict[str, tuple[str, str, str]] = {
    "site": ("SITE_ID", "bad_site_id", "help_site_id"),
    "leader": ("LEADER_ID", "bad_leader_id", "help_leader_id"),
    "item": ("ITEM_ID", "bad_checklist_item_id", "help_item_id"),
    "line": ("LINE_ID", "bad_budget_line_id", "help_line_id"),
    "entry": ("ENTRY_ID", "bad_entry_id", "help_entry_id"),
}


def add_id(parser: argparse.ArgumentParser, noun: str, *aliases: str) -> None:
    """``--<noun> <NOUN>_ID``: a required id (a UUID) of ``noun`` ("site", "leader", "item"), in
    ``args.<noun>``; ``aliases`` are old spellings still accepted ("--id" of ``sites edit``).

    ``read_ids`` turns it into a ``uuid.UUID`` once the whole command line has parsed, so a syntax
    error is still reported first (exit 2) and a mistyped id is a refusal with the noun's code (exit 1)."""
    from festival_planner.cli.texts import t

    metavar, _, help_key = ID_OPTIONS[noun]
    parser.add_argument(f"--{noun}", *aliases, dest=noun, required=True, metavar=metavar, help=t(help_key))


def read_ids(args: argparse.Namespace) -> argparse.Namespace:
    """``args`` with every id option (``add_id``) read as a ``uuid.UUID``."""
    for noun in ID_OPTIONS:
        value = getattr(args, noun, None)
        if isinstance(value, str):
            setattr(args, noun, parse_id(value, noun))
    return args


def parse_id(text: str, noun: str) -> uuid.UUID:
    """``text`` as the id of a ``noun``, or a one-line refusal with the noun's code."""
    from festival_planner.domain.errors import ValidationError

    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise ValidationError(ID_OPTIONS[noun][1], text=text) from None


def add_choice(parser: argparse.ArgumentParser, option: str, kind: type[enum.Enum], help_text: str,
               **kwargs: Any) -> None:
    """An option taking one value of the enum ``kind`` (typed as its value: "in_progress"); the
    command receives the value, ``kind(args.x)`` makes the member."""
    parser.add_argument(option, choices=[member.value for member in kind], help=help_text, **kwargs)


def label(value: enum.Enum) -> str:
    """How an enum value prints in text output: its label in the interface language ("Đã duyệt" /
    "Approved"), from the message catalogue; JSON output prints the value ("approved") instead."""
    from festival_planner.domain import messages

    return messages.label(value)


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def db_target(args: argparse.Namespace) -> str:
    """What ``--db`` names (default: the database in the user's data folder); an empty path is refused."""
    from festival_planner.domain.errors import DatabaseError
    from festival_planner.store.paths import default_db_path

    target = args.db if args.db is not None else str(default_db_path())
    if not str(target).strip():
        raise DatabaseError("database_path_empty")
    return str(target)


def open_db(args: argparse.Namespace, *, create: bool = False):  # type: ignore[no-untyped-def]
    """Open the database of ``--db`` (default: the user's data folder), upgrading it if needed.

    Only commands that create (``init``, ``demo``, ``campaigns add``) pass ``create=True``; the others
    refuse a file that does not exist, so a mistyped path never leaves a new database behind."""
    from pathlib import Path

    from festival_planner.domain.errors import DatabaseError
    from festival_planner.store.database import open_database

    target = db_target(args)
    if "://" not in target and not create and not Path(target).expanduser().exists():
        raise DatabaseError("database_missing", path=target)
    database = open_database(target)
    _opened.append(database)
    for notice in database.notices:  # one line each on stderr: what opening did or found
        print(f"festival-planner: {notice.message}", file=sys.stderr)
    return database


def close_all() -> None:
    """Close what the command opened (its connections would otherwise hold the file in this process)."""
    while _opened:
        _opened.pop().close()


def language(args: argparse.Namespace | None = None) -> str:
    """The interface language: ``--lang``, else $FESTIVAL_PLANNER_LANG, else the window's setting (the
    preferences file read without Qt), else vi."""
    chosen = getattr(args, "lang", None) if args is not None else None
    if chosen:
        return str(chosen)
    env = os.environ.get(LANG_ENV)
    if env in ("vi", "en"):
        return env
    from festival_planner.store.preferences import saved_language  # the window's choice, read without Qt

    return saved_language() or "vi"


def integer(text: str) -> int:
    """``type=`` for whole numbers; argparse names the type in its message, so the name is translated."""
    return int(text)


def number(text: str) -> float:
    """``type=`` for decimal numbers (a comma is taken for the decimal point; no NaN or infinity)."""
    value = float(text.replace(",", "."))
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def name_types() -> None:
    """Give the argparse types their names in the interface language ("số nguyên", not "int")."""
    from festival_planner.cli.texts import t

    integer.__name__ = t("type_integer")
    number.__name__ = t("type_number")
