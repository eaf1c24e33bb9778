"""Message boxes with the application's own translated button texts.

Qt ships no Vietnamese catalogue, so ``QMessageBox.question`` would say "Yes"/"No": every message
box of the app is made here, with buttons named in the interface language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QHeaderView, QMessageBox, QTreeView, QWidget

DATE_COLUMN = 3  # QFileSystemModel: name, size, type, date modified
DATE_FORMAT = "dd/MM/yyyy HH:mm"


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


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str, no_text: str | None = None, *,
            default_yes: bool = False) -> bool:
    """Ask a yes/no question with buttons that say what they do; True when the user agrees (Enter
    answers no unless ``default_yes``; Escape always no)."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_text or _tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes if default_yes else no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


class DayFirstDates(QIdentityProxyModel):
    """The file dialog's "date modified" column as dd/MM/yyyy HH:mm, whatever the system's locale
    (Qt's own dialog writes it in the system's short format: "12/6/26" on an English system)."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        source = self.sourceModel()
        dates = role == Qt.ItemDataRole.DisplayRole and index.column() == DATE_COLUMN
        if dates and isinstance(source, QFileSystemModel):
            modified = source.lastModified(self.mapToSource(index))
            return modified.toString(DATE_FORMAT) if modified.isValid() else ""
        return super().data(index, role)


def _settings():  # type: ignore[no-untyped-def]
    from festival_planner.gui.settings import Settings

    return Settings()


def start_path(path: str) -> str:
    """Where a file dialog opens: ``path`` when it names a folder, a bare file name inside the folder
    of the file last chosen (the user's home before any), never the process's working directory."""
    if path and Path(path).parent != Path("."):
        return path
    folder = _settings().last_folder()
    base = Path(folder) if folder and Path(folder).is_dir() else Path.home()
    return str(base / path) if path else str(base)


def _remember(chosen: str) -> str:
    if chosen:
        _settings().set_last_folder(str(Path(chosen).parent))
    return chosen


def _file_dialog(parent: QWidget | None, title: str, folder: str, filters: str,
                 mode: QFileDialog.AcceptMode) -> QFileDialog:
    dialog = QFileDialog(parent, title, start_path(folder), filters)
    dialog.setAcceptMode(mode)
    dialog.setProxyModel(DayFirstDates(dialog))
    dialog.resize(900, 540)  # Qt's own dialog opens too small for Vietnamese column names
    _fit_detail_columns(dialog)
    return dialog


def _fit_detail_columns(dialog: QFileDialog) -> None:
    """Size, type and date as wide as their Vietnamese headings and values, the names the rest (Qt
    sizes them for English: "Kích thước" and every date were cut while the dialog had room)."""
    view = dialog.findChild(QTreeView, "treeView")
    if view is None:  # a native dialog has no widgets of its own
        return
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, DATE_COLUMN + 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def open_file_name(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    """Ask for an existing file; "" when the user cancels. ``folder`` "" opens the folder of the file
    last chosen."""
    dialog = _file_dialog(parent, title, folder, filters, QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _remember(dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else "")


def save_file_name(parent: QWidget | None, title: str, path: str, filters: str, suffix: str,
                   confirm_overwrite: bool = True) -> str:
    """Ask for a file to write; ``suffix`` is added when the user types a name without one. A bare
    file name is proposed in the folder of the file last chosen."""
    dialog = _file_dialog(parent, title, path, filters, QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix)
    if not confirm_overwrite:
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
    return _remember(dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else "")


def folder_name(parent: QWidget | None, title: str, folder: str = "") -> str:
    """Ask for a folder; "" when the user cancels."""
    dialog = _file_dialog(parent, title, folder, "", QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    chosen = dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""
    if chosen:
        _settings().set_last_folder(chosen)
    return chosen
