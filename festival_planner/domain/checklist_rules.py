"""When a checklist item counts as done or overdue on a given day: the one place for both rules.

An item is done *as of* a day when its status is done and it was completed on or before that day
(an item with no completion date recorded counts as done whenever asked). It is overdue as of a
day when it is not done by then and its due date is before that day (due today is not late yet).
Looking back uses the completion dates; statuses other than done carry no history.
"""

from __future__ import annotations

import datetime as dt

from festival_planner.domain.enums import ChecklistStatus


def done_as_of(status: ChecklistStatus, completed_on: dt.date | None, as_of: dt.date) -> bool:
    """Whether the item was done on ``as_of``."""
    return status is ChecklistStatus.DONE and (completed_on is None or completed_on <= as_of)


def overdue_as_of(status: ChecklistStatus, completed_on: dt.date | None, due_date: dt.date | None,
                  as_of: dt.date) -> bool:
    """Whether the item was late on ``as_of``: due before that day and not done by then."""
    return due_date is not None and due_date < as_of and not done_as_of(status, completed_on, as_of)
