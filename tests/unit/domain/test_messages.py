"""Every error code the code raises has a text in Vietnamese and in English, with the same fields."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from festival_planner.domain import messages
from festival_planner.domain.enums import SiteStatus
from festival_planner.domain.errors import (
    ConflictError,
    DatabaseError,
    FestivalPlannerError,
    NotFoundError,
    ValidationError,
)

PACKAGE = Path(__file__).resolve().parents[3] / "festival_planner"
RAISED = re.compile(r"\b\w*Error\(\s*\"([a-z][a-z0-9_]*)\"")


def raised_codes() -> set[str]:
    codes: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        codes.update(RAISED.findall(path.read_text(encoding="utf-8")))
    return codes


def test_every_raised_code_has_a_text_in_both_languages() -> None:
    codes = raised_codes() | {cls.code for cls in (FestivalPlannerError, ValidationError, NotFoundError,
                                                   ConflictError, DatabaseError)}
    assert len(codes) > 30  # the scan finds the raise sites
    catalogues = messages.catalogues()
    for language in messages.LANGUAGES:
        missing = sorted(code for code in codes if code not in catalogues[language])
        assert not missing, f"codes without a {language} text: {missing}"


def test_both_catalogues_have_the_same_codes_and_fields() -> None:
    vi, en = messages.catalogues()["vi"], messages.catalogues()["en"]
    assert set(vi) == set(en)
    for code in vi:
        assert messages.template_fields(vi[code]) == messages.template_fields(en[code]), code


def test_texts_are_rendered_in_the_chosen_language() -> None:
    error = ValidationError("date_outside_window", field="date", date=dt.date(2026, 9, 2), year=2026,
                            start=dt.date(2026, 7, 1), end=dt.date(2026, 8, 19))
    assert error.text("vi") == "Ngày 02/09/2026 nằm ngoài đợt tổ chức năm 2026 (01/07/2026 – 19/08/2026)."
    assert error.text("en") == "The date 02/09/2026 is outside the 2026 festival window (01/07/2026 – 19/08/2026)."
    status = ValidationError("bad_status_change", old=SiteStatus.HELD, new=SiteStatus.PROPOSED)
    assert status.text("en") == "The status cannot change from “Held” to “Proposed”."
    assert status.text("vi") == "Không thể chuyển trạng thái từ “Đã tổ chức” sang “Đề xuất”."
    messages.set_language("en")
    try:
        assert str(error).startswith("The date")
    finally:
        messages.set_language("vi")
    assert error.message.startswith("Ngày 02/09/2026")


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        messages.set_language("fr")


def _enum_classes() -> list[type]:
    import enum as enum_module

    from festival_planner.domain import enums

    return [value for value in vars(enums).values()
            if isinstance(value, type) and issubclass(value, enum_module.Enum) and value.__module__ == enums.__name__]


def test_every_enum_value_has_a_label_in_both_languages_in_one_place() -> None:
    from festival_planner.domain.messages import labels

    classes = _enum_classes()
    assert {cls.__name__ for cls in classes} >= {"SiteStatus", "InvitationStatus", "InvitationRole", "ChecklistStatus",
                                                 "BudgetCategory", "FundingSource"}
    for cls in classes:
        for member in cls:
            key = f"{cls.__name__}.{member.value}"
            assert key in labels.VI and key in labels.EN, key
            assert messages.label(member, "vi") == labels.VI[key] and messages.label(member, "en") == labels.EN[key]
    assert set(labels.VI) == {f"{cls.__name__}.{m.value}" for cls in classes for m in cls}
    assert SiteStatus.HELD.label == "Đã tổ chức"  # ``.label`` is the Vietnamese one, from the same table


def test_no_other_table_maps_a_status_to_its_words() -> None:
    """A status shown in the GUI, the CLI or an export gets its words from ``messages/labels.py`` only: no
    other module maps a status (``SiteStatus.HELD`` or ``"held"``) to one of the status words."""
    from festival_planner.domain.enums import ChecklistStatus, InvitationStatus
    from festival_planner.domain.messages import labels

    classes = (SiteStatus, InvitationStatus, ChecklistStatus)
    words = "|".join(re.escape(labels.VI[f"{cls.__name__}.{m.value}"]) for cls in classes for m in cls)
    keys = "|".join([rf"{cls.__name__}\.[A-Z_]+" for cls in classes] +
                    [rf'"{m.value}"' for cls in classes for m in cls])
    mapping = re.compile(rf'(?:{keys})\s*:\s*[^\n]*?"(?:{words})"')
    found = [f"{path.relative_to(PACKAGE)}: {match.group(0)}" for path in PACKAGE.rglob("*.py")
             if path.name != "labels.py" for match in mapping.finditer(path.read_text(encoding="utf-8"))]
    assert not found
