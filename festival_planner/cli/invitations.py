"""``invite``: put a leader in a site's delegation as head or member, or move an existing
invitation along its workflow (proposed → sent → accepted / declined / withdrawn); accepting one that
creates a conflict needs ``--override-reason``."""

from __future__ import annotations

import argparse
import sys

from festival_planner.cli.common import Commands, EXIT_OK, add_common, open_db, print_json
from festival_planner.cli.texts import t

ROLES = ["head", "member"]
STATUSES = ["proposed", "sent", "accepted", "declined", "withdrawn"]


def register(commands: Commands) -> None:
    invite = commands.add_parser("invite", help=t("cmd_invite"))
    invite.add_argument("--site", required=True, metavar="SITE_ID", help=t("help_site"))
    invite.add_argument("--leader", required=True, metavar="LEADER_ID", help=t("help_leader"))
    invite.add_argument("--role", required=True, choices=ROLES, help=t("help_role"))
    invite.add_argument("--status", default=None, choices=STATUSES, help=t("help_inv_status"))
    invite.add_argument("--note", default=None, help=t("help_notes"))
    invite.add_argument("--override-reason", default="", metavar="TEXT", help=t("help_override"))
    add_common(invite)
    invite.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from festival_planner.cli.ids import parse_uuid
    from festival_planner.domain import messages
    from festival_planner.domain.enums import InvitationRole, InvitationStatus
    from festival_planner.services import invitations

    site_id = parse_uuid(args.site, "bad_site_id")
    leader_id = parse_uuid(args.leader, "bad_leader_id")
    role = InvitationRole(args.role)
    status = InvitationStatus(args.status) if args.status else None
    database = open_db(args)
    with database.transaction() as session:
        existing = next((r for r in invitations.delegation(session, site_id) if r.leader_id == leader_id), None)
        if existing is None:
            row = invitations.invite(session, site_id, leader_id, role, status=status or InvitationStatus.PROPOSED,
                                     note=args.note or "", override_reason=args.override_reason)
        else:
            row = existing
            if role != row.role or (args.note is not None and args.note != row.note):
                changes: dict[str, object] = {"role": role}
                if args.note is not None:
                    changes["note"] = args.note
                row = invitations.update_invitation(session, row.id, row.version, **changes)
            if status is not None and status != row.status:
                row = invitations.set_status(session, row.id, row.version, status,
                                             override_reason=args.override_reason)
    if args.json:
        print_json(row.to_json())
    else:
        language = messages.current_language()
        print(t("out_invitation", leader=row.leader_name, role=messages.format_value(row.role, language),
                commune=row.commune_name, province=row.province, date=f"{row.date:%d/%m/%Y}",
                status=messages.format_value(row.status, language)))
        print(t("out_invitation_id", id=row.id, version=row.version), file=sys.stderr)
    return EXIT_OK
