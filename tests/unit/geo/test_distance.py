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


def test_geodesic_is_geopys_to_the_last_bit_over_vietnam_and_beyond() -> None:
    import random

    from geopy.distance import geodesic

    rng = random.Random(19)
    pairs = [((rng.uniform(8.0, 23.5), rng.uniform(102.0, 110.0)), (rng.uniform(8.0, 23.5), rng.uniform(102.0, 110.0)))
             for _ in range(500)]
    pairs += [((rng.uniform(-90, 90), rng.uniform(-180, 180)), (rng.uniform(-90, 90), rng.uniform(-180, 180)))
              for _ in range(200)]
    pairs += [(HANOI, HANOI), ((0.0, 0.0), (0.0, 180.0)), ((90.0, 0.0), (-90.0, 0.0)),
              ((10.5, 106.0), (10.5, 106.0001))]
    for a, b in pairs:
        assert geodesic_km(a, b) == geodesic(a, b).km, (a, b)


def test_a_latitude_outside_the_globe_is_refused_as_geopy_refuses_it() -> None:
    with pytest.raises(ValueError):
        geodesic_km((91.0, 105.0), HANOI)


def test_a_distance_loads_no_geocoder_no_urllib_and_no_ssl() -> None:
    import subprocess
    import sys

    code = ("import sys\n"
            "from festival_planner.geo.distance import HANOI, geodesic_km\n"
            "from festival_planner.geo.travel import Place, TravelParameters, estimate\n"
            "assert geodesic_km(HANOI, (10.7769, 106.7009)) > 1000\n"
            "estimate(Place('a', 21.0, 105.8, False), Place('b', 10.8, 106.7, False), TravelParameters())\n"
            "print(sorted(m for m in ('ssl', 'urllib.request', 'geopy', 'geopy.geocoders', 'http.client')"
            " if m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr
