"""Issue 17's "done means": a year's plan in one sitting, from an empty database to the printed overview
and a site's schedule, through the real widgets in at most 60 user actions (the issue counted 300 for
the same job before). The driver is ``tests/gui/one_sitting.py`` (``benchmarks/first_year.py`` runs it
too); here every result is read back from the SQLite file itself and from the PDFs."""

from __future__ import annotations

from contextlib import closing

import pytest
from pypdf import PdfReader

from festival_planner.store import files

from .one_sitting import (
    BUDGET_AMOUNT,
    BUDGET_TEXT,
    FOOTER,
    LEADERS,
    PROGRAMME_TITLE,
    TARGET_ACTIONS,
    TITLE_BLOCK,
    plan_a_year,
)

pytestmark = pytest.mark.gui


def rows(db_path, sql: str, *params) -> list[tuple]:
    """Rows read from the database file itself (a separate read-only connection)."""
    with closing(files.connect(db_path, read_only=True)) as conn:
        return conn.execute(sql, params).fetchall()


def one(db_path, sql: str, *params):  # type: ignore[no-untyped-def]
    return rows(db_path, sql, *params)[0][0]


def test_a_years_plan_in_one_sitting(qtbot, window, db_path, tmp_path) -> None:
    assert one(db_path, "SELECT count(*) FROM campaign") == 0  # an empty database
    assert one(db_path, "SELECT count(*) FROM leader") == 0

    outcome = plan_a_year(window, tmp_path)

    print(f"\na year's plan in one sitting: {outcome.actions} user actions, {outcome.seconds:.1f} s offscreen")
    print("\n".join(outcome.log))
    assert outcome.actions <= TARGET_ACTIONS

    campaign = one(db_path, "SELECT id FROM campaign WHERE year = ?", outcome.year)
    # the national workplan: the year's own tasks (no site)
    assert one(db_path, "SELECT count(*) FROM checklist_item WHERE campaign_id = ? AND site_id IS NULL",
               campaign) >= 10
    # 28 sites from the Selector
    sites = [r[0] for r in rows(db_path, "SELECT id FROM site WHERE campaign_id = ?", campaign)]
    assert len(sites) == 28
    # exactly the list's leaders, with titles and precedence; the title block and footer are not leaders
    stored = rows(db_path, "SELECT full_name, title, precedence_rank FROM leader ORDER BY precedence_rank")
    assert stored == [(name, title, rank) for name, title, _org, rank, _phone in LEADERS]
    assert not {r[0] for r in stored} & set(TITLE_BLOCK + FOOTER)
    # a head for every site, the invitation sent
    heads = rows(db_path, "SELECT site_id, status, sent_on FROM invitation WHERE role = 'head'")
    assert sorted(r[0] for r in heads) == sorted(sites)
    assert all(status == "sent" and sent_on for _s, status, sent_on in heads)
    # a checklist on every site
    assert one(db_path, "SELECT count(DISTINCT site_id) FROM checklist_item WHERE site_id IS NOT NULL") == 28
    # the budget line and the programme item, on the same site
    [(line_site, estimate)] = rows(db_path, "SELECT site_id, estimated_vnd FROM budget_line WHERE description = ?",
                                   BUDGET_TEXT)
    assert estimate == int(BUDGET_AMOUNT.replace(".", ""))
    assert one(db_path, "SELECT count(*) FROM programme_item WHERE title = ?", PROGRAMME_TITLE) == 1
    assert line_site in sites

    # the PDFs: the overview with its map picture, the schedule naming its site
    overview = PdfReader(outcome.overview_pdf)
    text = "\n".join(page.extract_text() for page in overview.pages)
    assert "28" in text and str(outcome.year) in text
    assert any(page.images for page in overview.pages), "the overview has no map image"
    schedule = PdfReader(outcome.schedule_pdf)
    text = " ".join(" ".join(page.extract_text().split()) for page in schedule.pages)
    commune = outcome.schedule_site.split("  ", 1)[1].split(",")[0]
    assert commune in text, (commune, text[:400])
    assert PROGRAMME_TITLE in text
