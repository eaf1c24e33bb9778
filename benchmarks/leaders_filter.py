"""The Leaders directory's filter as the user types, over 5,000 leaders, next to baselines measured in
the same run: Qt alone — a ``QSortFilterProxyModel`` (fixed-string filter, case-insensitive, on the name
column, no sorting) over a ``QStandardItemModel`` holding the same rows' texts, in a table of the same
size — and the directory as it was before
issue 19 (a proxy folding each row's fields in ``filterAcceptsRow`` and sorting through ``lessThan``).

    QT_QPA_PLATFORM=offscreen python benchmarks/leaders_filter.py [--rows N]

Each keystroke is timed from the text set in the filter box to the proxy's answer (rows shown),
letter by letter then back (backspace) — the same keystrokes for both.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
import uuid

WORDS = ("nguyen van", "pho cuc truong", "cuc 17", "Trần Thị Hải", "0912000123")


def leader_rows(count: int) -> list:
    """``count`` leaders with distinct Vietnamese names, as an office keeps them (cf. import_leaders.py)."""
    from festival_planner.services.leaders import LeaderRow

    family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
    middle = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Xuân"]
    given = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam", "Phong",
             "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Yến"]
    return [LeaderRow(id=uuid.UUID(int=n + 1), full_name=f"{family[n % 12]} {middle[n // 12 % 8]} "
                      f"{given[n // 96 % 18]} {n // 1728 + 1}", title="Phó Cục trưởng",
                      organisation=f"Cục {n % 40 + 1}", precedence_rank=n + 1, phone=f"0912{n:06d}",
                      email=f"cb{n}@example.vn", notes="", active=n % 17 != 0, version=1)
            for n in range(count)]


def keystrokes() -> list[str]:
    texts = []
    for word in WORDS:
        typed = [word[:i] for i in range(1, len(word) + 1)]
        texts += typed + typed[-2::-1] + [""]
    return texts


def _per_key(edit, count, app) -> tuple[float, float]:
    times = []
    for text in keystrokes():
        start = time.perf_counter()
        edit.setText(text)
        count()
        times.append(time.perf_counter() - start)
        app.processEvents()
    return statistics.median(times) * 1000, max(times) * 1000


def _old_proxy():  # type: ignore[no-untyped-def]
    """The directory's proxy before issue 19 item 5, for the "before" line."""
    from PySide6.QtCore import QSortFilterProxyModel

    from festival_planner.domain.text import fold
    from festival_planner.gui.snapshot_model import OBJECT_ROLE, SortProxy

    class OldProxy(SortProxy):
        tokens: list[str] = []

        def set_filter_text(self, text: str) -> None:
            self.beginFilterChange()
            self.tokens = fold(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

        def filterAcceptsRow(self, source_row, source_parent):  # type: ignore[no-untyped-def]
            if not self.tokens:
                return True
            row = self.sourceModel().index(source_row, 0, source_parent).data(OBJECT_ROLE)
            haystack = " ".join(fold(t) for t in (row.full_name, row.title, row.organisation, row.phone, row.email))
            return all(token in haystack for token in self.tokens)

    return OldProxy()


def _table(model, proxy, edit, app):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    from festival_planner.gui.leaders.table_model import Column

    proxy.setSourceModel(model)
    table = QTableView()
    table.setModel(proxy)
    if hasattr(proxy, "set_filter_text"):
        table.setSortingEnabled(True)
        table.sortByColumn(Column.RANK, Qt.SortOrder.AscendingOrder)
    table.resize(1200, 700)
    table.show()
    app.processEvents()
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QLineEdit

    from festival_planner.gui.leaders.table_model import Column, LeaderTableModel, display_text
    from festival_planner.gui.snapshot_model import SnapshotTableModel

    class SnapshotModelBefore(SnapshotTableModel):  # the directory's model before: no folded texts, no sort
        Column = LeaderTableModel.Column
        title = LeaderTableModel.title
        display = LeaderTableModel.display
        sort_value = LeaderTableModel.sort_value
        style = LeaderTableModel.style
    from festival_planner.gui.leaders.view import LeadersView

    app = QApplication.instance() or QApplication([])
    rows = leader_rows(args.rows)

    view = LeadersView()
    view.resize(1200, 700)
    view.show()
    view.set_rows(rows)
    app.processEvents()
    ours = _per_key(view.filter_edit, view.proxy.rowCount, app)

    model = QStandardItemModel(len(rows), len(Column))  # Qt alone: the rows' texts in C++ items
    for number, row in enumerate(rows):
        for column in Column:
            model.setItem(number, column, QStandardItem(display_text(row, column)))
    proxy = QSortFilterProxyModel()
    proxy.setFilterKeyColumn(Column.NAME)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    edit = QLineEdit()
    edit.textChanged.connect(proxy.setFilterFixedString)
    table = _table(model, proxy, edit, app)
    base = _per_key(edit, proxy.rowCount, app)

    old_model = SnapshotModelBefore()
    old_model.set_rows(rows)
    old = _old_proxy()
    old_edit = QLineEdit()
    old_edit.textChanged.connect(old.set_filter_text)
    old_table = _table(old_model, old, old_edit, app)
    before = _per_key(old_edit, old.rowCount, app)

    print(f"{len(rows)} leaders, {len(keystrokes())} keystrokes (typed letter by letter, then erased)")
    print(f"{'per keystroke':44} {'median':>9} {'worst':>9}")
    print(f"{'Leaders filter (the directory)':44} {ours[0]:7.1f}ms {ours[1]:7.1f}ms")
    print(f"{'baseline: Qt alone (QStandardItemModel+proxy)':44} {base[0]:7.1f}ms {base[1]:7.1f}ms")
    print(f"{'before: Python filter and Python sort':44} {before[0]:7.1f}ms {before[1]:7.1f}ms")
    print(f"directory / baseline (median): {ours[0] / base[0]:.1f}×; before / directory: {before[0] / ours[0]:.0f}×")
    del table, old_table
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
