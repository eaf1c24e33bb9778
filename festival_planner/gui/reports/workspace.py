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

from PySide6.QtCore import QDate, QRect, QSize, QStandardPaths
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.gui import dialogs, unavailable
from festival_planner.gui.changes import Change, ChangeSet
from festival_planner.gui.icons import icon, make_action
from festival_planner.gui.jobs import Job, run_job
from festival_planner.gui.workspace import Workspace, WorkspaceContext

if TYPE_CHECKING:  # QtPrintSupport loads when a preview or a printer is first needed, not at start-up; the
    # documents' content and renderer when a document is first made
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from festival_planner.reports.content import Document, Options

log = logging.getLogger(__name__)

SITE_SCHEDULE, ITINERARY, FIELD_CHECKLIST, OVERVIEW = "site_schedule", "itinerary", "field_checklist", "overview"
FILL_BY_HAND, REFUSE = "fill", "refuse"  # what to do with a site whose venue, host, contact are not known yet
PREVIEW_SIZE = QSize(900, 1000)  # what the preview asks for; never more than the screen gives it
TITLE_BAR = 48  # room left for the window's frame and title bar on the screen


def fit_on_screen(wanted: QSize, available: QRect) -> QSize:
    """``wanted`` shrunk to the screen's available area (frame and title bar included)."""
    return QSize(min(wanted.width(), available.width() - 16), min(wanted.height(), available.height() - TITLE_BAR))


class ReportsWorkspace(Workspace):
    """Preview, print and export the official documents of the campaign shown."""

    key = "reports"
    interests = (Change.SITES | Change.INVITATIONS | Change.CHECKLISTS | Change.PROGRAMME | Change.CAMPAIGNS
                 | Change.LEADERS | Change.BUDGET)

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.job: Job | None = None
        self.last_batch: list[Path] | int | None = None
        context.site_selected.connect(self.show_site)
        self._sites: list[Any] = []
        self._leaders: list[Any] = []
        self.preview_action = make_action(self, self.tr("Xem trước khi in…"), "print", self.preview)
        self.print_action = make_action(self, self.tr("In…"), "print", self.print_document)
        self.pdf_action = make_action(self, self.tr("Xuất PDF…"), "pdf", self.export_pdf)
        self.word_action = make_action(self, self.tr("Xuất Word…"), "export", self.export_word)
        self.batch_action = make_action(self, self.tr("Chương trình mọi điểm vào một tệp PDF…"), "pdf",
                                        lambda: self.export_batch(one_per_site=False))
        self.batch_each_action = make_action(self, self.tr("Chương trình mỗi điểm một tệp PDF…"), "pdf",
                                             lambda: self.export_batch(one_per_site=True))
        self.documents_action = make_action(self, self.tr("Cơ quan ban hành và người ký…"), "settings",
                                            self.open_documents_dialog, "Ctrl+Shift+K",
                                            tip=self.tr("Cơ quan ban hành, địa danh, thẩm quyền ký, họ tên người ký, "
                                                        "ký hiệu và nơi nhận của các văn bản năm này"))

    def build(self) -> None:
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
        self.map_edit.setPlaceholderText(self.tr("để trống: bản đồ các điểm theo mức sẵn sàng; hoặc chọn ảnh"))
        self.map_browse = QPushButton(self.tr("Chọn ảnh…"), self)
        self.map_browse.setObjectName("mapBrowse")
        self.map_browse.clicked.connect(self.browse_map)
        self.date_warning = QLabel(self)
        self.date_warning.setObjectName("issueDateWarning")
        self.date_warning.setWordWrap(True)
        self.date_warning.setStyleSheet("color: #9a5b00;")
        self.date_warning.hide()
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("missingFactsWarning")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #9a5b00;")
        self.missing_label.hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)

        self.missing_combo = QComboBox(self)
        self.missing_combo.setObjectName("missingFacts")
        self.missing_combo.addItem(self.tr("In dòng chấm để điền tay"), FILL_BY_HAND)
        self.missing_combo.addItem(self.tr("Không in, báo thiếu gì"), REFUSE)
        self.missing_combo.setCurrentIndex(max(0, self.missing_combo.findData(
            self.context.settings.missing_facts_choice())))
        self.missing_combo.currentIndexChanged.connect(
            lambda _i: self.context.settings.set_missing_facts_choice(str(self.missing_combo.currentData())))

        form = QFormLayout()
        form.addRow(self.tr("Văn bản:"), self.report_combo)
        form.addRow(self.scope_label, self.scope_combo)
        form.addRow(self.tr("Số văn bản:"), self.number_edit)
        form.addRow(self.tr("Ngày ban hành:"), self.date_edit)
        form.addRow("", self.date_warning)
        form.addRow("", self.confidential_check)
        form.addRow(self.tr("Điểm còn thiếu thông tin:"), self.missing_combo)
        map_row = QHBoxLayout()
        map_row.addWidget(self.map_edit, 1)
        map_row.addWidget(self.map_browse)
        form.addRow(self.tr("Bản đồ:"), map_row)
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
        # In a scroll area: the form never sets the window's minimum height (a 1366×768 screen, a
        # window restored small).
        content = QWidget(self)
        content.setObjectName("reportsContent")
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(choose)
        layout.addLayout(buttons)
        documents_row = QHBoxLayout()
        documents_row.addWidget(self._button(self.documents_action))
        documents_row.addStretch(1)
        layout.addLayout(documents_row)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.summary)
        layout.addWidget(batch_box)
        layout.addStretch(1)
        self.report_combo.currentIndexChanged.connect(lambda _i: self._fill_scope())
        self.scope_combo.currentIndexChanged.connect(lambda _i: self._describe())
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.missing_label.hide())
        self.date_edit.dateChanged.connect(lambda _d: self._check_date())

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.icon(), action.text(), self)
        button.clicked.connect(action.trigger)

        def follow() -> None:  # a disabled action's tooltip says why; the button shows the same
            button.setEnabled(action.isEnabled())
            button.setToolTip(action.toolTip())

        action.changed.connect(follow)
        return button

    # Workspace --------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Văn bản in")

    def icon(self) -> QIcon:
        return icon("reports")

    def actions(self) -> list[QAction]:  # type: ignore[override]
        return [self.preview_action, self.print_action, self.pdf_action, self.word_action, self.batch_action,
                self.batch_each_action, self.documents_action]

    def writing_actions(self) -> list[QAction]:
        return [self.documents_action]

    def toolbar_actions(self) -> list[QAction]:
        return [a for a in self.actions() if a is not self.documents_action]

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.flags & Change.DATABASE and self.built:
            self.map_edit.clear()  # an image chosen for another database's plan
        super().on_changed(changes)

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
        found = self._scope_index(chosen)
        self.scope_combo.setCurrentIndex(max(found, 0))
        self.scope_combo.blockSignals(False)
        self.map_edit.setEnabled(kind == OVERVIEW)
        self.map_browse.setEnabled(kind == OVERVIEW)
        self._describe()

    def show_site(self, site_id: uuid.UUID) -> None:
        """Put the site picked in another workspace in scope (when the report is about a site)."""
        if not self.built:
            return
        found = self._scope_index(site_id)
        if found >= 0 and self.report() in (SITE_SCHEDULE, FIELD_CHECKLIST):
            self.scope_combo.setCurrentIndex(found)

    def _scope_index(self, scope_id: object) -> int:
        """The row of ``scope_id`` in the scope list, -1 when absent (compared by value: ``findData``
        compares Python objects by identity, and every reload makes new ones)."""
        return next((n for n in range(self.scope_combo.count()) if self.scope_combo.itemData(n) == scope_id), -1)

    def scope(self) -> uuid.UUID | None:
        return self.scope_combo.currentData()  # type: ignore[no-any-return]

    def set_scope(self, scope_id: uuid.UUID) -> None:
        self.scope_combo.setCurrentIndex(self._scope_index(scope_id))

    def options(self) -> Options:
        from festival_planner.reports.content import Options

        day: dt.date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return Options(number=self.number_edit.text().strip(), confidential=self.confidential_check.isChecked(),
                       issued_on=day, map_image=self.map_edit.text().strip() if self.report() == OVERVIEW else "")

    def browse_map(self) -> str:
        """Choose the overview's map image (PNG, JPEG …); "" when the user cancels."""
        current = self.map_edit.text().strip()
        folder = str(Path(current).parent) if current else str(Path(self._suggested("", "")).parent)
        path = dialogs.open_file_name(self, self.tr("Chọn ảnh bản đồ"), folder,
                                      self.tr("Ảnh (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"))
        if path:
            self.map_edit.setText(path)
        return path

    def event_day(self) -> dt.date | None:
        """The day of the site in scope (site schedule and checklist), None for other reports."""
        if self.report() not in (SITE_SCHEDULE, FIELD_CHECKLIST):
            return None
        scope = self.scope()
        return next((s.date for s in self._sites if s.id == scope), None)

    def _check_date(self) -> None:
        """Warn (beside the date, never a modal) when the site's day is before the issue date."""
        from festival_planner.domain.values import format_date

        day, issued = self.event_day(), self.date_edit.date().toPython()
        late = day is not None and day < issued  # type: ignore[operator]
        if late:
            self.date_warning.setText(self.tr("Ngày tổ chức (%1) đã qua so với ngày ban hành: kiểm tra lại "
                                              "ngày ban hành.").replace("%1", format_date(day)))
        self.date_warning.setVisible(late)

    def _ready(self) -> bool:
        return self.campaign is not None and (self.report() == OVERVIEW or self.scope() is not None)

    def why_not(self) -> str | None:
        """Why the chosen document cannot be printed or exported now (None: it can)."""
        if self.campaign is None:
            return unavailable.no_year()
        if self._ready():
            return None
        if self.report() == ITINERARY:
            return self.tr("Chưa có lãnh đạo nào trong danh bạ: nhập danh sách ở mục Lãnh đạo.")
        return unavailable.no_sites()

    def why_no_batch(self) -> str | None:
        """Why the whole year's schedules cannot be exported now (None: they can)."""
        return unavailable.first_reason((self.campaign is not None, unavailable.no_year()),
                                        (bool(self._sites), unavailable.no_sites()))

    def _describe(self) -> None:
        self._check_date()
        unavailable.explain(self.documents_action, None if self.campaign is not None else unavailable.no_year())
        ready = self._ready()
        for action in (self.preview_action, self.print_action, self.pdf_action, self.word_action):
            unavailable.explain(action, self.why_not())
        for action in (self.batch_action, self.batch_each_action):
            unavailable.explain(action, self.why_no_batch())
        if self.campaign is None:
            self.summary.setText(self.tr("Chọn hoặc tạo kế hoạch của một năm để in văn bản."))
        elif not ready:
            self.summary.setText(self.tr("Chưa có điểm tổ chức hoặc lãnh đạo nào để in."))
        else:
            self.summary.setText(self.tr("Khổ A4, lề trên và dưới 20 mm, lề trái 30 mm, lề phải 15 mm; "
                                         "phông Liberation Serif (cỡ chữ như Times New Roman) 13 pt; "
                                         "số trang ở giữa khối chữ, phía trên, từ trang 2."))

    def document(self) -> Document:
        """The chosen report as content (read from the services now)."""
        from festival_planner.reports.content import (
            field_checklist_document,
            itinerary_document,
            site_schedule_document,
        )
        from festival_planner.reports.site_map import overview_with_map

        kind, scope, options, campaign = self.report(), self.scope(), self.options(), self.campaign
        assert campaign is not None

        def build(session: Any) -> Document:
            if kind == SITE_SCHEDULE:
                return site_schedule_document(session, scope, options)
            if kind == FIELD_CHECKLIST:
                return field_checklist_document(session, scope, options)
            if kind == ITINERARY:
                return itinerary_document(session, scope, campaign.year, options)
            return overview_with_map(session, campaign.year, options)  # its own map unless an image is chosen

        return self.context.ops.read(build)

    def _document_or_error(self) -> Document | None:
        reason = self.why_not()
        if reason is not None:  # reached anyway (a button, a call): say why instead of nothing
            self.context.show_status(reason)
            return None
        try:
            document = self.document()
        except FestivalPlannerError as exc:
            self.context.ops.show_error(exc, self)
            return None
        return document if self._missing_facts_accepted(document) else None

    def _missing_facts_accepted(self, document: Document) -> bool:
        """A site whose venue, host unit, contact or phone is not known yet: as the user chose ("Điểm còn
        thiếu thông tin"), print dotted lines to fill in by hand — the warning under the form lists them —
        or refuse with a message box that lists them."""
        self.missing_label.setVisible(bool(document.missing))
        if not document.missing:
            return True
        if self.missing_combo.currentData() == REFUSE:
            self.missing_label.setText(self.tr("Chưa in: điểm này còn thiếu %1.").replace(
                "%1", ", ".join(document.missing)))
            listed = "\n".join(f"• {fact}" for fact in document.missing)
            dialogs.warn(self, self.tr("Điểm còn thiếu thông tin"),
                         self.tr("Chưa in: điểm này còn thiếu\n%1\n\nHãy bổ sung ở mục Điểm tổ chức, hoặc chọn "
                                 "“In dòng chấm để điền tay”.").replace("%1", listed))
            return False
        self.missing_label.setText(self.tr("Điểm này còn thiếu %1: in thành dòng chấm để điền tay.").replace(
            "%1", ", ".join(document.missing)))
        return True

    def open_documents_dialog(self) -> QDialog | None:
        """Edit the campaign's issuer and signer; saving is one undoable step (nothing without a year)."""
        from festival_planner.gui.reports.documents_dialog import DocumentSettingsDialog, SaveDocumentSettingsCommand
        from festival_planner.services.documents import saved_document_settings

        campaign = self.campaign
        if campaign is None:
            self.context.show_status(unavailable.no_year())
            return None

        def load() -> tuple[Any, int | None]:
            return self.context.ops.read(lambda s: saved_document_settings(s, campaign.id))

        def save(dialog: DocumentSettingsDialog) -> None:
            after = dialog.settings()
            self.context.push(SaveDocumentSettingsCommand(self.context.ops, campaign.id, dialog.saved_before,
                                                          dialog.version, after, campaign.year))
            self.context.show_status(self.tr("Đã lưu cơ quan ban hành và người ký của năm %1.")
                                     .replace("%1", str(campaign.year)))

        settings, version = load()
        dialog = DocumentSettingsDialog(settings, version, self.window(), saver=save, loader=load)
        available = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        dialog.resize(fit_on_screen(dialog.sizeHint().expandedTo(QSize(720, 0)), available))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # Output -----------------------------------------------------------------------------------------
    def _printer(self, document: Document) -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        from festival_planner.reports import render

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(document.name or document.title)
        render.prepare_device(printer, document.landscape)
        return printer

    def preview_dialog(self, document: Document) -> QPrintPreviewDialog:
        """A preview of ``document`` painted by the same renderer as the PDF (not yet shown)."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from festival_planner.reports import render

        printer = self._printer(document)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.printer_kept = printer  # the dialog does not own it: it must live as long as the dialog
        dialog.setObjectName("reportPreview")
        dialog.setWindowTitle(self.tr("Xem trước: %1").replace("%1", document.title))
        screen = self.screen() or QGuiApplication.primaryScreen()
        size = fit_on_screen(PREVIEW_SIZE, screen.availableGeometry())
        dialog.resize(size)
        frame = screen.availableGeometry()
        dialog.move(frame.x() + (frame.width() - size.width()) // 2, frame.y() + max(0, TITLE_BAR // 2))

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
        from festival_planner.reports import render

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
        from festival_planner.reports.content import campaign_site_ids, site_schedule_document
        from festival_planner.reports.output import save_pdf, save_pdf_per_document

        campaign = self.campaign
        reason = self.why_no_batch()
        if campaign is None or reason is not None:
            self.context.show_status(reason or unavailable.no_year())
            return None
        if target is None:
            if one_per_site:
                target = dialogs.folder_name(self, self.tr("Thư mục ghi các tệp PDF"))
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
