"""The shape every editing dialog shares: it writes nothing itself. On OK it hands ``values()`` to
``submit`` (the main window's undoable command); a ``FestivalPlannerError`` is shown inline in red
and the dialog stays open, with nothing written."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QLabel, QWidget

from festival_planner.domain.errors import FestivalPlannerError

log = logging.getLogger(__name__)

Submit = Callable[[dict[str, Any]], None]


class SubmitDialog(QDialog):
    """Base of the editing dialogs: error label, OK/Cancel buttons, submit on OK."""

    def __init__(self, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def add_buttons(self, layout: QBoxLayout, ok_text: str, cancel_text: str) -> None:
        """Put the error label and the buttons at the bottom of ``layout`` (texts translated by the subclass)."""
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, Any]:
        """The form as keyword arguments for the service."""
        raise NotImplementedError

    def problem(self, values: dict[str, Any]) -> str | None:
        """A problem to show before submitting anything (None: go ahead)."""
        return None

    def needs_submit(self, values: dict[str, Any]) -> bool:
        """False when there is nothing to write (an edit that changed nothing)."""
        return bool(values)

    def show_error(self, message: str, field: str | None = None) -> None:
        """Show a problem in red under the form (``field``: the field it is about, if any)."""
        self._error_field = field
        self.error_label.setText(message)
        self.error_label.show()

    def clear_error(self) -> None:
        self._error_field = None
        self.error_label.hide()
        self.error_label.clear()

    def field_edited(self, *fields: str) -> None:
        """Subclasses call this when the user edits a field: an error about that field goes away."""
        if getattr(self, "_error_field", None) in fields:
            self.clear_error()

    def accept(self) -> None:
        values = self.values()
        problem = self.problem(values)
        if problem:
            self.show_error(problem)
            return
        if self.needs_submit(values):
            try:
                self._submit(values)
            except FestivalPlannerError as exc:
                log.info("%s refused: %s", type(self).__name__, exc.message)
                field = exc.params.get("field")
                self.show_error(exc.message, field if isinstance(field, str) else None)
                return
        super().accept()
