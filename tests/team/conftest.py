"""The team-server tests: the integration tests' database fixtures, given a PostgreSQL database instead."""

from __future__ import annotations

import pytest

from festival_planner.cli import main
from festival_planner.services import demo


@pytest.fixture
def db_path(pg_url: str) -> str:
    """The command-line tests' ``--db``: the URL of a fresh PostgreSQL database."""
    return pg_url


@pytest.fixture
def database(pg_database):
    return pg_database


@pytest.fixture
def demo_db(capsys: pytest.CaptureFixture[str], db_path: str) -> str:
    assert main(["demo", "--db", db_path]) == 0
    capsys.readouterr()
    return db_path


@pytest.fixture
def demo_plan(pg_database, pg_url: str) -> str:
    with pg_database.write() as session:
        demo.create_demo(session, 2026)
    return pg_url


@pytest.fixture
def demo_copy(demo_plan: str) -> str:
    """The integration suite's demo file, on the server: the demo made in the test's database."""
    return demo_plan


@pytest.fixture(autouse=True)
def _collect_leaks():
    """Collect garbage after each server test, so a server connection left open warns (and fails) in the
    test that left it, not in whichever test of the worker runs next."""
    import gc

    yield
    gc.collect()
