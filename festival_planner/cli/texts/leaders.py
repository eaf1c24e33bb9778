"""The command line's words for ``leaders``: its help texts and output lines."""

from __future__ import annotations

VI = {
    "cmd_leaders": "danh bạ lãnh đạo",
    "cmd_leaders_list": "liệt kê lãnh đạo theo thứ tự nghi lễ",
    "cmd_leaders_add": "thêm một lãnh đạo",
    "cmd_leaders_import": "nhập lãnh đạo từ tệp .xlsx hoặc .csv",
    "cmd_leaders_export": "xuất danh bạ lãnh đạo ra tệp .xlsx",
    "help_out_file": "tệp .xlsx sẽ ghi",
    "help_filter": "lọc theo tên, chức vụ, cơ quan (không dấu cũng được)",
    "help_name": "họ và tên",
    "help_title": "chức vụ, ví dụ: Phó Thủ tướng Chính phủ",
    "help_organisation": "cơ quan",
    "help_rank": "thứ tự nghi lễ (số nhỏ đứng trước)",
    "help_email": "thư điện tử",
    "out_leader": "{rank:>5}  {name} — {title} — {organisation}{inactive}",
    "out_inactive": " (ngừng theo dõi)",
    "out_leader_id": "Mã lãnh đạo: {id} (phiên bản {version})",
    "out_leader_count": "{count} lãnh đạo.",
    "out_row_problem": "Dòng {row}: “{text}” — {message}",
    "out_candidate": "    {code}  {name}, {province}",
    "out_leaders_import": "Thêm {created}, cập nhật {updated}, không đổi {unchanged} lãnh đạo.",
    "out_exported": "Đã xuất {count} dòng vào {path}",
}

EN = {
    "cmd_leaders": "the leaders' directory",
    "cmd_leaders_list": "list leaders in protocol order",
    "cmd_leaders_add": "add a leader",
    "cmd_leaders_import": "import leaders from an .xlsx or .csv file",
    "cmd_leaders_export": "export the leaders' directory to an .xlsx file",
    "help_out_file": ".xlsx file to write",
    "help_filter": "filter by name, title, organisation (diacritics optional)",
    "help_name": "full name",
    "help_title": "title, e.g. Phó Thủ tướng Chính phủ",
    "help_organisation": "organisation",
    "help_rank": "precedence rank (smaller comes first)",
    "help_email": "e-mail",
    "out_leader": "{rank:>5}  {name} — {title} — {organisation}{inactive}",
    "out_inactive": " (inactive)",
    "out_leader_id": "Leader id: {id} (version {version})",
    "out_leader_count": "{count} leaders.",
    "out_row_problem": "Row {row}: “{text}” — {message}",
    "out_candidate": "    {code}  {name}, {province}",
    "out_leaders_import": "Added {created}, updated {updated}, unchanged {unchanged} leaders.",
    "out_exported": "Exported {count} rows to {path}",
}
