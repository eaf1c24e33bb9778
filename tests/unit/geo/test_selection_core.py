"""Scoring and the optimiser on small instances: the optimum checked by brute force, impossible
settings refused with a code that names the constraint, reasons for rejected candidates."""

from __future__ import annotations

import itertools
import math
import random

import pytest

from festival_planner.domain.errors import ValidationError
from festival_planner.domain.messages import catalogues
from festival_planner.geo.distance import geodesic_km, pairs_within_km
from festival_planner.geo.highs_model import solve_highs
from festival_planner.geo.optimiser import Constraints, solve
from festival_planner.geo.reasons import Reason, explain_chosen, explain_rejected
from festival_planner.geo.scoring import CRITERIA, Candidate, Measures, Scored, Weights, score


def _instance(n: int = 14, seed: int = 7) -> Scored:
    rng = random.Random(seed)
    cands = []
    for k in range(n):
        province = f"{k % 4:02d}"
        lat, lon = 20.0 + rng.random() * 1.5, 104.0 + rng.random() * 1.5
        regions = ("tay_bac",) if k % 3 == 0 else ("dong_bac",)
        cands.append(Candidate(f"{k:05d}", f"Xã {k}", province, f"Tỉnh {province}", "xa", regions, lat, lon,
                               50.0 + k))
    scores = tuple(round(rng.random() * 10, 3) for _ in cands)
    return Scored(tuple(cands), scores, tuple(() for _ in cands))


def _distance_matrix(scored: Scored) -> dict[tuple[int, int], float]:
    cands = scored.candidates
    return {(a, b): geodesic_km((cands[a].latitude, cands[a].longitude), (cands[b].latitude, cands[b].longitude))
            for a, b in itertools.combinations(range(len(cands)), 2)}


def _feasible(scored: Scored, chosen: tuple[int, ...], c: Constraints,
              distances: dict[tuple[int, int], float] | None = None) -> bool:
    cands = scored.candidates
    distances = distances if distances is not None else _distance_matrix(scored)
    if len(chosen) != c.count:
        return False
    for p in {cands[i].province_code for i in chosen}:
        if sum(1 for i in chosen if cands[i].province_code == p) > c.max_per_province:
            return False
    for region, minimum in c.region_minimums.items():
        if sum(1 for i in chosen if region in cands[i].regions) < minimum:
            return False
    if any(cands[i].code in c.excluded for i in chosen):
        return False
    if not {scored.index()[code] for code in c.locked} <= set(chosen):
        return False
    return all(distances[(min(a, b), max(a, b))] >= c.min_spacing_km for a, b in itertools.combinations(chosen, 2))


def _brute_force(scored: Scored, c: Constraints) -> float:
    best = -math.inf
    distances = _distance_matrix(scored)
    for combo in itertools.combinations(range(len(scored.candidates)), c.count):
        if _feasible(scored, combo, c, distances):
            best = max(best, sum(scored.scores[i] for i in combo))
    return best


@pytest.mark.parametrize("constraints", [
    Constraints(count=4, max_per_province=2, min_spacing_km=30),
    Constraints(count=5, max_per_province=2, min_spacing_km=20, region_minimums={"tay_bac": 3}),
    Constraints(count=4, max_per_province=1, min_spacing_km=10, locked=frozenset({"00005"}),
                excluded=frozenset({"00001", "00002"})),
])
@pytest.mark.parametrize(("engine", "reduce", "cliques"), [
    ("cp-sat", True, True), ("cp-sat", False, True), ("cp-sat", True, False), ("highs", True, False),
    ("highs", False, False)])
def test_optimum_matches_brute_force(constraints: Constraints, engine: str, reduce: bool, cliques: bool) -> None:
    scored = _instance()
    if engine == "highs":
        result = solve_highs(scored, constraints, reduce=reduce, warm_start=reduce)
    else:
        result = solve(scored, constraints, reduce=reduce, warm_start=reduce, use_cliques=cliques)
    assert result.status == "optimal" and result.gap == 0.0
    assert _feasible(scored, result.chosen, constraints)
    assert result.objective == pytest.approx(_brute_force(scored, constraints), abs=1e-9)


@pytest.mark.parametrize(("constraints", "code"), [
    (Constraints(count=3, locked=frozenset({"00000", "00001", "00002", "00003"})), "selection_too_many_locks"),
    (Constraints(count=4, region_minimums={"tay_bac": 5}), "selection_region_min_above_count"),
    (Constraints(count=4, max_per_province=1, region_minimums={"tay_bac": 4},
                 excluded=frozenset({"00000", "00012"})), "selection_region_min_unreachable"),
    (Constraints(count=9, max_per_province=2), "selection_quota_too_small"),
    (Constraints(count=8, max_per_province=2, min_spacing_km=150), "selection_spacing_too_wide"),
    (Constraints(count=6, max_per_province=2, min_spacing_km=60), "selection_infeasible"),
    (Constraints(count=4, min_spacing_km=500, locked=frozenset({"00000", "00001"})), "selection_locks_too_close"),
    (Constraints(count=4, max_per_province=1, min_spacing_km=0, locked=frozenset({"00000", "00004"})),
     "selection_locks_over_quota"),
    (Constraints(count=4, locked=frozenset({"00003"}), excluded=frozenset({"00003"})),
     "selection_locked_and_excluded"),
    (Constraints(count=15), "selection_bad_count"),
])
def test_impossible_settings_name_the_constraint(constraints: Constraints, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        solve(_instance(), constraints)
    assert info.value.code == code
    for language in ("vi", "en"):
        assert code in catalogues()[language]
        assert "{" not in info.value.text(language)


def test_rejected_candidates_say_why() -> None:
    scored = _instance()
    c = Constraints(count=4, max_per_province=1, min_spacing_km=30, excluded=frozenset({"00003"}))
    result = solve(scored, c)
    chosen = list(result.chosen)
    codes = {i: {r.code for r in explain_rejected(scored, chosen, i, c)}
             for i in range(len(scored.candidates)) if i not in chosen}
    assert codes[3] == {"reason_excluded"}
    assert all(reasons for reasons in codes.values())
    full = [i for i, reasons in codes.items() if "reason_province_quota_full" in reasons]
    assert full and all(any(scored.candidates[j].province_code == scored.candidates[i].province_code
                            for j in chosen) for i in full)


def test_breakdown_adds_up_and_is_normalised() -> None:
    cands = [Candidate("00001", "Xã A", "01", "A", "xa", ("tay_nguyen",), 12.0, 108.0, 300.0),
             Candidate("00002", "Phường B", "01", "A", "phuong", ("dong_nam_bo",), 10.8, 106.7, 5.0),
             Candidate("00003", "Đặc khu C", "02", "B", "dac_khu", ("nam_trung_bo",), 8.6, 111.9, 1.0)]
    measures = Measures(seat_km=[80.0, 2.0, 500.0], hanoi_km=[1000.0, 1150.0, 1500.0], border_km=[30.0, 90.0, 900.0])
    scored = score(cands, measures, Weights(), past_hosts={"00001": 1})
    for total, lines in zip(scored.scores, scored.breakdowns):
        assert [line.criterion for line in lines] == list(CRITERIA)
        assert all(0.0 <= line.normalised <= 1.0 for line in lines)
        assert total == pytest.approx(sum(line.contribution for line in lines))
    past = {line.criterion: line for line in scored.breakdowns[0]}["past_host"]
    assert past.contribution < 0
    assert scored.scores[1] < scored.scores[0]


def test_pairs_within_matches_geodesic() -> None:
    import numpy as np

    rng = random.Random(3)
    lat = np.array([10 + rng.random() * 2 for _ in range(150)])
    lon = np.array([105 + rng.random() * 2 for _ in range(150)])
    i, j, d = pairs_within_km(lat, lon, 40.0)
    found = set(zip(i.tolist(), j.tolist()))
    expected = {(a, b) for a, b in itertools.combinations(range(150), 2)
                if geodesic_km((lat[a], lon[a]), (lat[b], lon[b])) < 40.0}
    assert found == expected
    for a, b, km in list(zip(i.tolist(), j.tolist(), d.tolist()))[:50]:
        assert km == pytest.approx(geodesic_km((lat[a], lon[a]), (lat[b], lon[b])), abs=0.01)


@pytest.mark.parametrize("engine", ["cp-sat", "highs"])
def test_bound_reduction_keeps_the_optimum(engine: str) -> None:
    scored = _instance(n=30, seed=11)
    constraints = Constraints(count=4, max_per_province=2, min_spacing_km=35, region_minimums={"tay_bac": 2})
    result = solve_highs(scored, constraints) if engine == "highs" else solve(scored, constraints)
    assert result.status == "optimal"
    assert result.stats["after_bound"] < 30
    assert result.objective == pytest.approx(_brute_force(scored, constraints), abs=1e-9)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_spacing_capacity_is_an_upper_bound_on_any_spaced_set(seed: int) -> None:
    """No set of points pairwise at least D apart is larger than the disk-cover bound (brute force
    on random points, and the greedy's maximal spaced set on a denser cloud)."""
    import numpy as np

    from festival_planner.geo.optimiser import spacing_capacity

    rng = random.Random(seed)
    points = [(rng.uniform(10, 12), rng.uniform(105, 107)) for _ in range(12)]
    lat = np.array([p[0] for p in points])
    lon = np.array([p[1] for p in points])
    for km in (40.0, 80.0, 150.0):
        most = spacing_capacity(lat, lon, km)
        largest = 0
        for size in range(len(points), 0, -1):
            if any(all(geodesic_km(points[a], points[b]) >= km for a, b in itertools.combinations(subset, 2))
                   for subset in itertools.combinations(range(len(points)), size)):
                largest = size
                break
        assert largest <= most <= len(points)
    cloud = [(rng.uniform(8, 23), rng.uniform(103, 109)) for _ in range(400)]
    spaced: list[tuple[float, float]] = []
    for p in cloud:
        if all(geodesic_km(p, q) >= 120.0 for q in spaced):
            spaced.append(p)
    assert len(spaced) <= spacing_capacity(np.array([p[0] for p in cloud]), np.array([p[1] for p in cloud]), 120.0)


def test_a_spacing_the_country_cannot_hold_is_refused_at_once() -> None:
    scored = _instance(30, 5)
    with pytest.raises(ValidationError) as info:
        solve(scored, Constraints(count=10, max_per_province=10, min_spacing_km=2000.0))
    assert info.value.code == "selection_spacing_too_wide" and info.value.params["most"] < 10


def test_every_chosen_site_has_reasons_starting_with_its_score_and_rank() -> None:
    scored = _instance()
    # No lock, no quota reached, no region minimum, no spacing: before, such sites had no reason at all.
    c = Constraints(count=3, max_per_province=3, min_spacing_km=0)
    chosen = list(solve(scored, c).chosen)
    ranks = sorted(range(len(scored.scores)), key=lambda j: -scored.scores[j])
    for i in chosen:
        reasons = explain_chosen(scored, chosen, i, c)
        assert reasons[0].code == "reason_score"
        assert reasons[0].params["rank"] == ranks.index(i) + 1
        assert reasons[0].params["total"] == len(scored.candidates)


def test_reason_json_keeps_the_reason_code_apart_from_the_commune_code() -> None:
    scored = _instance()
    c = Constraints(count=4, max_per_province=1, min_spacing_km=30)
    chosen = list(solve(scored, c).chosen)
    conflicts = [r for i in range(len(scored.candidates)) if i not in chosen
                 for r in explain_rejected(scored, chosen, i, c) if r.code == "reason_spacing_conflict"]
    assert conflicts
    for reason in conflicts:
        data = reason.to_json()
        assert data["code"] == "reason_spacing_conflict"
        assert data["site_code"] in {scored.candidates[j].code for j in chosen}
    # A parameter named "code" (an older caller's) never replaces the reason code either.
    assert Reason("reason_spacing_conflict", {"code": "00070"}).to_json() == {
        "code": "reason_spacing_conflict", "site_code": "00070"}


def test_reason_texts_write_numbers_as_the_language_does_and_fill_every_placeholder() -> None:
    conflict = Reason("reason_spacing_conflict", {"site": "Xã A", "site_code": "00001", "km": 20.4321,
                                                  "min_km": 40.0})
    assert conflict.text("vi") == "Quá gần điểm đã chọn Xã A: cách 20,4 km, cần ít nhất 40 km."
    assert conflict.text("en") == "Too close to the chosen site Xã A: 20.4 km apart, at least 40 km needed."
    lower = Reason("reason_lower_score", {"score": 4.6149, "site": "Xã B", "site_score": 5.98})
    assert "4,61" in lower.text("vi") and "5,98" in lower.text("vi") and "4.61" in lower.text("en")
    one = Reason("reason_blocks_nearby", {"count": 1, "example": "Xã C", "km": 15.78, "min_km": 42.5})
    assert one.text("en") == ("Choosing it keeps out the better-scoring commune Xã C, only 15.8 km away "
                              "(less than 42.5 km).")
    assert one.text("vi") == ("Chọn điểm này thì Xã C gần đó, có điểm số cao hơn, không được chọn vì chỉ cách "
                              "15,8 km (dưới 42,5 km).")
    many = Reason("reason_blocks_nearby", {"count": 3, "example": "Xã C", "km": 15.78, "min_km": 40.0})
    assert "3 better-scoring communes" in many.text("en")
    samples = [Reason("reason_score", {"score": 7.36, "rank": 1, "total": 3321}), Reason("reason_locked"),
               Reason("reason_province_quota_reached", {"province": "Gia Lai", "max_per_province": 2}),
               Reason("reason_region_minimum_tight", {"region": "Tây Nguyên", "minimum": 3}),
               Reason("reason_excluded"),
               Reason("reason_province_quota_full", {"province": "Điện Biên", "max_per_province": 2,
                                                     "sites": ["Xã A", "Xã B"]}),
               Reason("reason_set_better", {"score": 6.0, "site": "Xã B", "site_score": 5.5}),
               conflict, lower, one, many]
    for reason in samples:
        for language in ("vi", "en"):
            text = reason.text(language)
            assert "{" not in text and not text.startswith("reason_"), text
            assert text[0].isupper() and text.endswith("."), text
    assert Reason("reason_score", {"score": 7.36, "rank": 1, "total": 3321}).text("vi") == \
        "Điểm số 7,36, xếp thứ 1 trong 3.321 xã được xét."
