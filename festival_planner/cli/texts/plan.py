"""The command line's words for ``plan``: its help texts and output lines."""

from __future__ import annotations

VI = {
    "cmd_import": "nhập dữ liệu từ bảng tính",
    "cmd_import_plan": "nhập kế hoạch năm: mỗi dòng một điểm (ngày, địa điểm, xã, huyện, tỉnh, lãnh đạo)",
    "help_choose": "chọn xã cho một dòng bị dừng: DÒNG=MÃ_XÃ (lặp lại được)",
    "out_plan_row": "Dòng {row}: {commune}, {province} — {date}{leaders}",
    "out_plan_warned": "Dòng {row}: {commune}, {province} — {message}",
    "out_plan_done": "Năm {year}: {sites} điểm, {invitations} lời mời, {leaders} lãnh đạo mới.",
}

EN = {
    "cmd_import": "import data from a spreadsheet",
    "cmd_import_plan": "import a year's plan: one site per row (date, venue, commune, district, province, leaders)",
    "help_choose": "choose the commune of a stopped row: ROW=COMMUNE_CODE (repeatable)",
    "out_plan_row": "Row {row}: {commune}, {province} — {date}{leaders}",
    "out_plan_warned": "Row {row}: {commune}, {province} — {message}",
    "out_plan_done": "Year {year}: {sites} sites, {invitations} invitations, {leaders} new leaders.",
}
