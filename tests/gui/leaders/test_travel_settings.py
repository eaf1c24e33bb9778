"""The travel model in the settings: typed, round-tripped through JSON, defaults when unreadable;
the dialog refuses a travel window that ends before it starts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QTime

from festival_planner.geo.travel import TravelParameters
from festival_planner.gui.leaders.travel_dialog import TravelDialog
from festival_planner.gui.settings import Settings


def test_travel_parameters_round_trip_and_defaults(settings: Settings) -> None:
    assert settings.travel_parameters() == TravelParameters()
    changed = replace(TravelParameters(), mountain_speed_kmh=25.0, travel_day_end=dt.time(22, 30))
    settings.set_travel_parameters(changed)
    settings.sync()
    assert Settings().travel_parameters() == changed
    settings.set_travel_parameters(None)
    assert settings.travel_parameters() == TravelParameters()


def test_unreadable_travel_parameters_fall_back_to_defaults(settings: Settings) -> None:
    settings._qs.setValue("travel/parameters", "{not json")
    assert settings.travel_parameters() == TravelParameters()


def test_dialog_shows_values_and_refuses_an_empty_travel_window(qtbot) -> None:
    dialog = TravelDialog(replace(TravelParameters(), lowland_speed_kmh=45.0))
    qtbot.addWidget(dialog)
    assert dialog.spins["lowland_speed_kmh"].value() == 45.0
    assert dialog.parameters() == replace(TravelParameters(), lowland_speed_kmh=45.0)
    dialog.day_end.setTime(QTime(5, 0))
    dialog.accept()
    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.result() == 0
