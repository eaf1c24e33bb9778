"""The command line's words for ``checklist``: its help texts and output lines."""

from __future__ import annotations

VI = {
    "cmd_checklist": "danh mục công việc hậu cần của một điểm",
    "cmd_checklist_apply": "áp dụng một mẫu danh mục cho điểm (hạn tính ngược từ ngày tổ chức)",
    "cmd_checklist_list": "liệt kê công việc của một điểm",
    "cmd_checklist_set": "đổi trạng thái một công việc",
    "help_template": "tên mẫu danh mục (mặc định “Mặc định”)",
    "help_checklist_replace": "xóa danh mục cũ của điểm rồi áp dụng lại",
    "help_item_id": "mã công việc (id trong checklist list --json)",
    "help_item_status": "trạng thái: todo (chưa làm), in_progress (đang làm), done (đã xong), blocked (vướng mắc)",
    "out_item_count": "{count} công việc.",
    "out_item_status": "“{title}”: {status}.",
}

EN = {
    "cmd_checklist": "a site's logistics checklist",
    "cmd_checklist_apply": "apply a checklist template to a site (due dates counted back from its date)",
    "cmd_checklist_list": "list a site's checklist items",
    "cmd_checklist_set": "change the status of an item",
    "help_template": "name of the checklist template (default “Mặc định”)",
    "help_checklist_replace": "delete the site's checklist and apply again",
    "help_item_id": "the item's id (id in checklist list --json)",
    "help_item_status": "status: todo, in_progress, done, blocked",
    "out_item_count": "{count} items.",
    "out_item_status": "“{title}”: {status}.",
}
