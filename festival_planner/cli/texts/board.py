"""The command line's words for ``board`` and ``sites status``: help texts and output lines."""

from __future__ import annotations

VI = {
    "cmd_board": "bảng phân công trưởng đoàn: xem, phân công, gửi giấy mời cho nhiều điểm một lần",
    "cmd_board_show": "mỗi điểm của năm với trưởng đoàn và chỗ trùng lịch (JSON: kèm người được gợi ý)",
    "cmd_board_assign": "phân công trưởng đoàn cho nhiều điểm trong một giao dịch",
    "help_board_head": "một cặp mã điểm=mã lãnh đạo (lặp lại cho nhiều điểm)",
    "help_board_suggested": "mỗi điểm chưa có trưởng đoàn nhận một người được gợi ý (rảnh, kịp di chuyển, theo thứ tự)",
    "help_board_dry_run": "chỉ cho xem sẽ phân công thế nào, không ghi gì",
    "cmd_board_send": "gửi giấy mời của các trưởng đoàn còn “dự kiến” (mọi điểm của năm, hoặc các --site)",
    "help_board_send_site": "chỉ gửi cho điểm này (lặp lại cho nhiều điểm)",
    "out_board_no_head": "(chưa có trưởng đoàn)",
    "out_board_clash": "trùng lịch: {clash}",
    "out_board_assigned": "Đã phân công trưởng đoàn cho {count} điểm.",
    "out_board_would_assign": "Sẽ phân công trưởng đoàn cho {count} điểm (chưa ghi gì).",
    "out_board_sent": "Đã gửi {count} giấy mời.",
    "cmd_sites_status": "đổi trạng thái của nhiều điểm một lần (tất cả hoặc không điểm nào)",
    "help_sites_status_to": "trạng thái mới: proposed, approved, confirmed, done, cancelled",
    "help_sites_status_site": "chỉ điểm này (lặp lại cho nhiều điểm; mặc định: mọi điểm của năm)",
    "out_sites_status": "Đã đổi trạng thái của {count} điểm thành “{status}”.",
    "out_sites_status_would": "Sẽ đổi trạng thái của {count} điểm thành “{status}” (chưa ghi gì).",
}

EN = {
    "cmd_board": "the delegation board: show, assign heads and send invitations for many sites at once",
    "cmd_board_show": "every site of the year with its head and clashes (JSON: with the suggested leaders)",
    "cmd_board_assign": "assign heads of delegation to many sites in one transaction",
    "help_board_head": "a SITE_ID=LEADER_ID pair (repeat for more sites)",
    "help_board_suggested": "give every site without a head one suggested leader (free, reachable, by precedence)",
    "help_board_dry_run": "only show what would be assigned; write nothing",
    "cmd_board_send": "send the invitations of heads still proposed (every site of the year, or the --site ones)",
    "help_board_send_site": "only this site (repeat for more sites)",
    "out_board_no_head": "(no head yet)",
    "out_board_clash": "clash: {clash}",
    "out_board_assigned": "Heads assigned at {count} sites.",
    "out_board_would_assign": "Would assign heads at {count} sites (nothing written).",
    "out_board_sent": "{count} invitations sent.",
    "cmd_sites_status": "change the status of many sites at once (all or none)",
    "help_sites_status_to": "new status: proposed, approved, confirmed, done, cancelled",
    "help_sites_status_site": "only this site (repeat for more; default: every site of the year)",
    "out_sites_status": "{count} sites changed to “{status}”.",
    "out_sites_status_would": "Would change {count} sites to “{status}” (nothing written).",
}
