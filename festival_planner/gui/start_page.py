"""The page a new database opens on: what the planner is for, and the three ways to begin
(create this year's plan, open the demo plan, open another database file)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QVBoxLayout, QWidget

from festival_planner.gui.icons import icon


class StartPage(QWidget):
    """Shown instead of the workspaces while the database has no festival year."""

    new_plan_requested = Signal()
    demo_requested = Signal()
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StartPage")
        title = QLabel(self.tr("Bắt đầu lập kế hoạch"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr(
            "Cơ sở dữ liệu này chưa có kế hoạch năm nào. Mỗi năm, chọn 25–30 điểm tổ chức Ngày hội toàn dân "
            "bảo vệ an ninh Tổ quốc, ưu tiên vùng khó khăn (Tây Bắc, Tây Nguyên, Tây Nam Bộ), rồi lập lịch, "
            "đoàn lãnh đạo và danh mục công việc cho từng điểm."), self)
        intro.setWordWrap(True)
        self.new_button = QCommandLinkButton(
            self.tr("Lập kế hoạch năm mới"),
            self.tr("Tạo đợt tổ chức của năm (mặc định 01/07 – 19/08, ngày hội 19/08)"), self)
        self.new_button.setIcon(icon("new_year"))
        self.demo_button = QCommandLinkButton(self.tr("Xem kế hoạch mẫu"),
                                              self.tr("Một năm mẫu 28 điểm để làm quen với ứng dụng"), self)
        self.demo_button.setIcon(icon("sites"))
        self.open_button = QCommandLinkButton(self.tr("Mở tệp cơ sở dữ liệu khác…"),
                                              self.tr("Một tệp .sqlite đã có (ví dụ bản của đồng nghiệp)"), self)
        self.open_button.setIcon(icon("open"))
        self.new_button.clicked.connect(self.new_plan_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.open_button.clicked.connect(self.open_requested)

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        for button in (self.new_button, self.demo_button, self.open_button):
            column.addWidget(button)
        column.addStretch(1)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMaximumWidth(640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
