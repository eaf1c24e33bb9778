"""The core (domain, store, geo, services, reports.content) imports and works with PySide6 blocked."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

CORE = ("domain", "store", "geo", "services", "reports.content")


def test_core_imports_and_runs_with_pyside6_blocked(tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        import sys, pkgutil, importlib
        sys.modules['PySide6'] = None
        import festival_planner
        for package in {CORE!r}:
            module = importlib.import_module('festival_planner.' + package)
            for info in pkgutil.walk_packages(module.__path__, module.__name__ + '.'):
                if '.migrations' in info.name:
                    continue
                importlib.import_module(info.name)
        from festival_planner.store.database import open_database
        from festival_planner.services.communes import CommuneIndex
        db = open_database({str(tmp_path / 'core.sqlite')!r})
        with db.session() as session:
            assert CommuneIndex(session).search('dak nong')
        assert not any(name.startswith('PySide6.') for name in sys.modules)
        print('ok')
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_core_sources_never_mention_pyside6() -> None:
    root = Path(__file__).resolve().parents[2] / "festival_planner"
    offenders = [str(path) for package in CORE for path in (root / package.replace(".", "/")).rglob("*.py")
                 if "PySide6" in path.read_text(encoding="utf-8")]
    assert offenders == []
