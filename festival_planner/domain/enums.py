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
    """Status of a checklist item or campaign task (the CLI's words: todo/in_progress/done/blocked)."""

    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    BLOCKED = "blocked"

    @property
    def label(self) -> str:
        return {"todo": "Chưa làm", "in_progress": "Đang làm", "done": "Đã xong",
                "blocked": "Vướng mắc"}[self.value]


class TemplateScope(str, enum.Enum):
    """What a checklist template is applied to: a site (its date) or the campaign (the festival day)."""

    SITE = "site"
    CAMPAIGN = "campaign"


class ProgrammePart(str, enum.Enum):
    """The two parts of a site's day: the ceremony (phần lễ) and the festivities (phần hội)."""

    CEREMONY = "ceremony"
    FESTIVITIES = "festivities"

    @property
    def label(self) -> str:
        return {"ceremony": "Phần lễ", "festivities": "Phần hội"}[self.value]


class BudgetCategory(str, enum.Enum):
    """What a budget line pays for."""

    STAGE = "stage"
    SOUND = "sound"
    TENTS = "tents"
    FLOWERS = "flowers"
    GIFTS = "gifts"
    AWARDS = "awards"
    TRANSPORT = "transport"
    MEALS = "meals"
    MEDIA = "media"
    OTHER = "other"

    @property
    def label(self) -> str:
        return BUDGET_CATEGORY_LABELS[self]


BUDGET_CATEGORY_LABELS = {
    BudgetCategory.STAGE: "Sân khấu, phông nền", BudgetCategory.SOUND: "Âm thanh, ánh sáng",
    BudgetCategory.TENTS: "Nhà bạt, bàn ghế", BudgetCategory.FLOWERS: "Hoa, trang trí",
    BudgetCategory.GIFTS: "Quà tặng", BudgetCategory.AWARDS: "Khen thưởng",
    BudgetCategory.TRANSPORT: "Đi lại, vận chuyển", BudgetCategory.MEALS: "Ăn uống",
    BudgetCategory.MEDIA: "Tuyên truyền, báo chí", BudgetCategory.OTHER: "Khác",
}


class FundingSource(str, enum.Enum):
    """Who pays a budget line."""

    CENTRAL = "central"
    PROVINCIAL = "provincial"
    LOCAL = "local"
    SPONSORSHIP = "sponsorship"

    @property
    def label(self) -> str:
        return {"central": "Ngân sách trung ương", "provincial": "Ngân sách tỉnh",
                "local": "Ngân sách xã", "sponsorship": "Tài trợ, xã hội hóa"}[self.value]


class CommendationKind(str, enum.Enum):
    """A commendation goes to a collective (a unit, a village) or to a person."""

    COLLECTIVE = "collective"
    INDIVIDUAL = "individual"

    @property
    def label(self) -> str:
        return {"collective": "Tập thể", "individual": "Cá nhân"}[self.value]


class GiftRecipientKind(str, enum.Enum):
    """A gift goes to a household (poor or policy family) or to a unit (the commune, a school)."""

    HOUSEHOLD = "household"
    UNIT = "unit"

    @property
    def label(self) -> str:
        return {"household": "Hộ gia đình", "unit": "Đơn vị"}[self.value]
