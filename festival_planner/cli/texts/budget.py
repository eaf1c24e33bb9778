"""The command line's words for ``budget``: its help texts and output lines."""

from __future__ import annotations

VI = {
    "cmd_budget": "kinh phí dự toán và thực chi theo điểm, vùng và toàn quốc",
    "out_budget_total": "Tổng cộng: dự toán {estimated}, thực chi {actual}.",
    "out_overspend": "Cảnh báo vượt dự toán: {commune} — {description}: vượt {over}.",
    "out_whole_site": "cả điểm",
}

EN = {
    "cmd_budget": "estimated and actual budget per site, region and in total",
    "out_budget_total": "Total: estimated {estimated}, actual {actual}.",
    "out_overspend": "Overspend: {commune} — {description}: over by {over}.",
    "out_whole_site": "the whole site",
}
