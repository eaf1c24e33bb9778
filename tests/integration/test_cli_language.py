"""The command line learns the interface language from the window's preferences file without Qt:
``sites list`` with PySide6 blocked still prints English statuses when English was chosen."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from festival_planner.domain import messages
from festival_planner.domain.enums import SiteStatus
from festival_planner.store.paths import CONFIG_DIR_ENV, settings_file
from festival_planner.store.preferences import read_preference, saved_language

BLOCKED_QT = textwrap.dedent("""
    import sys
    sys.modules["PySide6"] = None  # any import of PySide6 (or a submodule) now fails
    from festival_planner.cli import main
    code = main(sys.argv[1:])
    assert not any(name.startswith("PySide6") for name in sys.modules if sys.modules[name] is not None)
    sys.exit(code)
""")


def _labels(language: str) -> set[str]:
    return {messages.label(status, language) for status in SiteStatus}


def _write_preferences(folder: Path, language: str) -> None:
    # What QSettings(IniFormat) writes for Settings.set_language (and a geometry value, escaped as Qt does).
    path = folder / "festival-planner" / "festival-planner.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"[ui]\nlanguage={language}\nlast_campaign_year=2026\n\n"
                    "[window]\ngeometry=@ByteArray(\\x1\\xd9\\xd0\\xcb%)\n", encoding="utf-8")


def _cli_without_qt(db: Path, config: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, CONFIG_DIR_ENV: str(config)}
    env.pop("FESTIVAL_PLANNER_LANG", None)
    return subprocess.run([sys.executable, "-c", BLOCKED_QT, *argv, "--db", str(db)], capture_output=True,
                          text=True, env=env, timeout=120)


@pytest.fixture
def planned_db(db_path: Path) -> Path:
    from festival_planner.cli import main

    assert main(["demo", "--db", str(db_path)]) == 0
    return db_path


def test_sites_list_without_qt_follows_the_saved_language(planned_db: Path, tmp_path: Path, capsys) -> None:
    capsys.readouterr()
    config = tmp_path / "config"
    _write_preferences(config, "en")
    english = _cli_without_qt(planned_db, config, "sites", "list", "--campaign", "2026")
    assert english.returncode == 0, english.stderr
    assert any(f"[{label}]" in english.stdout for label in _labels("en"))
    assert not any(f"[{label}]" in english.stdout for label in _labels("vi"))
    _write_preferences(config, "vi")
    vietnamese = _cli_without_qt(planned_db, config, "sites", "list", "--campaign", "2026")
    assert vietnamese.returncode == 0, vietnamese.stderr
    assert any(f"[{label}]" in vietnamese.stdout for label in _labels("vi"))
    assert not any(f"[{label}]" in vietnamese.stdout for label in _labels("en"))


def test_the_window_and_the_command_line_agree_on_the_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path))
    assert settings_file() == tmp_path / "festival-planner" / "festival-planner.ini"
    assert saved_language() is None  # no file yet
    _write_preferences(tmp_path, "en")
    assert saved_language() == "en" and read_preference("ui/last_campaign_year") == "2026"
    _write_preferences(tmp_path, "klingon")
    assert saved_language() is None


def test_default_place_is_qts(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv(CONFIG_DIR_ENV)
    if sys.platform.startswith("linux"):
        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
        assert settings_file() == tmp_path / "festival-planner" / "festival-planner.ini"
        monkeypatch.delenv("XDG_CONFIG_HOME")
        assert settings_file() == Path.home() / ".config" / "festival-planner" / "festival-planner.ini"
