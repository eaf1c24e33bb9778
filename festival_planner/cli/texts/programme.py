"""The command line's words for ``programme``: its help texts and output lines."""

from __future__ import annotations

VI = {
    "cmd_programme": "chương trình buổi lễ của một điểm",
    "cmd_programme_show": "in chương trình của một điểm",
    "out_no_programme": "(điểm này chưa có chương trình)",
    "cmd_programme_add": "thêm một mục vào chương trình của một điểm",
    "cmd_programme_edit": "sửa một mục chương trình (đổi số phút thì các mục sau dời theo)",
    "cmd_programme_delete": "xóa một mục chương trình",
    "help_entry_id": "mã mục chương trình (id trong programme show --json)",
    "help_programme_start": "giờ bắt đầu, ví dụ 8:30",
    "help_programme_minutes": "số phút",
    "help_programme_title": "nội dung",
    "help_programme_responsible": "người/đơn vị thực hiện",
    "help_programme_part": "phần: ceremony (phần lễ) hoặc festivities (phần hội)",
    "out_programme_added": "Đã thêm {start}–{end} “{title}” (mã {id}).",
    "out_programme_edited": "Đã sửa: {start}–{end} “{title}”.",
    "out_programme_deleted": "Đã xóa {start}–{end} “{title}”.",
    "out_programme_moved": "{count} mục sau đã dời giờ theo.",
}

EN = {
    "cmd_programme": "a site's programme of the day",
    "cmd_programme_show": "print a site's programme",
    "out_no_programme": "(this site has no programme yet)",
    "cmd_programme_add": "add an item to a site's programme",
    "cmd_programme_edit": "edit a programme item (a new length moves the later items)",
    "cmd_programme_delete": "delete a programme item",
    "help_entry_id": "the programme item's id (id in programme show --json)",
    "help_programme_start": "start time, e.g. 8:30",
    "help_programme_minutes": "length in minutes",
    "help_programme_title": "what happens",
    "help_programme_responsible": "who performs it",
    "help_programme_part": "part: ceremony or festivities",
    "out_programme_added": "Added {start}–{end} “{title}” (id {id}).",
    "out_programme_edited": "Edited: {start}–{end} “{title}”.",
    "out_programme_deleted": "Deleted {start}–{end} “{title}”.",
    "out_programme_moved": "{count} later items moved with it.",
}
