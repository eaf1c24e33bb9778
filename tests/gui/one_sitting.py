"""A year's plan in one sitting (issue 17), driven through the real widgets and counted.

The job a new user does on an empty database: a new year with the national workplan, the Selector run
and its 28 communes put in the plan, the leaders imported from an office's .xlsx (title block above the
header, a footer below), a head for every site on the delegation board and the invitations sent, the
default checklist on every site in one step, a budget line and a programme item added, then the national
overview and one site's schedule exported to PDF.

Every user action goes through :class:`User`, which counts it: a click, a key, a text typed into one
field, a dialog answered; a menu entry or a choice in a drop-down list counts two (the menu or list
opened, then the entry). The few modal dialogs that would block a script (the year asked by the start
page, the workplan's yes/no question, the file dialogs) are answered with the user's answer (the
proposed year, yes, the file) and count one action each.

Shared by ``tests/gui/test_one_sitting.py`` and ``benchmarks/first_year.py``; needs Qt, not pytest.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from PySide6.QtCore import QEvent, QEventLoop, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QInputDialog,
    QPushButton,
    QToolButton,
    QWidget,
)

# The figures for the same job before this work (not measured here).
BEFORE_ACTIONS, BEFORE_MINUTES = 300, 13
TARGET_ACTIONS = 60

# The leaders of the office's list: name, title, organisation, precedence, phone.
LEADERS = [
    ("Nguyễn Văn Hùng", "Bộ trưởng", "Bộ Công an", 1, "0912345001"),
    ("Trần Quốc Toản", "Thứ trưởng", "Bộ Công an", 2, "0912345002"),
    ("Lê Minh Khoa", "Thứ trưởng", "Bộ Công an", 3, "0912345003"),
    ("Phạm Thị Thu Hà", "Thứ trưởng", "Bộ Công an", 4, "0912345004"),
    ("Hoàng Đức Thắng", "Thứ trưởng", "Bộ Công an", 5, ""),
    ("Vũ Thị Lan Anh", "Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ", "Bộ Công an", 6, "0912345006"),
    ("Đặng Văn Tuấn", "Phó Cục trưởng", "Cục Xây dựng phong trào bảo vệ ANTQ", 7, "0912345007"),
    ("Bùi Thanh Sơn", "Phó Cục trưởng", "Cục Xây dựng phong trào bảo vệ ANTQ", 8, ""),
    ("Đỗ Hải Yến", "Chánh Văn phòng Bộ", "Văn phòng Bộ Công an", 9, "0912345009"),
    ("Ngô Quang Vinh", "Cục trưởng Cục Truyền thông CAND", "Bộ Công an", 10, "0912345010"),
    ("Dương Thị Mai", "Phó Chánh Văn phòng Bộ", "Văn phòng Bộ Công an", 11, ""),
    ("Lý Văn Phúc", "Vụ trưởng Vụ Pháp chế", "Bộ Công an", 12, "0912345012"),
    ("Trịnh Xuân Trường", "Phó Cục trưởng", "Cục Công tác đảng và công tác chính trị", 13, "0912345013"),
    ("Phan Thị Ngọc Bích", "Phó Vụ trưởng", "Vụ Pháp chế", 14, ""),
    ("Cao Minh Đức", "Phó Cục trưởng", "Cục Truyền thông CAND", 15, "0912345015"),
    ("Hồ Sỹ Nguyên", "Phó Cục trưởng", "Cục Quản lý hành chính về trật tự xã hội", 16, "0912345016"),
]
TITLE_BLOCK = ["BỘ CÔNG AN", "DANH SÁCH LÃNH ĐẠO DỰ NGÀY HỘI TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC"]
FOOTER = ["Hà Nội, ngày 15 tháng 7 năm 2026", "Người lập biểu", "Thủ trưởng đơn vị", "(Ký, ghi rõ họ tên)"]
BUDGET_TEXT, BUDGET_AMOUNT = "Thuê âm thanh, ánh sáng", "12.500.000"
PROGRAMME_TITLE = "Giao lưu văn nghệ quần chúng"


def leaders_workbook(path: Path) -> Path:
    """The leaders list as an office sends it: a title block (two merged rows), a blank row, the header
    with a serial column, the leaders, an empty row and the signature footer."""
    book = Workbook()
    sheet = book.active
    for n, text in enumerate(TITLE_BLOCK, start=1):
        sheet.append([text])
        sheet.merge_cells(f"A{n}:G{n}")
    sheet.append([])
    sheet.append(["STT", "Họ và tên", "Chức vụ", "Cơ quan", "Thứ tự", "Điện thoại", "Ghi chú"])
    for number, (name, title, organisation, rank, phone) in enumerate(LEADERS, start=1):
        sheet.append([number, name, title, organisation, rank, phone or None, None])
    sheet.append([])
    sheet.append([None, None, None, None, FOOTER[0]])
    sheet.append([None, FOOTER[1], None, None, FOOTER[2]])
    sheet.append([None, FOOTER[3], None, None, FOOTER[3]])
    book.save(path)
    return path


def wait_until(condition, timeout_s: float = 300.0) -> None:  # type: ignore[no-untyped-def]
    """Let the event loop run until ``condition()`` holds (a background job finished)."""
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not finish in time")
        # The event loop itself for 20 ms, as the window's own loop idles: QTest.qWait keeps the interpreter
        # busy while it waits, which made the Selector's background search 4× slower than in the app.
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


@dataclass
class User:
    """The user at the keyboard and mouse: every action is performed on the real widget and counted."""

    window: Any
    actions: int = 0
    log: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)

    def _count(self, what: str, n: int = 1) -> None:
        self.actions += n
        self.log.append(f"{self.actions:3d}  {time.perf_counter() - self.started:6.1f} s  {what}")

    def click(self, widget: QWidget, what: str = "", pos: QPoint | None = None) -> None:
        """A left click on a button (or at ``pos`` in a widget)."""
        assert widget.isVisible() and widget.isEnabled(), f"cannot click {what or widget}"
        self._count(f"click {what or (widget.text() if isinstance(widget, QAbstractButton) else widget)}")
        if pos is None:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
        QApplication.processEvents()

    def trigger(self, action: QAction) -> None:
        """The action's button when one is shown (one click: the toolbar's, or a form's with the action's
        text), else its menu entry (two clicks: the menu, the entry)."""
        assert action.isEnabled(), f"{action.text()} cannot run: {action.toolTip()}"
        buttons = [o for o in action.associatedObjects()
                   if isinstance(o, QToolButton) and o.isVisible() and o.window() is self.window]
        buttons += [b for b in self.window.findChildren(QPushButton)  # a form's button for the action
                    if b.isVisible() and b.text() == action.text() and b.window() is self.window]
        if buttons:
            self.click(buttons[0], action.text())
            return
        self._count(f"menu → {action.text()}", 2)
        action.trigger()
        QApplication.processEvents()

    def choose(self, combo: QComboBox, choice: int | str, what: str = "") -> None:
        """Pick an entry of a list (by index or text), as the popup's click does (``activated`` too)."""
        index = choice if isinstance(choice, int) else combo.findText(choice)
        assert index >= 0, f"{choice!r} not in the list"
        self._count(f"choose {what or combo.itemText(index)}", 2)  # the list opened, the entry clicked
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
        QApplication.processEvents()

    def type(self, edit: QWidget, text: str, what: str = "") -> None:
        """Type ``text`` into one field (a field typed is one action, whatever its length)."""
        self._count(f"type {what or text}")
        edit.setFocus()
        for char in text:  # QTest.keyClicks knows only ASCII: the other letters as the key events an IME sends
            if char.isascii():
                QTest.keyClick(edit, char)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        QApplication.processEvents()

    def key(self, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier, what: str = "") -> None:  # type: ignore[no-untyped-def]
        self._count(f"key {what or key}")
        widget.setFocus()
        QTest.keyClick(widget, key, modifier)
        QApplication.processEvents()

    def accept(self, dialog: QDialog) -> None:
        """OK on a dialog (a click on its OK button)."""
        self.click(dialog.buttons.button(dialog.buttons.StandardButton.Ok), f"OK ({dialog.windowTitle()})")

    def answer(self, what: str) -> None:
        """A modal question or file dialog answered (Enter on the proposal, Yes, a file chosen)."""
        self._count(f"answer {what}")

    def go(self, key: str) -> None:
        """A click on the workspace in the navigation list."""
        nav = self.window.nav
        row = next(n for n, w in enumerate(self.window.workspaces) if w.key == key)
        rect = nav.visualItemRect(nav.item(row))
        self.click(nav.viewport(), f"workspace {nav.item(row).text()}", rect.center())
        assert self.window.stack.currentWidget() is self.window.workspace(key)


@contextlib.contextmanager
def modal_answers(user: User, files: dict[str, Any]):  # type: ignore[no-untyped-def]
    """Answer the modal dialogs the job meets as the user would, each one counted: the year proposed
    (Enter), yes to a question, the file chosen in an open or save dialog (``files``: by the dialog's
    title; a list of paths is taken in turn)."""
    from festival_planner.gui import dialogs

    def get_int(parent, title, label, value=0, *args, **kwargs):  # type: ignore[no-untyped-def]
        user.answer(f"{title}: {value}")
        return value, True

    def confirm(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        user.answer(f"{title}: có")
        return True

    def file_name(parent, title, *args, **kwargs):  # type: ignore[no-untyped-def]
        chosen = files[title]
        if isinstance(chosen, list):
            chosen = chosen.pop(0)
        user.answer(f"{title}: {chosen.name}")
        return str(chosen)

    saved = {(QInputDialog, "getInt"): QInputDialog.getInt, (dialogs, "confirm"): dialogs.confirm,
             (dialogs, "open_file_name"): dialogs.open_file_name, (dialogs, "save_file_name"): dialogs.save_file_name}
    QInputDialog.getInt = staticmethod(get_int)  # type: ignore[assignment]
    dialogs.confirm = confirm
    dialogs.open_file_name = file_name
    dialogs.save_file_name = file_name
    try:
        yield
    finally:
        for (owner, name), original in saved.items():
            setattr(owner, name, original)


@dataclass
class Outcome:
    actions: int
    seconds: float
    year: int
    overview_pdf: Path
    schedule_pdf: Path
    schedule_site: str  # the commune of the schedule's site, as the scope list shows it
    selector_seconds: float  # of ``seconds``, the Selector's search (HiGHS, in the background)
    selector_summary: str
    log: list[str]


def visible(window: QWidget, kind: type) -> Any:
    found = [w for w in window.findChildren(kind) if w.isVisible()]
    assert len(found) == 1, f"{kind.__name__}: {found}"
    return found[0]


def plan_a_year(window: Any, folder: Path) -> Outcome:
    """Do the whole job on ``window`` (a main window over an empty database, shown, at the size of a
    1366×768 laptop's screen); files in ``folder``."""
    window.resize(1366, 768)
    QApplication.processEvents()
    from festival_planner.gui.bulk.board import DelegationBoardDialog
    from festival_planner.gui.bulk.checklists import BulkApplyDialog
    from festival_planner.gui.checklists.row_dialog import RowDialog
    from festival_planner.gui.leaders.import_dialog import ImportDialog
    from festival_planner.gui.reports.workspace import OVERVIEW, SITE_SCHEDULE

    workbook = leaders_workbook(folder / "danh-sach-lanh-dao.xlsx")
    overview_pdf, schedule_pdf = folder / "bao-cao-toan-quoc.pdf", folder / "chuong-trinh-diem.pdf"
    pdfs = [overview_pdf, schedule_pdf]
    user = User(window)
    start = user.started = time.perf_counter()
    with modal_answers(user, {"Chọn bảng tính": workbook, "Xuất PDF": pdfs}):
        # 1. A new year from the start page; the proposed year accepted; the national workplan: yes.
        user.click(window.start_page.new_button, "Lập kế hoạch năm mới")
        assert window.campaign is not None
        year = window.campaign.year

        # 2. The Selector: run with the default settings (28 communes), then put them in the plan.
        user.go("selector")
        selector = window.workspace("selector")
        searching = time.perf_counter()
        user.trigger(selector.run_action)
        wait_until(lambda: selector.result is not None and selector.run_action.isEnabled())
        selector_seconds = time.perf_counter() - searching
        user.trigger(selector.accept_action)

        # 3. The leaders from the office's spreadsheet: the file, the import, close.
        user.go("leaders")
        leaders_ws = window.workspace("leaders")
        user.trigger(leaders_ws.import_leaders_action)
        dialog = visible(window, ImportDialog)
        user.click(dialog.import_button)
        wait_until(lambda: dialog.outcome is not None)
        assert dialog.outcome.written, dialog.report_table
        user.click(next(b for b in dialog.buttons.buttons() if b.text() == "Đóng"))

        # 4. A head for every site on the delegation board: fill the suggestions, select all, send.
        user.trigger(leaders_ws.board_action)
        board = visible(window, DelegationBoardDialog)
        user.click(board.suggest_button)
        user.key(board.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier, "Ctrl+A")
        user.click(board.send_button)
        assert not board.error_label.text(), board.error_label.text()
        user.accept(board)

        # 5. The default checklist on every site in one step (the template by the site's kind).
        user.go("checklists")
        work = window.workspace("checklists")
        user.trigger(work.bulk_apply_action)
        user.accept(visible(window, BulkApplyDialog))

        # 6. A budget line and a programme item for the site shown.
        user.click(work.tabs.tabBar(), "tab Kinh phí", work.tabs.tabBar().tabRect(3).center())
        user.trigger(work.add_row_action)
        row = visible(window, RowDialog)
        user.type(row.inputs["description"], BUDGET_TEXT)
        user.type(row.inputs["estimated_vnd"], BUDGET_AMOUNT)
        user.accept(row)
        user.click(work.tabs.tabBar(), "tab Chương trình", work.tabs.tabBar().tabRect(2).center())
        user.trigger(work.add_row_action)
        row = visible(window, RowDialog)
        user.type(row.inputs["title"], PROGRAMME_TITLE)
        user.accept(row)

        # 7. The national overview and this site's schedule to PDF from the Printing workspace.
        user.go("reports")
        printing = window.workspace("reports")
        user.choose(printing.report_combo, printing.report_combo.findData(OVERVIEW))
        user.trigger(printing.pdf_action)
        user.choose(printing.report_combo, printing.report_combo.findData(SITE_SCHEDULE))
        schedule_site = printing.scope_combo.currentText()
        user.trigger(printing.pdf_action)
    seconds = time.perf_counter() - start
    return Outcome(user.actions, seconds, year, overview_pdf, schedule_pdf, schedule_site, selector_seconds,
                   selector.summary.text(), user.log)
