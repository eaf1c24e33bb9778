"""The printed documents' plain content: date line, wording templates, tables (no Qt, no database)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from festival_planner.reports.content.builders import in_sentence
from festival_planner.reports.content.model import (
    Document,
    Header,
    KeyValues,
    Table,
    TickItem,
    TickList,
    place_and_date,
)
from festival_planner.reports.content.templates import REPORTS, wording


@pytest.mark.parametrize(("day", "expected"), [
    (dt.date(2026, 8, 4), "Mường Nhé, ngày 04 tháng 8 năm 2026"),
    (dt.date(2026, 2, 15), "Mường Nhé, ngày 15 tháng 02 năm 2026"),
    (dt.date(2026, 1, 9), "Mường Nhé, ngày 09 tháng 01 năm 2026"),
    (dt.date(2026, 12, 10), "Mường Nhé, ngày 10 tháng 12 năm 2026"),
    (dt.date(2026, 3, 31), "Mường Nhé, ngày 31 tháng 3 năm 2026"),
])
def test_place_and_date_line_takes_leading_zeros_for_days_below_10_and_months_1_2(day: dt.date,
                                                                                   expected: str) -> None:
    assert place_and_date("Mường Nhé", day) == expected


def test_every_report_has_its_wording_with_the_common_keys_overridden() -> None:
    for report in REPORTS:
        words = wording(report)
        assert words["issuer"] and words["title"] and words["symbol"] and words["recipients"]
        assert not any(key.startswith("_") for key in words)
    assert wording("site_schedule")["title"] == "CHƯƠNG TRÌNH"
    assert wording("site_schedule")["recipients"] != wording("overview")["recipients"]
    with pytest.raises(ValueError):
        wording("nope")


def test_tables_refuse_rows_that_do_not_match_the_columns() -> None:
    with pytest.raises(ValueError):
        Table(("TT", "Nội dung"), (1, 5), (("1", "a", "extra"),))
    with pytest.raises(ValueError):
        Table(("TT", "Nội dung"), (1,), ())


def test_document_texts_follow_reading_order() -> None:
    header = Header("BỘ CÔNG AN", "BAN CHỈ ĐẠO", "Số: 1/CTr", place_and_date("Hà Nội", dt.date(2026, 8, 4)))
    document = Document(header, "CHƯƠNG TRÌNH", "Ngày hội", (
        KeyValues((("Địa điểm:", "Nhà văn hóa"),)),
        Table(("TT", "Nội dung"), (1, 5), (("1", "Chào cờ"),)),
        TickList("1. Địa điểm", (TickItem("Khảo sát", "Hạn: 10/04/2026"),))), marking="MẬT")
    texts = document.texts()
    assert texts.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") < texts.index("CHƯƠNG TRÌNH") < texts.index("Chào cờ")
    assert "Độc lập - Tự do - Hạnh phúc" in texts and "MẬT" in texts
    assert "Khảo sát Hạn: 10/04/2026" in texts


def test_unit_names_are_lowered_inside_a_sentence() -> None:
    assert in_sentence("Xã Sín Thầu") == "xã Sín Thầu"
    assert in_sentence("Phường Ba Đình") == "phường Ba Đình"
    assert in_sentence("Đặc khu Côn Đảo") == "đặc khu Côn Đảo"
    assert in_sentence("Hà Nội") == "Hà Nội"


def test_reports_never_use_qt_widgets() -> None:
    root = Path(__file__).resolve().parents[3] / "festival_planner" / "reports"
    offenders = [str(p) for p in root.rglob("*.py") if "QtWidgets" in p.read_text(encoding="utf-8")]
    assert offenders == []
