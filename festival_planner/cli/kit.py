"""``kit export|inspect|open|send-back|merge``: field kits from the command line.

The passphrase comes from a prompt (asked twice for a new kit) or ``--passphrase-file`` (its first
line). ``kit merge`` without ``--keep`` lists the conflicts and writes nothing while there are any;
``--json`` prints ``applied``, ``conflicts`` (entity, id, field, base, office, field_value),
``deletions``, ``refused`` and, once applied, ``result``.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from festival_planner.cli.common import EXIT_ERROR, EXIT_OK, Commands, Parser, add_common, integer, open_db, print_json
from festival_planner.cli.texts import t


def register(commands: Commands) -> None:
    kit = commands.add_parser("kit", help=t("cmd_kit"))
    actions = kit.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser,
                                 help=t("help_action"))
    export = actions.add_parser("export", help=t("cmd_kit_export"))
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--sites", metavar="ID,…", help=t("help_kit_sites"))
    which.add_argument("--campaign", type=integer, metavar="YEAR", help=t("help_kit_campaign"))
    export.add_argument("--out", required=True, metavar="FILE", help=t("help_kit_out"))
    export.add_argument("--expires", metavar="DD/MM/YYYY", help=t("help_kit_expires"))
    export.add_argument("--with-contacts", action="store_true", help=t("help_kit_contacts"))
    export.add_argument("--marking", metavar="TEXT", help=t("help_kit_marking"))
    _passphrase_option(export)
    add_common(export)
    export.set_defaults(run=run_export)

    inspect = actions.add_parser("inspect", help=t("cmd_kit_inspect"))
    inspect.add_argument("file", metavar="FILE", help=t("help_kit_file"))
    inspect.add_argument("--contents", action="store_true", help=t("help_kit_contents"))
    _passphrase_option(inspect)
    add_common(inspect)
    inspect.set_defaults(run=run_inspect)

    opening = actions.add_parser("open", help=t("cmd_kit_open"))
    opening.add_argument("file", metavar="FILE", help=t("help_kit_file"))
    opening.add_argument("--working", metavar="FILE", help=t("help_kit_working"))
    _passphrase_option(opening)
    add_common(opening)
    opening.set_defaults(run=run_open)

    back = actions.add_parser("send-back", help=t("cmd_kit_send_back"))
    back.add_argument("working", metavar="WORKING", help=t("help_kit_working_file"))
    back.add_argument("--out", required=True, metavar="FILE", help=t("help_kit_out"))
    _passphrase_option(back)
    add_common(back)
    back.set_defaults(run=run_send_back)

    merge = actions.add_parser("merge", help=t("cmd_kit_merge"))
    merge.add_argument("file", metavar="FILE", help=t("help_kit_file"))
    merge.add_argument("--dry-run", action="store_true", help=t("help_kit_dry_run"))
    merge.add_argument("--keep", choices=("office", "field"), help=t("help_kit_keep"))
    merge.add_argument("--confirm-deletions", action="store_true", help=t("help_kit_confirm_deletions"))
    merge.add_argument("--accept-expired", action="store_true", help=t("help_kit_accept_expired"))
    _passphrase_option(merge)
    add_common(merge)
    merge.set_defaults(run=run_merge)


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", metavar="FILE", help=t("help_passphrase_file"))


def _passphrase(args: argparse.Namespace, *, new: bool = False) -> str:
    from festival_planner.domain.errors import ValidationError

    if args.passphrase_file:
        lines = Path(args.passphrase_file).expanduser().read_text(encoding="utf-8").splitlines()
        return lines[0] if lines else ""
    first = getpass.getpass(t("prompt_passphrase"))
    if new and getpass.getpass(t("prompt_passphrase_again")) != first:
        raise ValidationError("kit_passphrases_differ")
    return first


def _kind(kind: str) -> str:
    from festival_planner.domain import messages

    return messages.render(f"kit_kind.{kind}", {})


def _header_text(header: Any) -> str:
    from festival_planner.domain.values import format_date

    return t("out_kit_header", kind=_kind(header.kind), format_version=header.format_version, kit_id=header.kit_id,
             database_id=header.database_id, base_kit_id=header.base_kit_id,
             created_at=header.created_at.strftime("%d/%m/%Y %H:%M"),
             expires_on=format_date(header.expires_on) if header.expires_on else t("out_kit_never"),
             marking=header.marking or "—", year=header.campaign_year or "—",
             contacts=t("out_kit_yes") if header.with_contacts else t("out_kit_no"))


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} {count}" for name, count in counts.items())


def run_export(args: argparse.Namespace) -> int:
    from festival_planner.cli.common import parse_id
    from festival_planner.domain.values import parse_date
    from festival_planner.services import kits

    site_ids = [parse_id(text, "site") for text in args.sites.split(",") if text.strip()] if args.sites else None
    expires = parse_date(args.expires) if args.expires else None
    database = open_db(args)
    passphrase = _passphrase(args, new=True)
    header = kits.export_kit(database, args.out, passphrase, site_ids=site_ids, campaign_year=args.campaign,
                             expires_on=expires, with_contacts=args.with_contacts,
                             marking=args.marking if args.marking is not None else kits.DEFAULT_MARKING)
    if args.json:
        print_json({"path": str(Path(args.out).expanduser()), "header": header.to_json()})
    else:
        print(t("out_kit_written", kind=_kind(header.kind), path=args.out, sites=header.counts.get("site", 0),
                year=header.campaign_year, kit_id=header.kit_id))
    return EXIT_OK


def run_inspect(args: argparse.Namespace) -> int:
    from festival_planner.services import kits
    from festival_planner.store.kit_file import read_header, read_kit

    if not args.contents and not args.passphrase_file:
        header = read_header(args.file)
        if args.json:
            print_json({"header": header.to_json()})
        else:
            print(_header_text(header))
            print(t("out_kit_counts", counts=_counts_text(header.counts)))
        return EXIT_OK
    contents = read_kit(args.file, _passphrase(args))
    summary = kits.kit_summary(contents)
    if args.json:
        print_json(summary)
    else:
        print(_header_text(contents.header))
        print(t("out_kit_counts", counts=_counts_text(summary["rows"] or contents.header.counts)))
        if summary["communes"]:
            print(t("out_kit_communes", communes=", ".join(summary["communes"])))
    return EXIT_OK


def run_open(args: argparse.Namespace) -> int:
    from festival_planner.services import kits

    copy = kits.open_field_kit(args.file, _passphrase(args), args.working)
    try:
        counts = {name: len(rows) for name, rows in copy.current_rows().items()}
        if args.json:
            print_json({"working": str(copy.path), "header": copy.header.to_json(), "rows": counts})
        else:
            print(_header_text(copy.header))
            print(t("out_kit_counts", counts=_counts_text(counts)))
            print(t("out_kit_working", path=copy.path, sites=len(copy.scope.site_ids)))
    finally:
        copy.close()
    return EXIT_OK


def run_send_back(args: argparse.Namespace) -> int:
    from festival_planner.services import kits

    copy = kits.open_working(args.working, _passphrase(args))
    try:
        header = kits.send_back(copy, args.out)
    finally:
        copy.close()
    if args.json:
        print_json({"path": str(Path(args.out).expanduser()), "header": header.to_json()})
    else:
        print(t("out_kit_written", kind=_kind(header.kind), path=args.out, sites=header.counts.get("site", 0),
                year=header.campaign_year, kit_id=header.kit_id))
    return EXIT_OK


def _plan_text(plan: Any) -> None:
    from festival_planner.services.kit_merge import entity_label, field_label

    def row(change: Any) -> dict[str, str]:
        return {"entity": entity_label(change.entity), "id": f"«{change.label}»" if change.label else change.id}

    if plan.empty:
        print(t("out_kit_merge_nothing"))
        return
    print(t("out_kit_merge_applied", count=len(plan.applied)))
    for change in plan.applied:
        what = ", ".join(field_label(name) for name in sorted(change.values)) if change.action == "update" \
            else t("out_kit_merge_added")
        print(t("out_kit_merge_applied_line", what=what, **row(change)))
    print(t("out_kit_merge_conflicts", count=len(plan.conflicts)))
    for conflict in plan.conflicts:
        print(t("out_kit_merge_conflict_line", field=field_label(conflict.field), base=_shown(conflict.base),
                office=_shown(conflict.office), field_value=_shown(conflict.field_value), **row(conflict)))
    if plan.deletions:
        print(t("out_kit_merge_deletions", count=len(plan.deletions)))
        for change in plan.deletions:
            print(t("out_kit_merge_applied_line", what=t("out_kit_merge_deleted"), **row(change)))
    if plan.refused:
        print(t("out_kit_merge_refused", count=len(plan.refused)))


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        return ", ".join(f"{name}={item}" for name, item in value.items())
    return str(value)


def run_merge(args: argparse.Namespace) -> int:
    from festival_planner.domain.errors import DatabaseError, ValidationError
    from festival_planner.services import kit_merge

    database = open_db(args)
    contents = kit_merge.load_return_kit(args.file, _passphrase(args))
    with database.read() as session:
        plan = kit_merge.plan_merge(session, contents, args.file, accept_expired=args.accept_expired)
    if plan.already_merged is not None:
        notice = DatabaseError("kit_already_merged", merged_at=plan.already_merged)
        if args.json:
            print_json(plan.to_json())
        print(f"festival-planner: {notice.message}", file=sys.stderr)
        return EXIT_OK
    if args.dry_run or (plan.conflicts and args.keep is None):
        if args.json:
            print_json(plan.to_json())
        else:
            _plan_text(plan)
            if args.dry_run:
                print(t("out_kit_merge_dry_run"))
        if not args.dry_run:
            error = ValidationError("kit_conflicts_unresolved", count=len(plan.conflicts))
            print(f"festival-planner: {error.message}", file=sys.stderr)
            return EXIT_ERROR
        return EXIT_OK
    resolutions = kit_merge.resolve_all(plan, args.keep) if args.keep else {}
    result = kit_merge.apply_merge(database, plan, resolutions, confirm_deletions=args.confirm_deletions)
    if args.json:
        print_json(result.to_json())
    else:
        _plan_text(plan)
        print(t("out_kit_merge_done", **result.summary()))
        if result.backup:
            print(t("out_kit_merge_backup", path=result.backup))
    return EXIT_OK
