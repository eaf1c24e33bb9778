"""Command line: the same services as the GUI, for tests, scripts and power users.

One module per noun registers its sub-commands (``register(commands)``) and runs them; this module
builds the parser from that list, picks the language, and turns errors into one line on stderr
with a non-zero exit code (1: the request was refused; 2: the command line was wrong).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from festival_planner import __version__
from festival_planner.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    Parser,
    add_common,
    close_all,
    language,
    name_types,
    read_ids,
)
from festival_planner.cli.texts import t
from festival_planner.domain import messages
from festival_planner.domain.errors import FestivalPlannerError

# Each noun module has register(commands) and sets its handler with set_defaults(run=...).
NOUNS = ("database", "backups", "communes", "campaigns", "sites", "selection", "leaders", "plan", "invitations",
         "board", "conflicts", "checklist", "tasks", "programme", "progress", "budget", "printing", "documents",
         "kit", "team")
# The command words each noun module registers (tests/unit/cli/test_lazy_nouns.py keeps this in step
# with their register()): a command line naming one builds that module's parsers only; no command,
# --help or a word not listed builds them all, so the usage, the list and "invalid choice" stay whole.
COMMAND_NOUNS = {
    "gui": "database", "init": "database", "demo": "database", "backup": "database", "backups": "backups",
    "restore": "backups", "communes": "communes", "campaigns": "campaigns", "sites": "sites", "select": "selection",
    "map": "selection", "leaders": "leaders", "import": "plan", "invite": "invitations", "board": "board",
    "conflicts": "conflicts", "itinerary": "conflicts", "checklist": "checklist", "tasks": "tasks",
    "programme": "programme", "progress": "progress", "budget": "budget", "print": "printing",
    "documents": "documents", "kit": "kit", "copy": "team",
}
_VALUE_OPTIONS = ("--db", "--lang", "--kit")  # the top-level options that take a value


def noun_module(name: str):  # type: ignore[no-untyped-def]
    """``festival_planner.cli.<name>``, imported on first use."""
    return importlib.import_module(f"festival_planner.cli.{name}")


def command_word(argv: Sequence[str]) -> str | None:
    """The command a command line names (the first word that is neither an option nor its value)."""
    words = iter(argv)
    for arg in words:
        if arg == "--":
            return next(words, None)
        if arg == "-h" or (arg.startswith("--h") and "--help".startswith(arg)):
            return None  # the whole list of commands is asked for
        if arg.startswith("--") and "=" not in arg and any(o.startswith(arg) for o in _VALUE_OPTIONS):
            next(words, None)  # --db PATH (argparse also takes an abbreviation: --d PATH)
        elif not arg.startswith("-"):
            return arg
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line, in the current language; given ``argv`` that names a command, only
    that command's module is imported and its parsers built (the rest of the line parses the same)."""
    name_types()
    invoked = Path(sys.argv[0]).stem if sys.argv and sys.argv[0] else ""
    parser = Parser(prog=invoked if invoked.startswith("festival-planner") else "festival-planner",
                    description=t("description"))
    parser.add_argument("--version", action=_Version, help=t("help_version"))
    add_common(parser, json_output=False, top=True)
    parser.add_argument("--kit", metavar="FILE", help=t("help_kit_gui"))  # the window opens a field kit
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser, help=t("help_command"))
    chosen = COMMAND_NOUNS.get(command_word(argv)) if argv is not None else None
    for noun in (chosen,) if chosen else NOUNS:
        noun_module(noun).register(commands)
    return parser


def version_text() -> str:
    """``festival-planner 0.1.0`` and, on the next line, the build (date, lock hash, versions)."""
    from festival_planner import build_info

    info = build_info.current()
    key = "out_build_frozen" if info["built"] else "out_build_python"
    line = t(key, built=info["built"] or "", platform=info["platform"],
             lock=build_info.lock_text(info) or t("out_lock_unknown"), versions=build_info.versions_text(info))
    return f"festival-planner {__version__}\n{line}"


class _Version(argparse.Action):
    """``--version``: the version and the build on two lines (argparse's own action rewraps them)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        print(version_text())
        parser.exit()


def _utf8_streams() -> None:
    # Vietnamese must print on a Windows console too.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except (OSError, ValueError):
                pass


def say_error(line: str) -> None:
    """An error line for the user: on stderr, or, in the windowed executable (no console: Windows gives
    it no stderr, ``sys.stderr`` is None), in the log file, where support finds it."""
    if sys.stderr is not None:
        print(line, file=sys.stderr)
        return
    import logging

    from festival_planner.store.paths import log_file

    logger = logging.getLogger("festival_planner.cli")
    handler: logging.Handler | None = None
    path = log_file()
    logged = any(isinstance(h, logging.FileHandler) and h.baseFilename == os.path.abspath(path)
                 for h in logging.getLogger().handlers)
    if not logged:  # the GUI's configure_logging has not run: a handler for this line
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.FileHandler(path, encoding="utf-8")
        except OSError:
            return  # nowhere to say it; the exit code still tells
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
    try:
        logger.error("%s", line)
    finally:
        if handler is not None:
            logger.removeHandler(handler)
            handler.close()


def _language_from_argv(argv: Sequence[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``festival-planner`` and ``python -m festival_planner``."""
    _utf8_streams()
    args_list = list(sys.argv[1:] if argv is None else argv)
    chosen = _language_from_argv(args_list)
    messages.set_language(chosen if chosen in messages.LANGUAGES else language())
    for arg in args_list:  # bytes that are not UTF-8 arrive as surrogates: say so, never a traceback
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "replace").decode("utf-8")
            say_error(f"festival-planner: {t('bad_argument_encoding', text=shown)}")
            return EXIT_USAGE
    if args_list[:1] == ["budget"]:
        args_list = noun_module("budget").default_action(args_list)
    args = build_parser(args_list).parse_args(args_list)
    run = getattr(args, "run", None) or noun_module("database").run_gui
    try:
        return run(read_ids(args))
    except FestivalPlannerError as exc:
        say_error(f"festival-planner: {exc.message}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        say_error(f"festival-planner: {t('interrupted')}")
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stdout = None  # type: ignore[assignment]
        return EXIT_OK
    except OSError as exc:
        say_error(f"festival-planner: {t('file_error', reason=exc.strerror or exc)}")
        return EXIT_ERROR
    finally:
        close_all()


__all__ = ["main", "build_parser", "EXIT_OK", "EXIT_ERROR", "EXIT_USAGE"]
