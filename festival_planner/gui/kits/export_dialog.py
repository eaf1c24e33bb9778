"""File → Xuất bộ hồ sơ thực địa…: choose the sites, the expiry date, contacts or not, the passphrase
twice and the file; the export runs as a job (``gui.jobs.run_job``) while the dialog waits."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from festival_planner.domain.errors import FestivalPlannerError, ValidationError
from festival_planner.domain.values import format_date
from festival_planner.gui import dialogs
from festival_planner.gui.jobs import Job, run_job
from festival_planner.gui.kits.passphrase_dialog import ERROR_STYLE
from festival_planner.services.sites import SiteRow
from festival_planner.store.database import Database
from festival_planner.store.kit_file import MIN_PASSPHRASE, SUFFIX, KitHeader, check_passphrase

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_DAYS = 30


def site_text(site: SiteRow) -> str:
    """A site as the kit dialogs list it: date, commune, province."""
    return f"{format_date(site.date)} — {site.commune.name}, {site.commune.province}"


class ExportKitDialog(QDialog):
    """The export form; ``exported(header, path)`` once the kit is written (the dialog then closes)."""

    exported = Signal(object, object)

    def __init__(self, parent: QWidget | None, database: Database, year: int, sites: Sequence[SiteRow],
                 selected: Sequence[uuid.UUID] = (), folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kitExportDialog")
        self.setWindowTitle(self.tr("Xuất bộ hồ sơ thực địa"))
        self.database = database
        self.year = year
        self.job: Job | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Các điểm của năm %1 mang đi thực địa. Tệp được mã hóa bằng mật khẩu; "
                               "bản làm việc ở thực địa chỉ sửa được các điểm này.").replace("%1", str(year)), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.all_box = QCheckBox(self.tr("Chọn tất cả"), self)
        self.all_box.setObjectName("selectAllSites")
        layout.addWidget(self.all_box)
        self.site_list = QListWidget(self)
        self.site_list.setObjectName("kitSiteList")
        self.site_list.setMinimumHeight(160)
        chosen = set(selected)
        for site in sites:
            item = QListWidgetItem(site_text(site), self.site_list)
            item.setData(ID_ROLE, site.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if site.id in chosen else Qt.CheckState.Unchecked)
        self.all_box.setChecked(bool(sites) and len(chosen & {s.id for s in sites}) == len(sites))
        self.all_box.clicked.connect(self._tick_all)
        self.site_list.itemChanged.connect(self._site_ticked)
        layout.addWidget(self.site_list, 1)
        form = QFormLayout()
        self.expiry = QDateEdit(self)
        self.expiry.setObjectName("kitExpiry")
        self.expiry.setDisplayFormat("dd/MM/yyyy")
        self.expiry.setCalendarPopup(True)
        today = QDate.currentDate()
        self.expiry.setMinimumDate(today)
        self.expiry.setDate(today.addDays(DEFAULT_DAYS))
        form.addRow(self.tr("Hết hạn sau ngày:"), self.expiry)
        self.contacts_box = QCheckBox(self.tr("Kèm số điện thoại, liên hệ"), self)
        self.contacts_box.setObjectName("withContacts")
        form.addRow("", self.contacts_box)
        self.contacts_warning = QLabel(self.tr("Số điện thoại, thư điện tử và ghi chú của lãnh đạo sẽ nằm trong tệp: "
                                               "chỉ kèm khi đoàn thực sự cần, và giữ mật khẩu cẩn thận."), self)
        self.contacts_warning.setObjectName("contactsWarning")
        self.contacts_warning.setWordWrap(True)
        self.contacts_warning.setStyleSheet("color: #8a5300;")
        self.contacts_warning.setVisible(False)
        self.contacts_box.toggled.connect(self.contacts_warning.setVisible)
        form.addRow("", self.contacts_warning)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("kitPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("ít nhất %1 ký tự").replace("%1", str(MIN_PASSPHRASE)))
        form.addRow(self.tr("Mật khẩu:"), self.passphrase)
        self.passphrase_again = QLineEdit(self)
        self.passphrase_again.setObjectName("kitPassphraseAgain")
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Nhập lại mật khẩu:"), self.passphrase_again)
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("kitFile")
        base = folder or Path.home()
        self.file_edit.setText(str(base / f"ho-so-thuc-dia-{year}{SUFFIX}"))
        file_row.addWidget(self.file_edit, 1)
        browse = QPushButton(self.tr("Chọn…"), self)
        browse.clicked.connect(self.choose_file)
        file_row.addWidget(browse)
        form.addRow(self.tr("Tệp:"), file_row)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("kitExportError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(self.tr("Xuất"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.start_export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 600)

    # Sites -----------------------------------------------------------------------------------------
    def _items(self) -> list[QListWidgetItem]:
        return [self.site_list.item(row) for row in range(self.site_list.count())]

    def _tick_all(self, checked: bool) -> None:
        self.site_list.blockSignals(True)
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.site_list.blockSignals(False)

    def _site_ticked(self, _item: QListWidgetItem) -> None:
        items = self._items()
        self.all_box.setChecked(bool(items) and all(i.checkState() == Qt.CheckState.Checked for i in items))

    def chosen_site_ids(self) -> list[uuid.UUID]:
        return [item.data(ID_ROLE) for item in self._items() if item.checkState() == Qt.CheckState.Checked]

    def expires_on(self) -> dt.date:
        date = self.expiry.date()
        return dt.date(date.year(), date.month(), date.day())

    # File and export -------------------------------------------------------------------------------
    def choose_file(self) -> None:
        name = dialogs.save_file_name(self, self.tr("Lưu bộ hồ sơ thực địa"), self.file_edit.text(),
                                      self.tr("Bộ hồ sơ thực địa (*%1)").replace("%1", SUFFIX), SUFFIX.lstrip("."))
        if name:
            self.file_edit.setText(name)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def check(self) -> str:
        """Why the form cannot be exported yet ("" when it can)."""
        if not self.chosen_site_ids():
            return ValidationError("kit_no_sites").message
        try:
            check_passphrase(self.passphrase.text())
        except FestivalPlannerError as exc:
            return exc.message
        if self.passphrase.text() != self.passphrase_again.text():
            return ValidationError("kit_passphrases_differ").message
        if not self.file_edit.text().strip():
            return self.tr("Hãy chọn tệp để ghi bộ hồ sơ.")
        return ""

    def out_path(self) -> Path:
        path = Path(self.file_edit.text().strip()).expanduser()
        return path if path.suffix else path.with_suffix(SUFFIX)

    def start_export(self) -> Job | None:
        """Check the form, then write the kit in the background; refusals stay in the dialog."""
        problem = self.check()
        self.show_error(problem)
        if problem or self.job is not None:
            return None
        from festival_planner.services import kits

        database, out, passphrase = self.database, self.out_path(), self.passphrase.text()
        site_ids, expires_on, contacts = self.chosen_site_ids(), self.expires_on(), self.contacts_box.isChecked()

        label = self.tr("Đang xuất bộ hồ sơ thực địa…")

        def work(progress):  # type: ignore[no-untyped-def]
            progress(0, 1, label)
            header = kits.export_kit(database, out, passphrase, site_ids=site_ids, expires_on=expires_on,
                                     with_contacts=contacts)
            progress(1, 1, "")
            return header

        self.export_button.setEnabled(False)
        self.job = run_job(self, self.tr("Xuất bộ hồ sơ thực địa"), work,
                           on_done=lambda header: self._done(header, out), on_error=self._failed)
        self.job.cancelled.connect(self._cancelled)
        return self.job

    def _done(self, header: KitHeader, out: Path) -> None:
        self.job = None
        log.info("field kit exported to %s", out)
        self.exported.emit(header, out)
        self.accept()

    def _failed(self, exc: FestivalPlannerError) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.show_error(exc.message)

    def _cancelled(self) -> None:
        self.job = None
        self.export_button.setEnabled(True)

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
        super().reject()
