"""Distances between places, in kilometres on the WGS-84 ellipsoid (geopy's geodesic).

geopy is imported on first use, never at start-up.
"""

from __future__ import annotations

HANOI = (21.0285, 105.8542)  # Ba Đình, the national capital

Point = tuple[float, float]


def geodesic_km(a: Point, b: Point) -> float:
    """The geodesic distance between two (latitude, longitude) points, in km."""
    from geopy.distance import geodesic

    return float(geodesic(a, b).km)


def km_from_hanoi(point: Point) -> float:
    """How far a place is from Hà Nội, in km (a first measure of remoteness)."""
    return geodesic_km(HANOI, point)
