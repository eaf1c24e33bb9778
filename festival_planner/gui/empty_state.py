"""A hint shown over an empty table that says how to fill it ("Chưa có điểm nào… Mở Chọn điểm…"),
hidden as soon as the table has a row. Used by the workspaces whose first view is a table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyStateHint(QLabel):
    """Centred over ``view``'s viewport while ``model`` (the view's own by default; give the source
    model under a filter, so a filter that hides every row is not taken for an empty plan) has no
    rows; the text may change (a year's name)."""

    def __init__(self, view: QAbstractItemView, text: str = "", model: QAbstractItemModel | None = None) -> None:
        super().__init__(text, view.viewport())
        self.setObjectName("emptyStateHint")
        self.view = view
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("color: palette(placeholder-text); font-size: 11pt; padding: 24px;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        self.model = model = model or view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self.update_visibility)
        self.update_visibility()

    def set_hint(self, text: str) -> None:
        self.setText(text)
        self.update_visibility()

    def update_visibility(self, *_args: object) -> None:
        empty = self.model.rowCount() == 0 and bool(self.text())
        self.setVisible(empty)
        if empty:
            self._place()

    def _place(self) -> None:
        self.setGeometry(self.view.viewport().rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False
