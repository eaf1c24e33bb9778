"""The command line's words for ``communes``: its help texts and output lines."""

from __future__ import annotations

VI = {
    "cmd_communes": "tra cứu danh mục xã, phường, đặc khu",
    "cmd_communes_search": "tìm theo tên hoặc địa chỉ (không dấu được, hiểu cả tên cũ)",
    "help_query": "tên xã, phường, tỉnh hoặc địa chỉ cũ/mới",
    "help_limit": "số kết quả tối đa (số dương)",
    "bad_limit": "Số kết quả tối đa phải từ 1 trở lên (đang đặt {limit}).",
    "cmd_communes_list": "liệt kê theo tỉnh và/hoặc vùng",
    "help_province": "tỉnh, thành phố (tên mới hoặc cũ)",
    "help_region": "vùng: Tây Bắc, Tây Nguyên, Tây Nam Bộ, …",
    "out_results": "{count} kết quả.",
    "out_results_limited": "{shown} trên {count} kết quả.",
    "out_old": "cũ",
}

EN = {
    "cmd_communes": "look up communes, wards and special zones",
    "cmd_communes_search": "search by name or address (diacritics optional, old names understood)",
    "help_query": "name of a commune, ward or province, or an old or new address",
    "help_limit": "maximum number of results (positive)",
    "bad_limit": "The maximum number of results must be 1 or more (it is {limit}).",
    "cmd_communes_list": "list by province and/or region",
    "help_province": "province or city (new or old name)",
    "help_region": "region: Tây Bắc, Tây Nguyên, Tây Nam Bộ, …",
    "out_results": "{count} results.",
    "out_results_limited": "{shown} of {count} results.",
    "out_old": "formerly",
}
