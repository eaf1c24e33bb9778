"""The campaign's travel model in the window: the undoable save, and the one-time offer of the model
older versions kept in the user's settings.

The travel model lives with the plan (``services.planning``), so everyone who opens it sees the same
conflicts. Older versions kept it in each user's settings: when a campaign without a saved model is
shown and the settings hold a model other than the defaults, the window asks once whether to use it
for this year; the setting is then removed (whatever the answer), so the question never comes back.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.geo.travel import TravelParameters
from festival_planner.gui import dialogs
from festival_planner.gui.commands import ServiceCommand
from festival_planner.gui.operations import Operations
from festival_planner.gui.workspace import WorkspaceContext
from festival_planner.services import planning

translate = QCoreApplication.translate


class SaveTravelParametersCommand(ServiceCommand):
    """Save the campaign's travel model; undo writes the previous one back (None: the defaults, as
    when the campaign never saved one)."""

    def __init__(self, ops: Operations, campaign_id: uuid.UUID, before: TravelParameters | None,
                 before_version: int | None, after: TravelParameters | None, text: str | None = None) -> None:
        super().__init__(ops, text or translate("TravelModel", "Đổi thông số di chuyển"))
        self.campaign_id = campaign_id
        self.before, self.after = before, after
        self.version = before_version

    def _save(self, session: Session, params: TravelParameters | None) -> None:
        self.version = planning.save_travel_parameters(session, self.campaign_id, params, self.version)

    def _do(self, session: Session) -> None:
        self._save(session, self.after)

    def _undo(self, session: Session) -> None:
        self._save(session, self.before)


def travel_command(ops: Operations, campaign_id: uuid.UUID, after: TravelParameters | None,
                   text: str | None = None) -> SaveTravelParametersCommand:
    """The command that gives the campaign ``after`` (None: the defaults), from what is saved now."""
    before, version = ops.read(lambda s: planning.saved_travel_parameters(s, campaign_id))
    return SaveTravelParametersCommand(ops, campaign_id, before, version, after, text)


def offer_settings_model(context: WorkspaceContext, parent: QWidget | None) -> bool | None:
    """Ask once whether the campaign shown takes the travel model of the old settings.

    Nothing is asked (None) without a campaign, when the settings hold no model other than the
    defaults, or when the campaign already has its own. Otherwise: True when the model was saved
    with the campaign (one undoable step), False when the user kept the defaults. The setting is
    removed after the answer; a refused save (a read-only file) keeps it for next time."""
    settings = context.settings
    old = settings.legacy_travel_parameters()
    campaign = context.campaign
    if old is None:
        settings.remove_legacy_travel_parameters()  # unreadable or the defaults: nothing to offer
        return None
    if campaign is None:
        return None
    saved, _version = context.ops.read(lambda s: planning.saved_travel_parameters(s, campaign.id))
    if saved is not None:
        return None
    year = str(campaign.year)
    use = dialogs.confirm(
        parent, translate("TravelModel", "Thông số di chuyển"),
        translate("TravelModel", "Thông số di chuyển (tốc độ, hệ số đường bộ, khung giờ đi đường) nay được lưu "
                  "cùng kế hoạch từng năm, để mọi người mở kế hoạch thấy cùng các xung đột lịch. Máy này còn "
                  "giữ thông số riêng của phiên bản trước (khác mặc định). Dùng thông số đó cho năm %1?")
        .replace("%1", year),
        translate("TravelModel", "Dùng cho năm %1").replace("%1", year), translate("TravelModel", "Dùng mặc định"))
    if use:
        text = translate("TravelModel", "Dùng thông số di chuyển cũ cho năm %1").replace("%1", year)
        try:
            context.push(travel_command(context.ops, campaign.id, old, text))
        except FestivalPlannerError as exc:
            context.ops.show_error(exc, parent)
            return None
    settings.remove_legacy_travel_parameters()
    settings.sync()
    return use
