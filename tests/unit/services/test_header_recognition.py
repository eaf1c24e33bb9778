"""Reading spreadsheets and recognising their headers, Vietnamese or English (no database)."""

from __future__ import annotations

import datetime as dt

import pytest

from festival_planner.domain.errors import ValidationError
from festival_planner.services.imports import (
    LEADER_FIELDS,
    cell_text,
    check_mapping,
    preview,
    read_csv_bytes,
    read_table,
    recognise_headers,
)
from festival_planner.services.plan_import import PLAN_FIELDS


def test_vietnamese_leader_headers() -> None:
    headers = ["STT", "Họ và tên", "Chức vụ", "Cơ quan", "Thứ tự", "Điện thoại", "Email", "Ghi chú"]
    assert recognise_headers(headers, LEADER_FIELDS) == {
        "full_name": 1, "title": 2, "organisation": 3, "precedence_rank": 4, "phone": 5, "email": 6, "notes": 7}


def test_english_headers_any_case_and_without_diacritics() -> None:
    headers = ["rank", "NAME", "Title", "Organisation", "e-mail"]
    assert recognise_headers(headers, LEADER_FIELDS) == {
        "precedence_rank": 0, "full_name": 1, "title": 2, "organisation": 3, "email": 4}
    assert recognise_headers(["ho va ten", "chuc vu"], LEADER_FIELDS) == {"full_name": 0, "title": 1}


def test_a_longer_header_is_recognised_by_its_start() -> None:
    assert recognise_headers(["Họ và tên lãnh đạo", "Chức vụ hiện nay"], LEADER_FIELDS) == {
        "full_name": 0, "title": 1}


def test_plan_headers() -> None:
    headers = ["Ngày", "Địa điểm", "Xã/Phường", "Quận/Huyện", "Tỉnh/Thành phố", "Lãnh đạo", "Chức vụ"]
    assert recognise_headers(headers, PLAN_FIELDS) == {
        "date": 0, "venue": 1, "commune": 2, "district": 3, "province": 4, "leaders": 5, "titles": 6}


def test_missing_required_column_is_refused_by_code() -> None:
    table = read_csv_bytes("Chức vụ,Cơ quan\nBộ trưởng,Bộ Công an\n".encode())
    with pytest.raises(ValidationError) as info:
        check_mapping(table, recognise_headers(table.headers, LEADER_FIELDS), LEADER_FIELDS)
    assert info.value.code == "import_column_missing"
    with pytest.raises(ValidationError) as info:
        check_mapping(table, {"full_name": 5}, LEADER_FIELDS)
    assert info.value.code == "import_bad_column"


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
@pytest.mark.parametrize("sep", [",", ";"])
def test_csv_with_or_without_bom_comma_or_semicolon(bom: bytes, sep: str) -> None:
    text = sep.join(["Họ và tên", "Chức vụ", "Thứ tự"]) + "\n\n" + sep.join(["Nguyễn Văn A", "Thứ trưởng", "7"]) + "\n"
    table = read_csv_bytes(bom + text.encode())
    assert table.headers == ("Họ và tên", "Chức vụ", "Thứ tự")
    assert table.rows == ((3, ("Nguyễn Văn A", "Thứ trưởng", "7")),)  # row numbers as in the file
    mapping = recognise_headers(table.headers, LEADER_FIELDS)
    assert preview(table, mapping) == [{"row": 3, "full_name": "Nguyễn Văn A", "title": "Thứ trưởng",
                                        "precedence_rank": "7"}]


def test_unsupported_file_type(tmp_path) -> None:
    with pytest.raises(ValidationError) as info:
        read_table(tmp_path / "list.doc")
    assert info.value.code == "import_unsupported"


def test_cell_text() -> None:
    assert cell_text(7.0) == "7"
    assert cell_text(dt.datetime(2026, 8, 5)) == "05/08/2026"
    assert cell_text("  Xã   Pờ Y ") == "Xã Pờ Y"
    assert cell_text(None) == ""


def test_the_header_row_is_the_one_with_most_known_names_below_a_title_block() -> None:
    from festival_planner.services.imports import TITLE, build_table

    raw = [(1, ("LÃNH ĐẠO", "LÃNH ĐẠO", "LÃNH ĐẠO")),  # a title merged across: one known name, counted once
           (2, ("", "", "")), (3, ("Số TT", "Ho va ten", "Chuc vu")), (4, ("1", "Nguyễn Văn An", "Bộ trưởng"))]
    table = build_table(raw, "t.csv")
    assert (table.header_row, table.headers) == (3, ("Số TT", "Ho va ten", "Chuc vu"))
    assert [n for n, _c in table.rows] == [4] and [(r.row, r.reason) for r in table.skipped] == [(1, TITLE)]
    # No known name anywhere: the first row that holds anything, as before.
    plain = build_table([(1, ("", "")), (2, ("Người được mời", "Đơn vị")), (3, ("Vũ Văn Hải", "Bộ Quốc phòng"))], "")
    assert plain.header_row == 2 and [n for n, _c in plain.rows] == [3]


def test_only_the_row_under_the_header_can_be_the_columns_numbers() -> None:
    from festival_planner.services.imports import COLUMN_NUMBERS, build_table

    raw = [(1, ("STT", "Họ và tên", "Thứ tự")), (2, ("1", "2", "3")), (3, ("1", "Nguyễn Văn An", "2")),
           (4, ("2", "3", "4"))]  # a data row that happens to be numbers stays data
    table = build_table(raw, "t.csv")
    assert [(r.row, r.reason) for r in table.skipped] == [(2, COLUMN_NUMBERS)]
    assert [n for n, _c in table.rows] == [3, 4]
