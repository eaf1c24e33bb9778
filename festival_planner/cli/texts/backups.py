"""The command line's words for ``backups``: its help texts and output lines."""

from __future__ import annotations

VI = {
    "cmd_backups": "liệt kê các bản sao lưu của cơ sở dữ liệu",
    "cmd_restore": "khôi phục cơ sở dữ liệu từ một bản sao lưu (giữ lại bản hiện tại)",
    "help_backup_file": "tệp sao lưu (xem: festival-planner backups)",
    "out_backup_campaign": "năm {year}: {sites} điểm",
    "out_backup_ok": "tốt",
    "out_backup_bad": "HỎNG: {problem}",
    "out_backup_count": "{count} bản sao lưu.",
    "out_restored": "Đã khôi phục bản sao lưu lúc {made} ({campaigns}) vào {database}.",
    "out_kept_aside": "Tệp trước khi khôi phục được giữ lại: {path}",
}

EN = {
    "cmd_backups": "list the database's backups",
    "cmd_restore": "restore the database from a backup (the current file is kept)",
    "help_backup_file": "backup file (see: festival-planner backups)",
    "out_backup_campaign": "{year}: {sites} sites",
    "out_backup_ok": "good",
    "out_backup_bad": "DAMAGED: {problem}",
    "out_backup_count": "{count} backups.",
    "out_restored": "Restored the backup of {made} ({campaigns}) into {database}.",
    "out_kept_aside": "The file as it was before the restore is kept: {path}",
}
