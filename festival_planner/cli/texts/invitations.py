"""The command line's words for ``invitations``: its help texts and output lines."""

from __future__ import annotations

VI = {
    "cmd_invite": "mời một lãnh đạo vào đoàn của một điểm (hoặc đổi trạng thái lời mời đã có)",
    "help_role": "vai trò: head (trưởng đoàn) hoặc member (thành viên)",
    "help_inv_status": "trạng thái: proposed (dự kiến), sent (đã gửi), accepted (nhận lời), declined (từ chối), withdrawn (rút lại)",
    "help_override": "lý do vẫn nhận lời dù trùng lịch (bắt buộc khi nhận lời gây trùng lịch)",
    "out_invitation": "{leader} — {role} — {commune}, {province} ({date}) [{status}]",
    "out_invitation_id": "Mã lời mời: {id} (phiên bản {version})",
}

EN = {
    "cmd_invite": "invite a leader into a site's delegation (or change an existing invitation's status)",
    "help_role": "role: head (head of delegation) or member",
    "help_inv_status": "status: proposed, sent, accepted, declined, withdrawn",
    "help_override": "why the invitation is accepted despite a conflict (required when accepting creates one)",
    "out_invitation": "{leader} — {role} — {commune}, {province} ({date}) [{status}]",
    "out_invitation_id": "Invitation id: {id} (version {version})",
}
