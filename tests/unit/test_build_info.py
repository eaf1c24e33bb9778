"""What the About box and ``--version`` say about the build (issue 19 item 6): a frozen build reads the
``build_info.json`` that ``scripts/build_app.py`` writes (date, the lock's hash, versions); a pip install
says it is not packaged and reads the versions from the installed distributions."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from importlib import metadata
from pathlib import Path

import pytest

from festival_planner import build_info
from festival_planner.cli import version_text

ROOT = Path(__file__).resolve().parents[2]


def load_build_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_app", ROOT / "scripts" / "build_app.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_unpackaged_the_versions_come_from_the_installed_distributions(monkeypatch: pytest.MonkeyPatch,
                                                                       tmp_path: Path) -> None:
    lock = tmp_path / "lock.txt"
    lock.write_text("SQLAlchemy==2.0.0\n", encoding="utf-8")
    monkeypatch.setattr(build_info, "LOCK_FILE", lock)
    monkeypatch.setattr(build_info, "_recorded", lambda: None)
    info = build_info.current()
    assert info["frozen"] is False and info["built"] is None
    assert info["lock_sha256"] == hashlib.sha256(lock.read_bytes()).hexdigest()
    assert info["versions"]["SQLAlchemy"] == metadata.version("SQLAlchemy")
    assert f"PySide6 {metadata.version('PySide6-Essentials')}" in build_info.versions_text(info)
    monkeypatch.setattr(build_info, "LOCK_FILE", tmp_path / "none.txt")
    assert build_info.lock_text(build_info.current()) == ""


def test_the_build_script_records_what_the_frozen_app_reads(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    build = load_build_script()
    staged = build.stage(tmp_path / "stage", build.build_info())
    package = staged / "festival_planner"
    assert (package / "resources" / "guide" / "first_year_vi.html").is_file()  # resources/ inside, as installed
    assert (package / "store" / "migrations" / "script.py.mako").is_file()
    recorded = json.loads((package / "build_info.json").read_text(encoding="utf-8"))
    assert recorded["lock_sha256"] == hashlib.sha256((ROOT / "requirements" / "lock.txt").read_bytes()).hexdigest()
    monkeypatch.setattr(build_info, "_recorded", lambda: recorded)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    info = build_info.current()
    assert info["frozen"] is True and info["built"] == recorded["built"]
    text = version_text()
    assert text.startswith("festival-planner ") and text.count("\n") == 1
    assert f"Bản dựng {recorded['built']}" in text and f"khóa phiên bản {recorded['lock_sha256'][:12]}" in text


def test_version_unpackaged_says_so_in_vietnamese(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_info, "_recorded", lambda: None)
    monkeypatch.setattr(build_info, "LOCK_FILE", Path("/nonexistent/lock.txt"))
    line = version_text().splitlines()[1]
    assert line.startswith("Chạy bằng Python, không đóng gói") and "khóa phiên bản không rõ" in line


def test_the_lock_check_compares_versions_as_pep440() -> None:
    build = load_build_script()
    assert build.same_version("1.2", "1.002") and not build.same_version("1.2", "1.3")
    lock = build.read_lock(ROOT / "requirements" / "lock.txt")
    assert lock["sqlalchemy"] and lock["pyside6-essentials"] and "festival-planner" not in lock
