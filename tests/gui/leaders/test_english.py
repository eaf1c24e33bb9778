"""The Leaders workspace and the delegation labels in English when the setting asks for it."""

from __future__ import annotations

from festival_planner import app as app_module
from festival_planner.app import workspace_classes
from festival_planner.domain import messages
from festival_planner.domain.enums import InvitationStatus
from festival_planner.gui.invitation_labels import status_text
from festival_planner.gui.main_window import MainWindow


def test_leaders_workspace_in_english(qtbot, qapp, database, settings) -> None:
    translator = app_module.install_translator(qapp, "en")
    assert translator is not None
    messages.set_language("en")  # as the app does at start: enum labels come from the message catalogue
    try:
        window = MainWindow(database, settings, workspace_classes())
        qtbot.addWidget(window)
        workspace = window.workspace("leaders")
        assert workspace.title() == "Leaders"
        assert workspace.add_action.text() == "Add Leader"
        assert workspace.travel_action.text() == "Travel Parameters…"
        assert "Leaders" in [window.nav.item(i).text() for i in range(window.nav.count())]
        assert status_text(InvitationStatus.ACCEPTED) == "Accepted"
    finally:
        qapp.removeTranslator(translator)
        messages.set_language("vi")
    assert status_text(InvitationStatus.ACCEPTED) == "Nhận lời"
