"""The command line's words for ``programme``: its help texts and output lines."""

from __future__ import annotations

VI = {
    "cmd_programme": "chương trình buổi lễ của một điểm",
    "cmd_programme_show": "in chương trình của một điểm",
    "out_no_programme": "(điểm này chưa có chương trình)",
}

EN = {
    "cmd_programme": "a site's programme of the day",
    "cmd_programme_show": "print a site's programme",
    "out_no_programme": "(this site has no programme yet)",
}
