"""Checklists through the services: apply a template, move due dates with the site, bulk status in one
transaction, filters, campaign tasks; refusals carry codes and write nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from festival_planner.domain.enums import ChecklistStatus, TemplateScope
from festival_planner.domain.errors import ConflictError, NotFoundError, ValidationError
from festival_planner.domain.models import ChangeLog, ChecklistItem
from festival_planner.services import checklist_templates as templates
from festival_planner.services import checklists, sites
from tests.integration.checklist_fixtures import make_sites

AUG_5 = dt.date(2026, 8, 5)
CATEGORIES = {"Địa điểm", "Sân khấu, phông nền", "Âm thanh, ánh sáng", "An ninh, giao thông", "Y tế",
              "Phòng cháy, chữa cháy", "Phương án thời tiết", "Đưa đón, vận chuyển", "Lưu trú", "Quà tặng",
              "Khen thưởng", "Báo chí, tuyên truyền", "Kinh phí", "Tổng duyệt"}


@pytest.fixture
def site(database):
    return make_sites(database, AUG_5)[1][0]


def _applied(database, site, name=None):
    with database.transaction() as session:
        return checklists.apply_template(session, site.id, name)


def _count(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(ChecklistItem))


def test_shipped_templates_cover_the_logistics_with_lead_times_and_owners(database) -> None:
    with database.transaction() as session:
        added = templates.install_shipped_templates(session)
        assert templates.install_shipped_templates(session) == []
    by_name = {t.name: t for t in added}
    assert set(by_name) == {"Mặc định", "Xã vùng cao", "Đặc khu đảo", "Kế hoạch toàn quốc"}
    default = by_name["Mặc định"]
    assert len(default.items) >= 30 and CATEGORIES <= set(default.categories)
    assert all(item.default_owner and -120 <= item.days_before <= 365 for item in default.items)
    leads = {item.title: item.days_before for item in default.items}
    assert leads["Khảo sát địa điểm, hội trường, sân tổ chức"] == 90
    assert leads["Tổng duyệt chương trình và văn nghệ chào mừng"] == 1
    assert len(by_name["Xã vùng cao"].items) > len(default.items)
    assert len(by_name["Đặc khu đảo"].items) > len(default.items)
    assert by_name["Kế hoạch toàn quốc"].scope is TemplateScope.CAMPAIGN


def test_apply_counts_due_dates_back_from_the_site_date(database, site) -> None:
    items = _applied(database, site)
    with database.session() as session:
        template = templates.find_template(session, "mac dinh")  # diacritics optional
    assert template is not None and len(items) == len(template.items)
    for item, spec in zip(items, template.items, strict=True):
        assert (item.title, item.category, item.owner) == (spec.title, spec.category, spec.default_owner)
        assert item.due_date == AUG_5 - dt.timedelta(days=spec.days_before)
        assert item.status is ChecklistStatus.TODO and item.site_id == site.id
    with pytest.raises(ValidationError) as info, database.transaction() as session:
        checklists.apply_template(session, site.id)
    assert info.value.code == "checklist_already_applied"
    assert _count(database) == len(items)
    with database.transaction() as session:
        again = checklists.apply_template(session, site.id, "Xã vùng cao", replace=True)
    assert _count(database) == len(again) > len(items)


@pytest.mark.parametrize(("name", "code", "error"), [
    ("Không có mẫu này", "unknown_template_name", NotFoundError),
    ("Kế hoạch toàn quốc", "template_wrong_scope", ValidationError),
])
def test_a_wrong_template_is_refused(database, site, name, code, error) -> None:
    with pytest.raises(error) as info, database.transaction() as session:
        checklists.apply_template(session, site.id, name)
    assert info.value.code == code
    assert _count(database) == 0


def test_moving_the_site_date_moves_the_due_dates_of_items_not_done(database, site) -> None:
    items = _applied(database, site)
    done = items[:3]
    with database.transaction() as session:
        checklists.set_status(session, [i.id for i in done], ChecklistStatus.DONE, today=dt.date(2026, 5, 20))
        moved_site = sites.update_site(session, site.id, site.version, date=dt.date(2026, 8, 12))
        preview = checklists.preview_due_date_moves(session, site.id, site.date, moved_site.date)
        moves = checklists.move_due_dates(session, site.id, site.date, moved_site.date)
    assert moves == preview and len(moves) == len(items) - 3
    assert all(m.new_due - m.old_due == dt.timedelta(days=7) for m in moves)
    with database.session() as session:
        after = {i.id: i for i in checklists.list_items(session, site.id)}
    assert all(after[i.id].due_date == i.due_date for i in done)
    assert all(after[i.id].due_date == i.due_date + dt.timedelta(days=7) for i in items[3:])
    with database.transaction() as session:
        undone = checklists.undo_due_date_moves(session, moves)
        back = {i.id: i.due_date for i in checklists.list_items(session, site.id)}
    assert len(undone) == len(moves) and back == {i.id: i.due_date for i in items}


def test_bulk_status_is_one_transaction_all_or_nothing(database, site) -> None:
    items = _applied(database, site)
    chosen = [i.id for i in items[:10]]
    versions = {i.id: i.version for i in items[:10]}
    with database.transaction() as session:
        checklists.update_item(session, items[4].id, items[4].version, note="đã gọi điện")  # someone else
    with pytest.raises(ConflictError) as info, database.transaction() as session:
        checklists.set_status(session, chosen, ChecklistStatus.DONE, expected_versions=versions)
    assert info.value.code == "stale_checklist_item"
    with pytest.raises(NotFoundError), database.transaction() as session:
        checklists.set_status(session, [*chosen, items[0].site_id], "done")
    with database.session() as session:
        assert all(i.status is ChecklistStatus.TODO for i in checklists.list_items(session, site.id))
    with database.transaction() as session:
        change = checklists.set_status(session, chosen, "done", today=dt.date(2026, 7, 1))
    assert all(r.status is ChecklistStatus.DONE and r.completed_on == dt.date(2026, 7, 1) for r in change.after)
    with database.transaction() as session:
        checklists.restore_items(session, change.before, {r.id: r.version for r in change.after})
        restored = {i.id: i for i in checklists.list_items(session, site.id)}
    assert all(restored[b.id].values() == b.values() for b in change.before)
    with database.session() as session:
        logged = session.scalar(select(func.count()).select_from(ChangeLog).where(
            ChangeLog.entity == "checklist_item", ChangeLog.action == "update"))
    assert logged == 1 + 10 + 10


def test_item_edits_keep_the_completion_date_with_the_status(database, site) -> None:
    item = _applied(database, site)[0]
    with database.transaction() as session:
        done = checklists.update_item(session, item.id, item.version, status=ChecklistStatus.DONE,
                                      owner="Đại úy Lò Văn Minh", today=dt.date(2026, 6, 1))
    assert (done.completed_on, done.owner, done.version) == (dt.date(2026, 6, 1), "Đại úy Lò Văn Minh", 2)
    with database.transaction() as session:
        dated = checklists.update_item(session, item.id, done.version, completed_on=dt.date(2026, 5, 28))
        reopened = checklists.update_item(session, item.id, dated.version, status="in_progress")
    assert dated.completed_on == dt.date(2026, 5, 28)
    assert (reopened.status, reopened.completed_on) == (ChecklistStatus.IN_PROGRESS, None)
    for changes, code in (({"completed_on": dt.date(2026, 6, 1)}, "completion_needs_done"),
                          ({"title": "  "}, "checklist_text_required"),
                          ({"status": "doing"}, "checklist_bad_choice"),
                          ({"owner": "x" * 201}, "checklist_text_too_long")):
        with pytest.raises(ValidationError) as info, database.transaction() as session:
            checklists.update_item(session, item.id, reopened.version, **changes)
        assert info.value.code == code
    with database.session() as session:
        assert checklists.get_item(session, item.id) == reopened


def test_filters_overdue_owner_blocked(database, site) -> None:
    items = _applied(database, site)
    as_of = dt.date(2026, 7, 20)
    due_before = [i for i in items if i.due_date and i.due_date < as_of]
    with database.transaction() as session:
        checklists.set_status(session, [due_before[0].id], ChecklistStatus.DONE, today=dt.date(2026, 7, 1))
        checklists.set_status(session, [items[-1].id], ChecklistStatus.BLOCKED)
    with database.session() as session:
        overdue = checklists.list_items(session, site.id, overdue=True, as_of=as_of)
        by_owner = checklists.list_items(session, site.id, owner="cong an xa")
        blocked = checklists.list_items(session, site.id, status=ChecklistStatus.BLOCKED)
        looking_back = checklists.list_items(session, site.id, overdue=True, as_of=dt.date(2026, 7, 2))
    assert [i.id for i in overdue] == [i.id for i in due_before[1:]]
    assert by_owner and all(i.owner == "Công an xã" for i in by_owner)
    assert [i.id for i in blocked] == [items[-1].id]
    assert due_before[0].id not in {i.id for i in looking_back}


def test_campaign_tasks_use_the_same_machinery(database, site) -> None:
    campaign = make_sites(database)[0]
    _applied(database, site)
    with database.transaction() as session:
        tasks = checklists.apply_workplan(session, campaign.id)
        extra = checklists.add_campaign_task(session, campaign.id, "Báo cáo Bộ trưởng kết quả khảo sát",
                                             owner="Cục V05", due_date=dt.date(2026, 6, 1), category="Báo cáo")
        checklists.set_status(session, [tasks[0].id, extra.id], ChecklistStatus.DONE, today=dt.date(2026, 6, 1))
        listed = checklists.list_campaign_tasks(session, campaign.id)
    assert all(t.site_id is None for t in listed) and len(listed) == len(tasks) + 1
    conference = next(t for t in tasks if t.title.startswith("Hội nghị sơ kết"))
    assert conference.due_date == dt.date(2026, 9, 18)  # 30 days after the festival day
    assert {t.id for t in listed if t.status is ChecklistStatus.DONE} == {tasks[0].id, extra.id}
    with database.transaction() as session:
        moves = checklists.move_task_due_dates(session, campaign.id, dt.date(2026, 8, 19), dt.date(2026, 8, 18))
    assert len(moves) == len(tasks) - 1


def test_delete_and_restore_an_item(database, site) -> None:
    item = _applied(database, site)[5]
    with database.transaction() as session:
        gone = checklists.delete_item(session, item.id, item.version)
    with pytest.raises(NotFoundError) as info, database.transaction() as session:
        checklists.get_item(session, item.id)
    assert info.value.code == "unknown_checklist_item"
    with database.transaction() as session:
        back = checklists.restore_item(session, gone)
    assert back.values() == item.values() and back.position == item.position


def test_undo_and_redo_of_applying_a_template(database, site) -> None:
    items = _applied(database, site)
    with database.transaction() as session:
        removed = checklists.delete_items(session, [i.id for i in items])
    assert _count(database) == 0 and [r.id for r in removed] == [i.id for i in items]
    with database.transaction() as session:
        back = checklists.restore_deleted_items(session, removed)
        listed = checklists.list_items(session, site.id)
    assert [r.values() for r in listed] == [i.values() for i in items] and back == listed
