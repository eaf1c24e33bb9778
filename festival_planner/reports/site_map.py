"""The overview's own map: the campaign's sites over the country, coloured by readiness, numbered as in
the overview's table, with both archipelagos (Hoàng Sa, Trường Sa) ringed and labelled and a legend.

Painted with QtGui only into a ``QImage`` (no widgets: the command line draws it offscreen too), from
the plain points of ``reports.content.map_data`` and the basemap of ``geo.basemap`` — the same
projection, colours and archipelago rings as the Map workspace's scene (``gui.mapview.scene``).
``overview_with_map`` is the overview as every caller prints it: with this map page unless the user
gave an image of their own (``Options.map_image``).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPolygonF
from sqlalchemy.orm import Session

from festival_planner.geo import basemap
from festival_planner.reports.content import Document, Options, overview_document
from festival_planner.reports.content.map_data import (
    CANCELLED,
    READINESS_CLASSES,
    SitePoint,
    campaign_site_points,
)
from festival_planner.reports.content.model import Heading, PageBreak, Picture

X_FACTOR = math.cos(math.radians(16.0))  # equirectangular, true to scale at 16° N (as the Map workspace)
SEA, LAND, FOREIGN = QColor("#dbe9f6"), QColor("#fbfaf3"), QColor("#e9e7e1")
BOUNDS = (101.4, 6.3, 118.3, 23.6)  # lon/lat: the mainland, both archipelagos and their labels
# px: the landscape text area's width at 10 px/mm (about 254 dpi) and 100 mm tall, so that the map page
# also holds the heading, the caption and the closing block (recipients and signature): the closing
# block never stands alone on a last page
IMAGE_SIZE = (2520, 1000)
PX_PER_PT = IMAGE_SIZE[0] / 252.0 * 25.4 / 72.0  # so that text sizes read as printed points
MAP_NAME = "ban-do-cac-diem.png"  # the picture's name inside the document (and in the Word file)


def _project(lon: float, lat: float, scale: float, origin: QPointF) -> QPointF:
    return QPointF(origin.x() + (lon - BOUNDS[0]) * X_FACTOR * scale, origin.y() + (BOUNDS[3] - lat) * scale)


def _font(family: str, points: float, bold: bool = False) -> QFont:
    font = QFont(family)
    font.setPixelSize(max(1, round(points * PX_PER_PT)))
    font.setBold(bold)
    return font


def _readable_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on ``colour`` (the number inside a marker)."""
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return QColor("black") if luminance > 0.55 else QColor("white")


def paint_site_map(points: Sequence[SitePoint], as_of: dt.date | None = None,
                   size: tuple[int, int] = IMAGE_SIZE) -> QImage:
    """The map of ``points`` with its legend and list of sites, as an image of ``size`` pixels."""
    from festival_planner.reports import render

    render.ensure_application()
    family = render.ensure_fonts()
    width, height = size
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

    margin = height * 0.015
    scale = (height - 2 * margin) / (BOUNDS[3] - BOUNDS[1])
    map_rect = QRectF(margin, margin, (BOUNDS[2] - BOUNDS[0]) * X_FACTOR * scale, height - 2 * margin)
    origin = map_rect.topLeft()

    def path(polygons: Sequence[Sequence[Sequence[tuple[float, float]]]]) -> QPainterPath:
        out = QPainterPath()
        out.setFillRule(Qt.FillRule.OddEvenFill)
        for polygon in polygons:
            for ring in polygon:
                out.addPolygon(QPolygonF([_project(x, y, scale, origin) for x, y in ring]))
                out.closeSubpath()
        return out

    painter.save()
    painter.setClipRect(map_rect)
    painter.fillRect(map_rect, SEA)
    line = max(1.0, scale / 60)
    painter.setPen(QPen(QColor("#bdb8ad"), line))
    painter.setBrush(QBrush(FOREIGN))
    for country in basemap.countries():
        painter.drawPath(path(country.polygons))
    painter.setPen(QPen(QColor("#8c8c8c"), line))
    painter.setBrush(QBrush(LAND))
    for area in basemap.provinces():
        painter.drawPath(path(area.polygons))
    painter.setPen(QPen(QColor("#7a2e2e"), line * 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for border in basemap.border_lines():
        painter.drawPolyline(QPolygonF([_project(x, y, scale, origin) for x, y in border]))
    # The archipelagos: a dashed ring and their names (as the Map workspace draws them).
    painter.setFont(_font(family, 8.5, bold=True))
    for _kind, text, lon, lat in basemap.labels():
        painter.setPen(QPen(QColor("#1f3b99"), line * 1.5, Qt.PenStyle.DashLine))
        ring = QRectF(_project(lon - 1.3, lat + 1.1, scale, origin), _project(lon + 1.3, lat - 1.1, scale, origin))
        painter.drawEllipse(ring)
        painter.setPen(QColor("#1f3b99"))
        label = QRectF(ring.center().x() - 3 * ring.width() / 2, ring.bottom() + margin * 0.3, 3 * ring.width(),
                       _font(family, 8.5).pixelSize() * 2.6)
        painter.drawText(label, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                         f"{text}\n(Việt Nam)")
    # The sites, numbered as in the overview's table; the least ready drawn last (on top).
    radius = 1.7 * PX_PER_PT * 72 / 25.4  # 1.7 mm
    number_font = _font(family, 5.5, bold=True)
    painter.setFont(number_font)
    for point in sorted(points, key=lambda p: (not p.cancelled, -p.readiness)):
        centre = _project(point.longitude, point.latitude, scale, origin)
        colour = QColor(point.colour)
        painter.setPen(QPen(QColor("white"), radius * 0.18))
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(_readable_on(colour))
        painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                         int(Qt.AlignmentFlag.AlignCenter), str(point.number))
    painter.restore()
    painter.setPen(QPen(QColor("#666666"), line))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(map_rect)

    _paint_legend(painter, family, points, as_of,
                  QRectF(map_rect.right() + margin * 3, margin, width - map_rect.right() - margin * 4,
                         height - 2 * margin))
    painter.end()
    return image


def _paint_legend(painter: QPainter, family: str, points: Sequence[SitePoint], as_of: dt.date | None,
                  box: QRectF) -> None:
    from festival_planner.domain.values import format_date

    y = box.top()
    title = _font(family, 11, bold=True)
    painter.setFont(title)
    painter.setPen(QColor("black"))
    day = f" ngày {format_date(as_of)}" if as_of else ""
    step = QFontMetricsF(title).lineSpacing()
    painter.drawText(QRectF(box.left(), y, box.width(), step), int(Qt.AlignmentFlag.AlignLeft),
                     f"Mức sẵn sàng{day}")
    y += step * 1.3
    body = _font(family, 9.5)
    painter.setFont(body)
    step = QFontMetricsF(body).lineSpacing() * 1.25
    swatch = step * 0.7
    classes = [(colour, text, sum(1 for p in points if not p.cancelled and p.colour == colour))
               for _low, colour, text in READINESS_CLASSES]
    cancelled = sum(1 for p in points if p.cancelled)
    if cancelled:
        classes.append((CANCELLED[0], CANCELLED[1], cancelled))
    for colour, text, count in classes:
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(QBrush(QColor(colour)))
        painter.drawEllipse(QRectF(box.left(), y + (step - swatch) / 2, swatch, swatch))
        painter.setPen(QColor("black"))
        painter.drawText(QRectF(box.left() + swatch * 1.6, y, box.width() - swatch * 1.6, step),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), f"{text}: {count} điểm")
        y += step
    y += step * 0.4
    note = _font(family, 8)
    painter.setFont(note)
    painter.setPen(QColor("#333333"))
    metrics = QFontMetricsF(note)
    painter.drawText(QRectF(box.left(), y, box.width(), metrics.lineSpacing() * 2),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                     "Số trong vòng tròn là số thứ tự của điểm ở mục I.")
    y += metrics.lineSpacing() * 1.6
    if not points:
        return
    line = metrics.lineSpacing() * 1.05
    rows = max(1, int((box.bottom() - y) // line))
    columns = max(1, math.ceil(len(points) / rows))
    rows = math.ceil(len(points) / columns)
    column_w = box.width() / columns
    for k, point in enumerate(sorted(points, key=lambda p: p.number)):
        x, top = box.left() + (k // rows) * column_w, y + (k % rows) * line
        text = metrics.elidedText(f"{point.number}. {point.label} ({point.province}) {point.readiness:.0%}",
                                  Qt.TextElideMode.ElideRight, column_w - metrics.horizontalAdvance("  "))
        painter.drawText(QRectF(x, top, column_w, line), int(Qt.AlignmentFlag.AlignLeft), text)


def site_map_png(points: Sequence[SitePoint], as_of: dt.date | None = None,
                 size: tuple[int, int] = IMAGE_SIZE) -> bytes:
    """``paint_site_map`` as PNG bytes (for the document's picture)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not paint_site_map(points, as_of, size).save(buffer, "PNG"):  # type: ignore[call-overload]
        raise RuntimeError("the map could not be encoded as PNG")
    buffer.close()
    return bytes(buffer.data().data())


def overview_with_map(session: Session, year: int, options: Options | None = None,
                      as_of: dt.date | None = None) -> Document:
    """The national overview as printed: with the user's map image when one is given
    (``options.map_image``), otherwise with a page of its own map of the sites coloured by readiness."""
    from festival_planner.domain.values import format_date
    from festival_planner.reports.content.templates import wording

    options = options or Options()
    document = overview_document(session, year, options, as_of)
    if options.map_image:
        return document
    day = as_of or options.day
    points = campaign_site_points(session, year, day)
    w = wording("overview")
    caption = w["map_caption"].format(year=year, as_of=format_date(day), sites=len(points))
    picture = Picture(MAP_NAME, caption, data=site_map_png(points, day))
    return replace(document, blocks=(*document.blocks, PageBreak(), Heading(w["heading_map"]), picture))
