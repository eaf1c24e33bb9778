"""The one place that reads and writes QSettings: typed getters and setters.

Settings hold preferences only (language, last year shown, window geometry); user data lives in the
database. The file is an INI file under the user's config folder; tests redirect it with
``QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tmp)``.
"""

from __future__ import annotations

import logging

import json

from PySide6.QtCore import QByteArray, QSettings

from festival_planner import APP_NAME
from festival_planner.geo.travel import TravelParameters

log = logging.getLogger(__name__)

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"


class Settings:
    """Typed access to the application's preferences."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        # Organisation name is empty on purpose; name the file explicitly so it is never "Unknown Organization".
        self._qs = qsettings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)

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
        value = str(self._qs.value("ui/language", DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self._qs.setValue("ui/language", language)

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

    # Travel model ---------------------------------------------------------------------------------
    def travel_parameters(self) -> TravelParameters:
        """The travel-time model the conflicts use (defaults when unset or unreadable)."""
        text = self._qs.value("travel/parameters")
        if not text:
            return TravelParameters()
        try:
            return TravelParameters.from_json(json.loads(str(text)))
        except (TypeError, ValueError, AttributeError) as exc:
            log.warning("unreadable travel parameters in the settings (%s): defaults used", exc)
            return TravelParameters()

    def set_travel_parameters(self, params: TravelParameters | None) -> None:
        """Store the travel model (None: back to the defaults)."""
        if params is None or params == TravelParameters():
            self._qs.remove("travel/parameters")
        else:
            self._qs.setValue("travel/parameters", json.dumps(params.to_json()))

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
