"""Ask a field kit's passphrase; a refusal (wrong passphrase, expired, damaged…) is shown under the
field and the dialog stays open to try again."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from festival_planner.domain.errors import FestivalPlannerError

log = logging.getLogger(__name__)
ERROR_STYLE = "color: #b00020;"


class PassphraseDialog(QDialog):
    """``attempt(passphrase)`` runs on OK; its result is kept in ``result_value`` and the dialog closes,
    its ``FestivalPlannerError`` is shown in red under the field and the dialog stays."""

    def __init__(self, parent: QWidget | None, title: str, path: Path | str, attempt: Callable[[str], Any],
                 about: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("kitPassphraseDialog")
        self.setWindowTitle(title)
        self.attempt = attempt
        self.result_value: Any = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Tệp: %1").replace("%1", Path(path).name), self)
        intro.setToolTip(str(path))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if about:
            details = QLabel(about, self)
            details.setObjectName("kitAbout")
            details.setWordWrap(True)
            layout.addWidget(details)
        form = QFormLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphraseEdit")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMinimumWidth(300)
        form.addRow(self.tr("Mật khẩu:"), self.passphrase)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("passphraseError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setMaximumWidth(520)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Mở"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_ok_text(self, text: str) -> None:
        self.ok_button.setText(text)

    def try_accept(self) -> bool:
        """Run the attempt with the passphrase typed; close on success, say why and stay otherwise."""
        try:
            self.result_value = self.attempt(self.passphrase.text())
        except FestivalPlannerError as exc:
            log.info("kit passphrase refused: %s", exc.code)
            self.show_error(exc.message)
            return False
        self.accept()
        return True

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.passphrase.selectAll()
        self.passphrase.setFocus()
