"""Every write from the GUI goes through here (after Anki's ``aqt.operations``).

``Operations.perform`` runs one service call through the write door (everything or nothing is
written) and announces what changed — the ``ChangeSet`` the data reported, never a declaration;
``Operations.run`` does the same but shows a ``FestivalPlannerError`` in a message box, the same way
everywhere, instead of raising it. ``Operations.read`` goes through the read door.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from festival_planner.domain.changes import ChangeSet
from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.store.database import Database

log = logging.getLogger(__name__)

T = TypeVar("T")


class Operations(QObject):
    """Runs service calls against one database and emits ``changed(ChangeSet)`` after each write."""

    changed = Signal(object)  # ChangeSet

    def __init__(self, database: Database, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.database = database
        self._parent_widget = parent_widget
        # The version of each site as this window last read or wrote it: undo/redo steps pass it to the
        # services, so a change made meanwhile by someone else is refused instead of overwritten.
        self.known_versions: dict[uuid.UUID, int] = {}

    def read(self, call: Callable[[Session], T]) -> T:
        """Run a read-only service call through the read door (never the write lock; errors propagate)."""
        with self.database.read() as session:
            return call(session)

    def perform(self, call: Callable[[Session], T]) -> T:
        """Run a writing service call through the write door; raise its error, emit what it changed."""
        return self.perform_tracked(call)[0]

    def perform_tracked(self, call: Callable[[Session], T]) -> tuple[T, ChangeSet]:
        """``perform``, returning what the write changed as well (for commands that undo by it)."""
        result, changes = self.database.perform(call)
        log.debug("operation done, changed: %s", changes.flags)
        self.announce(changes)
        return result, changes

    def announce(self, changes: ChangeSet) -> None:
        """Tell the workspaces what a write made elsewhere changed (a background job's ``Database.perform``)."""
        if changes:
            self.changed.emit(changes)

    def run(self, call: Callable[[Session], T], parent: QWidget | None = None) -> T | None:
        """Like ``perform`` but show a failure to the user and return None."""
        try:
            return self.perform(call)
        except FestivalPlannerError as exc:
            self.show_error(exc, parent)
            return None

    def show_error(self, exc: FestivalPlannerError, parent: QWidget | None = None) -> None:
        """The one way the GUI reports a problem the user can act on."""
        log.info("operation refused: %s (%s)", exc.message, exc.code)
        from festival_planner.gui.dialogs import warn

        warn(parent or self._parent_widget, self.tr("Không thực hiện được"), exc.message)
