"""The command line's own words in both interface languages: help texts, output lines, and argparse's
built-in phrases ("usage", "options", "invalid choice" …), which Python only ships in English.

One module per noun, like ``domain/messages/`` (a new command adds its own module, never edits a
shared one); each has ``VI`` and ``EN``, merged here. A key defined by two modules is an error at
import. ``t(key, **params)`` renders in the language chosen by ``festival_planner.domain.messages``;
``argparse_text`` translates argparse's phrases and messages (``cli.common.Parser`` calls it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import ModuleType

from festival_planner.cli.texts import (
    argparse_words,
    backups,
    board,
    budget,
    campaigns,
    checklist,
    common,
    communes,
    conflicts,
    database,
    display,
    documents,
    invitations,
    kit,
    leaders,
    plan,
    printing,
    programme,
    progress,
    selection,
    sites,
    tasks,
)
from festival_planner.domain import messages

MODULES: tuple[ModuleType, ...] = (common, argparse_words, display, database, backups, communes, campaigns,
                                   selection, sites, leaders, plan, invitations, board, conflicts, checklist, tasks,
                                   programme, progress, budget, printing, documents, kit)


def merge(modules: tuple[ModuleType, ...]) -> tuple[dict[str, str], dict[str, str]]:
    """The ``VI`` and ``EN`` tables of ``modules`` as one pair; a key in two modules is refused."""
    vi: dict[str, str] = {}
    en: dict[str, str] = {}
    owner: dict[str, str] = {}
    for module in modules:
        for key in {*module.VI, *module.EN}:
            if key in owner:
                raise KeyError(f"CLI text {key!r} is defined in {owner[key]} and in {module.__name__}")
            owner[key] = module.__name__
        vi.update(module.VI)
        en.update(module.EN)
    return vi, en


VI, EN = merge(MODULES)


def t(key: str, **params: object) -> str:
    """The text of ``key`` in the current language, filled with ``params``."""
    table = EN if messages.current_language() == "en" else VI
    template = table.get(key, VI.get(key, key))
    return template.format(**params) if params else template


# argparse's message templates ("invalid choice: %(value)r …") as patterns that read a finished
# message back into its parts, longest first (so the most specific template wins).
_PLACEHOLDER = re.compile(r"%\((\w+)\)[rs]|%s")


def _pattern(template: str) -> re.Pattern[str]:
    parts, position, index = [], 0, 0
    for match in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[position:match.start()]))
        name = match.group(1) or f"arg{index}"
        index += match.group(1) is None
        parts.append(f"(?P<{name}>.+?)")
        position = match.end()
    parts.append(re.escape(template[position:]))
    return re.compile("".join(parts), re.DOTALL)


_TEMPLATES = sorted(((english, _pattern(english)) for english in argparse_words.VI if "%" in english),
                    key=lambda item: -len(item[0]))


def _fill(template: str, values: Mapping[str, str]) -> str:
    index = iter(range(len(values) + 1))
    return _PLACEHOLDER.sub(lambda m: values[m.group(1) or f"arg{next(index)}"], template)


def argparse_text(text: str) -> str:
    """argparse's ``text`` — a phrase ("options") or a finished message ("argument --campaign: invalid
    choice: 'x' (choose from …)") — in the current language; English stays as argparse wrote it."""
    if messages.current_language() == "en":
        return text
    if text in argparse_words.VI:
        return argparse_words.VI[text]
    for english, pattern in _TEMPLATES:
        match = pattern.fullmatch(text)
        if match:
            values = {name: argparse_text(value) if name == "message" else value
                      for name, value in match.groupdict().items()}
            return _fill(argparse_words.VI[english], values)
    return text
