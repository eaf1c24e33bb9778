"""Where user data and preferences live. One rule for the GUI and the CLI, without Qt: the data
folder is Qt's ``QStandardPaths.AppDataLocation`` for an application named ``festival-planner``; the
preferences file is the INI file Qt's ``QSettings`` uses for it (IniFormat, user scope), so the GUI
opens that file by name and the CLI reads it with ``configparser``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from festival_planner import APP_NAME

DB_FILENAME = "festival-planner.sqlite"
DATA_DIR_ENV = "FESTIVAL_PLANNER_DATA_DIR"
CONFIG_DIR_ENV = "FESTIVAL_PLANNER_CONFIG_DIR"


def data_dir() -> Path:
    """The user's data folder; ``$FESTIVAL_PLANNER_DATA_DIR`` overrides it (tests, portable use)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def default_db_path() -> Path:
    """The default SQLite database file."""
    return data_dir() / DB_FILENAME


def log_file() -> Path:
    """The app's log: ``<data folder>/logs/festival-planner.log`` (the windowed app has no console)."""
    return data_dir() / "logs" / f"{APP_NAME}.log"


def backup_dir(db_path: Path) -> Path:
    """Backups sit in a ``backups`` folder beside the database file."""
    return db_path.parent / "backups"


def settings_file() -> Path:
    """The preferences file: ``<config>/festival-planner/festival-planner.ini``, where ``<config>`` is
    ``%APPDATA%`` on Windows and ``$XDG_CONFIG_HOME`` (default ``~/.config``) elsewhere — where
    ``QSettings(IniFormat, UserScope, "festival-planner", "festival-planner")`` puts it.
    ``$FESTIVAL_PLANNER_CONFIG_DIR`` replaces ``<config>`` (tests, portable use)."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        folder = Path(override)
    elif sys.platform == "win32":
        folder = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    else:
        xdg = os.environ.get("XDG_CONFIG_HOME", "")
        folder = Path(xdg) if sys.platform != "darwin" and os.path.isabs(xdg) else Path.home() / ".config"
    return folder / APP_NAME / f"{APP_NAME}.ini"
