"""The command line's words for ``campaigns``: its help texts and output lines."""

from __future__ import annotations

VI = {
    "cmd_campaigns": "các kế hoạch theo năm",
    "cmd_campaigns_list": "liệt kê các năm",
    "cmd_campaigns_add": "tạo kế hoạch năm mới (đợt mặc định 01/07 – 19/08)",
    "cmd_campaigns_edit": "sửa đợt tổ chức, ngày hội hoặc số điểm mục tiêu của một năm",
    "help_year": "năm tổ chức, ví dụ 2026",
    "help_start": "ngày bắt đầu đợt, dd/mm/yyyy",
    "help_end": "ngày kết thúc đợt, dd/mm/yyyy",
    "help_festival_day": "ngày hội, dd/mm/yyyy",
    "help_target_min": "số điểm mục tiêu tối thiểu",
    "help_target_max": "số điểm mục tiêu tối đa",
    "out_campaign": "{year}  {start} – {end}  {count} điểm (mục tiêu {target_min}–{target_max})",
}

EN = {
    "cmd_campaigns": "the plans by year",
    "cmd_campaigns_list": "list the years",
    "cmd_campaigns_add": "create a new year's plan (default window 01/07 – 19/08)",
    "cmd_campaigns_edit": "change a year's festival window, festival day or target",
    "help_year": "festival year, e.g. 2026",
    "help_start": "first day of the window, dd/mm/yyyy",
    "help_end": "last day of the window, dd/mm/yyyy",
    "help_festival_day": "festival day, dd/mm/yyyy",
    "help_target_min": "minimum number of sites",
    "help_target_max": "maximum number of sites",
    "out_campaign": "{year}  {start} – {end}  {count} sites (target {target_min}–{target_max})",
}
