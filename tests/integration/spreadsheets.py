"""Spreadsheets laid out as Vietnamese offices send them (issue 17): a title block above the header, a
blank row, a header merged over two rows, the columns' numbers, a serial column ("STT"), a group
heading, empty rows, a row with only its number, then the footer — the date line, "Người lập biểu",
"Thủ trưởng đơn vị", "(Ký, ghi rõ họ tên)" and the signers' names. Built with openpyxl, real files."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

# The leaders the official list holds: exactly these must be imported, nothing else.
LEADERS = [
    ("Nguyễn Văn An", "Phó Thủ tướng Chính phủ", "Chính phủ", "0912000001", "an@example.vn"),
    ("Trần Thị Bình", "Thứ trưởng", "Bộ Công an", "0912000002", "binh@example.vn"),
    ("Lê Văn Cường", "Ủy viên Bộ Chính trị", "Ban Tuyên giáo Trung ương", "", ""),
    ("Phạm Thị Dung", "Phó Chủ tịch Quốc hội", "Quốc hội", "0912000004", ""),
]
# Texts of the title block and footer: none may become a leader.
NOT_LEADERS = ["BỘ CÔNG AN", "DANH SÁCH LÃNH ĐẠO DỰ NGÀY HỘI TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM 2026",
               "Lãnh đạo Đảng, Nhà nước", "Người lập biểu", "Thủ trưởng đơn vị", "(Ký, ghi rõ họ tên)",
               "Hà Nội, ngày 15 tháng 7 năm 2026", "Hoàng Văn Lập", "Đỗ Thị Ký"]
HEADER_ROW = 5  # the second row of the two-row header
FIRST_HEADER_ROW = 4


def official_leaders_workbook(path: Path) -> Path:
    """The leaders list (rows: 1–2 title, 3 blank, 4–5 header, 6 column numbers, 7 group heading,
    8–9 leaders, 10 empty, 11 only a number, 12–13 leaders, 14 empty, 15–18 footer, 19 signers)."""
    book = Workbook()
    sheet = book.active
    sheet.append([NOT_LEADERS[0]])
    sheet.merge_cells("A1:G1")
    sheet.append([NOT_LEADERS[1]])
    sheet.merge_cells("A2:G2")
    sheet.append([])
    sheet.append(["STT", "Họ và tên", "Chức vụ", "Cơ quan", "Liên hệ", None, "Ghi chú"])
    sheet.append([None, None, None, None, "Điện thoại", "Email", None])
    for column in "ABCDG":
        sheet.merge_cells(f"{column}4:{column}5")
    sheet.merge_cells("E4:F4")
    sheet.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"])
    sheet.append(["I", NOT_LEADERS[2]])
    sheet.merge_cells("B7:G7")
    for number, leader in enumerate(LEADERS[:2], start=1):
        sheet.append([number, *leader, None])
    sheet.append([])
    sheet.append([3])
    for number, leader in enumerate(LEADERS[2:], start=4):
        sheet.append([number, *leader, None])
    sheet.append([])
    sheet.append([None, None, None, None, NOT_LEADERS[6]])
    sheet.merge_cells("E15:G15")
    sheet.append([None, NOT_LEADERS[3], None, None, NOT_LEADERS[4]])
    sheet.append([None, NOT_LEADERS[5], None, None, "(Ký tên, đóng dấu)"])
    sheet.append([])
    sheet.append([None, NOT_LEADERS[7], None, None, NOT_LEADERS[8]])
    book.save(path)
    return path


def official_plan_workbook(path: Path, rows: list[list[object]]) -> Path:
    """A plan with a title block, a blank row, a header with a serial column, ``rows`` (date, venue,
    commune, province, leaders), an empty row and a signature footer."""
    book = Workbook()
    sheet = book.active
    sheet.append(["KẾ HOẠCH TỔ CHỨC NGÀY HỘI TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM 2026"])
    sheet.merge_cells("A1:F1")
    sheet.append(["(Kèm theo Kế hoạch số 123/KH-BCA ngày 01/6/2026)"])
    sheet.merge_cells("A2:F2")
    sheet.append([])
    sheet.append(["STT", "Ngày", "Địa điểm", "Xã/Phường", "Tỉnh/Thành phố", "Lãnh đạo"])
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row])
    sheet.append([])
    sheet.append([None, None, None, None, "Hà Nội, ngày … tháng … năm 2026"])
    sheet.append([None, "Người lập", None, None, "KT. BỘ TRƯỞNG"])
    sheet.append([None, "(Ký, ghi rõ họ tên)", None, None, "THỨ TRƯỞNG"])
    book.save(path)
    return path
