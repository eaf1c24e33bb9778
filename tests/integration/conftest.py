"""Fixtures shared by the integration tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from festival_planner.services import demo
from festival_planner.store.database import open_database


@pytest.fixture
def demo_plan(db_path: Path) -> Path:
    """The test's database file with the 28-site demo year of 2026, closed again."""
    database = open_database(db_path)
    with database.write() as session:
        demo.create_demo(session, 2026)
    database.close()
    return db_path
