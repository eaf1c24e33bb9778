"""Progress as of a day: readiness, overdue counts, regions and campaign tasks agree with the items."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from festival_planner.domain.enums import ChecklistStatus, InvitationRole
from festival_planner.domain.errors import ValidationError
from festival_planner.domain.models import Invitation, Leader
from festival_planner.services import budget, checklists, demo, programme, progress
from tests.integration.checklist_fixtures import make_sites

AS_OF = dt.date(2026, 8, 1)


def test_readiness_overdue_days_and_head_of_delegation(database) -> None:
    campaign, (quang_son, sin_thau) = make_sites(database, dt.date(2026, 8, 5), dt.date(2026, 8, 15))
    with database.transaction() as session:
        items = checklists.apply_template(session, quang_son.id)
        checklists.apply_template(session, sin_thau.id)
        due = [i for i in items if i.due_date and i.due_date < AS_OF]
        checklists.record_completions(session, {i.id: i.due_date for i in due[:-2]})
        late_done = checklists.set_status(session, [due[-1].id], ChecklistStatus.DONE, today=dt.date(2026, 8, 3))
        leader = Leader(id=uuid.uuid4(), full_name="Đồng chí Nguyễn Văn A", title="Ủy viên Bộ Chính trị")
        session.add(leader)
        session.add(Invitation(id=uuid.uuid4(), site_id=quang_son.id, leader_id=leader.id, role=InvitationRole.HEAD))
    with database.session() as session:
        now = progress.campaign_progress(session, campaign.id, AS_OF)
        later = progress.campaign_progress(session, campaign.id, dt.date(2026, 8, 4))
        weighted = progress.campaign_progress(session, campaign.id, AS_OF, weights={"Kinh phí": 0.0})
        fresh = checklists.list_items(session, quang_son.id)
    site = {s.site_id: s for s in now.sites}[quang_son.id]
    assert (site.done, site.total, site.overdue) == (len(due) - 2, len(items), 2)
    assert site.readiness == pytest.approx((len(due) - 2) / len(items))
    assert (site.days_to_event, site.head_of_delegation, site.risk) == (4, "Đồng chí Nguyễn Văn A", "late")
    assert late_done.after[0].completed_on == dt.date(2026, 8, 3)
    assert {s.site_id: s for s in later.sites}[quang_son.id].done == len(due) - 1  # done on 3 August
    budget_items = [i for i in items if i.category == "Kinh phí"]
    counted = [i for i in fresh if i.category != "Kinh phí"]
    expected = sum(1 for i in counted if i.done_as_of(AS_OF)) / len(counted)
    assert {s.site_id: s for s in weighted.sites}[quang_son.id].readiness == pytest.approx(expected)
    assert budget_items
    regions = {r.region: r for r in now.regions}
    assert set(regions) == {"tay_nguyen", "tay_bac"}
    assert regions["tay_nguyen"].overdue == 2 and regions["tay_nguyen"].sites_late == 1
    assert now.to_json()["sites"][0]["site_id"] == str(quang_son.id)
    with pytest.raises(ValidationError) as info, database.session() as session:
        progress.campaign_progress(session, campaign.id, AS_OF, weights={"Y tế": -1})
    assert info.value.code == "bad_category_weight"


def test_the_demo_campaign_on_1_august_matches_its_items(database) -> None:
    with database.transaction() as session:
        campaign = demo.create_demo(session, 2026)
    with database.session() as session:
        report = progress.campaign_progress(session, campaign.id, AS_OF)
        lists = {s.site_id: checklists.list_items(session, s.site_id) for s in report.sites}
        overdue_lists = {s.site_id: checklists.list_items(session, s.site_id, overdue=True, as_of=AS_OF)
                         for s in report.sites}
        money = budget.budget_summary(session, campaign.id)
        programmes = [programme.get_programme(session, s.site_id) for s in report.sites]
        tasks = checklists.list_campaign_tasks(session, campaign.id)
    data = report.to_json()
    assert len(data["sites"]) == 28 and data["as_of"] == "2026-08-01"
    for site in data["sites"]:
        items = lists[uuid.UUID(site["site_id"])]
        # what `checklist list` shows: the items' own states, every completion on or before 1 August
        done = [i for i in items if i.status is ChecklistStatus.DONE]
        late = [i for i in items if i.status is not ChecklistStatus.DONE and i.due_date and i.due_date < AS_OF]
        assert all(i.completed_on and i.completed_on <= AS_OF for i in done)
        assert (site["done"], site["total"], site["overdue"]) == (len(done), len(items), len(late))
        assert site["readiness"] == round(len(done) / len(items), 4)
        assert len(overdue_lists[uuid.UUID(site["site_id"])]) == len(late)
    assert sum(r["sites"] for r in data["regions"]) == 28
    assert sum(r["overdue"] for r in data["regions"]) == data["total"]["overdue"]
    complete = [s for s in data["sites"] if s["done"] == s["total"]]
    behind = [s for s in data["sites"] if s["overdue"]]
    assert complete and len(behind) >= 3 and any(s["risk"] == "on_track" for s in data["sites"])
    assert any(i.status is ChecklistStatus.BLOCKED for items in lists.values() for i in items)
    overspent = {w.site_id for w in money.warnings}
    assert len(overspent) == 1
    assert all(p.items and p.commendations and p.gifts for p in programmes)
    assert data["tasks"]["overdue"] >= 1 and data["tasks"]["done"] >= 5 and data["tasks"]["due"] >= 1
    assert data["tasks"]["total"] == len(tasks)


def test_the_counts_in_sql_follow_the_same_rules_as_the_items(database) -> None:
    campaign, (site,) = make_sites(database, dt.date(2026, 8, 5))
    days = (None, dt.date(2026, 7, 31), AS_OF, dt.date(2026, 8, 2))
    with database.transaction() as session:
        for status in ChecklistStatus:
            for completed in (days if status is ChecklistStatus.DONE else (None,)):
                for due in days:
                    checklists.add_item(session, site.id, f"{status.value} {completed} {due}", category=status.value,
                                        status=status, completed_on=completed, due_date=due, today=completed)
    with database.session() as session:
        items = checklists.list_items(session, site.id)
        for as_of in days[1:]:
            counts = {c.category: c for c in checklists.campaign_item_counts(session, campaign.id, as_of)}
            for status in ChecklistStatus:
                own = [i for i in items if i.status is status]
                row = counts[status.value]
                assert (row.total, row.done, row.overdue, row.blocked) == (
                    len(own), sum(i.done_as_of(as_of) for i in own), sum(i.overdue_as_of(as_of) for i in own),
                    len(own) if status is ChecklistStatus.BLOCKED else 0), (as_of, status)
