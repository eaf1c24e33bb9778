"""Decree 30/2020 typography measured on the rendered PDFs (issue 16, "Decree 30 details" and the
workflow details about files and bookmarks): the Times-metric body face embedded, "Nơi nhận:"
12 pt bold italic and recipients 11 pt, the short rule under the trích yếu, "Số: 05/…", the
first-line indent, the page number centred on the text block, "tỉnh"/"thành phố", thousands
separators, one table-rule weight and tables closed at a page break, characters outside the fonts
refused or drawn from a fallback font, file permissions, one bookmark per document."""

from __future__ import annotations

import dataclasses
import os
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from festival_planner.cli import main
from festival_planner.domain import messages
from festival_planner.domain.errors import ValidationError
from festival_planner.reports import output, render
from festival_planner.reports.content import builders
from festival_planner.reports.content.model import Document, Paragraph
from festival_planner.services import demo, leaders
from festival_planner.store.database import open_database

MM = 72 / 25.4
PAGE_W, PAGE_H = 210.0, 297.0
LEFT, TOP, RIGHT, BOTTOM = render.MARGINS_MM
TEXT_CENTRE = (LEFT + PAGE_W - RIGHT) / 2
FACES = {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic"}


@pytest.fixture(scope="module")
def demo_plan(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo campaign, built once for the module (the tests only read it)."""
    import shutil

    path = tmp_path_factory.mktemp("typography") / "demo.sqlite"
    shutil.copyfile(template_db, path)
    database = open_database(path)
    with database.write() as session:
        demo.create_demo(session, 2026)
    database.close()
    return path


def run(*argv: str) -> int:
    return main([*argv, "--lang", "en"])


def _read(db: Path, build, *args, **kwargs):
    database = open_database(db)
    try:
        with database.read() as session:
            return build(session, *args, **kwargs)
    finally:
        database.close()


def _site_ids(db: Path) -> list:
    return _read(db, builders.campaign_site_ids, 2026)


# --- reading the PDF back: text runs and drawn shapes in millimetres from the page's top left --------

class Run(NamedTuple):
    x: float
    y: float  # the baseline, from the top of the page
    size: float  # points
    font: str
    text: str


def _multiply(m: list[float], n: list[float]) -> list[float]:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return [a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2]


def text_runs(page) -> list[Run]:
    runs: list[Run] = []

    def visit(text, cm, tm, font, size):
        if not text.strip():
            return
        m = _multiply(list(tm), list(cm))
        name = str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1] if font else ""
        runs.append(Run(m[4] / MM, PAGE_H - m[5] / MM, round(size * abs(m[3]), 2), name,
                        unicodedata.normalize("NFC", " ".join(text.split()))))

    page.extract_text(visitor_text=visit)
    return runs


class Shape(NamedTuple):
    x0: float
    y0: float
    x1: float
    y1: float
    stroke: float  # the pen width of a stroked line in mm (0 for a filled shape)

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0


def shapes(reader: PdfReader, page) -> list[Shape]:
    """Filled rectangles and paths, and stroked lines, as their bounding boxes on the page."""
    found: list[Shape] = []
    ctm, stack, width = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], [], 1.0
    points: list[tuple[float, float]] = []

    def at(x: float, y: float) -> tuple[float, float]:
        return (ctm[0] * x + ctm[2] * y + ctm[4]) / MM, PAGE_H - (ctm[1] * x + ctm[3] * y + ctm[5]) / MM

    def close(stroke: float) -> None:
        if points:
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            found.append(Shape(min(xs), min(ys), max(xs), max(ys), stroke))
        points.clear()

    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        values = [float(v) for v in operands] if operator in (b"cm", b"re", b"m", b"l", b"w") else []
        if operator == b"q":
            stack.append((ctm, width))
        elif operator == b"Q":
            ctm, width = stack.pop()
        elif operator == b"cm":
            ctm = _multiply(values, ctm)
        elif operator == b"w":
            width = values[0]
        elif operator == b"re":
            x, y, w, h = values
            points.extend([at(x, y), at(x + w, y + h)])
        elif operator in (b"m", b"l"):
            points.append(at(values[0], values[1]))
        elif operator in (b"f", b"f*"):
            close(0.0)
        elif operator == b"S":
            close(width * abs(ctm[3]) / MM)
        elif operator == b"n":
            points.clear()
    return found


def rules(reader: PdfReader, page) -> list[Shape]:
    """Horizontal strokes and thin filled bars: table rules and the header's lines."""
    return [s for s in shapes(reader, page) if s.width > 3 and (s.stroke or s.height < 0.6)]


def _print_site(db: Path, site_id, target: Path, *extra: str) -> PdfReader:
    assert run("print", "site", "--site", str(site_id), "--pdf", str(target), "--db", str(db), *extra) == 0
    return PdfReader(str(target))


@pytest.fixture(scope="module")
def schedule(demo_plan: Path, tmp_path_factory: pytest.TempPathFactory) -> PdfReader:
    """The first demo site's schedule (Sín Thầu, Điện Biên), numbered 5: two pages."""
    target = tmp_path_factory.mktemp("schedule") / "ctr.pdf"
    return _print_site(demo_plan, _site_ids(demo_plan)[0], target, "--number", "5")


# --- the typeface --------------------------------------------------------------------------------------

VIETNAMESE = sorted({unicodedata.normalize("NFC", base + mark) for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
                     for mark in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")} | set("đĐ"))


def test_every_precomposed_vietnamese_letter_is_in_the_four_print_faces() -> None:
    from PySide6.QtGui import QPdfWriter, QRawFont

    assert len(VIETNAMESE) == 146 and all(len(letter) == 1 for letter in VIETNAMESE)
    render.ensure_application()
    writer = QPdfWriter(os.devnull)
    for bold, italic in ((False, False), (True, False), (False, True), (True, True)):
        raw = QRawFont.fromFont(render._font(writer, 13, bold=bold, italic=italic))
        assert raw.familyName() == "Liberation Serif"
        assert [c for c in VIETNAMESE if not raw.supportsCharacter(ord(c))] == []


def test_the_body_face_is_liberation_serif_embedded(schedule: PdfReader) -> None:
    fonts: dict[str, bool] = {}
    for page in schedule.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            fonts[name] = "/FontFile2" in descendant["/FontDescriptor"].get_object()
    assert set(fonts) == FACES  # Regular, Bold (headings), Italic (date line), Bold Italic (Nơi nhận)
    assert all(fonts.values())  # each embedded as a TrueType font program
    body = [r for page in schedule.pages for r in text_runs(page) if "Ban Chỉ đạo Ngày hội ban hành" in r.text]
    assert body and body[0].font == "LiberationSerif" and body[0].size == pytest.approx(13, abs=0.1)


# --- the closing block, the trích yếu's rule, the number ---------------------------------------------------

def test_recipients_label_is_12_pt_bold_italic_and_recipients_11_pt(schedule: PdfReader) -> None:
    runs = text_runs(schedule.pages[-1])
    label = next(r for r in runs if r.text.startswith("Nơi nhận:"))
    assert (label.font, label.size) == ("LiberationSerif-BoldItalic", pytest.approx(12, abs=0.1))
    recipients = [r for r in runs if r.text.startswith("- ") and r.y > label.y]
    assert len(recipients) == 5
    assert {r.font for r in recipients} == {"LiberationSerif"}
    assert all(r.size == pytest.approx(11, abs=0.1) for r in recipients)


def test_a_short_rule_lies_centred_under_the_summary(schedule: PdfReader) -> None:
    page = schedule.pages[0]
    runs = text_runs(page)
    summary = [r for r in runs if r.font == "LiberationSerif-Bold" and r.size == pytest.approx(14, abs=0.1)
               and "CHƯƠNG TRÌNH" not in r.text]
    intro = next(r for r in runs if r.text.startswith("Ban Chỉ đạo Ngày hội"))
    assert summary, "the trích yếu in 14 pt bold"
    line = 2 * (TEXT_CENTRE - min(r.x for r in summary))  # its longest line, centred
    under = [s for s in rules(schedule, page) if summary[-1].y < s.y0 < intro.y and s.stroke]
    assert len(under) == 1  # (Qt's own hairline under it is covered by it)
    assert under[0].stroke == pytest.approx(0.6 / MM, abs=0.01)  # 0.6 pt, like the header's rules
    rule = under[0]
    assert abs((rule.x0 + rule.x1) / 2 - TEXT_CENTRE) < 1
    assert line / 3 <= rule.width <= line / 2


def test_document_numbers_below_ten_take_a_leading_zero(schedule: PdfReader) -> None:
    runs = text_runs(schedule.pages[0])
    assert any(re.fullmatch(r"Số: 05/CTr-BCĐ", r.text) for r in runs), [r.text for r in runs[:12]]


# --- indent and page number --------------------------------------------------------------------------------

def test_body_paragraphs_have_a_first_line_indent_of_1_to_1_27_cm(schedule: PdfReader) -> None:
    runs = text_runs(schedule.pages[0])
    intro = next(r for r in runs if r.text.startswith("Ban Chỉ đạo Ngày hội"))
    heading = next(r for r in runs if r.text.startswith("I. THỜI GIAN"))
    assert 10 <= intro.x - LEFT <= 12.7
    assert heading.x == pytest.approx(LEFT, abs=0.2)  # headings are not indented


def test_the_page_number_is_centred_on_the_text_block(schedule: PdfReader) -> None:
    assert len(schedule.pages) >= 2
    number = next(r for r in text_runs(schedule.pages[1]) if r.text == "2" and r.y < TOP)
    advance = 0.5 * 13 / MM  # a digit of a Times-metric face is half an em wide
    assert abs(number.x + advance / 2 - TEXT_CENTRE) < 1


# --- place names and numbers -----------------------------------------------------------------------------

def test_recipients_and_titles_name_the_province_with_its_kind(demo_plan: Path, tmp_path: Path) -> None:
    ids = _site_ids(demo_plan)
    documents = [_read(demo_plan, builders.site_schedule_document, i) for i in ids]
    by_province = {d.subtitle.rsplit(", ", 1)[-1]: (i, d) for i, d in zip(ids, documents)}
    assert "tỉnh Điện Biên" in by_province and "thành phố Cần Thơ" in by_province
    for province in ("tỉnh Điện Biên", "thành phố Cần Thơ"):
        site_id, document = by_province[province]
        reader = _print_site(demo_plan, site_id, tmp_path / "ctr.pdf")
        text = " ".join(r.text for page in reader.pages for r in text_runs(page))
        assert f"- UBND {province};" in text and f"- Công an {province};" in text
        assert f"tại {document.subtitle.split(' tại ')[-1]}" in text


def test_distances_print_with_thousands_separators(demo_plan: Path, tmp_path: Path) -> None:
    found = []
    for leader in _read(demo_plan, leaders.list_leaders):
        target = tmp_path / f"lt-{len(found)}.pdf"
        assert run("print", "itinerary", "--leader", str(leader.id), "--campaign", "2026", "--pdf", str(target),
                   "--db", str(demo_plan)) == 0
        text = " ".join(" ".join(r.text for r in text_runs(page)) for page in PdfReader(str(target)).pages)
        found += re.findall(r"(\d[\d.]*) km", text)
    assert any(re.fullmatch(r"\d{1,3}(\.\d{3})+", km) for km in found), found  # the flights: "1.232 km"
    assert [km for km in found if re.fullmatch(r"\d{4,}", km)] == []


# --- table rules -----------------------------------------------------------------------------------------

def _bars(reader: PdfReader, page) -> Iterator[Shape]:
    """The filled bars of the tables' rules (horizontal and vertical); Qt's hairline of an ``<hr>``,
    covered by the 0.6 pt line the renderer draws over it, left out."""
    found = shapes(reader, page)
    strokes = [s for s in found if s.stroke]
    for s in found:
        covered = any(abs(s.y0 - t.y0) < 0.1 and t.x0 - 0.1 <= s.x0 and s.x1 <= t.x1 + 0.1 for t in strokes)
        if not s.stroke and not covered and min(s.width, s.height) < 0.6 and max(s.width, s.height) > 3:
            yield s


def test_table_rules_have_one_weight_and_are_never_doubled(schedule: PdfReader) -> None:
    for page in schedule.pages:
        bars = [b for b in _bars(schedule, page) if b.height < 0.6 and b.y0 > 60]  # the tables' horizontal rules
        assert bars
        weights = {round(b.height, 2) for b in bars}
        assert len(weights) == 1, weights  # one weight: no thicker header rule, no hairline
        weight = weights.pop()
        ys = sorted({round(b.y0, 2) for b in bars})
        # Two rules overlapping print as one; two apart by less than 1 mm print as a double line.
        assert all(b - a <= weight or b - a > 1.0 for a, b in zip(ys, ys[1:])), ys


def test_a_table_is_closed_where_a_page_break_cuts_it(schedule: PdfReader) -> None:
    """The first demo schedule's programme runs onto page 2: page 1 ends its piece with a bottom rule
    as wide as the table, below its last row's text and above the bottom margin."""
    page = schedule.pages[0]
    bars = list(_bars(schedule, page))
    verticals = [b for b in bars if b.width < 0.6]
    horizontals = [b for b in bars if b.height < 0.6]
    table_left, table_right = min(b.x0 for b in verticals), max(b.x1 for b in verticals)
    lowest_vertical = max(b.y1 for b in verticals)
    lowest = max(b.y0 for b in horizontals)
    pieces = sorted((b.x0, b.x1) for b in horizontals if abs(b.y0 - lowest) < 0.1)  # one per cell
    assert pieces[0][0] <= table_left + 0.3 and pieces[-1][1] >= table_right - 0.3
    gaps = [(a[1], b[0]) for a, b in zip(pieces, pieces[1:])]  # where a vertical rule crosses it
    assert all(any(v.x0 <= left + 0.05 and right - 0.05 <= v.x1 and v.y1 > lowest for v in verticals)
               for left, right in gaps)
    assert abs(lowest + 0.26 - lowest_vertical) < 0.4  # the verticals end on it: the table is closed
    assert lowest <= PAGE_H - BOTTOM
    assert lowest > max(r.y for r in text_runs(page))  # under the last row's text


# --- characters outside the fonts ------------------------------------------------------------------------------

def _with_venue(document: Document, text: str) -> Document:
    return dataclasses.replace(document, blocks=(Paragraph(text), *document.blocks))


def test_characters_no_font_has_are_refused_before_anything_is_written(demo_plan: Path, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QFontDatabase

    render.ensure_application()
    monkeypatch.setattr(render, "_coverage", {})
    monkeypatch.setattr(render, "_fallbacks", [])
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *args: ["Liberation Serif"]))
    document = _with_venue(_read(demo_plan, builders.site_schedule_document, _site_ids(demo_plan)[0]),
                           "Nhà văn hóa 😀 bản 中")
    target = tmp_path / "ctr.pdf"
    messages.set_language("vi")
    with pytest.raises(ValidationError) as raised:
        output.save_pdf([document], target)
    assert raised.value.code == "print_missing_glyphs"
    text = str(raised.value)
    assert "“😀” (U+1F600)" in text and "“中” (U+4E2D)" in text and "Nhà văn hóa" in text
    assert "Không phông chữ nào" in text
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_a_character_outside_the_body_font_is_drawn_from_an_installed_font(demo_plan: Path,
                                                                            tmp_path: Path) -> None:
    render.ensure_application()
    fallback = render.font_for("😀")
    document = _with_venue(_read(demo_plan, builders.site_schedule_document, _site_ids(demo_plan)[0]),
                           "Nhà văn hóa 😀 bản")
    target = tmp_path / "ctr.pdf"
    if fallback is None:  # no installed font draws it on this machine: then it is refused, never a box
        with pytest.raises(ValidationError) as raised:
            output.save_pdf([document], target)
        assert raised.value.code == "print_missing_glyphs" and not target.exists()
        return
    output.save_pdf([document], target)
    reader = PdfReader(str(target))
    names = {str(f.get_object()["/BaseFont"]).lstrip("/").split("+")[-1]
             for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert names - FACES == {fallback.replace(" ", "")}  # embedded beside the body faces
    runs = text_runs(reader.pages[0])
    assert any(r.text.startswith("Nhà văn hóa") and r.font == "LiberationSerif" for r in runs)


# --- files: permissions and bookmarks ----------------------------------------------------------------------------

def test_ordinary_documents_follow_the_umask_and_restricted_ones_are_owner_only(demo_plan: Path,
                                                                                tmp_path: Path) -> None:
    site_id = _site_ids(demo_plan)[0]
    leader = _read(demo_plan, leaders.list_leaders)[0]
    previous = os.umask(0o022)
    try:
        assert run("print", "site", "--site", str(site_id), "--pdf", str(tmp_path / "ctr.pdf"),
                   "--db", str(demo_plan)) == 0
        assert run("print", "site", "--site", str(site_id), "--confidential", "--pdf", str(tmp_path / "mat.pdf"),
                   "--db", str(demo_plan)) == 0
        assert run("print", "itinerary", "--leader", str(leader.id), "--campaign", "2026",
                   "--pdf", str(tmp_path / "lt.pdf"), "--db", str(demo_plan)) == 0
        os.umask(0o027)
        assert run("print", "checklist", "--site", str(site_id), "--pdf", str(tmp_path / "dm.pdf"),
                   "--db", str(demo_plan)) == 0
    finally:
        os.umask(previous)

    def mode(name: str) -> int:
        return (tmp_path / name).stat().st_mode & 0o777

    assert mode("ctr.pdf") == 0o644  # 0666 less the umask 022: colleagues can read it
    assert mode("dm.pdf") == 0o640
    assert mode("mat.pdf") == 0o600  # marked MẬT
    assert mode("lt.pdf") == 0o600  # a leader's movements


def test_the_combined_pdf_has_one_bookmark_per_site_and_a_title(demo_plan: Path, tmp_path: Path) -> None:
    ids = _site_ids(demo_plan)
    documents = [_read(demo_plan, builders.site_schedule_document, i) for i in ids]
    target = tmp_path / "all.pdf"
    assert run("print", "schedules", "--campaign", "2026", "--pdf", str(target), "--db", str(demo_plan)) == 0
    reader = PdfReader(str(target))
    outline = reader.outline
    assert len(outline) == len(ids) == 28
    titles = [item.title for item in outline]
    assert titles == [d.subtitle.split(" tại ", 1)[1][:1].upper() + d.subtitle.split(" tại ", 1)[1][1:]
                      for d in documents]
    assert titles[0] == "Xã Sín Thầu, tỉnh Điện Biên"
    starts = [reader.get_destination_page_number(item) for item in outline]
    assert starts[0] == 0 and starts == sorted(set(starts))
    for start, document in zip(starts, documents):  # each bookmark opens its document's first page
        text = " ".join(r.text for r in text_runs(reader.pages[start]))
        assert "CHƯƠNG TRÌNH" in text and document.subtitle.split(" tại ")[1].split(",")[0] in text
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    assert reader.metadata.title == "Chương trình: Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2026"
    one = tmp_path / "each"
    assert run("print", "schedules", "--campaign", "2026", "--pdf", str(tmp_path / "again.pdf"),
               "--one-per-site", str(one), "--db", str(demo_plan)) == 0
    single = PdfReader(str(sorted(one.iterdir())[0]))
    assert single.metadata.title.startswith("Chương trình: Tổ chức Ngày hội")
    assert [item.title for item in single.outline] == [single.metadata.title]
