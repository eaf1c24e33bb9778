"""A command line that names a command imports and builds only that command's module; the table that
says which module registers which command word is the modules' own, and anything else (no command,
--help, a mistyped word) builds them all."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from festival_planner.cli import COMMAND_NOUNS, NOUNS, build_parser, command_word, main, noun_module
from festival_planner.cli.common import Parser


def test_the_table_is_what_the_modules_register() -> None:
    registered = {}
    for noun in NOUNS:
        parser = Parser(prog="festival-planner")
        commands = parser.add_subparsers(dest="command", parser_class=Parser)
        noun_module(noun).register(commands)
        for word in commands.choices:
            registered[word] = noun
    assert registered == COMMAND_NOUNS


@pytest.mark.parametrize(("argv", "word"), [
    (["sites", "list"], "sites"),
    (["--db", "sites", "campaigns", "list"], "campaigns"),
    (["--db=x.sqlite", "--lang", "en", "print", "site"], "print"),
    (["--d", "map", "select"], "select"),  # an abbreviated --db still takes its value
    (["--json", "sites"], "sites"),
    (["--", "kit"], "kit"),
    (["--help", "sites"], None),
    (["-h"], None),
    (["--he", "sites"], None),
    (["--kit", "a.fpkit"], None),
    ([], None),
])
def test_the_command_word(argv: list[str], word: str | None) -> None:
    assert command_word(argv) == word


def _subcommands(parser: argparse.ArgumentParser) -> set[str]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(action.choices)


def test_a_named_command_builds_its_module_only_and_the_rest_builds_all() -> None:
    assert _subcommands(build_parser(["sites", "list"])) == {"sites"}
    assert _subcommands(build_parser(["restore", "--help"])) == {"backups", "restore"}
    everything = set(COMMAND_NOUNS)
    for argv in (["--help", "sites"], ["sitse", "list"], [], None):
        assert _subcommands(build_parser(argv)) == everything, argv


def test_a_mistyped_command_still_lists_every_command(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["sitse", "list"])
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    assert "sitse" in error and all(word in error for word in ("sites", "print", "kit", "copy"))


def test_a_named_command_imports_no_other_command_module() -> None:
    code = ("import sys\n"
            "from festival_planner.cli import main\n"
            "try:\n"
            "    main(['sites', 'list', '--help'])\n"
            "except SystemExit:\n"
            "    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith('festival_planner.cli.')"
            " and m.count('.') == 2), file=sys.stderr)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stderr.strip().splitlines()[-1] == "['festival_planner.cli.common', 'festival_planner.cli.sites', " \
        "'festival_planner.cli.texts']", result.stderr
