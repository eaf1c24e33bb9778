"""Geodesic distances through geopy."""

from __future__ import annotations

import pytest

from festival_planner.geo.distance import HANOI, geodesic_km


def test_hanoi_to_ho_chi_minh_city_is_about_1140_km() -> None:
    assert geodesic_km(HANOI, (10.7769, 106.7009)) == pytest.approx(1138, abs=10)


def test_distance_is_symmetric_and_zero_on_itself() -> None:
    a, b = (22.38, 102.35), (9.18, 105.15)
    assert geodesic_km(a, b) == pytest.approx(geodesic_km(b, a))
    assert geodesic_km(HANOI, HANOI) == 0
