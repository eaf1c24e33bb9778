"""What a printed report says, as plain data (no Qt): the document model, the wording templates and
the builders that read the services."""

from festival_planner.reports.content.builders import (
                                                       Options,
                                                       campaign_site_ids,
                                                       field_checklist_document,
                                                       itinerary_document,
                                                       overview_document,
                                                       site_schedule_document,
)
from festival_planner.reports.content.model import Document, place_and_date

__all__ = ["Document", "Options", "campaign_site_ids", "field_checklist_document", "itinerary_document",
           "overview_document", "place_and_date", "site_schedule_document"]
