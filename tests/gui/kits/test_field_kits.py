"""Field kits driven through the real dialogs and workspaces on a real SQLite file: export two sites,
open the kit (wrong passphrase first), work in field mode, print, send back, change the office, merge
with one conflict, undo, merge again."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import select

from festival_planner.domain import messages
from festival_planner.domain.models import ChecklistItem, ProgrammeItem
from festival_planner.gui import dialogs
from festival_planner.gui.checklists.item_model import Column
from festival_planner.gui.checklists.tables import ProgrammeModel
from tests.integration.kit_fixtures import PASSPHRASE, demo_database

from ..sites.helpers import QUANG_SON, pick_commune, set_date

SCREEN = (1366, 768)


@pytest.fixture
def office(qtbot, db_path: Path, settings):  # type: ignore[no-untyped-def]
    """The main window over the 2026 demo year (checklists on its first sites) and those sites' ids."""
    from festival_planner.app import workspace_classes
    from festival_planner.gui.main_window import MainWindow

    database, site_ids = demo_database(db_path)
    window = MainWindow(database, settings, workspace_classes())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.campaigns.select_year(2026) or window.campaign is not None
    yield window, site_ids
    window.database.close()


def fits(dialog) -> None:  # type: ignore[no-untyped-def]
    assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1], (dialog.width(), dialog.height())


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", " ".join(
        page.extract_text() or "" for page in PdfReader(str(path)).pages)))


def export_through_dialog(qtbot, window, site_ids, out: Path):  # type: ignore[no-untyped-def]
    window.show_workspace("sites")
    window.workspace("sites").view.select_sites(site_ids)
    dialog = window.kits.open_export_dialog()
    assert dialog is not None and dialog.isVisible()
    fits(dialog)
    assert set(dialog.chosen_site_ids()) == set(site_ids)  # the sites selected in Sites come ticked
    assert dialog.expires_on() == dt.date.today() + dt.timedelta(days=30)
    assert not dialog.contacts_box.isChecked() and dialog.contacts_warning.isHidden()
    dialog.contacts_box.setChecked(True)
    assert not dialog.contacts_warning.isHidden()
    dialog.contacts_box.setChecked(False)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.passphrase_again.setText(PASSPHRASE + "x")
    dialog.file_edit.setText(str(out))
    assert dialog.start_export() is None  # refused under the form, in Vietnamese
    assert dialog.error.text() == "Hai lần nhập mật khẩu không giống nhau." and dialog.isVisible()
    dialog.passphrase_again.setText("ngắn")
    dialog.passphrase.setText("ngắn")
    assert dialog.start_export() is None and "ít nhất 8 ký tự" in dialog.error.text()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.passphrase_again.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert out.is_file() and not dialog.isVisible()
    assert str(out) in window.statusBar().currentMessage()


def test_export_field_mode_send_back_merge_undo_and_merge_again(qtbot, office, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    window, site_ids = office
    site_a, site_b = site_ids[:2]
    office_path = window.database.path
    kit = tmp_path / "chuyến đi.fpkit"
    export_through_dialog(qtbot, window, [site_a, site_b], kit)

    # Open the kit: a wrong passphrase keeps the dialog open with its message.
    dialog = window.kits.open_kit(kit)
    assert dialog is not None
    fits(dialog)
    dialog.passphrase.setText("không phải mật khẩu")
    assert not dialog.try_accept()
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert dialog.error.text() == messages.render("kit_wrong_passphrase", {"path": str(kit)})
    dialog.passphrase.setText(PASSPHRASE)
    assert dialog.try_accept()
    copy = window.kits.copy
    assert copy is not None and window.database is copy.database and window.database.path is None
    banner = window.kits.banner
    assert banner.isVisible() and "Bản làm việc thực địa — thay đổi được gửi về bằng “Gửi về”" in banner.label.text()
    assert "MẬT" in banner.label.text() and "2026" in banner.label.text()
    assert "(thực địa)" in window.windowTitle()
    assert window.kits.send_back_action.isEnabled() and not window.kits.export_action.isEnabled()
    assert not window.campaigns.plan_action.isEnabled() and not window.files.backup_action.isEnabled()
    leaders_add = next(w for w in window.workspaces if w.key == "leaders").add_action
    assert not leaders_add.isEnabled() and "chỉ để xem" in leaders_add.toolTip()
    # Recent files list the encrypted working copy, never a decrypted file.
    assert window.settings.recent_databases()[0] == str(copy.path.resolve())
    assert copy.path.suffix == ".fpkit"

    # Field edits through the workspaces' real edit paths.
    window.show_workspace("checklists")
    checks = window.workspace("checklists")
    checks.show_site(site_a)
    model = checks.items.model
    items = model.rows()
    both, only_field = items[0], items[1]
    assert model.setData(model.index_of(both.id).siblingAtColumn(Column.NOTE), "đã khảo sát tại chỗ")
    assert model.setData(model.index_of(only_field.id).siblingAtColumn(Column.OWNER), "Đội thực địa")
    window.undo_stack.undo()  # undo works in the field copy too
    with copy.database.read() as session:
        assert session.get(ChecklistItem, only_field.id).owner == only_field.owner
    window.undo_stack.redo()
    checks.programme_action.trigger()
    programme = checks.programme.model
    first_title = programme.rows()[0].title
    assert programme.setData(programme.index(0, ProgrammeModel.Column.TITLE), first_title + " (thực địa)")
    with copy.database.read() as session:
        assert session.get(ChecklistItem, both.id).note == "đã khảo sát tại chỗ"
    assert copy.saves >= 4  # every write re-encrypted to the working file

    # A site outside the kit (a new one) is refused with the field copy's message; nothing written.
    window.show_workspace("sites")
    add = window.workspace("sites").open_add_dialog()
    assert add is not None
    pick_commune(qtbot, add, "quang son", QUANG_SON)
    set_date(add, dt.date(2026, 8, 10))
    qtbot.mouseClick(add.buttons.button(add.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert add.isVisible() and "bản làm việc tại thực địa" in add.error_label.text()
    add.reject()

    # Printing works on the field copy: the field checklist of a kit site, as PDF.
    reports = window.workspace("reports")
    reports.refresh()
    reports.set_report("field_checklist")
    reports.set_scope(site_a)
    pdf = reports.export_pdf(str(tmp_path / "danh-muc.pdf"))
    assert pdf is not None and both.title[:20] in pdf_text(pdf)
    reports.set_report("site_schedule")
    reports.set_scope(site_a)
    pdf = reports.export_pdf(str(tmp_path / "chuong-trinh.pdf"))
    assert pdf is not None and first_title + " (thực địa)" in pdf_text(pdf)  # the field's edit is printed

    # Send back.
    back = tmp_path / "gửi về.fpkit"
    monkeypatch.setattr(dialogs, "save_file_name", lambda *args, **kwargs: str(back))
    assert window.kits.send_back() == back and back.is_file()
    assert str(back) in window.statusBar().currentMessage()

    # Back to the office database; there the same checklist item changes meanwhile.
    assert window.kits.close_field_copy()
    assert window.kits.copy is None and banner.isHidden() and window.database.path == office_path
    assert leaders_add.isEnabled() and window.campaigns.plan_action.isEnabled()
    assert window.files.backup_action.isEnabled() and window.kits.export_action.isEnabled()
    window.show_workspace("checklists")
    checks = window.workspace("checklists")
    checks.show_site(site_a)
    model = checks.items.model
    assert model.setData(model.index_of(both.id).siblingAtColumn(Column.NOTE), "văn phòng đã gọi điện")
    window.undo_stack.clear()

    # Merge: the passphrase, then one conflict with its three values.
    informed: list[str] = []
    dialog = window.kits.merge_kit(back)
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)
    assert dialog.try_accept()
    merge = window.kits.merge_dialog
    assert merge.isVisible()
    fits(merge)
    assert merge.table.rowCount() == 1
    cells = [merge.table.item(0, column).text() for column in range(6)]
    assert cells[0] == "Việc cần làm" and both.title in cells[1] and cells[2] == "Ghi chú"
    assert cells[3:] == [both.note or "—", "văn phòng đã gọi điện", "đã khảo sát tại chỗ"]
    assert "Áp dụng 2 thay đổi của thực địa; 1 xung đột cần chọn; 0 dòng" in merge.summary.text()
    assert not merge.apply_button.isEnabled()  # until every conflict has a choice
    merge.choose(0, "field")
    assert merge.apply_button.isEnabled()
    with qtbot.waitSignal(merge.merged, timeout=30_000):
        job = merge.start_apply()
        assert job is not None
    assert not merge.isVisible()
    with window.database.read() as session:
        assert session.get(ChecklistItem, both.id).note == "đã khảo sát tại chỗ"
        assert session.get(ChecklistItem, only_field.id).owner == "Đội thực địa"
        item = session.scalars(select(ProgrammeItem).where(ProgrammeItem.site_id == site_a)
                               .order_by(ProgrammeItem.position, ProgrammeItem.id)).first()
        assert item is not None and item.title == first_title + " (thực địa)"
    assert "before-merge" in window.statusBar().currentMessage()
    assert checks.items.model.rows()[0].note == "đã khảo sát tại chỗ"  # the workspace refreshed
    assert window.undo_stack.count() == 1

    # One undo restores the office's state.
    window.undo_stack.undo()
    with window.database.read() as session:
        assert session.get(ChecklistItem, both.id).note == "văn phòng đã gọi điện"
        assert session.get(ChecklistItem, only_field.id).owner == only_field.owner
    window.undo_stack.redo()

    # Merging the same return kit again: an information message, nothing written.
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: informed.append(text))
    with window.database.read() as session:
        before = session.get(ChecklistItem, both.id).version
    dialog = window.kits.merge_kit(back)
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)
    assert dialog.try_accept()
    assert len(informed) == 1 and "đã được nhập" in informed[0]
    with window.database.read() as session:
        assert session.get(ChecklistItem, both.id).version == before
    assert window.undo_stack.count() == 1


def test_a_row_deleted_in_the_field_is_deleted_only_when_ticked(qtbot, office, tmp_path: Path) -> None:
    from festival_planner.services import checklists, kits

    window, site_ids = office
    kit = tmp_path / "kit.fpkit"
    kits.export_kit(window.database, kit, PASSPHRASE, site_ids=site_ids[:2])
    copy = kits.open_field_kit(kit, PASSPHRASE)
    with copy.database.read() as session:
        gone, kept = session.scalars(select(ChecklistItem).where(ChecklistItem.site_id == site_ids[0])
                                     .order_by(ChecklistItem.position, ChecklistItem.id)).all()[:2]
    copy.database.perform(lambda s: checklists.delete_item(s, gone.id, gone.version))
    copy.database.perform(lambda s: checklists.delete_item(s, kept.id, kept.version))
    back = tmp_path / "back.fpkit"
    kits.send_back(copy, back)
    copy.close()
    dialog = window.kits.merge_kit(back)
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)
    assert dialog.try_accept()
    merge = window.kits.merge_dialog
    fits(merge)
    assert merge.table.isHidden() and merge.deletions.count() == 2 and merge.apply_button.isEnabled()
    texts = [merge.deletions.item(i).text() for i in range(merge.deletions.count())]
    assert any(gone.title in text for text in texts) and any(kept.title in text for text in texts)
    row = next(i for i in range(merge.deletions.count()) if gone.title in merge.deletions.item(i).text())
    merge.deletions.item(row).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(merge.merged, timeout=30_000):
        merge.start_apply()
    with window.database.read() as session:
        assert session.get(ChecklistItem, gone.id) is None
        assert session.get(ChecklistItem, kept.id) is not None  # not ticked: kept in the office
    window.undo_stack.undo()
    with window.database.read() as session:
        assert session.get(ChecklistItem, gone.id) is not None


def test_the_kit_option_starts_the_window_on_the_kit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import festival_planner.app as app
    from festival_planner import cli, display_check
    from festival_planner.cli import database as cli_database

    started: list[tuple] = []
    monkeypatch.setattr(app, "run", lambda db, argv=None, kit=None: started.append((db, kit)) or 0)
    monkeypatch.setattr(cli_database, "_no_screen", lambda: False)
    monkeypatch.setattr(display_check, "problem", lambda: None)
    kit = str(tmp_path / "kit.fpkit")
    assert cli.main(["--kit", kit]) == 0
    assert started == [(None, kit)]
