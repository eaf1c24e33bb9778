"""Open a database from the GUI, with a progress dialog while the gazetteer loads on first run."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from festival_planner.services import site_edits
from festival_planner.store.database import Database, database_url, open_database

log = logging.getLogger(__name__)


def open_with_progress(target: str | Path, parent: QWidget | None = None) -> Database:
    """``open_database`` with a progress dialog fed by its ``progress`` callback (raises its errors)."""
    dialog: QProgressDialog | None = None

    def progress(done: int, total: int, message: str) -> None:
        nonlocal dialog
        if dialog is None:
            dialog = QProgressDialog(parent)
            dialog.setWindowTitle(QCoreApplication.translate("database_open", "Đang chuẩn bị cơ sở dữ liệu"))
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.setCancelButton(None)
            dialog.setMinimumDuration(0)
            dialog.setMinimumWidth(380)
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(message)
        QCoreApplication.processEvents()

    log.info("opening database %s", target if "://" not in str(target)
             else database_url(target).render_as_string(hide_password=True))  # never a password in the log
    try:
        database = open_database(target, progress=progress)
        with database.read() as session:
            missing = site_edits.needs_preparing(session)
        if missing:  # only then the write lock: opening a prepared file never waits on another writer
            with database.transaction() as session:
                site_edits.prepare_database(session)  # shipped checklist templates the file lacks
        return database
    finally:
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
