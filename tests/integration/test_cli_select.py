"""``select`` and ``map`` on the command line: an optimal demo selection re-checked from its JSON
(geodesic spacing, quota, priority regions), impossible settings in one line, the map as a PNG."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from geopy.distance import geodesic

from festival_planner.cli import main
from festival_planner.services.selection import PRIORITY_REGIONS


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(demo_copy: Path) -> Path:
    """The demo plan (``tests/integration/test_cli.py`` runs the ``demo`` command itself)."""
    return demo_copy


def test_select_30_on_the_demo_is_optimal_and_every_constraint_holds(capsys, demo_db: Path, tmp_path: Path) -> None:
    out_json = tmp_path / "out.json"
    code, out, err = run(capsys, "select", "--campaign", "2026", "--count", "30", "--max-per-province", "2",
                         "--min-spacing-km", "40", "--json", str(out_json), "--db", str(demo_db))
    assert code == 0, err
    assert "HiGHS" not in out and "Running" not in out
    assert len(out.splitlines()) == 30 and err.count("\n") == 1
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert data["status"] == "optimal" and data["gap"] == 0.0 and data["solve_seconds"] >= 0
    # proven: the summary says so once, without a 0 % gap to a bound equal to the total
    assert "tối ưu, đã chứng minh" in err and "cận" not in err, err
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


def _no_scoring(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every way into scoring fail the test (and record that it was tried)."""
    from festival_planner.services import selection

    tried: list[str] = []

    def refuse(name: str):
        def call(*args, **kwargs):
            tried.append(name)
            raise AssertionError(f"{name} called: the refusal should come before any scoring")
        return call

    for name in ("candidates", "score_candidates", "measures_for"):
        monkeypatch.setattr(selection, name, refuse(name))
    return tried


@pytest.mark.parametrize("argv, words_vi, words_en", [
    (("--count", "0"), "Số điểm cần chọn phải từ 25 đến 30", "number of sites to choose must be from 25 to 30"),
    (("--count", "31"), "(đang đặt 31)", "(it is 31)"),
    (("--max-per-province", "0"), "tối đa mỗi tỉnh phải từ 1 đến 10", "maximum per province must be from 1 to 10"),
    (("--min-spacing-km", "400"), "khoảng cách tối thiểu giữa hai điểm phải từ 0 đến 300 km",
     "minimum spacing between two sites must be from 0 to 300 km"),
    (("--region-min", "Tây Nguyên=31"), "Tây Nguyên", "Tây Nguyên"),
    (("--region-min", "Sahara=2"), "Sahara", "Sahara"),
    (("--count", "25", *[arg for code in range(1, 27) for arg in ("--lock", f"{code:05d}")]),
     "Đã giữ cố định 26 xã", "26 communes are locked"),
])
def test_rules_without_scores_are_refused_before_any_scoring(capsys, monkeypatch, demo_db: Path, argv, words_vi,
                                                             words_en) -> None:
    tried = _no_scoring(monkeypatch)
    for lang, words in (("vi", words_vi), ("en", words_en)):
        code, out, err = run(capsys, "select", "--campaign", "2026", *argv, "--db", str(demo_db), "--lang", lang)
        assert code == 1 and out == "" and err.count("\n") == 1, err
        assert words in err and "Traceback" not in err
    assert tried == []


def test_count_0_is_refused_in_about_the_time_campaigns_list_takes(capsys, monkeypatch, demo_db: Path) -> None:
    import time

    _no_scoring(monkeypatch)

    def timed(*argv: str) -> tuple[float, int, str]:
        best, code, err = float("inf"), -1, ""
        for _ in range(3):
            started = time.perf_counter()
            code, _out, err = run(capsys, *argv, "--db", str(demo_db))
            best = min(best, time.perf_counter() - started)
        return best, code, err

    listing, code, _ = timed("campaigns", "list")
    assert code == 0
    refusal, code, err = timed("select", "--campaign", "2026", "--count", "0")
    assert code == 1 and "Số điểm cần chọn phải từ 25 đến 30" in err
    assert refusal <= 3 * listing + 0.25, (refusal, listing)


def _save_settings(db: Path, fields: Callable[[Any], dict[str, Any]]) -> None:
    """Save the 2026 selector settings made of ``fields(default settings)`` into the file, as the GUI does."""
    from festival_planner.services import campaigns, selection
    from festival_planner.store.database import open_database

    database = open_database(db)
    try:
        with database.transaction() as session:
            campaign = campaigns.get_campaign(session, 2026)
            default = selection.get_settings(session, campaign.id)[0]
            selection.save_settings(session, campaign.id, selection.Settings(**fields(default)))
    finally:
        database.close()


def test_select_starts_from_the_saved_settings_and_applies_only_the_flags_given(capsys, demo_db: Path,
                                                                               tmp_path: Path) -> None:
    _save_settings(demo_db, lambda default: dict(
        count=25, max_per_province=1, min_spacing_km=60.0, region_minimums={"tay_nguyen": 4},
        locked=("03127",), excluded=("00070",), keep_existing=False,
        weights={**default.weights, "area": 2.0}, past_campaigns=2))
    saved = tmp_path / "saved.json"
    code, out, err = run(capsys, "select", "--campaign", "2026", "--json", str(saved), "--db", str(demo_db))
    assert code == 0, err
    data = json.loads(saved.read_text(encoding="utf-8"))
    settings = data["settings"]
    assert (settings["count"], settings["max_per_province"], settings["min_spacing_km"]) == (25, 1, 60.0)
    assert settings["region_minimums"] == {"tay_nguyen": 4} and settings["past_campaigns"] == 2
    assert settings["locked"] == ["03127"] and settings["excluded"] == ["00070"]
    assert settings["weights"]["area"] == 2.0 and len(data["chosen"]) == 25 and "03127" in data["chosen"]

    flagged = tmp_path / "flagged.json"
    code, _, err = run(capsys, "select", "--campaign", "2026", "--count", "26", "--exclude", "03127",
                       "--region-min", "tay nguyen=3", "--json", str(flagged), "--db", str(demo_db))
    assert code == 0, err
    settings = json.loads(flagged.read_text(encoding="utf-8"))["settings"]
    assert (settings["count"], settings["max_per_province"], settings["min_spacing_km"]) == (26, 1, 60.0)
    assert settings["region_minimums"] == {"tay_nguyen": 3}
    assert settings["locked"] == [] and settings["excluded"] == ["00070", "03127"]
    assert settings["weights"]["area"] == 2.0 and settings["past_campaigns"] == 2


def test_select_json_and_why_give_reasons_for_every_candidate(capsys, demo_db: Path, tmp_path: Path) -> None:
    out_json = tmp_path / "out.json"
    code, out, err = run(capsys, "select", "--campaign", "2026", "--json", str(out_json), "--why", "00070",
                         "--db", str(demo_db))
    assert code == 0, err
    data = json.loads(out_json.read_text(encoding="utf-8"))
    chosen = data["chosen"]
    # Every chosen site has reasons, the first its score and rank; every other candidate says why it is out.
    assert list(data["reasons"]) == chosen and all(data["reasons"][c] for c in chosen)
    assert all(data["reasons"][c][0]["code"] == "reason_score" for c in chosen)
    others = {c["code"] for c in data["candidates"]} - set(chosen)
    assert set(data["rejected_reasons"]) == others and all(data["rejected_reasons"][c] for c in others)
    # The reason code is never overwritten by a commune code; a spacing conflict names its site apart.
    every = [r for reasons in (*data["reasons"].values(), *data["rejected_reasons"].values()) for r in reasons]
    assert all(r["code"].startswith("reason_") for r in every)
    conflicts = [r for r in every if r["code"] == "reason_spacing_conflict"]
    assert conflicts and all(r["site_code"] in chosen and r["km"] < r["min_km"] for r in conflicts)
    # --why prints the commune, that it is out, and its reasons, with Vietnamese decimal commas.
    lines = out.splitlines()
    head = next(k for k, line in enumerate(lines) if line.startswith("00070"))
    assert len(lines) == len(chosen) + 1 + len(data["rejected_reasons"]["00070"])
    assert "không được chọn" in lines[head]
    assert lines[head + 1].startswith("  - Điểm số ") and "." not in lines[head + 1].split("(")[-1].rstrip(".)")
    score = data["rejected_reasons"]["00070"][0]["score"]
    assert f"{score:.2f}".replace(".", ",") in lines[head + 1]


def test_select_says_when_the_clock_stopped_it_before_its_work(capsys, demo_db: Path, monkeypatch) -> None:
    """A PC slower than the reference stops at the time limit; the summary says another PC may give
    another list (the saved settings carry the time limit)."""
    from festival_planner.geo import cpsat_engine, optimiser

    _save_settings(demo_db, lambda default: dict(count=28, min_spacing_km=120.0, time_limit_s=3.0,
                                                 weights=default.weights))
    monkeypatch.setattr(optimiser, "WORK_PER_SECOND", 1000.0)  # more work than any PC does in 3 s
    monkeypatch.setattr(cpsat_engine, "MIN_SEARCH_S", 0.5)
    code, out, err = run(capsys, "select", "--campaign", "2026", "--db", str(demo_db))
    assert code == 0, err
    assert len(out.splitlines()) == 28
    assert "máy bận hoặc chậm nên việc tìm dừng theo giới hạn thời gian" in err, err
    assert err.count("\n") == 2, err
