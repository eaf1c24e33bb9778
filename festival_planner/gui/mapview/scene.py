"""The country map: provinces, neighbours, the land border, both archipelagos (as Vietnamese), every
commune as a point coloured by score (``points.py``), campaign sites as labelled markers, a legend;
``render_png`` for ``map --png``. The view (wheel zoom, drag pan, fit-to-country) is ``view.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QWidget,
)

from festival_planner.domain.values import format_number
from festival_planner.geo import basemap
from festival_planner.geo.scoring import PENALTIES, CriterionValue
from festival_planner.gui.mapview.points import RAMP, MapPoint, PointCloudItem, project
from festival_planner.reports.site_map import FOREIGN, LAND, SEA  # shared with the printed map

__all__ = ["CHOROPLETH", "RAMP", "SEA", "MapPoint", "MapScene", "MapSite", "project", "render_png",
           "signed_weight", "tooltip_text"]

CHOROPLETH = ("#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594")


@dataclass(frozen=True)
class MapSite:
    """A campaign site marker."""

    code: str
    label: str
    latitude: float
    longitude: float
    colour: str = "#1f3b99"


def _path(polygons: Sequence[Sequence[Sequence[tuple[float, float]]]]) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for polygon in polygons:
        for ring in polygon:
            path.addPolygon(QPolygonF([project(x, y) for x, y in ring]))
            path.closeSubpath()
    return path


class _SiteMarker(QGraphicsPathItem):
    """A site's triangle; a click on it tells the scene (``siteClicked``)."""

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if isinstance(scene, MapScene) and event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            scene.siteClicked.emit(str(self.data(0)))
            return
        super().mousePressEvent(event)


class MapScene(QGraphicsScene):
    """The country map as a scene; feed it points and sites, switch layers and modes.

    ``pointClicked(code, secondary)`` tells which commune was clicked (secondary: right button),
    for the Selector to lock, exclude or add it.
    """

    pointClicked = Signal(str, bool)
    siteClicked = Signal(str)  # the commune code of a site marker the user clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(SEA)
        self.province_items: dict[str, QGraphicsPathItem] = {}
        self.province_labels: dict[str, QGraphicsSimpleTextItem] = {}
        self.old_province_items: list[QGraphicsPathItem] = []
        self.archipelago_labels: list[QGraphicsSimpleTextItem] = []
        self.points_item: PointCloudItem | None = None
        self.site_items: list[QGraphicsItem] = []
        self.legend_items: list[QGraphicsItem] = []
        self.choropleth_legend: list[tuple[str, str]] = []  # (colour, label) rows of the fill's legend
        self._choropleth_title = ""
        self._label_scale: float | None = None  # the zoom the labels were last laid out for
        self._build_basemap()
        self.country_rect = QRectF(project(102.0, 23.5), project(117.5, 6.3)).normalized()
        self.setSceneRect(self.country_rect.adjusted(-60, -40, 60, 40))

    def _label(self, text: str, at: QPointF, size: float, bold: bool = False,
               colour: str = "#333333", z: float = 30, centred: bool = True) -> QGraphicsSimpleTextItem:
        item = self.addSimpleText(text)
        font = QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        item.setFont(font)
        item.setBrush(QColor(colour))
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        # Drawn at a fixed size in pixels: the cached text stays valid through every zoom (a blit).
        item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        item.setPos(at)
        item.setZValue(z)
        if centred:
            rect = item.boundingRect()
            # The item ignores the view's zoom, but its own transform applies in pixels: centre it.
            item.setTransform(QTransform.fromTranslate(-rect.width() / 2, -rect.height() / 2))
        return item

    def _build_basemap(self) -> None:
        foreign_pen = QPen(QColor("#bdb8ad"), 0.8)
        foreign_pen.setCosmetic(True)
        for country in basemap.countries():
            item = self.addPath(_path(country.polygons), foreign_pen, QBrush(FOREIGN))
            item.setZValue(1)
        pen = QPen(QColor("#8c8c8c"), 0.7)
        pen.setCosmetic(True)
        for area in basemap.provinces():
            item = self.addPath(_path(area.polygons), pen, QBrush(LAND))
            item.setZValue(2)
            item.setData(0, area.code)
            item.setToolTip(area.name)
            self.province_items[area.code] = item
            if area.label:
                self.province_labels[area.code] = self._label(area.name, project(*area.label), 7.5)
        old_pen = QPen(QColor("#b0b0b0"), 0.5, Qt.PenStyle.DashLine)
        old_pen.setCosmetic(True)
        for area in basemap.old_provinces():
            item = self.addPath(_path(area.polygons), old_pen)
            item.setZValue(3)
            item.setVisible(False)
            self.old_province_items.append(item)
        border_pen = QPen(QColor("#7a2e2e"), 1.6)
        border_pen.setCosmetic(True)
        border = QPainterPath()
        for line in basemap.border_lines():
            border.addPolygon(QPolygonF([project(x, y) for x, y in line]))
        item = self.addPath(border, border_pen)
        item.setZValue(4)
        self.border_item = item
        ring_pen = QPen(QColor("#1f3b99"), 1.0, Qt.PenStyle.DashLine)
        ring_pen.setCosmetic(True)
        names = _place_names()
        self.place_labels: list[QGraphicsSimpleTextItem] = []
        for kind, text, lon, lat in basemap.labels():
            shown = names.get(text, text)
            if kind == "archipelago":
                ring = self.addEllipse(QRectF(project(lon - 1.3, lat + 1.1), project(lon + 1.3, lat - 1.1)),
                                       ring_pen)
                ring.setZValue(4)
                self.archipelago_labels.append(self._label(
                    f"{shown}\n({names['Việt Nam']})", project(lon, lat) + QPointF(0, 45), 8.0, True, "#1f3b99"))
            elif kind == "sea":
                font_size, colour = (11.0, "#3d6f9e") if text == "Biển Đông" else (8.5, "#3d6f9e")
                self.place_labels.append(self._label(shown, project(lon, lat), font_size, True, colour, 29))
            else:
                self.place_labels.append(self._label(shown, project(lon, lat), 9.0, False, "#7d776b", 29))

    # --- layers and modes ------------------------------------------------------------------------

    def set_old_provinces_visible(self, visible: bool) -> None:
        """Show or hide the 63 pre-2025 provinces as a dashed layer."""
        for item in self.old_province_items:
            item.setVisible(visible)

    def set_choropleth(self, values: Mapping[str, float] | None, title: str = "") -> None:
        """Colour provinces by a value per province code (e.g. sites per province); None for plain.
        ``title`` heads the fill's section of the legend, one row per colour in use with its values."""
        top = max(values.values(), default=0.0) if values else 0.0
        used: dict[int, list[float]] = {}
        for code, item in self.province_items.items():
            if not values:
                item.setBrush(QBrush(LAND))
                continue
            v = values.get(code, 0.0)
            k = 0 if top <= 0 else min(len(CHOROPLETH) - 1, int(v / top * (len(CHOROPLETH) - 1) + 0.5))
            item.setBrush(QBrush(QColor(CHOROPLETH[k])))
            used.setdefault(k, []).append(v)
        places = 0 if all(float(v).is_integer() for vs in used.values() for v in vs) else 1
        rows = []
        for k in sorted(used):
            low, high = format_number(min(used[k]), places), format_number(max(used[k]), places)
            rows.append((CHOROPLETH[k], low if low == high else f"{low} – {high}"))
        self.choropleth_legend = rows
        self._choropleth_title = title
        self._build_legend()

    def set_points(self, points: Sequence[MapPoint]) -> None:
        """Replace the commune points (coloured by score) and the legend."""
        if self.points_item is None:
            self.points_item = PointCloudItem()
            self.addItem(self.points_item)
        self.points_item.set_points(points)
        self._build_legend()

    def set_sites(self, sites: Sequence[MapSite]) -> None:
        """Replace the campaign site markers (labelled)."""
        for item in self.site_items:
            self.removeItem(item)
        self.site_items = []
        marker = QPainterPath()
        marker.addPolygon(QPolygonF([QPointF(0, -7), QPointF(6, 4), QPointF(-6, 4), QPointF(0, -7)]))
        for site in sites:
            pen = QPen(QColor("white"), 1.2)
            item = _SiteMarker(marker)
            item.setPen(pen)
            item.setBrush(QBrush(QColor(site.colour)))
            self.addItem(item)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            item.setPos(project(site.longitude, site.latitude))
            item.setZValue(40)
            item.setData(0, site.code)
            item.setToolTip(site.label)
            label = self._label(site.label, project(site.longitude, site.latitude), 7.0,
                                True, site.colour, 41, centred=False)
            label.setTransform(QTransform.fromTranslate(7, -6))
            self.site_items += [item, label]
        if self._label_scale is not None:  # new labels find their place at the current zoom
            self.layout_labels(self._label_scale)

    def site_marker(self, code: str) -> QGraphicsItem | None:
        """The marker of the site at commune ``code`` (None when there is none)."""
        return next((item for item in self.site_items if isinstance(item, _SiteMarker) and item.data(0) == code), None)

    def _build_legend(self) -> None:
        """The legend: one box at a fixed size on screen (legible at country zoom, never overlapping
        itself), anchored in the sea north-east of the country, above Hoàng Sa: the communes' score
        colours when points are shown, then the provinces' fill when a choropleth is on."""
        for item in self.legend_items:
            self.removeItem(item)
        self.legend_items = []
        sections: list[tuple[str, list[tuple[str, str]]]] = []
        if self.points_item is not None and self.points_item.bins.polygons and any(
                len(p) for p in self.points_item.bins.polygons):
            low, high = self.points_item.bins.low, self.points_item.bins.high
            step = (high - low) / len(RAMP)
            sections.append((QCoreApplication.translate("MapScene", "Điểm ưu tiên của xã"),
                             [(colour, f"{format_number(low + k * step, 1)} – {format_number(low + (k + 1) * step, 1)}")
                              for k, colour in enumerate(RAMP)]))
        if self.choropleth_legend:
            sections.append((self._choropleth_title, self.choropleth_legend))
        if not sections:
            return
        box = QGraphicsRectItem()
        box.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        box.setPos(project(111.0, 23.3))
        box.setZValue(50)
        box.setPen(QPen(QColor("#9a9a9a"), 0))
        box.setBrush(QBrush(QColor(255, 255, 255, 230)))
        self.addItem(box)

        def text(value: str, x: float, y: float, points: float, bold: bool = False) -> QGraphicsSimpleTextItem:
            item = QGraphicsSimpleTextItem(value, box)
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # a blit at any zoom
            font = QFont()
            font.setPointSizeF(points)
            font.setBold(bold)
            item.setFont(font)
            item.setBrush(QColor("#333333"))
            item.setPos(x, y)
            return item

        width, y = 0.0, 6.0
        for title, rows in sections:
            if title:
                heading = text(title, 8, y, 9.0, True)
                width = max(width, heading.boundingRect().width())
                y += 4 + heading.boundingRect().height()
            for colour, value in rows:
                swatch = QGraphicsRectItem(8, y + 2, 12, 12, box)
                swatch.setPen(QPen(QColor("#666666"), 0))
                swatch.setBrush(QBrush(QColor(colour)))
                label = text(value, 26, y, 8.5)
                width = max(width, 18 + label.boundingRect().width())
                y += 17
            y += 8
        box.setRect(0, 0, width + 16, y - 2)
        self.legend_items = [box]
        if self._label_scale is not None:
            self.layout_labels(self._label_scale)

    def legend_texts(self) -> list[str]:
        """The legend's words, top to bottom (what a user reads)."""
        return [item.text() for box in self.legend_items for item in box.childItems()
                if isinstance(item, QGraphicsSimpleTextItem)]


    def layout_labels(self, scale: float) -> None:
        """Place the labels for a view at ``scale`` pixels per scene unit so that no two overlap on
        screen, nor cover the legend or a site's marker (labels and markers keep their size in pixels
        while the map zooms): in order of importance — the
        archipelagos, the sea and the neighbours, the sites, the provinces from the largest — each
        label takes the first free spot among a few around its anchor, or is hidden at that zoom."""
        self._label_scale = scale
        placed: list[QRectF] = [self._pixel_rect(box, box.transform(), scale) for box in self.legend_items]
        placed += [self._pixel_rect(item, item.transform(), scale) for item in self.site_items
                   if isinstance(item, _SiteMarker)]  # a label never covers a site's marker
        provinces = sorted(self.province_labels.items(),
                           key=lambda kv: -self.province_items[kv[0]].path().boundingRect().width()
                           * self.province_items[kv[0]].path().boundingRect().height())
        sites = [item for item in self.site_items if isinstance(item, QGraphicsSimpleTextItem)]
        order = ([(item, True) for item in self.archipelago_labels + self.place_labels]
                 + [(item, False) for item in sites] + [(item, True) for _code, item in provinces])
        for item, centred in order:
            rect = item.boundingRect()
            w, h = rect.width(), rect.height()
            if centred:
                spots = [(-w / 2, -h / 2), (-w / 2, -h * 1.4), (-w / 2, h * 0.4), (4, -h / 2), (-w - 4, -h / 2)]
            else:  # a site's label beside its marker: right, left, above, below
                spots = [(7, -6), (-w - 7, -6), (-w / 2, -h - 8), (-w / 2, 6)]
            for dx, dy in spots:
                transform = QTransform.fromTranslate(dx, dy)
                at = self._pixel_rect(item, transform, scale)
                if not any(at.intersects(other) for other in placed):
                    item.setTransform(transform)
                    item.setVisible(True)
                    placed.append(at)
                    break
            else:
                item.setVisible(False)

    @staticmethod
    def _pixel_rect(item: QGraphicsItem, transform: QTransform, scale: float) -> QRectF:
        """Where ``item`` (drawn at a fixed size in pixels) lies on screen with its own ``transform``,
        in pixels of a view at ``scale`` (scene units at the origin)."""
        rect = transform.mapRect(item.boundingRect())
        return rect.translated(item.pos() * scale)

    def visible_labels(self) -> list[QGraphicsSimpleTextItem]:
        """Every map label shown now (archipelagos, places, sites, provinces), for tests and checks."""
        sites = [item for item in self.site_items if isinstance(item, QGraphicsSimpleTextItem)]
        return [item for item in (*self.archipelago_labels, *self.place_labels, *sites,
                                  *self.province_labels.values()) if item.isVisible()]


def _place_names() -> dict[str, str]:
    """The names written on the map besides provinces, in the interface's language (lupdate sees each)."""
    translate = QCoreApplication.translate
    return {
        "Việt Nam": translate("MapScene", "Việt Nam"),
        "Quần đảo Hoàng Sa": translate("MapScene", "QĐ. Hoàng Sa (TP. Đà Nẵng)"),
        "Quần đảo Trường Sa": translate("MapScene", "QĐ. Trường Sa (tỉnh Khánh Hòa)"),
        "Biển Đông": translate("MapScene", "Biển Đông"),
        "Vịnh Thái Lan": translate("MapScene", "Vịnh Thái Lan"),
        "Trung Quốc": translate("MapScene", "Trung Quốc"),
        "Lào": translate("MapScene", "Lào"),
        "Campuchia": translate("MapScene", "Campuchia"),
        "Thái Lan": translate("MapScene", "Thái Lan"),
    }


def render_png(scene: MapScene, path: str | Path, width: int = 1600) -> Path:
    """Paint the whole country map into a PNG file ``width`` pixels wide, whole or not at all
    (``store.output_file``; ``OutputError`` says why it could not be written)."""
    source = scene.country_rect.adjusted(-20, -20, 20, 20)
    height = max(1, round(width * source.height() / source.width()))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(SEA)
    scene.layout_labels(width / source.width())
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, width, height), source)
    painter.end()
    from PySide6.QtCore import QBuffer, QIODevice

    from festival_planner.domain.errors import OutputError
    from festival_planner.store.output_file import check_png, write_output

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OutputError("output_write_failed", path=str(path), reason="PNG")
    buffer.close()
    return write_output(path, bytes(buffer.data().data()), restricted=False, check=check_png)


def signed_weight(line: CriterionValue) -> float:
    """The weight as it acts on the score: a penalty's (hosted in recent years) counts against it, so the
    breakdown reads "1,00 × −2,00 = −2,00", never "× 2 = -2"."""
    return -line.weight if line.criterion in PENALTIES else line.weight


def tooltip_text(name: str, province: str, region: str, score: float,
                 breakdown: Sequence[tuple[str, float, float, float, float]]) -> str:
    """The hover text of a commune: name, province, region, score and its breakdown
    (criterion, raw, normalised, weight, contribution)."""
    from festival_planner.domain.messages import render

    lines = [f"{name} — {province}", region,
             QCoreApplication.translate("MapScene", "Điểm: {score}").format(score=format_number(score, 2))]
    for criterion, raw, normalised, weight, contribution in breakdown:
        shown = -weight if criterion in PENALTIES else weight  # a penalty's weight counts against the score
        lines.append(f"  {render('criterion.' + criterion)}: {format_number(raw, 1)} → {format_number(normalised, 2)}"
                     f" × {format_number(shown, 2)} = {format_number(contribution, 2, signed=True)}")
    return "\n".join(lines)
