"""From the services' snapshots to the map's plain values: communes as scored points, sites as markers."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from festival_planner.domain.regions import find_region, region_display_name
from festival_planner.geo.scoring import Scored
from festival_planner.gui.mapview.scene import MapPoint, MapSite, tooltip_text
from festival_planner.services.sites import SiteRow

SITE_COLOUR = "#1f3b99"
CHOSEN_COLOUR = "#0a7d32"
HIGHLIGHT_COLOUR = "#d81b60"


def region_names(codes: Iterable[str]) -> str:
    """The regions' names, comma separated."""
    return ", ".join(region_display_name(r.code) for r in (find_region(code) for code in codes) if r is not None)


def map_points(scored: Scored) -> list[MapPoint]:
    """Every scored commune as a map point with its hover text (name, province, region, breakdown)."""
    points = []
    for c, score, lines in zip(scored.candidates, scored.scores, scored.breakdowns):
        tip = tooltip_text(c.name, c.province, region_names(c.regions), score,
                           [(v.criterion, v.raw, v.normalised, v.weight, v.contribution) for v in lines])
        points.append(MapPoint(c.code, c.latitude, c.longitude, score, tip))
    return points


def map_sites(rows: Iterable[SiteRow], highlighted: object = None) -> list[MapSite]:
    """The campaign's sites as labelled markers (the highlighted one, by id, in another colour)."""
    out = []
    for row in rows:
        c = row.commune
        if c.latitude is None or c.longitude is None:
            continue
        colour = HIGHLIGHT_COLOUR if row.id == highlighted else SITE_COLOUR
        out.append(MapSite(c.code, c.short_name or c.name, c.latitude, c.longitude, colour))
    return out


def chosen_sites(scored: Scored, chosen: Iterable[int], highlighted: str | None = None) -> list[MapSite]:
    """Chosen candidates (indices) as markers; ``highlighted`` (a commune code) stands out."""
    out = []
    for i in chosen:
        c = scored.candidates[i]
        colour = HIGHLIGHT_COLOUR if c.code == highlighted else CHOSEN_COLOUR
        out.append(MapSite(c.code, c.name, c.latitude, c.longitude, colour))
    return out


def counts_by_province(codes: Iterable[str]) -> dict[str, float]:
    """How many of ``codes`` (province codes) each province has."""
    counts: dict[str, float] = {}
    for code in codes:
        counts[code] = counts.get(code, 0.0) + 1
    return counts


def spread_to_provinces(region_counts: Mapping[str, float], province_regions: Mapping[str, Iterable[str]]
                        ) -> dict[str, float]:
    """A region value painted on each province of the region (the largest when a province has several)."""
    out: dict[str, float] = {}
    for province, regions in province_regions.items():
        out[province] = max((region_counts.get(r, 0.0) for r in regions), default=0.0)
    return out
