"""The command line's words for ``tasks``: its help texts and output lines."""

from __future__ import annotations

VI = {
    "cmd_tasks": "kế hoạch công việc toàn quốc của năm",
    "cmd_tasks_list": "liệt kê công việc toàn quốc của một năm",
    "cmd_tasks_apply": "áp dụng mẫu kế hoạch toàn quốc cho năm (hạn tính ngược từ ngày hội)",
    "help_workplan_template": "tên mẫu kế hoạch (mặc định “Kế hoạch toàn quốc”)",
    "help_workplan_replace": "xóa các công việc toàn quốc hiện có rồi áp dụng lại",
    "out_workplan_applied": "Đã áp dụng mẫu “{template}” cho năm {year}: {count} công việc, hạn từ {first} "
                            "đến {last} (ngày hội {day}).",
    "help_keep_task_dates": "giữ nguyên hạn các công việc toàn quốc khi đổi ngày hội (mặc định: dời theo)",
    "out_task_dates_moved": "Đã dời hạn {count} công việc toàn quốc chưa xong theo ngày hội mới ({old} → {new}).",
    "cmd_tasks_add": "thêm một công việc toàn quốc",
    "cmd_tasks_set": "sửa một công việc toàn quốc (nội dung, người phụ trách, hạn, trạng thái…)",
    "cmd_tasks_delete": "xóa một công việc toàn quốc",
    "help_task_title": "nội dung công việc",
    "help_task_category": "nhóm công việc",
    "help_task_owner": "đơn vị/người phụ trách",
    "help_task_due": "hạn (ngày/tháng/năm, ví dụ 15/07/2026); để trống (\"\") để bỏ hạn",
    "help_task_note": "ghi chú",
    "out_task_added": "Đã thêm “{title}”, hạn {due}, {status} (mã {id}).",
    "out_task_set": "Đã sửa “{title}”, hạn {due}, {status}.",
    "out_task_deleted": "Đã xóa “{title}”.",
}

EN = {
    "cmd_tasks": "the year's national workplan",
    "cmd_tasks_list": "list a year's national tasks",
    "cmd_tasks_apply": "apply a workplan template to the year (due dates counted back from the festival day)",
    "help_workplan_template": "name of the workplan template (default “Kế hoạch toàn quốc”)",
    "help_workplan_replace": "delete the year's national tasks and apply again",
    "out_workplan_applied": "Applied “{template}” to {year}: {count} tasks, due from {first} to {last} "
                            "(festival day {day}).",
    "help_keep_task_dates": "keep the national tasks' due dates when the festival day changes (default: move them)",
    "out_task_dates_moved": "Moved the due dates of {count} open national tasks with the new festival day "
                            "({old} → {new}).",
    "cmd_tasks_add": "add a national task",
    "cmd_tasks_set": "edit a national task (title, owner, due date, status…)",
    "cmd_tasks_delete": "delete a national task",
    "help_task_title": "what is to be done",
    "help_task_category": "category",
    "help_task_owner": "unit or person in charge",
    "help_task_due": "due date (day/month/year, e.g. 15/07/2026); empty (\"\") for none",
    "help_task_note": "note",
    "out_task_added": "Added “{title}”, due {due}, {status} (id {id}).",
    "out_task_set": "Edited “{title}”, due {due}, {status}.",
    "out_task_deleted": "Deleted “{title}”.",
}
