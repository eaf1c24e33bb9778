"""Editing a site together with what hangs on its date: moving the day moves the due dates of its
checklist items not yet done, in the caller's one transaction, and undo puts both back.

Also the hook run whenever a database is opened for work (``prepare_database``)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from festival_planner.services import checklists, sites
from festival_planner.services.checklist_templates import (
    TemplateRow,
    install_shipped_templates,
    missing_shipped_templates,
)
from festival_planner.services.checklists import DueDateMove, EditWithMoves
from festival_planner.services.sites import SiteRow

SiteEdit = EditWithMoves[SiteRow]  # a site after an edit, and the checklist due dates the edit moved


def update_site(session: Session, site_id: uuid.UUID, expected_version: int, *, move_checklist: bool = True,
                **changes: Any) -> SiteEdit:
    """``sites.update_site``; when the date changes and ``move_checklist``, the site's open items move
    by the same number of days (all in the caller's transaction)."""
    before = sites.get_site(session, site_id)
    row = sites.update_site(session, site_id, expected_version, **changes)
    moves: list[DueDateMove] = []
    if move_checklist and row.date != before.date:
        moves = checklists.move_due_dates(session, site_id, before.date, row.date)
    return SiteEdit(row, tuple(moves))


def undo_update_site(session: Session, site_id: uuid.UUID, expected_version: int, moves: tuple[DueDateMove, ...],
                     **old_values: Any) -> SiteEdit:
    """Undo of ``update_site``: the moved due dates go back, then the site's old values."""
    back = checklists.undo_due_date_moves(session, moves)
    row = sites.update_site(session, site_id, expected_version, **old_values)
    return SiteEdit(row, tuple(back))


def prepare_database(session: Session) -> list[TemplateRow]:
    """Run when a database is opened for work (``init``, the app): installs the shipped checklist
    templates it does not have yet; returns those added."""
    return install_shipped_templates(session)


def needs_preparing(session: Session) -> bool:
    """Whether ``prepare_database`` would write anything: read first, so that opening a prepared file
    never takes the write lock (and never waits on another window's import)."""
    return bool(missing_shipped_templates(session))
