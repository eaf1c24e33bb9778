"""Helpers for the Leaders workspace tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog


def accept(qtbot, dialog) -> None:
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()


def run_import(qtbot, dialog, dry_run: bool = False):
    """Run the import job and wait for its report."""
    dialog.outcome = None
    job = dialog.run(dry_run=dry_run)
    assert job.wait()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10_000)
    return dialog.outcome
