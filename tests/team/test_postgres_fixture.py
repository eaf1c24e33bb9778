"""Without PostgreSQL installed the team-server tests skip and say why; with
FESTIVAL_PLANNER_REQUIRE_POSTGRES=1 (what ``.ci/run`` sets) the same absence fails them instead."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run_without_postgres(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FESTIVAL_PLANNER_PG_BIN": str(tmp_path / "no-postgres-here"), **extra}
    env.pop("PYTEST_XDIST_WORKER", None)
    return subprocess.run([sys.executable, "-m", "pytest", "tests/team/test_change_watch.py", "-q", "-rs",
                           "-p", "no:cacheprovider", "-p", "no:xdist"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)


def test_no_postgresql_skips_with_the_reason(tmp_path: Path) -> None:
    result = _run_without_postgres(tmp_path, FESTIVAL_PLANNER_REQUIRE_POSTGRES="0")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 skipped" in result.stdout and "apt-get install postgresql" in result.stdout


def test_no_postgresql_fails_when_it_is_required(tmp_path: Path) -> None:
    result = _run_without_postgres(tmp_path, FESTIVAL_PLANNER_REQUIRE_POSTGRES="1")
    assert result.returncode != 0
    assert "1 error" in result.stdout and "FESTIVAL_PLANNER_REQUIRE_POSTGRES=1" in result.stdout
