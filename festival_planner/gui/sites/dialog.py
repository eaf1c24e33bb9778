"""The add-site and edit-site dialog: a commune picker (add only) and the site's fields.

The dialog does not write anything itself: on OK it hands the values to ``submit`` (supplied by the
main window, which runs the undoable service call). A ``FestivalPlannerError`` from ``submit`` is
shown inline in red and the dialog stays open; nothing has been written.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, QTimer
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from festival_planner.domain.enums import SiteStatus
from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.domain.rules import DEFAULT_SITE_END, DEFAULT_SITE_START, status_change_allowed
from festival_planner.gui.sites.columns import status_text
from festival_planner.gui.submit_dialog import Submit, SubmitDialog
from festival_planner.services.campaigns import CampaignInfo
from festival_planner.services.communes import CommuneIndex, CommuneInfo
from festival_planner.services.sites import SiteRow

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 200
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def commune_caption(info: CommuneInfo) -> str:
    """"Xã Quảng Sơn, Lâm Đồng (cũ: huyện Đắk Glong, Đắk Nông) — Tây Nguyên" for the picker list:
    old names only where they differ from today's, regions apart."""
    return info.describe(QCoreApplication.translate("SiteDialog", "cũ"))


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _qtime(value: dt.time | None, default: dt.time) -> QTime:
    value = value or default
    return QTime(value.hour, value.minute)


class SiteDialog(SubmitDialog):
    """Add a site (``row`` is None: pick a commune) or edit one (``row`` given: the commune is fixed)."""

    def __init__(self, campaign: CampaignInfo, submit: Submit, *, commune_index: CommuneIndex | None = None,
                 row: SiteRow | None = None, taken_codes: set[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self._taken = set(taken_codes or ())  # communes that already have a site this year
        self.setObjectName("SiteDialog")
        self.campaign = campaign
        self.row = row
        self._index = commune_index
        self.setWindowTitle(self.tr("Thêm điểm tổ chức") if row is None else self.tr("Sửa điểm tổ chức"))
        self.setMinimumWidth(660)

        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.search_edit: QLineEdit | None = None
        self.results_view: QListView | None = None
        self.results_model = QStandardItemModel(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_now)
        if row is None:
            self.search_edit = QLineEdit(self)
            self.search_edit.setPlaceholderText(self.tr("Gõ tên xã, phường hoặc tỉnh (không dấu cũng được)…"))
            self.search_edit.setClearButtonEnabled(True)
            self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
            self.results_view = QListView(self)
            self.results_view.setModel(self.results_model)
            self.results_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
            self.results_view.setMinimumHeight(160)
            self.results_view.selectionModel().currentChanged.connect(lambda *_: self._current_changed())
            self.results_label = QLabel(self)
            self.results_label.setObjectName("resultsLabel")
            picker = QVBoxLayout()
            picker.addWidget(self.search_edit)
            picker.addWidget(self.results_view)
            picker.addWidget(self.results_label)
            form.addRow(self.tr("Xã/phường:"), picker)
        else:
            commune = QLabel(f"<b>{row.commune.name}</b> — {row.commune.province}", self)
            commune.setTextFormat(Qt.TextFormat.RichText)
            form.addRow(self.tr("Xã/phường:"), commune)

        self.date_edit = QDateEdit(self)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        # Any date of the year can be typed; the allowed window is shown beside the field, and a date
        # outside it is refused with the reason inline (typing must never silently do nothing).
        self.date_edit.setDateRange(_qdate(dt.date(campaign.year, 1, 1)), _qdate(dt.date(campaign.year, 12, 31)))
        self.date_edit.setDate(_qdate(row.date if row else campaign.festival_day))
        window = self.tr("đợt tổ chức %1 – %2").replace("%1", campaign.window_start.strftime("%d/%m/%Y")) \
            .replace("%2", campaign.window_end.strftime("%d/%m/%Y"))
        self.date_edit.setToolTip(window)
        self.window_label = QLabel(f"({window})", self)
        self.window_label.setObjectName("windowLabel")
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.window_label)
        date_row.addStretch(1)
        form.addRow(self.tr("Ngày:"), date_row)

        self.start_edit = QTimeEdit(_qtime(row.start_time if row else None, DEFAULT_SITE_START), self)
        self.end_edit = QTimeEdit(_qtime(row.end_time if row else None, DEFAULT_SITE_END), self)
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
        times = QHBoxLayout()
        times.addWidget(self.start_edit)
        times.addWidget(QLabel(self.tr("đến"), self))
        times.addWidget(self.end_edit)
        times.addStretch(1)
        form.addRow(self.tr("Giờ:"), times)

        self.venue_edit = QLineEdit(row.venue if row else "", self)
        self.venue_edit.setPlaceholderText(self.tr("Ví dụ: Nhà văn hóa thôn 3"))
        form.addRow(self.tr("Địa điểm:"), self.venue_edit)
        self.host_edit = QLineEdit(row.host_unit if row else "", self)
        form.addRow(self.tr("Đơn vị chủ trì:"), self.host_edit)
        self.contact_edit = QLineEdit(row.contact_name if row else "", self)
        form.addRow(self.tr("Người liên hệ:"), self.contact_edit)
        self.phone_edit = QLineEdit(row.contact_phone if row else "", self)
        form.addRow(self.tr("Điện thoại:"), self.phone_edit)
        self.notes_edit = QPlainTextEdit(row.notes if row else "", self)
        self.notes_edit.setFixedHeight(70)
        form.addRow(self.tr("Ghi chú:"), self.notes_edit)

        self.status_combo = QComboBox(self)
        for status in SiteStatus:
            if row is None or status_change_allowed(row.status, status):
                self.status_combo.addItem(status_text(status), status)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(row.status if row else
                                                                             SiteStatus.PROPOSED)))
        form.addRow(self.tr("Trạng thái:"), self.status_combo)

        self.date_edit.dateChanged.connect(lambda _d: self.field_edited("date"))
        self.start_edit.timeChanged.connect(lambda _t: self.field_edited("end_time", "start_time"))
        self.end_edit.timeChanged.connect(lambda _t: self.field_edited("end_time", "start_time"))
        self.venue_edit.textChanged.connect(lambda _t: self.field_edited("venue"))
        self.status_combo.currentIndexChanged.connect(lambda _i: self.field_edited("venue", "status"))
        self.add_buttons(layout, self.tr("Thêm") if row is None else self.tr("Lưu"), self.tr("Hủy"))
        if self.search_edit is not None:
            self.search_edit.setFocus()

    # Commune picker --------------------------------------------------------------------------------
    def set_search_text(self, text: str) -> None:
        """Type into the search box (the search runs after the debounce delay)."""
        assert self.search_edit is not None
        self.search_edit.setText(text)

    def _search_now(self) -> None:
        assert self.search_edit is not None and self._index is not None
        text = self.search_edit.text().strip()
        self.results_model.clear()
        if not text:
            self.results_label.setText("")
            return
        try:
            result = self._index.search_result(text, limit=SEARCH_LIMIT)
        except FestivalPlannerError as exc:
            self.results_label.setText(exc.message)
            return
        found = list(result.communes)
        for info in found:
            caption = commune_caption(info)
            item = QStandardItem(caption)
            item.setToolTip(caption)
            if info.code in self._taken:  # said first, so a long caption never hides it
                item.setText(self.tr("[Đã là điểm năm nay] ") + caption)
                item.setForeground(QBrush(QColor("#8a6d00")))
            item.setData(info.code, CODE_ROLE)
            item.setEditable(False)
            self.results_model.appendRow(item)
        if result.best is not None:  # one commune fits best: Enter adds it
            self.results_view.setCurrentIndex(self.results_model.index(0, 0))
        else:  # several fit equally (a split old ward, a shared name): the user must choose
            self.results_view.setCurrentIndex(self.results_model.index(-1, -1))
            self.results_view.clearSelection()
        if result.ambiguous:
            self.results_label.setText(self.tr("%1 xã, phường khớp như nhau — hãy chọn đúng xã trong danh sách.")
                                       .replace("%1", str(result.tied)))
        else:
            self.results_label.setText(self.tr("%n kết quả", "", len(found)) if len(found) < SEARCH_LIMIT
                                       else self.tr("Hơn %1 kết quả; gõ cụ thể hơn").replace("%1", str(SEARCH_LIMIT)))

    def _current_changed(self) -> None:
        code = self.selected_code()
        if code is not None and code in self._taken:
            self.show_error(self.tr("Xã, phường này đã là điểm tổ chức năm %1.").replace("%1", str(self.campaign.year)))
        else:
            self.clear_error()

    def result_codes(self) -> list[str]:
        """The commune codes listed, in order."""
        return [self.results_model.item(i).data(CODE_ROLE) for i in range(self.results_model.rowCount())]

    def select_commune(self, code: str) -> bool:
        """Make the listed commune with this code the current one."""
        assert self.results_view is not None
        for i, listed in enumerate(self.result_codes()):
            if listed == code:
                self.results_view.setCurrentIndex(self.results_model.index(i, 0))
                return True
        return False

    def selected_code(self) -> str | None:
        if self.results_view is None:
            return None
        index = self.results_view.currentIndex()
        return index.data(CODE_ROLE) if index.isValid() else None

    # Values and submit -------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The form as keyword arguments for the services (add: all fields; edit: the changed ones)."""
        date = self.date_edit.date()
        start, end = self.start_edit.time(), self.end_edit.time()
        values: dict[str, Any] = {
            "date": dt.date(date.year(), date.month(), date.day()),
            "start_time": dt.time(start.hour(), start.minute()),
            "end_time": dt.time(end.hour(), end.minute()),
            "venue": self.venue_edit.text().strip(),
            "host_unit": self.host_edit.text().strip(),
            "contact_name": self.contact_edit.text().strip(),
            "contact_phone": self.phone_edit.text().strip(),
            "notes": self.notes_edit.toPlainText().strip(),
            "status": self.status_combo.currentData(),
        }
        if self.row is None:
            values["commune_code"] = self.selected_code()
            return values
        old = self.row.values()
        return {name: value for name, value in values.items() if old.get(name) != value}

    def problem(self, values: dict[str, Any]) -> str | None:
        if self.row is None and not values.get("commune_code"):
            return self.tr("Hãy tìm và chọn một xã, phường trong danh sách.")
        return None

    def needs_submit(self, values: dict[str, Any]) -> bool:
        return self.row is None or bool(values)  # an edit that changed nothing writes nothing
