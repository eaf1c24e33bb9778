"""Qt's own strings in Vietnamese: standard buttons, file dialog, context menus, print preview."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QObject
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QCalendarWidget,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolButton,
    QWidget,
)

from festival_planner.gui.qt_catalogue import install_qt_catalogue

ROOT = Path(__file__).resolve().parents[2]

# Words of Qt's English texts in these dialogs. "In" (print) and "to" (big) are Vietnamese words
# too, so they are not listed.
ENGLISH = {
    "ok", "cancel", "yes", "no", "close", "save", "open", "show", "hide", "details", "look",
    "file", "files", "name", "size", "type", "date", "modified", "kind", "back", "forward",
    "create", "new", "folder", "detail", "view", "list", "parent", "directory", "undo", "redo",
    "cut", "copy", "paste", "delete", "select", "all", "print", "page", "setup", "next",
    "previous", "first", "last", "zoom", "out", "fit", "width", "portrait", "landscape",
    "facing", "pages", "single", "overview", "export", "pdf", "sidebar", "recent", "places",
}


@pytest.fixture
def vietnamese(qapp) -> Iterator[None]:
    """Qt's Vietnamese catalogue installed for one test, then removed with the locale restored."""
    locale = QLocale()
    translator = install_qt_catalogue(qapp, "vi")
    assert translator is not None
    try:
        yield
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(locale)


def english_words(texts: list[str]) -> set[str]:
    """The English words in ``texts`` (mnemonic ampersands and shortcuts removed)."""
    words = set()
    for text in texts:
        plain = text.split("\t")[0].replace("&", "")
        words |= {word for word in re.findall(r"[A-Za-z]+", plain) if word.lower() in ENGLISH}
    return words


def visible_texts(widget: QWidget) -> list[str]:
    """Texts, titles and tool tips of ``widget``'s labels, buttons, group boxes and headers."""
    texts = [widget.windowTitle()]
    for child in widget.findChildren(QObject):
        if isinstance(child, (QLabel, QAbstractButton)):
            texts += [child.text(), child.toolTip()]
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QHeaderView) and child.model() is not None:
            model = child.model()
            texts += [str(model.headerData(i, child.orientation())) for i in range(model.columnCount())]
    return [text for text in texts if text]


def test_english_installs_nothing(qapp) -> None:
    locale = QLocale().name()
    assert install_qt_catalogue(qapp, "en") is None
    assert QLocale().name() == locale


def test_dialog_buttons(qtbot, vietnamese) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "Đồng ý"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"


def test_message_box_buttons_and_details(qtbot, vietnamese) -> None:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, "Xóa", "Xóa điểm này?", buttons)
    box.setDetailedText("chi tiết")
    qtbot.addWidget(box)
    box.show()
    texts = [button.text() for button in box.findChildren(QAbstractButton) if button.isVisible()]
    assert "&Có" in texts
    assert "&Không" in texts
    assert "Xem chi tiết…" in texts
    assert english_words(texts) == set()
    box.close()


@pytest.mark.parametrize("read_only", [False, True])
def test_line_edit_context_menu(qtbot, vietnamese, read_only: bool) -> None:
    edit = QLineEdit("chữ")
    edit.setReadOnly(read_only)
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts
    assert english_words(texts) == set()
    assert any(text.startswith("&Sao chép") for text in texts)
    menu.deleteLater()


@pytest.mark.parametrize("mode", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave])
def test_file_dialog(qtbot, vietnamese, tmp_path, mode) -> None:
    dialog = QFileDialog(None, "Mở dữ liệu", str(tmp_path), "Cơ sở dữ liệu (*.sqlite)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = visible_texts(dialog)
    assert "Tên" in texts  # the Name column of the detail view
    assert english_words(texts) == set()
    actions = [action.text() for action in dialog.findChildren(QObject) if hasattr(action, "isSeparator")]
    assert english_words(actions) == set()
    dialog.close()


def test_print_preview(qtbot, vietnamese) -> None:
    printer = QPrinter()
    dialog = QPrintPreviewDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    buttons = dialog.findChildren(QToolButton)
    texts = [dialog.windowTitle()]
    for button in buttons:
        if button.defaultAction() is not None:
            texts += [button.defaultAction().text(), button.defaultAction().toolTip()]
    assert "Phóng to" in texts
    assert "Trang sau" in texts
    assert english_words(texts) == set()
    dialog.close()


def test_calendar_uses_vietnamese_month_names(qtbot, vietnamese) -> None:
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    months = [button.text() for button in calendar.findChildren(QToolButton)]
    assert any(text.startswith("Tháng") for text in months)
    assert QLocale().language() == QLocale.Language.Vietnamese


def test_print_dialog(qtbot, vietnamese) -> None:
    printer = QPrinter()  # kept alive: the dialog holds a pointer to it
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = visible_texts(dialog)
    for combo in dialog.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    assert "Phạm vi in" in texts
    assert english_words(texts) - {"PDF"} == set()
    dialog.close()


def test_printer_properties_units(qtbot, vietnamese) -> None:
    """The print dialog's "Thuộc tính" page: its units in Vietnamese but for the typographers' names
    (under Xvfb it offered "Point (pt)")."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    button = next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Thuộc tính")
    units: list[str] = []

    def inspect() -> None:
        properties = QApplication.activeModalWidget()
        if properties is None or properties is dialog:
            QTimer.singleShot(50, inspect)
            return
        combo = properties.findChild(QComboBox, "unitCombo")
        units.extend(combo.itemText(i) for i in range(combo.count()))
        properties.reject()

    QTimer.singleShot(0, inspect)
    button.click()
    assert sorted(units) == sorted(["Milimét (mm)", "Điểm (pt)", "Inch (in)", "Pica (P̸)", "Didot (DD)", "Cicero (CC)"])
    dialog.close()


def test_committed_catalogue_matches_the_script() -> None:
    spec = importlib.util.spec_from_file_location("make_qt_catalogue", ROOT / "scripts" / "make_qt_catalogue.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = (ROOT / "resources" / "i18n" / "qtbase_vi.ts").read_text(encoding="utf-8")
    assert module.render_ts(module.TABLE) == committed
    assert (ROOT / "resources" / "i18n" / "qtbase_vi.qm").stat().st_size > 10_000
