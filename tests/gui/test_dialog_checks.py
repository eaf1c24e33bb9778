"""The checks scripts/walk_dialogs.py makes in each window under Xvfb (scripts/dialog_checks.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "dialog_checks.py"
spec = importlib.util.spec_from_file_location("dialog_checks", SCRIPT)
assert spec is not None and spec.loader is not None
checks = importlib.util.module_from_spec(spec)
spec.loader.exec_module(checks)


def test_english_words_among_vietnamese_ones() -> None:
    assert checks.english_words("&Cancel") == ["Cancel"]
    assert checks.english_words("Show Details…") == ["Show", "Details"]
    assert checks.english_words("Phóng to bản đồ (Ctrl++ hoặc cuộn chuột)") == []  # "to" is Vietnamese too
    assert checks.english_words("Xóa điểm đang chọn (Delete)") == []  # a key's name
    assert checks.english_words("Xuất PDF… vào ke-hoach.sqlite ở /tmp/a") == []  # names, files, paths
    assert checks.english_words("Xã Buôn Đôn, Đắk Lắk") == []
    assert checks.english_words("Lưu bản đồ thành ảnh PNG, Save as") == ["Save", "as"]


def test_vietnamese_letters_in_the_english_interface() -> None:
    assert checks.vietnamese("Thêm điểm")
    assert checks.vietnamese("Đ")
    assert not checks.vietnamese("Add Site (Ctrl+N) — 28 sites")


def test_cut_label_button_and_placeholder(qtbot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    label = QLabel("Khoảng cách theo đường chim bay giữa hai điểm tổ chức", dialog)
    button = QPushButton("Gửi giấy mời cho các dòng đang chọn", dialog)
    edit = QLineEdit(dialog)
    edit.setPlaceholderText("postgresql+psycopg://người_dùng@máy:5432/tên")
    for widget in (label, button, edit):
        layout.addWidget(widget)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert checks.clipped(dialog) == []
    for widget in (label, button, edit):
        widget.setFixedWidth(80)
    dialog.adjustSize()
    found = checks.clipped(dialog)
    assert len(found) == 3, found
    assert ("QLabel", "QPushButton", "placeholder") == tuple(line.split()[0] for line in found)
    assert all(text in checks.texts_of(dialog) for text in [("QLabel:", label.text()),
                                                             ("QPushButton:", button.text())])
    assert checks.missing_glyphs(dialog) == set()  # the UI font has every Vietnamese letter
    label.setText("Hiệu \U00013000")  # an Egyptian hieroglyph: no interface font has it
    assert checks.missing_glyphs(dialog) == {"\U00013000"}
