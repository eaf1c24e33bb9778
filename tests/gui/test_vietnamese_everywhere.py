"""Every dialog the app opens speaks Vietnamese: no English button or label in the Vietnamese UI.

Blocking dialogs (file dialogs, the year prompt, confirmations) are opened through the app's real
code path; a timer inspects the modal dialog once it is up, records its texts and closes it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QLineEdit, QMessageBox, QWidget

from festival_planner.gui import dialogs
from festival_planner.gui.qt_catalogue import install_qt_catalogue
from festival_planner.services import sites

from .sites.helpers import QUANG_SON

ORIGINAL_EXEC = QMessageBox.exec
ORIGINALS = {name: getattr(dialogs, name) for name in ("warn", "inform", "confirm")}
ENGLISH = {"ok", "cancel", "yes", "no", "close", "save", "open", "apply", "help", "reset", "discard", "abort",
           "retry", "ignore", "show details...", "hide details...", "look in:", "file name:", "files of type:",
           "back", "forward", "detail view", "list view", "create new folder", "name", "size", "type",
           "date modified", "choose", "new folder", "delete", "rename", "select all", "undo", "redo", "copy",
           "paste", "cut", "parent directory", "all files (*)"}


def texts_of(widget: QWidget) -> list[str]:
    found = [widget.windowTitle()]
    for child in widget.findChildren(QAbstractButton):
        if child.isVisibleTo(widget):
            found += [child.text(), child.toolTip()]
    for child in widget.findChildren(QLabel):
        if child.isVisibleTo(widget):
            found.append(child.text())
    for child in widget.findChildren(QLineEdit):
        found.append(child.placeholderText())
    return [t for t in found if t]


def english_in(texts: list[str]) -> list[str]:
    return [t for t in texts if t.replace("&", "").strip().lower() in ENGLISH]


@pytest.fixture
def vietnamese_qt(qapp, monkeypatch):
    translator = install_qt_catalogue(qapp, "vi")
    monkeypatch.setattr(QMessageBox, "exec", ORIGINAL_EXEC)
    for name, function in ORIGINALS.items():
        monkeypatch.setattr(dialogs, name, function)
    yield
    qapp.removeTranslator(translator)


def walk_modal(qtbot, open_it, seen: list[str]) -> None:
    """Run ``open_it`` (which blocks on a modal dialog); record the dialog's texts and close it."""
    def inspect() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(50, inspect)
            return
        seen.extend(texts_of(modal))
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()

    QTimer.singleShot(50, inspect)
    open_it()


def test_every_dialog_shows_vietnamese_buttons(qtbot, campaign_window, vietnamese_qt) -> None:
    window = campaign_window
    workspace = window.workspace("sites")
    seen: dict[str, list[str]] = {}

    add = workspace.open_add_dialog()
    seen["add site"] = texts_of(add)
    add.reject()
    with window.database.transaction() as session:
        row = sites.add_site(session, window.campaign.id, QUANG_SON, dt.date(2026, 8, 5))
    workspace.refresh()
    edit = workspace.open_edit_dialog(row)
    seen["edit site"] = texts_of(edit)
    edit.reject()
    plan = window.campaigns.open_campaign_dialog()
    seen["year plan"] = texts_of(plan)
    plan.reject()
    about = window.files.show_about()
    seen["about"] = texts_of(about)
    about.close()
    window.files.backup()
    restore = window.files.open_restore_dialog()
    seen["restore"] = texts_of(restore) + [restore.table.horizontalHeaderItem(i).text()
                                           for i in range(restore.table.columnCount())]
    restore.reject()

    reports = window.workspace("reports")
    window.show_workspace("reports")
    reports.refresh()
    documents = reports.open_documents_dialog()
    seen["issuer and signer"] = texts_of(documents) + [documents.tabs.tabText(i) for i in range(documents.tabs.count())]
    documents.reject()
    reports.set_report("overview")
    reports.missing_combo.setCurrentIndex(reports.missing_combo.findData("refuse"))

    def refused_print() -> None:
        reports.set_report("site_schedule")
        reports.set_scope(reports._sites[0].id)
        reports.export_pdf("/nonexistent/never-written.pdf")

    for name, opener in (("delete confirmation", lambda: workspace.delete_site(row)),
                         ("map image", lambda: (reports.set_report("overview"), reports.browse_map())),
                         ("missing facts", refused_print),
                         ("new year prompt", window.campaigns.ask_new_campaign),
                         ("demo prompt", window.campaigns.ask_demo_campaign),
                         ("open file", window.files.open_database_file),
                         ("new file", window.files.new_database),
                         ("warning", lambda: dialogs.warn(window, "Không thực hiện được", "Lỗi thử"))):
        seen[name] = []
        walk_modal(qtbot, opener, seen[name])
        assert seen[name], f"{name}: no dialog was seen"

    english = {name: english_in(texts) for name, texts in seen.items() if english_in(texts)}
    assert not english, f"English texts in the Vietnamese UI: {english}"
    assert any(t.replace("&", "") in ("Hủy", "Không xóa") for t in seen["delete confirmation"])
