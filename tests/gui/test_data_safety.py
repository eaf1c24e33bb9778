"""Issue 7 in the window: restore from a backup, a second window told, a damaged file offered its backup."""

from __future__ import annotations

import re
from pathlib import Path

from festival_planner import app as app_module
from festival_planner.gui import dialogs
from festival_planner.gui.database_actions import warn_if_open_elsewhere
from festival_planner.services import campaigns, demo, sites
from festival_planner.store.backup import rotating_backup
from festival_planner.store.database import open_database
from integration.safety_helpers import checkpoint, damage_page, table_page


def site_count(database, year: int = 2026) -> int:
    with database.transaction() as session:
        return len(sites.list_sites(session, campaigns.get_campaign(session, year).id))


def test_restore_from_a_backup_through_the_file_menu(qtbot, window, monkeypatch) -> None:
    window.campaigns.create_demo_campaign(2026)
    backup = window.files.backup()
    row = window.workspace("sites").view.model.rows()[0]
    with window.database.transaction() as session:
        sites.delete_site(session, row.id)
    window.workspace("sites").refresh()
    assert window.workspace("sites").view.proxy.rowCount() == 27

    dialog = window.files.open_restore_dialog()
    assert dialog.table.rowCount() >= 1
    assert dialog.select_backup(backup)
    texts = [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())]
    assert any("năm 2026: 28 điểm" in t for t in texts)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, *a: asked.append(text) or True)
    dialog.accept()
    assert asked and "(Người dùng sao lưu)" in asked[0]  # the date and kind the list shows
    assert re.search(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", asked[0]) and backup.name not in asked[0]
    assert window.workspace("sites").view.proxy.rowCount() == 28  # the plan as it was backed up
    assert site_count(window.database) == 28
    assert "giữ ở" in window.statusBar().currentMessage()
    kept = [p for p in backup.parent.glob("*before-restore*.sqlite")]
    assert kept, "the file as it was before the restore is kept"


def test_a_second_window_on_the_same_file_is_told(qtbot, database, db_path: Path, tmp_path: Path,
                                                   monkeypatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text, *a: warned.append(text))
    assert warn_if_open_elsewhere(db_path, None)  # the test's own open database holds the file
    assert str(db_path) in warned[0]
    other = tmp_path / "closed.sqlite"
    open_database(other).close()
    assert not warn_if_open_elsewhere(other, None)
    assert len(warned) == 1


def test_a_damaged_file_is_offered_its_newest_good_backup(qtbot, db_path: Path, monkeypatch) -> None:
    database = open_database(db_path)
    with database.transaction() as session:
        demo.create_demo(session, 2026)
    database.close()
    good = rotating_backup(db_path, "manual")
    checkpoint(db_path)
    damage_page(db_path, table_page(db_path), seed=7)
    try:
        open_database(db_path)
        raise AssertionError("a damaged file must be refused")
    except Exception as exc:
        error = exc
    assert error.code == "corrupt_database" and error.params["backup"] == good
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, *a: asked.append(text) or True)
    reopened = app_module.offer_backup(error, db_path)
    assert reopened is not None and asked and str(good) in asked[0]
    try:
        assert site_count(reopened) == 28
    finally:
        reopened.close()
    kept = list(db_path.parent.glob("**/*before-restore*"))
    assert kept, "the damaged file is kept aside by the restore"


def test_the_open_elsewhere_warning_says_what_is_safe_and_what_is_not(qtbot, database, db_path: Path,
                                                                       monkeypatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text, *a: warned.append(text))
    assert warn_if_open_elsewhere(db_path, None)
    assert "an toàn" in warned[0] and "ổ mạng" in warned[0]


def test_a_database_on_a_network_share_is_warned_about_when_opened(qtbot, window, tmp_path: Path,
                                                                    monkeypatch) -> None:
    from festival_planner.store import files

    other = tmp_path / "tren-o-mang.sqlite"
    open_database(other).close()
    monkeypatch.setattr(files, "network_share", lambda path, **kw: "cifs" if "tren-o-mang" in str(path) else None)
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text, *a: warned.append((title, text)))
    assert window.files.switch_database(other)
    assert window.database.network_share == "cifs"
    assert warned and warned[0][0] == "Tệp nằm trên ổ mạng"
    assert str(other) in warned[0][1] and "cifs" in warned[0][1] and "khóa tệp" in warned[0][1]
