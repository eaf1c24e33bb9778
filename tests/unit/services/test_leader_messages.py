"""Every error code the leaders side raises has a text in Vietnamese and English."""

from __future__ import annotations

import re
from pathlib import Path

from festival_planner.domain.messages import catalogues, leaders, render

ROOT = Path(__file__).resolve().parents[3] / "festival_planner"
MODULES = ["services/leaders.py", "services/invitations.py", "services/conflicts.py", "services/itinerary.py",
           "services/imports.py", "services/plan_import.py", "services/exports.py", "services/demo_leaders.py"]
CODE = re.compile(r'(?:Error\(|code=|(?:INVALID|STOPPED|WARNED), \w+, )"([a-z_]+)"|"((?:unknown|stale)_[a-z_]+)"')


def test_both_languages_have_the_same_codes() -> None:
    assert set(leaders.VI) == set(leaders.EN)


def test_every_code_raised_has_a_text() -> None:
    codes = {a or b for m in MODULES for a, b in CODE.findall((ROOT / m).read_text(encoding="utf-8"))}
    assert {"conflict_override_required", "plan_split_commune", "site_has_head", "unknown_leader"} <= codes
    for language in ("vi", "en"):
        missing = {c for c in codes if c not in catalogues()[language]}
        assert not missing, (language, missing)


def test_enum_labels_render() -> None:
    from festival_planner.domain.enums import InvitationStatus

    assert render("bad_invitation_status_change", {"old": InvitationStatus.DECLINED,
                                                   "new": InvitationStatus.WITHDRAWN}, "vi") == \
        "Không thể chuyển lời mời từ “Từ chối” sang “Đã rút”."
