"""Help → "Lập kế hoạch năm đầu tiên": the first-year guide, step by step (new year → sites on the map →
leaders → heads → checklists → national workplan → print), read from ``resources/guide/first_year_<lang>.html``
in the interface's language, in a dialog that fits a 1366×768 screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from festival_planner.domain import messages
from festival_planner.resource_files import resource

WANTED = QSize(760, 680)  # readable lines; shrunk to the screen (a 1366×768 laptop keeps the title bar)
TITLE_BAR = 40


def guide_html(language: str | None = None) -> str:
    """The guide's HTML in ``language`` (default: the interface's), Vietnamese when there is none."""
    language = language or messages.current_language()
    found = resource("guide", f"first_year_{language}.html")
    if not found.is_file():
        found = resource("guide", "first_year_vi.html")
    return found.read_text(encoding="utf-8")


class GuideDialog(QDialog):
    """The first-year guide in a text browser (links open outside), non-modal, with a Close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GuideDialog")
        self.setWindowTitle(self.tr("Lập kế hoạch năm đầu tiên"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        self.resize(min(WANTED.width(), available.width() - 16), min(WANTED.height(), available.height() - TITLE_BAR))


def open_guide(parent: QWidget) -> GuideDialog:
    """Open the guide non-modal over ``parent`` (Help → Lập kế hoạch năm đầu tiên, F1); it is deleted
    when closed."""
    dialog = GuideDialog(parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.show()
    return dialog
