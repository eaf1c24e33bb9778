"""Starting where the user left off: the last database reopens, File → Mở gần đây lists the files
opened before, file dialogs open in the folder last used and show dates as dd/MM/yyyy."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QTreeView

from festival_planner.app import last_database
from festival_planner.gui import dialogs
from festival_planner.store.database import open_database


def test_the_window_remembers_its_files_and_reopens_them_from_the_menu(qtbot, window, settings, db_path: Path,
                                                                       tmp_path: Path) -> None:
    assert settings.last_database() == str(db_path.resolve())  # the file shown is remembered at once
    other = tmp_path / "nam-2027.sqlite"
    open_database(other).close()
    assert window.files.switch_database(other)
    assert settings.recent_databases()[:2] == [str(other.resolve()), str(db_path.resolve())]
    assert last_database(settings) == str(other.resolve())  # what the next start opens

    window.recent_menu.aboutToShow.emit()
    entries = [a for a in window.recent_menu.actions() if a.toolTip().endswith(".sqlite")]
    assert [a.toolTip() for a in entries] == [str(other.resolve()), str(db_path.resolve())]
    assert entries[0].text().startswith("&1 nam-2027.sqlite") and not entries[0].isEnabled()  # shown now
    assert entries[1].isEnabled()
    entries[1].trigger()
    assert window.database.path.resolve() == db_path.resolve()
    assert settings.last_database() == str(db_path.resolve())


def test_a_file_gone_since_is_neither_listed_nor_reopened(qtbot, window, settings, tmp_path: Path) -> None:
    gone = tmp_path / "da-xoa.sqlite"
    open_database(gone).close()
    assert window.files.switch_database(gone)
    window.files.switch_database(Path(window.settings.recent_databases()[1]))
    gone.unlink()
    window.recent_menu.aboutToShow.emit()
    assert not [a for a in window.recent_menu.actions() if "da-xoa" in a.text()]
    settings.add_recent_database(str(gone))
    assert last_database(settings) is None  # the app opens the default file instead


def test_file_dialogs_open_in_the_folder_last_used(qtbot, settings, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # never the process's working directory
    assert dialogs.start_path("bao-cao.pdf") == str(Path.home() / "bao-cao.pdf")
    folder = tmp_path / "tai-lieu"
    folder.mkdir()
    chosen = folder / "lanh-dao.xlsx"
    chosen.write_bytes(b"x")

    def pick(dialog: QFileDialog) -> int:
        dialog.selectFile(str(chosen))
        return 1

    monkeypatch.setattr(QFileDialog, "exec", pick)
    assert dialogs.open_file_name(None, "Chọn bảng tính", "", "Bảng tính (*.xlsx)") == str(chosen)
    assert dialogs.start_path("bao-cao.pdf") == str(folder / "bao-cao.pdf")
    assert dialogs.start_path("") == str(folder)
    assert dialogs.start_path(str(tmp_path / "khac" / "x.pdf")) == str(tmp_path / "khac" / "x.pdf")  # a full path stays


def test_file_dialogs_show_dates_day_first(qtbot, tmp_path: Path) -> None:
    (tmp_path / "ke-hoach.sqlite").write_bytes(b"x")
    dialog = dialogs._file_dialog(None, "Mở cơ sở dữ liệu", str(tmp_path), "", QFileDialog.AcceptMode.AcceptOpen)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    view = dialog.findChild(QTreeView, "treeView")
    model = view.model()

    def dates() -> list[str]:
        root = view.rootIndex()
        return [model.index(r, dialogs.DATE_COLUMN, root).data() for r in range(model.rowCount(root))]

    qtbot.waitUntil(lambda: bool(dates()), timeout=5000)
    assert all(re.fullmatch(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", d) for d in dates()), dates()
    dialog.close()
