"""The command line's words for ``conflicts``: its help texts and output lines."""

from __future__ import annotations

VI = {
    "cmd_conflicts": "các trùng lịch của lãnh đạo trong một năm",
    "cmd_itinerary": "lịch trình của một lãnh đạo trong một năm",
    "help_ics": "ghi lịch trình ra tệp iCalendar (.ics)",
    "out_conflict_same_day": "{leader}: cùng ngày {first} và {second} — cần {needed} giờ di chuyển, chỉ có {available} giờ.",
    "out_conflict_travel": "{leader}: {first} rồi {second} — cần {needed} giờ di chuyển, chỉ có {available} giờ.",
    "out_conflict_count": "{count} trùng lịch.",
    "out_stop": "{date} {start}–{end}  {commune}, {province} — {venue}{travel}{conflict}",
    "out_stop_travel": " (di chuyển ~{hours} giờ, {km} km)",
    "out_stop_conflict": " — KHÔNG KỊP",
    "out_restricted": "THÔNG TIN HẠN CHẾ: lịch trình của lãnh đạo là thông tin cần bảo vệ.",
    "out_ics_written": "Đã ghi lịch {count} sự kiện vào {path}",
}

EN = {
    "cmd_conflicts": "the leaders' conflicts in a year",
    "cmd_itinerary": "a leader's itinerary in a year",
    "help_ics": "write the itinerary to an iCalendar (.ics) file",
    "out_conflict_same_day": "{leader}: same day {first} and {second} — needs {needed} h of travel, only {available} h available.",
    "out_conflict_travel": "{leader}: {first} then {second} — needs {needed} h of travel, only {available} h available.",
    "out_conflict_count": "{count} conflicts.",
    "out_stop": "{date} {start}–{end}  {commune}, {province} — {venue}{travel}{conflict}",
    "out_stop_travel": " (travel ~{hours} h, {km} km)",
    "out_stop_conflict": " — NOT REACHABLE IN TIME",
    "out_restricted": "RESTRICTED: a leader's itinerary is sensitive information.",
    "out_ics_written": "Wrote {count} events to {path}",
}
