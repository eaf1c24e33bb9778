"""Distances between places, in kilometres on the WGS-84 ellipsoid.

Every figure a person reads is the geodesic of Karney's algorithm (geographiclib, the library geopy's
``geodesic`` wraps; exact to the millimetre), called directly: importing ``geopy.distance`` would load
geopy's geocoders and with them ``urllib`` and ``ssl``, which a distance does not need. Large
matrices are screened first with a vectorised haversine (numpy), then measured with Lambert's
ellipsoidal formula (vectorised, within about 10 m), and only pairs that lie within
``REFINE_BAND_KM`` of a threshold are measured again with the exact geodesic. numpy and geographiclib
are imported on first use, never at start-up.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from geographiclib.geodesic import Geodesic
    from numpy.typing import NDArray

    FloatArray = NDArray[np.float64]
    IntArray = NDArray[np.intp]

HANOI = (21.0285, 105.8542)  # Ba Đình, the national capital
EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG)
WGS84_A_KM = 6378.137
WGS84_F = 1 / 298.257223563
# Haversine on the mean sphere differs from the geodesic by less than 0.6 %.
HAVERSINE_MARGIN = 0.006
# Lambert's formula is within a few metres over Vietnam's distances (largest error measured on 2,000
# random commune pairs: 2 m); pairs this close to a threshold are measured exactly before deciding
# on which side they fall.
REFINE_BAND_KM = 0.02

Point = tuple[float, float]
_DISTANCE = 1 << 10 | 1  # Geodesic.DISTANCE (geographiclib's output mask), without importing it here


@functools.cache
def _ellipsoid_km() -> Geodesic:
    """WGS-84 with its axis in kilometres: the ellipsoid geopy's ``geodesic`` builds, so the
    distances are geopy's to the last bit."""
    from geographiclib.geodesic import Geodesic

    return Geodesic(WGS84_A_KM, WGS84_F)


def geodesic_km(a: Point, b: Point) -> float:
    """The geodesic distance between two (latitude, longitude) points, in km."""
    lat1, lon1 = float(a[0]), float(a[1])
    lat2, lon2 = float(b[0]), float(b[1])
    if not (-90 <= lat1 <= 90 and -90 <= lat2 <= 90):
        raise ValueError(f"latitude outside -90..90: {a}, {b}")
    return _geodesic_km(lat1, lon1, lat2, lon2)


@functools.lru_cache(maxsize=65536)
def _geodesic_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    # Remembered: the travel model measures a place to its airport twice (choosing it, then the road leg).
    return float(_ellipsoid_km().Inverse(lat1, lon1, lat2, lon2, _DISTANCE)["s12"])


def geodesic_many_km(lat1: Iterable[float], lon1: Iterable[float],
                     lat2: Iterable[float], lon2: Iterable[float]) -> list[float]:
    """Exact geodesic distances for paired points (the algorithm geopy's ``geodesic`` runs)."""
    # geopy's ``geodesic`` wraps geographiclib's WGS-84 Geodesic; calling it directly skips
    # geopy's per-call object construction (about half the time).
    from geographiclib.geodesic import Geodesic

    inverse = Geodesic.WGS84.Inverse
    mask = Geodesic.DISTANCE
    return [inverse(a, b, c, d, mask)["s12"] / 1000.0 for a, b, c, d in zip(lat1, lon1, lat2, lon2)]


def haversine_km(lat1: FloatArray | float, lon1: FloatArray | float,
                 lat2: FloatArray | float, lon2: FloatArray | float) -> FloatArray:
    """Great-circle distance on the mean sphere, vectorised (numpy broadcasting)."""
    import numpy as np

    p1, p2 = np.radians(lat1), np.radians(lat2)
    dlat = p2 - p1
    dlon = np.radians(lon2) - np.radians(lon1)
    h = np.sin(dlat / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlon / 2) ** 2
    return np.asarray(2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0))), dtype=np.float64)


def lambert_km(lat1: FloatArray | float, lon1: FloatArray | float,
               lat2: FloatArray | float, lon2: FloatArray | float) -> FloatArray:
    """Lambert's formula for distances on the WGS-84 ellipsoid, vectorised (error about 10 m)."""
    import numpy as np

    f = WGS84_F
    b1 = np.arctan((1 - f) * np.tan(np.radians(lat1)))
    b2 = np.arctan((1 - f) * np.tan(np.radians(lat2)))
    dlon = np.radians(lon2) - np.radians(lon1)
    h = np.sin((b2 - b1) / 2) ** 2 + np.cos(b1) * np.cos(b2) * np.sin(dlon / 2) ** 2
    sigma = 2 * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
    p = (b1 + b2) / 2
    q = (b2 - b1) / 2
    with np.errstate(divide="ignore", invalid="ignore"):
        x = (sigma - np.sin(sigma)) * np.sin(p) ** 2 * np.cos(q) ** 2 / np.cos(sigma / 2) ** 2
        y = (sigma + np.sin(sigma)) * np.cos(p) ** 2 * np.sin(q) ** 2 / np.sin(sigma / 2) ** 2
        d = WGS84_A_KM * (sigma - f / 2 * (x + y))
    return np.asarray(np.where(sigma > 1e-12, d, 0.0), dtype=np.float64)


_pairs_lock = threading.Lock()
_last_pairs: list[tuple[bytes, bytes, float, tuple[IntArray, IntArray, FloatArray]]] = []


def pairs_within_km(lat: FloatArray, lon: FloatArray, km: float,
                    *, block: int = 512) -> tuple[IntArray, IntArray, FloatArray]:
    """All pairs (i < j) whose geodesic distance is below ``km``, with their distances (read-only
    arrays).

    Screened by haversine in row blocks, measured by Lambert's formula, and pairs within
    ``REFINE_BAND_KM`` of ``km`` measured again exactly, so the answer is the geodesic's. The last
    answer is remembered: one selection asks for the same points' pairs up to three times (the
    start, the spread start, the spacing rows), 0.5–0.8 s each at 150 km.
    """
    import numpy as np

    lat = np.asarray(lat, dtype=np.float64)
    lon = np.asarray(lon, dtype=np.float64)
    key_lat, key_lon = lat.tobytes(), lon.tobytes()
    with _pairs_lock:
        last = list(_last_pairs)
    for k_lat, k_lon, k_km, answer in last:
        if k_km == km and k_lat == key_lat and k_lon == key_lon:
            return answer
    answer = _pairs_within_km(lat, lon, km, block)
    for array in answer:
        array.flags.writeable = False
    with _pairs_lock:
        _last_pairs[:] = [(key_lat, key_lon, km, answer)]
    return answer


def _pairs_within_km(lat: FloatArray, lon: FloatArray, km: float,
                     block: int) -> tuple[IntArray, IntArray, FloatArray]:
    import numpy as np

    n = len(lat)
    reach = km * (1 + HAVERSINE_MARGIN) + REFINE_BAND_KM
    # Sorted by latitude, a block of rows only meets the columns within ``reach`` north or south.
    order = np.argsort(lat, kind="stable")
    slat, slon = lat[order], lon[order]
    dlat_deg = reach / 110.5 + 1e-9
    rows_i: list[IntArray] = []
    rows_j: list[IntArray] = []
    for start in range(0, n, block):
        stop = min(n, start + block)
        hi = int(np.searchsorted(slat, slat[stop - 1] + dlat_deg, side="right"))
        d = haversine_km(slat[start:stop, None], slon[start:stop, None], slat[None, start:hi],
                         slon[None, start:hi])
        ii, jj = np.nonzero(d < reach)
        ii = ii + start
        jj = jj + start
        keep = jj > ii
        a, b = order[ii[keep]], order[jj[keep]]
        rows_i.append(np.minimum(a, b))
        rows_j.append(np.maximum(a, b))
    i = np.concatenate(rows_i) if rows_i else np.zeros(0, dtype=np.intp)
    j = np.concatenate(rows_j) if rows_j else np.zeros(0, dtype=np.intp)
    dist = lambert_km(lat[i], lon[i], lat[j], lon[j])
    near = np.nonzero(np.abs(dist - km) < REFINE_BAND_KM)[0]
    if len(near):
        dist[near] = geodesic_many_km(lat[i[near]], lon[i[near]], lat[j[near]], lon[j[near]])
    keep = dist < km
    return i[keep], j[keep], dist[keep]


def conflict_matrix(lat: FloatArray, lon: FloatArray, km: float) -> NDArray[np.bool_]:
    """``m[i, j]``: points ``i`` and ``j`` are closer than ``km`` (the spacing's conflict graph; a new
    array the caller may change; the diagonal False)."""
    import numpy as np

    n = len(lat)
    adj = np.zeros((n, n), dtype=np.bool_)
    if km > 0 and n > 1:
        a, b, _ = pairs_within_km(lat, lon, km)
        adj[a, b] = True
        adj[b, a] = True
    return adj


def distances_to_km(lat: FloatArray, lon: FloatArray, target_lat: FloatArray | float,
                    target_lon: FloatArray | float) -> FloatArray:
    """Exact geodesic distances from each point to its target (one target or one per point)."""
    import numpy as np

    lat = np.asarray(lat, dtype=np.float64)
    lon = np.asarray(lon, dtype=np.float64)
    tlat = np.broadcast_to(np.asarray(target_lat, dtype=np.float64), lat.shape)
    tlon = np.broadcast_to(np.asarray(target_lon, dtype=np.float64), lat.shape)
    return np.asarray(geodesic_many_km(lat.tolist(), lon.tolist(), tlat.tolist(), tlon.tolist()),
                      dtype=np.float64)


def nearest_on_polyline(lat: FloatArray, lon: FloatArray,
                        lines: Sequence[Sequence[tuple[float, float]]]) -> tuple[FloatArray, FloatArray]:
    """For each point, the nearest point on any of ``lines`` ((lon, lat) vertex lists, GeoJSON order).

    Found in a local equirectangular projection around each point (exact enough to pick the
    nearest point; measure the distance to it with ``distances_to_km``).
    """
    import numpy as np

    lat = np.asarray(lat, dtype=np.float64)
    lon = np.asarray(lon, dtype=np.float64)
    segments = [np.asarray(line, dtype=np.float64) for line in lines if len(line) >= 2]
    a = np.concatenate([s[:-1] for s in segments])  # (m, 2) lon, lat
    b = np.concatenate([s[1:] for s in segments])
    best_lat = np.empty_like(lat)
    best_lon = np.empty_like(lon)
    for start in range(0, len(lat), 256):
        stop = min(len(lat), start + 256)
        k = np.cos(np.radians(lat[start:stop]))[:, None]  # x scale per point
        px, py = lon[start:stop, None] * k, lat[start:stop, None]
        ax, ay, bx, by = a[None, :, 0] * k, a[None, :, 1], b[None, :, 0] * k, b[None, :, 1]
        dx, dy = bx - ax, by - ay
        length2 = np.maximum(dx * dx + dy * dy, 1e-18)
        t = np.clip(((px - ax) * dx + (py - ay) * dy) / length2, 0.0, 1.0)
        cx, cy = ax + t * dx, ay + t * dy
        d2 = (cx - px) ** 2 + (cy - py) ** 2
        arg = np.argmin(d2, axis=1)
        rows = np.arange(stop - start)
        best_lon[start:stop] = cx[rows, arg] / k[:, 0]
        best_lat[start:stop] = cy[rows, arg]
    return best_lat, best_lon
