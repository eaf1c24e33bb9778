"""Every commune as a point coloured by its score: the map's projection, the points item and its tiles.

Points are drawn by tiles from cached per-colour point lists (one ``drawPoints`` call per colour bin,
no Python work per point per paint); hover finds the nearest point through a grid index.

At rest each tile keeps a device-coordinate cache of round, antialiased dots (a pan costs a copy).
While the view zooms (``quick``) that cache would be refilled at every wheel step, which is what made
a step cost 55–101 ms: the tiles then draw square dots without antialiasing, with an opaque outline
(blending is what costs) and without a cache (one ``drawPoints`` call per colour, a few milliseconds
for all 3,321), and go back to the round dots once the zoom has settled.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from festival_planner.reports.site_map import LAND, X_FACTOR  # shared with the printed map

SCALE = 100.0  # scene units per degree of latitude
RAMP = ("#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026")


def project(lon: float, lat: float) -> QPointF:
    """Scene position of a (lon, lat) point."""
    return QPointF(lon * SCALE * X_FACTOR, -lat * SCALE)


@dataclass(frozen=True)
class MapPoint:
    """A commune on the map: where, its score and the tooltip lines (name, province, breakdown)."""

    code: str
    latitude: float
    longitude: float
    score: float
    tooltip: str = ""


@dataclass
class _Bins:
    polygons: list[QPolygonF] = field(default_factory=list)
    low: float = 0.0
    high: float = 1.0


OUTLINE = QColor(90, 60, 40, 140)


def _opaque(colour: QColor, under: QColor) -> QColor:
    """``colour`` as it looks over ``under``, opaque (blending thousands of dots is what costs)."""
    a = colour.alphaF()
    return QColor.fromRgbF(*(a * c + (1 - a) * u for c, u in zip(colour.getRgbF()[:3], under.getRgbF()[:3])))


def _point_pens(cap: Qt.PenCapStyle, outline_colour: QColor) -> tuple[QPen, list[QPen]]:
    outline = QPen(outline_colour, 7.0, Qt.PenStyle.SolidLine, cap)
    outline.setCosmetic(True)
    pens = [QPen(QColor(colour), 5.0, Qt.PenStyle.SolidLine, cap) for colour in RAMP]
    for pen in pens:
        pen.setCosmetic(True)
    return outline, pens


class _PointTile(QGraphicsItem):
    """The points of one map tile: drawn once per zoom level into a device pixmap, then blitted
    (panning and repaints cost a copy; tiles off screen are not painted at all). ``quick``: square
    dots without antialiasing nor cache, while the view zooms."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._round = _point_pens(Qt.PenCapStyle.RoundCap, OUTLINE)
        self._square = _point_pens(Qt.PenCapStyle.SquareCap, _opaque(OUTLINE, LAND))
        self.quick = False
        self.polygons: list[QPolygonF] = []
        self._bounds = QRectF()

    def set_bins(self, binned: Sequence[Sequence[QPointF]]) -> None:
        self.prepareGeometryChange()
        self.polygons = [QPolygonF(list(points)) for points in binned]
        xs = [q.x() for points in binned for q in points]
        ys = [q.y() for points in binned for q in points]
        self._bounds = QRectF(min(xs) - 5, min(ys) - 5, max(xs) - min(xs) + 10, max(ys) - min(ys) + 10) \
            if xs else QRectF()
        self.setVisible(bool(xs))
        self.update()

    def set_quick(self, quick: bool) -> None:
        if quick != self.quick:
            self.quick = quick
            self.setCacheMode(QGraphicsItem.CacheMode.NoCache if quick
                              else QGraphicsItem.CacheMode.DeviceCoordinateCache)
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        antialiased = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
        if self.quick:  # the view paints without saving the painter's state: give it back as found
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        outline, pens = self._square if self.quick else self._round
        painter.setPen(outline)
        for polygon in self.polygons:
            if len(polygon):
                painter.drawPoints(polygon)
        for pen, polygon in zip(pens, self.polygons):
            if len(polygon):
                painter.setPen(pen)
                painter.drawPoints(polygon)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)


class PointCloudItem(QGraphicsItem):
    """Every commune as a point coloured by score, in tiles of ``TILE_DEG`` degrees (one
    ``drawPoints`` call per colour bin and tile, each tile cached); hover finds the nearest point.
    A click on a point calls the scene's ``pointClicked`` (code, secondary button)."""

    CELL = 20.0  # hover grid cell, scene units
    TILE_DEG = 2.0

    def __init__(self, points: Sequence[MapPoint] = (), parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.setAcceptHoverEvents(True)
        self.setZValue(20)
        self._bounds = QRectF()
        self._tiles: dict[tuple[int, int], _PointTile] = {}  # reused, never removed
        self.quick = False
        self.set_points(points)

    def set_points(self, points: Sequence[MapPoint]) -> None:
        """Replace the points (tiles are reused: removing Python items from a scene is fragile)."""
        self.prepareGeometryChange()
        self._points = list(points)
        self._positions = [project(p.longitude, p.latitude) for p in self._points]
        scores = [p.score for p in self._points] or [0.0]
        low, high = min(scores), max(scores)
        span = (high - low) or 1.0
        binned: list[list[QPointF]] = [[] for _ in RAMP]
        tiles: dict[tuple[int, int], list[list[QPointF]]] = {}
        grid: dict[tuple[int, int], list[int]] = {}
        for k, (p, pos) in enumerate(zip(self._points, self._positions)):
            b = min(len(RAMP) - 1, int((p.score - low) / span * len(RAMP)))
            binned[b].append(pos)
            key = (int(p.longitude // self.TILE_DEG), int(p.latitude // self.TILE_DEG))
            tiles.setdefault(key, [[] for _ in RAMP])[b].append(pos)
            grid.setdefault((int(pos.x() // self.CELL), int(pos.y() // self.CELL)), []).append(k)
        # QPolygonF built from lists (QPolygonF.append per point trips PySide6 6.12's refcount bug).
        self.bins = _Bins([QPolygonF(points) for points in binned], low, high)
        for key in set(tiles) | set(self._tiles):
            if key not in self._tiles:
                self._tiles[key] = _PointTile(self)
                self._tiles[key].set_quick(self.quick)
            self._tiles[key].set_bins(tiles.get(key, [[] for _ in RAMP]))
        self._grid = grid
        if self._positions:
            xs = [q.x() for q in self._positions]
            ys = [q.y() for q in self._positions]
            self._bounds = QRectF(min(xs) - 5, min(ys) - 5, max(xs) - min(xs) + 10, max(ys) - min(ys) + 10)
        else:
            self._bounds = QRectF()

    def set_quick(self, quick: bool) -> None:
        """Square dots, no antialiasing, no cache (while the view zooms), or round cached ones (at rest)."""
        self.quick = quick
        for tile in self._tiles.values():
            tile.set_quick(quick)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """The tiles paint the points."""

    def nearest(self, pos: QPointF, reach: float) -> MapPoint | None:
        """The point nearest ``pos`` within ``reach`` scene units."""
        best, best_d = None, reach * reach
        cx, cy = int(pos.x() // self.CELL), int(pos.y() // self.CELL)
        span = int(reach // self.CELL) + 1
        for gx in range(cx - span, cx + span + 1):
            for gy in range(cy - span, cy + span + 1):
                for k in self._grid.get((gx, gy), ()):
                    q = self._positions[k]
                    d = (q.x() - pos.x()) ** 2 + (q.y() - pos.y()) ** 2
                    if d <= best_d:
                        best, best_d = self._points[k], d
        return best

    def _under(self, pos: QPointF, widget: QWidget | None) -> MapPoint | None:
        scale = 1.0
        view = widget.parent() if widget is not None else None
        if isinstance(view, QGraphicsView):
            scale = view.transform().m11() or 1.0
        return self.nearest(pos, 6.0 / scale)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        point = self._under(event.pos(), event.widget())
        self.setToolTip(point.tooltip if point else "")
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """A click on a point tells the scene (``pointClicked``); anywhere else the view drags."""
        point = self._under(event.pos(), event.widget())
        clicked = getattr(self.scene(), "pointClicked", None)  # the MapScene's signal
        if point is None or clicked is None:
            event.ignore()
            return
        event.accept()
        clicked.emit(point.code, event.button() == Qt.MouseButton.RightButton)
