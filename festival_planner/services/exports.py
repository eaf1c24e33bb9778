"""Exports to ``.xlsx``: the leaders directory, and a campaign's sites with their delegations.

Every text cell is written as text (``services/cells.py``: no formula ever reaches the file).
The column headers are the ones the imports recognise, so an exported file can be edited and
imported back (the directory as leaders, the sites as a plan).

Files are written whole or not at all through ``store.output_file``. The directory holds contacts
(phones, e-mail) and the sites' delegations say where each leader will be: both are written
owner-only (0600); a campaign export without any delegation follows the user's umask.
"""

from __future__ import annotations

import io
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from festival_planner.domain import messages
from festival_planner.domain.models import Campaign
from festival_planner.domain.values import format_time
from festival_planner.services import invitations, leaders, rows, sites
from festival_planner.services.cells import append_row
from festival_planner.store.output_file import check_zip, produce, write_output

LEADER_HEADERS = ("Thứ tự", "Họ và tên", "Chức vụ", "Cơ quan", "Điện thoại", "Thư điện tử", "Ghi chú",
                  "Đang theo dõi")
SITE_HEADERS = ("Ngày", "Giờ bắt đầu", "Giờ kết thúc", "Địa điểm", "Xã/Phường", "Tỉnh/Thành phố", "Mã xã",
                "Vùng", "Trạng thái", "Lãnh đạo", "Chức vụ", "Vai trò", "Trạng thái mời")


def _save(headers: tuple[str, ...], data: list[list[object]], path: Path, title: str,
          widths: tuple[int, ...], date_column: int | None = None, *, restricted: bool) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    append_row(sheet, headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for values in data:
        append_row(sheet, values)
        if date_column is not None:
            sheet.cell(row=sheet.max_row, column=date_column).number_format = "DD/MM/YYYY"
    for column, width in zip("ABCDEFGHIJKLMNOP", widths, strict=False):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    save_workbook(workbook, path, restricted=restricted)


def save_workbook(workbook: Any, path: str | Path, *, restricted: bool) -> Path:
    """An openpyxl workbook to ``path`` through ``store.output_file``: saved into memory, then written
    whole or not at all (owner-only when ``restricted``)."""
    def make() -> bytes:
        stream = io.BytesIO()
        workbook.save(stream)
        return stream.getvalue()

    return write_output(path, produce(path, make), restricted=restricted, check=check_zip)


def export_leaders_xlsx(session: Session, path: str | Path) -> int:
    """The directory in protocol order to ``path``; returns the number of leaders written."""
    found = leaders.list_leaders(session)
    data: list[list[object]] = [[r.precedence_rank, r.full_name, r.title, r.organisation, r.phone, r.email, r.notes,
                                 "có" if r.active else "không"] for r in found]
    _save(LEADER_HEADERS, data, Path(path), "Lãnh đạo", (8, 28, 50, 40, 16, 28, 30, 12),
          restricted=True)
    return len(found)


def export_campaign_xlsx(session: Session, campaign_id: uuid.UUID, path: str | Path) -> int:
    """A campaign's sites by date with their delegations (the head first; names and titles separated by
    "; " in the same order) to ``path``; returns the number of sites written."""
    campaign = rows.load(session, Campaign, campaign_id, "unknown_campaign_id")
    found = sites.list_sites(session, campaign.id)
    data: list[list[object]] = []
    movements = False
    for site in found:
        people = [r for r in invitations.delegation(session, site.id) if r.is_engagement]
        movements = movements or bool(people)
        data.append([site.date, format_time(site.start_time), format_time(site.end_time), site.venue,
                     site.commune.name, site.commune.province, site.commune.code, site.commune.region_label,
                     messages.label(site.status, "vi"), "; ".join(r.leader_name for r in people),
                     "; ".join(r.leader_title for r in people),
                     "; ".join(messages.label(r.role, "vi") for r in people),
                     "; ".join(messages.label(r.status, "vi") for r in people)])
    _save(SITE_HEADERS, data, Path(path), f"Điểm tổ chức {campaign.year}",
          (12, 10, 10, 36, 24, 18, 8, 22, 14, 40, 60, 24, 30), date_column=1, restricted=movements)
    return len(found)

