"""Texts of the printing errors (reports, PDF and Word export)."""

from __future__ import annotations

VI = {
    "print_bad_suffix": "Tệp “{path}” phải có đuôi {suffix}. Hãy đặt lại tên tệp.",
    "print_folder_missing": "Không có thư mục “{path}”. Hãy tạo thư mục trước hoặc chọn thư mục khác.",
    "print_no_sites": "Kế hoạch năm {year} chưa có điểm tổ chức nào để in.",
    "print_write_failed": "Không ghi được tệp “{path}”: {reason}. Hãy kiểm tra quyền ghi và dung lượng ổ đĩa.",
    "print_one_target": "Hãy chọn một trong hai: --pdf hoặc --docx.",
}

EN = {
    "print_bad_suffix": "The file “{path}” must end in {suffix}. Please rename it.",
    "print_folder_missing": "There is no folder “{path}”. Create it first or choose another folder.",
    "print_no_sites": "The {year} plan has no sites to print yet.",
    "print_write_failed": "Could not write “{path}”: {reason}. Check write permissions and free disk space.",
    "print_one_target": "Choose one of --pdf or --docx.",
}
