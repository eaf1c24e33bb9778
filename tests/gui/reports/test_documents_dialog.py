"""The Printing workspace's "Cơ quan ban hành và người ký…" dialog: the signer typed there prints on the
site schedule, undo brings the previous signer back, bad input and a stale save are refused with
Vietnamese messages, the dialog fits a 1366×768 screen."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from festival_planner.gui.reports.documents_dialog import DocumentSettingsDialog
from festival_planner.gui.reports.workspace import SITE_SCHEDULE
from festival_planner.services import documents
from tests.gui.reports.test_reports_workspace import pdf_text

OLD_NAME, NEW_NAME = "Nguyễn Văn An", "Trần Thị Bình"


@pytest.fixture
def reports(window):
    assert window.campaigns.create_demo_campaign(2026) is not None
    workspace = window.workspace("reports")
    window.show_workspace("reports")
    workspace.refresh()
    return workspace


def save_directly(database, campaign_id, **changes) -> None:
    """A save made by someone else (another window, the CLI)."""
    def save(session) -> None:
        settings, version = documents.saved_document_settings(session, campaign_id)
        documents.save_document_settings(session, campaign_id, replace(settings, **changes), version)

    database.perform(save)


def print_site_schedule(reports, path: Path) -> str:
    site = reports._sites[0]
    reports.set_report(SITE_SCHEDULE)
    reports.set_scope(site.id)
    pdf = reports.export_pdf(str(path))
    assert pdf is not None
    return pdf_text(pdf)


def test_signer_typed_in_the_dialog_prints_and_undo_restores_the_old_one(qtbot, reports, database,
                                                                         tmp_path: Path) -> None:
    campaign = reports.campaign
    save_directly(database, campaign.id, signer_name=OLD_NAME)
    assert OLD_NAME in print_site_schedule(reports, tmp_path / "before.pdf")

    dialog = reports.open_documents_dialog()
    assert dialog is not None and dialog.isVisible()
    assert dialog.name_edit.text() == OLD_NAME and dialog.place_edit.text() == "Hà Nội"
    dialog.name_edit.setFocus()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    dialog.name_edit.insert(NEW_NAME)  # typed through the input method (QTest sends Latin-1 keys only)
    dialog.set_preset("kt")
    assert (dialog.capacity_edit.text(), dialog.title_edit.text()) == ("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    text = print_site_schedule(reports, tmp_path / "after.pdf")
    assert NEW_NAME in text and OLD_NAME not in text and "KT. TRƯỞNG BAN" in text
    stack = reports.context.undo_stack
    assert stack.undoText() == "Sửa cơ quan ban hành và người ký năm 2026"

    stack.undo()
    text = print_site_schedule(reports, tmp_path / "undone.pdf")
    assert OLD_NAME in text and NEW_NAME not in text and "TM. BAN CHỈ ĐẠO" in text
    stack.redo()
    assert NEW_NAME in print_site_schedule(reports, tmp_path / "redone.pdf")


def test_the_shortcut_opens_the_dialog_and_it_fits_a_laptop_screen(qtbot, reports) -> None:
    window = reports.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    opened = [d for d in window.findChildren(DocumentSettingsDialog) if d.isVisible()]
    assert len(opened) == 1
    dialog = opened[0]
    qtbot.waitExposed(dialog)
    frame = dialog.frameGeometry()
    assert frame.width() <= 1366 and frame.height() <= 768 - 40, frame
    assert dialog.minimumSizeHint().height() <= 768 - 88
    image = dialog.grab()
    assert image.width() >= 700 and image.height() > 400
    notes = Path("/work/notes")
    if notes.is_dir():  # for review by eye
        image.save(str(notes / "gui-documents-dialog.png"))
    dialog.reject()


def test_bad_input_is_refused_in_vietnamese_and_nothing_is_saved(qtbot, reports, database) -> None:
    dialog = reports.open_documents_dialog()
    assert "- UBND {tỉnh};" in dialog.recipient_edits["site_schedule"].toPlainText()
    dialog.name_edit.setText("Nguyễn Văn 2")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "Họ và tên người ký" in dialog.error_label.text() and dialog.focusWidget() is dialog.name_edit
    dialog.name_edit.setText(NEW_NAME)
    dialog.symbol_edits["overview"].setText("BC/BCĐ")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    message = dialog.error_label.text()
    assert "Ký hiệu văn bản “BC/BCĐ” (Báo cáo tiến độ)" in message and "overview" not in message
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Báo cáo tiến độ"
    dialog.recipient_edits["site_schedule"].setPlainText("- UBND {tinh};")
    dialog.symbol_edits["overview"].setText("BC-BCĐ")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "{tinh}" in dialog.error_label.text() and "Chương trình tại điểm" in dialog.error_label.text()
    assert "{tỉnh}" in dialog.error_label.text() and "province" not in dialog.error_label.text()
    assert reports.context.undo_stack.count() == 0
    with database.read() as session:
        assert documents.saved_document_settings(session, reports.campaign.id)[1] is None

    # The placeholders read and typed in Vietnamese are saved as the builders' keys.
    dialog.recipient_edits["site_schedule"].setPlainText("- UBND {tỉnh};\n- UBND {xã};\n- Lưu: VT.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with database.read() as session:
        saved = documents.document_settings(session, reports.campaign.id)
    assert saved.recipients["site_schedule"] == ("- UBND {province};", "- UBND {commune};", "- Lưu: VT.")


def test_a_save_made_meanwhile_is_refused_then_reload_shows_it(qtbot, reports, database) -> None:
    dialog = reports.open_documents_dialog()
    save_directly(database, reports.campaign.id, signer_name=OLD_NAME)  # someone else, after the dialog read
    dialog.name_edit.setText(NEW_NAME)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "vừa được người khác sửa" in dialog.error_label.text()
    assert dialog.reload_button.isVisible() and reports.context.undo_stack.count() == 0
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.name_edit.text() == OLD_NAME and not dialog.error_label.isVisible()
    dialog.name_edit.setText(NEW_NAME)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with database.read() as session:
        assert documents.document_settings(session, reports.campaign.id).signer_name == NEW_NAME
