"""The File menu's field kits: export, open a kit in field mode (banner, send back, close), merge a
return kit. Qt-free work is ``services.kits`` / ``services.kit_merge``; this module asks the user and
hands the field copy's ``MemoryDatabase`` to the window the same way File → Open hands a file
(``MainWindow.database_switched``)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from festival_planner.domain import messages
from festival_planner.domain.errors import DatabaseError, FestivalPlannerError, ValidationError
from festival_planner.domain.values import format_date
from festival_planner.gui import dialogs, unavailable
from festival_planner.gui.icons import make_action
from festival_planner.store.kit_file import SUFFIX, KitHeader

if TYPE_CHECKING:
    from festival_planner.gui.kits.export_dialog import ExportKitDialog
    from festival_planner.gui.kits.merge_dialog import MergeDialog
    from festival_planner.gui.kits.passphrase_dialog import PassphraseDialog
    from festival_planner.services.kit_merge import MergePlan, MergeResult
    from festival_planner.services.kits import WorkingCopy
    from festival_planner.store.database import Database

log = logging.getLogger(__name__)
BANNER_STYLE = ("QFrame#fieldBanner { background: #fff3c4; border-bottom: 2px solid #c98a00; }"
                " QLabel { color: #4a3400; }")


class FieldBanner(QFrame):
    """The strip at the top of the window in field mode: what this copy is, its marking and expiry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldBanner")
        self.setStyleSheet(BANNER_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.label = QLabel(self)
        self.label.setObjectName("fieldBannerText")
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_copy(self, header: KitHeader) -> None:
        parts = [self.tr("Bản làm việc thực địa — thay đổi được gửi về bằng “Gửi về”")]
        if header.marking:
            parts.append(self.tr("Độ mật: %1").replace("%1", header.marking))
        if header.campaign_year:
            parts.append(self.tr("Năm %1").replace("%1", str(header.campaign_year)))
        if header.expires_on:
            parts.append(self.tr("Hết hạn sau ngày %1").replace("%1", format_date(header.expires_on)))
        self.label.setText(" · ".join(parts))
        self.show()


def header_about(header: KitHeader) -> str:
    """The public header of a kit, in one line (shown before the passphrase is typed)."""
    from PySide6.QtCore import QCoreApplication

    parts = []
    if header.campaign_year:
        parts.append(QCoreApplication.translate("KitActions", "Năm %1").replace("%1", str(header.campaign_year)))
    sites = header.counts.get("site")
    if sites:
        parts.append(QCoreApplication.translate("KitActions", "%1 điểm").replace("%1", str(sites)))
    if header.marking:
        parts.append(QCoreApplication.translate("KitActions", "Độ mật: %1").replace("%1", header.marking))
    if header.expires_on:
        parts.append(QCoreApplication.translate("KitActions", "Hết hạn sau ngày %1")
                     .replace("%1", format_date(header.expires_on)))
    return " · ".join(parts)


class KitActions(QObject):
    """Export / open / send back / close / merge field kits, and the field mode of the window."""

    def __init__(self, window: Any) -> None:  # the MainWindow (which imports this module)
        super().__init__(window)
        self.window = window
        self.copy: WorkingCopy | None = None
        self._was_field = False
        self.office_path: Path | None = None  # the database shown before field mode, to go back to
        self.banner = FieldBanner(window)
        self.export_action = make_action(self, self.tr("Xuất bộ hồ sơ thực địa…"), None, self.open_export_dialog,
                                         None, self.tr("Ghi các điểm đã chọn vào một tệp mã hóa mang đi thực địa"))
        self.open_action = make_action(self, self.tr("Mở bộ hồ sơ thực địa…"), None, self.ask_open_kit, None,
                                       self.tr("Làm việc trên bộ hồ sơ thực địa (bản làm việc được mã hóa)"))
        self.send_back_action = make_action(self, self.tr("Gửi về…"), None, self.send_back, None,
                                            self.tr("Ghi bộ hồ sơ gửi về văn phòng (mã hóa bằng cùng mật khẩu)"))
        self.close_action = make_action(self, self.tr("Đóng bản làm việc thực địa"), None, self.close_field_copy,
                                        None, self.tr("Trở lại cơ sở dữ liệu của văn phòng"))
        self.merge_action = make_action(self, self.tr("Nhập bộ hồ sơ gửi về…"), None, self.ask_merge_kit, None,
                                        self.tr("Nhập những thay đổi của đoàn thực địa vào cơ sở dữ liệu này"))
        for action, name in ((self.export_action, "kitExportAction"), (self.open_action, "kitOpenAction"),
                             (self.send_back_action, "kitSendBackAction"), (self.close_action, "kitCloseAction"),
                             (self.merge_action, "kitMergeAction")):
            action.setObjectName(name)
        self.apply_mode()

    def actions(self) -> list[QAction]:
        return [self.export_action, self.open_action, self.send_back_action, self.close_action, self.merge_action]

    # Field mode ------------------------------------------------------------------------------------
    @property
    def field_mode(self) -> bool:
        return self.copy is not None

    def apply_mode(self) -> None:
        """Banner and actions for the database shown (called after every database switch)."""
        if self.copy is not None and self.window.database is not self.copy.database:
            log.info("left field mode")
            self.copy = None  # the window closed its database when it switched
        field = self.copy is not None
        if self.copy is not None:
            self.banner.show_copy(self.copy.header)
        else:
            self.banner.hide()
        for action in (self.send_back_action, self.close_action):
            action.setVisible(field)
            action.setEnabled(field)
        campaigns = getattr(self.window, "campaigns", None)
        if campaigns is not None and (field or self._was_field):  # the year itself is read-only in the field
            reason = self.tr("Bản làm việc thực địa: kế hoạch năm chỉ để xem.") if field else None
            unavailable.explain(campaigns.new_action, reason)
            unavailable.explain(campaigns.plan_action, reason or (
                None if self.window.campaign is not None else unavailable.no_year()))
        not_here = self.tr("Không dùng được trong bản làm việc thực địa.") if field else None
        files = getattr(self.window, "files", None)
        backups = [files.backup_action, files.restore_action] if files is not None and (field or self._was_field) \
            else []  # touched only on entering and leaving field mode
        for action in (self.export_action, self.merge_action, *backups):  # backups: the office file's
            unavailable.explain(action, not_here)
        if field or self._was_field:  # the leaders' directory is read-only in the field
            for action in self._leader_writers():
                unavailable.explain(action, self.tr("Bản làm việc thực địa: danh sách lãnh đạo chỉ để xem.")
                                    if field else None)
        self._was_field = field

    def _leader_writers(self) -> list[QAction]:
        """The Leaders workspace's actions that add or import leaders (none when it is not there)."""
        leaders = next((w for w in getattr(self.window, "workspaces", []) if w.key == "leaders"), None)
        names = ("add_action", "import_leaders_action", "travel_action")
        return [getattr(leaders, name) for name in names if hasattr(leaders, name)]

    def display_path(self) -> Path | None:
        """The file the window shows in field mode (the encrypted working copy)."""
        shown = self.copy is not None and self.window.database is self.copy.database
        return self.copy.path if shown and self.copy is not None else None

    def enter_field_mode(self, copy: WorkingCopy) -> None:
        """Show the working copy in the window (the database shown before is closed)."""
        if self.window.database.path is not None:
            self.office_path = Path(self.window.database.path)
        self.copy = copy
        self.window.database_switched(copy.database)
        self.window.settings.add_recent_database(str(copy.path.resolve()))
        self.window.statusBar().showMessage(self.tr("Đã mở bản làm việc thực địa %1").replace("%1", str(copy.path)),
                                            10000)
        log.info("field mode: %s", copy.path)

    def adopt(self, copy: WorkingCopy) -> None:
        """Field mode for a window made over ``copy.database`` (``festival-planner --kit FILE``)."""
        assert self.window.database is copy.database
        self.copy = copy
        self.window.settings.add_recent_database(str(copy.path.resolve()))
        self.window._update_title()

    def close_field_copy(self) -> bool:
        """Back to the office database shown before (or the default one)."""
        if self.copy is None:
            return False
        from festival_planner.store.paths import default_db_path

        target = self.office_path if self.office_path is not None and self.office_path.is_file() \
            else default_db_path()
        return self.window.files.switch_database(target)

    # Opening a kit ---------------------------------------------------------------------------------
    def _kit_filter(self) -> str:
        return self.tr("Bộ hồ sơ thực địa (*%1);;Mọi tệp (*)").replace("%1", SUFFIX)

    def ask_open_kit(self) -> PassphraseDialog | None:
        name = dialogs.open_file_name(self.window, self.tr("Mở bộ hồ sơ thực địa"), "", self._kit_filter())
        return self.open_kit(Path(name)) if name else None

    def passphrase_dialog(self, path: Path, today: Any = None) -> PassphraseDialog | None:
        """The passphrase dialog that opens ``path`` as a field working copy (not shown yet)."""
        from festival_planner.gui.kits.passphrase_dialog import PassphraseDialog
        from festival_planner.services import kits
        from festival_planner.store.kit_file import read_header

        try:
            header = read_header(path)
        except FestivalPlannerError as exc:
            self.window.ops.show_error(exc, self.window)
            return None
        return PassphraseDialog(self.window, self.tr("Mở bộ hồ sơ thực địa"), path,
                                lambda passphrase: kits.open_field_kit(path, passphrase, today=today),
                                header_about(header))

    def open_kit(self, path: Path, today: Any = None) -> PassphraseDialog | None:
        """Ask the passphrase of ``path`` (non-blocking) and switch to its working copy once it opens."""
        dialog = self.passphrase_dialog(Path(path), today)
        if dialog is None:
            return None
        dialog.accepted.connect(lambda: self.enter_field_mode(dialog.result_value))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # Export ----------------------------------------------------------------------------------------
    def open_export_dialog(self) -> ExportKitDialog | None:
        from festival_planner.gui.kits.export_dialog import ExportKitDialog
        from festival_planner.services import sites

        campaign = self.window.campaign
        if campaign is None:
            self.window.ops.show_error(ValidationError("kit_no_sites"), self.window)
            return None
        rows = self.window.ops.read(lambda session: sites.list_sites(session, campaign.id))
        selected: list[Any] = []
        try:
            selected = [row.id for row in self.window.workspace("sites").view.selected_rows()]  # type: ignore[attr-defined]
        except (StopIteration, AttributeError):
            pass
        folder = Path(self.window.database.path).parent if self.window.database.path else None
        dialog = ExportKitDialog(self.window, self.window.database, campaign.year, rows, selected, folder)
        dialog.exported.connect(self._exported)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _exported(self, header: KitHeader, path: Path) -> None:
        self.window.statusBar().showMessage(
            self.tr("Đã xuất bộ hồ sơ thực địa %1 (%2 điểm, hết hạn sau ngày %3)")
            .replace("%1", str(path)).replace("%2", str(header.counts.get("site", 0)))
            .replace("%3", format_date(header.expires_on)), 20000)

    # Send back -------------------------------------------------------------------------------------
    def send_back(self) -> Path | None:
        """Write the return kit where the user says (same passphrase as the kit)."""
        from festival_planner.services import kits

        if self.copy is None:
            return None
        stem = self.copy.path.name.removesuffix(SUFFIX).removesuffix(".working")
        proposal = self.copy.path.with_name(f"{stem}-gui-ve{SUFFIX}")
        name = dialogs.save_file_name(self.window, self.tr("Gửi về"), str(proposal), self._kit_filter(),
                                      SUFFIX.lstrip("."))
        if not name:
            return None
        try:
            kits.send_back(self.copy, name)
        except FestivalPlannerError as exc:
            self.window.ops.show_error(exc, self.window)
            return None
        self.window.statusBar().showMessage(
            self.tr("Đã ghi bộ hồ sơ gửi về %1 — hãy chuyển tệp này về văn phòng để nhập.").replace("%1", name), 20000)
        return Path(name)

    # Merge -----------------------------------------------------------------------------------------
    def ask_merge_kit(self) -> PassphraseDialog | None:
        name = dialogs.open_file_name(self.window, self.tr("Nhập bộ hồ sơ gửi về"), "", self._kit_filter())
        return self.merge_kit(Path(name)) if name else None

    def merge_kit(self, path: Path, today: Any = None) -> PassphraseDialog | None:
        """Ask the return kit's passphrase (non-blocking), plan the merge, then show the merge dialog."""
        from festival_planner.gui.kits.passphrase_dialog import PassphraseDialog
        from festival_planner.services import kit_merge
        from festival_planner.store.kit_file import read_header

        database = self.window.database
        try:
            header = read_header(path)
        except FestivalPlannerError as exc:
            self.window.ops.show_error(exc, self.window)
            return None

        def plan(passphrase: str) -> MergePlan:
            contents = kit_merge.load_return_kit(path, passphrase)
            try:
                with database.read() as session:
                    return kit_merge.plan_merge(session, contents, path, today=today)
            except DatabaseError as exc:
                if exc.code != "kit_expired_merge" or not dialogs.confirm(
                        dialog, self.tr("Bộ hồ sơ đã hết hạn"),
                        self.tr("Bộ hồ sơ gửi về này đã hết hạn sau ngày %1. Chỉ nhập khi chắc chắn tệp đúng là "
                                "của đoàn thực địa. Vẫn nhập?").replace("%1", format_date(header.expires_on)),
                        self.tr("Vẫn nhập")):
                    raise
            with database.read() as session:
                return kit_merge.plan_merge(session, contents, path, accept_expired=True, today=today)

        dialog = PassphraseDialog(self.window, self.tr("Nhập bộ hồ sơ gửi về"), path, plan, header_about(header))
        dialog.set_ok_text(self.tr("Tiếp tục"))
        dialog.accepted.connect(lambda: self.show_merge(dialog.result_value))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_merge(self, plan: MergePlan) -> MergeDialog | None:
        from festival_planner.gui.kits.merge_dialog import MergeDialog, describe_rows

        if plan.already_merged is not None:
            dialogs.inform(self.window, self.tr("Nhập bộ hồ sơ gửi về"),
                           messages.render("kit_already_merged",
                                           {"merged_at": plan.already_merged.strftime("%d/%m/%Y %H:%M")}))
            return None
        rows = self.window.ops.read(lambda session: describe_rows(session, plan))
        dialog = MergeDialog(self.window, plan, rows, lambda chosen, deletions: self._apply(plan, chosen, deletions))
        dialog.merged.connect(self._merged)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.merge_dialog = dialog
        return dialog

    def _apply(self, plan: MergePlan, chosen: dict[Any, str], deletions: set[str]):  # type: ignore[no-untyped-def]
        from festival_planner.gui.jobs import run_job
        from festival_planner.services import kit_merge

        database: Database = self.window.database
        label = self.tr("Đang nhập bộ hồ sơ gửi về…")

        def work(progress):  # type: ignore[no-untyped-def]
            progress(0, 1, label)
            return kit_merge.apply_merge(database, plan, chosen, confirm_deletions=deletions)  # type: ignore[arg-type]

        parent = getattr(self, "merge_dialog", None) or self.window  # the progress shows over the merge dialog
        return run_job(parent, self.tr("Nhập bộ hồ sơ gửi về"), work, on_error=lambda _exc: None)

    def _merged(self, result: MergeResult) -> None:
        """The merge is in: one undo step, the workspaces refresh from its change set."""
        from festival_planner.gui.commands import WrittenCommand

        if result.changes:
            self.window.ops.announce(result.changes)
            self.window.undo_stack.push(WrittenCommand(self.window.ops, self.tr("Nhập bộ hồ sơ gửi về"),
                                                       result.changes))
        text = self.tr("Đã nhập bộ hồ sơ gửi về: %1 dòng cập nhật, %2 dòng thêm, %3 dòng xóa.") \
            .replace("%1", str(result.updated)).replace("%2", str(result.created)).replace("%3", str(result.deleted))
        if result.plan.refused:
            text += " " + self.tr("%1 thay đổi không áp dụng được (dòng cha đã bị xóa ở văn phòng…).") \
                .replace("%1", str(len(result.plan.refused)))
        if result.backup is not None:
            text += " " + self.tr("Bản sao lưu trước khi nhập: %1").replace("%1", str(result.backup))
        self.window.statusBar().showMessage(text, 30000)
