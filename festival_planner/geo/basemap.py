"""The offline basemap and the provincial seats, read from ``resources/`` (plain files, no Qt).

``scripts/make_basemap.py`` derives the GeoJSON files once from Natural Earth; this module only
reads them. Results are cached: the files never change while the program runs.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from festival_planner.resource_files import resource

Ring = list[tuple[float, float]]  # (lon, lat) vertices, GeoJSON order


@dataclass(frozen=True)
class Seat:
    """The administrative seat of a 2025 province: the ward that holds it, with coordinates."""

    province_code: str
    province: str
    seat_city: str
    ward_code: str
    ward: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class Area:
    """A named polygon layer item: its rings as (lon, lat) lists, outer and holes alike."""

    code: str
    name: str
    polygons: tuple[tuple[Ring, ...], ...]  # each polygon: outer ring first, then holes
    label: tuple[float, float] | None  # (lon, lat)
    properties: dict[str, Any]


@cache
def seats() -> dict[str, Seat]:
    """The 34 provincial seats by province code (``resources/provincial_seats.csv``)."""
    text = resource("provincial_seats.csv").read_text(encoding="utf-8")
    lines = [line for line in io.StringIO(text) if not line.startswith("#")]
    out = {}
    for row in csv.DictReader(lines):
        out[row["province_code"]] = Seat(row["province_code"], row["province"], row["seat_city"],
                                         row["ward_code"], row["ward"], float(row["latitude"]),
                                         float(row["longitude"]))
    return out


def _features(name: str) -> list[dict[str, Any]]:
    data = json.loads(resource("basemap", name).read_text(encoding="utf-8"))
    return list(data["features"])


def _polygons(geometry: dict[str, Any]) -> tuple[tuple[Ring, ...], ...]:
    coords = geometry["coordinates"]
    polys = [coords] if geometry["type"] == "Polygon" else coords if geometry["type"] == "MultiPolygon" else []
    return tuple(tuple([(float(x), float(y)) for x, y, *_ in ring] for ring in poly) for poly in polys)


def _areas(name: str, code_key: str) -> tuple[Area, ...]:
    out = []
    for f in _features(name):
        props = f["properties"]
        label = (props["label_lon"], props["label_lat"]) if "label_lon" in props else None
        out.append(Area(str(props.get(code_key, props.get("name_en", ""))), str(props["name"]),
                        _polygons(f["geometry"]), label, props))
    return tuple(out)


@cache
def provinces() -> tuple[Area, ...]:
    """The 34 provinces of 2025 (Hoàng Sa in Đà Nẵng, Trường Sa in Khánh Hòa)."""
    return _areas("provinces.geojson", "code")


@cache
def old_provinces() -> tuple[Area, ...]:
    """The 63 provinces before 2025 (an optional map layer)."""
    return _areas("old_provinces.geojson", "iso_3166_2")


@cache
def countries() -> tuple[Area, ...]:
    """Neighbouring countries, clipped to the map's frame."""
    return _areas("countries.geojson", "name_en")


@cache
def border_lines() -> tuple[Ring, ...]:
    """Vietnam's land border as (lon, lat) polylines."""
    lines: list[Ring] = []
    for f in _features("border.geojson"):
        g = f["geometry"]
        parts = [g["coordinates"]] if g["type"] == "LineString" else g["coordinates"]
        lines.extend([(float(x), float(y)) for x, y, *_ in part] for part in parts)
    return tuple(lines)


@cache
def labels() -> tuple[tuple[str, str, float, float], ...]:
    """Extra labels (kind, text, lon, lat): the two archipelagos, as Vietnamese."""
    return tuple((f["properties"]["kind"], f["properties"]["name"], float(f["geometry"]["coordinates"][0]),
                  float(f["geometry"]["coordinates"][1])) for f in _features("labels.geojson"))
