"""The overview's own map (issue 16, item 1): without --map, `print overview` draws the campaign's sites
coloured by readiness over the country with both archipelagos; measured on the rendered PDF and Word
file — one image whole inside one page's text area, the readiness colours in the map itself, the
closing block on the map page (never alone) — and on the painted image."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from festival_planner.cli import main
from festival_planner.reports.content.map_data import READINESS_CLASSES, SitePoint, campaign_site_points
from festival_planner.reports.render import MARGINS_MM
from festival_planner.store.database import open_database
from tests.integration.test_printed_map import MM, image_boxes

AS_OF = "20/07/2026"  # the issue date: readiness as of that day


@pytest.fixture(autouse=True)
def _application(qapp):
    return qapp


@pytest.fixture
def demo_plan(db_path: Path) -> Path:
    from festival_planner.services import demo

    database = open_database(db_path)
    with database.write() as session:
        demo.create_demo(session, 2026)
    database.close()
    return db_path


def _near(a: tuple[int, int, int], b: tuple[int, int, int], tolerance: int) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b))


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def test_overview_without_a_map_image_prints_its_own_map_on_one_page(capsys, demo_plan: Path,
                                                                    tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    target = tmp_path / "bao-cao.pdf"
    assert main(["print", "overview", "--campaign", "2026", "--pdf", str(target), "--date", AS_OF,
                 "--db", str(demo_plan)]) == 0
    capsys.readouterr()
    reader = PdfReader(str(target))
    boxes = image_boxes(reader)
    assert len(boxes) == 1, boxes
    number, (x0, y0, x1, y1) = boxes[0]
    page = reader.pages[number]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    left, top, right, bottom = (m * MM for m in MARGINS_MM)
    assert width > height
    assert x0 >= left - 1 and x1 <= width - right + 1 and y0 >= bottom - 1 and y1 <= height - top + 1
    assert x1 - x0 > 0.9 * (width - left - right)  # the text area's width
    text = " ".join(page.extract_text().split())
    assert "BẢN ĐỒ CÁC ĐIỂM TỔ CHỨC" in text and "Vị trí 28 điểm tổ chức năm 2026" in text
    # The closing block shares the map page: the document never ends on a page holding only it.
    assert number == len(reader.pages) - 1 and "Nơi nhận:" in text and "TRƯỞNG BAN" in text

    # The image as embedded (JPEG in Qt's PDF): every readiness class of the demo's sites is in the map.
    xobjects = page["/Resources"]["/XObject"].get_object()
    [embedded] = [o.get_object() for o in xobjects.values() if o.get_object().get("/Subtype") == "/Image"]
    image = QImage.fromData(embedded._data)
    assert not image.isNull() and image.width() >= 2000
    database = open_database(demo_plan)
    try:
        with database.read() as session:
            points = campaign_site_points(session, 2026, dt.date(2026, 7, 20))
    finally:
        database.close()
    assert len(points) == 28
    wanted = {_rgb(p.colour) for p in points}
    assert len(wanted) >= 3  # the demo spans the classes
    map_part = int(image.width() * 0.36)  # the map; the legend and the list are on the right
    found = {colour: 0 for colour in wanted}
    for y in range(0, image.height(), 2):
        for x in range(0, map_part, 2):
            pixel = image.pixelColor(x, y)
            rgb = (pixel.red(), pixel.green(), pixel.blue())
            for colour in wanted:
                if _near(rgb, colour, 24):
                    found[colour] += 1
    assert all(count >= 30 for count in found.values()), found
    absent = {_rgb(c) for _, c, _ in READINESS_CLASSES} - wanted
    for colour in absent:  # a class no site is in shows in the legend only
        assert all(not _near((image.pixelColor(x, y).red(), image.pixelColor(x, y).green(),
                              image.pixelColor(x, y).blue()), colour, 12)
                   for y in range(0, image.height(), 6) for x in range(0, map_part, 6))


def test_a_map_image_given_with_map_still_wins(capsys, demo_plan: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    picture = tmp_path / "rieng.png"
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7ca5"))
    assert image.save(str(picture))
    target = tmp_path / "bao-cao.pdf"
    assert main(["print", "overview", "--campaign", "2026", "--pdf", str(target), "--map", str(picture),
                 "--db", str(demo_plan)]) == 0
    capsys.readouterr()
    reader = PdfReader(str(target))
    [(number, _box)] = image_boxes(reader)
    xobjects = reader.pages[number]["/Resources"]["/XObject"].get_object()
    sizes = [(o.get_object()["/Width"], o.get_object()["/Height"]) for o in xobjects.values()
             if o.get_object().get("/Subtype") == "/Image"]
    assert sizes == [(300, 200)]


def test_the_own_map_fits_the_word_page(demo_plan: Path, tmp_path: Path) -> None:
    from docx import Document as WordDocument

    from festival_planner.reports.output import save_docx
    from festival_planner.reports.site_map import overview_with_map

    database = open_database(demo_plan)
    try:
        with database.read() as session:
            document = overview_with_map(session, 2026)
    finally:
        database.close()
    target = tmp_path / "bao-cao.docx"
    save_docx(document, target)
    word = WordDocument(str(target))
    section = word.sections[0]
    text_w = (section.page_width - section.left_margin - section.right_margin) / 36000
    text_h = (section.page_height - section.top_margin - section.bottom_margin) / 36000
    [shape] = word.inline_shapes
    assert text_w * 0.9 <= shape.width / 36000 <= text_w + 0.5 and shape.height / 36000 <= text_h * 0.65


def test_markers_take_their_readiness_colour_where_the_commune_is() -> None:
    from festival_planner.reports import site_map

    points = [SitePoint(1, "Sín Thầu", "Điện Biên", 22.37, 102.22, 1.0),
              SitePoint(2, "Lý Sơn", "Quảng Ngãi", 15.38, 109.12, 0.85),
              SitePoint(3, "Đất Mũi", "Cà Mau", 8.62, 104.72, 0.6),
              SitePoint(4, "Ia Tơi", "Quảng Ngãi", 14.35, 107.6, 0.1),
              SitePoint(5, "Xuân Hòa", "Lào Cai", 22.5, 104.5, 0.9, cancelled=True)]
    image = site_map.paint_site_map(points, dt.date(2026, 7, 20))
    assert (image.width(), image.height()) == site_map.IMAGE_SIZE
    height = image.height()
    margin = height * 0.015
    scale = (height - 2 * margin) / (site_map.BOUNDS[3] - site_map.BOUNDS[1])
    from PySide6.QtCore import QPointF

    for point, expected in zip(points, ("#1a7f3c", "#7cc45a", "#f29a2e", "#d7301f", "#8c8c8c")):
        centre = site_map._project(point.longitude, point.latitude, scale, QPointF(margin, margin))
        # a little off centre: the number is written in the middle
        pixel = image.pixelColor(int(centre.x()) - 10, int(centre.y()) + 10)
        assert pixel.name() == expected, (point.label, pixel.name(), expected)
        assert point.colour == expected
    # Both archipelagos are inside the map (their rings are drawn in the map frame).
    for lon, lat in ((111.875, 16.367), (114.929, 10.548)):
        at = site_map._project(lon, lat, scale, QPointF(margin, margin))
        assert 0 < at.x() < image.width() * 0.4 and 0 < at.y() < height
