"""The add-site picker's gazetteer index is read once the Sites table is shown and built off the GUI
thread (issue 19 item 5): the dialog then opens on it and the first address typed is found."""

from __future__ import annotations

from festival_planner.gui.main_window import MainWindow

from .helpers import QUANG_SON


def test_the_picker_index_is_prepared_ahead_and_the_dialog_uses_it(qtbot, campaign_window: MainWindow) -> None:
    window = campaign_window
    workspace = window.workspace("sites")
    window.show_workspace("sites")
    assert workspace.isVisible()
    workspace._prepare_picker()  # what the timer after the first refresh does
    index = workspace.context._commune_index
    assert index is not None and index.preparing is not None
    index.preparing.join()
    assert index._built is not None and index._matcher is not None
    dialog = workspace.open_add_dialog()
    assert dialog._index is index
    dialog.set_search_text("Xã Quảng Sơn, Lâm Đồng")
    dialog._search_now()
    assert dialog.result_codes()[0] == QUANG_SON
    dialog.reject()
