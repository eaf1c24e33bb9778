"""Helpers that drive the real widgets the way a user would."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from festival_planner.gui.sites.dialog import SiteDialog

QUANG_SON = "24616"  # Xã Quảng Sơn, Lâm Đồng (old province Đắk Nông)


def pick_commune(qtbot, dialog: SiteDialog, text: str, code: str) -> None:
    """Type into the picker, wait for the debounced search, select the commune with ``code``."""
    assert dialog.search_edit is not None
    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, text)
    qtbot.waitUntil(lambda: code in dialog.result_codes(), timeout=3000)
    assert dialog.select_commune(code)


def set_date(dialog: SiteDialog, day: dt.date) -> None:
    dialog.date_edit.setDate(QDate(day.year, day.month, day.day))


def accept(qtbot, dialog: SiteDialog) -> None:
    """Click OK and check the dialog closed with Accepted."""
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()


def add_site(qtbot, window, text: str, code: str, day: dt.date, venue: str = "") -> None:
    dialog = window.workspace("sites").open_add_dialog()
    assert dialog is not None
    pick_commune(qtbot, dialog, text, code)
    set_date(dialog, day)
    dialog.venue_edit.setText(venue)
    accept(qtbot, dialog)
