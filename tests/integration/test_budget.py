"""Budget lines, totals by site, region, category and funding source, and the overspend warning."""

from __future__ import annotations

import datetime as dt

import pytest

from festival_planner.domain.enums import BudgetCategory, FundingSource
from festival_planner.domain.errors import ValidationError
from festival_planner.services import budget
from tests.integration.checklist_fixtures import make_sites


def test_totals_by_site_region_category_and_source_with_the_overspend(database) -> None:
    campaign, (quang_son, sin_thau) = make_sites(database, dt.date(2026, 8, 5), dt.date(2026, 7, 20))
    with database.transaction() as session:
        budget.add_budget_line(session, quang_son.id, BudgetCategory.STAGE, 40_000_000, actual_vnd=52_500_000,
                               funding_source=FundingSource.PROVINCIAL, description="Sân khấu")
        budget.add_budget_line(session, quang_son.id, "gifts", 30_000_000, actual_vnd=30_000_000,
                               funding_source="sponsorship")
        budget.add_budget_line(session, sin_thau.id, BudgetCategory.STAGE, 45_000_000, actual_vnd=44_000_000,
                               funding_source=FundingSource.PROVINCIAL)
        line = budget.add_budget_line(session, sin_thau.id, BudgetCategory.TRANSPORT, 25_000_000,
                                      funding_source=FundingSource.CENTRAL)
        summary = budget.budget_summary(session, campaign.id)
    by_site = {s.site_id: s for s in summary.sites}
    assert (by_site[quang_son.id].budget.total.estimated, by_site[quang_son.id].budget.total.actual) == (
        70_000_000, 82_500_000)
    assert by_site[quang_son.id].budget.total.overspent and not by_site[sin_thau.id].budget.total.overspent
    assert (summary.total.total.estimated, summary.total.total.actual) == (140_000_000, 126_500_000)
    assert summary.total.by_category[BudgetCategory.STAGE].estimated == 85_000_000
    assert summary.total.by_source[FundingSource.CENTRAL].actual == 0  # not known yet
    assert set(summary.regions) == {"tay_nguyen", "tay_bac"}
    assert summary.regions["tay_bac"].total.estimated == 70_000_000
    assert [(w.site_id, w.line_id is None, w.actual - w.estimated) for w in summary.warnings] == [
        (quang_son.id, False, 12_500_000), (quang_son.id, True, 12_500_000)]
    data = summary.to_json()
    assert data["total"]["by_source"]["sponsorship"] == {"estimated": 30_000_000, "actual": 30_000_000,
                                                        "overspent": False}
    with database.transaction() as session:
        edited = budget.update_budget_line(session, line.id, line.version, actual_vnd=24_000_000)
        assert budget.budget_summary(session, campaign.id).total.total.actual == 150_500_000
    assert edited.version == line.version + 1


@pytest.mark.parametrize(("changes", "code"), [
    ({"estimated_vnd": -1}, "checklist_number_out_of_range"),
    ({"actual_vnd": "nhiều"}, "checklist_not_a_number"),
    ({"funding_source": "bank"}, "checklist_bad_choice"),
    ({"category": "fireworks"}, "checklist_bad_choice"),
])
def test_bad_budget_lines_are_refused(database, changes, code) -> None:
    _, (site,) = make_sites(database, dt.date(2026, 8, 5))
    with database.transaction() as session:
        line = budget.add_budget_line(session, site.id, BudgetCategory.SOUND, 15_000_000)
    with pytest.raises(ValidationError) as info, database.transaction() as session:
        budget.update_budget_line(session, line.id, line.version, **changes)
    assert info.value.code == code
    with database.session() as session:
        assert budget.list_budget_lines(session, site.id) == [line]


def test_commendations_and_gifts_are_kept_per_site(database) -> None:
    _, (site,) = make_sites(database, dt.date(2026, 8, 5))
    with database.transaction() as session:
        individual = budget.add_commendation(session, site.id, "individual", "Ông Điểu K'Lung",
                                             "Bằng khen của Chủ tịch UBND tỉnh Lâm Đồng",
                                             unit="Tổ bảo vệ an ninh, trật tự thôn 3",
                                             decision_number="2301/QĐ-UBND", decision_date=dt.date(2026, 7, 10))
        gift = budget.add_gift(session, site.id, "unit", "Công an xã Quảng Sơn", "Máy tính xách tay", 18_000_000)
    with pytest.raises(ValidationError) as info, database.transaction() as session:
        budget.add_commendation(session, site.id, "collective", "Thôn 3", "  ")
    assert info.value.code == "checklist_text_required"
    with database.transaction() as session:
        gone = budget.delete_gift(session, gift.id, gift.version)
        budget.restore_gift(session, gone)
        assert budget.list_gifts(session, site.id) == [gift]
        assert budget.list_commendations(session, site.id) == [individual]
