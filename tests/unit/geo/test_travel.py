"""The travel-time model: road by terrain, air between nearest airports when faster, daylight hours."""

from __future__ import annotations

import datetime as dt

import pytest

from festival_planner.geo.distance import geodesic_km
from festival_planner.geo.travel import (
    Place,
    TravelParameters,
    airports,
    estimate,
    nearest_airport,
    travel_hours_between,
)

SIN_THAU = Place("Xã Sín Thầu, Điện Biên", 22.38, 102.35, mountainous=True)
DAT_MUI = Place("Xã Đất Mũi, Cà Mau", 8.63, 104.79)
CAN_THO = Place("Cần Thơ", 10.03, 105.78)
SOC_TRANG = Place("Sóc Trăng", 9.60, 105.97)


def test_airports_table_is_vietnam_civil_airports() -> None:
    table = airports()
    codes = [a.iata for a in table]
    assert len(codes) == len(set(codes)) >= 20
    assert {"HAN", "SGN", "DAD", "DIN", "CAH", "PQC", "BMV"} <= set(codes)
    assert all(8 <= a.latitude <= 23.5 and 102 <= a.longitude <= 110 for a in table)


def test_nearest_airport() -> None:
    airport, km = nearest_airport(SIN_THAU.point)
    assert airport.iata == "DIN"
    assert km == pytest.approx(geodesic_km(SIN_THAU.point, airport.point))


def test_an_island_airport_serves_only_its_island() -> None:
    dong_hai = (9.55083, 106.443)  # Xã Đông Hải (Vĩnh Long), on the coast: nearer Côn Đảo than Cần Thơ
    con_dao = next(a for a in airports() if a.iata == "VCS")
    assert geodesic_km(dong_hai, con_dao.point) < geodesic_km(dong_hai, (10.0851, 105.7119))
    assert nearest_airport(dong_hai)[0].iata != "VCS"
    assert nearest_airport((8.68, 106.61))[0].iata == "VCS"  # Côn Đảo town
    assert nearest_airport((10.22, 103.96))[0].iata == "PQC"  # Phú Quốc


def test_short_lowland_trip_is_by_road_with_the_documented_formula() -> None:
    params = TravelParameters()
    trip = estimate(CAN_THO, SOC_TRANG, params)
    km = geodesic_km(CAN_THO.point, SOC_TRANG.point)
    assert trip.mode == "road"
    assert trip.km == pytest.approx(km * params.road_factor)
    assert trip.hours == pytest.approx(km * params.road_factor / params.lowland_speed_kmh)


def test_mountain_roads_are_slower() -> None:
    flat = estimate(CAN_THO, SOC_TRANG)
    steep = estimate(CAN_THO, Place("same point, mountain", SOC_TRANG.latitude, SOC_TRANG.longitude, True))
    assert steep.hours > flat.hours * 1.5


def test_long_trip_flies_between_nearest_airports_with_road_legs() -> None:
    trip = estimate(SIN_THAU, DAT_MUI)
    assert trip.mode == "air"
    assert [leg.mode for leg in trip.legs] == ["road", "air", "road"]
    assert trip.legs[1].origin.startswith("DIN") and trip.legs[1].destination.startswith("CAH")
    assert trip.hours == pytest.approx(sum(leg.hours for leg in trip.legs))
    assert trip.hours < estimate(SIN_THAU, DAT_MUI, TravelParameters(flight_speed_kmh=1, min_flight_km=10_000)).hours


def test_parameters_change_the_estimate_and_round_trip_through_json() -> None:
    slow = TravelParameters(airport_overhead_h=6.0)
    assert estimate(SIN_THAU, DAT_MUI, slow).hours > estimate(SIN_THAU, DAT_MUI).hours
    assert TravelParameters.from_json(slow.to_json()) == slow
    assert TravelParameters.from_json({"unknown": 1}) == TravelParameters()


def test_same_place_needs_no_travel() -> None:
    assert estimate(CAN_THO, CAN_THO).hours == 0


def test_available_hours_count_only_the_daily_travel_window() -> None:
    params = TravelParameters(travel_day_start=dt.time(6), travel_day_end=dt.time(21))
    day = dt.date(2026, 8, 12)
    assert travel_hours_between(dt.datetime.combine(day, dt.time(11, 30)),
                                dt.datetime.combine(day, dt.time(14)), params) == pytest.approx(2.5)
    # 11:30–21:00 on the first day, 06:00–07:30 on the next: 9.5 + 1.5 hours, not 20.
    next_day = day + dt.timedelta(days=1)
    assert travel_hours_between(dt.datetime.combine(day, dt.time(11, 30)),
                                dt.datetime.combine(next_day, dt.time(7, 30)), params) == pytest.approx(11)
    # Overlapping engagements: negative.
    assert travel_hours_between(dt.datetime.combine(day, dt.time(11)),
                                dt.datetime.combine(day, dt.time(8)), params) == pytest.approx(-3)


def test_nearest_airport_is_the_nearest_of_all_measured_exactly_across_vietnam() -> None:
    import math

    from festival_planner.geo.travel import ISLAND_AIRPORTS, _screen_km

    points = [(8.5 + 0.37 * i, 102.1 + 0.41 * j) for i in range(42) for j in range(20)]
    points += [(8.68, 106.61), (10.22, 103.96), (10.0, 104.02), (21.0285, 105.8542)]
    # halfway between two airports the sphere and the ellipsoid can disagree on which is nearer
    points += [((a.latitude + b.latitude) / 2 + d, (a.longitude + b.longitude) / 2 + d)
               for a in airports() for b in airports() if a.iata < b.iata for d in (-0.004, 0.0, 0.004)]
    for point in points:
        usable = [a for a in airports() if _screen_km(point, a.point) <= ISLAND_AIRPORTS.get(a.iata, math.inf)]
        expected = min(((a, geodesic_km(point, a.point)) for a in usable), key=lambda item: item[1])
        assert nearest_airport(point) == expected, point
