"""The window's first paint: the last plan's Sites table, shown before the ORM and the workspaces load.

SQLAlchemy and the models alone take several times as long to import as a bare Qt window takes to
appear. ``app.run`` therefore shows this window first, where the main window will stand (its saved
geometry), with the Sites table of the year shown last read by ``store.first_read`` (plain
``sqlite3``, read-only, closed at once); then it opens the database the ordinary way (checks,
upgrade, locks), builds the real ``MainWindow`` over it and closes this one. The cells are the real
table's (``gui.sites.columns``); the heavy columns (head of delegation, invitation, conflict
markers) come with the real window. Nothing here may import the ORM, the services or geo modules:
``tests/gui/test_first_paint.py`` checks ``sys.modules`` after this paint in a fresh process.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from festival_planner import APP_DISPLAY_NAME
from festival_planner.domain.enums import SiteStatus
from festival_planner.gui.column_fit import fit_columns
from festival_planner.gui.settings import Settings
from festival_planner.gui.sites.columns import (
    CANCELLED_TEXT,
    STATUS_COLOURS,
    Column,
    column_title,
    display_text,
    sort_value,
)
from festival_planner.gui.window_fit import first_size
from festival_planner.store.first_read import FirstScreen, FirstSite, first_screen

MAIN_WINDOW_NAME = "MainWindow"  # the main window's objectName: its saved geometry is used here too


def first_cells(screen: FirstScreen) -> list[tuple[str, ...]]:
    """The cells the first paint shows, row by row in the Sites table's default order (by date and
    time); the head of delegation and the invitation columns are empty until the real window."""
    rows = sorted(screen.sites, key=lambda site: sort_value(site, Column.DATE))
    return [tuple("" if c in (Column.HEAD, Column.INVITATION) else display_text(site, c) for c in Column)
            for site in rows]


class FirstPaintWindow(QMainWindow):
    """The Sites table of the year the planner opens on, read-only, while the real window loads."""

    def __init__(self, screen: FirstScreen, settings: Settings, path: Path) -> None:
        super().__init__()
        self.setObjectName("firstPaint")
        self.setWindowTitle(f"{path.name} — {APP_DISPLAY_NAME}")
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(160, 0, 0, 0)  # where the real window's navigation will be
        heading = QLabel(self.tr("Năm %1 — %2 điểm").replace("%1", str(screen.year))
                         .replace("%2", str(len(screen.sites))), central)
        layout.addWidget(heading)
        self.table = QTableWidget(len(screen.sites), len(Column), central)
        self.table.setObjectName("firstSitesTable")
        self.table.setHorizontalHeaderLabels([column_title(c) for c in Column])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()
        sites = sorted(screen.sites, key=lambda site: sort_value(site, Column.DATE))
        for row, (site, cells) in enumerate(zip(sites, first_cells(screen), strict=True)):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                colour = self._colour(site, Column(column))
                if colour is not None:
                    item.setForeground(colour)
                self.table.setItem(row, column, item)
        fit_columns(self.table, stretch=(Column.REGION, Column.VENUE), minimum=60, measure_text=True)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Đang mở dữ liệu…"))
        geometry = settings.window_geometry(MAIN_WINDOW_NAME)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(first_size(self))

    @staticmethod
    def _colour(site: FirstSite, column: Column) -> QBrush | None:
        if column is Column.STATUS:
            return QBrush(STATUS_COLOURS[site.status])
        if site.status is SiteStatus.CANCELLED:
            return QBrush(CANCELLED_TEXT)
        return None


def show_first_paint(app: QApplication, settings: Settings, target: str | Path) -> FirstPaintWindow | None:
    """Show and paint the first screen of ``target`` (a SQLite file); None when the file cannot be
    shown as it is without the ordinary opening (new, older or damaged, no year yet, a server URL)."""
    if "://" in str(target):
        return None
    screen = first_screen(target, settings.last_campaign_year())
    if screen is None or screen.year is None:
        return None
    window = FirstPaintWindow(screen, settings, Path(target))
    window.show()
    app.processEvents()
    return window
