"""The checklist tree model, its filter proxy and the workspace's tables pass Qt's model tests."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt

from festival_planner.domain.enums import ChecklistStatus
from festival_planner.gui.checklists.item_model import OVERDUE_BACKGROUND, ChecklistFilterProxy, ChecklistModel, Column
from festival_planner.gui.checklists.tables import BudgetModel, CommendationModel, GiftModel, ProgrammeModel
from festival_planner.gui.snapshot_model import OBJECT_ROLE, SORT_ROLE
from festival_planner.services import budget, campaigns, checklists, demo, programme, sites

from ..sites.helpers import QUANG_SON

DAY = dt.date(2026, 8, 10)


@pytest.fixture
def items(database) -> list[checklists.ChecklistItemRow]:
    with database.transaction() as session:
        campaign = campaigns.create_campaign(session, 2026)
        site = sites.add_site(session, campaign.id, QUANG_SON, DAY, venue="Nhà văn hóa")
        rows = checklists.apply_template(session, site.id)
        checklists.set_status(session, [rows[0].id], ChecklistStatus.DONE, today=dt.date(2026, 7, 1))
        checklists.set_status(session, [rows[1].id], ChecklistStatus.BLOCKED)
        return checklists.list_items(session, site.id)


def test_tree_and_proxy_pass_qtmodeltester(qtmodeltester, items) -> None:
    model = ChecklistModel()
    model.set_rows(items, DAY)
    qtmodeltester.check(model)
    qtmodeltester.check(ChecklistModel())
    proxy = ChecklistFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(overdue=True)
    qtmodeltester.check(proxy)


def test_grouped_by_category_with_roles_and_highlight(items) -> None:
    model = ChecklistModel()
    model.set_rows(items, DAY)
    categories = list(dict.fromkeys(r.category for r in items))
    assert model.rowCount() == len(categories) and model.categories() == categories
    first_group = model.index(0, 0)
    assert first_group.data(OBJECT_ROLE) is None
    assert model.rowCount(first_group) == sum(1 for r in items if r.category == categories[0])
    assert f"(1/{model.rowCount(first_group)})" in first_group.data()
    item = model.index(0, Column.DUE_DATE, first_group)
    row = item.data(OBJECT_ROLE)
    assert row.id == items[0].id and item.data(SORT_ROLE)[0] == row.due_date
    assert item.data(Qt.ItemDataRole.EditRole) == QDate(row.due_date.year, row.due_date.month, row.due_date.day)
    late = next(r for r in items if r.overdue_as_of(DAY))
    index = model.index_of(late.id)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    assert model.flags(index.siblingAtColumn(Column.OWNER)) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags
    model.edit_handler = lambda row, changes: True
    assert model.flags(index.siblingAtColumn(Column.OWNER)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(first_group) & Qt.ItemFlag.ItemIsEditable


def test_edits_go_to_the_handler_as_service_values(items) -> None:
    model = ChecklistModel()
    model.set_rows(items, DAY)
    seen = []
    model.edit_handler = lambda row, changes: seen.append((row.id, changes)) or True
    index = model.index_of(items[2].id)
    assert model.setData(index.siblingAtColumn(Column.STATUS), "done")
    assert model.setData(index.siblingAtColumn(Column.DUE_DATE), QDate(2026, 8, 1))
    assert model.setData(index.siblingAtColumn(Column.OWNER), "  Công an xã ")
    assert not model.setData(index.siblingAtColumn(Column.TITLE), "x")  # not editable inline
    assert not model.setData(index.siblingAtColumn(Column.OWNER), items[2].owner)  # unchanged
    assert seen == [(items[2].id, {"status": ChecklistStatus.DONE}), (items[2].id, {"due_date": dt.date(2026, 8, 1)}),
                    (items[2].id, {"owner": "Công an xã"})]


def test_filters_overdue_blocked_owner(items) -> None:
    model = ChecklistModel()
    model.set_rows(items, DAY)
    proxy = ChecklistFilterProxy()
    proxy.setSourceModel(model)

    def shown() -> list:
        found = []
        for n in range(proxy.rowCount()):
            parent = proxy.index(n, 0)
            found += [proxy.index(m, 0, parent).data(OBJECT_ROLE).id for m in range(proxy.rowCount(parent))]
        return found

    assert len(shown()) == len(items)
    proxy.set_filters(blocked=True)
    assert shown() == [items[1].id]
    proxy.set_filters(blocked=False, overdue=True)
    assert set(shown()) == {r.id for r in items if r.overdue_as_of(DAY)} and shown()
    proxy.set_filters(overdue=False, owner="cong an xa")  # diacritics optional
    assert set(shown()) == {r.id for r in items if "Công an xã" in r.owner}


def test_tables_pass_qtmodeltester(qtmodeltester, database) -> None:
    with database.transaction() as session:
        campaign = demo.create_demo(session)
        site = sites.list_sites(session, campaign.id)[0]
        shown = programme.get_programme(session, site.id)
        lines = budget.list_budget_lines(session, site.id)
    for model, rows in ((ProgrammeModel(), shown.items), (BudgetModel(), lines),
                        (CommendationModel(), shown.commendations), (GiftModel(), shown.gifts)):
        assert rows
        model.set_rows(list(rows))
        qtmodeltester.check(model)
        assert model.index(0, 0).data(OBJECT_ROLE) == rows[0]
    money = BudgetModel()
    money.set_rows(lines)
    assert money.index(0, BudgetModel.Column.ESTIMATED).data().endswith(" ₫")
    assert "." in money.index(0, BudgetModel.Column.ESTIMATED).data()  # 45.000.000 ₫
    assert money.index(0, BudgetModel.Column.ESTIMATED).data(SORT_ROLE) == lines[0].estimated_vnd
    assert not money.setData(QModelIndex(), 1)
