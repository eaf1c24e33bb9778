"""The "Văn bản in" workspace: choose a report (site schedule, leader itinerary, field checklist,
national overview) and its scope (a site or a leader), set the document number, the date of issue
and the confidentiality mark, then preview it (``QPrintPreviewDialog``), print it (``QPrintDialog``)
or export it as PDF or Word. The campaign's site schedules export in one go — one PDF or one file
per site — in the background with progress and cancel.

Every output goes through the same renderer as the command line (``reports.render``).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtGui import QAction, QIcon, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.gui import dialogs
from festival_planner.gui.changes import Change
from festival_planner.gui.icons import icon, make_action
from festival_planner.gui.jobs import Job, run_job
from festival_planner.gui.workspace import Workspace, WorkspaceContext
from festival_planner.reports import render
from festival_planner.reports.content import (
    Document,
    Options,
    campaign_site_ids,
    field_checklist_document,
    itinerary_document,
    overview_document,
    site_schedule_document,
)

if TYPE_CHECKING:  # QtPrintSupport loads when a preview or a printer is first needed, not at start-up
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

log = logging.getLogger(__name__)

SITE_SCHEDULE, ITINERARY, FIELD_CHECKLIST, OVERVIEW = "site_schedule", "itinerary", "field_checklist", "overview"


class ReportsWorkspace(Workspace):
    """Preview, print and export the official documents of the campaign shown."""

    key = "reports"
    interests = (Change.SITES | Change.INVITATIONS | Change.CHECKLISTS | Change.PROGRAMME | Change.CAMPAIGNS
                 | Change.LEADERS | Change.BUDGET)

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.job: Job | None = None
        self.last_batch: list[Path] | int | None = None
        self.report_combo = QComboBox(self)
        self.report_combo.setObjectName("reportKind")
        for kind, label in ((SITE_SCHEDULE, self.tr("Chương trình tại điểm")),
                            (ITINERARY, self.tr("Lịch trình công tác của lãnh đạo")),
                            (FIELD_CHECKLIST, self.tr("Danh mục kiểm tra tại điểm")),
                            (OVERVIEW, self.tr("Báo cáo tiến độ toàn quốc"))):
            self.report_combo.addItem(label, kind)
        self.scope_label = QLabel(self.tr("Điểm tổ chức:"), self)
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("reportScope")
        self.scope_combo.setMinimumContentsLength(24)
        self.scope_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("documentNumber")
        self.number_edit.setPlaceholderText(self.tr("để trống: điền tay khi ký"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("issueDate")
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(QDate.currentDate())
        self.confidential_check = QCheckBox(self.tr("Đóng dấu “MẬT”"), self)
        self.confidential_check.setObjectName("confidential")
        self.map_edit = QLineEdit(self)
        self.map_edit.setObjectName("mapImage")
        self.map_edit.setPlaceholderText(self.tr("ảnh bản đồ (PNG, JPEG) cho trang bản đồ — không bắt buộc"))
        self.summary = QLabel(self)
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)

        self.preview_action = make_action(self, self.tr("Xem trước khi in…"), "print", self.preview)
        self.print_action = make_action(self, self.tr("In…"), "print", self.print_document)
        self.pdf_action = make_action(self, self.tr("Xuất PDF…"), "pdf", self.export_pdf)
        self.word_action = make_action(self, self.tr("Xuất Word…"), "export", self.export_word)
        self.batch_action = make_action(self, self.tr("Chương trình mọi điểm vào một tệp PDF…"), "pdf",
                                        lambda: self.export_batch(one_per_site=False))
        self.batch_each_action = make_action(self, self.tr("Chương trình mỗi điểm một tệp PDF…"), "pdf",
                                             lambda: self.export_batch(one_per_site=True))

        form = QFormLayout()
        form.addRow(self.tr("Văn bản:"), self.report_combo)
        form.addRow(self.scope_label, self.scope_combo)
        form.addRow(self.tr("Số văn bản:"), self.number_edit)
        form.addRow(self.tr("Ngày ban hành:"), self.date_edit)
        form.addRow("", self.confidential_check)
        form.addRow(self.tr("Bản đồ:"), self.map_edit)
        choose = QGroupBox(self.tr("Chọn văn bản"), self)
        choose.setLayout(form)
        buttons = QGridLayout()
        for n, action in enumerate((self.preview_action, self.print_action, self.pdf_action, self.word_action)):
            buttons.addWidget(self._button(action), n // 2, n % 2)
        buttons.setColumnStretch(2, 1)
        batch = QVBoxLayout()
        for action in (self.batch_action, self.batch_each_action):
            row = QHBoxLayout()
            row.addWidget(self._button(action))
            row.addStretch(1)
            batch.addLayout(row)
        batch_box = QGroupBox(self.tr("Cả đợt"), self)
        batch_box.setLayout(batch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(choose)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(batch_box)
        layout.addStretch(1)
        self.report_combo.currentIndexChanged.connect(lambda _i: self._fill_scope())
        self.scope_combo.currentIndexChanged.connect(lambda _i: self._describe())
        context.site_selected.connect(self.show_site)
        self._sites: list[Any] = []
        self._leaders: list[Any] = []

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.icon(), action.text(), self)
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        return button

    # Workspace --------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Văn bản in")

    def icon(self) -> QIcon:
        return icon("reports")

    def actions(self) -> list[QAction]:  # type: ignore[override]
        return [self.preview_action, self.print_action, self.pdf_action, self.word_action, self.batch_action,
                self.batch_each_action]

    def refresh(self) -> None:
        from festival_planner.services import leaders, sites

        campaign = self.campaign
        self._sites = self.context.ops.read(lambda s: sites.list_sites(s, campaign.id)) if campaign else []
        self._leaders = self.context.ops.read(lambda s: leaders.list_leaders(s, include_inactive=False))
        self._fill_scope()

    # Choice -----------------------------------------------------------------------------------------
    def report(self) -> str:
        return str(self.report_combo.currentData())

    def set_report(self, kind: str) -> None:
        self.report_combo.setCurrentIndex(self.report_combo.findData(kind))

    def _fill_scope(self) -> None:
        from festival_planner.domain.values import format_date

        kind = self.report()
        chosen = self.scope_combo.currentData()
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        if kind == ITINERARY:
            self.scope_label.setText(self.tr("Lãnh đạo:"))
            for leader in self._leaders:
                self.scope_combo.addItem(f"{leader.full_name} — {leader.title}", leader.id)
        elif kind in (SITE_SCHEDULE, FIELD_CHECKLIST):
            self.scope_label.setText(self.tr("Điểm tổ chức:"))
            for site in self._sites:
                self.scope_combo.addItem(f"{format_date(site.date)}  {site.commune.name}, {site.commune.province}",
                                         site.id)
        else:
            self.scope_label.setText(self.tr("Phạm vi:"))
            self.scope_combo.addItem(self.tr("Cả nước"), None)
        found = self.scope_combo.findData(chosen)
        self.scope_combo.setCurrentIndex(max(found, 0))
        self.scope_combo.blockSignals(False)
        self.map_edit.setEnabled(kind == OVERVIEW)
        self._describe()

    def show_site(self, site_id: uuid.UUID) -> None:
        """Put the site picked in another workspace in scope (when the report is about a site)."""
        found = self.scope_combo.findData(site_id)
        if found >= 0 and self.report() in (SITE_SCHEDULE, FIELD_CHECKLIST):
            self.scope_combo.setCurrentIndex(found)

    def scope(self) -> uuid.UUID | None:
        return self.scope_combo.currentData()  # type: ignore[no-any-return]

    def set_scope(self, scope_id: uuid.UUID) -> None:
        self.scope_combo.setCurrentIndex(self.scope_combo.findData(scope_id))

    def options(self) -> Options:
        day: dt.date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return Options(number=self.number_edit.text().strip(), confidential=self.confidential_check.isChecked(),
                       issued_on=day, map_image=self.map_edit.text().strip() if self.report() == OVERVIEW else "")

    def _ready(self) -> bool:
        return self.campaign is not None and (self.report() == OVERVIEW or self.scope() is not None)

    def _describe(self) -> None:
        ready = self._ready()
        for action in (self.preview_action, self.print_action, self.pdf_action, self.word_action):
            action.setEnabled(ready)
        for action in (self.batch_action, self.batch_each_action):
            action.setEnabled(bool(self._sites))
        if self.campaign is None:
            self.summary.setText(self.tr("Chọn hoặc tạo kế hoạch của một năm để in văn bản."))
        elif not ready:
            self.summary.setText(self.tr("Chưa có điểm tổ chức hoặc lãnh đạo nào để in."))
        else:
            self.summary.setText(self.tr("Khổ A4, lề trên và dưới 20 mm, lề trái 30 mm, lề phải 15 mm; "
                                         "phông Noto Serif 13 pt; số trang ở giữa, phía trên, từ trang 2."))

    def document(self) -> Document:
        """The chosen report as content (read from the services now)."""
        kind, scope, options, campaign = self.report(), self.scope(), self.options(), self.campaign
        assert campaign is not None

        def build(session: Any) -> Document:
            if kind == SITE_SCHEDULE:
                return site_schedule_document(session, scope, options)
            if kind == FIELD_CHECKLIST:
                return field_checklist_document(session, scope, options)
            if kind == ITINERARY:
                return itinerary_document(session, scope, campaign.year, options)
            return overview_document(session, campaign.year, options)

        return self.context.ops.read(build)

    def _document_or_error(self) -> Document | None:
        if not self._ready():
            return None
        try:
            return self.document()
        except FestivalPlannerError as exc:
            self.context.ops.show_error(exc, self)
            return None

    # Output -----------------------------------------------------------------------------------------
    def _printer(self, document: Document) -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(document.name or document.title)
        render.prepare_device(printer, document.landscape)
        return printer

    def preview_dialog(self, document: Document) -> QPrintPreviewDialog:
        """A preview of ``document`` painted by the same renderer as the PDF (not yet shown)."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        printer = self._printer(document)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.printer_kept = printer  # the dialog does not own it: it must live as long as the dialog
        dialog.setObjectName("reportPreview")
        dialog.setWindowTitle(self.tr("Xem trước: %1").replace("%1", document.title))
        dialog.resize(900, 1000)

        def paint(device: QPrinter) -> None:
            render.ensure_fonts()
            painter = QPainter(device)
            render.paint_document(painter, device, document)
            painter.end()

        dialog.paintRequested.connect(paint)
        return dialog

    def preview(self) -> None:
        document = self._document_or_error()
        if document is not None:
            dialog = self.preview_dialog(document)
            dialog.exec()
            dialog.deleteLater()

    def print_document(self) -> None:
        document = self._document_or_error()
        if document is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self._printer(document)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In văn bản"))
        if dialog.exec():
            render.prepare_device(printer, document.landscape)
            render.ensure_fonts()
            painter = QPainter(printer)
            render.paint_document(painter, printer, document)
            painter.end()
        dialog.deleteLater()

    def _suggested(self, name: str, suffix: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / f"{name or 'van-ban'}{suffix}")

    def export_pdf(self, path: str | None = None) -> Path | None:
        """Write the chosen report as PDF (asks where when ``path`` is None); return the file."""
        from festival_planner.reports.output import save_pdf

        document = self._document_or_error()
        if document is None:
            return None
        path = path or dialogs.save_file_name(self, self.tr("Xuất PDF"), self._suggested(document.name, ".pdf"),
                                              self.tr("Tệp PDF (*.pdf)"), "pdf")
        if not path:
            return None
        try:
            pages = save_pdf([document], path)
        except FestivalPlannerError as exc:
            self.context.ops.show_error(exc, self)
            return None
        self.context.show_status(self.tr("Đã ghi %1 (%2 trang).").replace("%1", path).replace("%2", str(pages)))
        return Path(path)

    def export_word(self, path: str | None = None) -> Path | None:
        """Write the chosen report as a Word file (asks where when ``path`` is None); return the file."""
        from festival_planner.reports.output import save_docx

        document = self._document_or_error()
        if document is None:
            return None
        path = path or dialogs.save_file_name(self, self.tr("Xuất Word"), self._suggested(document.name, ".docx"),
                                              self.tr("Tệp Word (*.docx)"), "docx")
        if not path:
            return None
        try:
            save_docx(document, path)
        except FestivalPlannerError as exc:
            self.context.ops.show_error(exc, self)
            return None
        self.context.show_status(self.tr("Đã ghi %1.").replace("%1", path))
        return Path(path)

    def export_batch(self, one_per_site: bool, target: str | None = None) -> Job | None:
        """Every site schedule of the campaign into one PDF (``target`` a file) or one PDF per site
        (``target`` a folder), in the background with progress and cancel."""
        from festival_planner.reports.output import save_pdf, save_pdf_per_document

        campaign = self.campaign
        if campaign is None or not self._sites:
            return None
        if target is None:
            if one_per_site:
                from PySide6.QtWidgets import QFileDialog

                target = QFileDialog.getExistingDirectory(self, self.tr("Thư mục ghi các tệp PDF"),
                                                          str(Path(self._suggested("", "")).parent))
            else:
                target = dialogs.save_file_name(self, self.tr("Xuất chương trình mọi điểm"),
                                                self._suggested(f"chuong-trinh-{campaign.year}", ".pdf"),
                                                self.tr("Tệp PDF (*.pdf)"), "pdf")
        if not target:
            return None
        options, database, year = self.options(), self.context.ops.database, campaign.year
        reading = self.tr("Đang đọc các điểm…")
        painting = self.tr("Đang in điểm %1/%2…")

        def work(progress: Any) -> list[Path] | int:
            progress(0, 1, reading)
            with database.read() as session:
                documents = [site_schedule_document(session, site_id, options)
                             for site_id in campaign_site_ids(session, year)]

            def step(done: int, total: int) -> None:
                progress(done, total, painting.replace("%1", str(done)).replace("%2", str(total)))

            if one_per_site:
                return save_pdf_per_document(documents, target, step)
            return save_pdf(documents, target, step)

        def done(result: list[Path] | int) -> None:
            self.last_batch = result
            count = len(result) if isinstance(result, list) else len(self._sites)
            self.context.show_status(self.tr("Đã xuất chương trình của %1 điểm vào %2.")
                                     .replace("%1", str(count)).replace("%2", str(target)))

        self.job = run_job(self, self.tr("Xuất chương trình mọi điểm"), work, on_done=done)
        return self.job
