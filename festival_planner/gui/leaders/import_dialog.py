"""Import of leaders or of a campaign plan from a spreadsheet, in three steps on one page:
1. the column mapping — the column header row (found, or chosen in "Dòng tiêu đề cột"), one combo
   per field with the recognised headers preselected — with a preview of the first 10 rows as they
   will be read (columns as wide as their content, within limits) and the rows skipped as not data
   (title block, empty rows, footer);
2. "Kiểm tra" (a dry run) or "Nhập" runs the import in the background (``gui/jobs.py``);
3. the report: each row with a problem, its spreadsheet row number, the text as written and the
   reason; a stopped plan row offers its candidate communes to choose from before importing again
   (that column only when some row has candidates).
All rows or none: nothing is written while any row has a problem."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from festival_planner.domain import messages
from festival_planner.domain.errors import FestivalPlannerError
from festival_planner.gui.commands import WrittenCommand
from festival_planner.gui.jobs import Job, run_job
from festival_planner.gui.workspace import WorkspaceContext
from festival_planner.services.imports import (
    LEADER_FIELDS,
    FieldSpec,
    Table,
    cell_text,
    preview,
    recognise_headers,
    skipped_summary,
)

log = logging.getLogger(__name__)
LEADERS, PLAN = "leaders", "plan"
NOT_USED = -1
PREVIEW_ROWS = 10
COLUMN_WIDTH = (56, 340)  # a preview column as wide as its content, within these limits (pixels)


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class ImportDialog(QDialog):
    """Map the columns, check, import, read the report, settle stopped rows, import again."""

    def __init__(self, context: WorkspaceContext, kind: str, table: Table, year: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from festival_planner.services.plan_import import PLAN_FIELDS

        self.setObjectName("ImportDialog")
        self.context, self.kind, self.table, self.year = context, kind, table, year
        self.fields: tuple[FieldSpec, ...] = LEADER_FIELDS if kind == LEADERS else PLAN_FIELDS
        self.setWindowTitle(self.tr("Nhập danh sách lãnh đạo") if kind == LEADERS
                            else self.tr("Nhập kế hoạch năm %1").replace("%1", str(year)))
        self.setMinimumSize(860, 600)  # fits a 1366×768 laptop with the preview's 10 rows
        self.outcome: Any = None  # the last import result
        self.job: Job | None = None

        layout = QVBoxLayout(self)
        self.source_label = QLabel(self)
        self.source_label.setObjectName("sourceLabel")
        self.source_label.setWordWrap(True)
        layout.addWidget(self.source_label)
        mapping_box = QGroupBox(self.tr("Cột nào chứa thông tin nào"), self)
        box_layout = QVBoxLayout(mapping_box)
        header_line = QHBoxLayout()
        header_label = QLabel(self.tr("Dòng tiêu đề cột:"), mapping_box)
        self.header_spin = QSpinBox(mapping_box)
        self.header_spin.setObjectName("headerRowSpin")
        self.header_spin.setToolTip(self.tr("Số dòng trong bảng tính chứa tên các cột; các dòng phía trên "
                                            "(tiêu đề, tên cơ quan) không được nhập"))
        rows = table.candidate_header_rows or (table.header_row,)
        self.header_spin.setRange(min(rows), max(rows))
        self.header_spin.setValue(table.header_row)
        header_label.setBuddy(self.header_spin)
        header_line.addWidget(header_label)
        header_line.addWidget(self.header_spin)
        self.header_note = QLabel(mapping_box)
        self.header_note.setObjectName("headerNote")
        header_line.addWidget(self.header_note, 1)
        box_layout.addLayout(header_line)
        grid = QGridLayout()
        box_layout.addLayout(grid)
        self.combos: dict[str, QComboBox] = {}
        half = (len(self.fields) + 1) // 2  # two columns of fields: the preview keeps its 10 rows on a laptop
        for position, spec in enumerate(self.fields):
            combo = QComboBox(mapping_box)
            combo.setObjectName(f"map_{spec.key}")
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(lambda _i: self.update_preview())
            label = QLabel(f"{messages.render(spec.label_key) if spec.label_key else spec.key}"
                           f"{' *' if spec.required else ''}:", mapping_box)
            label.setBuddy(combo)
            row, column = position % half, position // half
            grid.addWidget(label, row, column * 2)
            grid.addWidget(combo, row, column * 2 + 1)
            self.combos[spec.key] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addWidget(mapping_box)

        layout.addWidget(QLabel(self.tr("Xem trước (10 dòng đầu, như sẽ được đọc):"), self))
        self.preview_table = self._table("previewTable")
        layout.addWidget(self.preview_table, 2)
        self.skipped_label = QLabel(self)
        self.skipped_label.setObjectName("skippedLabel")
        self.skipped_label.setWordWrap(True)
        layout.addWidget(self.skipped_label)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.report_table = self._table("reportTable")
        self.report_table.setColumnCount(4)
        self.report_table.setHorizontalHeaderLabels([self.tr("Dòng"), self.tr("Nội dung"), self.tr("Lý do"),
                                                     self.tr("Chọn xã, phường")])
        self.report_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.report_table.setColumnHidden(3, True)
        self.report_table.hide()  # until there is something to report
        layout.addWidget(self.report_table, 1)

        self.buttons = QDialogButtonBox(self)
        self.check_button = QPushButton(self.tr("Kiểm tra"), self)
        self.check_button.setToolTip(self.tr("Chạy thử: cho biết sẽ tạo gì, chưa ghi gì"))
        self.import_button = QPushButton(self.tr("Nhập"), self)
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        layout.addWidget(self.buttons)
        self.choice_combos: dict[int, QComboBox] = {}
        self.fill_mapping()
        self.header_spin.valueChanged.connect(self.set_header_row)

    def _fit_preview(self, rows: int) -> None:
        """Each preview column as wide as its content and header, within ``COLUMN_WIDTH``; the table
        tall enough for ``PREVIEW_ROWS`` rows."""
        table = self.preview_table
        table.resizeColumnsToContents()
        low, high = COLUMN_WIDTH
        for column in range(table.columnCount()):  # a little air beside the longest text
            table.setColumnWidth(column, max(low, min(high, table.columnWidth(column) + 12)))
        table.resizeRowsToContents()
        row_height = table.verticalHeader().defaultSectionSize() if not rows else table.rowHeight(0)
        frame = 2 * table.frameWidth()
        scroll = table.horizontalScrollBar().sizeHint().height()
        table.setMinimumHeight(table.horizontalHeader().height() + PREVIEW_ROWS * row_height + frame + scroll)

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(0, 0, self)
        table.setObjectName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        return table

    # Header row, mapping and preview ---------------------------------------------------------------
    def set_header_row(self, row: int) -> bool:
        """Read the sheet again with its column headers in spreadsheet row ``row`` (the mapping is
        recognised again from that row's headers)."""
        try:
            table = self.table.at_header(row)
        except FestivalPlannerError as exc:
            self.header_note.setText(exc.message)
            return False
        self.table = table
        self.fill_mapping()
        return True

    def fill_mapping(self) -> None:
        """The combos filled from the current header row, the recognised columns chosen."""
        table = self.table
        self.source_label.setText(self.tr("Tệp: %1 — %2 dòng dữ liệu").replace("%1", table.source or "")
                                  .replace("%2", str(len(table.rows))))
        first = table.first_header_row
        shown = f"{first}–{table.header_row}" if first else str(table.header_row)
        self.header_note.setText(self.tr("tiêu đề cột ở dòng %1; dữ liệu từ dòng %2").replace("%1", shown)
                                 .replace("%2", str(table.rows[0][0]) if table.rows else "—"))
        recognised = recognise_headers(table.headers, self.fields)
        for spec in self.fields:
            combo = self.combos[spec.key]
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(không dùng)"), NOT_USED)
            for column, header in enumerate(table.headers):
                combo.addItem(f"{_column_letter(column)}: {header}", column)
            combo.setCurrentIndex(max(0, combo.findData(recognised.get(spec.key, NOT_USED))))
            combo.blockSignals(False)
        self.update_preview()

    def mapping(self) -> dict[str, int]:
        return {key: combo.currentData() for key, combo in self.combos.items() if combo.currentData() != NOT_USED}

    def set_mapping(self, key: str, column: int) -> None:
        combo = self.combos[key]
        combo.setCurrentIndex(max(0, combo.findData(column)))

    def update_preview(self) -> None:
        mapping = self.mapping()
        keys = [spec.key for spec in self.fields if spec.key in mapping]
        rows = preview(self.table, mapping)
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(keys) + 1)
        self.preview_table.setRowCount(len(rows))
        labels = [self.tr("Dòng")] + [messages.render(spec.label_key) for spec in self.fields if spec.key in mapping]
        self.preview_table.setHorizontalHeaderLabels(labels)
        for i, row in enumerate(rows):
            self.preview_table.setItem(i, 0, QTableWidgetItem(str(row["row"])))
            for j, key in enumerate(keys, start=1):
                text = cell_text(row.get(key))
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.preview_table.setItem(i, j, item)
        self._fit_preview(len(rows))
        self.skipped_label.setText(skipped_summary(self.table.skipped))
        missing = [messages.render(s.label_key) for s in self.fields if s.required and s.key not in mapping]
        self.import_button.setEnabled(not missing)
        self.check_button.setEnabled(not missing)
        self.summary_label.setText(self.tr("Chưa chọn cột cho: %1").replace("%1", ", ".join(missing)) if missing
                                   else "")

    # Choices for stopped rows -------------------------------------------------------------------------
    def choices(self) -> dict[int, str]:
        """The communes chosen for stopped rows: {spreadsheet row: commune code}."""
        return {row: combo.currentData() for row, combo in self.choice_combos.items() if combo.currentData()}

    def choose(self, row: int, code: str) -> bool:
        combo = self.choice_combos.get(row)
        if combo is None or combo.findData(code) < 0:
            return False
        combo.setCurrentIndex(combo.findData(code))
        return True

    # Running -------------------------------------------------------------------------------------------
    def run(self, dry_run: bool) -> Job:
        """Check (``dry_run``) or import in the background; the report shows when it is done."""
        mapping, choose, table, year = self.mapping(), self.choices(), self.table, self.year
        database = self.context.ops.database
        index = self.context.commune_index() if self.kind == PLAN else None

        def write(session: Any) -> Any:
            if self.kind == LEADERS:
                from festival_planner.services.imports import import_leaders

                return import_leaders(session, table, mapping, dry_run=dry_run)
            from festival_planner.services.plan_import import import_plan

            assert year is not None
            return import_plan(session, table, year, mapping=mapping, dry_run=dry_run, choose=choose, index=index)

        def work(progress: Any) -> Any:
            progress(0, 1, "")
            return database.perform(write)  # (result, what it changed)

        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        title = self.tr("Đang kiểm tra…") if dry_run else self.tr("Đang nhập…")
        self.job = run_job(self, title, work, on_done=self._done, on_error=self._failed)
        return self.job

    def done(self, result: int) -> None:
        if self.job is not None and not self.job.done:
            self.job.wait()
        super().done(result)

    def _failed(self, exc: FestivalPlannerError) -> None:
        self.update_preview()
        self.summary_label.setText(exc.message)

    def _done(self, outcome: Any) -> None:
        result, changes = outcome
        self.outcome = result
        self.update_preview()
        if result.written and changes:
            text = self.tr("Nhập danh bạ lãnh đạo") if self.kind == LEADERS else self.tr("Nhập kế hoạch năm")
            self.context.undo_stack.push(WrittenCommand(self.context.ops, text, changes))  # one undoable step
            self.context.ops.announce(changes)
        self.show_report(result)

    def show_report(self, result: Any) -> None:
        problems = list(result.problems) + (list(result.warnings) if self.kind == PLAN else [])
        problems.sort(key=lambda p: p.row)
        self.report_table.setRowCount(len(problems))
        self.report_table.setVisible(bool(problems))
        # The "choose a commune" column only when some row has candidates to choose from.
        self.report_table.setColumnHidden(3, not any(p.candidates for p in problems))
        self.choice_combos = {}
        for i, problem in enumerate(problems):
            self.report_table.setItem(i, 0, QTableWidgetItem(str(problem.row)))
            self.report_table.setItem(i, 1, QTableWidgetItem(problem.text))
            reason = QTableWidgetItem(problem.message())
            reason.setToolTip(problem.message())
            self.report_table.setItem(i, 2, reason)
            if problem.candidates:
                combo = QComboBox(self.report_table)
                combo.addItem(self.tr("— chọn —"), "")
                for candidate in problem.candidates:
                    combo.addItem(f"{candidate.name}, {candidate.province} ({candidate.code})", candidate.code)
                self.report_table.setCellWidget(i, 3, combo)
                self.choice_combos[problem.row] = combo
        self.report_table.resizeColumnToContents(0)
        self.summary_label.setText(self.summary(result))

    def summary(self, result: Any) -> str:
        if not result.ok:
            return self.tr("%1 dòng có vấn đề nên chưa nhập gì. Sửa tệp hoặc chọn xã cho các dòng bị dừng rồi "
                           "nhập lại.").replace("%1", str(len(result.problems)))
        if self.kind == LEADERS:
            text = self.tr("Thêm %1, cập nhật %2, không đổi %3 lãnh đạo.").replace("%1", str(len(result.created))) \
                .replace("%2", str(len(result.updated))).replace("%3", str(result.unchanged))
        else:
            text = self.tr("%1 điểm, %2 lời mời, %3 lãnh đạo mới.").replace("%1", str(len(result.sites))) \
                .replace("%2", str(result.invitations)).replace("%3", str(len(result.leaders_created)))
        return (self.tr("Chạy thử (chưa ghi): %1") if result.dry_run else self.tr("Đã nhập: %1")).replace("%1", text)
