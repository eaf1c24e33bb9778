"""The team server in the window: File → "Kết nối máy chủ nhóm…" (``ServerDialog``) and the watch that
shows others' changes (``TeamWatcher``: every second, one cheap query of the change log's newest entries,
handed to the workspaces as a change set — the same way as the window's own writes).

The password is used to connect and never written to the settings: the recent list keeps the server's
address without it (libpq's own password file, ``~/.pgpass``, works too: then no password is asked).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from festival_planner.domain.errors import FestivalPlannerError

if TYPE_CHECKING:
    from festival_planner.services.team_watch import ChangeWatch
    from festival_planner.store.database import Database

log = logging.getLogger(__name__)

DRIVER = "postgresql+psycopg"
POLL_MS = 1000


def address_without_password(url: URL | str) -> str:
    """The server's address as the recent list and the window show it: never with the password."""
    parsed = make_url(url) if isinstance(url, str) else url
    # URL.set(password=None) leaves the password as it is: a named tuple's _replace clears it
    return parsed._replace(password=None).render_as_string(hide_password=False)


class ServerDialog(QDialog):
    """Host, port, database, user and password of the team server (or a whole address)."""

    def __init__(self, parent: QWidget | None = None, address: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("ServerDialog")
        self.setWindowTitle(self.tr("Kết nối máy chủ nhóm"))
        self.host_edit = QLineEdit(self)
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.port_spin.setGroupSeparatorShown(False)
        self.database_edit = QLineEdit(self)
        self.user_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.address_edit = QLineEdit(self)
        example = self.tr("postgresql+psycopg://người_dùng@máy:5432/tên")
        self.address_edit.setPlaceholderText(example)  # wide enough to read it whole
        self.address_edit.setMinimumWidth(self.address_edit.fontMetrics().horizontalAdvance(example) + 16)
        hint = QLabel(self.tr("Máy chủ PostgreSQL của nhóm: mọi người cùng làm trên một kế hoạch, mỗi thay đổi được "
                              "ghi ngay, ai sửa sau một mục người khác vừa sửa sẽ được báo. Mật khẩu không được "
                              "lưu lại."), self)
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Máy chủ:"), self.host_edit)
        form.addRow(self.tr("Cổng:"), self.port_spin)
        form.addRow(self.tr("Cơ sở dữ liệu:"), self.database_edit)
        form.addRow(self.tr("Người dùng:"), self.user_edit)
        form.addRow(self.tr("Mật khẩu:"), self.password_edit)
        form.addRow(self.tr("Hoặc địa chỉ:"), self.address_edit)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Kết nối"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        if address:
            self.fill(address)

    def fill(self, address: str) -> None:
        """Put a known address (from the recent list: no password) into the fields."""
        try:
            url = make_url(address)
        except (ArgumentError, ValueError):
            self.address_edit.setText(address)
            return
        self.host_edit.setText(url.host or "")
        self.port_spin.setValue(url.port or 5432)
        self.database_edit.setText(url.database or "")
        self.user_edit.setText(url.username or "")
        if url.password:
            self.password_edit.setText(str(url.password))

    def url(self) -> URL | None:
        """The address to connect to (with the password typed), None when the form is incomplete."""
        typed = self.address_edit.text().strip()
        if typed:
            try:
                url = make_url(typed)
            except (ArgumentError, ValueError):
                return None
            if self.password_edit.text() and not url.password:
                url = url.set(password=self.password_edit.text())
            return url
        host, name = self.host_edit.text().strip(), self.database_edit.text().strip()
        if not host or not name:
            return None
        return URL.create(DRIVER, username=self.user_edit.text().strip() or None,
                          password=self.password_edit.text() or None, host=host, port=self.port_spin.value(),
                          database=name)

    def accept(self) -> None:
        if self.url() is None:
            self.error_label.setText(self.tr("Hãy nhập máy chủ và tên cơ sở dữ liệu (hoặc một địa chỉ đầy đủ)."))
            self.error_label.show()
            return
        super().accept()


class TeamWatcher(QObject):
    """Every ``POLL_MS`` on a server database: others' changes, announced to the workspaces."""

    def __init__(self, window: QWidget, announce, status) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self._announce = announce  # Operations.announce
        self._status = status  # (text, msecs) → the status bar
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.watch: ChangeWatch | None = None
        self._failing = False

    def attach(self, database: Database) -> None:
        """Watch ``database`` when it is a server database (a SQLite file: nothing to watch)."""
        self.stop()
        if database.path is not None:
            return
        from festival_planner.services.team_watch import ChangeWatch

        try:
            self.watch = ChangeWatch(database.read, database.writer_factory)
        except (FestivalPlannerError, SQLAlchemyError) as exc:
            log.warning("cannot watch the team server for changes: %s", exc)
            return
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.watch is not None:
            self.watch.close()
            self.watch = None

    def poll(self) -> None:
        if self.watch is None:
            return
        try:
            changes = self.watch.poll()
        except (FestivalPlannerError, SQLAlchemyError) as exc:
            if not self._failing:
                log.warning("team server poll failed: %s", exc)
                self._status(self.tr("Không liên lạc được với máy chủ nhóm; thay đổi của người khác sẽ hiện khi "
                                     "kết nối lại."), 0)
            self._failing = True
            return
        if self._failing:
            self._failing = False
            self._status("", 1)
        if changes:
            log.debug("others changed: %s", changes.flags)
            self._announce(changes)
