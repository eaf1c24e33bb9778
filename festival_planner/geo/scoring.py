"""Remoteness scoring of candidate communes: named criteria, each normalised to 0..1 and weighted.

A candidate's score is the sum of its criteria's contributions (``weight × normalised``; the
past-host criterion is a penalty and subtracts). Every candidate keeps its breakdown, so a person
can see why one commune outranks another. numpy is imported on first use.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from festival_planner.geo.distance import HANOI

# Criteria in display order.
CRITERIA = ("region", "seat_distance", "hanoi_distance", "kind", "area", "border", "past_host")
PENALTIES = frozenset({"past_host"})

DEFAULT_WEIGHTS: dict[str, float] = {
    "region": 3.0, "seat_distance": 1.5, "hanoi_distance": 0.5, "kind": 1.0, "area": 1.0,
    "border": 1.0, "past_host": 2.0,
}
# How much each region counts (0..1); a commune takes the best of its regions.
DEFAULT_REGION_WEIGHTS: dict[str, float] = {
    "tay_bac": 1.0, "tay_bac_mo_rong": 0.8, "tay_nguyen": 1.0, "tay_nam_bo": 1.0,
    "dong_bac": 0.2, "bac_trung_bo": 0.2, "nam_trung_bo": 0.2, "dong_nam_bo": 0.0,
    "dong_bang_song_hong": 0.0,
}
KIND_VALUES: dict[str, float] = {"dac_khu": 1.0, "xa": 0.7, "phuong": 0.0}
SEAT_DISTANCE_FULL_KM = 150.0  # this far from the provincial seat counts fully remote
BORDER_REACH_KM = 100.0  # proximity to the land border fades to nothing at this distance
AREA_FULL_KM2 = 400.0  # log-scaled: this large a commune counts fully


@dataclass(frozen=True)
class Candidate:
    """A commune that could host a site, as plain values."""

    code: str
    name: str
    province_code: str
    province: str
    kind: str  # xa / phuong / dac_khu
    regions: tuple[str, ...]
    latitude: float
    longitude: float
    area_km2: float | None = None


@dataclass(frozen=True)
class CriterionValue:
    """One line of a breakdown: the raw measure, its 0..1 value, its weight and contribution."""

    criterion: str
    raw: float
    normalised: float
    weight: float
    contribution: float

    def to_json(self) -> dict[str, Any]:
        return {"criterion": self.criterion, "raw": round(self.raw, 3),
                "normalised": round(self.normalised, 4), "weight": self.weight,
                "contribution": round(self.contribution, 4)}


@dataclass(frozen=True)
class Weights:
    """The user's weights: per criterion, per region, and how many past campaigns count."""

    criteria: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    regions: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_REGION_WEIGHTS))
    past_campaigns: int = 3

    def weight(self, criterion: str) -> float:
        return float(self.criteria.get(criterion, DEFAULT_WEIGHTS[criterion]))

    def region_weight(self, region: str) -> float:
        return float(self.regions.get(region, DEFAULT_REGION_WEIGHTS.get(region, 0.0)))

    def to_json(self) -> dict[str, Any]:
        return {"criteria": {c: self.weight(c) for c in CRITERIA},
                "regions": {r: self.region_weight(r) for r in sorted({*DEFAULT_REGION_WEIGHTS, *self.regions})},
                "past_campaigns": self.past_campaigns}


@dataclass(frozen=True)
class Measures:
    """Raw per-candidate measures that need geography: distances in km (geodesic)."""

    seat_km: Sequence[float]
    hanoi_km: Sequence[float]
    border_km: Sequence[float]


@dataclass(frozen=True)
class Scored:
    """Scores and breakdowns of candidates, in the candidates' order."""

    candidates: tuple[Candidate, ...]
    scores: tuple[float, ...]
    breakdowns: tuple[tuple[CriterionValue, ...], ...]

    def index(self) -> dict[str, int]:
        return {c.code: i for i, c in enumerate(self.candidates)}


def measure(candidates: Sequence[Candidate], seats: Mapping[str, tuple[float, float]],
            border_lines: Sequence[Sequence[tuple[float, float]]]) -> Measures:
    """Geodesic distances of every candidate to its provincial seat, to Hà Nội and to the land border."""
    import numpy as np

    from festival_planner.geo.distance import distances_to_km, nearest_on_polyline

    lat = np.array([c.latitude for c in candidates], dtype=np.float64)
    lon = np.array([c.longitude for c in candidates], dtype=np.float64)
    seat_lat = np.array([seats[c.province_code][0] for c in candidates], dtype=np.float64)
    seat_lon = np.array([seats[c.province_code][1] for c in candidates], dtype=np.float64)
    seat = distances_to_km(lat, lon, seat_lat, seat_lon)
    hanoi = distances_to_km(lat, lon, HANOI[0], HANOI[1])
    if border_lines:
        blat, blon = nearest_on_polyline(lat, lon, border_lines)
        border = distances_to_km(lat, lon, blat, blon)
    else:
        border = np.full(len(candidates), math.inf)
    return Measures(seat.tolist(), hanoi.tolist(), border.tolist())


def score(candidates: Sequence[Candidate], measures: Measures, weights: Weights,
          past_hosts: Mapping[str, int] | None = None) -> Scored:
    """Score every candidate; ``past_hosts`` maps a code to how many recent campaigns it hosted."""
    past_hosts = past_hosts or {}
    hanoi_max = max(measures.hanoi_km, default=1.0) or 1.0
    area_full = math.log1p(AREA_FULL_KM2)
    scores: list[float] = []
    breakdowns: list[tuple[CriterionValue, ...]] = []
    for i, c in enumerate(candidates):
        region_raw = max((weights.region_weight(r) for r in c.regions), default=0.0)
        hosted = float(past_hosts.get(c.code, 0))
        border_km = measures.border_km[i]
        area = c.area_km2 or 0.0
        values = {
            "region": (region_raw, min(max(region_raw, 0.0), 1.0)),
            "seat_distance": (measures.seat_km[i], min(measures.seat_km[i] / SEAT_DISTANCE_FULL_KM, 1.0)),
            "hanoi_distance": (measures.hanoi_km[i], measures.hanoi_km[i] / hanoi_max),
            "kind": (KIND_VALUES.get(c.kind, 0.0), KIND_VALUES.get(c.kind, 0.0)),
            "area": (area, min(math.log1p(area) / area_full, 1.0)),
            "border": (border_km, max(0.0, 1.0 - border_km / BORDER_REACH_KM) if math.isfinite(border_km)
                       else 0.0),
            "past_host": (hosted, min(hosted, 1.0)),
        }
        lines = []
        total = 0.0
        for criterion in CRITERIA:
            raw, normalised = values[criterion]
            w = weights.weight(criterion)
            contribution = -w * normalised if criterion in PENALTIES else w * normalised
            total += contribution
            lines.append(CriterionValue(criterion, float(raw), float(normalised), w, contribution))
        scores.append(total)
        breakdowns.append(tuple(lines))
    return Scored(tuple(candidates), tuple(scores), tuple(breakdowns))
