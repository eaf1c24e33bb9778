"""The committed basemap: 34 provinces (archipelagos inside Đà Nẵng and Khánh Hòa), 63 old ones,
neighbours, the land border; the seats table."""

from __future__ import annotations

from festival_planner.geo import basemap


def _bbox(area: basemap.Area) -> tuple[float, float, float, float]:
    xs = [x for poly in area.polygons for ring in poly for x, _ in ring]
    ys = [y for poly in area.polygons for ring in poly for _, y in ring]
    return min(xs), min(ys), max(xs), max(ys)


def test_provinces_and_archipelagos() -> None:
    provinces = {a.code: a for a in basemap.provinces()}
    assert len(provinces) == 34 and set(provinces) == set(basemap.seats())
    assert _bbox(provinces["48"])[2] > 111.5  # Đà Nẵng reaches out to Hoàng Sa
    assert _bbox(provinces["56"])[2] > 114.0  # Khánh Hòa reaches out to Trường Sa
    assert {name for kind, name, _, _ in basemap.labels() if kind == "archipelago"} == {
        "Quần đảo Hoàng Sa", "Quần đảo Trường Sa"}
    china = next(a for a in basemap.countries() if a.code == "China")
    assert not any(111.0 < x < 113.0 and 15.5 < y < 17.5
                   for poly in china.polygons for ring in poly for x, y in ring)


def test_old_provinces_map_to_new_ones_and_border_exists() -> None:
    old = basemap.old_provinces()
    assert len(old) == 63
    assert {a.properties["new_code"] for a in old} == {a.code for a in basemap.provinces()}
    names = {a.code: a.name for a in old}
    assert names["VN-53"] == "Bắc Kạn" and names["VN-39"] == "Đồng Nai" and names["VN-66"] == "Hưng Yên"
    lines = basemap.border_lines()
    assert sum(len(line) for line in lines) > 200
    assert {a.code for a in basemap.countries()} >= {"China", "Laos", "Cambodia", "Thailand"}


def test_seats_lie_in_their_province_box() -> None:
    provinces = {a.code: a for a in basemap.provinces()}
    for code, seat in basemap.seats().items():
        x0, y0, x1, y1 = _bbox(provinces[code])
        assert x0 <= seat.longitude <= x1 and y0 <= seat.latitude <= y1, seat


def _inside(point: tuple[float, float], area: basemap.Area) -> bool:
    """Even-odd ray casting over every ring of the area (holes count as outside)."""
    x, y = point
    inside = False
    for poly in area.polygons:
        for ring in poly:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
                if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                    inside = not inside
    return inside


def _holder(point: tuple[float, float]) -> list[str]:
    return [a.name for a in basemap.provinces() if _inside(point, a)]


def test_islands_are_drawn_in_their_own_province() -> None:
    assert _holder((106.6, 8.7)) == ["Hồ Chí Minh"]  # Côn Đảo (before: Cần Thơ)
    assert _holder((107.03, 20.78)) == ["Hải Phòng"]  # Cát Bà (before: Quảng Ninh)
    assert _holder((106.524, 20.302)) == ["Hưng Yên"]  # the Red River mouth (before: a gap in the land)


def test_every_special_zone_has_land_of_its_province_under_its_point() -> None:
    from festival_planner.domain.enums import CommuneKind
    from festival_planner.store.gazetteer import read_source

    provinces = {a.code: a for a in basemap.provinces()}
    _, communes = read_source()
    zones = [c for c in communes if c["kind"] == CommuneKind.DAC_KHU]
    assert len(zones) == 13
    for zone in zones:
        point = (zone["longitude"], zone["latitude"])
        assert _inside(point, provinces[zone["province_code"]]), zone["name"]
        assert [code for code, a in provinces.items() if _inside(point, a)] == [zone["province_code"]], zone["name"]


def _crossings(ring: list[tuple[float, float]]) -> int:
    """How many pairs of non-adjacent edges of a closed ring cross or touch (0 for a simple ring)."""
    import numpy as np

    pts = np.array(ring if ring[0] != ring[-1] else ring[:-1], dtype=float)
    a, b = pts, np.roll(pts, -1, axis=0)
    n = len(pts)
    count = 0
    for i in range(n):
        j = np.arange(i + 2, n if i > 0 else n - 1)  # skip the edge itself and its neighbours
        if not len(j):
            continue
        p, r = a[i], b[i] - a[i]
        q, s = a[j], b[j] - a[j]
        denom = r[0] * s[:, 1] - r[1] * s[:, 0]
        qp = q - p
        with np.errstate(divide="ignore", invalid="ignore"):
            t = (qp[:, 0] * s[:, 1] - qp[:, 1] * s[:, 0]) / denom
            u = (qp[:, 0] * r[1] - qp[:, 1] * r[0]) / denom
        count += int(np.sum((denom != 0) & (t >= 0) & (t <= 1) & (u >= 0) & (u <= 1)))
    return count


def test_no_province_outline_crosses_itself() -> None:
    for area in basemap.provinces():
        for poly in area.polygons:
            for ring in poly:
                assert _crossings(list(ring)) == 0, area.name
