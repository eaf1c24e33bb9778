"""Shared fixtures: offscreen Qt, data folders and settings in tmp, a fresh database for every test.

Loading the gazetteer takes about a second, so it is loaded once per session into a template file
and every test gets its own copy of that file.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["FESTIVAL_PLANNER_TESTING"] = "1"


@pytest.fixture(autouse=True, scope="session")
def _one_qapplication(qapp):
    """One QApplication for the whole session, made first: code under test that paints (the command
    line's printing) makes a bare QGuiApplication when none exists, and a GUI test after it in the
    same process (any order, any pytest-xdist worker) would then have no QApplication."""
    return qapp


@pytest.fixture(autouse=True, scope="session")
def _file_rule_guard():
    """The file rule for every test: a plain open of a database this process has open fails the test
    (it would drop the process's SQLite locks — see ``store.files``)."""
    from festival_planner.store.files import guard_plain_open

    with guard_plain_open():
        yield


@pytest.fixture(autouse=True)
def _vietnamese_messages():
    """Every test starts with Vietnamese messages (a CLI run in-process with --lang en sets English)."""
    from festival_planner.domain import messages

    messages.set_language("vi")
    yield
    messages.set_language("vi")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the default data folder (and so the default database) at a fresh temporary folder."""
    data_dir = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("FESTIVAL_PLANNER_DATA_DIR", str(data_dir))
    monkeypatch.setenv("FESTIVAL_PLANNER_CONFIG_DIR", str(data_dir / "config"))  # preferences too
    return data_dir


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file at the current schema with the gazetteer loaded (never used directly)."""
    from festival_planner.store.database import open_database

    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    database = open_database(path)
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path


@pytest.fixture(scope="session")
def demo_template(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template with the demo year of 2026 (28 sites, leaders, checklists, 2025 held): making it
    takes ~2.5 s, so it is made once per session and the tests that only need a demo plan copy it."""
    from festival_planner.services import demo
    from festival_planner.store.database import open_database

    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite"
    shutil.copyfile(template_db, path)
    database = open_database(path)
    with database.write() as session:
        demo.create_demo(session, 2026)
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path


@pytest.fixture
def demo_copy(demo_template: Path, db_path: Path) -> Path:
    """The test's database file holding the demo year of 2026 (a copy of ``demo_template``), closed."""
    shutil.copyfile(demo_template, db_path)
    return db_path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    """A fresh database file for this test (a copy of the template)."""
    path = tmp_path / "planner.sqlite"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def database(db_path: Path):
    """The fresh database, open."""
    from festival_planner.store.database import open_database

    database = open_database(db_path)
    yield database
    database.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``slow`` run only with FESTIVAL_PLANNER_SLOW=1 (``.ci/run`` sets it)."""
    if os.environ.get("FESTIVAL_PLANNER_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="slow: set FESTIVAL_PLANNER_SLOW=1 to run")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


# --- PostgreSQL (the team server): a throwaway cluster per pytest process, a fresh database per test ---

REQUIRE_POSTGRES = "FESTIVAL_PLANNER_REQUIRE_POSTGRES"


@pytest.fixture(scope="session")
def pg_cluster():
    """A PostgreSQL server of this test process (each pytest-xdist worker starts its own on its own
    loopback port), with a template database at the current schema and the gazetteer; stopped at the end.

    Skipped when no PostgreSQL server is installed, unless FESTIVAL_PLANNER_REQUIRE_POSTGRES=1 (``.ci/run``
    sets it): then the absence fails the test instead."""
    from tests import pg_cluster as pg

    if pg.binaries() is None:
        reason = ("PostgreSQL server binaries (initdb, pg_ctl) are not installed: "
                  "apt-get install postgresql to run the team-server tests")
        if os.environ.get(REQUIRE_POSTGRES) == "1":
            pytest.fail(f"{REQUIRE_POSTGRES}=1 but {reason}")
        pytest.skip(reason)
    cluster = pg.Cluster().start()
    try:
        cluster.make_template()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster) -> str:
    """A fresh PostgreSQL database for this test (a copy of the template): its URL."""
    return pg_cluster.new_database()


@pytest.fixture
def pg_database(pg_url: str):
    """The fresh PostgreSQL database, open."""
    from festival_planner.store.database import open_database

    database = open_database(pg_url)
    yield database
    database.close()
