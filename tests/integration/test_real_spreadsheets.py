"""Imports of spreadsheets as offices send them (issue 17 item 4): a title block above the header, a
header merged over two rows, a serial column, the columns' numbers, a group heading, empty rows and a
signature footer — through the service and the command line, .xlsx and .csv, leaders and plan. Exactly
the leaders (or sites) of the table are imported; none is named after a title or footer line; what was
skipped is reported as skipped, not as an error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from festival_planner.cli import main
from festival_planner.domain.errors import ValidationError
from festival_planner.domain.models import Leader
from festival_planner.services import campaigns, sites
from festival_planner.services.imports import (
    COLUMN_NUMBERS,
    EMPTY,
    FOOTER,
    NUMBER_ONLY,
    SECTION,
    TITLE,
    build_table,
    import_leaders,
    read_table,
)
from festival_planner.services.plan_import import import_plan
from festival_planner.store.database import open_database

from .spreadsheets import (
    FIRST_HEADER_ROW,
    HEADER_ROW,
    LEADERS,
    NOT_LEADERS,
    official_leaders_workbook,
    official_plan_workbook,
)

EXPECTED_SKIPPED = [(1, TITLE), (2, TITLE), (6, COLUMN_NUMBERS), (7, SECTION), (10, EMPTY), (11, NUMBER_ONLY),
                    (14, EMPTY), (15, FOOTER), (16, FOOTER), (17, FOOTER), (19, FOOTER)]


def names_in(database) -> list[str]:
    with database.session() as session:
        return sorted(session.scalars(select(Leader.full_name)))


def test_the_official_list_is_read_as_its_table(tmp_path: Path) -> None:
    table = read_table(official_leaders_workbook(tmp_path / "danh-sach.xlsx"))
    assert (table.first_header_row, table.header_row) == (FIRST_HEADER_ROW, HEADER_ROW)
    # The merged header: "Họ và tên" over two rows, "Liên hệ" over "Điện thoại" and "Email".
    assert table.headers == ("STT", "Họ và tên", "Chức vụ", "Cơ quan", "Điện thoại", "Email", "Ghi chú")
    assert [number for number, _cells in table.rows] == [8, 9, 12, 13]
    assert [(r.row, r.reason) for r in table.skipped] == EXPECTED_SKIPPED
    assert table.skipped[0].text == NOT_LEADERS[0]
    assert "Người lập biểu" in table.skipped[-3].text


def test_the_official_list_imports_exactly_its_leaders(database, tmp_path: Path) -> None:
    path = official_leaders_workbook(tmp_path / "danh-sach.xlsx")
    with database.transaction() as session:
        result = import_leaders(session, path)
    assert result.ok and result.written, [(p.row, p.message()) for p in result.problems]
    assert result.problems == ()  # skipped rows are not problems
    assert [(r.full_name, r.title, r.organisation, r.phone, r.email) for r in result.created] == LEADERS
    assert names_in(database) == sorted(name for name, *_rest in LEADERS)
    assert not set(names_in(database)) & set(NOT_LEADERS)
    assert result.header_row == HEADER_ROW
    assert [(r.row, r.reason) for r in result.skipped] == EXPECTED_SKIPPED
    assert result.to_json()["skipped"][0] == {"row": 1, "reason": "title", "text": NOT_LEADERS[0]}


def test_the_command_line_imports_the_official_list_and_reports_the_skipped_rows(capsys, db_path: Path,
                                                                                   tmp_path: Path) -> None:
    path = official_leaders_workbook(tmp_path / "danh-sach.xlsx")
    assert main(["leaders", "import", str(path), "--db", str(db_path), "--dry-run"]) == 0
    out, _err = capsys.readouterr()
    assert "Tiêu đề cột ở dòng 4–5." in out
    assert "Bỏ qua 11 dòng không phải dữ liệu: 1–2 (tiêu đề phía trên bảng)" in out
    assert "15–17, 19 (chân bảng: người lập, chữ ký, ngày tháng)" in out
    assert "Thêm 4, cập nhật 0, không đổi 0 lãnh đạo." in out
    assert main(["leaders", "import", str(path), "--db", str(db_path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [r["full_name"] for r in result["created"]] == [name for name, *_rest in LEADERS]
    assert result["header_row"] == HEADER_ROW and len(result["skipped"]) == len(EXPECTED_SKIPPED)
    database = open_database(db_path)
    try:
        assert not set(names_in(database)) & set(NOT_LEADERS)
        assert len(names_in(database)) == len(LEADERS)
    finally:
        database.close()


def test_the_header_row_can_be_given_and_a_wrong_one_is_refused_in_vietnamese(capsys, db_path: Path,
                                                                               tmp_path: Path) -> None:
    path = official_leaders_workbook(tmp_path / "danh-sach.xlsx")
    # Given as the first row of the merged header: the same table as found.
    assert main(["leaders", "import", str(path), "--db", str(db_path), "--header-row", "4", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["created"]) == len(LEADERS)
    assert main(["leaders", "import", str(path), "--db", str(db_path), "--header-row", "3"]) != 0
    _out, err = capsys.readouterr()
    assert err.strip() == ("festival-planner: Dòng 3 không thể là dòng tiêu đề cột: dòng trống hoặc ngoài bảng "
                           "(bảng có nội dung từ dòng 1 đến dòng 19).")
    assert len(err.strip().splitlines()) == 1
    # A header no import recognises, named by its row: the title row is not mistaken for it.
    plain = tmp_path / "khac.csv"
    plain.write_text("DANH SÁCH KHÁCH MỜI\n\nNgười được mời,Đơn vị\nVũ Văn Hải,Bộ Quốc phòng\n", encoding="utf-8")
    table = read_table(plain, header_row=3)
    assert table.headers == ("Người được mời", "Đơn vị") and [n for n, _c in table.rows] == [4]
    with pytest.raises(ValidationError) as refused:
        read_table(plain, header_row=2)
    assert refused.value.code == "import_bad_header_row"


def test_a_csv_with_a_title_block_imports_its_leaders(database, tmp_path: Path) -> None:
    path = tmp_path / "lanh-dao.csv"
    lines = ["DANH SÁCH LÃNH ĐẠO DỰ NGÀY HỘI;;;", ";;;", "STT;Họ và tên;Chức vụ;Cơ quan",
             "1;Nguyễn Văn An;Phó Thủ tướng Chính phủ;Chính phủ", "2;Trần Thị Bình;Thứ trưởng;Bộ Công an", ";;;",
             ";;;Hà Nội, ngày 15 tháng 7 năm 2026", ";Người lập biểu;;Thủ trưởng đơn vị",
             ";Hoàng Văn Lập;;Đỗ Thị Ký"]
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8-sig"))
    with database.transaction() as session:
        result = import_leaders(session, path)
    assert result.ok, [(p.row, p.message()) for p in result.problems]
    assert [r.full_name for r in result.created] == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert result.header_row == 3
    assert [(r.row, r.reason) for r in result.skipped] == [(1, TITLE), (6, EMPTY), (7, FOOTER), (8, FOOTER),
                                                           (9, FOOTER)]


def test_a_plan_with_a_title_block_imports_its_sites_through_the_command_line(capsys, db_path: Path,
                                                                               tmp_path: Path) -> None:
    rows = [["05/08/2026", "Nhà văn hóa xã", "Xã Hưng Đạo", "Cao Bằng", "Nguyễn Văn An"],
            ["07/08/2026", "Sân vận động", "Xã Tân Thạnh", "An Giang", "Trần Thị Bình; Lê Văn Cường"]]
    path = official_plan_workbook(tmp_path / "ke-hoach.xlsx", rows)
    assert main(["import", "plan", str(path), "--campaign", "2026", "--db", str(db_path)]) == 0
    out, _err = capsys.readouterr()
    assert "Tiêu đề cột ở dòng 4." in out and "Năm 2026: 2 điểm, 3 lời mời, 3 lãnh đạo mới." in out
    database = open_database(db_path)
    try:
        with database.session() as session:
            made = sites.list_sites(session, campaigns.get_campaign(session, 2026).id)
            assert sorted((s.commune.name, s.commune.province) for s in made) == [
                ("Xã Hưng Đạo", "Cao Bằng"), ("Xã Tân Thạnh", "An Giang")]
        assert names_in(database) == ["Lê Văn Cường", "Nguyễn Văn An", "Trần Thị Bình"]
    finally:
        database.close()


def test_a_plan_csv_with_a_title_block_and_footer(database, tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.csv"
    path.write_text("KẾ HOẠCH NĂM 2026\n\nTT,Ngày,Xã/Phường,Tỉnh/Thành phố\n1,05/08/2026,Xã Sông Lô,Phú Thọ\n"
                    ",,,\n\"Hà Nội, ngày … tháng … năm 2026\",,,\nNgười lập,,,\n", encoding="utf-8")
    with database.transaction() as session:
        result = import_plan(session, path, 2026)
    assert result.ok, [(r.row, r.code) for r in result.problems]
    assert [(r.commune.name, r.commune.province) for r in result.rows] == [("Xã Sông Lô", "Phú Thọ")]
    assert [(r.row, r.reason) for r in result.skipped] == [(1, TITLE), (5, EMPTY), (6, FOOTER), (7, FOOTER)]


def test_footer_words_that_are_leaders_titles_stay_data() -> None:
    """ "Thứ trưởng" (a title) folds like "Thủ trưởng" (the head of the office that signs): only the
    latter, as written, starts a footer; a leader's row is never a footer."""
    raw = [(1, ("Họ và tên", "Chức vụ")), (2, ("Thứ trưởng", "")), (3, ("Nguyễn Văn An", "Thủ trưởng đơn vị")),
           (4, ("Thủ trưởng đơn vị", "")), (5, ("Trần Văn Bình", ""))]
    table = build_table(raw, "t.csv")
    assert [n for n, _c in table.rows] == [2, 3]
    assert [(r.row, r.reason) for r in table.skipped] == [(4, FOOTER), (5, FOOTER)]
