"""Texts of the bulk actions' refusals: checklists on many sites, the delegation board, many sites' status."""

from __future__ import annotations

VI = {
    "bulk_no_sites": "Chưa chọn điểm nào. Hãy chọn các điểm (hoặc “Tất cả các điểm của năm”) rồi làm lại.",
    "bulk_nothing_to_apply": "Không có điểm nào để áp dụng mẫu: các điểm đã chọn đều đã có danh mục công việc. Chọn “thay thế” nếu muốn áp dụng lại.",
    "bulk_status_refused": "Không đổi được trạng thái của {count} điểm, chưa điểm nào được đổi. {commune}: {reason}",
    "bulk_status_unchanged": "Các điểm đã chọn đều đang ở trạng thái “{status}”; không có gì để đổi.",
    "board_nothing_to_send": "Không có giấy mời nào để gửi: các dòng đã chọn chưa có trưởng đoàn hoặc đã gửi giấy mời rồi.",
    "board_nothing_to_change": "Bảng phân công chưa có thay đổi nào.",
    "board_bad_pair": "“{text}” không phải một cặp mã điểm=mã lãnh đạo.",
    "bulk_needs_campaign": "Hãy cho biết năm kế hoạch (--campaign NĂM) khi dùng --all hoặc --without-checklist.",
}

EN = {
    "bulk_no_sites": "No site is chosen. Choose the sites (or “All the year's sites”) and try again.",
    "bulk_nothing_to_apply": "No site to apply the template to: every chosen site already has a checklist. Choose replace to apply it again.",
    "bulk_status_refused": "The status of {count} sites cannot change; no site was changed. {commune}: {reason}",
    "bulk_status_unchanged": "Every chosen site is already “{status}”; nothing to change.",
    "board_nothing_to_send": "No invitation to send: the chosen rows have no head of delegation yet or their invitations were sent already.",
    "board_nothing_to_change": "The board has no change yet.",
    "board_bad_pair": "“{text}” is not a SITE_ID=LEADER_ID pair.",
    "bulk_needs_campaign": "Give the plan's year (--campaign YEAR) with --all or --without-checklist.",
}
