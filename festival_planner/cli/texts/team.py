"""The command line's words for the team server: ``copy``."""

from __future__ import annotations

VI = {
    "cmd_copy": "chép toàn bộ kế hoạch từ một cơ sở dữ liệu sang cơ sở dữ liệu khác (tệp ↔ máy chủ nhóm), rồi đối chiếu từng dòng",
    "help_copy_from": "nguồn: tệp SQLite hoặc địa chỉ máy chủ (postgresql+psycopg://người_dùng@máy:cổng/tên)",
    "help_copy_to": "đích: tệp SQLite (mới hoặc trống) hoặc địa chỉ máy chủ",
    "help_copy_replace": "đích đã có dữ liệu: xóa hết rồi thay bằng dữ liệu nguồn",
    "out_copied": "Đã chép {rows} dòng ({tables} bảng) từ {source} sang {target}.",
    "out_copy_verified": "Đối chiếu từng dòng: {tables} bảng khớp hoàn toàn (số dòng và mã băm).",
    "out_copy_replaced": "Đã xóa {rows} dòng có sẵn ở đích trước khi chép.",
}

EN = {
    "cmd_copy": "copy a whole plan from one database to another (file ↔ team server), then compare row by row",
    "help_copy_from": "source: a SQLite file or a server address (postgresql+psycopg://user@host:port/name)",
    "help_copy_to": "target: a SQLite file (new or empty) or a server address",
    "help_copy_replace": "the target holds data: delete it all and put the source's in its place",
    "out_copied": "Copied {rows} rows ({tables} tables) from {source} to {target}.",
    "out_copy_verified": "Row-by-row check: all {tables} tables equal (row counts and digests).",
    "out_copy_replaced": "Deleted the target's {rows} existing rows before copying.",
}
