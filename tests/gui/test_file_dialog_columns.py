"""The file dialog's detail columns show their Vietnamese headings and values whole.

Qt sizes the size, type and date columns for English ("128.88 GB", "10/29/81 02:02PM"): under a real
X server "Kích thước" read "Kích thướ" and every date "06/12/2…6 14:06" while the dialog had room
to spare (scripts/walk_dialogs.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QTreeView

from festival_planner.gui import dialogs
from festival_planner.gui.qt_catalogue import install_qt_catalogue


@pytest.fixture
def vietnamese_qt(qapp):
    translator = install_qt_catalogue(qapp, "vi")
    yield
    qapp.removeTranslator(translator)


@pytest.mark.parametrize("mode", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave])
def test_detail_columns_fit_their_headings_and_values(qtbot, tmp_path: Path, vietnamese_qt, mode) -> None:
    (tmp_path / "ke-hoach-ngay-hoi-2026.sqlite").write_bytes(b"x" * 5000)
    (tmp_path / "bao-cao.pdf").write_bytes(b"%PDF")
    dialog = dialogs._file_dialog(None, "Mở cơ sở dữ liệu", str(tmp_path), "", mode)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    view = dialog.findChild(QTreeView, "treeView")
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) >= 2, timeout=5000)
    qtbot.wait(50)
    header = view.header()
    headings = [str(view.model().headerData(c, header.orientation())) for c in range(4)]
    assert headings[1:] == ["Kích thước", "Loại", "Ngày sửa đổi"]
    for column in (1, 2, 3):
        needed = max(header.sectionSizeFromContents(column).width(), view.sizeHintForColumn(column))
        assert header.sectionSize(column) >= needed, (headings[column], header.sectionSize(column), needed)
    assert header.sectionSize(0) >= view.sizeHintForColumn(0)  # the names have the rest
    assert sum(header.sectionSize(c) for c in range(4)) <= view.viewport().width()  # no sideways scrolling
    dialog.close()
