"""The leader's itinerary and the field checklist as printed (issue 16, items 6 and 8), read back from
the rendered PDF (and the Word file): each leg of each journey with km, duration, departure and
arrival, from Hà Nội and back, the leader's role and the invitation's status, "MẬT" on every page;
the checklist a working form — numbered items, ☐ and ☑ boxes with the date done, owner and due date
in their own columns, no national motto, no recipients, no signature block."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from festival_planner.domain.models import Site
from festival_planner.geo.distance import geodesic_km
from festival_planner.geo.travel import airports
from festival_planner.reports.content import builders
from festival_planner.reports.content.model import CheckTable, Document, Table
from festival_planner.services import checklists, invitations, leaders
from festival_planner.store.database import open_database

from .test_printed_pagination import _document, _holds, _words, page_words, run, split_rows


@pytest.fixture(autouse=True)
def _application(qapp):
    return qapp


@pytest.fixture(autouse=True)
def vietnamese_afterwards():
    from festival_planner.domain import messages

    yield
    messages.set_language("vi")


@pytest.fixture
def demo_plan(db_path: Path) -> Path:
    from festival_planner.services import demo

    database = open_database(db_path)
    with database.write() as session:
        demo.create_demo(session, 2026)
    database.close()
    return db_path


def _km(a: str, b: str) -> str:
    """The flight's km between two airports, measured here, written "1.232"."""
    found = {x.iata: x.point for x in airports()}
    return f"{round(geodesic_km(found[a], found[b])):,}".replace(",", ".")


def _minutes(text: str) -> int:
    hours = re.search(r"(\d+) giờ", text)
    minutes = re.search(r"(\d+) phút", text)
    return (int(hours.group(1)) * 60 if hours else 0) + (int(minutes.group(1)) if minutes else 0)


def _clock(day: str, time: str) -> dt.datetime:
    return dt.datetime.strptime(f"{day}/2026 {time}", "%d/%m/%Y %H:%M")


def _legs(row: tuple[str, ...]) -> tuple[dt.datetime, dt.datetime]:
    """A leg row's departure and arrival ("20:30 - 07:10 (15/07)" arrives another day)."""
    found = re.fullmatch(r"(\d\d:\d\d) - (\d\d:\d\d)(?: \((\d\d/\d\d)\))?", row[1])
    assert found, row
    return _clock(row[0], found.group(1)), _clock(found.group(3) or row[0], found.group(2))


@pytest.fixture
def travelling_leader(demo_plan: Path):
    """A leader invited as a member to a Cần Thơ site (proposed: a flight from Hà Nội) and to an
    Điện Biên site (accepted)."""
    database = open_database(demo_plan)
    with database.write() as session:
        planned = sorted((s for s in session.scalars(select(Site)) if s.campaign.year == 2026), key=lambda s: s.date)
        far = next(s for s in planned if s.commune.province.short_name == "Cần Thơ")
        north = next(s for s in planned if s.commune.province.short_name == "Điện Biên")
        leader = leaders.add_leader(session, "Nguyễn Văn Kiểm Thử", title="Thứ trưởng Bộ Công an")
        invitations.invite(session, far.id, leader.id, "member")
        invitations.invite(session, north.id, leader.id, "member", status="accepted")
        found = leader.id, far.commune.name, north.commune.name
    database.close()
    return found


def _trip_rows(document: Document, commune: str) -> list[tuple[str, ...]]:
    return next(list(b.rows) for b in document.blocks
                if isinstance(b, Table) and any(commune.split(" ", 1)[1] in r[2] for r in b.rows))


def test_itinerary_prints_each_leg_from_ha_noi_and_back_with_role_status_and_marking(
        demo_plan: Path, travelling_leader, tmp_path: Path) -> None:
    leader_id, far, north = travelling_leader
    document = _document(demo_plan, builders.itinerary_document, leader_id, 2026)
    rows = _trip_rows(document, far)
    engagement = next(n for n, r in enumerate(rows) if r[2].startswith("Dự Ngày hội"))
    assert engagement == 3  # road to the airport, flight, road from the airport
    assert rows[0][2] == "Đi ô tô từ Hà Nội đến sân bay Nội Bài (HAN)"
    assert rows[1][2] == "Bay từ sân bay Nội Bài (HAN) đến sân bay Cần Thơ (VCA)"
    assert rows[1][3].startswith(f"{_km('HAN', 'VCA')} km") and "." in _km("HAN", "VCA")
    assert rows[2][2].startswith("Đi ô tô từ sân bay Cần Thơ (VCA) đến xã")
    assert rows[-3][2] == "Đi ô tô từ xã " + rows[2][2].split(" đến xã ", 1)[1] + " đến sân bay Cần Thơ (VCA)"
    assert rows[-2][2] == "Bay từ sân bay Cần Thơ (VCA) đến sân bay Nội Bài (HAN)"
    assert rows[-1][2] == "Đi ô tô từ sân bay Nội Bài (HAN) đến Hà Nội"
    assert rows[engagement][4].splitlines() == ["Thành viên", "Đề xuất, chưa xác nhận"]
    legs = [r for r in rows if not r[2].startswith("Dự Ngày hội")]
    times = [_legs(r) for r in legs]
    for row, (depart, arrive) in zip(legs, times):  # the duration printed is the time between
        assert _minutes(row[3]) == (arrive - depart).total_seconds() / 60, row
        assert dt.time(5, 30) <= depart.time() and arrive.time() <= dt.time(21, 0), row
    for (_, arrive), (depart, _) in zip(times[:2], times[1:3]):
        assert arrive == depart or arrive.date() < depart.date()  # the legs follow each other, or the night
    start = _clock(rows[engagement][0], rows[engagement][1][:5])
    end = _clock(rows[engagement][0], rows[engagement][1][8:13])
    assert times[2][1] <= start - dt.timedelta(minutes=30) and times[3][0] >= end
    other = _trip_rows(document, north)
    assert other[0][2] == "Đi ô tô từ Hà Nội đến sân bay Nội Bài (HAN)" and other[-1][2].endswith("đến Hà Nội")
    assert any(r[4].splitlines() == ["Thành viên", "Đã nhận lời"] for r in other)

    target = tmp_path / "ctr.pdf"
    assert run("print", "itinerary", "--leader", str(leader_id), "--campaign", "2026", "--pdf", str(target),
               "--db", str(demo_plan)) == 0
    pages = page_words(target)
    assert len(pages) >= 2
    assert all("MẬT" in words for words in pages)  # page 1 under the number, then in every page's margin
    assert split_rows(target, rows + other) == []  # every row printed whole, on one page
    text = [w for words in pages for w in words]
    for wanted in ("CHƯƠNG TRÌNH CÔNG TÁC", "Đi ô tô từ Hà Nội đến sân bay Nội Bài (HAN)",
                   f"{_km('HAN', 'VCA')} km", "Đề xuất, chưa xác nhận", "Đã nhận lời",
                   "Đi ô tô từ sân bay Nội Bài (HAN) đến Hà Nội"):
        assert _holds(text, _words(wanted)), wanted


def test_itinerary_word_file_carries_the_marking_on_every_page(demo_plan: Path, travelling_leader) -> None:
    from docx import Document as WordDocument

    from festival_planner.reports.docx import docx_bytes

    document = _document(demo_plan, builders.itinerary_document, travelling_leader[0], 2026)
    opened = WordDocument(io.BytesIO(docx_bytes(document)))
    section = opened.sections[0]
    assert "MẬT" in " ".join(p.text for p in section.header.paragraphs)  # pages 2 and on
    assert "w:bdr" in section.header._element.xml  # boxed
    cells = " ".join(c.text for t in opened.tables for r in t.rows for c in r.cells)
    assert "Đề xuất, chưa xác nhận" in cells and f"{_km('HAN', 'VCA')} km" in cells


def _first_site(db: Path):
    database = open_database(db)
    try:
        with database.read() as session:
            site_id = builders.campaign_site_ids(session, 2026)[0]
            return site_id, checklists.list_items(session, site_id)
    finally:
        database.close()


def _embedded_fonts(path: Path) -> dict[str, bool]:
    """Each font of the PDF's pages and whether its file is embedded."""
    found: dict[str, bool] = {}
    for page in PdfReader(str(path)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                embedded = descriptor is not None and any(
                    k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                found[str(font["/BaseFont"])] = embedded
    return found


def test_field_checklist_is_a_numbered_working_form_with_boxes(demo_plan: Path, tmp_path: Path) -> None:
    site_id, items = _first_site(demo_plan)
    day = dt.date(2026, 6, 20)
    done = [i for i in items if i.done_as_of(day)]
    assert 0 < len(done) < len(items)
    target = tmp_path / "dm.pdf"
    assert run("print", "checklist", "--site", str(site_id), "--pdf", str(target), "--date", "20/06/2026",
               "--db", str(demo_plan)) == 0
    pages = page_words(target)
    text = " ".join(" ".join(words) for words in pages)
    assert text.count("☑") == len(done) and text.count("☐") == len(items) - len(done)
    assert re.findall(r"☑ (\d\d/\d\d)", text) == [f"{i.completed_on:%d/%m}" for i in done]  # the date done
    document = _document(demo_plan, builders.field_checklist_document, site_id, builders.Options(issued_on=day))
    numbered = [item for block in document.blocks if isinstance(block, CheckTable) for item in block.items]
    assert [i.number for i in numbered] == list(range(1, len(items) + 1))
    for item in numbered:  # number, box, item, owner and due date: one row, whole on one page
        box = [item.box, *([item.done_on] if item.done_on else [])]
        assert any(_holds(words, [str(item.number), *box, *_words(item.text)]) for words in pages), item
        assert any(_holds(words, [*_words(item.text), *_words(item.owner), item.due]) for words in pages), item
    for absent in ("Nơi nhận", "Độc lập - Tự do - Hạnh phúc", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số:",
                   "TM. BAN CHỈ ĐẠO"):
        assert absent not in text, absent
    assert "NGƯỜI KIỂM TRA" in text and "Ngày kiểm tra:" in text and "Bản in ngày 20/06/2026" in text
    fonts = _embedded_fonts(target)
    boxes = [name for name in fonts if "FestivalPlannerBoxes" in name]
    assert boxes and all(fonts[name] for name in boxes)  # the boxes' own face, embedded: never a blank


def test_field_checklist_word_file_is_a_form_too(demo_plan: Path) -> None:
    from docx import Document as WordDocument

    from festival_planner.reports.docx import docx_bytes

    site_id, items = _first_site(demo_plan)
    document = _document(demo_plan, builders.field_checklist_document, site_id,
                         builders.Options(issued_on=dt.date(2026, 6, 20)))
    opened = WordDocument(io.BytesIO(docx_bytes(document)))
    cells = [c.text for t in opened.tables for r in t.rows for c in r.cells]
    text = " ".join([p.text for p in opened.paragraphs] + cells)
    assert "☑" in text and "☐" in text and "NGƯỜI KIỂM TRA" in text
    assert "Nơi nhận" not in text and "Độc lập - Tự do - Hạnh phúc" not in text
    assert [c for c in cells if c in {str(n) for n in range(1, len(items) + 1)}][:3] == ["1", "2", "3"]
