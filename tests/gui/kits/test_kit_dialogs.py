"""The kit dialogs' refusals and the ways into field mode: a kit in the recent list asks its
passphrase (and is never reopened unasked at start), ``--kit FILE``, a kit of the wrong kind or of
another database refused in the dialog, an expired return kit merged only when the user says so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from festival_planner.domain import messages
from festival_planner.gui import dialogs
from festival_planner.gui.kits.passphrase_dialog import PassphraseDialog
from festival_planner.services import kits
from tests.integration.kit_fixtures import PASSPHRASE, demo_database

from ..test_vietnamese_everywhere import english_in, texts_of, vietnamese_qt  # noqa: F401


@pytest.fixture
def office(qtbot, db_path: Path, settings):  # type: ignore[no-untyped-def]
    from festival_planner.app import workspace_classes
    from festival_planner.gui.main_window import MainWindow

    database, site_ids = demo_database(db_path, with_checklists=1)
    window = MainWindow(database, settings, workspace_classes())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, site_ids
    window.database.close()


def test_a_kit_in_the_recent_list_asks_its_passphrase_and_is_not_reopened_at_start(qtbot, office, tmp_path) -> None:
    from festival_planner.app import last_database

    window, site_ids = office
    kit = tmp_path / "kit.fpkit"
    kits.export_kit(window.database, kit, PASSPHRASE, site_ids=site_ids[:1])
    office_path = str(Path(window.database.path).resolve())
    window.settings.add_recent_database(str(kit))
    assert last_database(window.settings) == office_path  # the app starts on the office file, not the kit
    assert window.files.switch_database(kit)  # what the recent menu's entry calls
    dialog = window.findChild(PassphraseDialog, "kitPassphraseDialog")
    assert dialog is not None and dialog.isVisible() and window.kits.copy is None
    assert "2026" in dialog.findChild(type(dialog.error), "kitAbout").text()
    dialog.passphrase.setText(PASSPHRASE)
    assert dialog.try_accept()
    assert window.kits.copy is not None and window.kits.banner.isVisible()
    assert window.path_label.toolTip() == str(window.kits.copy.path)


def test_field_kit_from_the_command_line_opens_the_window_in_field_mode(qtbot, office, tmp_path, settings) -> None:
    from festival_planner.app import field_window, open_kit_at_start

    window, site_ids = office
    kit = tmp_path / "kit.fpkit"
    kits.export_kit(window.database, kit, PASSPHRASE, site_ids=site_ids[:1])
    typed: list[str] = []

    def type_passphrase() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PassphraseDialog)
        dialog.passphrase.setText("sai mật khẩu rồi")
        assert not dialog.try_accept() and dialog.isVisible()
        typed.append(dialog.error.text())
        dialog.passphrase.setText(PASSPHRASE)
        dialog.try_accept()

    QTimer.singleShot(0, type_passphrase)
    copy = open_kit_at_start(kit)
    assert typed == [messages.render("kit_wrong_passphrase", {"path": str(kit)})]
    assert copy is not None
    field = field_window(copy, settings)
    qtbot.addWidget(field)
    field.show()
    assert field.kits.copy is copy and field.kits.banner.isVisible()
    assert field.kits.send_back_action.isEnabled() and not field.kits.merge_action.isEnabled()
    assert settings.recent_databases()[0] == str(copy.path.resolve())
    field.close()
    copy.close()


def test_merge_refuses_an_export_kit_and_a_kit_of_another_database_in_the_dialog(qtbot, office, tmp_path,
                                                                                  db_path) -> None:
    window, site_ids = office
    kit = tmp_path / "kit.fpkit"
    kits.export_kit(window.database, kit, PASSPHRASE, site_ids=site_ids[:1])
    dialog = window.kits.merge_kit(kit)
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)
    assert not dialog.try_accept() and dialog.isVisible()
    assert dialog.error.text() == messages.render(
        "kit_wrong_kind", {"path": str(kit), "kind_key": "kit_kind.export", "wanted_key": "kit_kind.return"})
    dialog.reject()

    other, other_sites = demo_database(tmp_path / "khác.sqlite", with_checklists=0)
    other_kit = tmp_path / "khác.fpkit"
    kits.export_kit(other, other_kit, PASSPHRASE, site_ids=other_sites[:1])
    other.close()
    copy = kits.open_field_kit(other_kit, PASSPHRASE)
    back = tmp_path / "khác-gửi-về.fpkit"
    kits.send_back(copy, back)
    copy.close()
    dialog = window.kits.merge_kit(back)
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)
    assert not dialog.try_accept() and dialog.isVisible()
    assert "cơ sở dữ liệu khác" in dialog.error.text()
    dialog.reject()


def test_an_expired_return_kit_is_merged_only_when_the_user_says_so(qtbot, office, tmp_path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    window, site_ids = office
    kit = tmp_path / "kit.fpkit"
    today = dt.date.today()
    kits.export_kit(window.database, kit, PASSPHRASE, site_ids=site_ids[:1], expires_on=today)
    copy = kits.open_field_kit(kit, PASSPHRASE)
    back = tmp_path / "gửi-về.fpkit"
    kits.send_back(copy, back)
    copy.close()
    answers: list[bool] = [False, True]
    asked: list[str] = []

    def confirm(parent, title, text, yes_text, no_text=None, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "confirm", confirm)
    later = today + dt.timedelta(days=1)
    dialog = window.kits.merge_kit(back, today=later)
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)
    assert not dialog.try_accept()  # "no": refused with the kit's own message
    assert dialog.error.text().startswith(messages.render(
        "kit_expired_merge", {"path": str(back), "expires_on": today})[:40])
    assert dialog.try_accept()  # "yes": the merge dialog
    assert len(asked) == 2 and "đã hết hạn" in asked[0]
    merge = window.kits.merge_dialog
    assert merge.isVisible() and merge.table.rowCount() == 0 and merge.apply_button.isEnabled()
    merge.reject()


def test_the_kit_dialogs_speak_vietnamese_and_fit_a_laptop(qtbot, office, tmp_path,
                                                           vietnamese_qt) -> None:  # noqa: F811
    window, site_ids = office
    export = window.kits.open_export_dialog()
    assert export is not None
    kit = tmp_path / "kit.fpkit"
    kits.export_kit(window.database, kit, PASSPHRASE, site_ids=site_ids[:1])
    passphrase = window.kits.open_kit(kit)
    assert passphrase is not None
    for dialog in (export, passphrase):
        texts = texts_of(dialog)
        assert texts and english_in(texts) == [], texts
        assert dialog.width() <= 1366 and dialog.height() <= 768
        dialog.reject()


def test_an_office_change_after_the_plan_is_refused_in_the_merge_dialog(qtbot, office, tmp_path) -> None:
    from sqlalchemy import select

    from festival_planner.domain.models import ChecklistItem
    from festival_planner.services import checklists

    window, site_ids = office
    kit = tmp_path / "kit.fpkit"
    kits.export_kit(window.database, kit, PASSPHRASE, site_ids=site_ids[:1])
    copy = kits.open_field_kit(kit, PASSPHRASE)
    with copy.database.read() as session:
        item = session.scalars(select(ChecklistItem).where(ChecklistItem.site_id == site_ids[0])
                               .order_by(ChecklistItem.position, ChecklistItem.id)).first()
    copy.database.perform(lambda s: checklists.update_item(s, item.id, item.version, owner="Đội thực địa"))
    back = tmp_path / "back.fpkit"
    kits.send_back(copy, back)
    copy.close()
    dialog = window.kits.merge_kit(back)
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)
    assert dialog.try_accept()
    merge = window.kits.merge_dialog
    with window.database.read() as session:
        version = session.get(ChecklistItem, item.id).version
    window.database.perform(lambda s: checklists.update_item(s, item.id, version, owner="Văn phòng"))
    job = merge.start_apply()
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    assert merge.isVisible() and not merge.error.isHidden()
    assert merge.error.text() == messages.render("kit_merge_stale", {})
    with window.database.read() as session:
        assert session.get(ChecklistItem, item.id).owner == "Văn phòng"  # nothing written
    assert window.undo_stack.count() == 0
    merge.reject()
