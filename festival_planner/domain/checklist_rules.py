"""When a checklist item counts as done or overdue on a given day: the one place for both rules.

An item is done *as of* a day when its status is done and it was completed on or before that day
(an item with no completion date recorded counts as done whenever asked). It is overdue as of a
day when it is not done by then and its due date is before that day (due today is not late yet).
Looking back uses the completion dates; statuses other than done carry no history.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, and_, not_, or_

from festival_planner.domain.enums import ChecklistStatus


def done_as_of(status: ChecklistStatus, completed_on: dt.date | None, as_of: dt.date) -> bool:
    """Whether the item was done on ``as_of``."""
    return status is ChecklistStatus.DONE and (completed_on is None or completed_on <= as_of)


def overdue_as_of(status: ChecklistStatus, completed_on: dt.date | None, due_date: dt.date | None,
                  as_of: dt.date) -> bool:
    """Whether the item was late on ``as_of``: due before that day and not done by then."""
    return due_date is not None and due_date < as_of and not done_as_of(status, completed_on, as_of)


# The same two rules as SQL conditions, for summaries counted in the database (kept beside the
# Python form; tests/integration/test_progress.py checks that both agree on every combination).

def done_as_of_sql(status: Any, completed_on: Any, as_of: dt.date) -> ColumnElement[bool]:
    """``done_as_of`` over the columns of a query (``status``, ``completed_on``: columns)."""
    return and_(status == ChecklistStatus.DONE, or_(completed_on.is_(None), completed_on <= as_of))


def overdue_as_of_sql(status: Any, completed_on: Any, due_date: Any, as_of: dt.date) -> ColumnElement[bool]:
    """``overdue_as_of`` over the columns of a query."""
    return and_(due_date.is_not(None), due_date < as_of, not_(done_as_of_sql(status, completed_on, as_of)))
