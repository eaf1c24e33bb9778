"""Enumerations with their Vietnamese labels and allowed status transitions."""

from __future__ import annotations

import enum


class CommuneKind(str, enum.Enum):
    XA = "xa"
    PHUONG = "phuong"
    DAC_KHU = "dac_khu"

    @property
    def label(self) -> str:
        return {"xa": "Xã", "phuong": "Phường", "dac_khu": "Đặc khu"}[self.value]


class SiteStatus(str, enum.Enum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return SITE_STATUS_LABELS[self]


SITE_STATUS_LABELS = {
    SiteStatus.PROPOSED: "Đề xuất",
    SiteStatus.APPROVED: "Đã duyệt",
    SiteStatus.CONFIRMED: "Đã xác nhận",
    SiteStatus.HELD: "Đã tổ chức",
    SiteStatus.CANCELLED: "Đã hủy",
}

class InvitationRole(str, enum.Enum):
    HEAD = "head"
    MEMBER = "member"


class InvitationStatus(str, enum.Enum):
    PROPOSED = "proposed"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class ChecklistStatus(str, enum.Enum):
    TODO = "todo"
    DOING = "doing"
    DONE = "done"
    BLOCKED = "blocked"
