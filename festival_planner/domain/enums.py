"""Enumerations. Their labels, in both languages, live in ``messages.labels`` (one place): render
one with ``messages.label(value)``; ``.label`` is the Vietnamese one (names, printed documents)."""

from __future__ import annotations

import enum

from festival_planner.domain import messages


def _label(value: enum.Enum) -> str:
    return messages.label(value, "vi")


class CommuneKind(str, enum.Enum):
    XA = "xa"
    PHUONG = "phuong"
    DAC_KHU = "dac_khu"

    @property
    def label(self) -> str:
        """The Vietnamese label (``messages.label(self)`` gives the interface language's)."""
        return _label(self)


class SiteStatus(str, enum.Enum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        """The Vietnamese label (``messages.label(self)`` gives the interface language's)."""
        return _label(self)


class InvitationRole(str, enum.Enum):
    HEAD = "head"
    MEMBER = "member"


class InvitationStatus(str, enum.Enum):
    PROPOSED = "proposed"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class ChecklistStatus(str, enum.Enum):
    """Status of a checklist item or campaign task (the CLI's words: todo/in_progress/done/blocked)."""

    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    BLOCKED = "blocked"

    @property
    def label(self) -> str:
        """The Vietnamese label (``messages.label(self)`` gives the interface language's)."""
        return _label(self)


class TemplateScope(str, enum.Enum):
    """What a checklist template is applied to: a site (its date) or the campaign (the festival day)."""

    SITE = "site"
    CAMPAIGN = "campaign"


class ProgrammePart(str, enum.Enum):
    """The two parts of a site's day: the ceremony (phần lễ) and the festivities (phần hội)."""

    CEREMONY = "ceremony"
    FESTIVITIES = "festivities"

    @property
    def label(self) -> str:
        """The Vietnamese label (``messages.label(self)`` gives the interface language's)."""
        return _label(self)


class BudgetCategory(str, enum.Enum):
    """What a budget line pays for."""

    STAGE = "stage"
    SOUND = "sound"
    TENTS = "tents"
    FLOWERS = "flowers"
    GIFTS = "gifts"
    AWARDS = "awards"
    TRANSPORT = "transport"
    MEALS = "meals"
    MEDIA = "media"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The Vietnamese label (``messages.label(self)`` gives the interface language's)."""
        return _label(self)




class FundingSource(str, enum.Enum):
    """Who pays a budget line."""

    CENTRAL = "central"
    PROVINCIAL = "provincial"
    LOCAL = "local"
    SPONSORSHIP = "sponsorship"

    @property
    def label(self) -> str:
        """The Vietnamese label (``messages.label(self)`` gives the interface language's)."""
        return _label(self)


class CommendationKind(str, enum.Enum):
    """A commendation goes to a collective (a unit, a village) or to a person."""

    COLLECTIVE = "collective"
    INDIVIDUAL = "individual"

    @property
    def label(self) -> str:
        """The Vietnamese label (``messages.label(self)`` gives the interface language's)."""
        return _label(self)


class GiftRecipientKind(str, enum.Enum):
    """A gift goes to a household (poor or policy family) or to a unit (the commune, a school)."""

    HOUSEHOLD = "household"
    UNIT = "unit"

    @property
    def label(self) -> str:
        """The Vietnamese label (``messages.label(self)`` gives the interface language's)."""
        return _label(self)
