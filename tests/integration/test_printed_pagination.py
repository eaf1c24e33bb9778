"""Pagination measured on the rendered PDFs (issue 16, items 4 and 5): no table row's text lies on
two pages (a 30-engagement itinerary, a 40-item programme, every demo site's checklist — a leader's
itinerary printed "— KHÔNG" on one page and "KỊP" on the next, the checklists left orphan tick
boxes), and the last page of every demo document holds body text besides the closing block (four
schedules, the checklist and the overview ended on a page holding only recipients and signature)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from festival_planner.cli import main
from festival_planner.reports.content import builders
from festival_planner.reports.content.model import CheckTable, Document, Table, TickList
from festival_planner.services import invitations, leaders, programme, sites
from festival_planner.store.database import open_database


def run(*argv: str) -> int:
    return main([*argv, "--lang", "en"])


def _words(text: str) -> list[str]:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).split()


def page_words(path: Path) -> list[list[str]]:
    return [_words(page.extract_text() or "") for page in PdfReader(str(path)).pages]


def _holds(words: list[str], wanted: list[str]) -> bool:
    """``wanted`` in order inside ``words``, within a window (cells beside it may interleave lines)."""
    span = 6 * len(wanted) + 60
    for start, word in enumerate(words):
        if word != wanted[0]:
            continue
        at, found = start, 1
        for want in wanted[1:]:
            try:
                at = words.index(want, at + 1, start + span)
            except ValueError:
                break
            found += 1
        if found == len(wanted):
            return True
    return False


def split_rows(path: Path, rows: Sequence[Sequence[str]]) -> list[tuple[str, ...]]:
    """The rows whose cells are not all found whole on one same page."""
    pages = page_words(path)
    split = []
    for row in rows:
        cells = [_words(cell) for cell in row if cell.strip()]
        if not any(all(_holds(words, cell) for cell in cells) for words in pages):
            split.append(tuple(row))
    return split


def table_rows(document: Document) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for block in document.blocks:
        if isinstance(block, Table):
            found += [tuple(r) for r in block.rows]
        elif isinstance(block, TickList):
            found += [(i.text, i.detail) for i in block.items]
        elif isinstance(block, CheckTable):
            found += [(str(i.number), i.box, i.text, i.owner, i.due) for i in block.items]
    return found


def _document(db: Path, build, *args) -> Document:
    database = open_database(db)
    try:
        with database.read() as session:
            return build(session, *args)
    finally:
        database.close()


def test_a_30_engagement_itinerary_splits_no_row(demo_plan: Path, tmp_path: Path) -> None:
    from festival_planner.domain.models import Commune, Site

    database = open_database(demo_plan)
    with database.write() as session:
        planned = [s for s in session.scalars(select(Site).order_by(Site.date)) if s.campaign.year == 2026]
        used = [s.commune_code for s in planned]
        spare = list(session.scalars(select(Commune.code).where(Commune.code.notin_(used)).limit(2)))
        for n, code in enumerate(spare):  # before the demo's first site (9 July)
            sites.add_site(session, planned[0].campaign_id, code, dt.date(2026, 7, 2 + 3 * n))
        leader = leaders.add_leader(session, "Nguyễn Văn Ba Mươi", title="Phó Thủ tướng Chính phủ")
        for site in session.scalars(select(Site).order_by(Site.date)):
            if site.campaign.year == 2026:
                invitations.invite(session, site.id, leader.id, "member")
    database.close()
    document = _document(demo_plan, builders.itinerary_document, leader.id, 2026)
    rows = table_rows(document)
    assert sum(row[2].startswith("Dự Ngày hội") for row in rows) == 30  # and the legs of the journeys
    target = tmp_path / "lt.pdf"
    assert run("print", "itinerary", "--leader", str(leader.id), "--campaign", "2026", "--pdf", str(target),
               "--db", str(demo_plan)) == 0
    assert len(PdfReader(str(target)).pages) > 2
    assert split_rows(target, rows) == []
    columns = next(b.columns for b in document.blocks if isinstance(b, Table))
    for words in page_words(target)[:-1]:  # the header row repeats on every page the table runs over
        assert all(_holds(words, _words(column)) for column in columns)


def test_a_40_item_programme_splits_no_row(demo_plan: Path, tmp_path: Path) -> None:
    from festival_planner.domain.models import Site

    database = open_database(demo_plan)
    with database.write() as session:
        site = next(s for s in session.scalars(select(Site).order_by(Site.date)) if s.campaign.year == 2026)
        site_id = site.id
        programme.clear_programme(session, site_id)
        sites.update_site(session, site_id, site.version, start_time=dt.time(6, 0), end_time=dt.time(23, 0))
        for n in range(40):
            programme.add_programme_item(
                session, site_id, dt.time(6 + n * 25 // 60, n * 25 % 60), 20,
                f"Mục {n + 1:02d}: tiết mục văn nghệ chào mừng của đội văn nghệ xã cùng các em học sinh trường "
                f"tiểu học và trung học cơ sở, có thuyết minh", responsible=f"Ban tổ chức xã, tổ {n + 1}")
    database.close()
    document = _document(demo_plan, builders.site_schedule_document, site_id)
    rows = table_rows(document)
    assert len(rows) >= 40
    target = tmp_path / "ctr.pdf"
    assert run("print", "site", "--site", str(site_id), "--pdf", str(target), "--db", str(demo_plan)) == 0
    assert split_rows(target, rows) == []


def _site_ids(db: Path) -> list:
    database = open_database(db)
    try:
        with database.read() as session:
            return builders.campaign_site_ids(session, 2026)
    finally:
        database.close()


def closing_words(document: Document) -> set[str]:
    parts = [document.recipients_label, *document.recipients]
    if document.signature:
        parts += [document.signature.capacity, document.signature.title, document.signature.name]
    if document.sign_off:  # a working form's line for who checked and when
        parts += [document.sign_off.date_line, document.sign_off.signer, document.sign_off.hint]
    return {w for part in parts for w in _words(part)}


def body_on_last_page(path: Path, closing: set[str]) -> list[str]:
    """The words of the last page that are not the closing block's, nor the page number."""
    last = page_words(path)[-1]
    return [w for w in last if w not in closing and not w.isdigit()]


def _checklists_split_no_row(demo_plan: Path, tmp_path: Path, pick: slice) -> None:
    ids = _site_ids(demo_plan)
    assert len(ids) == 28
    split, alone = [], []
    for n, site_id in list(enumerate(ids))[pick]:
        document = _document(demo_plan, builders.field_checklist_document, site_id)
        target = tmp_path / f"dm-{n}.pdf"
        assert run("print", "checklist", "--site", str(site_id), "--pdf", str(target), "--db", str(demo_plan)) == 0
        split += split_rows(target, table_rows(document))
        assert all(len(words) > 3 for words in page_words(target))  # no page left (nearly) empty
        if len(body_on_last_page(target, closing_words(document))) < 3:
            alone.append(n)
    assert (split, alone) == ([], [])


def test_demo_checklists_split_no_row_and_end_with_body_text(demo_plan: Path, tmp_path: Path) -> None:
    """Every seventh site's field checklist (the suite's share; all 28 below, in the slow suite)."""
    _checklists_split_no_row(demo_plan, tmp_path, slice(None, None, 7))


@pytest.mark.slow
def test_every_demo_checklist_splits_no_row_and_ends_with_body_text(demo_plan: Path, tmp_path: Path) -> None:
    _checklists_split_no_row(demo_plan, tmp_path, slice(None))


def test_demo_schedules_and_overview_end_with_body_text(demo_plan: Path, tmp_path: Path) -> None:
    closing: set[str] = set()
    for site_id in _site_ids(demo_plan):
        closing |= closing_words(_document(demo_plan, builders.site_schedule_document, site_id))
    folder = tmp_path / "each"
    folder.mkdir()
    assert run("print", "schedules", "--campaign", "2026", "--pdf", str(tmp_path / "all.pdf"),
               "--one-per-site", str(folder), "--db", str(demo_plan)) == 0
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 28
    alone = [f.name for f in files if len(body_on_last_page(f, closing)) < 3]
    overview = tmp_path / "bc.pdf"
    assert run("print", "overview", "--campaign", "2026", "--pdf", str(overview), "--db", str(demo_plan)) == 0
    if len(body_on_last_page(overview, closing_words(_document(demo_plan, builders.overview_document, 2026)))) < 3:
        alone.append(overview.name)
    assert alone == []
