"""``select`` and ``map`` on the command line: an optimal demo selection re-checked from its JSON
(geodesic spacing, quota, priority regions), impossible settings in one line, the map as a PNG."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from geopy.distance import geodesic

from festival_planner.cli import main
from festival_planner.services.selection import PRIORITY_REGIONS


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(capsys, db_path: Path) -> Path:
    assert main(["demo", "--db", str(db_path)]) == 0
    capsys.readouterr()
    return db_path


def test_select_30_on_the_demo_is_optimal_and_every_constraint_holds(capsys, demo_db: Path, tmp_path: Path) -> None:
    out_json = tmp_path / "out.json"
    code, out, err = run(capsys, "select", "--campaign", "2026", "--count", "30", "--max-per-province", "2",
                         "--min-spacing-km", "40", "--json", str(out_json), "--db", str(demo_db))
    assert code == 0, err
    assert "HiGHS" not in out and "Running" not in out
    assert len(out.splitlines()) == 30 and err.count("\n") == 1
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert data["status"] == "optimal" and data["gap"] == 0.0 and data["solve_seconds"] >= 0
    settings = data["settings"]
    assert (settings["count"], settings["max_per_province"], settings["min_spacing_km"]) == (30, 2, 40.0)
    assert settings["locked"] == [] and settings["excluded"] == [] and settings["keep_existing"] is False
    by_code = {c["code"]: c for c in data["candidates"]}
    assert len(by_code) == 3321
    assert set(by_code[data["chosen"][0]]) >= {"code", "name", "province", "regions", "latitude", "longitude",
                                                "score", "breakdown"}
    chosen = [by_code[code] for code in data["chosen"]]
    assert len({c["code"] for c in chosen}) == 30
    assert abs(sum(c["score"] for c in chosen) - data["objective"]) < 1e-3
    per_province: dict[str, int] = {}
    for c in chosen:
        per_province[c["province"]] = per_province.get(c["province"], 0) + 1
    assert max(per_province.values()) <= 2
    for a, b in itertools.combinations(chosen, 2):
        assert geodesic((a["latitude"], a["longitude"]), (b["latitude"], b["longitude"])).km >= 40.0
    priority = [c for c in chosen if set(c["regions"]) & set(PRIORITY_REGIONS)]
    assert len(priority) > 15


def test_select_locks_excludes_and_region_minimum_by_name_without_diacritics(capsys, demo_db: Path,
                                                                            tmp_path: Path) -> None:
    out_json = tmp_path / "out.json"
    first = tmp_path / "first.json"
    assert run(capsys, "select", "--campaign", "2026", "--count", "25", "--json", str(first),
               "--db", str(demo_db))[0] == 0
    best = json.loads(first.read_text(encoding="utf-8"))["chosen"]
    code, _, err = run(capsys, "select", "--campaign", "2026", "--count", "25", "--exclude", best[0],
                       "--lock", "00004", "--region-min", "dong bang song hong=3", "--json", str(out_json),
                       "--db", str(demo_db))
    assert code == 0, err
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert best[0] not in data["chosen"] and "00004" in data["chosen"]
    assert data["settings"]["locked"] == ["00004"] and data["settings"]["excluded"] == [best[0]]
    by_code = {c["code"]: c for c in data["candidates"]}
    assert sum(1 for code in data["chosen"] if "dong_bang_song_hong" in by_code[code]["regions"]) >= 3


@pytest.mark.parametrize("argv, words", [
    (("--count", "30", "--region-min", "Tây Nguyên=31"), "Tây Nguyên"),
    (("--count", "30", "--max-per-province", "0"), "mỗi tỉnh"),
    (("--count", "30", "--min-spacing-km", "400"), "khoảng cách"),
    (("--count", "30", "--region-min", "Sahara=2"), "Sahara"),
])
def test_impossible_settings_are_refused_in_one_line(capsys, demo_db: Path, argv: tuple[str, ...],
                                                     words: str) -> None:
    code, out, err = run(capsys, "select", "--campaign", "2026", *argv, "--db", str(demo_db))
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and words in err and "Traceback" not in err


def test_map_png_writes_a_picture(capsys, demo_db: Path, tmp_path: Path) -> None:
    png = tmp_path / "map.png"
    code, _, err = run(capsys, "map", "--campaign", "2026", "--png", str(png), "--width", "600", "--db", str(demo_db))
    assert code == 0, err
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    code, _, err = run(capsys, "map", "--campaign", "2026", "--png", str(png), "--width", "5", "--db", str(demo_db))
    assert code != 0 and err.count("\n") == 1
