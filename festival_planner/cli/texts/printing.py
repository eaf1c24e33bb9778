"""The command line's words for ``printing``: its help texts and output lines."""

from __future__ import annotations

VI = {
    "cmd_print": "in văn bản theo thể thức hành chính (PDF, Word)",
    "cmd_print_site": "chương trình của một điểm (PDF hoặc Word)",
    "cmd_print_schedules": "chương trình của mọi điểm trong năm vào một tệp PDF (và mỗi điểm một tệp)",
    "cmd_print_itinerary": "lịch trình công tác của một lãnh đạo (đóng dấu MẬT)",
    "cmd_print_checklist": "danh mục kiểm tra tại điểm, có ô đánh dấu để điền tay",
    "cmd_print_overview": "báo cáo tiến độ toàn quốc: các điểm theo ngày, nhiệm vụ chung",
    "help_print_pdf": "tệp PDF sẽ ghi (đuôi .pdf)",
    "help_print_docx": "tệp Word sẽ ghi (đuôi .docx)",
    "help_print_one_per_site": "thêm mỗi điểm một tệp PDF trong thư mục này",
    "help_print_number": "số văn bản (phần trước dấu /)",
    "help_print_confidential": "đóng dấu MẬT",
    "help_print_date": "ngày ban hành (mặc định: hôm nay)",
    "help_print_map": "ảnh bản đồ riêng (PNG hoặc JPEG) thay cho bản đồ các điểm theo mức sẵn sàng mà báo cáo tự vẽ",
    "out_printed": "Đã ghi {path}: {documents} văn bản, {pages} trang.",
    "out_printed_docx": "Đã ghi {path}.",
    "out_printed_many": "Đã ghi {count} tệp PDF vào {folder}.",
    "warn_missing_facts": "lưu ý: {document} còn thiếu {facts} — in dòng chấm để điền tay.",
    "warn_missing_facts_many": "lưu ý: {count} văn bản còn thiếu thông tin, in dòng chấm để điền tay: {facts}.",
}

EN = {
    "cmd_print": "print documents in the official layout (PDF, Word)",
    "cmd_print_site": "a site's programme (PDF or Word)",
    "cmd_print_schedules": "every site's programme of the year in one PDF (and one file per site)",
    "cmd_print_itinerary": "a leader's itinerary (marked MẬT, restricted)",
    "cmd_print_checklist": "a site's field checklist with tick boxes to fill in by hand",
    "cmd_print_overview": "the national progress report: sites by date, campaign tasks",
    "help_print_pdf": "PDF file to write (ending in .pdf)",
    "help_print_docx": "Word file to write (ending in .docx)",
    "help_print_one_per_site": "also write one PDF per site into this folder",
    "help_print_number": "document number (the part before the slash)",
    "help_print_confidential": "add the confidentiality mark (MẬT)",
    "help_print_date": "date of issue (default: today)",
    "help_print_map": "a map image of your own (PNG or JPEG) instead of the map of the sites by readiness the report draws",
    "out_printed": "Wrote {path}: {documents} document(s), {pages} page(s).",
    "out_printed_docx": "Wrote {path}.",
    "out_printed_many": "Wrote {count} PDF files into {folder}.",
    "warn_missing_facts": "note: {document} has no {facts} yet — printed as dotted lines to fill in by hand.",
    "warn_missing_facts_many": "note: {count} documents have facts to fill in by hand (dotted lines): {facts}.",
}
