"""Texts of the store's errors: opening, checking, upgrading and backing up database files."""

from __future__ import annotations

VI = {
    "bad_url": "Địa chỉ cơ sở dữ liệu không hợp lệ: {url}",
    "backup_unsupported": "Chỉ sao lưu được cơ sở dữ liệu dạng tệp SQLite.",
    "is_directory": "Không mở được cơ sở dữ liệu: {path} là một thư mục.",
    "unreadable": "Không đọc được tệp cơ sở dữ liệu {path}: {reason}.",
    "not_sqlite": "Tệp {path} không phải là cơ sở dữ liệu của Festival Planner (SQLite).",
    "driver_missing": "Thiếu trình điều khiển cho {driver}; cài thêm: pip install 'festival-planner[postgres]'.",
    "unwritable_folder": "Không tạo được thư mục dữ liệu {path}: {reason}.",
    "foreign_database": "Tệp này chứa một cơ sở dữ liệu khác, không phải của Festival Planner.",
    "newer_schema": "Cơ sở dữ liệu được tạo bởi phiên bản Festival Planner mới hơn; hãy cập nhật ứng dụng.",
    "cannot_open": "Không mở được cơ sở dữ liệu {path}: {reason}",
    "gazetteer_missing": "Thiếu gói dữ liệu hành chính 'vietnamadminunits'; hãy cài lại ứng dụng.",
    "gazetteer_no_origin": "Dữ liệu hành chính thiếu nguồn gốc của {ward}.",
    "gazetteer_incomplete": "Dữ liệu hành chính không đầy đủ: {provinces} tỉnh, {communes} xã.",
    "database_missing": "Không có tệp cơ sở dữ liệu {path}. Kiểm tra lại đường dẫn, hoặc tạo mới bằng: festival-planner init --db {path}",
    "database_path_empty": "Đường dẫn cơ sở dữ liệu (--db) đang để trống.",
}

EN = {
    "bad_url": "Invalid database address: {url}",
    "backup_unsupported": "Only SQLite database files can be backed up.",
    "is_directory": "Cannot open the database: {path} is a folder.",
    "unreadable": "Cannot read the database file {path}: {reason}.",
    "not_sqlite": "The file {path} is not a Festival Planner database (SQLite).",
    "driver_missing": "The driver for {driver} is missing; install it: pip install 'festival-planner[postgres]'.",
    "unwritable_folder": "Cannot create the data folder {path}: {reason}.",
    "foreign_database": "This file holds another application's database, not Festival Planner's.",
    "newer_schema": "The database was made by a newer version of Festival Planner; update the application.",
    "cannot_open": "Cannot open the database {path}: {reason}",
    "gazetteer_missing": "The administrative data package 'vietnamadminunits' is missing; reinstall the application.",
    "gazetteer_no_origin": "The administrative data lacks the origin of {ward}.",
    "gazetteer_incomplete": "The administrative data is incomplete: {provinces} provinces, {communes} communes.",
    "database_missing": "There is no database file {path}. Check the path, or create one with: festival-planner init --db {path}",
    "database_path_empty": "The database path (--db) is empty.",
}
