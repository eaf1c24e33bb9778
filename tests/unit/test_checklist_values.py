"""VND amounts, the done/overdue rules, and a text in both languages for every code the new services raise."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from festival_planner.domain.checklist_rules import done_as_of, overdue_as_of
from festival_planner.domain.enums import ChecklistStatus
from festival_planner.domain.errors import ValidationError
from festival_planner.domain.messages import catalogues
from festival_planner.domain.money import format_vnd, parse_vnd

ROOT = Path(__file__).resolve().parents[2] / "festival_planner"
MODULES = ("services/checklists.py", "services/checklist_templates.py", "services/programme.py",
           "services/budget.py", "services/progress.py", "services/fields.py", "domain/money.py")


@pytest.mark.parametrize(("amount", "text"), [
    (1_250_000, "1.250.000 ₫"), (0, "0 ₫"), (999, "999 ₫"), (1_000, "1.000 ₫"), (-2_500_000, "-2.500.000 ₫"),
])
def test_format_vnd_uses_dots_between_thousands(amount: int, text: str) -> None:
    assert format_vnd(amount) == text
    assert format_vnd(None) == ""


@pytest.mark.parametrize(("text", "amount"), [
    ("1.250.000", 1_250_000), ("1,250,000 đ", 1_250_000), ("1 250 000 ₫", 1_250_000), ("1250000", 1_250_000),
    ("45.000.000 VND", 45_000_000),
])
def test_parse_vnd_reads_what_people_type(text: str, amount: int) -> None:
    assert parse_vnd(text) == amount


@pytest.mark.parametrize("text", ["", "1.25", "một triệu", "1.2500.000"])
def test_parse_vnd_refuses_the_rest(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_vnd(text)
    assert info.value.code == "bad_amount"


def test_done_and_overdue_look_back_with_the_completion_date() -> None:
    aug_1, jul_20 = dt.date(2026, 8, 1), dt.date(2026, 7, 20)
    assert done_as_of(ChecklistStatus.DONE, jul_20, aug_1) and not done_as_of(ChecklistStatus.DONE, aug_1, jul_20)
    assert done_as_of(ChecklistStatus.DONE, None, jul_20)
    assert overdue_as_of(ChecklistStatus.DONE, aug_1, dt.date(2026, 7, 10), jul_20)
    assert not overdue_as_of(ChecklistStatus.BLOCKED, None, aug_1, aug_1)  # due today is not late yet
    assert overdue_as_of(ChecklistStatus.IN_PROGRESS, None, jul_20, aug_1)
    assert not overdue_as_of(ChecklistStatus.TODO, None, None, aug_1)


def test_every_code_raised_has_a_text_in_both_languages() -> None:
    raised = set()
    for module in MODULES:
        source = (ROOT / module).read_text(encoding="utf-8")
        raised |= set(re.findall(r'Error\(\s*"([a-z_]+)"', source))
        raised |= set(re.findall(r'"((?:stale|unknown)_[a-z_]+)"', source))
        raised |= {f"checklist.field.{name}" for name in re.findall(r'fields\.\w+\([^,]+,\s*"([a-z_]+)"', source)}
    assert len(raised) > 40
    for language in ("vi", "en"):
        missing = raised - set(catalogues()[language])
        assert not missing, (language, sorted(missing))
