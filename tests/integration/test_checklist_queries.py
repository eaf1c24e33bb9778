"""No N+1: the lists and summaries read the database in a fixed number of queries, whatever the size."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager

from sqlalchemy import event

from festival_planner.services import budget, checklists, progress
from tests.integration.checklist_fixtures import QUANG_SON, SIN_THAU, make_sites

CODES = (QUANG_SON, SIN_THAU, "22918", "22924")


@contextmanager
def counted(engine):
    statements: list[str] = []

    def count(conn, cursor, statement, *args) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def _queries(database, campaign, site) -> dict[str, int]:
    found = {}
    with database.session() as session:
        for name, call in (("progress", lambda: progress.campaign_progress(session, campaign.id, dt.date(2026, 8, 1))),
                           ("budget", lambda: budget.budget_summary(session, campaign.id)),
                           ("items", lambda: checklists.list_items(session, site.id)),
                           ("tasks", lambda: checklists.list_campaign_tasks(session, campaign.id))):
            session.expunge_all()
            with counted(database.engine) as statements:
                call()
            found[name] = len(statements)
    return found


def test_query_counts_do_not_grow_with_sites_and_items(database) -> None:
    dates = [dt.date(2026, 8, 5 + n) for n in range(len(CODES))]
    campaign, rows = make_sites(database, *dates[:1], codes=CODES)
    with database.transaction() as session:
        checklists.apply_template(session, rows[0].id)
        checklists.apply_workplan(session, campaign.id)
    small = _queries(database, campaign, rows[0])
    _, more = make_sites(database, *dates[1:], codes=CODES[1:])
    with database.transaction() as session:
        for site in more:
            checklists.apply_template(session, site.id, "Xã vùng cao")
            budget.add_budget_line(session, site.id, "stage", 40_000_000)
    large = _queries(database, campaign, rows[0])
    assert small == large
    # progress: campaign, sites, counts, heads, tasks (+ the BEGIN of the session, counted first)
    assert large["items"] <= 2 and large["progress"] <= 6 and large["budget"] <= 3
