"""What the Printing workspace asks and warns before a document goes out: a site with facts not known
yet prints dotted lines or is refused (the user's choice, remembered); an issue date after the event
is flagged beside the date; the preview fits the screen; the map image is chosen with Browse and
forgotten when another database is opened."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QRect, QSize

from festival_planner.gui import dialogs
from festival_planner.gui.reports.workspace import (
    FIELD_CHECKLIST,
    ITINERARY,
    OVERVIEW,
    PREVIEW_SIZE,
    REFUSE,
    SITE_SCHEDULE,
    fit_on_screen,
)
from festival_planner.gui.settings import Settings
from festival_planner.reports.content.model import Picture
from festival_planner.services import sites
from tests.gui.reports.test_reports_workspace import pdf_text

QUANG_SON = "24616"  # Xã Quảng Sơn, Lâm Đồng
DAY = dt.date(2026, 8, 10)


@pytest.fixture
def new_site(window):
    """The 2026 plan with one site just added: no venue, host unit, contact or phone yet."""
    assert window.campaigns.create_campaign(2026) is not None
    with window.database.transaction() as session:
        row = sites.add_site(session, window.campaign.id, QUANG_SON, DAY)
    workspace = window.workspace("reports")
    window.show_workspace("reports")
    workspace.refresh()
    workspace.set_report(SITE_SCHEDULE)
    workspace.set_scope(row.id)
    return workspace


def test_missing_facts_print_as_dotted_lines_with_a_warning(qtbot, new_site, tmp_path: Path) -> None:
    reports = new_site
    assert reports.missing_combo.currentData() == "fill"  # the default
    pdf = reports.export_pdf(str(tmp_path / "new.pdf"))
    assert pdf is not None
    text = pdf_text(pdf)
    assert "(chưa có)" not in text and "........" in text
    warning = reports.missing_label
    assert warning.isVisible()
    for fact in ("địa điểm", "đơn vị chủ trì", "người liên hệ", "điện thoại"):
        assert fact in warning.text(), warning.text()
    assert "dòng chấm" in warning.text()


def test_missing_facts_refused_when_the_user_chose_so_and_the_choice_is_remembered(
        qtbot, new_site, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    reports = new_site
    reports.missing_combo.setCurrentIndex(reports.missing_combo.findData(REFUSE))
    assert Settings().missing_facts_choice() == REFUSE  # kept for the next session
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text, details="": shown.append((title, text)))
    assert reports.export_pdf(str(tmp_path / "refused.pdf")) is None
    assert not (tmp_path / "refused.pdf").exists()
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Điểm còn thiếu thông tin" and text.startswith("Chưa in")
    for fact in ("địa điểm", "đơn vị chủ trì", "người liên hệ", "điện thoại"):
        assert f"• {fact}" in text, text
    assert reports.export_word(str(tmp_path / "refused.docx")) is None and len(shown) == 2
    assert reports.missing_label.isVisible() and "Chưa in" in reports.missing_label.text()

    # A site with every fact known prints whatever the choice.
    with reports.context.ops.database.transaction() as session:
        row = sites.get_site(session, reports.scope())
        sites.update_site(session, row.id, row.version, venue="Nhà văn hóa xã", host_unit="UBND xã Quảng Sơn",
                          contact_name="Lê Văn Cường", contact_phone="0912 345 678")
    assert reports.export_pdf(str(tmp_path / "complete.pdf")) is not None and len(shown) == 2
    assert not reports.missing_label.isVisible()
    assert "Nhà văn hóa xã" in pdf_text(tmp_path / "complete.pdf")


def test_issue_date_after_the_event_is_flagged_beside_the_date(qtbot, new_site) -> None:
    reports = new_site
    assert reports.date_edit.date() == QDate.currentDate()  # today by default
    reports.date_edit.setDate(QDate(2026, 8, 1))
    assert not reports.date_warning.isVisible()
    reports.date_edit.setDate(QDate(2026, 8, 11))
    assert reports.date_warning.isVisible()
    assert "10/08/2026" in reports.date_warning.text() and "đã qua" in reports.date_warning.text()
    reports.set_report(OVERVIEW)  # no single event: nothing to flag
    assert not reports.date_warning.isVisible()
    reports.set_report(FIELD_CHECKLIST)
    assert reports.date_warning.isVisible()
    reports.set_report(ITINERARY)
    assert not reports.date_warning.isVisible()


def test_the_preview_fits_the_screen(qtbot, new_site, monkeypatch: pytest.MonkeyPatch) -> None:
    assert fit_on_screen(PREVIEW_SIZE, QRect(0, 0, 1366, 728)).height() <= 728 - 40
    assert fit_on_screen(PREVIEW_SIZE, QRect(0, 0, 1920, 1160)) == PREVIEW_SIZE
    reports = new_site
    monkeypatch.setattr(dialogs, "warn", lambda *a, **k: None)
    dialog = reports.preview_dialog(reports.document())
    available = (reports.screen()).availableGeometry()
    assert dialog.width() <= available.width() and dialog.height() <= available.height() - 40
    dialog.deleteLater()

    from PySide6.QtGui import QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1366, 728))  # a laptop
    dialog = reports.preview_dialog(reports.document())
    assert dialog.size() == QSize(900, 728 - 48)
    dialog.deleteLater()


def test_map_is_chosen_with_browse_and_forgotten_with_the_database(qtbot, window, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.campaigns.create_campaign(2026) is not None
    reports = window.workspace("reports")
    window.show_workspace("reports")
    reports.refresh()
    reports.set_report(SITE_SCHEDULE)
    assert not reports.map_browse.isEnabled()
    reports.set_report(OVERVIEW)
    assert reports.map_browse.isEnabled()
    [own] = [b for b in reports.document().blocks if isinstance(b, Picture)]  # the overview's own map
    assert own.data.startswith(b"\x89PNG") and own.caption == "Vị trí 0 điểm tổ chức năm 2026"
    image = tmp_path / "ban-do.png"
    from PySide6.QtGui import QColor, QImage

    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor("#3366cc"))
    assert picture.save(str(image))
    asked: list[str] = []

    def choose(parent, title, folder, filters):
        asked.append(filters)
        return str(image)

    monkeypatch.setattr(dialogs, "open_file_name", choose)
    reports.map_browse.click()
    assert reports.map_edit.text() == str(image) and "*.png" in asked[0] and "*.jpg" in asked[0]
    assert reports.options().map_image == str(image)
    [chosen] = [b for b in reports.document().blocks if isinstance(b, Picture)]
    assert chosen.path == str(image) and chosen.data == b""

    from festival_planner.store.database import open_database

    other = open_database(str(tmp_path / "other.sqlite"))
    window.database_switched(other)
    assert reports.map_edit.text() == ""
