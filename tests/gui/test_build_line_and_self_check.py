"""About names the build (issue 19 item 6), and the packaged app's self-check (``gui/self_check.py``, run by
the frozen app's smoke test) passes on a complete install and names what is missing otherwise."""

from __future__ import annotations

import logging
from importlib import metadata
from pathlib import Path

import pytest

from festival_planner import build_info
from festival_planner.app import TRANSLATION_BASENAME, UI_FONT, load_fonts
from festival_planner.gui import self_check


def test_about_shows_the_build_line_with_the_versions(qtbot, window, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_info, "_recorded", lambda: {
        "built": "2026-12-06 11:15 UTC", "lock_sha256": "b574c37ad3a7" + "0" * 52, "python": "3.11.9",
        "platform": "Windows AMD64", "versions": {"PySide6-Essentials": "6.11.3", "SQLAlchemy": "2.1.9"}})
    box = window.files.show_about()
    qtbot.waitExposed(box)
    text = box.text()
    box.close()
    assert "<b>Bản dựng:</b> 2026-12-06 11:15 UTC (Windows AMD64), khóa phiên bản b574c37ad3a7" in text
    assert "Python 3.11.9 · PySide6 6.11.3 · SQLAlchemy 2.1.9" in text


def test_about_unpackaged_says_it_runs_on_python(qtbot, window, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_info, "_recorded", lambda: None)
    text = window.files.about_text()
    assert "chạy bằng Python, không đóng gói" in text
    assert f"SQLAlchemy {metadata.version('SQLAlchemy')}" in text


def test_the_self_check_passes_on_a_complete_install(qtbot, window, caplog: pytest.LogCaptureFixture) -> None:
    load_fonts()  # as app.create_application does
    with caplog.at_level(logging.INFO, logger="festival_planner.gui.self_check"):
        failed = self_check.run_checks(window, ui_font=UI_FONT, app_catalogue=f"{TRANSLATION_BASENAME}_en.qm")
    assert failed == []
    assert "self-check: all 9 checks passed" in caplog.text


def test_the_self_check_names_what_is_missing(qtbot, window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                              caplog: pytest.LogCaptureFixture) -> None:
    from festival_planner.gui import icons
    from festival_planner.store import migrate

    empty = tmp_path / "resources"
    (empty / "icons").mkdir(parents=True)
    (empty / "i18n").mkdir()
    monkeypatch.setattr("festival_planner.resource_files._root", lambda: empty)
    icons.icon.cache_clear()
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", tmp_path / "no-migrations")
    try:
        with caplog.at_level(logging.ERROR, logger="festival_planner.gui.self_check"):
            failed = self_check.run_checks(window, ui_font=UI_FONT, app_catalogue="festival_planner_en.qm")
    finally:
        icons.icon.cache_clear()
    names = [line.split(":", 1)[0] for line in failed]
    assert {"icons", "translations", "guide", "data files"} <= set(names)
    assert "libraries" not in names and "Qt plugins" not in names  # only what is missing is named
    assert caplog.text.count("self-check") == len(failed)
