"""Upgrading a 0002 database: checklist items gain their campaign, "doing" becomes "in_progress"."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import text

from festival_planner.store import migrate
from festival_planner.store.database import database_url, make_engine, open_database

STAMP = "'2026-05-01 08:00:00', '2026-05-01 08:00:00'"


def test_a_0002_database_keeps_its_checklist_and_programme(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(database_url(path))
    migrate.upgrade(engine, "0002")
    campaign_id, site_id, item_id = uuid.uuid4().hex, uuid.uuid4().hex, uuid.uuid4().hex
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO province (code, name, short_name, old_provinces, search_key) "
                          "VALUES ('68', 'Tỉnh Lâm Đồng', 'Lâm Đồng', '[]', '')"))
        conn.execute(text("INSERT INTO commune (code, name, short_name, kind, province_code, old_provinces, "
                          "old_districts, old_wards, regions, search_key) VALUES ('24616', 'Xã Quảng Sơn', "
                          "'Quảng Sơn', 'xa', '68', '[]', '[]', '[]', '[\"tay_nguyen\"]', '')"))
        conn.execute(text("INSERT INTO campaign (id, year, name, window_start, window_end, festival_day, target_min, "
                          f"target_max, notes, version, created_at, updated_at) VALUES (:id, 2026, 'Ngày hội', "
                          f"'2026-07-01', '2026-08-19', '2026-08-19', 25, 30, '', 1, {STAMP})"), {"id": campaign_id})
        conn.execute(text("INSERT INTO site (id, campaign_id, commune_code, date, venue, host_unit, contact_name, "
                          "contact_phone, notes, status, version, created_at, updated_at) VALUES (:id, :c, '24616', "
                          f"'2026-08-05', 'Nhà văn hóa xã', '', '', '', '', 'confirmed', 1, {STAMP})"),
                     {"id": site_id, "c": campaign_id})
        conn.execute(text("INSERT INTO checklist_item (id, site_id, title, category, owner, due_date, status, note, "
                          f"version, created_at, updated_at) VALUES (:id, :s, 'Dựng sân khấu', 'Sân khấu', "
                          f"'Công an xã', '2026-08-02', 'doing', '', 2, {STAMP})"), {"id": item_id, "s": site_id})
        conn.execute(text("INSERT INTO programme_item (id, site_id, position, start_time, duration_min, title, "
                          f"responsible, version, created_at, updated_at) VALUES (:id, :s, 0, '07:30:00', 5, "
                          f"'Chào cờ', '', 1, {STAMP})"), {"id": uuid.uuid4().hex, "s": site_id})
        conn.execute(text("INSERT INTO checklist_template (id, name, description, version, created_at, updated_at) "
                          f"VALUES (:id, 'Cũ', '', 1, {STAMP})"), {"id": uuid.uuid4().hex})
    engine.dispose()

    database = open_database(path, load_gazetteer=False)
    try:
        with database.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION
            item = conn.execute(text("SELECT status, campaign_id, position, completed_on FROM checklist_item")).one()
            assert (item.status, item.campaign_id, item.position, item.completed_on) == (
                "in_progress", campaign_id, 0, None)
            assert conn.execute(text("SELECT part, kind FROM programme_item")).one() == ("ceremony", "")
            assert conn.execute(text("SELECT scope FROM checklist_template")).scalar() == "site"
        from festival_planner.services import checklists

        with database.session() as session:
            (row,) = checklists.list_items(session, uuid.UUID(site_id))
        assert row.status.value == "in_progress" and row.version == 2
    finally:
        database.close()
    downgraded = make_engine(database_url(path))
    migrate.upgrade(downgraded, "head")  # already there: nothing to do
    from alembic import command

    with downgraded.begin() as conn:
        command.downgrade(migrate.alembic_config(downgraded, conn), "0002")
    with downgraded.connect() as conn:
        assert conn.execute(text("SELECT status FROM checklist_item")).scalar() == "doing"
    downgraded.dispose()
