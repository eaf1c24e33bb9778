"""Where user data lives. One rule for the GUI and the CLI (the same folder as Qt's
``QStandardPaths.AppDataLocation`` for an application named ``festival-planner``)."""

from __future__ import annotations

import os
from pathlib import Path

from festival_planner import APP_NAME

DB_FILENAME = "festival-planner.sqlite"
DATA_DIR_ENV = "FESTIVAL_PLANNER_DATA_DIR"


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


def backup_dir(db_path: Path) -> Path:
    """Backups sit in a ``backups`` folder beside the database file."""
    return db_path.parent / "backups"
