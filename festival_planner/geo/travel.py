"""A transparent travel-time model between festival sites, which the user can read and adjust.

By road: geodesic distance × a road factor ÷ an average speed, both by terrain (mountain when either
end is in a mountain region). By air: road to the origin's nearest civil airport, a fixed overhead
(check-in, boarding, leaving the airport) plus the flight at cruising speed, and road from the
destination's nearest airport — used when faster. Travel happens only in daylight hours (no
convoy on mountain roads at night), so the time available between two engagements counts only the
hours inside the daily travel window. Airports: ``resources/airports.csv`` (IATA code, coordinates).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import math
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from festival_planner.geo.distance import HAVERSINE_MARGIN, Point, geodesic_km

# Regions whose roads are mountain roads (codes of festival_planner.domain.regions).
MOUNTAIN_REGIONS = frozenset({"tay_bac", "tay_bac_mo_rong", "tay_nguyen"})


@dataclass(frozen=True)
class TravelParameters:
    """The model's parameters, with defaults; saved with each campaign and adjustable in the Leaders
    workspace ("Thông số di chuyển…")."""

    road_factor: float = 1.35  # road km per geodesic km, lowland
    mountain_road_factor: float = 1.6  # road km per geodesic km, mountain
    lowland_speed_kmh: float = 50.0  # average convoy speed, lowland
    mountain_speed_kmh: float = 30.0  # average convoy speed, mountain
    flight_speed_kmh: float = 600.0  # gate-to-gate average of a domestic flight
    airport_overhead_h: float = 2.0  # check-in, boarding, taxi, leaving the arrival airport
    min_flight_km: float = 250.0  # shorter hops are never flown
    travel_day_start: dt.time = dt.time(5, 30)  # daily travel window
    travel_day_end: dt.time = dt.time(21, 0)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["travel_day_start"] = self.travel_day_start.strftime("%H:%M")
        data["travel_day_end"] = self.travel_day_end.strftime("%H:%M")
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TravelParameters:
        """Parameters from ``to_json`` output (unknown keys ignored, missing ones default)."""
        params = cls()
        known = {f.name for f in fields(cls)}
        changes: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue
            if key.startswith("travel_day_"):
                hour, minute = str(value).split(":")
                changes[key] = dt.time(int(hour), int(minute))
            else:
                changes[key] = float(value)
        return replace(params, **changes)


# The range each number may take (the dialog's spin boxes and the services' check use these).
LIMITS: dict[str, tuple[float, float]] = {
    "road_factor": (1.0, 3.0), "mountain_road_factor": (1.0, 3.0),
    "lowland_speed_kmh": (10.0, 120.0), "mountain_speed_kmh": (10.0, 120.0),
    "flight_speed_kmh": (200.0, 1000.0), "airport_overhead_h": (0.0, 8.0), "min_flight_km": (0.0, 2000.0),
}


@dataclass(frozen=True)
class Place:
    """A point to travel from or to."""

    name: str
    latitude: float
    longitude: float
    mountainous: bool = False

    @property
    def point(self) -> Point:
        return (self.latitude, self.longitude)


@dataclass(frozen=True)
class Airport:
    iata: str
    name: str
    province: str
    latitude: float
    longitude: float

    @property
    def point(self) -> Point:
        return (self.latitude, self.longitude)


@dataclass(frozen=True)
class TravelLeg:
    """One leg of a journey: by road or by air, with its distance and time."""

    mode: str  # "road" or "air"
    origin: str
    destination: str
    km: float
    hours: float

    def to_json(self) -> dict[str, Any]:
        return {"mode": self.mode, "from": self.origin, "to": self.destination, "km": round(self.km, 1),
                "hours": round(self.hours, 2)}


@dataclass(frozen=True)
class TravelEstimate:
    """The fastest way between two places under the model."""

    mode: str  # "road", "air" (with road legs) or "none" (same place)
    hours: float
    legs: tuple[TravelLeg, ...]

    @property
    def km(self) -> float:
        return sum(leg.km for leg in self.legs)

    def to_json(self) -> dict[str, Any]:
        return {"mode": self.mode, "hours": round(self.hours, 2), "km": round(self.km, 1),
                "legs": [leg.to_json() for leg in self.legs]}


@functools.cache
def airports() -> tuple[Airport, ...]:
    """Vietnam's civil airports from ``resources/airports.csv``."""
    from festival_planner.resource_files import resource  # importlib.resources: only when a journey is priced

    text = resource("airports.csv").read_text(encoding="utf-8")
    return tuple(Airport(r["iata"], r["name"], r["province"], float(r["latitude"]), float(r["longitude"]))
                 for r in csv.DictReader(io.StringIO(text)))


@functools.lru_cache(maxsize=8192)
def _screen_km(a: Point, b: Point) -> float:
    """Great-circle km on a sphere (within ~0.5 % of the geodesic): only to shortlist airports."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


# Airports on an island serve only their island (points within this many km): a mainland commune is
# never reached by road from Côn Đảo or Phú Quốc across the sea.
ISLAND_AIRPORTS = {"VCS": 25.0, "PQC": 40.0}


@functools.lru_cache(maxsize=8192)
def nearest_airport(point: Point) -> tuple[Airport, float]:
    """The civil airport nearest (geodesic) to ``point`` and its distance in km (an island's airport
    only for points on its island, ``ISLAND_AIRPORTS``).

    The three nearest on the sphere are measured exactly: the sphere's error (< 0.5 %) cannot put the
    geodesically nearest airport further down than that."""
    usable = [a for a in airports() if _screen_km(point, a.point) <= ISLAND_AIRPORTS.get(a.iata, math.inf)]
    shortlist = sorted(usable, key=lambda a: _screen_km(point, a.point))[:3]
    best: tuple[Airport, float] | None = None
    for airport in shortlist:
        if best is not None and _screen_km(point, airport.point) * (1 - HAVERSINE_MARGIN) > best[1]:
            break  # the sphere's largest error cannot bring this one (nor the next) nearer than the best
        km = geodesic_km(point, airport.point)
        if best is None or km < best[1]:
            best = (airport, km)
    if best is None:
        raise ValueError(f"no airport for {point}")
    return best


def road_leg(origin: Place | Airport, destination: Place | Airport, mountainous: bool,
             params: TravelParameters) -> TravelLeg:
    """A road leg: geodesic km × road factor ÷ speed, mountain or lowland."""
    factor = params.mountain_road_factor if mountainous else params.road_factor
    speed = params.mountain_speed_kmh if mountainous else params.lowland_speed_kmh
    km = geodesic_km(origin.point, destination.point) * factor
    return TravelLeg("road", _name(origin), _name(destination), km, km / speed)


def _name(place: Place | Airport) -> str:
    return f"{place.iata} {place.name}" if isinstance(place, Airport) else place.name


def estimate(origin: Place, destination: Place, params: TravelParameters | None = None) -> TravelEstimate:
    """The fastest journey between two places: by road, or by air with road legs when faster."""
    params = params or TravelParameters()
    if origin.point == destination.point:
        return TravelEstimate("none", 0.0, ())
    road = road_leg(origin, destination, origin.mountainous or destination.mountainous, params)
    best = TravelEstimate("road", road.hours, (road,))
    from_airport, _ = nearest_airport(origin.point)
    to_airport, _ = nearest_airport(destination.point)
    flight_km = geodesic_km(from_airport.point, to_airport.point)
    if from_airport != to_airport and flight_km >= params.min_flight_km:
        first = road_leg(origin, from_airport, origin.mountainous, params)
        flight = TravelLeg("air", _name(from_airport), _name(to_airport), flight_km,
                           params.airport_overhead_h + flight_km / params.flight_speed_kmh)
        last = road_leg(to_airport, destination, destination.mountainous, params)
        hours = first.hours + flight.hours + last.hours
        if hours < best.hours:
            best = TravelEstimate("air", hours, (first, flight, last))
    return best


def travel_hours_between(start: dt.datetime, end: dt.datetime, params: TravelParameters | None = None) -> float:
    """Hours between ``start`` and ``end`` that fall inside the daily travel window (negative when
    ``end`` is before ``start``: the two engagements overlap)."""
    params = params or TravelParameters()
    if end <= start:
        return (end - start).total_seconds() / 3600
    total = 0.0
    day = start.date()
    while day <= end.date():
        window_start = dt.datetime.combine(day, params.travel_day_start)
        window_end = dt.datetime.combine(day, params.travel_day_end)
        lo, hi = max(start, window_start), min(end, window_end)
        if hi > lo:
            total += (hi - lo).total_seconds() / 3600
        day += dt.timedelta(days=1)
    return total
