"""The one error family the core raises: a stable code and its parameters, never a sentence.

The text a person reads is rendered at the edge (GUI, CLI) from the catalogue of the interface
language (``festival_planner.domain.messages``); ``exc.message`` renders it in the current language.
Raise as ``ValidationError("date_outside_window", field="date", date=..., start=..., end=...)``.
"""

from __future__ import annotations


class FestivalPlannerError(Exception):
    """A problem the user can act on. ``code`` is stable (tests, CLI JSON); ``params`` fill its text."""

    code = "error"

    def __init__(self, code: str | None = None, /, **params: object) -> None:
        if code is not None:
            self.code = code
        self.params = params
        super().__init__(self.code)

    @property
    def message(self) -> str:
        """The text for people, in the current interface language."""
        from festival_planner.domain.messages import render

        return render(self.code, self.params)

    def text(self, language: str) -> str:
        """The text for people in ``language`` ("vi" or "en")."""
        from festival_planner.domain.messages import render

        return render(self.code, self.params, language)

    def __str__(self) -> str:
        return self.message


class ValidationError(FestivalPlannerError):
    """Input that breaks a rule (date outside the window, missing venue, ...)."""

    code = "validation"


class NotFoundError(FestivalPlannerError):
    """A commune, campaign or site that does not exist."""

    code = "not_found"


class ConflictError(FestivalPlannerError):
    """Someone else changed the row since it was read (optimistic locking)."""

    code = "conflict"


class DatabaseError(FestivalPlannerError):
    """The database file cannot be opened, read, written or upgraded."""

    code = "database"


class OutputError(FestivalPlannerError):
    """A file the app writes for people (PDF, Word, workbook, calendar, picture) could not be written
    whole; the previous file, if any, is unchanged."""

    code = "output"
