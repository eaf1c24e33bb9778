"""``documents show|set``: the issuer and signer of a year's printed documents (saved in the plan)."""

from __future__ import annotations

import argparse
import dataclasses

from festival_planner.cli.common import EXIT_OK, Commands, Parser, add_campaign, add_common, open_db, print_json
from festival_planner.cli.texts import t


def register(commands: Commands) -> None:
    documents = commands.add_parser("documents", help=t("cmd_documents"))
    actions = documents.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser,
                                       help=t("help_action"))
    show = actions.add_parser("show", help=t("cmd_documents_show"))
    change = actions.add_parser("set", help=t("cmd_documents_set"))
    for parser in (show, change):
        add_campaign(parser)
        add_common(parser)
        parser.set_defaults(run=run)
    change.add_argument("--superior", help=t("help_doc_superior"))
    change.add_argument("--issuer", help=t("help_doc_issuer"))
    change.add_argument("--place", help=t("help_doc_place"))
    change.add_argument("--authority", choices=("tm", "kt"), help=t("help_doc_authority"))
    change.add_argument("--capacity", help=t("help_doc_capacity"))
    change.add_argument("--title", help=t("help_doc_title"))
    change.add_argument("--signer-name", help=t("help_doc_signer_name"))
    change.add_argument("--symbol", action="append", default=[], metavar="REPORT=SYMBOL", help=t("help_doc_symbol"))
    change.add_argument("--recipient", action="append", default=[], metavar="REPORT=LINE",
                        help=t("help_doc_recipient"))
    change.add_argument("--reset", action="store_true", help=t("help_doc_reset"))


def _pairs(values: list[str]) -> list[tuple[str, str]]:
    """``REPORT=TEXT`` options as pairs; an unknown report is refused with the list of reports."""
    from festival_planner.domain.errors import ValidationError
    from festival_planner.services.documents import REPORTS

    pairs = []
    for value in values:
        report, sep, text = value.partition("=")
        if not sep or report.strip() not in REPORTS:
            raise ValidationError("document_unknown_report", report=report.strip(), reports=", ".join(REPORTS))
        pairs.append((report.strip(), text))
    return pairs


def changed(current, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """``current`` with what the command line sets."""
    from festival_planner.services.documents import AUTHORITIES

    fields = {name: getattr(args, name) for name in ("superior", "issuer", "place") if getattr(args, name) is not None}
    if args.authority:
        fields["signature_capacity"], fields["signature_title"] = AUTHORITIES[args.authority]
    if args.capacity is not None:
        fields["signature_capacity"] = args.capacity
    if args.title is not None:
        fields["signature_title"] = args.title
    if args.signer_name is not None:
        fields["signer_name"] = args.signer_name
    symbols = dict(current.symbols)
    symbols.update(_pairs(args.symbol))
    recipients = dict(current.recipients)
    given: dict[str, list[str]] = {}
    for report, line in _pairs(args.recipient):
        given.setdefault(report, []).append(line)
    recipients.update({report: tuple(lines) for report, lines in given.items()})
    return dataclasses.replace(current, symbols=symbols, recipients=recipients, **fields)


def run(args: argparse.Namespace) -> int:
    from festival_planner.services import campaigns, documents

    campaigns.check_year(args.campaign)
    if args.action == "set":
        _pairs(args.symbol + args.recipient)  # refused before touching any file
    database = open_db(args)
    with database.read() if args.action == "show" else database.transaction() as session:
        campaign = campaigns.get_campaign(session, args.campaign)
        current, version = documents.saved_document_settings(session, campaign.id)
        if args.action == "set":
            wanted = None if args.reset else changed(current, args)
            documents.save_document_settings(session, campaign.id, wanted, version)
            current = documents.document_settings(session, campaign.id)
    data = current.to_json()
    if args.json:
        print_json({"campaign": args.campaign, **data})
    else:
        print(t("out_documents", superior=current.superior, issuer=current.issuer, place=current.place,
                capacity=current.signature_capacity, title=current.signature_title, name=current.signer_name))
        for report in documents.REPORTS:
            print(t("out_documents_report", report=report, symbol=current.symbols[report],
                    recipients=" ".join(current.recipients[report])))
    return EXIT_OK
