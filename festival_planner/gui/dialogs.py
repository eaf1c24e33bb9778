"""Message boxes with the application's own translated button texts.

Qt ships no Vietnamese catalogue, so ``QMessageBox.question`` would say "Yes"/"No": every message
box of the app is made here, with buttons named in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


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
