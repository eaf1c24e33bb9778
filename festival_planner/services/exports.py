"""Exports to ``.xlsx``: the leaders directory, and a campaign's sites with their delegations.

The column headers are the ones the imports recognise, so an exported file can be edited and
imported back (the directory as leaders, the sites as a plan).
"""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy.orm import Session

from festival_planner.domain import messages
from festival_planner.domain.models import Campaign
from festival_planner.domain.values import format_time
from festival_planner.services import invitations, leaders, rows, sites

LEADER_HEADERS = ("Thứ tự", "Họ và tên", "Chức vụ", "Cơ quan", "Điện thoại", "Thư điện tử", "Ghi chú",
                  "Đang theo dõi")
SITE_HEADERS = ("Ngày", "Giờ bắt đầu", "Giờ kết thúc", "Địa điểm", "Xã/Phường", "Tỉnh/Thành phố", "Mã xã",
                "Vùng", "Trạng thái", "Lãnh đạo", "Chức vụ", "Vai trò", "Trạng thái mời")


def _save(headers: tuple[str, ...], data: list[list[object]], path: Path, title: str,
          widths: tuple[int, ...], date_column: int | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for values in data:
        sheet.append(values)
        if date_column is not None:
            sheet.cell(row=sheet.max_row, column=date_column).number_format = "DD/MM/YYYY"
    for column, width in zip("ABCDEFGHIJKLMNOP", widths, strict=False):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    workbook.save(path)


def export_leaders_xlsx(session: Session, path: str | Path) -> int:
    """The directory in protocol order to ``path``; returns the number of leaders written."""
    found = leaders.list_leaders(session)
    data: list[list[object]] = [[r.precedence_rank, r.full_name, r.title, r.organisation, r.phone, r.email, r.notes,
                                 "có" if r.active else "không"] for r in found]
    _save(LEADER_HEADERS, data, Path(path), "Lãnh đạo", (8, 28, 50, 40, 16, 28, 30, 12))
    return len(found)


def export_campaign_xlsx(session: Session, campaign_id: uuid.UUID, path: str | Path) -> int:
    """A campaign's sites by date with their delegations (the head first; names and titles separated by
    "; " in the same order) to ``path``; returns the number of sites written."""
    campaign = rows.load(session, Campaign, campaign_id, "unknown_campaign_id")
    found = sites.list_sites(session, campaign.id)
    data: list[list[object]] = []
    for site in found:
        people = [r for r in invitations.delegation(session, site.id) if r.is_engagement]
        data.append([site.date, format_time(site.start_time), format_time(site.end_time), site.venue,
                     site.commune.name, site.commune.province, site.commune.code, site.commune.region_label,
                     messages.label(site.status, "vi"), "; ".join(r.leader_name for r in people),
                     "; ".join(r.leader_title for r in people),
                     "; ".join(messages.label(r.role, "vi") for r in people),
                     "; ".join(messages.label(r.status, "vi") for r in people)])
    _save(SITE_HEADERS, data, Path(path), f"Điểm tổ chức {campaign.year}",
          (12, 10, 10, 36, 24, 18, 8, 22, 14, 40, 60, 24, 30), date_column=1)
    return len(found)

