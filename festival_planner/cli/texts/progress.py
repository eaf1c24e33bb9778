"""The command line's words for ``progress``: its help texts and output lines."""

from __future__ import annotations

VI = {
    "cmd_progress": "tiến độ chuẩn bị các điểm, theo vùng và công việc toàn quốc",
    "help_as_of": "tính đến ngày dd/mm/yyyy (mặc định hôm nay)",
    "out_progress_head": "Tiến độ năm {year}, tính đến ngày {as_of}:",
    "out_overdue": "{count} quá hạn",
    "out_by_region": "Theo vùng:",
    "out_tasks_summary": "Công việc toàn quốc: {done} đã xong, {due} chưa đến hạn, {overdue} quá hạn (tổng {total}).",
}

EN = {
    "cmd_progress": "readiness of the sites, by region, and the national tasks",
    "help_as_of": "as of the day dd/mm/yyyy (default today)",
    "out_progress_head": "Progress of {year}, as of {as_of}:",
    "out_overdue": "{count} overdue",
    "out_by_region": "By region:",
    "out_tasks_summary": "National tasks: {done} done, {due} not yet due, {overdue} overdue ({total} in all).",
}
