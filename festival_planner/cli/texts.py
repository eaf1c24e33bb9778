"""The command line's own words in both interface languages: help texts, output lines, and
argparse's built-in phrases ("usage", "options", "invalid choice" …), which Python only ships in
English.

``t(key, **params)`` renders in the language chosen by ``festival_planner.domain.messages``.
"""

from __future__ import annotations

import argparse

from festival_planner.domain import messages

VI = {
    "description": "Festival Planner — lập kế hoạch các điểm tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc.",
    "usage_error": "{prog}: lỗi cú pháp: {message} (xem --help)",
    "help_db": "tệp cơ sở dữ liệu SQLite hoặc địa chỉ cơ sở dữ liệu (mặc định: thư mục dữ liệu người dùng)",
    "help_lang": "ngôn ngữ của thông báo: vi (tiếng Việt) hoặc en (tiếng Anh)",
    "help_json": "in kết quả dạng JSON (khóa tiếng Anh, ổn định cho máy đọc)",
    "help_version": "in phiên bản rồi thoát",
    "help_command": "lệnh",
    "help_action": "thao tác",
    "cmd_gui": "mở cửa sổ ứng dụng (mặc định)",
    "cmd_init": "tạo hoặc nâng cấp cơ sở dữ liệu và nạp danh mục hành chính",
    "cmd_demo": "tạo kế hoạch mẫu 28 điểm",
    "cmd_backup": "sao lưu cơ sở dữ liệu",
    "help_demo_year": "năm của kế hoạch mẫu (mặc định 2026)",
    "help_demo_replace": "thay kế hoạch đã có của năm đó",
    "cmd_communes": "tra cứu danh mục xã, phường, đặc khu",
    "cmd_communes_search": "tìm theo tên hoặc địa chỉ (không dấu được, hiểu cả tên cũ)",
    "help_query": "tên xã, phường, tỉnh hoặc địa chỉ cũ/mới",
    "help_limit": "số kết quả tối đa (số dương)",
    "cmd_communes_list": "liệt kê theo tỉnh và/hoặc vùng",
    "help_province": "tỉnh, thành phố (tên mới hoặc cũ)",
    "help_region": "vùng: Tây Bắc, Tây Nguyên, Tây Nam Bộ, …",
    "cmd_campaigns": "các kế hoạch theo năm",
    "cmd_campaigns_list": "liệt kê các năm",
    "cmd_campaigns_add": "tạo kế hoạch năm mới (đợt mặc định 01/07 – 19/08)",
    "cmd_campaigns_edit": "sửa đợt tổ chức, ngày hội hoặc số điểm mục tiêu của một năm",
    "help_year": "năm tổ chức, ví dụ 2026",
    "help_start": "ngày bắt đầu đợt, dd/mm/yyyy",
    "help_end": "ngày kết thúc đợt, dd/mm/yyyy",
    "help_festival_day": "ngày hội, dd/mm/yyyy",
    "help_target_min": "số điểm mục tiêu tối thiểu",
    "help_target_max": "số điểm mục tiêu tối đa",
    "cmd_sites": "các điểm tổ chức",
    "cmd_sites_list": "liệt kê các điểm của một năm",
    "cmd_sites_add": "thêm một điểm tổ chức",
    "help_campaign": "năm của kế hoạch",
    "help_commune": "mã xã, phường chính thức (hoặc tên, địa chỉ cũ/mới nếu chỉ khớp một xã)",
    "help_date": "ngày tổ chức, dd/mm/yyyy",
    "help_venue": "địa điểm tổ chức",
    "help_site_start": "giờ bắt đầu HH:MM (mặc định 07:30)",
    "help_site_end": "giờ kết thúc HH:MM (mặc định 11:30)",
    "help_host_unit": "đơn vị chủ trì",
    "help_status": "trạng thái: proposed (đề xuất), approved (đã duyệt), confirmed (đã xác nhận), held (đã tổ chức), cancelled (đã hủy)",
    "help_create_campaign": "tạo kế hoạch năm (đợt mặc định) nếu năm đó chưa có",
    "cmd_sites_edit": "sửa một điểm tổ chức (theo mã điểm)",
    "cmd_sites_delete": "xóa một điểm tổ chức (theo mã điểm)",
    "help_site_id": "mã điểm tổ chức (id trong sites list --json)",
    "help_site_version": "phiên bản đã đọc (version); nếu điểm đã bị sửa sau đó thì từ chối",
    "help_edit_start": "giờ bắt đầu mới HH:MM",
    "help_edit_end": "giờ kết thúc mới HH:MM",
    "help_contact": "người liên hệ",
    "help_phone": "điện thoại liên hệ",
    "help_notes": "ghi chú",
    "out_site_id": "Mã điểm: {id} (phiên bản {version})",
    "out_default_times": "Dùng giờ mặc định {start}–{end} (đổi bằng --start, --end).",
    "out_deleted": "Đã xóa điểm {commune} (ngày {date}).",
    "out_database": "Cơ sở dữ liệu: {path}",
    "out_gazetteer": "Danh mục hành chính: {provinces} tỉnh, thành phố; {communes} xã, phường, đặc khu.",
    "out_demo": "Đã tạo kế hoạch mẫu năm {year}: {count} điểm tổ chức.",
    "out_backup": "Đã sao lưu vào {path}",
    "out_results": "{count} kết quả.",
    "out_results_limited": "{shown} trên {count} kết quả.",
    "out_campaign": "{year}  {start} – {end}  {count} điểm (mục tiêu {target_min}–{target_max})",
    "out_site_count": "{count} điểm tổ chức.",
    "out_no_venue": "(chưa có địa điểm)",
    "out_old": "cũ",
    "interrupted": "đã dừng.",
    "file_error": "lỗi hệ thống tệp: {reason}",
    "no_screen": "không có màn hình để mở cửa sổ; hãy dùng các lệnh (festival-planner --help) hoặc đặt QT_QPA_PLATFORM=offscreen.",
    "missing_qt_library": "không mở được cửa sổ: thiếu thư viện hệ thống {library}. Cài bằng: sudo apt install {package} (các gói Qt cần trên Linux: {packages}).",
    "display_unreachable": "không kết nối được màn hình DISPLAY={display}. Kiểm tra biến DISPLAY (đăng nhập SSH thì dùng ssh -X), hoặc chạy các lệnh không cần cửa sổ (festival-planner --help).",
    # argparse's own phrases
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số vị trí",
    "options": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "invalid choice: %(value)r (choose from %(choices)s)": "lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)",
    "the following arguments are required: %s": "thiếu các tham số bắt buộc: %s",
    "unrecognized arguments: %s": "tham số không hiểu được: %s",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "expected one argument": "cần một giá trị",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn mơ hồ: %(option)s có thể là %(matches)s",
    "not allowed with argument %s": "không dùng chung được với %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
}

EN = {
    "description": "Festival Planner — plan the flagship sites of the All-People's National Security Protection Festival.",
    "usage_error": "{prog}: usage error: {message} (see --help)",
    "help_db": "SQLite database file or database URL (default: the user's data folder)",
    "help_lang": "language of the messages: vi (Vietnamese) or en (English)",
    "help_json": "print the result as JSON (English keys, stable for programs)",
    "help_version": "print the version and exit",
    "help_command": "command",
    "help_action": "action",
    "cmd_gui": "open the application window (default)",
    "cmd_init": "create or upgrade the database and load the administrative list",
    "cmd_demo": "create a 28-site demo plan",
    "cmd_backup": "back up the database",
    "help_demo_year": "year of the demo plan (default 2026)",
    "help_demo_replace": "replace that year's existing plan",
    "cmd_communes": "look up communes, wards and special zones",
    "cmd_communes_search": "search by name or address (diacritics optional, old names understood)",
    "help_query": "name of a commune, ward or province, or an old or new address",
    "help_limit": "maximum number of results (positive)",
    "cmd_communes_list": "list by province and/or region",
    "help_province": "province or city (new or old name)",
    "help_region": "region: Tây Bắc, Tây Nguyên, Tây Nam Bộ, …",
    "cmd_campaigns": "the plans by year",
    "cmd_campaigns_list": "list the years",
    "cmd_campaigns_add": "create a new year's plan (default window 01/07 – 19/08)",
    "cmd_campaigns_edit": "change a year's festival window, festival day or target",
    "help_year": "festival year, e.g. 2026",
    "help_start": "first day of the window, dd/mm/yyyy",
    "help_end": "last day of the window, dd/mm/yyyy",
    "help_festival_day": "festival day, dd/mm/yyyy",
    "help_target_min": "minimum number of sites",
    "help_target_max": "maximum number of sites",
    "cmd_sites": "the festival sites",
    "cmd_sites_list": "list a year's sites",
    "cmd_sites_add": "add a festival site",
    "help_campaign": "year of the plan",
    "help_commune": "official commune code (or a name or old/new address that fits one commune)",
    "help_date": "date of the site, dd/mm/yyyy",
    "help_venue": "venue",
    "help_site_start": "start time HH:MM (default 07:30)",
    "help_site_end": "end time HH:MM (default 11:30)",
    "help_host_unit": "host unit",
    "help_status": "status: proposed, approved, confirmed, held, cancelled",
    "help_create_campaign": "create the year's plan (default window) if it does not exist",
    "cmd_sites_edit": "edit a festival site (by its id)",
    "cmd_sites_delete": "delete a festival site (by its id)",
    "help_site_id": "the site's id (id in sites list --json)",
    "help_site_version": "the version you read; refused if the site changed since",
    "help_edit_start": "new start time HH:MM",
    "help_edit_end": "new end time HH:MM",
    "help_contact": "contact person",
    "help_phone": "contact phone",
    "help_notes": "notes",
    "out_site_id": "Site id: {id} (version {version})",
    "out_default_times": "Using the default times {start}–{end} (change them with --start, --end).",
    "out_deleted": "Deleted the site {commune} (on {date}).",
    "out_database": "Database: {path}",
    "out_gazetteer": "Administrative list: {provinces} provinces and cities; {communes} communes, wards and special zones.",
    "out_demo": "Created the {year} demo plan: {count} sites.",
    "out_backup": "Backed up to {path}",
    "out_results": "{count} results.",
    "out_results_limited": "{shown} of {count} results.",
    "out_campaign": "{year}  {start} – {end}  {count} sites (target {target_min}–{target_max})",
    "out_site_count": "{count} sites.",
    "out_no_venue": "(no venue yet)",
    "out_old": "formerly",
    "interrupted": "stopped.",
    "file_error": "file system error: {reason}",
    "no_screen": "there is no screen to open a window on; use the commands (festival-planner --help) or set QT_QPA_PLATFORM=offscreen.",
    "missing_qt_library": "cannot open a window: the system library {library} is missing. Install it with: sudo apt install {package} (the packages Qt needs on Linux: {packages}).",
    "display_unreachable": "cannot connect to the display DISPLAY={display}. Check the DISPLAY variable (over SSH use ssh -X), or use the commands that need no window (festival-planner --help).",
}


def t(key: str, **params: object) -> str:
    """The text of ``key`` in the current language, filled with ``params``."""
    table = EN if messages.current_language() == "en" else VI
    template = table.get(key, VI.get(key, key))
    return template.format(**params) if params else template


def argparse_gettext(text: str) -> str:
    """argparse's phrases in the current language (installed as ``argparse._``)."""
    if messages.current_language() == "en":
        return text
    return VI.get(text, text)


def install_argparse_translation() -> None:
    """Make argparse speak the interface language ("cách dùng", "tùy chọn", …)."""
    argparse._ = argparse_gettext  # type: ignore[attr-defined]
