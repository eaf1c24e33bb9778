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
