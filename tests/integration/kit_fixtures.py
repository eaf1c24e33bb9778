"""Shared pieces of the field-kit tests: a demo year with checklists on its first sites, snapshots of
every user table, and row counts."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from festival_planner.domain.models import (
    Base,
    BudgetLine,
    Campaign,
    ChecklistItem,
    Invitation,
    Leader,
    ProgrammeItem,
    Site,
)
from festival_planner.services import checklists, demo
from festival_planner.store.database import Database, open_database

PASSPHRASE = "mật khẩu thực địa 2026"
SKIPPED = {"change_log", "province", "commune"}  # the audit trail grows; the gazetteer never changes


def demo_database(path: Path, with_checklists: int = 3) -> tuple[Database, list[uuid.UUID]]:
    """The 2026 demo year in ``path`` (opened) and its site ids: those with a programme and a budget first,
    by date; the first ``with_checklists`` have a checklist."""
    database = open_database(path)
    database.perform(lambda session: demo.create_demo(session, 2026))
    with database.read() as session:
        by_date = list(session.scalars(select(Site.id).join(Campaign).where(Campaign.year == 2026)
                                       .order_by(Site.date, Site.id)))
        furnished = set(session.scalars(select(ProgrammeItem.site_id))) & set(session.scalars(
            select(BudgetLine.site_id)))
        listed = set(session.scalars(select(ChecklistItem.site_id)))
    site_ids = sorted(by_date, key=lambda site_id: site_id not in furnished)  # programme and budget first
    for site_id in site_ids[:with_checklists]:
        if site_id not in listed:
            database.perform(lambda session, site_id=site_id: checklists.apply_template(session, site_id))
    return database, site_ids


def snapshot(database: Database) -> dict[str, list[dict[str, Any]]]:
    """Every user row, table by table, ordered by key (the change log left out)."""
    found: dict[str, list[dict[str, Any]]] = {}
    with database.read() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in SKIPPED:
                continue
            key = list(table.primary_key.columns)
            found[table.name] = [dict(row) for row in session.execute(select(table).order_by(*key)).mappings()]
    return found


def counts(database: Database) -> dict[str, int]:
    with database.read() as session:
        return {table.name: session.scalar(select(func.count()).select_from(table)) or 0
                for table in Base.metadata.sorted_tables}


def give_contacts(database: Database, site_ids: list[uuid.UUID]) -> list[Leader]:
    """Give the leaders invited to ``site_ids`` a phone and an e-mail (the demo has none); returns them."""
    from festival_planner.services import leaders

    with database.read() as session:
        invited = list(session.scalars(select(Leader).join(Invitation).where(Invitation.site_id.in_(site_ids))
                                       .distinct().order_by(Leader.id)))
    for n, leader in enumerate(invited):
        database.perform(lambda s, leader=leader, n=n: leaders.update_leader(
            s, leader.id, leader.version, phone=f"0912 {n:03d} 789", email=f"lanhdao{n}@bocongan.gov.vn"))
    with database.read() as session:
        return [session.get(Leader, leader.id) for leader in invited]  # type: ignore[misc]
