"""Departure and arrival times of a journey's legs (``geo.timetable``): one after another, rounded up
to 5 minutes, inside the daily travel window, forward from a departure or backward from a deadline."""

from __future__ import annotations

import datetime as dt

from festival_planner.geo.timetable import arrive_by, depart_after
from festival_planner.geo.travel import TravelEstimate, TravelLeg, TravelParameters

PARAMS = TravelParameters()  # travel window 05:30-21:00
AIR = TravelEstimate("air", 0.0, (TravelLeg("road", "Hà Nội", "HAN Nội Bài", 30.0, 0.6),
                                  TravelLeg("air", "HAN Nội Bài", "VCA Cần Thơ", 1232.0, 4.05),
                                  TravelLeg("road", "VCA Cần Thơ", "Xã Xà Phiên, Cần Thơ", 73.0, 1.46)))


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 7, day, hour, minute)


def test_forward_legs_follow_each_other_rounded_up_to_five_minutes() -> None:
    legs = depart_after(AIR, at(16, 11, 31), PARAMS)
    assert [(t.depart, t.arrive) for t in legs] == [
        (at(16, 11, 35), at(16, 12, 15)),  # 0.6 h = 36 min → 40
        (at(16, 12, 15), at(16, 16, 20)),  # 4.05 h = 243 min → 245
        (at(16, 16, 20), at(16, 17, 50)),  # 1.46 h = 87.6 min → 90
    ]


def test_a_leg_that_would_end_after_the_travel_window_waits_for_the_next_morning() -> None:
    legs = depart_after(AIR, at(16, 17, 0), PARAMS)  # the flight would land at 21:45
    assert [(t.depart, t.arrive) for t in legs] == [
        (at(16, 17, 0), at(16, 17, 40)),
        (at(17, 5, 30), at(17, 9, 35)),
        (at(17, 9, 35), at(17, 11, 5)),
    ]


def test_a_departure_at_night_leaves_at_the_start_of_the_window() -> None:
    legs = depart_after(AIR, at(16, 3, 0), PARAMS)
    assert legs[0].depart == at(16, 5, 30)


def test_backward_the_last_leg_arrives_by_the_deadline() -> None:
    legs = arrive_by(AIR, at(16, 17, 0), PARAMS)
    assert legs[-1].arrive == at(16, 17, 0)
    assert [t.arrive for t in legs[:-1]] == [t.depart for t in legs[1:]]
    assert legs[0].depart == at(16, 17, 0) - dt.timedelta(minutes=40 + 245 + 90)


def test_backward_a_morning_deadline_means_travelling_the_evening_before() -> None:
    legs = arrive_by(AIR, at(16, 7, 30), PARAMS)  # the flight cannot leave before 05:30 and land by 06:00
    assert [(t.depart, t.arrive) for t in legs] == [
        (at(15, 16, 15), at(15, 16, 55)),
        (at(15, 16, 55), at(15, 21, 0)),
        (at(16, 6, 0), at(16, 7, 30)),
    ]


def test_no_legs_no_times() -> None:
    assert depart_after(TravelEstimate("none", 0.0, ()), at(16, 9)) == ()
    assert arrive_by(TravelEstimate("none", 0.0, ()), at(16, 9)) == ()
