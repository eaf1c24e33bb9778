"""Who issues and who signs the campaign's documents ("Cơ quan ban hành và người ký…"): the issuing body
and its superior, the place of the place-and-date line, the signing authority (TM./KT. presets), the
signer's title and full name, and each report's symbol and recipients. Saved with the campaign
(``services.documents``) as one undoable step; a save made meanwhile by someone else is refused."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from festival_planner.domain.errors import ConflictError, FestivalPlannerError
from festival_planner.gui.commands import ServiceCommand
from festival_planner.gui.operations import Operations
from festival_planner.services import documents
from festival_planner.services.documents import AUTHORITIES, REPORTS, DocumentSettings

translate = QCoreApplication.translate


def report_names() -> dict[str, str]:
    """The reports' names in the interface language (the tabs, the error messages)."""
    return {"site_schedule": translate("DocumentsDialog", "Chương trình tại điểm"),
            "itinerary": translate("DocumentsDialog", "Lịch trình công tác"),
            "field_checklist": translate("DocumentsDialog", "Danh mục kiểm tra"),
            "overview": translate("DocumentsDialog", "Báo cáo tiến độ")}


def placeholder_names() -> dict[str, str]:
    """The recipients' placeholders as the user reads and types them ({tỉnh} for {province})."""
    return {"year": translate("DocumentsDialog", "năm"), "commune": translate("DocumentsDialog", "xã"),
            "province": translate("DocumentsDialog", "tỉnh"), "date": translate("DocumentsDialog", "ngày"),
            "leader": translate("DocumentsDialog", "lãnh_đạo"),
            "leader_title": translate("DocumentsDialog", "chức_vụ"),
            "as_of": translate("DocumentsDialog", "tính_đến"), "sites": translate("DocumentsDialog", "số_điểm")}


def shown_placeholders(line: str) -> str:
    """A saved recipient line as shown in the dialog ("- UBND {province};" → "- UBND {tỉnh};")."""
    for key, name in placeholder_names().items():
        line = line.replace("{" + key + "}", "{" + name + "}")
    return line


def saved_placeholders(line: str) -> str:
    """A recipient line typed in the dialog as saved ("{tỉnh}" → "{province}")."""
    for key, name in placeholder_names().items():
        line = line.replace("{" + name + "}", "{" + key + "}")
    return line


class SaveDocumentSettingsCommand(ServiceCommand):
    """Save the campaign's issuer and signer; undo writes the previous ones back."""

    def __init__(self, ops: Operations, campaign_id: uuid.UUID, before: DocumentSettings | None,
                 before_version: int | None, after: DocumentSettings, year: int) -> None:
        super().__init__(ops, translate("DocumentsDialog", "Sửa cơ quan ban hành và người ký năm %1")
                         .replace("%1", str(year)))
        self.campaign_id = campaign_id
        self.before, self.after = before, after
        self.version = before_version

    def _save(self, session: Session, settings: DocumentSettings | None) -> None:
        if self.version is None and documents.saved_document_settings(session, self.campaign_id)[1] is not None:
            # read when the plan had no settings row; someone has saved one since (the service only
            # checks versions it is given)
            raise ConflictError("stale_document_settings")
        self.version = documents.save_document_settings(session, self.campaign_id, settings, self.version)

    def _do(self, session: Session) -> None:
        self._save(session, self.after)

    def _undo(self, session: Session) -> None:
        self._save(session, self.before)


class DocumentSettingsDialog(QDialog):
    """Edit the issuer and signer of a campaign's documents; ``settings()`` gives what the form says.

    The dialog remembers the version it read; "Lưu" hands the checked settings to ``saver`` (the
    workspace pushes the undoable command), and stays open with the reason when it is refused — a save
    made meanwhile by someone else offers "Tải lại" (``loader``) to read the plan again."""

    def __init__(self, settings: DocumentSettings, version: int | None, parent: QWidget | None = None, *,
                 saver: Callable[[DocumentSettingsDialog], None] | None = None,
                 loader: Callable[[], tuple[DocumentSettings, int | None]] | None = None) -> None:
        super().__init__(parent)
        self.saver, self.loader = saver, loader
        self.setObjectName("DocumentSettingsDialog")
        self.setWindowTitle(self.tr("Cơ quan ban hành và người ký"))
        self.version = version
        self.saved_before: DocumentSettings | None = settings if version is not None else None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Các thông tin này in trên mọi văn bản của kế hoạch năm đang mở và được lưu "
                               "cùng kế hoạch (ai mở kế hoạch cũng in như nhau)."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        issuer_box = QGroupBox(self.tr("Cơ quan ban hành"), self)
        form = QFormLayout(issuer_box)
        self.superior_edit = self._line("superior", form, self.tr("Cơ quan chủ quản:"),
                                        self.tr("để trống khi không có"))
        self.issuer_edit = self._line("issuer", form, self.tr("Cơ quan ban hành:"))
        self.place_edit = self._line("place", form, self.tr("Địa danh:"),
                                     self.tr("nơi cơ quan ban hành đóng trụ sở, ví dụ Hà Nội"))
        layout.addWidget(issuer_box)

        signer_box = QGroupBox(self.tr("Người ký"), self)
        form = QFormLayout(signer_box)
        self.authority_combo = QComboBox(self)
        self.authority_combo.setObjectName("authorityPreset")
        self.authority_combo.addItem(self.tr("Thay mặt tập thể (TM.) — Trưởng ban ký"), "tm")
        self.authority_combo.addItem(self.tr("Ký thay (KT.) — Phó Trưởng ban ký"), "kt")
        self.authority_combo.addItem(self.tr("Tự ghi"), "")
        self.authority_combo.activated.connect(lambda _i: self._apply_preset())
        form.addRow(self.tr("Thẩm quyền ký:"), self.authority_combo)
        self.capacity_edit = self._line("signature_capacity", form, self.tr("Dòng thẩm quyền:"),
                                        self.tr("TM., KT., Q., TL., TUQ. …; để trống khi người đứng đầu ký"))
        self.title_edit = self._line("signature_title", form, self.tr("Chức vụ người ký:"))
        self.name_edit = self._line("signer_name", form, self.tr("Họ và tên người ký:"),
                                    self.tr("in đậm dưới chỗ ký; để trống: ký xong ghi tay"))
        for edit in (self.capacity_edit, self.title_edit):
            edit.textEdited.connect(lambda _t: self._match_preset())
        layout.addWidget(signer_box)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reportTabs")
        self.symbol_edits: dict[str, QLineEdit] = {}
        self.recipient_edits: dict[str, QPlainTextEdit] = {}
        for report, name in report_names().items():
            page = QWidget(self.tabs)
            form = QFormLayout(page)
            symbol = QLineEdit(page)
            symbol.setObjectName(f"symbol_{report}")
            symbol.setMaxLength(documents.LIMITS["symbol"])
            symbol.setPlaceholderText(self.tr("ví dụ CTr-BCĐ"))
            form.addRow(self.tr("Ký hiệu văn bản:"), symbol)
            recipients = QPlainTextEdit(page)
            recipients.setObjectName(f"recipients_{report}")
            recipients.setTabChangesFocus(True)
            recipients.setFixedHeight(recipients.fontMetrics().lineSpacing() * 6 + 12)
            form.addRow(self.tr("Nơi nhận (mỗi dòng một nơi):"), recipients)
            fields = ", ".join("{" + placeholder_names()[f] + "}" for f in sorted(documents.RECIPIENT_FIELDS[report]))
            hint = QLabel(self.tr("Có thể dùng: %1").replace("%1", fields), page)
            hint.setWordWrap(True)
            form.addRow("", hint)
            self.symbol_edits[report], self.recipient_edits[report] = symbol, recipients
            self.tabs.addTab(page, name)
        layout.addWidget(self.tabs)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("Lưu"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        defaults = self.buttons.addButton(self.tr("Mặc định"), QDialogButtonBox.ButtonRole.ResetRole)
        defaults.clicked.connect(lambda: self.set_settings(documents.default_settings()))
        self.reload_button = self.buttons.addButton(self.tr("Tải lại"), QDialogButtonBox.ButtonRole.ResetRole)
        self.reload_button.setObjectName("reloadButton")
        self.reload_button.clicked.connect(self.reload)
        self.reload_button.hide()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.set_settings(settings)
        self.issuer_edit.setFocus()

    def _line(self, name: str, form: QFormLayout, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(documents.LIMITS[name])
        if placeholder:
            edit.setPlaceholderText(placeholder)
        form.addRow(label, edit)
        return edit

    # Values ---------------------------------------------------------------------------------------
    def set_settings(self, settings: DocumentSettings) -> None:
        self.superior_edit.setText(settings.superior)
        self.issuer_edit.setText(settings.issuer)
        self.place_edit.setText(settings.place)
        self.capacity_edit.setText(settings.signature_capacity)
        self.title_edit.setText(settings.signature_title)
        self.name_edit.setText(settings.signer_name)
        for report in REPORTS:
            self.symbol_edits[report].setText(settings.symbols.get(report, ""))
            self.recipient_edits[report].setPlainText("\n".join(
                shown_placeholders(line) for line in settings.recipients.get(report, ())))
        self._match_preset()

    def settings(self) -> DocumentSettings:
        """What the form says (not yet checked: ``services.documents`` validates it when saving)."""
        return DocumentSettings(
            superior=self.superior_edit.text(), issuer=self.issuer_edit.text(), place=self.place_edit.text(),
            signature_capacity=self.capacity_edit.text(), signature_title=self.title_edit.text(),
            signer_name=self.name_edit.text(),
            symbols={r: edit.text() for r, edit in self.symbol_edits.items()},
            recipients={r: tuple(saved_placeholders(line) for line in edit.toPlainText().splitlines() if line.strip())
                        for r, edit in self.recipient_edits.items()})

    def set_preset(self, key: str) -> None:
        """Choose a signing authority preset ("tm", "kt"): fills the authority and title lines."""
        self.authority_combo.setCurrentIndex(self.authority_combo.findData(key))
        self._apply_preset()

    def _apply_preset(self) -> None:
        key = self.authority_combo.currentData()
        if key in AUTHORITIES:
            capacity, title = AUTHORITIES[key]
            self.capacity_edit.setText(capacity)
            self.title_edit.setText(title)

    def _match_preset(self) -> None:
        pair = (self.capacity_edit.text().strip(), self.title_edit.text().strip())
        key = next((k for k, v in AUTHORITIES.items() if v == pair), "")
        self.authority_combo.setCurrentIndex(self.authority_combo.findData(key))

    # Checking -------------------------------------------------------------------------------------
    def check(self) -> DocumentSettings | None:
        """The form's settings cleaned, or None with the problem shown under the form and the field focused."""
        try:
            cleaned = documents.validate_documents(self.settings())
        except FestivalPlannerError as exc:
            self.show_problem(exc)
            return None
        self.error_label.hide()
        return cleaned

    def show_problem(self, exc: FestivalPlannerError) -> None:
        """Show a refusal under the form (the report named in the interface language) and focus its field."""
        message = shown_placeholders(exc.message)
        report = str(exc.params.get("report", ""))
        names = report_names()
        if report in names:
            message = message.replace(f"({report})", f"({names[report]})").replace(report, names[report])
        self.error_label.setText(message)
        self.error_label.show()
        field = str(exc.params.get("field", ""))
        widget: QWidget | None = {
            "superior": self.superior_edit, "issuer": self.issuer_edit, "place": self.place_edit,
            "signature_capacity": self.capacity_edit, "signature_title": self.title_edit,
            "signer_name": self.name_edit}.get(field)
        if report in self.symbol_edits:
            self.tabs.setCurrentIndex(list(names).index(report))
            widget = self.symbol_edits[report] if field == "symbol" else self.recipient_edits[report]
        if widget is not None:
            widget.setFocus()

    def reload(self) -> None:
        """Read the saved settings and their version again (after someone else saved)."""
        if self.loader is not None:
            settings, self.version = self.loader()
            self.saved_before = settings if self.version is not None else None
            self.set_settings(settings)
        self.reload_button.hide()
        self.error_label.hide()

    def accept(self) -> None:
        cleaned = self.check()
        if cleaned is None:
            return
        if self.saver is not None:
            try:
                self.saver(self)
            except FestivalPlannerError as exc:
                self.show_problem(exc)
                self.reload_button.setVisible(isinstance(exc, ConflictError))
                return
        super().accept()
