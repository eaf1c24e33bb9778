"""The command line's words for ``tasks``: its help texts and output lines."""

from __future__ import annotations

VI = {
    "cmd_tasks": "kế hoạch công việc toàn quốc của năm",
    "cmd_tasks_list": "liệt kê công việc toàn quốc của một năm",
}

EN = {
    "cmd_tasks": "the year's national workplan",
    "cmd_tasks_list": "list a year's national tasks",
}
