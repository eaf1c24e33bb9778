"""The overview's map page, measured on the rendered PDF: the map image lies whole inside one page's
text area (issue 16, item 1: it used to be placed 6.25× too large, 423 × 487 mm on an A4 page, and
printed as strips over three or four pages, Trường Sa cut off)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from festival_planner.cli import main
from festival_planner.reports.render import MARGINS_MM
from festival_planner.store.database import open_database

MM = 72 / 25.4


def _multiply(m: list[float], n: list[float]) -> list[float]:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return [a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2]


def image_boxes(reader: PdfReader) -> list[tuple[int, tuple[float, float, float, float]]]:
    """(page number, (x0, y0, x1, y1) in points) of every image drawn, from the content streams' CTM."""
    found = []
    for number, page in enumerate(reader.pages):
        resources = page["/Resources"]
        xobjects = resources["/XObject"].get_object() if "/XObject" in resources else {}
        images = {name for name, obj in xobjects.items() if obj.get_object().get("/Subtype") == "/Image"}
        ctm, stack = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], []
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"q":
                stack.append(ctm)
            elif operator == b"Q":
                ctm = stack.pop()
            elif operator == b"cm":
                ctm = _multiply([float(v) for v in operands], ctm)
            elif operator == b"Do" and operands[0] in images:
                corners = [(ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5])
                           for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))]
                xs, ys = [p[0] for p in corners], [p[1] for p in corners]
                found.append((number, (min(xs), min(ys), max(xs), max(ys))))
    return found


@pytest.mark.parametrize("shape", ["app_map", "wide"])
def test_the_overview_map_lies_whole_inside_one_page(capsys, demo_plan: Path, tmp_path: Path, shape: str) -> None:
    picture = tmp_path / "ban-do.png"
    if shape == "app_map":  # the app's own map of the campaign (tall: the country's shape)
        assert main(["map", "--campaign", "2026", "--png", str(picture), "--db", str(demo_plan)]) == 0
    else:
        from PySide6.QtGui import QColor, QImage

        image = QImage(3000, 900, QImage.Format.Format_RGB32)
        image.fill(QColor("#3a7ca5"))
        assert image.save(str(picture))
    target = tmp_path / "bao-cao.pdf"
    assert main(["print", "overview", "--campaign", "2026", "--pdf", str(target), "--map", str(picture),
                 "--db", str(demo_plan)]) == 0
    capsys.readouterr()
    reader = PdfReader(str(target))
    boxes = image_boxes(reader)
    assert len(boxes) == 1, boxes  # one image, drawn once: not strips over several pages
    number, (x0, y0, x1, y1) = boxes[0]
    page = reader.pages[number].mediabox
    width, height = float(page.width), float(page.height)
    assert width > height  # the overview is landscape
    left, top, right, bottom = (m * MM for m in MARGINS_MM)
    tolerance = 1.0
    assert x0 >= left - tolerance and x1 <= width - right + tolerance, (x0, x1, width)
    assert y0 >= bottom - tolerance and y1 <= height - top + tolerance, (y0, y1, height)
    assert (x1 - x0) > 0.35 * (width - left - right) or (y1 - y0) > 0.6 * (height - top - bottom)  # and not tiny
    assert "Vị trí 28 điểm" in " ".join(reader.pages[number].extract_text().split())  # its caption, same page


def test_the_overview_map_fits_the_word_page_too(capsys, demo_plan: Path, tmp_path: Path) -> None:
    """In Word the map used to be 252 × 290 mm on a 170 mm text height, cut at the page bottom."""
    from docx import Document as WordDocument

    from festival_planner.reports.content.builders import Options, overview_document
    from festival_planner.reports.output import save_docx

    picture = tmp_path / "ban-do.png"
    assert main(["map", "--campaign", "2026", "--png", str(picture), "--db", str(demo_plan)]) == 0
    capsys.readouterr()
    database = open_database(demo_plan)
    try:
        with database.read() as session:
            document = overview_document(session, 2026, Options(map_image=str(picture)))
    finally:
        database.close()
    target = tmp_path / "bao-cao.docx"
    save_docx(document, target)
    word = WordDocument(str(target))
    section = word.sections[0]
    text_w = (section.page_width - section.left_margin - section.right_margin) / 36000  # EMU → mm
    text_h = (section.page_height - section.top_margin - section.bottom_margin) / 36000
    [shape] = word.inline_shapes
    assert shape.width / 36000 <= text_w + 0.5 and shape.height / 36000 <= text_h * 0.9, (
        shape.width / 36000, shape.height / 36000, text_w, text_h)


def test_a_new_site_prints_dotted_lines_to_fill_in_and_says_what_is_missing(capsys, db_path: Path,
                                                                            tmp_path: Path) -> None:
    """A site just added (no venue, host unit or contact yet) prints lines to fill in by hand, not
    "(chưa có)" four times, and the command says which facts are missing (issue 16, item 7)."""
    import datetime as dt

    from sqlalchemy import text

    from festival_planner.services import campaigns, sites

    database = open_database(db_path)
    with database.write() as session:
        campaign = campaigns.ensure_campaign(session, 2026)
        code = session.execute(text("SELECT code FROM commune ORDER BY code LIMIT 1")).scalar_one()
        site = sites.add_site(session, campaign.id, code, dt.date(2026, 8, 5))
    database.close()
    target = tmp_path / "diem.pdf"
    assert main(["print", "site", "--site", str(site.id), "--pdf", str(target), "--db", str(db_path)]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and all(fact in err[0] for fact in ("địa điểm", "đơn vị chủ trì", "người liên hệ",
                                                             "điện thoại"))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(target)).pages)
    assert "(chưa có)" not in text and text.count("..........") >= 4
