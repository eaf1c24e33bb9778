"""Issuer and signer saved with the plan (``services.documents``, ``documents show|set``): the place of
every document is the issuing body's seat (Hà Nội), never the site's commune; a signer set through the
CLI prints in the documents; the settings survive reopening; bad input is refused in one line."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from festival_planner.domain.errors import ConflictError, ValidationError
from festival_planner.domain.models import ChangeLog
from festival_planner.domain.print_format import province_with_kind
from festival_planner.services import campaigns, documents, planning
from festival_planner.store import migrate
from festival_planner.store.database import database_url, make_engine, open_database
from tests.integration.test_cli_printing import pdf_pages, run, sites


@pytest.fixture
def demo_db(demo_copy: Path) -> Path:
    """The demo plan (``tests/integration/test_cli.py`` runs the ``demo`` command itself)."""
    return demo_copy


PLACE_DATE = re.compile(r"([^\s,][^,]*?), ngày \d\d tháng \d{1,2} năm \d{4}")


def first_page(path: Path) -> str:
    page = PdfReader(str(path)).pages[0]
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", page.extract_text() or ""))


def place_on_first_page(page: str) -> str:
    """The words before ", ngày dd tháng m năm yyyy" on page 1 (the text extracted may run the
    number line into it, so this is what the place-and-date line ends the run with)."""
    found = PLACE_DATE.search(page)
    assert found, page[:200]
    return found.group(1)


@pytest.mark.parametrize("every", [pytest.param(False, id="a-checklist-in-seven"),
                                   pytest.param(True, id="every-checklist", marks=pytest.mark.slow)])
def test_every_demo_document_is_dated_from_ha_noi(capsys, demo_db: Path, tmp_path: Path, every: bool) -> None:
    """Every schedule, the itinerary and the overview; the checklists of every seventh site (all 28 in the
    slow suite: each is a separate print run)."""
    db = str(demo_db)
    listed = sites(capsys, demo_db)
    folder = tmp_path / "each"
    folder.mkdir()
    assert run(capsys, "print", "schedules", "--campaign", "2026", "--pdf", str(tmp_path / "all.pdf"),
               "--one-per-site", str(folder), "--db", db)[0] == 0
    printed = sorted(folder.glob("*.pdf"))
    assert len(printed) == len(listed)
    forms = []  # the checklists are working forms: no place-and-date line, never the site's commune
    for site in listed if every else listed[::7]:
        target = tmp_path / f"dm-{site['id']}.pdf"
        assert run(capsys, "print", "checklist", "--site", site["id"], "--pdf", str(target), "--db", db)[0] == 0
        forms.append(target)
    code, out, _ = run(capsys, "leaders", "list", "--db", db, "--json")
    leader = next(row for row in json.loads(out) if any(s["head_of_delegation"] == row["full_name"] for s in listed))
    printed.append(tmp_path / "it.pdf")
    assert run(capsys, "print", "itinerary", "--leader", leader["id"], "--campaign", "2026", "--pdf",
               str(printed[-1]), "--db", db)[0] == 0
    printed.append(tmp_path / "bc.pdf")
    assert run(capsys, "print", "overview", "--campaign", "2026", "--pdf", str(printed[-1]), "--db", db)[0] == 0
    communes = {s["commune_name"].split(" ", 1)[1] for s in listed}
    for path in printed:
        page = first_page(path)
        place = place_on_first_page(page)
        assert place == "Hà Nội" or place.endswith(" Hà Nội"), (path.name, place)
        assert not any(f"{commune}, ngày" in page for commune in communes), path.name
    for path in forms:
        page = first_page(path)
        assert PLACE_DATE.search(page) is None and "Bản in ngày" in page, path.name
        assert not any(f"{commune}, ngày" in page for commune in communes), path.name


def test_a_signer_set_through_the_cli_prints_on_the_site_schedule(capsys, demo_db: Path, tmp_path: Path) -> None:
    db = str(demo_db)
    code, out, err = run(capsys, "documents", "set", "--campaign", "2026", "--signer-name", "Nguyễn  Văn An ",
                         "--authority", "kt", "--place", "Hà Nội", "--symbol", "site_schedule=CTr-BCĐNH",
                         "--recipient", "site_schedule=- Như trên;", "--recipient",
                         "site_schedule=- UBND {province};", "--db", db, "--json")
    assert (code, err) == (0, "")
    shown = json.loads(out)
    assert shown["signer_name"] == "Nguyễn Văn An" and shown["signature_capacity"] == "KT. TRƯỞNG BAN"
    assert shown["recipients"]["site_schedule"] == ["- Như trên;", "- UBND {province};"]
    assert shown["recipients"]["itinerary"][-1] == "- Lưu: VT."  # other reports keep theirs
    site = next(s for s in sites(capsys, demo_db) if s["head_of_delegation"])
    target = tmp_path / "ct.pdf"
    assert run(capsys, "print", "site", "--site", site["id"], "--pdf", str(target), "--number", "7",
               "--db", db)[0] == 0
    whole = " ".join(pdf_pages(target))
    for expected in ("Nguyễn Văn An", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Số: 07/CTr-BCĐNH",  # 7 → 07
                     f"UBND {province_with_kind(site['province'])}"):
        assert expected in whole, expected
    assert "Lưu: VT, BCĐ" not in whole
    word = tmp_path / "ct.docx"
    assert run(capsys, "print", "site", "--site", site["id"], "--docx", str(word), "--db", db)[0] == 0
    from docx import Document as WordDocument

    cells = [c for t in WordDocument(str(word)).tables for r in t.rows for c in r.cells]
    runs = [r for c in cells for p in c.paragraphs for r in p.runs if r.text == "Nguyễn Văn An"]
    assert runs and all(r.bold for r in runs)  # bold under the signature space
    code, out, _ = run(capsys, "documents", "show", "--campaign", "2026", "--db", db, "--json")
    assert json.loads(out) == shown  # read back from the database


BAD = [
    (("--signer-name", "Nguyễn Văn 4n"), "digits"),
    (("--place", "  "), "The place must not be empty"),
    (("--capacity", "THAY MẶT BAN"), "TM."),
    (("--symbol", "site_schedule=CTr/BCĐ"), "CTr/BCĐ"),
    (("--symbol", "nothing=X"), "no document “nothing”"),
    (("--recipient", "overview=- UBND {province};"), "{province}"),
    (("--recipient", "overview=- Lưu {"), "braces"),
    (("--title", "X" * 81), "longer than 80"),
    (("--signer-name", "Nguyễn\x07An"), "control character"),
]


def test_bad_settings_are_refused_in_one_line(capsys, demo_db: Path) -> None:
    db = str(demo_db)
    before = run(capsys, "documents", "show", "--campaign", "2026", "--db", db, "--json")[1]
    for argv, words in BAD:
        code, out, err = run(capsys, "documents", "set", "--campaign", "2026", *argv, "--db", db)
        assert code == 1 and out == "", argv
        assert len(err.strip().splitlines()) == 1 and err.startswith("festival-planner: ") and words in err, err
        assert run(capsys, "documents", "show", "--campaign", "2026", "--db", db, "--json")[1] == before


def test_saved_with_the_campaign_versioned_and_kept_after_reopening(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        with database.transaction() as session:
            campaign = campaigns.create_campaign(session, 2026)
        with database.session() as session:
            assert documents.saved_document_settings(session, campaign.id) == (documents.default_settings(), None)
        wanted = replace(documents.default_settings(), signer_name="Trần Thị Bình", place="Hà Nội",
                         signature_capacity="KT. TRƯỞNG BAN", signature_title="PHÓ TRƯỞNG BAN")
        with database.transaction() as session:
            version = documents.save_document_settings(session, campaign.id, wanted)
            planning.save_travel_parameters(session, campaign.id, None)  # the travel model stays the default
    finally:
        database.close()
    database = open_database(db_path)
    try:
        with database.session() as session:
            assert documents.saved_document_settings(session, campaign.id) == (wanted, version)
            assert planning.saved_travel_parameters(session, campaign.id)[0] is None
        with database.transaction() as session, pytest.raises(ConflictError) as info:
            documents.save_document_settings(session, campaign.id, documents.default_settings(), version + 5)
        assert info.value.code == "stale_document_settings"
        with database.transaction() as session:
            documents.save_document_settings(session, campaign.id, None, version)
        with database.session() as session:
            assert documents.document_settings(session, campaign.id) == documents.default_settings()
            log = session.scalars(select(ChangeLog).where(ChangeLog.entity == "campaign_planning")
                                  .order_by(ChangeLog.at)).all()
        assert [e.action for e in log] == ["create", "update"]
        assert log[1].before == {"documents": wanted.to_json()} and log[1].after == {"documents": None}
    finally:
        database.close()


def test_the_service_refuses_with_vietnamese_messages(database) -> None:
    with database.transaction() as session:
        campaign = campaigns.create_campaign(session, 2026)
    bad = replace(documents.default_settings(), issuer="")
    with database.transaction() as session, pytest.raises(ValidationError) as info:
        documents.save_document_settings(session, campaign.id, bad)
    assert info.value.code == "document_text_required" and "Cơ quan ban hành" in info.value.text("vi")


def test_a_0006_database_gains_the_documents_column_keeping_the_travel_model(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(database_url(path))
    migrate.upgrade(engine, "0006_campaign_planning")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO campaign (id, year, name, window_start, window_end, festival_day, target_min,"
                          " target_max, notes, version, created_at, updated_at)"
                          " SELECT 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 2026, 'x', '2026-07-01', '2026-08-19',"
                          " '2026-08-19', 1, 2, '', 1, '2026-01-01', '2026-01-01'"))
        conn.execute(text("INSERT INTO campaign_planning (id, campaign_id, travel, version, created_at, updated_at)"
                          " VALUES ('bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',"
                          " '{\"road_factor\": 1.5}', 1, '2026-01-01', '2026-01-01')"))
    engine.dispose()
    database = open_database(path, load_gazetteer=False)
    try:
        with database.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION
            assert conn.execute(text("SELECT travel, documents FROM campaign_planning")).one() == (
                '{"road_factor": 1.5}', None)
    finally:
        database.close()
