"""Migration 0008: every database gets its own stable id (new or upgraded) and an empty list of merged kits."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import text

from festival_planner.services import kits
from festival_planner.store import migrate
from festival_planner.store.database import database_url, make_engine, open_database


def _identity(path: Path) -> str:
    database = open_database(path, load_gazetteer=False)
    try:
        with database.read() as session:
            return str(kits.database_id(session))
    finally:
        database.close()


def test_new_databases_have_different_ids_and_a_copy_keeps_its_id(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert _identity(first) != _identity(second)
    assert _identity(first) == _identity(first)  # stable
    shutil.copyfile(first, tmp_path / "copy.sqlite")  # a copy of the file is the same database
    assert _identity(tmp_path / "copy.sqlite") == _identity(first)


def test_an_0007_database_gains_an_id_and_the_merged_kits_table(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(database_url(path))
    migrate.upgrade(engine, "0007_document_settings")
    engine.dispose()
    database = open_database(path, load_gazetteer=False)
    try:
        with database.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION == "0008_field_kits"
            assert conn.execute(text("SELECT count(*) FROM database_identity")).scalar() == 1
            assert conn.execute(text("SELECT count(*) FROM merged_kit")).scalar() == 0
        assert [p.name for p in (tmp_path / "backups").iterdir() if "before-upgrade" in p.name]
    finally:
        database.close()
