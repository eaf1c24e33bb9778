"""The CP-SAT engine's pieces on small instances: clique rows (valid and covering), the optimum at a
wide spacing (dense conflict graph, the clique path) against brute force, the same answer twice
under the deterministic work limit, a previous answer as a starting point, a gap without a bound
written as JSON null."""

from __future__ import annotations

import itertools
import json
import math
import random

import numpy as np
import pytest

from festival_planner.geo.cliques import conflict_rows
from festival_planner.geo.distance import geodesic_km
from festival_planner.geo.optimiser import Constraints, Selection, solve
from festival_planner.services.selection import SelectionResult, Settings
from tests.unit.geo.test_selection_core import _brute_force, _feasible, _instance


@pytest.mark.parametrize(("seed", "km"), [(1, 30.0), (2, 80.0), (3, 150.0)])
def test_clique_rows_forbid_only_close_pairs_and_cover_every_one(seed: int, km: float) -> None:
    rng = random.Random(seed)
    points = [(rng.uniform(10, 13), rng.uniform(105, 108)) for _ in range(90)]
    lat, lon = np.array([p[0] for p in points]), np.array([p[1] for p in points])
    rows = conflict_rows(lat, lon, km)
    close = {(a, b) for a, b in itertools.combinations(range(len(points)), 2)
             if geodesic_km(points[a], points[b]) < km}
    covered: set[tuple[int, int]] = set(rows.rest)
    for clique in rows.cliques:
        pairs = set(itertools.combinations(sorted(clique.tolist()), 2))
        assert pairs <= close  # a clique row never forbids two sites far enough apart
        covered |= pairs
    assert covered == close and rows.pairs == len(close)
    assert rows.cliques  # at these spacings the neighbourhoods are real cliques


@pytest.mark.parametrize("constraints", [
    Constraints(count=4, max_per_province=2, min_spacing_km=80),
    Constraints(count=3, max_per_province=1, min_spacing_km=120, region_minimums={"tay_bac": 2}),
    Constraints(count=4, max_per_province=2, min_spacing_km=70, locked=frozenset({"00003"}),
                excluded=frozenset({"00000"})),
])
def test_wide_spacing_optimum_matches_brute_force(constraints: Constraints) -> None:
    scored = _instance(n=18, seed=3)
    result = solve(scored, constraints)
    assert result.stats["clique_rows"] > 0  # the path the selector takes at wide spacings
    assert result.status == "optimal" and result.gap == 0.0
    assert _feasible(scored, result.chosen, constraints)  # geodesic re-check
    assert result.objective == pytest.approx(_brute_force(scored, constraints), abs=1e-9)


def test_the_same_settings_give_the_same_answer_and_work() -> None:
    scored = _instance(n=160, seed=9)
    c = Constraints(count=9, max_per_province=3, min_spacing_km=35, time_limit_s=0.05)
    first, second = solve(scored, c), solve(scored, c)
    assert first.chosen == second.chosen and first.stats["work"] == second.stats["work"]
    assert first.status in ("optimal", "feasible") and _feasible(scored, first.chosen, c)


def test_a_previous_answer_is_a_starting_point_and_the_search_goes_on_from_it() -> None:
    scored = _instance(n=60, seed=4)
    c = Constraints(count=6, max_per_province=2, min_spacing_km=40)
    first = solve(scored, c)
    codes = [scored.candidates[i].code for i in first.chosen]
    again = solve(scored, c, hint=codes)
    assert again.objective >= first.objective - 1e-9 and again.status == "optimal"
    progress: list[tuple[float | None, float | None]] = []
    solve(scored, c, hint=["00001", "00002"], progress=lambda obj, bound: progress.append((obj, bound)))
    assert progress and all(b is None or o is None or b >= o - 1e-6 for o, b in progress)


def test_an_answer_without_a_proven_bound_writes_gap_and_bound_as_null() -> None:
    scored = _instance()
    c = Constraints(count=4, max_per_province=2, min_spacing_km=30)
    sel = Selection((0, 1, 2, 3), 10.0, "feasible", math.nan, math.inf, 1.0, {})
    data = SelectionResult(2026, Settings(count=4), c, scored, sel).to_json()
    assert data["gap"] is None and data["bound"] is None and data["status"] == "feasible"
    json.dumps(data, allow_nan=False)  # strict JSON: no Infinity, no NaN


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_the_spread_start_is_feasible_where_it_finds_one(seed: int) -> None:
    """The start used where the score-first greedy gets stuck: every set it gives meets every
    constraint (geodesic re-check), and with a loose enough spacing it finds one."""
    from festival_planner.geo.optimiser import _prepare
    from festival_planner.geo.spread import spread_start

    scored = _instance(n=40, seed=seed)
    for c in (Constraints(count=5, max_per_province=2, min_spacing_km=60, region_minimums={"tay_bac": 2}),
              Constraints(count=4, max_per_province=1, min_spacing_km=30, locked=frozenset({"00002"}))):
        found = spread_start(_prepare(scored, c))
        assert found is not None and _feasible(scored, tuple(found), c)
