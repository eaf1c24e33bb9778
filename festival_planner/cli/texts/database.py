"""The command line's words for ``database``: its help texts and output lines."""

from __future__ import annotations

VI = {
    "cmd_gui": "mở cửa sổ ứng dụng (mặc định)",
    "cmd_init": "tạo hoặc nâng cấp cơ sở dữ liệu và nạp danh mục hành chính",
    "cmd_demo": "tạo kế hoạch mẫu 28 điểm",
    "cmd_backup": "sao lưu cơ sở dữ liệu",
    "help_demo_year": "năm của kế hoạch mẫu (mặc định 2026)",
    "help_demo_replace": "thay kế hoạch đã có của năm đó",
    "out_database": "Cơ sở dữ liệu: {path}",
    "out_gazetteer": "Danh mục hành chính: {provinces} tỉnh, thành phố; {communes} xã, phường, đặc khu.",
    "out_demo": "Đã tạo kế hoạch mẫu năm {year}: {count} điểm tổ chức.",
    "out_backup": "Đã sao lưu vào {path}",
    "no_screen": "không có màn hình để mở cửa sổ: hãy mở trong một phiên làm việc có màn hình (DISPLAY hoặc WAYLAND_DISPLAY), hoặc dùng các lệnh (festival-planner --help).",
}

EN = {
    "cmd_gui": "open the application window (default)",
    "cmd_init": "create or upgrade the database and load the administrative list",
    "cmd_demo": "create a 28-site demo plan",
    "cmd_backup": "back up the database",
    "help_demo_year": "year of the demo plan (default 2026)",
    "help_demo_replace": "replace that year's existing plan",
    "out_database": "Database: {path}",
    "out_gazetteer": "Administrative list: {provinces} provinces and cities; {communes} communes, wards and special zones.",
    "out_demo": "Created the {year} demo plan: {count} sites.",
    "out_backup": "Backed up to {path}",
    "no_screen": "there is no screen to open a window on: start it in a session with a display (DISPLAY or WAYLAND_DISPLAY), or use the commands (festival-planner --help).",
}
