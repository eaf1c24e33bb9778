"""The command line's words for ``budget``: its help texts and output lines."""

from __future__ import annotations

VI = {
    "cmd_budget": "kinh phí dự toán và thực chi theo điểm, vùng và toàn quốc",
    "out_budget_total": "Tổng cộng: dự toán {estimated}, thực chi {actual}.",
    "out_overspend": "Cảnh báo vượt dự toán: {commune} — {description}: vượt {over}.",
    "out_whole_site": "cả điểm",
    "cmd_budget_show": "tổng hợp kinh phí của một năm (giống budget --campaign NĂM)",
    "cmd_budget_add": "thêm một khoản kinh phí cho một điểm",
    "cmd_budget_edit": "sửa một khoản kinh phí",
    "cmd_budget_delete": "xóa một khoản kinh phí",
    "help_line_id": "mã khoản kinh phí (id trong budget show --json)",
    "help_budget_category": "hạng mục: stage (sân khấu), sound (âm thanh), tents (nhà bạt), flowers (hoa), gifts (quà), "
                            "awards (khen thưởng), transport (đi lại), …",
    "help_budget_estimated": "số tiền dự toán (đồng), ví dụ 12.500.000",
    "help_budget_actual": "số tiền thực chi (đồng); để trống (\"\") khi chưa biết",
    "help_budget_description": "diễn giải khoản chi",
    "help_budget_source": "nguồn kinh phí: central (trung ương), provincial (tỉnh), local (địa phương), "
                          "sponsorship (xã hội hóa)",
    "help_budget_note": "ghi chú",
    "out_budget_line_added": "Đã thêm khoản “{description}”: dự toán {estimated}, thực chi {actual} (mã {id}).",
    "out_budget_line_edited": "Đã sửa khoản “{description}”: dự toán {estimated}, thực chi {actual}.",
    "out_budget_line_deleted": "Đã xóa khoản “{description}” (dự toán {estimated}).",
}

EN = {
    "cmd_budget": "estimated and actual budget per site, region and in total",
    "out_budget_total": "Total: estimated {estimated}, actual {actual}.",
    "out_overspend": "Overspend: {commune} — {description}: over by {over}.",
    "out_whole_site": "the whole site",
    "cmd_budget_show": "a year's budget summary (the same as budget --campaign YEAR)",
    "cmd_budget_add": "add a line to a site's budget",
    "cmd_budget_edit": "edit a budget line",
    "cmd_budget_delete": "delete a budget line",
    "help_line_id": "the budget line's id (id in budget show --json)",
    "help_budget_category": "category: stage, sound, tents, flowers, gifts, awards, transport, …",
    "help_budget_estimated": "estimated amount (đồng), e.g. 12.500.000",
    "help_budget_actual": "actual amount (đồng); empty (\"\") while unknown",
    "help_budget_description": "what the line pays for",
    "help_budget_source": "funding source: central, provincial, local, sponsorship",
    "help_budget_note": "note",
    "out_budget_line_added": "Added “{description}”: estimated {estimated}, actual {actual} (id {id}).",
    "out_budget_line_edited": "Edited “{description}”: estimated {estimated}, actual {actual}.",
    "out_budget_line_deleted": "Deleted “{description}” (estimated {estimated}).",
}
