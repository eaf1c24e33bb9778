"""The one error type the core raises, with a user-facing Vietnamese message and a stable code."""

from __future__ import annotations


class FestivalPlannerError(Exception):
    """A problem the user can act on. ``code`` is stable (tests, CLI JSON); ``message`` is for people."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, **params: object) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.params = params

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
    """The database file cannot be opened, read or upgraded."""

    code = "database"
