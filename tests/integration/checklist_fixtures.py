"""Helpers shared by the checklist, programme, budget and progress integration tests."""

from __future__ import annotations

import datetime as dt

from festival_planner.services import campaigns, sites

QUANG_SON = "24616"  # Xã Quảng Sơn, Lâm Đồng (old Đắk Nông): Tây Nguyên
SIN_THAU = "03151"  # Xã Sín Thầu, Điện Biên: Tây Bắc


def make_sites(database, *dates: dt.date, codes=(QUANG_SON, SIN_THAU)):
    """A 2026 campaign with one site per date (07:30–11:30)."""
    with database.transaction() as session:
        campaign = campaigns.ensure_campaign(session, 2026)
        rows = [sites.add_site(session, campaign.id, code, date, venue="Nhà văn hóa xã")
                for code, date in zip(codes, dates, strict=False)]
    return campaign, rows
