"""The campaign's national workplan as a whole: what applying a template would create (the preview the
GUI asks with), and editing the festival year's plan together with the workplan's due dates — moving
the festival day moves the due dates of the tasks not yet done, in the caller's one transaction, and
undo puts both back (the festival-day twin of ``site_edits``)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from festival_planner.domain.enums import ChecklistStatus, TemplateScope
from festival_planner.domain.errors import NotFoundError, ValidationError
from festival_planner.domain.models import Campaign
from festival_planner.domain.text import fold
from festival_planner.services import campaigns, checklist_templates, checklists, rows
from festival_planner.services.campaigns import CampaignInfo
from festival_planner.services.checklists import DueDateMove, EditWithMoves


@dataclass(frozen=True)
class PlannedTask:
    """One task a workplan template would create, with its due date counted back from the festival day."""

    title: str
    category: str
    owner: str
    due_date: dt.date


@dataclass(frozen=True)
class WorkplanPreview:
    """What ``checklists.apply_workplan`` would create for a campaign (writes nothing)."""

    template: str
    festival_day: dt.date
    tasks: tuple[PlannedTask, ...]
    existing: int  # tasks the campaign has already (applying again needs ``replace``)

    @property
    def first_due(self) -> dt.date | None:
        return min((t.due_date for t in self.tasks), default=None)

    @property
    def last_due(self) -> dt.date | None:
        return max((t.due_date for t in self.tasks), default=None)


def workplan_templates(session: Session) -> list[tuple[str, int]]:
    """The workplan (campaign-scope) templates as (name, number of items): those in the database and the
    shipped ones not installed yet (installed on first use); a read, never a write."""
    found = {t.name: len(t.items) for t in checklist_templates.list_templates(session, TemplateScope.CAMPAIGN)}
    folded = {fold(name) for name in found}
    for name, _description, scope, specs in checklist_templates.shipped_templates():
        if scope is TemplateScope.CAMPAIGN and fold(name) not in folded:
            found[name] = len(specs)
    return sorted(found.items(), key=lambda item: (fold(item[0]) != fold(checklist_templates.DEFAULT_WORKPLAN),
                                                    fold(item[0])))


def _festival_day(session: Session, campaign_id: uuid.UUID) -> dt.date:
    return rows.load(session, Campaign, campaign_id, "unknown_campaign_id").festival_day


def _specs(session: Session, name: str) -> tuple[str, list[checklist_templates.TemplateItemSpec]]:
    row = checklist_templates.find_template(session, name)
    if row is not None:
        if row.scope is not TemplateScope.CAMPAIGN:
            raise ValidationError("template_wrong_scope", name=row.name, scope=row.scope)
        return row.name, [item.spec() for item in row.items]
    for shipped, _description, scope, specs in checklist_templates.shipped_templates():
        if fold(shipped) == fold(name) and scope is TemplateScope.CAMPAIGN:
            return shipped, list(specs)
    raise NotFoundError("unknown_template_name", name=name)


def preview_workplan(session: Session, campaign_id: uuid.UUID, template_name: str | None = None) -> WorkplanPreview:
    """The tasks applying ``template_name`` (default "Kế hoạch toàn quốc") would create, in order, with
    their due dates counted back from the festival day, and how many tasks the campaign has now."""
    day = _festival_day(session, campaign_id)
    name, specs = _specs(session, template_name or checklist_templates.DEFAULT_WORKPLAN)
    tasks = tuple(PlannedTask(s.title, s.category, s.default_owner, day - dt.timedelta(days=s.days_before))
                  for s in specs)
    existing = len(checklists.list_campaign_tasks(session, campaign_id))
    return WorkplanPreview(name, day, tasks, existing)


def preview_task_moves(session: Session, campaign_id: uuid.UUID, new_day: dt.date) -> list[DueDateMove]:
    """The open tasks whose due dates would move if the festival day became ``new_day`` (writes nothing)."""
    delta = new_day - _festival_day(session, campaign_id)
    if not delta:
        return []
    return [DueDateMove(r.id, r.title, r.due_date, r.due_date + delta)
            for r in checklists.list_campaign_tasks(session, campaign_id)
            if r.due_date is not None and r.status is not ChecklistStatus.DONE]


CampaignEdit = EditWithMoves[CampaignInfo]  # a campaign after an edit, and the workplan due dates it moved


def update_campaign(session: Session, campaign_id: uuid.UUID, expected_version: int, *, move_tasks: bool = True,
                    **changes: Any) -> CampaignEdit:
    """``campaigns.update_campaign``; when the festival day changes and ``move_tasks``, the workplan's
    tasks not yet done move by the same number of days (all in the caller's transaction)."""
    old_day = _festival_day(session, campaign_id)
    row = campaigns.update_campaign(session, campaign_id, expected_version, **changes)
    moves: list[DueDateMove] = []
    if move_tasks and row.festival_day != old_day:
        moves = checklists.move_task_due_dates(session, campaign_id, old_day, row.festival_day)
    return CampaignEdit(row, tuple(moves))


def undo_update_campaign(session: Session, campaign_id: uuid.UUID, expected_version: int,
                         moves: tuple[DueDateMove, ...], **old_values: Any) -> CampaignEdit:
    """Undo of ``update_campaign``: the moved due dates go back, then the campaign's old values."""
    back = checklists.undo_due_date_moves(session, moves)
    row = campaigns.update_campaign(session, campaign_id, expected_version, **old_values)
    return CampaignEdit(row, tuple(back))
