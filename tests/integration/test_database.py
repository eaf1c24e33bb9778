"""Opening databases: SQLite settings, upgrades of older files (with a backup first), refusals."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from festival_planner.domain.errors import DatabaseError
from festival_planner.store import migrate
from festival_planner.store.database import database_url, integrity_ok, make_engine, open_database, schema_tables
from festival_planner.store.paths import DATA_DIR_ENV, default_db_path


def test_head_constant_matches_the_migration_scripts() -> None:
    assert migrate.script_head() == migrate.HEAD_REVISION


def test_sqlite_runs_with_wal_foreign_keys_and_busy_timeout(database) -> None:
    with database.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    assert integrity_ok(database.engine)


def test_schema_matches_the_models(database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from festival_planner.domain.models import Base

    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def _make_revision_0001_file(path: Path) -> None:
    engine = make_engine(database_url(path))
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO province (code, name, short_name, old_provinces, search_key) "
                          "VALUES ('68', 'Tỉnh Lâm Đồng', 'Lâm Đồng', '[]', '')"))
        conn.execute(text("INSERT INTO commune (code, name, short_name, kind, province_code, old_provinces, "
                          "old_districts, old_wards, regions, search_key) VALUES ('24616', 'Xã Quảng Sơn', "
                          "'Quảng Sơn', 'xa', '68', '[\"Đắk Nông\"]', '[]', '[]', '[\"tay_nguyen\"]', '')"))
        campaign_id = uuid.uuid4().hex
        conn.execute(text("INSERT INTO campaign (id, year, name, window_start, window_end, festival_day, "
                          "target_min, target_max, notes, version, created_at, updated_at) VALUES (:id, 2025, "
                          "'Ngày hội 2025', '2025-07-01', '2025-08-19', '2025-08-19', 25, 30, '', 1, "
                          "'2025-05-01 08:00:00', '2025-05-01 08:00:00')"), {"id": campaign_id})
        conn.execute(text("INSERT INTO site (id, campaign_id, commune_code, date, venue, host_unit, contact_name, "
                          "contact_phone, notes, status, version, created_at, updated_at) VALUES (:id, :c, '24616', "
                          "'2025-08-05', 'Nhà văn hóa xã', '', '', '', '', 'confirmed', 3, '2025-05-01 08:00:00', "
                          "'2025-05-01 08:00:00')"), {"id": uuid.uuid4().hex, "c": campaign_id})
    engine.dispose()


def test_an_older_database_is_backed_up_then_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _make_revision_0001_file(path)
    assert "leader" not in schema_tables(make_engine(database_url(path)))

    database = open_database(path, load_gazetteer=False)
    try:
        assert {"leader", "invitation", "checklist_item", "change_log"} <= set(schema_tables(database.engine))
        with database.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION
            venue = conn.execute(text("SELECT venue FROM site")).scalar()
        assert venue == "Nhà văn hóa xã"
        assert database.backup_made is not None and database.backup_made.exists()
        with sqlite3.connect(database.backup_made) as backup:
            assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert backup.execute("SELECT venue FROM site").fetchone() == ("Nhà văn hóa xã",)
    finally:
        database.close()


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("ghi chú cuộc họp", encoding="utf-8")
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    assert "không phải là cơ sở dữ liệu" in info.value.message
    assert path.read_text(encoding="utf-8") == "ghi chú cuộc họp"


def test_another_applications_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    assert info.value.code == "foreign_database"


def test_a_database_from_a_newer_app_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError) as info:
        open_database(db_path)
    assert info.value.code == "newer_schema"


def test_a_folder_instead_of_a_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as info:
        open_database(tmp_path)
    assert info.value.code == "is_directory"


def test_database_urls_are_accepted_by_the_store() -> None:
    url = database_url("postgresql+psycopg://planner:secret@server.local:5432/festival")
    assert (url.drivername, url.host, url.database) == ("postgresql+psycopg", "server.local", "festival")
    assert database_url("/tmp/x.sqlite").get_backend_name() == "sqlite"
    with pytest.raises(DatabaseError):
        database_url("postgresql+psycopg://:bad:port:/x")


def test_default_database_lives_in_the_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "dữ liệu"))
    assert default_db_path() == tmp_path / "dữ liệu" / "festival-planner.sqlite"
    monkeypatch.delenv(DATA_DIR_ENV)
    assert default_db_path().name == "festival-planner.sqlite"
    assert "festival-planner" in str(default_db_path().parent)
