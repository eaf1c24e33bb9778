"""Invitations of leaders to sites: the delegation of each site, its head, and the invitation workflow.

One head of delegation per site and any number of members. Status: proposed → sent → accepted /
declined, or withdrawn (``domain.rules.INVITATION_TRANSITIONS``), with the dates sent and answered.
Accepting an invitation that clashes with another engagement of the leader (``services.conflicts``)
needs an explicit override reason, kept on the invitation and in the change log.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from festival_planner.domain.entry import clean_text, text_limit
from festival_planner.domain.enums import InvitationRole, InvitationStatus
from festival_planner.domain.errors import ValidationError
from festival_planner.domain.models import Invitation, Leader, Site
from festival_planner.domain.rules import ENGAGEMENT_STATUSES, invitation_change_allowed
from festival_planner.domain.text import sort_key
from festival_planner.services import changelog, rows
from festival_planner.services.overview_rows import INVITATION_EDITABLE_FIELDS, InvitationRow

EDITABLE_FIELDS = INVITATION_EDITABLE_FIELDS


def _note(value: Any) -> str:
    return clean_text(value, "note", text_limit("invitation.note"), multiline=True, field_key="invitation_field.note")


def _reason(value: Any) -> str:
    return clean_text(value, "override_reason", text_limit("invitation.override_reason"), multiline=True,
                      field_key="invitation_field.override_reason")


@dataclass(frozen=True)
class HeadInfo:
    """The head of a site's delegation as the Sites workspace shows it."""

    leader_id: uuid.UUID
    name: str
    status: InvitationStatus


def invitation_row(inv: Invitation) -> InvitationRow:
    site, leader = inv.site, inv.leader
    return InvitationRow(inv.id, inv.site_id, inv.leader_id, leader.full_name, leader.title, leader.precedence_rank,
                         inv.role, inv.status, inv.sent_on, inv.answered_on, inv.note, inv.override_reason,
                         inv.version, site.campaign.year, site.date, site.start_time, site.end_time,
                         site.commune_code, site.commune.name, site.commune.province.short_name, site.venue)


def _active_heads(session: Session, site_ids: list[uuid.UUID]) -> list[Invitation]:
    if not site_ids:
        return []
    return list(session.scalars(select(Invitation).where(
        Invitation.site_id.in_(site_ids), Invitation.role == InvitationRole.HEAD,
        Invitation.status.in_(list(ENGAGEMENT_STATUSES)))))


def heads_of_delegation(session: Session, site_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The full name of the leader heading each site's delegation (sites without one are absent;
    a head who declined or was withdrawn no longer heads it)."""
    return {inv.site_id: inv.leader.full_name for inv in _active_heads(session, site_ids)}


def heads_with_status(session: Session, site_ids: list[uuid.UUID]) -> dict[uuid.UUID, HeadInfo]:
    """The head of each site's delegation with the invitation's status (for the Sites workspace)."""
    return {inv.site_id: HeadInfo(inv.leader_id, inv.leader.full_name, inv.status)
            for inv in _active_heads(session, site_ids)}


def delegation(session: Session, site_id: uuid.UUID) -> list[InvitationRow]:
    """Everyone invited to a site: the head first, then in precedence order (declined and withdrawn
    invitations last)."""
    rows.load(session, Site, site_id, "unknown_site")
    found = [invitation_row(inv) for inv in session.scalars(select(Invitation).where(Invitation.site_id == site_id))]
    return sorted(found, key=lambda r: (not r.is_engagement, r.role != InvitationRole.HEAD, r.precedence_rank,
                                        sort_key(r.leader_name)))


def get_invitation(session: Session, invitation_id: uuid.UUID) -> InvitationRow:
    return invitation_row(rows.load(session, Invitation, invitation_id, "unknown_invitation"))


def _check_one_head(session: Session, site_id: uuid.UUID, role: InvitationRole, status: InvitationStatus,
                    invitation_id: uuid.UUID | None) -> None:
    if role != InvitationRole.HEAD or status not in ENGAGEMENT_STATUSES:
        return
    for head in _active_heads(session, [site_id]):
        if head.id != invitation_id:
            raise ValidationError("site_has_head", field="role", head=head.leader.full_name)


def _check_override(session: Session, invitation: Invitation, reason: str) -> list[Any]:
    """The conflicts the invitation takes part in; refused without a reason when accepting one that clashes."""
    from festival_planner.services.conflicts import conflicts_of_invitation

    clashes = conflicts_of_invitation(session, invitation.id)
    if clashes and not reason:
        first = clashes[0]
        raise ValidationError("conflict_override_required", field="override_reason", leader=first.leader_name,
                              count=len(clashes), sites="; ".join(c.describe() for c in clashes))
    return clashes


def _log_override(session: Session, invitation: Invitation, reason: str, clashes: list[Any]) -> None:
    changelog.record(session, "invitation", invitation.id, "override", None,
                     {"override_reason": reason, "status": invitation.status,
                      "conflicts": [c.to_json() for c in clashes]})


def invite(session: Session, site_id: uuid.UUID, leader_id: uuid.UUID, role: InvitationRole | str, *,
           status: InvitationStatus | str = InvitationStatus.PROPOSED, note: str = "",
           sent_on: dt.date | None = None, answered_on: dt.date | None = None, override_reason: str = "",
           invitation_id: uuid.UUID | None = None, today: dt.date | None = None) -> InvitationRow:
    """Invite a leader to a site as head or member. One head per site; a leader once per site; an
    inactive leader is refused. Created directly as accepted, the same override rule as ``set_status``
    applies. Dates sent/answered default to ``today`` for the statuses that have them."""
    role, status = InvitationRole(role), InvitationStatus(status)
    site = rows.load(session, Site, site_id, "unknown_site")
    leader = rows.load(session, Leader, leader_id, "unknown_leader")
    if not leader.active:
        raise ValidationError("leader_inactive", field="leader", name=leader.full_name)
    existing = session.scalar(select(Invitation).where(Invitation.site_id == site.id,
                                                       Invitation.leader_id == leader.id))
    if existing is not None:
        raise ValidationError("already_invited", field="leader", name=leader.full_name, commune=site.commune.name,
                              status=existing.status)
    _check_one_head(session, site.id, role, status, None)
    today = today or dt.date.today()
    if status != InvitationStatus.PROPOSED:
        sent_on = sent_on or today
    if status in (InvitationStatus.ACCEPTED, InvitationStatus.DECLINED):
        answered_on = answered_on or today
    reason = _reason(override_reason)
    invitation = Invitation(id=invitation_id or uuid.uuid4(), site_id=site.id, leader_id=leader.id, role=role,
                            status=status, note=_note(note), sent_on=sent_on, answered_on=answered_on,
                            override_reason="")
    savepoint = session.begin_nested()  # a refused override leaves nothing behind, even in a longer transaction
    session.add(invitation)
    session.flush()
    session.refresh(invitation)
    try:
        clashes = _check_override(session, invitation, reason) if status == InvitationStatus.ACCEPTED else []
    except ValidationError:
        savepoint.rollback()
        raise
    savepoint.commit()
    invitation.override_reason = reason if clashes else ""
    session.flush()
    changelog.record(session, "invitation", invitation.id, "create", None,
                     {"site_id": site.id, "leader_id": leader.id, "role": role, "status": status,
                      "sent_on": sent_on, "answered_on": answered_on, "note": invitation.note,
                      "override_reason": invitation.override_reason})
    if clashes:
        _log_override(session, invitation, reason, clashes)
    return invitation_row(invitation)


def set_status(session: Session, invitation_id: uuid.UUID, expected_version: int | None,
               status: InvitationStatus | str, *, on: dt.date | None = None,
               override_reason: str = "") -> InvitationRow:
    """Move an invitation along its workflow, stamping the date (``on``, default today): sent sets the
    date sent, accepted/declined the date answered; back to proposed clears both. Accepting one that
    clashes with the leader's other engagements needs ``override_reason``."""
    status = InvitationStatus(status)
    invitation = rows.load(session, Invitation, invitation_id, "unknown_invitation")
    rows.check_version(invitation, expected_version, "stale_invitation")
    old = invitation.status
    if not invitation_change_allowed(old, status):
        raise ValidationError("bad_invitation_status_change", field="status", old=old, new=status)
    on = on or dt.date.today()
    changes: dict[str, Any] = {"status": status}
    if status == InvitationStatus.PROPOSED:
        changes.update(sent_on=None, answered_on=None)
    elif status == InvitationStatus.SENT:
        changes.update(sent_on=invitation.sent_on if old != InvitationStatus.PROPOSED and invitation.sent_on else on,
                       answered_on=None)
    elif status in (InvitationStatus.ACCEPTED, InvitationStatus.DECLINED):
        changes.update(sent_on=invitation.sent_on or on, answered_on=on)
    _check_one_head(session, invitation.site_id, invitation.role, status, invitation.id)
    reason = _reason(override_reason)
    clashes: list[Any] = []
    if status == InvitationStatus.ACCEPTED and old != InvitationStatus.ACCEPTED:
        clashes = _check_override(session, invitation, reason)
        changes["override_reason"] = reason if clashes else ""
    rows.apply_update(session, "invitation", invitation, expected_version, changes, "stale_invitation")
    if clashes:
        _log_override(session, invitation, reason, clashes)
    return invitation_row(invitation)


def update_invitation(session: Session, invitation_id: uuid.UUID, expected_version: int | None,
                      **changes: Any) -> InvitationRow:
    """Change an invitation's role, note or dates directly (and status, for undo: the transition rules
    and the one-head rule still hold, the override check does not — use ``set_status`` to accept)."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    invitation = rows.load(session, Invitation, invitation_id, "unknown_invitation")
    rows.check_version(invitation, expected_version, "stale_invitation")
    values = {name: getattr(invitation, name) for name in EDITABLE_FIELDS} | changes
    values["role"], values["status"] = InvitationRole(values["role"]), InvitationStatus(values["status"])
    values["note"] = _note(values["note"])
    values["override_reason"] = _reason(values["override_reason"])
    if not invitation_change_allowed(invitation.status, values["status"]):
        raise ValidationError("bad_invitation_status_change", field="status", old=invitation.status,
                              new=values["status"])
    if values["sent_on"] and values["answered_on"] and values["answered_on"] < values["sent_on"]:
        raise ValidationError("answered_before_sent", field="answered_on", sent=values["sent_on"],
                              answered=values["answered_on"])
    _check_one_head(session, invitation.site_id, values["role"], values["status"], invitation.id)
    rows.apply_update(session, "invitation", invitation, expected_version, values, "stale_invitation")
    return invitation_row(invitation)


def remove_invitation(session: Session, invitation_id: uuid.UUID, expected_version: int | None = None) -> InvitationRow:
    """Delete an invitation made by mistake (use the status withdrawn for one that was really sent);
    returns its last snapshot, for undo through ``invite(..., invitation_id=row.id)``."""
    invitation = rows.load(session, Invitation, invitation_id, "unknown_invitation")
    rows.check_version(invitation, expected_version, "stale_invitation")
    row = invitation_row(invitation)
    session.delete(invitation)
    session.flush()
    changelog.record(session, "invitation", row.id, "delete",
                     {"site_id": row.site_id, "leader_id": row.leader_id, **row.values()}, None)
    return row
