"""The "Văn bản in" workspace: preview a site's programme with the real renderer, export PDF and Word,
batch-export the campaign's schedules in the background."""

from __future__ import annotations

import re
import unicodedata
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from festival_planner.gui.reports.workspace import FIELD_CHECKLIST, ITINERARY, OVERVIEW, SITE_SCHEDULE


@pytest.fixture
def reports(window):
    assert window.campaigns.create_demo_campaign(2026) is not None
    workspace = window.workspace("reports")
    workspace.refresh()
    return workspace


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", " ".join(
        page.extract_text() or "" for page in PdfReader(str(path)).pages)))


def test_preview_then_pdf_and_word_of_a_site(qtbot, reports, tmp_path: Path) -> None:
    site = next(s for s in reports._sites if s.head_of_delegation)
    reports.set_report(SITE_SCHEDULE)
    reports.set_scope(site.id)
    reports.number_edit.setText("15")
    assert reports.preview_action.isEnabled()
    document = reports.document()
    dialog = reports.preview_dialog(document)
    painted: list[int] = []
    dialog.paintRequested.connect(lambda printer: painted.append(1))
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: bool(painted))
    dialog.close()
    dialog.deleteLater()

    pdf = reports.export_pdf(str(tmp_path / "site.pdf"))
    assert pdf is not None
    text = pdf_text(pdf)
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 15/CTr-BCĐ",
                     site.commune.name, site.commune.province, site.head_of_delegation):
        assert expected in text, expected

    word = reports.export_word(str(tmp_path / "site.docx"))
    assert word is not None
    from docx import Document as WordDocument

    opened = WordDocument(str(word))
    cells = " ".join(c.text for t in opened.tables for r in t.rows for c in r.cells)
    paragraphs = " ".join(p.text for p in opened.paragraphs)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in cells and "Số: 15/CTr-BCĐ" in cells
    assert site.head_of_delegation in cells and "CHƯƠNG TRÌNH" in paragraphs


def test_scope_follows_the_report_and_the_site_picked_elsewhere(qtbot, reports) -> None:
    reports.set_report(ITINERARY)
    assert reports.scope_combo.count() == len(reports._leaders) > 0
    reports.set_report(OVERVIEW)
    assert reports.scope() is None and reports.preview_action.isEnabled() and reports.map_edit.isEnabled()
    reports.set_report(FIELD_CHECKLIST)
    last = reports._sites[-1]
    reports.context.select_site(last.id)
    assert reports.scope() == last.id
    reports.refresh()  # a reload (after any change) keeps the site in scope, not the first one
    assert reports.scope() == last.id != reports._sites[0].id
    reports.show_site(uuid.UUID(str(reports._sites[1].id)))  # an id read elsewhere: equal, not the same object
    assert reports.scope() == reports._sites[1].id
    reports.confidential_check.setChecked(True)
    assert reports.document().marking == "MẬT"


def test_batch_export_of_the_campaign_runs_in_the_background(qtbot, reports, tmp_path: Path) -> None:
    job = reports.export_batch(one_per_site=False, target=str(tmp_path / "all.pdf"))
    assert job is not None
    assert job.wait(120_000)
    qtbot.waitUntil(lambda: reports.last_batch is not None, timeout=10_000)
    pages = PdfReader(str(tmp_path / "all.pdf")).pages
    assert len(pages) >= len(reports._sites)
    folder = tmp_path / "each"
    folder.mkdir()
    job = reports.export_batch(one_per_site=True, target=str(folder))
    assert job.wait(120_000)
    qtbot.waitUntil(lambda: isinstance(reports.last_batch, list), timeout=10_000)
    assert len(list(folder.glob("*.pdf"))) == len(reports._sites)


def test_cancelling_a_batch_leaves_no_partial_file(qtbot, reports, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "all.pdf"
    job = reports.export_batch(one_per_site=False, target=str(target))
    cancelled: list[int] = []
    job.cancelled.connect(lambda: cancelled.append(1))
    job.cancel()
    assert job.wait(120_000)
    qtbot.waitUntil(lambda: bool(cancelled), timeout=10_000)
    assert list(out.iterdir()) == []


def test_one_pdf_per_site_asks_its_folder_like_every_file_dialog(qtbot, reports, settings, tmp_path: Path,
                                                                monkeypatch) -> None:
    """The folder is asked in the app's own file dialog: the folder last used, day-first dates, a size
    that shows the Vietnamese columns (Qt's static one opened at 627×415 in the Documents folder)."""
    from PySide6.QtWidgets import QFileDialog

    from festival_planner.gui import dialogs

    settings.set_last_folder(str(tmp_path))
    asked: list[QFileDialog] = []

    def cancel(dialog: QFileDialog) -> int:
        asked.append(dialog)
        return 0

    monkeypatch.setattr(QFileDialog, "exec", cancel)
    assert reports.export_batch(one_per_site=True) is None
    [dialog] = asked
    assert dialog.windowTitle() == "Thư mục ghi các tệp PDF"
    assert dialog.fileMode() == QFileDialog.FileMode.Directory
    assert Path(dialog.directory().absolutePath()) == tmp_path
    assert isinstance(dialog.proxyModel(), dialogs.DayFirstDates)
    assert dialog.width() >= 900
