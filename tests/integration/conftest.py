"""Fixtures shared by the integration tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def demo_plan(demo_copy: Path) -> Path:
    """The test's database file with the 28-site demo year of 2026, closed again."""
    return demo_copy
