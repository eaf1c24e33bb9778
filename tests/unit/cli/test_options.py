"""One name per thing on the command line: every id option is ``--<noun>`` with ``<NOUN>_ID`` (a site
is ``--site`` everywhere, the old ``--id`` of ``sites edit|delete`` kept as an alias), every year option
is ``--campaign YEAR`` of the one integer type, and enum choices come from the enums."""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Iterator

import pytest

from festival_planner.cli import build_parser, main
from festival_planner.cli.common import ID_OPTIONS, integer, read_ids
from festival_planner.domain.enums import ChecklistStatus, InvitationRole, InvitationStatus, SiteStatus


def _parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[
        tuple[tuple[str, ...], argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:  # reading argparse's tree in a test; the product never touches it
        if isinstance(action.choices, dict):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


@pytest.fixture(scope="module")
def options() -> list[tuple[tuple[str, ...], argparse.Action]]:
    return [(path, action) for path, parser in _parsers(build_parser()) for action in parser._actions
            if action.option_strings]


def test_every_site_id_option_accepts_site(options) -> None:
    site_options = [(path, action) for path, action in options if action.metavar == "SITE_ID"]
    assert {path for path, _ in site_options} >= {("sites", "edit"), ("sites", "delete"), ("print", "site"),
                                                    ("print", "checklist"), ("checklist", "apply"),
                                                    ("checklist", "list"), ("programme", "show"), ("invite",)}
    for path, action in site_options:
        assert action.option_strings[0] == "--site", path
        assert action.dest == "site", path


# ``checklist apply`` takes one site (``--site``), several (``--site`` repeated) or a year's
# (``--campaign YEAR --all|--without-checklist``): there neither option is required on its own; so does
# ``kit export`` (``--sites ID,…`` or ``--campaign YEAR``, one of the two).
MANY_SITES = {("checklist", "apply"), ("kit", "export")}
# Sub-commands over a year's sites where ``--site`` (repeated) narrows the change to some of them.
SOME_SITES = MANY_SITES | {("sites", "status"), ("board", "send")}


def test_every_id_option_is_named_after_its_noun(options) -> None:
    for path, action in options:
        if isinstance(action.metavar, str) and action.metavar.endswith("_ID") and "=" not in action.metavar:
            noun = action.metavar[:-3].lower()
            assert noun in ID_OPTIONS, (path, action.metavar)
            assert action.option_strings[0] == f"--{noun}", path
            assert action.required or (path in SOME_SITES and action.nargs is None
                                        and isinstance(action, argparse._AppendAction)), path


def test_every_campaign_option_is_a_year_of_the_integer_type(options) -> None:
    campaign = [(path, action) for path, action in options if "--campaign" in action.option_strings]
    assert len(campaign) >= 10
    for path, action in campaign:
        assert (action.type, action.metavar, action.required) == (integer, "YEAR", path not in MANY_SITES), path


@pytest.mark.parametrize(("path", "option", "kind"), [
    (("sites", "add"), "--status", SiteStatus), (("sites", "edit"), "--status", SiteStatus),
    (("checklist", "set"), "--status", ChecklistStatus), (("invite",), "--status", InvitationStatus),
    (("invite",), "--role", InvitationRole)])
def test_enum_choices_come_from_the_enums(options, path, option, kind) -> None:
    action = next(a for p, a in options if p == path and option in a.option_strings)
    assert list(action.choices) == [member.value for member in kind]


def test_old_and_new_site_spellings_read_the_same(capsys) -> None:
    site = str(uuid.uuid4())
    parser = build_parser()
    for spelling in ("--site", "--id"):
        args = read_ids(parser.parse_args(["sites", "delete", spelling, site]))
        assert args.site == uuid.UUID(site)


def test_a_mistyped_id_is_a_refusal_naming_the_noun(capsys) -> None:
    assert main(["print", "site", "--site", "not-an-id", "--pdf", "x.pdf", "--db", "nowhere.sqlite"]) == 1
    assert "Mã điểm tổ chức không hợp lệ" in capsys.readouterr().err
    assert main(["itinerary", "--leader", "x", "--campaign", "2026", "--db", "nowhere.sqlite"]) == 1
    assert "Mã lãnh đạo không hợp lệ" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:  # the command line's syntax is checked before any id
        main(["invite", "--site", "abc", "--leader", "def", "--role", "boss", "--db", "nowhere.sqlite"])
    assert exited.value.code == 2
