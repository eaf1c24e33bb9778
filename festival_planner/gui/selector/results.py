"""The Selector's result views: the chosen communes as a table (a ``SnapshotTableModel`` behind a
sorting proxy), the explanation of one commune (its breakdown and what binds it, or why it is out),
and two scenarios side by side."""

from __future__ import annotations

import enum
import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from festival_planner.domain import messages
from festival_planner.domain.regions import find_region, region_display_name
from festival_planner.domain.text import sort_key
from festival_planner.domain.values import format_number
from festival_planner.gui import table_selection
from festival_planner.gui.column_fit import fit_columns
from festival_planner.gui.mapview.data import region_names
from festival_planner.gui.mapview.scene import signed_weight
from festival_planner.gui.snapshot_model import SnapshotTableModel, SortProxy
from festival_planner.services.selection import SelectionResult, compare


class Column(enum.IntEnum):
    """The columns of the results table, in display order."""

    COMMUNE = 0
    PROVINCE = 1
    REGION = 2
    SCORE = 3


@dataclass(frozen=True)
class ResultRow:
    """One chosen commune as the table shows it (``id`` is the commune code)."""

    id: str
    name: str
    province: str
    regions: str
    score: float


def result_rows(result: SelectionResult | None) -> list[ResultRow]:
    """The chosen communes of a run, best score first."""
    if result is None:
        return []
    scored = result.scored
    chosen = sorted(result.selection.chosen, key=lambda i: -scored.scores[i])
    return [ResultRow(c.code, c.name, c.province, region_names(c.regions), float(scored.scores[i]))
            for i in chosen for c in (scored.candidates[i],)]


class ResultModel(SnapshotTableModel):
    """The chosen communes (``ResultRow``): commune, province, region, score; read-only."""

    Column = Column

    def title(self, column: int) -> str:
        return (QCoreApplication.translate("SelectorResults", "Xã, phường, đặc khu"),
                QCoreApplication.translate("SelectorResults", "Tỉnh, thành phố"),
                QCoreApplication.translate("SelectorResults", "Vùng"),
                QCoreApplication.translate("SelectorResults", "Điểm"))[column]

    def display(self, row: ResultRow, column: int) -> str:
        if column == Column.SCORE:
            return format_number(row.score, 2)
        return (row.name, row.province, row.regions)[column]

    def sort_value(self, row: ResultRow, column: int) -> Any:
        if column == Column.SCORE:
            return row.score
        return sort_key(self.display(row, column))

    def style(self, row: ResultRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ResultTable(QTableView):
    """The chosen communes, best first (sortable by any column); ``code_selected`` when the user picks a
    row (not when ``select_code`` follows the map)."""

    code_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectorResults")
        self.results = ResultModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.results)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(Column.SCORE, Qt.SortOrder.DescendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        fit_columns(self, stretch=(Column.REGION,))  # every commune name and score whole; regions elide
        self._following = False
        self.selectionModel().selectionChanged.connect(self._selection_changed)

    def set_result(self, result: SelectionResult | None) -> None:
        self.results.set_rows(result_rows(result))

    def codes(self) -> list[str]:
        """The codes in the order shown."""
        return [row.id for row in table_selection.visible_rows(self.proxy)]

    def selected_code(self) -> str | None:
        row = table_selection.selected_row(self)
        return row.id if row is not None else None

    def select_code(self, code: str) -> bool:
        """Select the commune ``code`` (quietly: the map asked); False (and nothing selected) when absent."""
        self._following = True
        try:
            if table_selection.select_row(self, self.results, self.proxy, code):
                return True
            self.clearSelection()
            return False
        finally:
            self._following = False

    def _selection_changed(self) -> None:
        code = self.selected_code()
        if code is not None and not self._following:
            self.code_selected.emit(code)


def _texts() -> dict[str, str]:
    """Words of the explanation and comparison, in the interface language."""
    return {
        "điểm": QCoreApplication.translate("SelectorResults", "điểm"),
        "Lý do": QCoreApplication.translate("SelectorResults", "Lý do"),
        "Cách tính điểm": QCoreApplication.translate("SelectorResults", "Cách tính điểm"),
        "Phương án A": QCoreApplication.translate("SelectorResults", "Phương án A"),
        "Phương án B": QCoreApplication.translate("SelectorResults", "Phương án B"),
        "Tổng điểm": QCoreApplication.translate("SelectorResults", "Tổng điểm"),
        "Số điểm": QCoreApplication.translate("SelectorResults", "Số điểm"),
        "Có trong cả hai": QCoreApplication.translate("SelectorResults", "Có trong cả hai"),
        "Chỉ có trong A": QCoreApplication.translate("SelectorResults", "Chỉ có trong A"),
        "Chỉ có trong B": QCoreApplication.translate("SelectorResults", "Chỉ có trong B"),
    }


def explanation_html(result: SelectionResult, code: str) -> str:
    """Why ``code`` is chosen (breakdown, binding constraints) or left out (what keeps it out)."""
    T = _texts()
    index = result.scored.index()
    i = index[code]
    c = result.scored.candidates[i]
    chosen = i in result.selection.chosen
    translate = QCoreApplication.translate
    head = translate("SelectorResults", "Được chọn") if chosen else translate("SelectorResults", "Không được chọn")
    parts = [f"<h3>{html.escape(c.name)} — {html.escape(c.province)}</h3>",
             f"<p>{html.escape(region_names(c.regions))}<br><b>{head}</b>, "
             f"{html.escape(T['điểm'])} {format_number(result.scored.scores[i], 2)}</p>",
             f"<p><b>{html.escape(T['Lý do'])}</b></p><ul>"]
    for reason in result.explain(code):
        parts.append(f"<li>{html.escape(reason.text())}</li>")
    parts.append(f"</ul><p><b>{html.escape(T['Cách tính điểm'])}</b></p><table cellspacing='4'>")
    parts.append("<tr><th align='left'>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>".format(
        *(html.escape(t) for t in (translate("SelectorResults", "Tiêu chí"), translate("SelectorResults", "Giá trị"),
                                   translate("SelectorResults", "Chuẩn hóa"), translate("SelectorResults", "Trọng số"),
                                   translate("SelectorResults", "Đóng góp")))))
    for line in result.scored.breakdowns[i]:
        parts.append(f"<tr><td>{html.escape(messages.render('criterion.' + line.criterion))}</td>"
                     f"<td align='right'>{format_number(line.raw, 1)}</td>"
                     f"<td align='right'>{format_number(line.normalised, 2)}</td>"
                     f"<td align='right'>{format_number(signed_weight(line), 2)}</td>"
                     f"<td align='right'>{format_number(line.contribution, 2, signed=True)}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


def comparison_html(a: SelectionResult, b: SelectionResult) -> str:
    """Scenario A and scenario B side by side: in both, only A, only B, totals, counts per region."""
    T = _texts()
    cmp = compare(a, b)
    names = {c.code: f"{c.name} ({c.province})" for c in b.scored.candidates}

    def listing(codes: tuple[str, ...]) -> str:
        return "<br>".join(html.escape(names.get(code, code)) for code in codes) or "—"

    rows = "".join(
        f"<tr><td>{html.escape(region_display_name(r.code) if (r := find_region(code)) else code)}</td>"
        f"<td align='right'>{na}</td><td align='right'>{nb}</td></tr>"
        for code, (na, nb) in cmp.regions.items())
    return (
        f"<table cellspacing='6'><tr><th></th><th>{html.escape(T['Phương án A'])}</th>"
        f"<th>{html.escape(T['Phương án B'])}</th></tr>"
        f"<tr><td>{html.escape(T['Tổng điểm'])}</td><td align='right'>{format_number(cmp.total_a, 2)}</td>"
        f"<td align='right'>{format_number(cmp.total_b, 2)}</td></tr>"
        f"<tr><td>{html.escape(T['Số điểm'])}</td><td align='right'>{len(a.chosen_codes)}</td>"
        f"<td align='right'>{len(b.chosen_codes)}</td></tr>{rows}</table>"
        f"<p><b>{html.escape(T['Có trong cả hai'])} ({len(cmp.both)})</b><br>{listing(cmp.both)}</p>"
        f"<p><b>{html.escape(T['Chỉ có trong A'])} ({len(cmp.only_a)})</b><br>{listing(cmp.only_a)}</p>"
        f"<p><b>{html.escape(T['Chỉ có trong B'])} ({len(cmp.only_b)})</b><br>{listing(cmp.only_b)}</p>")
