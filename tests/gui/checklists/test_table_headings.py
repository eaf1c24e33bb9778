"""The programme, budget, commendation and gift tables show their headings whole, in both languages
(under Xvfb "Bắt đầu" and "Kết thúc" had 76 px of the 79 and 82 they need; "Minutes" 76 of 79)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QHeaderView

from festival_planner import app as app_module
from festival_planner.gui.checklists.tables import BudgetModel, CommendationModel, GiftModel, ProgrammeModel
from festival_planner.gui.checklists.views import TableView

TABLES = [(ProgrammeModel, (8, 8, 8, 60, 30)), (BudgetModel, (24, 40, 22, 16, 16)),
          (CommendationModel, (10, 36, 30, 50)), (GiftModel, (14, 36, 40, 14))]


def cut_headings(header: QHeaderView, sized: int) -> list[str]:
    """The headings cut among the first ``sized`` columns (the last one stretches)."""
    return [str(header.model().headerData(c, header.orientation())) for c in range(min(sized, header.count() - 1))
            if header.sectionSize(c) < header.sectionSizeFromContents(c).width()]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_headings_fit(qtbot, qapp, language: str) -> None:
    translator = app_module.install_translator(qapp, language)
    try:
        for model, widths in TABLES:
            view = TableView(model(), "table", None, widths)
            qtbot.addWidget(view)
            view.resize(1000, 400)
            view.show()
            header = view.table.horizontalHeader()
            assert header.count() >= len(widths)
            assert cut_headings(header, len(widths)) == [], model.__name__
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
