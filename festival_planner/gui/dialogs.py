"""Message boxes with the application's own translated button texts.

Qt ships no Vietnamese catalogue, so ``QMessageBox.question`` would say "Yes"/"No": every message
box of the app is made here, with buttons named in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    return box


def warn(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """A warning with one "Đóng" (Close) button."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    if details:
        box.setDetailedText(details)
    box.addButton(_tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Information with one "Đóng" (Close) button."""
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.addButton(_tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str, no_text: str | None = None) -> bool:
    """Ask a yes/no question with buttons that say what they do; True when the user agrees."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_text or _tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def _file_dialog(parent: QWidget | None, title: str, folder: str, filters: str,
                 mode: QFileDialog.AcceptMode) -> QFileDialog:
    dialog = QFileDialog(parent, title, folder, filters)
    dialog.setAcceptMode(mode)
    dialog.resize(900, 540)  # Qt's own dialog opens too small for Vietnamese column names
    return dialog


def open_file_name(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    """Ask for an existing file; "" when the user cancels."""
    dialog = _file_dialog(parent, title, folder, filters, QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""


def save_file_name(parent: QWidget | None, title: str, path: str, filters: str, suffix: str,
                   confirm_overwrite: bool = True) -> str:
    """Ask for a file to write; ``suffix`` is added when the user types a name without one."""
    dialog = _file_dialog(parent, title, path, filters, QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix)
    if not confirm_overwrite:
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""
