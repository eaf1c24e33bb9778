"""``board``: the delegation board from the command line — every site of a year with its head of
delegation and the leaders suggested for it (``show``), heads assigned in one transaction (``assign``:
``--head SITE_ID=LEADER_ID`` pairs and/or ``--suggested`` for every site still without one), and the
heads' invitations sent (``send``). ``sites status`` changes many sites' status at once."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import uuid
from typing import Any

from festival_planner.cli.common import (
    EXIT_OK,
    Commands,
    Parser,
    add_campaign,
    add_common,
    open_db,
    parse_id,
    print_json,
)
from festival_planner.cli.texts import t


def register(commands: Commands) -> None:
    board = commands.add_parser("board", help=t("cmd_board"))
    actions = board.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser,
                                   help=t("help_action"))
    show = actions.add_parser("show", help=t("cmd_board_show"))
    add_campaign(show)
    add_common(show)
    show.set_defaults(run=run_show)
    assign = actions.add_parser("assign", help=t("cmd_board_assign"))
    add_campaign(assign)
    assign.add_argument("--head", action="append", default=[], metavar="SITE_ID=LEADER_ID", help=t("help_board_head"))
    assign.add_argument("--suggested", action="store_true", help=t("help_board_suggested"))
    assign.add_argument("--dry-run", action="store_true", help=t("help_board_dry_run"))
    add_common(assign)
    assign.set_defaults(run=run_assign)
    send = actions.add_parser("send", help=t("cmd_board_send"))
    add_campaign(send)
    send.add_argument("--site", action="append", default=[], metavar="SITE_ID", help=t("help_board_send_site"))
    add_common(send)
    send.set_defaults(run=run_send)


def _campaign_id(session: Any, year: int) -> uuid.UUID:
    from festival_planner.services import campaigns

    return campaigns.get_campaign(session, year).id


def _print_board(board: Any, assignments: dict[uuid.UUID, uuid.UUID | None]) -> None:
    clashes = board.conflicts(assignments)
    for site in board.sites:
        leader = board.leader(assignments[site.site_id]) if assignments.get(site.site_id) else None
        head = leader.name if leader is not None else t("out_board_no_head")
        print(f"{site.date:%d/%m/%Y}  {site.commune_name}, {site.province}: {head}")
        for clash in clashes.get(site.site_id, []):
            print("    " + t("out_board_clash", clash=clash))


def run_show(args: argparse.Namespace) -> int:
    from festival_planner.services import delegation_board

    database = open_db(args)
    with database.read() as session:
        board = delegation_board.load_board(session, _campaign_id(session, args.campaign))
    if args.json:
        print_json(delegation_board.to_json(board))
    else:
        _print_board(board, board.current())
    return EXIT_OK


def _pairs(texts: list[str]) -> dict[uuid.UUID, uuid.UUID]:
    from festival_planner.domain.errors import ValidationError

    pairs = {}
    for text in texts:
        site, sep, leader = text.partition("=")
        if not sep:
            raise ValidationError("board_bad_pair", text=text)
        site_id = parse_id(site, "site")
        pairs[site_id] = parse_id(leader, "leader")
    return pairs


def run_assign(args: argparse.Namespace) -> int:
    from festival_planner.domain.errors import NotFoundError, ValidationError
    from festival_planner.services import delegation_board

    pairs = _pairs(args.head)
    if not pairs and not args.suggested:
        raise ValidationError("board_nothing_to_change")
    database = open_db(args)

    def write(session: Any) -> tuple[Any, dict[uuid.UUID, uuid.UUID | None], list[Any]]:
        board = delegation_board.load_board(session, _campaign_id(session, args.campaign))
        chosen = board.current()
        for site_id, leader_id in pairs.items():
            if site_id not in chosen:
                raise NotFoundError("unknown_site")
            if board.leader(leader_id) is None:
                raise NotFoundError("unknown_leader")
            chosen[site_id] = leader_id
        if args.suggested:
            chosen = board.fill_suggestions(chosen)
        changes = board.changes(chosen)
        if not changes:
            raise ValidationError("board_nothing_to_change")
        done = [] if args.dry_run else delegation_board.assign_heads(session, changes)
        return board, chosen, done

    if args.dry_run:
        with database.read() as session:
            board, chosen, _done = write(session)
    else:
        (board, chosen, _done), _changes = database.perform(write)
    if args.json:
        print_json({"dry_run": args.dry_run, "changed": len(board.changes(chosen)),
                    "sites": delegation_board.to_json(board, chosen)})
    else:
        _print_board(board, chosen)
        key = "out_board_would_assign" if args.dry_run else "out_board_assigned"
        print(t(key, count=len(board.changes(chosen))), file=sys.stderr)
    return EXIT_OK


def run_send(args: argparse.Namespace) -> int:
    from festival_planner.services import delegation_board

    database = open_db(args)
    chosen_sites = [parse_id(text, "site") for text in args.site]

    def write(session: Any) -> list[Any]:
        board = delegation_board.load_board(session, _campaign_id(session, args.campaign))
        site_ids = chosen_sites or [s.site_id for s in board.sites]
        return delegation_board.send_invitations(session, site_ids, on=dt.date.today())

    sent, _changes = database.perform(write)
    if args.json:
        print_json({"sent": [row.to_json() for row in sent]})
    else:
        for row in sent:
            print(f"{row.date:%d/%m/%Y}  {row.commune_name}, {row.province}: {row.leader_name}")
        print(t("out_board_sent", count=len(sent)), file=sys.stderr)
    return EXIT_OK
