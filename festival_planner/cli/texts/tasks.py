"""The command line's words for ``tasks``: its help texts and output lines."""

from __future__ import annotations

VI = {
    "cmd_tasks": "kế hoạch công việc toàn quốc của năm",
    "cmd_tasks_list": "liệt kê công việc toàn quốc của một năm",
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
