"""Texts of the errors met writing a file for people (PDF, Word, workbook, calendar, picture, JSON)."""

from __future__ import annotations

VI = {
    "output": "Không ghi được tệp; tệp cũ (nếu có) được giữ nguyên.",
    "output_disk_full": "Không ghi được tệp “{path}”: ổ đĩa đầy hoặc tệp vượt giới hạn dung lượng ({reason}). "
                        "Tệp cũ (nếu có) được giữ nguyên. Hãy giải phóng dung lượng rồi thử lại.",
    "output_no_permission": "Không ghi được tệp “{path}”: không có quyền ghi ({reason}). Tệp cũ (nếu có) được giữ "
                            "nguyên. Hãy chọn thư mục khác hoặc đóng chương trình đang mở tệp này.",
    "output_folder_missing": "Không có thư mục “{path}”. Hãy tạo thư mục trước hoặc chọn thư mục khác.",
    "output_name_reserved": "Không dùng được tên tệp “{name}”: “{reserved}” là tên dành riêng của Windows (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9). Hãy đặt tên khác.",
    "output_name_characters": "Không dùng được tên tệp “{name}”: Windows không cho phép ký tự {characters} trong tên tệp. Hãy đặt tên khác.",
    "output_name_trailing": "Không dùng được tên tệp “{name}”: Windows không cho phép tên tệp kết thúc bằng dấu chấm hoặc khoảng trắng. Hãy đặt tên khác.",
    "output_is_folder": "“{path}” là một thư mục, không phải tệp. Hãy chọn tên tệp khác.",
    "output_is_database": "“{path}” là một tệp cơ sở dữ liệu; ứng dụng không ghi đè tệp này. Hãy chọn tên tệp khác.",
    "output_write_failed": "Không ghi được tệp “{path}”: {reason}. Tệp cũ (nếu có) được giữ nguyên.",
    "output_incomplete": "Tệp “{path}” ghi ra không trọn vẹn ({check_key}) nên đã bị bỏ; tệp cũ (nếu có) được giữ "
                         "nguyên. Ổ đĩa có thể đã đầy hoặc bị lỗi; hãy kiểm tra rồi thử lại.",
    "output_check.pdf_header": "thiếu phần đầu PDF",
    "output_check.pdf_trailer": "thiếu phần kết PDF",
    "output_check.pdf_pages": "số trang đọc lại khác số trang đã in",
    "output_check.zip": "tệp nén hỏng",
    "output_check.png": "ảnh PNG bị cắt cụt",
    "output_check.read_back": "nội dung đọc lại khác nội dung đã ghi",
}

EN = {
    "output": "Could not write the file; the previous file (if any) is unchanged.",
    "output_disk_full": "Could not write “{path}”: the disk is full or the file is over the size limit ({reason}). "
                        "The previous file (if any) is unchanged. Free some space and try again.",
    "output_no_permission": "Could not write “{path}”: permission denied ({reason}). The previous file (if any) is "
                            "unchanged. Choose another folder or close the program that has the file open.",
    "output_folder_missing": "There is no folder “{path}”. Create it first or choose another folder.",
    "output_name_reserved": "The file name “{name}” cannot be used: “{reserved}” is a name Windows reserves (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9). Choose another name.",
    "output_name_characters": "The file name “{name}” cannot be used: Windows does not allow {characters} in a file name. Choose another name.",
    "output_name_trailing": "The file name “{name}” cannot be used: Windows does not allow a file name that ends with a dot or a space. Choose another name.",
    "output_is_folder": "“{path}” is a folder, not a file. Choose another file name.",
    "output_is_database": "“{path}” is a database file; the app never overwrites it with an export. Choose another file name.",
    "output_write_failed": "Could not write “{path}”: {reason}. The previous file (if any) is unchanged.",
    "output_incomplete": "The file “{path}” came out incomplete ({check_key}) and was discarded; the previous file "
                         "(if any) is unchanged. The disk may be full or failing; check it and try again.",
    "output_check.pdf_header": "no PDF header",
    "output_check.pdf_trailer": "no PDF trailer",
    "output_check.pdf_pages": "the pages read back differ from the pages printed",
    "output_check.zip": "a damaged zip archive",
    "output_check.png": "a truncated PNG image",
    "output_check.read_back": "the bytes read back differ from the bytes written",
}
