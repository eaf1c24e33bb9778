"""The demo plan's rule for choosing communes, shared by the demo campaign (``demo``) and the
previous year it adds for the selector (``demo_selection``)."""

from __future__ import annotations

from festival_planner.domain.errors import ValidationError
from festival_planner.services.communes import CommuneIndex, CommuneInfo

# (old province, region the commune must be in, kind wanted)
DEMO_PLAN: tuple[tuple[str, str, str], ...] = (
    ("Điện Biên", "tay_bac", "xa"), ("Lai Châu", "tay_bac", "xa"), ("Sơn La", "tay_bac", "xa"),
    ("Lào Cai", "tay_bac", "xa"), ("Yên Bái", "tay_bac", "xa"), ("Hòa Bình", "tay_bac", "xa"),
    ("Hà Giang", "tay_bac_mo_rong", "xa"), ("Cao Bằng", "tay_bac_mo_rong", "xa"),
    ("Lạng Sơn", "tay_bac_mo_rong", "xa"), ("Thanh Hóa", "tay_bac_mo_rong", "xa"),
    ("Nghệ An", "tay_bac_mo_rong", "xa"), ("Quảng Bình", "bac_trung_bo", "xa"),
    ("Quảng Nam", "nam_trung_bo", "xa"), ("Quảng Ngãi", "nam_trung_bo", "dac_khu"),
    ("Kon Tum", "tay_nguyen", "xa"), ("Gia Lai", "tay_nguyen", "xa"), ("Đắk Lắk", "tay_nguyen", "xa"),
    ("Đắk Nông", "tay_nguyen", "xa"), ("Lâm Đồng", "tay_nguyen", "xa"), ("Bình Phước", "dong_nam_bo", "xa"),
    ("An Giang", "tay_nam_bo", "xa"), ("Kiên Giang", "tay_nam_bo", "xa"), ("Đồng Tháp", "tay_nam_bo", "xa"),
    ("Hậu Giang", "tay_nam_bo", "xa"), ("Sóc Trăng", "tay_nam_bo", "xa"), ("Trà Vinh", "tay_nam_bo", "xa"),
    ("Bạc Liêu", "tay_nam_bo", "xa"), ("Cà Mau", "tay_nam_bo", "xa"),
)


def pick_commune(index: CommuneIndex, old_province: str, region: str, kind: str, taken: set[str]) -> CommuneInfo:
    """The largest rural commune (by area) of ``old_province`` in ``region`` of ``kind``, not yet ``taken``."""
    candidates = [c for c in index.filter(province=old_province, region=region)
                  if c.kind == kind and c.code not in taken and c.old_provinces[0] == old_province]
    if not candidates:
        raise ValidationError("demo_failed", province=old_province)
    return max(candidates, key=lambda c: (c.area_km2 or 0.0, c.code))
