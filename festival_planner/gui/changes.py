"""What a change touched: every undoable command declares it, and each workspace refreshes only on
the flags it cares about (after Anki's ``OpChanges``)."""

from __future__ import annotations

import enum


class Change(enum.Flag):
    """The kinds of data a write can change."""

    NONE = 0
    CAMPAIGNS = enum.auto()    # a festival year's plan: window, festival day, target; a new year
    SITES = enum.auto()        # sites of a campaign: added, edited, deleted
    LEADERS = enum.auto()      # the leaders' directory
    INVITATIONS = enum.auto()  # delegations: who is invited where, and their answers
    CHECKLISTS = enum.auto()   # checklist templates, items and campaign tasks
    PROGRAMME = enum.auto()    # the programme of a site's day
    BUDGET = enum.auto()       # budget lines, commendations, gifts
    SELECTION = enum.auto()    # selector settings and scenarios
    DATABASE = enum.auto()     # another database file was opened: everything is new

    @classmethod
    def everything(cls) -> Change:
        everything = cls.NONE
        for flag in cls:
            everything |= flag
        return everything
