"""The words of the invitation workflow in the interface language, shared by the workspaces that
show delegations (Sites and Leaders), and the colours of the statuses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from festival_planner.domain import messages
from festival_planner.domain.enums import InvitationRole, InvitationStatus
from festival_planner.domain.values import format_number

STATUS_COLOURS = {
    InvitationStatus.PROPOSED: QColor("#8a5a00"),
    InvitationStatus.SENT: QColor("#1f5fa8"),
    InvitationStatus.ACCEPTED: QColor("#1b7a3a"),
    InvitationStatus.DECLINED: QColor("#8c8c8c"),
    InvitationStatus.WITHDRAWN: QColor("#8c8c8c"),
}
CONFLICT_COLOUR = QColor("#b3261e")


def status_text(status: InvitationStatus) -> str:
    """"Dự kiến", "Đã gửi giấy mời", "Nhận lời", "Từ chối", "Đã rút" (``messages.labels``)."""
    return messages.label(InvitationStatus(status))


def role_text(role: InvitationRole) -> str:
    """"Trưởng đoàn" or "Thành viên" (``messages.labels``)."""
    return messages.label(InvitationRole(role))


def hours_text(hours: float) -> str:
    """"3,5 giờ" (hours of travel)."""
    value = format_number(max(hours, 0.0), 1)
    return QCoreApplication.translate("InvitationLabels", "%1 giờ").replace("%1", value)
