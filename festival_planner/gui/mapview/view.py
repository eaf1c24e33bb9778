"""A view of the country map: wheel zoom about the mouse, drag pan, fit-to-country.

A wheel step only rescales and repaints: the labels' layout (which keeps them from overlapping at the
new zoom) and the points' round, cached dots wait until the zoom has settled — a single-shot timer
``SETTLE_MS`` after the last step, restarted by every step — so that a step repaints in a frame.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from festival_planner.gui.mapview.scene import MapScene


class MapView(QGraphicsView):
    """A view of the map with wheel zoom (about the mouse), drag pan and fit-to-country.

    ``settled`` is emitted once a zoom has settled and the labels are laid out for it."""

    SETTLE_MS = 150
    MIN_SCALE, MAX_SCALE = 0.2, 200.0
    settled = Signal()

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(self.SETTLE_MS)
        self._settle.timeout.connect(self.settle)
        # Fitted to the country until the user zooms or pans: a resize (the splitter, the window, the
        # workspace shown at another size) fits it again instead of cutting the country's edge.
        self._fitted = False

    def map_scene(self) -> MapScene | None:
        scene = self.scene()
        return scene if isinstance(scene, MapScene) else None

    def fit_country(self) -> None:
        """Show the whole country with both archipelagos (labels laid out at once)."""
        scene = self.map_scene()
        if scene is not None:
            self.fitInView(scene.country_rect, Qt.AspectRatioMode.KeepAspectRatio)
            self._fitted = True
            self.settle()

    @property
    def fitted(self) -> bool:
        """True while the view shows the country as ``fit_country`` left it (no zoom or pan since)."""
        return self._fitted

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        scene = self.map_scene()
        if self._fitted and scene is not None:
            self.fitInView(scene.country_rect, Qt.AspectRatioMode.KeepAspectRatio)
            self._settle.start()  # labels for the new size once the resizing stops

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:  # a drag pans
            self._fitted = False
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._fitted = False  # the arrow keys and Page Up/Down scroll
        super().keyPressEvent(event)

    @property
    def zooming(self) -> bool:
        """True between a zoom step and the moment it settles (labels not yet laid out for it)."""
        return self._settle.isActive()

    def zoom(self, factor: float, at: QPointF | None = None) -> None:
        """Zoom by ``factor`` keeping the scene point under ``at`` (viewport pixels; default the
        centre) where it is; labels and round dots follow once the zoom settles."""
        current = self.transform().m11()
        if not self.MIN_SCALE < current * factor < self.MAX_SCALE:
            return
        self._fitted = False
        anchor = QPointF(self.viewport().rect().center()) if at is None else at
        target = self.mapToScene(anchor.toPoint())
        scene = self.map_scene()
        if scene is not None and scene.points_item is not None:
            scene.points_item.set_quick(True)
        self.scale(factor, factor)
        moved = self.mapFromScene(target) - anchor.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        self._settle.start()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not event.angleDelta().y():  # a sideways wheel or a touchpad's sideways swipe pans
            super().wheelEvent(event)
            return
        self.zoom(1.2 ** (event.angleDelta().y() / 120.0), event.position())
        event.accept()

    def settle(self) -> None:
        """What the timer does once a zoom settles (now): lay out the labels for this zoom, round dots."""
        self._settle.stop()
        scene = self.map_scene()
        if scene is not None:
            if scene.points_item is not None:
                scene.points_item.set_quick(False)
            scene.layout_labels(self.transform().m11())
        self.settled.emit()
