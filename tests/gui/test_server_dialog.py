"""The team server dialog: its example address reads whole, in the interface's language.

Under Xvfb the dialog opened 324 px wide and the example was cut at "postgresql+psycopg://người_…"
(scripts/walk_dialogs.py); it was also Vietnamese in the English interface.
"""

from __future__ import annotations

from festival_planner import app as app_module
from festival_planner.gui.team import ServerDialog


def example_fits(dialog: ServerDialog) -> bool:
    edit = dialog.address_edit
    return edit.fontMetrics().horizontalAdvance(edit.placeholderText()) <= edit.contentsRect().width() - 8


def test_the_example_address_is_shown_whole(qtbot) -> None:
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.address_edit.placeholderText() == "postgresql+psycopg://người_dùng@máy:5432/tên"
    assert example_fits(dialog)
    assert dialog.width() <= 1366


def test_the_example_address_in_english(qtbot, qapp) -> None:
    translator = app_module.install_translator(qapp, "en")
    assert translator is not None
    try:
        dialog = ServerDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.address_edit.placeholderText() == "postgresql+psycopg://user@host:5432/name"
        assert example_fits(dialog)
    finally:
        qapp.removeTranslator(translator)
