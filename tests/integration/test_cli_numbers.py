"""Every whole-number option of the command line uses the one helper (``cli.common.integer``), so a
mistyped number is refused with the same words whatever the command: "invalid whole number value"
(English) or "giá trị số nguyên không hợp lệ" (Vietnamese), never argparse's "invalid int value"."""

from __future__ import annotations

import argparse

import pytest

from festival_planner.cli import build_parser, main
from festival_planner.cli.common import integer, number
from festival_planner.domain import messages

WORDS = {"en": "invalid whole number value: '2026x'", "vi": "giá trị số nguyên không hợp lệ: '2026x'"}


def _walk(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(command words, action) for every option of every sub-command."""
    for action in parser._actions:  # read only: argparse offers no public walk
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _walk(sub, (*path, name))
        elif action.option_strings:
            yield path, action


def number_options() -> list[tuple[tuple[str, ...], argparse.Action]]:
    messages.set_language("vi")
    return [(path, action) for path, action in _walk(build_parser())
            if action.type in (int, float, integer, number)]


def test_no_option_takes_a_bare_int_or_float() -> None:
    options = number_options()
    assert len(options) >= 20  # --campaign of every command, --count, --rank, --width, --limit, …
    bare = [f"{' '.join(path)} {action.option_strings[0]}" for path, action in options
            if action.type in (int, float)]
    assert not bare


@pytest.mark.parametrize("language", ["en", "vi"])
def test_every_integer_option_refuses_a_bad_number_with_the_same_words(capsys, language: str) -> None:
    options = [(path, action) for path, action in number_options() if action.type is integer]
    assert {action.option_strings[0] for _, action in options} >= {"--campaign", "--count", "--limit"}
    for path, action in options:
        with pytest.raises(SystemExit) as info:
            main([*path, action.option_strings[0], "2026x", "--lang", language])
        err = capsys.readouterr().err
        assert info.value.code == 2 and err.count("\n") == 1, (path, err)
        assert WORDS[language] in err, (path, action.option_strings[0], err)
    messages.set_language("vi")
