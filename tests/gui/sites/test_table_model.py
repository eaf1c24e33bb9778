"""The sites item model and its diacritics-folding filter proxy."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from festival_planner.domain.enums import SiteStatus
from festival_planner.gui.sites.table_model import (
    OBJECT_ROLE,
    SORT_ROLE,
    STATUS_COLOURS,
    Column,
    SiteFilterProxyModel,
    SiteTableModel,
)
from festival_planner.services import campaigns, sites

from .helpers import QUANG_SON


@pytest.fixture
def rows(database) -> list[sites.SiteRow]:
    with database.transaction() as session:
        campaign = campaigns.create_campaign(session, 2026)
        from festival_planner.services.communes import CommuneIndex

        index = CommuneIndex(session)
        dak_lak = index.filter("Đắk Lắk")[0]
        sites.add_site(session, campaign.id, QUANG_SON, dt.date(2026, 8, 5), venue="Nhà văn hóa")
        sites.add_site(session, campaign.id, dak_lak.code, dt.date(2026, 7, 20), venue="Ấp Đông",
                       status=SiteStatus.CANCELLED)
        return sites.list_sites(session, campaign.id)


def test_model_passes_qtmodeltester(qtmodeltester, rows) -> None:
    model = SiteTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    empty = SiteTableModel()
    qtmodeltester.check(empty)


def test_proxy_passes_qtmodeltester(qtmodeltester, rows) -> None:
    model = SiteTableModel()
    model.set_rows(rows)
    proxy = SiteFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.set_filter_text("dak")
    qtmodeltester.check(proxy)


def test_roles(rows) -> None:
    model = SiteTableModel()
    model.set_rows(rows)
    assert model.columnCount() == len(Column) == 9
    assert model.headerData(Column.COMMUNE, Qt.Orientation.Horizontal) == "Xã/phường"
    assert model.headerData(Column.HEAD, Qt.Orientation.Horizontal) == "Trưởng đoàn"
    first = model.index(0, Column.DATE)
    assert first.data() == "20/07/2026"
    assert first.data(SORT_ROLE)[0] == dt.date(2026, 7, 20)
    assert first.data(OBJECT_ROLE) is rows[0]
    status = model.index(0, Column.STATUS)
    assert status.data() == "Đã hủy"
    assert status.data(Qt.ItemDataRole.ForegroundRole).color() == STATUS_COLOURS[SiteStatus.CANCELLED]
    assert model.index(0, Column.VENUE).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert model.index(1, Column.VENUE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, Column.TIME).data() == "07:30–11:30"


def test_sorting_uses_native_values(rows) -> None:
    model = SiteTableModel()
    model.set_rows(rows)
    proxy = SiteFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(i, Column.DATE).data() for i in range(2)] == ["05/08/2026", "20/07/2026"]
    proxy.sort(Column.PROVINCE, Qt.SortOrder.AscendingOrder)
    # Vietnamese order: "Đắk Lắk" (Đ after D) before "Lâm Đồng".
    assert [proxy.index(i, Column.PROVINCE).data() for i in range(2)] == ["Đắk Lắk", "Lâm Đồng"]


def test_filter_folds_diacritics(rows) -> None:
    model = SiteTableModel()
    model.set_rows(rows)
    proxy = SiteFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.set_filter_text("ĐẮK LẮK")
    assert proxy.rowCount() == 1
    proxy.set_filter_text("nha van hoa")
    assert proxy.index(0, Column.COMMUNE).data(OBJECT_ROLE).commune.code == QUANG_SON
    proxy.set_filter_text("tay nguyen 05/08")
    assert proxy.rowCount() == 1
    proxy.set_filter_text("khong co")
    assert proxy.rowCount() == 0
    proxy.set_filter_text("")
    assert proxy.rowCount() == 2


def test_filter_matches_words_not_scattered_syllables(database) -> None:
    """Issue 6.3: "tay bac" is the region, not "Tây" of Tây Nam Bộ plus "Bạc" of Bạc Liêu."""
    from festival_planner.services import demo

    with database.transaction() as session:
        campaign = demo.create_demo(session, 2026)
        rows = sites.list_sites(session, campaign.id)
    model = SiteTableModel()
    proxy = SiteFilterProxyModel()
    proxy.setSourceModel(model)
    model.set_rows(rows)
    bac_lieu = [r for r in rows if "Bạc Liêu" in r.commune.old_provinces]
    assert bac_lieu, "the fixture needs a site whose old province is Bạc Liêu"
    proxy.set_filter_text("tay bac")
    shown = [proxy.index(i, 0).data(OBJECT_ROLE) for i in range(proxy.rowCount())]
    assert not any(r.id == bac_lieu[0].id for r in shown)
    assert all("tay_bac" in r.commune.regions or "tay_bac_mo_rong" in r.commune.regions for r in shown)
    proxy.set_filter_text("bac lieu")
    assert bac_lieu[0].id in [proxy.index(i, 0).data(OBJECT_ROLE).id for i in range(proxy.rowCount())]


def test_the_sites_table_stands_on_the_snapshot_model(qtbot, qtmodeltester, rows) -> None:
    from festival_planner.domain.enums import InvitationStatus
    from festival_planner.gui.sites.table_model import SiteExtras
    from festival_planner.gui.snapshot_model import SnapshotTableModel

    model = SiteTableModel()
    assert isinstance(model, SnapshotTableModel)
    model.set_rows(rows)
    extras = {rows[0].id: SiteExtras(InvitationStatus.SENT, ("Trưởng đoàn: Lê Minh Quang",), ("trùng",))}
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged, timeout=1000):
        model.set_rows(rows, extras)  # the same sites, a new delegation: changed in place
    assert model.index(0, Column.INVITATION).data() != ""
    assert model.index(0, Column.COMMUNE).data(Qt.ItemDataRole.DecorationRole) is not None
    qtmodeltester.check(model)


def test_update_rows_changes_only_the_rows_edited(qtbot, rows) -> None:
    import dataclasses

    from festival_planner.domain.enums import InvitationStatus
    from festival_planner.gui.sites.table_model import SiteExtras

    model = SiteTableModel()
    model.set_rows(rows)
    edited = dataclasses.replace(rows[1], venue="Nhà văn hóa mới")
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles=(): changed.append((top.row(), bottom.row())))
    with qtbot.assertNotEmitted(model.modelReset):
        model.update_rows([edited], {edited.id: SiteExtras(InvitationStatus.ACCEPTED)})
    assert changed == [(1, 1)]
    assert model.index(1, Column.VENUE).data() == "Nhà văn hóa mới" and model.extras(edited.id).head_status
