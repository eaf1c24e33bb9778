"""Planning parameters saved with the campaign (one row of ``campaign_planning`` per campaign).

The travel model (``geo.travel.TravelParameters``) lives here, so that the conflicts, the accept rule
of an invitation, the Leaders and Sites views, the printed itinerary and the CLI all read the same
values whoever opens the plan. A campaign that never saved one uses the defaults.
"""

from __future__ import annotations

import math
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from festival_planner.domain.errors import ValidationError
from festival_planner.domain.models import Campaign, CampaignPlanning
from festival_planner.geo.travel import LIMITS, TravelParameters
from festival_planner.services import changelog, rows

ENTITY = "campaign_planning"


def planning_row(session: Session, campaign_id: uuid.UUID) -> CampaignPlanning | None:
    """The campaign's planning row (travel model, document settings), None before anything is saved."""
    return session.scalar(select(CampaignPlanning).where(CampaignPlanning.campaign_id == campaign_id))


def save_planning_value(session: Session, campaign_id: uuid.UUID, column: str, value: dict | None,
                        expected_version: int | None, stale_code: str) -> int:
    """Write one JSON column of the campaign's planning row (None: back to the defaults), creating the
    row on first use; refused with ``stale_code`` when someone saved since ``expected_version``. A
    versioned update with the change log; returns the row's new version."""
    rows.load(session, Campaign, campaign_id, "unknown_campaign_id")
    row = planning_row(session, campaign_id)
    if row is None:
        if value is None:
            return 0
        row = CampaignPlanning(campaign_id=campaign_id, **{column: value})
        session.add(row)
        session.flush()
        changelog.record(session, ENTITY, row.id, "create", None, {column: value})
        return row.version
    rows.apply_update(session, ENTITY, row, expected_version if expected_version else row.version,
                      {column: value}, stale_code)
    return row.version


def saved_travel_parameters(session: Session, campaign_id: uuid.UUID) -> tuple[TravelParameters | None, int | None]:
    """The travel model saved with the campaign (None when it never saved one) and the row's version."""
    rows.load(session, Campaign, campaign_id, "unknown_campaign_id")
    row = planning_row(session, campaign_id)
    if row is None:
        return None, None
    return (TravelParameters.from_json(row.travel) if row.travel is not None else None), row.version


def travel_parameters(session: Session, campaign_id: uuid.UUID) -> TravelParameters:
    """The travel model every conflict check of the campaign uses (the defaults when none is saved)."""
    row = planning_row(session, campaign_id)
    if row is None or row.travel is None:
        return TravelParameters()
    return TravelParameters.from_json(row.travel)


def validate_travel(params: TravelParameters) -> TravelParameters:
    """Refuse numbers outside their range and a daily travel window that ends before it starts."""
    for name, (low, high) in LIMITS.items():
        value = getattr(params, name)
        if not isinstance(value, (int, float)) or not math.isfinite(value) or not low <= value <= high:
            raise ValidationError("travel_bad_value", field=name, field_key=f"travel_field.{name}", value=value,
                                  low=f"{low:g}", high=f"{high:g}")
    if params.travel_day_end <= params.travel_day_start:
        raise ValidationError("travel_bad_window", field="travel_day_end", start=params.travel_day_start,
                              end=params.travel_day_end)
    return params


def save_travel_parameters(session: Session, campaign_id: uuid.UUID, params: TravelParameters | None,
                           expected_version: int | None = None) -> int:
    """Save the campaign's travel model (None: back to the defaults), refused when someone saved since
    ``expected_version``; a versioned update with the change log. Returns the row's new version."""
    rows.load(session, Campaign, campaign_id, "unknown_campaign_id")
    value = validate_travel(params).to_json() if params is not None else None
    return save_planning_value(session, campaign_id, "travel", value, expected_version, "stale_campaign_planning")
