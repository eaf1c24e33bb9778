"""The Selector's result views: the chosen communes as a table, the explanation of one commune (its
breakdown and what binds it, or why it is out), and two scenarios side by side."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from festival_planner.domain import messages
from festival_planner.domain.regions import find_region
from festival_planner.gui.mapview.data import region_names
from festival_planner.services.selection import SelectionResult, compare


class ResultTable(QTableWidget):
    """The chosen communes: commune, province, region, score (best first); the code in UserRole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("selectorResults")
        self.setHorizontalHeaderLabels([QCoreApplication.translate("SelectorResults", "Xã, phường, đặc khu"),
                                        QCoreApplication.translate("SelectorResults", "Tỉnh, thành phố"),
                                        QCoreApplication.translate("SelectorResults", "Vùng"),
                                        QCoreApplication.translate("SelectorResults", "Điểm")])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def set_result(self, result: SelectionResult | None) -> None:
        self.setRowCount(0)
        if result is None:
            return
        scored = result.scored
        chosen = sorted(result.selection.chosen, key=lambda i: -scored.scores[i])
        self.setRowCount(len(chosen))
        for row, i in enumerate(chosen):
            c = scored.candidates[i]
            cells = [c.name, c.province, region_names(c.regions), f"{scored.scores[i]:.2f}"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.code)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)

    def codes(self) -> list[str]:
        return [str(self.item(r, 0).data(Qt.ItemDataRole.UserRole)) for r in range(self.rowCount())]

    def selected_code(self) -> str | None:
        items = self.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def select_code(self, code: str) -> bool:
        for r in range(self.rowCount()):
            if self.item(r, 0).data(Qt.ItemDataRole.UserRole) == code:
                self.selectRow(r)
                return True
        self.clearSelection()
        return False


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
    head = (QCoreApplication.translate("SelectorResults", "Được chọn") if chosen
            else QCoreApplication.translate("SelectorResults", "Không được chọn"))
    parts = [f"<h3>{html.escape(c.name)} — {html.escape(c.province)}</h3>",
             f"<p>{html.escape(region_names(c.regions))}<br><b>{head}</b>, "
             f"{html.escape(T['điểm'])} {result.scored.scores[i]:.2f}</p>",
             f"<p><b>{html.escape(T['Lý do'])}</b></p><ul>"]
    for reason in result.explain(code):
        parts.append(f"<li>{html.escape(messages.render(reason.code, reason.params))}</li>")
    parts.append(f"</ul><p><b>{html.escape(T['Cách tính điểm'])}</b></p><table cellspacing='4'>")
    parts.append("<tr><th align='left'>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>".format(
        *(html.escape(t) for t in (QCoreApplication.translate("SelectorResults", "Tiêu chí"),
                                   QCoreApplication.translate("SelectorResults", "Giá trị"),
                                   QCoreApplication.translate("SelectorResults", "Chuẩn hóa"),
                                   QCoreApplication.translate("SelectorResults", "Trọng số"),
                                   QCoreApplication.translate("SelectorResults", "Đóng góp")))))
    for line in result.scored.breakdowns[i]:
        parts.append(f"<tr><td>{html.escape(messages.render('criterion.' + line.criterion))}</td>"
                     f"<td align='right'>{line.raw:.1f}</td><td align='right'>{line.normalised:.2f}</td>"
                     f"<td align='right'>{line.weight:g}</td><td align='right'>{line.contribution:+.2f}</td></tr>")
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
        f"<tr><td>{html.escape(r.name if (r := find_region(code)) else code)}</td>"
        f"<td align='right'>{na}</td><td align='right'>{nb}</td></tr>"
        for code, (na, nb) in cmp.regions.items())
    return (
        f"<table cellspacing='6'><tr><th></th><th>{html.escape(T['Phương án A'])}</th>"
        f"<th>{html.escape(T['Phương án B'])}</th></tr>"
        f"<tr><td>{html.escape(T['Tổng điểm'])}</td><td align='right'>{cmp.total_a:.2f}</td>"
        f"<td align='right'>{cmp.total_b:.2f}</td></tr>"
        f"<tr><td>{html.escape(T['Số điểm'])}</td><td align='right'>{len(a.chosen_codes)}</td>"
        f"<td align='right'>{len(b.chosen_codes)}</td></tr>{rows}</table>"
        f"<p><b>{html.escape(T['Có trong cả hai'])} ({len(cmp.both)})</b><br>{listing(cmp.both)}</p>"
        f"<p><b>{html.escape(T['Chỉ có trong A'])} ({len(cmp.only_a)})</b><br>{listing(cmp.only_a)}</p>"
        f"<p><b>{html.escape(T['Chỉ có trong B'])} ({len(cmp.only_b)})</b><br>{listing(cmp.only_b)}</p>")
