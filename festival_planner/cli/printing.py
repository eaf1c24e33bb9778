"""``print``: the official documents as PDF or Word — a site's programme, a leader's itinerary, a
site's field checklist, the national overview — and every site of a campaign as PDF (one file, or
one per site: a bound set of many documents is a PDF job, each of them is in Word one by one)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from festival_planner.cli.common import EXIT_OK, Commands, add_campaign, add_common, add_id, open_db
from festival_planner.cli.texts import t


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--number", default="", metavar="SỐ", help=t("help_print_number"))
    parser.add_argument("--confidential", action="store_true", help=t("help_print_confidential"))
    parser.add_argument("--date", metavar="DD/MM/YYYY", help=t("help_print_date"))
    add_common(parser, json_output=False)


def _target(parser: argparse.ArgumentParser) -> None:
    """``--pdf FILE`` or ``--docx FILE``: exactly one of them."""
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--pdf", metavar="FILE", help=t("help_print_pdf"))
    target.add_argument("--docx", metavar="FILE", help=t("help_print_docx"))


def register(commands: Commands) -> None:
    printing = commands.add_parser("print", help=t("cmd_print"))
    actions = printing.add_subparsers(dest="action", metavar="ACTION", required=True, help=t("help_action"))
    site = actions.add_parser("site", help=t("cmd_print_site"))
    add_id(site, "site")
    _target(site)
    _options(site)
    site.set_defaults(run=run_site)
    schedules = actions.add_parser("schedules", help=t("cmd_print_schedules"))
    add_campaign(schedules)
    schedules.add_argument("--pdf", required=True, metavar="FILE", help=t("help_print_pdf"))
    schedules.add_argument("--one-per-site", metavar="DIR", help=t("help_print_one_per_site"))
    _options(schedules)
    schedules.set_defaults(run=run_schedules)
    itinerary = actions.add_parser("itinerary", help=t("cmd_print_itinerary"))
    add_id(itinerary, "leader")
    add_campaign(itinerary)
    _target(itinerary)
    _options(itinerary)
    itinerary.set_defaults(run=run_itinerary)
    checklist = actions.add_parser("checklist", help=t("cmd_print_checklist"))
    add_id(checklist, "site")
    _target(checklist)
    _options(checklist)
    checklist.set_defaults(run=run_checklist)
    overview = actions.add_parser("overview", help=t("cmd_print_overview"))
    add_campaign(overview)
    _target(overview)
    overview.add_argument("--map", metavar="IMAGE", help=t("help_print_map"))
    _options(overview)
    overview.set_defaults(run=run_overview)


def _build_options(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from festival_planner.domain.values import parse_date
    from festival_planner.reports.content import Options

    issued: dt.date | None = parse_date(args.date) if args.date else None
    return Options(number=args.number, confidential=args.confidential, issued_on=issued,
                   map_image=getattr(args, "map", None) or "")


def _pdf(documents: list, path: str) -> int:  # type: ignore[type-arg]
    from festival_planner.reports.output import check_target, save_pdf

    check_target(path, ".pdf")
    pages = save_pdf(documents, path)
    print(t("out_printed", path=path, pages=pages, documents=len(documents)))
    return EXIT_OK


def _check_target(args: argparse.Namespace) -> None:
    """The chosen file's folder exists and its name ends in .pdf or .docx (before any work)."""
    from festival_planner.reports.output import check_target

    check_target(args.pdf or args.docx, ".pdf" if args.pdf else ".docx")


def _write(document, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    """``document`` to the --pdf or the --docx file, with the line that says so."""
    if args.pdf:
        return _pdf([document], args.pdf)
    from festival_planner.reports.output import save_docx

    save_docx(document, args.docx)
    print(t("out_printed_docx", path=args.docx))
    return EXIT_OK


def _warn_missing(documents: list) -> None:  # type: ignore[type-arg]
    """One line on stderr when documents are printed with facts left to fill in by hand."""
    lacking = [d for d in documents if d.missing]
    if len(lacking) == 1:
        text = t("warn_missing_facts", document=lacking[0].subtitle, facts=", ".join(lacking[0].missing))
    elif lacking:
        counts: dict[str, int] = {}
        for document in lacking:
            for fact in document.missing:
                counts[fact] = counts.get(fact, 0) + 1
        text = t("warn_missing_facts_many", count=len(lacking),
                 facts=", ".join(f"{fact} ({n})" for fact, n in counts.items()))
    else:
        return
    print(f"festival-planner: {text}", file=sys.stderr)


def run_site(args: argparse.Namespace) -> int:
    from festival_planner.reports.content import site_schedule_document

    site_id = args.site
    options = _build_options(args)
    _check_target(args)
    database = open_db(args)
    with database.read() as session:
        document = site_schedule_document(session, site_id, options)
    code = _write(document, args)
    _warn_missing([document])  # after the file is written: a failure stays one line
    return code


def run_schedules(args: argparse.Namespace) -> int:
    from festival_planner.domain.errors import ValidationError
    from festival_planner.reports.content import campaign_site_ids, site_schedule_document
    from festival_planner.reports.output import check_target, save_pdf_per_document
    from festival_planner.services import campaigns

    campaigns.check_year(args.campaign)
    options = _build_options(args)
    check_target(args.pdf, ".pdf")
    if args.one_per_site:
        from pathlib import Path

        folder = Path(args.one_per_site).expanduser()
        if not folder.is_dir():
            if not folder.parent.is_dir():  # the folder is made; a mistyped path above it is refused
                raise ValidationError("print_folder_missing", path=str(folder.parent))
            folder.mkdir()
    database = open_db(args)
    with database.read() as session:
        ids = campaign_site_ids(session, args.campaign)
        if not ids:
            raise ValidationError("print_no_sites", year=args.campaign)
        documents = [site_schedule_document(session, site_id, options) for site_id in ids]
    code = _pdf(documents, args.pdf)
    if args.one_per_site:
        written = save_pdf_per_document(documents, args.one_per_site)
        print(t("out_printed_many", count=len(written), folder=args.one_per_site))
    _warn_missing(documents)  # after the files are written: a failure stays one line
    return code


def run_itinerary(args: argparse.Namespace) -> int:
    from festival_planner.reports.content import itinerary_document
    from festival_planner.services import campaigns

    leader_id = args.leader
    campaigns.check_year(args.campaign)
    options = _build_options(args)
    _check_target(args)
    database = open_db(args)
    with database.read() as session:
        document = itinerary_document(session, leader_id, args.campaign, options)
    return _write(document, args)


def run_checklist(args: argparse.Namespace) -> int:
    from festival_planner.reports.content import field_checklist_document

    site_id = args.site
    options = _build_options(args)
    _check_target(args)
    database = open_db(args)
    with database.read() as session:
        document = field_checklist_document(session, site_id, options)
    return _write(document, args)


def run_overview(args: argparse.Namespace) -> int:
    from festival_planner.reports.site_map import overview_with_map
    from festival_planner.services import campaigns

    campaigns.check_year(args.campaign)
    options = _build_options(args)
    _check_target(args)
    database = open_db(args)
    with database.read() as session:
        document = overview_with_map(session, args.campaign, options)  # its own map unless --map
    return _write(document, args)
