"""The festival year's plan: its window, festival day and target number of sites (a ``SubmitDialog``:
on OK the changed values go to the main window's undoable command)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from festival_planner.gui.submit_dialog import Submit, SubmitDialog
from festival_planner.services.campaigns import CampaignInfo


def _date_edit(value: dt.date, year: int, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day), parent)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setDateRange(QDate(year, 1, 1), QDate(year, 12, 31))
    return edit


def _to_date(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class CampaignDialog(SubmitDialog):
    """Edit the plan of one festival year."""

    def __init__(self, campaign: CampaignInfo, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setObjectName("CampaignDialog")
        self.setWindowTitle(self.tr("Kế hoạch năm %1").replace("%1", str(campaign.year)))
        self.campaign = campaign
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.add_buttons(layout, self.tr("Lưu"), self.tr("Hủy"))

    def values(self) -> dict[str, Any]:
        """The changed fields, as keyword arguments for ``campaigns.update_campaign``."""
        values = {"window_start": _to_date(self.start_edit), "window_end": _to_date(self.end_edit),
                  "festival_day": _to_date(self.festival_edit), "target_min": self.min_spin.value(),
                  "target_max": self.max_spin.value()}
        return {name: value for name, value in values.items() if getattr(self.campaign, name) != value}
