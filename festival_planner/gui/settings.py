"""The one place that reads and writes QSettings: typed getters and setters.

Settings hold preferences only (language, last year shown, window geometry); user data lives in the
database. The file is an INI file at ``store.paths.settings_file()`` (the one rule for where it is,
which the command line reads without Qt through ``store.preferences``); tests redirect it with
``$FESTIVAL_PLANNER_CONFIG_DIR``.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from festival_planner.domain.messages import DEFAULT_LANGUAGE, LANGUAGES
from festival_planner.store.paths import settings_file
from festival_planner.store.preferences import LANGUAGE_KEY

if TYPE_CHECKING:  # geo.travel (geopy) loads when the travel model is first asked for, not at start-up
    from festival_planner.geo.travel import TravelParameters

log = logging.getLogger(__name__)

LEGACY_TRAVEL_KEY = "travel/parameters"  # where versions before the campaign_planning table kept it


class Settings:
    """Typed access to the application's preferences."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        # Opened by name: the path is the one store.paths computes (Qt's own IniFormat/UserScope place).
        self._qs = qsettings or QSettings(str(settings_file()), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        """Where the settings are stored (for the log and the About box)."""
        return self._qs.fileName()

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._qs.sync()

    # Language -------------------------------------------------------------------------------------
    def language(self) -> str:
        """The interface language: "vi" (default) or "en"."""
        value = str(self._qs.value(LANGUAGE_KEY, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self._qs.setValue(LANGUAGE_KEY, language)

    # Campaign -------------------------------------------------------------------------------------
    def last_campaign_year(self) -> int | None:
        """The festival year shown last time, if any."""
        value = self._qs.value("ui/last_campaign_year")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def set_last_campaign_year(self, year: int | None) -> None:
        if year is None:
            self._qs.remove("ui/last_campaign_year")
        else:
            self._qs.setValue("ui/last_campaign_year", int(year))

    # Printing -------------------------------------------------------------------------------------
    def missing_facts_choice(self) -> str:
        """What printing does with a site whose venue, host, contact are unknown: "fill" (dotted lines
        to fill in by hand, the default) or "refuse" (say what is missing, print nothing)."""
        value = str(self._qs.value("printing/missing_facts", "fill") or "fill")
        return value if value in ("fill", "refuse") else "fill"

    def set_missing_facts_choice(self, choice: str) -> None:
        if choice not in ("fill", "refuse"):
            raise ValueError(f"unknown choice {choice!r}")
        self._qs.setValue("printing/missing_facts", choice)

    # Travel model of older versions ---------------------------------------------------------------
    def legacy_travel_parameters(self) -> TravelParameters | None:
        """The travel model older versions kept here (it now lives with each campaign in the database):
        None when unset, unreadable or the defaults. Offered once to a campaign, then removed."""
        text = self._qs.value(LEGACY_TRAVEL_KEY)
        if not text:
            return None
        from festival_planner.geo.travel import TravelParameters

        try:
            params = TravelParameters.from_json(json.loads(str(text)))
        except (TypeError, ValueError, AttributeError) as exc:
            log.warning("unreadable travel parameters in the settings (%s): ignored", exc)
            return None
        return None if params == TravelParameters() else params

    def remove_legacy_travel_parameters(self) -> None:
        self._qs.remove(LEGACY_TRAVEL_KEY)

    # Databases used, folders of file dialogs ------------------------------------------------------
    RECENT_LIMIT = 8

    def recent_databases(self) -> list[str]:
        """The database files opened last, newest first (at most ``RECENT_LIMIT``; they may since have
        been moved or deleted: the caller checks)."""
        text = self._qs.value("files/recent_databases")
        try:
            values = json.loads(str(text)) if text else []
        except ValueError:
            log.warning("unreadable list of recent databases in the settings: ignored")
            return []
        if not isinstance(values, list):
            return []
        return [v for v in values if isinstance(v, str) and v][: self.RECENT_LIMIT]

    def add_recent_database(self, path: str) -> None:
        """Put ``path`` (absolute) first in the recent list."""
        recent = [p for p in self.recent_databases() if p != path]
        self._qs.setValue("files/recent_databases", json.dumps([path, *recent][: self.RECENT_LIMIT],
                                                               ensure_ascii=False))

    def remove_recent_database(self, path: str) -> None:
        self._qs.setValue("files/recent_databases",
                          json.dumps([p for p in self.recent_databases() if p != path], ensure_ascii=False))

    def last_database(self) -> str | None:
        """The database open when the app was last used (None before the first use)."""
        recent = self.recent_databases()
        return recent[0] if recent else None

    def last_folder(self) -> str | None:
        """The folder of the file last chosen in a file dialog."""
        value = self._qs.value("files/last_folder")
        return str(value) if value else None

    def set_last_folder(self, folder: str) -> None:
        self._qs.setValue("files/last_folder", folder)

    # Window geometry ------------------------------------------------------------------------------
    def window_geometry(self, name: str) -> QByteArray | None:
        """The saved geometry of the window whose objectName is ``name``."""
        return self._bytes(f"windows/{name}/geometry")

    def set_window_geometry(self, name: str, geometry: QByteArray) -> None:
        self._qs.setValue(f"windows/{name}/geometry", geometry)

    def window_state(self, name: str) -> QByteArray | None:
        """The saved toolbar/dock state of the main window ``name``."""
        return self._bytes(f"windows/{name}/state")

    def set_window_state(self, name: str, state: QByteArray) -> None:
        self._qs.setValue(f"windows/{name}/state", state)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, (bytes, bytearray)) and value:
            return QByteArray(bytes(value))
        return None
