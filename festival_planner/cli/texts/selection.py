"""The command line's words for ``selection``: its help texts and output lines."""

from __future__ import annotations

VI = {
    "cmd_select": "chọn các điểm tổ chức tốt nhất cho một năm (tối ưu, có lý do)",
    "help_count": "số điểm cần chọn, từ {low} đến {high} (mặc định: số đã lưu từ Bộ chọn điểm, chưa lưu thì {default})",
    "help_max_per_province": "số điểm tối đa mỗi tỉnh, từ {low} đến {high} (mặc định: đã lưu, hoặc {default})",
    "help_min_spacing": "khoảng cách tối thiểu giữa hai điểm, từ {low} đến {high} km (mặc định: đã lưu, hoặc {default})",
    "help_region_min": "số điểm tối thiểu của một vùng, dạng VÙNG=SỐ (tên vùng có hoặc không dấu, hoặc mã vùng); dùng nhiều lần được; thay mức đã lưu của vùng đó",
    "help_lock": "mã xã phải có trong kết quả (dùng nhiều lần được; thêm vào các xã đã giữ cố định trong Bộ chọn điểm)",
    "help_exclude": "mã xã không được chọn (dùng nhiều lần được; thêm vào các xã đã loại trong Bộ chọn điểm)",
    "help_keep_existing": "giữ (hoặc, với --no-keep-existing, bỏ qua) các điểm đã có của năm đó (mặc định: như đã lưu)",
    "help_select_json": "ghi kết quả đầy đủ (các xã được chọn, điểm, cài đặt, mọi ứng viên, lý do chọn hoặc không chọn từng xã) vào tệp JSON",
    "help_why": "in lý do xã mang mã này được chọn hoặc không được chọn (dùng nhiều lần được)",
    "out_why_chosen": "{code}  {name} ({province}): được chọn, vì:",
    "out_why_rejected": "{code}  {name} ({province}): không được chọn, vì:",
    "out_selection": "Đã chọn {count} điểm, tổng điểm {objective} ({status}, cách cận chứng minh {gap}, cận {bound}, {seconds} giây); {priority} điểm ở vùng ưu tiên.",
    "status_optimal": "tối ưu, đã chứng minh",
    "status_feasible": "tốt nhất tìm được",
    "cmd_map": "vẽ bản đồ cả nước với các điểm của một năm ra tệp PNG",
    "help_png": "tệp PNG cần ghi",
    "help_width": "chiều rộng ảnh, điểm ảnh (mặc định 1600)",
    "bad_width": "chiều rộng ảnh {width} không hợp lệ; hãy chọn từ 200 đến 12000 điểm ảnh.",
    "out_map": "Đã vẽ bản đồ với {sites} điểm vào {path}.",
}

EN = {
    "cmd_select": "choose the best sites for a year (optimal, with reasons)",
    "help_count": "number of sites to choose, from {low} to {high} (default: the number saved from the Selector, else {default})",
    "help_max_per_province": "maximum sites per province, from {low} to {high} (default: as saved, else {default})",
    "help_min_spacing": "minimum distance between two sites, from {low} to {high} km (default: as saved, else {default})",
    "help_region_min": "minimum number of sites in a region, as REGION=N (region name with or without diacritics, or its code); repeatable; replaces that region's saved minimum",
    "help_lock": "code of a commune that must be chosen (repeatable; added to those locked in the Selector)",
    "help_exclude": "code of a commune that must not be chosen (repeatable; added to those excluded in the Selector)",
    "help_keep_existing": "keep (or, with --no-keep-existing, ignore) the year's existing sites (default: as saved)",
    "help_select_json": "write the full result (chosen communes, scores, settings, every candidate, why each one is chosen or not) to a JSON file",
    "help_why": "print why the commune with this code is chosen or not (repeatable)",
    "out_why_chosen": "{code}  {name} ({province}): chosen, because:",
    "out_why_rejected": "{code}  {name} ({province}): not chosen, because:",
    "out_selection": "Chose {count} sites, total score {objective} ({status}, {gap} from the proven bound {bound}, {seconds} s); {priority} in priority regions.",
    "status_optimal": "proven optimal",
    "status_feasible": "best found",
    "cmd_map": "draw the country map with a year's sites into a PNG file",
    "help_png": "PNG file to write",
    "help_width": "image width in pixels (default 1600)",
    "bad_width": "image width {width} is not valid; choose between 200 and 12000 pixels.",
    "out_map": "Drew the map with {sites} sites into {path}.",
}
