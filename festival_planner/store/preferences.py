"""The user's preferences read without Qt (the command line must not import Qt to learn the
language): the INI file that the GUI writes through ``QSettings`` (``gui/settings.py``), read with
``configparser``. Only plain values are read here; the GUI's typed settings stay in ``gui/settings.py``.
"""

from __future__ import annotations

import configparser

from festival_planner.domain.messages import LANGUAGES
from festival_planner.store.paths import settings_file

LANGUAGE_KEY = "ui/language"


def read_preference(key: str) -> str | None:
    """The text of ``key`` ("ui/language": section ``ui``, name ``language``) in the preferences
    file; None when the file, the key or a readable file is missing."""
    section, _, name = key.rpartition("/")
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment, method-assign]  # QSettings keys keep their case
    try:
        parser.read(settings_file(), encoding="utf-8")
    except (configparser.Error, OSError, UnicodeError) as exc:
        import logging  # only when something is wrong: the command line's start does not load it

        logging.getLogger(__name__).warning("unreadable preferences file %s (%s): defaults used", settings_file(), exc)
        return None
    value = parser.get(section or "General", name, fallback=None)
    if value is not None and len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1]  # QSettings quotes text with leading or trailing spaces or special characters
    return value


def saved_language() -> str | None:
    """The interface language chosen in the window ("vi" or "en"), None when none was chosen."""
    value = read_preference(LANGUAGE_KEY)
    return value if value in LANGUAGES else None
