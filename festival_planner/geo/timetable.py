"""Departure and arrival times of a journey's legs (road to the airport, flight, road from the
airport), under the campaign's travel model (``geo.travel``).

A journey is timed either forward — leaving as soon as the previous engagement ends (``depart_after``)
— or backward — arriving by a deadline, e.g. half an hour before the ceremony (``arrive_by``). Legs
are taken one after another, each rounded up to 5 minutes, and only inside the daily travel window
(no convoy on mountain roads at night, no evening flight): a leg that does not end inside the day's
window waits for the next morning (backward: leaves the evening before). A leg longer than a whole
window keeps its length. Pure functions: no database, no Qt.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from festival_planner.geo.distance import HANOI
from festival_planner.geo.travel import Place, TravelEstimate, TravelLeg, TravelParameters

HOME = Place("Hà Nội", *HANOI)  # where central leaders leave from and return to
STEP_MINUTES = 5


@dataclass(frozen=True)
class TimedLeg:
    """One leg with its departure and arrival (local date-times)."""

    leg: TravelLeg
    depart: dt.datetime
    arrive: dt.datetime

    @property
    def minutes(self) -> int:
        return _minutes(self.leg.hours)


def _minutes(hours: float) -> int:
    """The leg's length in minutes, rounded up to ``STEP_MINUTES`` (at least one step)."""
    return max(STEP_MINUTES, math.ceil(hours * 60 / STEP_MINUTES - 1e-9) * STEP_MINUTES)


def _window(day: dt.date, params: TravelParameters) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(day, params.travel_day_start), dt.datetime.combine(day, params.travel_day_end)


def _round_up(moment: dt.datetime) -> dt.datetime:
    extra = (moment.minute % STEP_MINUTES) * 60 + moment.second + moment.microsecond / 1e6
    return moment if extra == 0 else moment + dt.timedelta(seconds=STEP_MINUTES * 60 - extra)


def _round_down(moment: dt.datetime) -> dt.datetime:
    return moment.replace(minute=moment.minute - moment.minute % STEP_MINUTES, second=0, microsecond=0)


def depart_after(journey: TravelEstimate, earliest: dt.datetime,
                 params: TravelParameters | None = None) -> tuple[TimedLeg, ...]:
    """The legs timed forward from ``earliest``: each leaves when the previous one arrives, inside
    the daily travel window."""
    params = params or TravelParameters()
    length = _window(earliest.date(), params)
    window_minutes = (length[1] - length[0]).total_seconds() / 60
    at = _round_up(earliest)
    timed: list[TimedLeg] = []
    for leg in journey.legs:
        minutes = _minutes(leg.hours)
        opens, closes = _window(at.date(), params)
        if at < opens:
            at = opens
        elif at >= closes or (at + dt.timedelta(minutes=minutes) > closes and minutes <= window_minutes):
            at = _window(at.date() + dt.timedelta(days=1), params)[0]
        arrive = at + dt.timedelta(minutes=minutes)
        timed.append(TimedLeg(leg, at, arrive))
        at = arrive
    return tuple(timed)


def arrive_by(journey: TravelEstimate, deadline: dt.datetime,
              params: TravelParameters | None = None) -> tuple[TimedLeg, ...]:
    """The legs timed backward so that the last one arrives by ``deadline``, inside the daily travel
    window (a journey that cannot leave early enough on the day leaves the day before)."""
    params = params or TravelParameters()
    opens, closes = _window(deadline.date(), params)
    window_minutes = (closes - opens).total_seconds() / 60
    at = _round_down(deadline)
    timed: list[TimedLeg] = []
    for leg in reversed(journey.legs):
        minutes = _minutes(leg.hours)
        opens, closes = _window(at.date(), params)
        if at > closes:
            at = closes
        elif at <= opens or (at - dt.timedelta(minutes=minutes) < opens and minutes <= window_minutes):
            at = _window(at.date() - dt.timedelta(days=1), params)[1]
        depart = at - dt.timedelta(minutes=minutes)
        timed.append(TimedLeg(leg, depart, at))
        at = depart
    return tuple(reversed(timed))
