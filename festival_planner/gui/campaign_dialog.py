"""The festival year's plan: its window, festival day and target number of sites.

Like the site dialog, it writes nothing itself: on OK it hands the changed values to ``submit``
(the main window's undoable command); a refusal is shown inline and the dialog stays open.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox,
                               QVBoxLayout, QWidget)

from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.services.campaigns import CampaignInfo

log = logging.getLogger(__name__)

Submit = Callable[[dict[str, Any]], None]


def _date_edit(value: dt.date, year: int, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day), parent)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setDateRange(QDate(year, 1, 1), QDate(year, 12, 31))
    return edit


def _to_date(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class CampaignDialog(QDialog):
    """Edit the plan of one festival year."""

    def __init__(self, campaign: CampaignInfo, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CampaignDialog")
        self.setWindowTitle(self.tr("Kế hoạch năm %1").replace("%1", str(campaign.year)))
        self.campaign = campaign
        self._submit = submit
        self.start_edit = _date_edit(campaign.window_start, campaign.year, self)
        self.end_edit = _date_edit(campaign.window_end, campaign.year, self)
        self.festival_edit = _date_edit(campaign.festival_day, campaign.year, self)
        self.min_spin = QSpinBox(self)
        self.max_spin = QSpinBox(self)
        for spin, value in ((self.min_spin, campaign.target_min), (self.max_spin, campaign.target_max)):
            spin.setRange(1, 200)
            spin.setValue(value)
        window = QHBoxLayout()
        window.addWidget(self.start_edit)
        window.addWidget(QLabel(self.tr("đến"), self))
        window.addWidget(self.end_edit)
        target = QHBoxLayout()
        target.addWidget(self.min_spin)
        target.addWidget(QLabel(self.tr("đến"), self))
        target.addWidget(self.max_spin)
        target.addWidget(QLabel(self.tr("điểm"), self))
        target.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Đợt tổ chức:"), window)
        form.addRow(self.tr("Ngày hội:"), self.festival_edit)
        form.addRow(self.tr("Số điểm mục tiêu:"), target)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, Any]:
        """The changed fields, as keyword arguments for ``campaigns.update_campaign``."""
        values = {"window_start": _to_date(self.start_edit), "window_end": _to_date(self.end_edit),
                  "festival_day": _to_date(self.festival_edit), "target_min": self.min_spin.value(),
                  "target_max": self.max_spin.value()}
        return {name: value for name, value in values.items() if getattr(self.campaign, name) != value}

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def accept(self) -> None:
        values = self.values()
        if values:
            try:
                self._submit(values)
            except FestivalPlannerError as exc:
                log.info("campaign dialog refused: %s", exc.message)
                self.show_error(exc.message)
                return
        super().accept()
