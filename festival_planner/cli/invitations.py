"""``invite``: put a leader in a site's delegation as head or member, or move an existing
invitation along its workflow (proposed → sent → accepted / declined / withdrawn); accepting one that
creates a conflict needs ``--override-reason``."""

from __future__ import annotations

import argparse
import sys

from festival_planner.cli.common import EXIT_OK, Commands, add_choice, add_common, add_id, label, open_db, print_json
from festival_planner.cli.texts import t
from festival_planner.domain.enums import InvitationRole, InvitationStatus


def register(commands: Commands) -> None:
    invite = commands.add_parser("invite", help=t("cmd_invite"))
    add_id(invite, "site")
    add_id(invite, "leader")
    add_choice(invite, "--role", InvitationRole, t("help_role"), required=True)
    add_choice(invite, "--status", InvitationStatus, t("help_inv_status"), default=None)
    invite.add_argument("--note", default=None, help=t("help_notes"))
    invite.add_argument("--override-reason", default="", metavar="TEXT", help=t("help_override"))
    add_common(invite)
    invite.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from festival_planner.services import invitations

    site_id, leader_id = args.site, args.leader
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
        print(t("out_invitation", leader=row.leader_name, role=label(row.role),
                commune=row.commune_name, province=row.province, date=f"{row.date:%d/%m/%Y}",
                status=label(row.status)))
        print(t("out_invitation_id", id=row.id, version=row.version), file=sys.stderr)
    return EXIT_OK
