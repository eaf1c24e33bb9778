"""What a change touched: the flags and change sets of ``domain.changes``, for the GUI's modules.

Every write returns its ``ChangeSet`` from the data (``Database.write``); each workspace refreshes
only when the set touches its ``interests`` (after Anki's ``OpChanges``).
"""

from __future__ import annotations

from festival_planner.domain.changes import Change, ChangeSet

__all__ = ["Change", "ChangeSet"]
