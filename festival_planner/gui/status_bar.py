"""The main window's status bar: a message never runs into the permanent labels on its right.

Qt paints a temporary message up to two pixels before the first permanent widget and cuts it there,
mid-letter, so on a 1366-pixel screen a long message ("Đã sao lưu vào /a/long/path…") reads as if it
ran into the plan's count. Here the message is cut with "…" (in the middle when it is a path-like
text, at the end otherwise), a gap of ``GAP`` pixels is kept before the labels, and the whole message
is the status bar's tooltip while it is cut.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QStatusBar, QStyle, QStyleOption, QWidget

GAP = 12  # pixels between the message and the first permanent label
PATH_WIDTH = 300  # the database path label at most (elided in the middle, whole in its tooltip)


class StatusBar(QStatusBar):
    """A ``QStatusBar`` whose temporary message is elided to the room left by the permanent widgets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(self._message_changed)

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:
        super().addPermanentWidget(widget, stretch)
        self._permanent.append(widget)

    def message_rect(self) -> QRect:
        """Where the message is painted: from the left edge to ``GAP`` pixels before the first visible
        permanent widget."""
        right = self.width() - 12
        for widget in self._permanent:
            if widget.isVisible():
                right = min(right, widget.geometry().left() - GAP)
        return QRect(6, 0, max(0, right - 6), self.height())

    def shown_message(self) -> str:
        """The message as painted (elided to ``message_rect``)."""
        text = self.currentMessage().replace("\n", " ")
        if not text:
            return ""
        mode = Qt.TextElideMode.ElideMiddle if "/" in text or "\\" in text else Qt.TextElideMode.ElideRight
        return self.fontMetrics().elidedText(text, mode, self.message_rect().width())

    def _message_changed(self, text: str) -> None:
        self.setToolTip(text if text and self.shown_message() != text.replace("\n", " ") else "")

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._message_changed(self.currentMessage())

    def paintEvent(self, event: QPaintEvent) -> None:
        """As ``QStatusBar`` paints (panel, the permanent widgets' frames), with the message elided."""
        if not self.currentMessage():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        for widget in self._permanent:
            if widget.isVisible():
                frame = QStyleOption()
                frame.rect = widget.geometry().adjusted(-2, -1, 2, 1)
                frame.palette = self.palette()
                frame.state = QStyle.StateFlag.State_None
                self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameStatusBarItem, frame, painter, widget)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.message_rect(), int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
                                                  | Qt.TextFlag.TextSingleLine), self.shown_message())
        painter.end()
