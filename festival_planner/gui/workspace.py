"""What every workspace is (title, icon, actions, refresh on change flags) and what the shell lends it.

A workspace is one package under ``gui/`` (``gui/sites/``, later ``gui/map/``, ``gui/leaders/`` …)
whose main class subclasses ``Workspace``. ``app.py`` hands the main window the list of workspace
classes; the window builds the navigation, the stacked views, one menu per workspace and the
toolbar by looping over them. Workspaces never import each other: they meet in the services (data)
and in the ``WorkspaceContext`` (the campaign shown, the undo stack, the site selected anywhere).
"""

from __future__ import annotations

import logging
import uuid
from typing import ClassVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon, QShowEvent, QUndoStack
from PySide6.QtWidgets import QWidget

from festival_planner.gui.changes import Change, ChangeSet
from festival_planner.gui.commands import ServiceCommand
from festival_planner.gui.operations import Operations
from festival_planner.gui.settings import Settings
from festival_planner.services.campaigns import CampaignInfo
from festival_planner.services.communes import CommuneIndex

log = logging.getLogger(__name__)


class WorkspaceContext(QObject):
    """What the shell shares with every workspace: operations, undo stack, settings, the campaign
    shown, the gazetteer index, a status line, and the site selected in any workspace."""

    campaign_changed = Signal(object)  # CampaignInfo | None
    site_selected = Signal(object)  # uuid.UUID: a site chosen in one workspace, for the others to show
    status_message = Signal(str, int)  # text, milliseconds

    def __init__(self, ops: Operations, undo_stack: QUndoStack, settings: Settings,
                 window: QWidget) -> None:
        super().__init__(window)
        self.ops = ops
        self.undo_stack = undo_stack
        self.settings = settings
        self.window = window
        self.campaign: CampaignInfo | None = None
        self._commune_index: CommuneIndex | None = None

    def commune_index(self) -> CommuneIndex:
        """The gazetteer search index of the open database (read once, on first use: what the search
        needs is built in a background thread, so a picker opens at once and typing rarely waits)."""
        if self._commune_index is None:
            self._commune_index = self.ops.read(lambda session: CommuneIndex(session, background=True))
        return self._commune_index

    def database_switched(self) -> None:
        """Forget what belonged to the previous database."""
        self._commune_index = None
        self.undo_stack.clear()

    def push(self, command: ServiceCommand) -> object:
        """Perform an undoable command now (raises when refused, nothing pushed) and put it on the stack."""
        result = command.perform()
        self.undo_stack.push(command)
        return result

    def show_status(self, text: str, msecs: int = 8000) -> None:
        self.status_message.emit(text, msecs)

    def select_site(self, site_id: uuid.UUID) -> None:
        """Tell every workspace that the user picked this site."""
        self.site_selected.emit(site_id)


class Workspace(QWidget):
    """Base of a workspace: subclasses set ``key`` and ``interests`` and implement ``refresh``."""

    key: ClassVar[str] = ""  # stable identifier ("sites"), used for navigation and settings
    interests: ClassVar[Change] = Change.NONE  # the change flags that make it reload
    selection_changed = Signal()

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"{type(self).__name__}")
        self._stale = False
        self._built = False
        context.campaign_changed.connect(lambda _campaign: self.request_refresh())

    @property
    def campaign(self) -> CampaignInfo | None:
        return self.context.campaign

    def title(self) -> str:
        """The name shown in the navigation and as the workspace's menu."""
        raise NotImplementedError

    def icon(self) -> QIcon:
        return QIcon()

    def actions(self) -> list[QAction]:  # type: ignore[override]
        """The workspace's own actions, for its menu and the toolbar (None entries are separators)."""
        return []

    def writing_actions(self) -> list[QAction]:
        """The actions that change the plan: disabled while the database is read-only (the shell puts
        them in one disabled action group, which wins over any ``setEnabled(True)`` of the workspace)."""
        return []

    def toolbar_actions(self) -> list[QAction]:
        """The actions shown on the toolbar while this workspace is current."""
        return self.actions()

    def build(self) -> None:
        """Make the workspace's widgets. Called once, just before the workspace is first shown or one of
        its actions is used — so a hidden workspace costs nothing at start-up (``__init__`` makes only
        its actions and state: the menus, the toolbar and the shortcuts need them from the start)."""

    @property
    def built(self) -> bool:
        """Whether the widgets exist (``build`` has run)."""
        return self._built

    def ensure_built(self) -> None:
        """Make the widgets now if they are not made yet."""
        if not self._built:
            self._built = True
            log.debug("%s builds its widgets", self.key)
            self.build()

    def setVisible(self, visible: bool) -> None:  # the stack shows a workspace: its widgets first
        if visible:
            self.ensure_built()
        super().setVisible(visible)

    def refresh(self) -> None:
        """Reload what the workspace shows from the services."""

    def on_changed(self, changes: ChangeSet) -> None:
        """Called after every write with what it changed: a hidden workspace only marks itself stale
        (it reloads when shown, so hidden workspaces cost nothing); a shown one updates what the change
        set touches (``refresh_for``)."""
        if not changes.touches(self.interests):
            return
        if not self.isVisible() and self.window() is not self:
            self._stale = True
            return
        log.debug("%s refreshes on %s", self.key, changes.flags)
        self.ensure_built()
        self.refresh_for(changes)

    def refresh_for(self, changes: ChangeSet) -> None:
        """Update after a change this workspace cares about (default: reload everything); override to
        update only what the change set touches."""
        self._stale = False
        self.refresh()

    def ensure_fresh(self) -> None:
        """Make the widgets if needed and reload now if a reload is pending (the workspace was hidden
        when the year changed): what its actions and ``MainWindow.workspace`` call first."""
        self.ensure_built()
        if self._stale:
            self._stale = False
            self.refresh()

    def request_refresh(self) -> None:
        """Reload now if the workspace is on screen; otherwise when it is next shown, so hidden
        workspaces cost nothing at start-up or when the year changes."""
        if self.isVisible() or self.window() is self:
            self._stale = False
            self.ensure_built()
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)
