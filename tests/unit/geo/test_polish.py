"""The swap moves (``geo/polish``) on small instances, checked by enumeration: the answer meets every
constraint (geodesic re-check), no one- or two-site exchange improves it, a set two sites (or three
neighbouring sites) from the optimum reaches it; the selector polishes what its search stopped at
(and its start), and swaps that reach the proven bound make the answer proven."""

from __future__ import annotations

import itertools
import math

import pytest

from festival_planner.geo import optimiser
from festival_planner.geo.cpsat_engine import EngineResult
from festival_planner.geo.optimiser import Constraints, _prepare, solve
from festival_planner.geo.polish import improve
from festival_planner.geo.scoring import Scored
from festival_planner.geo.spread import spread_start
from festival_planner.geo.stop import Stopped
from tests.unit.geo.test_selection_core import _brute_force, _distance_matrix, _feasible, _instance

CASES = [
    (Constraints(count=5, max_per_province=2, min_spacing_km=40), 1),
    (Constraints(count=4, max_per_province=1, min_spacing_km=30, region_minimums={"tay_bac": 3}), 2),
    (Constraints(count=6, max_per_province=2, min_spacing_km=25, locked=frozenset({"00004"}),
                 excluded=frozenset({"00000", "00001"})), 3),
]


def _total(scored: Scored, chosen: tuple[int, ...] | list[int]) -> float:
    return sum(scored.scores[i] for i in chosen)


def _better_swap(scored: Scored, chosen: list[int], c: Constraints) -> tuple[int, ...] | None:
    """A feasible set one or two sites away from ``chosen`` with a higher total, by enumeration."""
    distances = _distance_matrix(scored)
    locked = {scored.index()[code] for code in c.locked}
    others = [i for i in range(len(scored.candidates)) if i not in chosen]
    for size in (1, 2):
        for out in itertools.combinations([i for i in chosen if i not in locked], size):
            for come_in in itertools.combinations(others, size):
                new = tuple(sorted(set(chosen) - set(out) | set(come_in)))
                if (_total(scored, new) > _total(scored, chosen) + 1e-9
                        and _feasible(scored, new, c, distances)):
                    return new
    return None


def _away_from_the_optimum(scored: Scored, c: Constraints, k: int = 2) -> tuple[float, list[tuple[int, ...]]]:
    """The optimum's total (brute force) and the feasible sets exactly ``k`` sites away from an optimal
    set, below it; for ``k`` = 3 only those whose three leaving sites are neighbours (each two block a
    common candidate: the three-site exchanges the swaps look at)."""
    best = _brute_force(scored, c)
    distances = _distance_matrix(scored)
    sets = [combo for combo in itertools.combinations(range(len(scored.candidates)), c.count)
            if _feasible(scored, combo, c, distances)]
    optimum = next(s for s in sets if math.isclose(_total(scored, s), best, abs_tol=1e-9))
    away = [s for s in sets if len(set(s) - set(optimum)) == k and _total(scored, s) < best - 1e-9]
    if k == 3:
        allowed = [i for i, cand in enumerate(scored.candidates) if cand.code not in c.excluded]

        def close(a: int, b: int) -> bool:
            return a != b and distances[(min(a, b), max(a, b))] < c.min_spacing_km

        def linked(s: tuple[int, ...], a: int, b: int) -> bool:
            return any(close(x, a) and close(x, b) for x in allowed if x not in s)

        away = [s for s in away if all(linked(s, a, b) for a, b in itertools.combinations(set(s) - set(optimum), 2))]
    return best, away


@pytest.mark.parametrize(("constraints", "seed"), CASES)
def test_the_swaps_end_where_no_one_or_two_site_exchange_improves(constraints: Constraints, seed: int) -> None:
    scored = _instance(n=36, seed=seed)
    p = _prepare(scored, constraints)
    start = spread_start(p)
    assert start is not None and _feasible(scored, tuple(start), constraints)
    polished = improve(p, start)
    assert _feasible(scored, tuple(sorted(polished)), constraints)  # count, quota, regions, locks, excludes, spacing
    assert _total(scored, polished) >= _total(scored, start) - 1e-12
    assert _better_swap(scored, polished, constraints) is None


@pytest.mark.parametrize(("constraints", "seed"), CASES)
def test_a_set_two_sites_from_the_optimum_reaches_it(constraints: Constraints, seed: int) -> None:
    scored = _instance(n=22, seed=seed)
    best, near = _away_from_the_optimum(scored, constraints)
    assert near  # the instance has sets exactly two exchanges below the optimum
    p = _prepare(scored, constraints)
    for start in near:
        assert _total(scored, improve(p, list(start))) == pytest.approx(best, abs=1e-9)


@pytest.mark.parametrize(("constraints", "seed"), CASES[:2])  # the third case's sets are never three neighbours apart
def test_a_set_three_neighbouring_sites_from_the_optimum_reaches_it(constraints: Constraints, seed: int) -> None:
    scored = _instance(n=22, seed=seed)
    best, near = _away_from_the_optimum(scored, constraints, k=3)
    assert near  # the instance has such sets
    p = _prepare(scored, constraints)
    for start in near:
        assert _total(scored, improve(p, list(start))) == pytest.approx(best, abs=1e-9)


def test_the_selector_polishes_the_set_its_search_stopped_at(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the search ends unproven, the set it gives back is lifted by the swaps (here a search
    that stops at once and gives back the greedy's set: the answer is the polished one)."""
    scored = _instance(n=36, seed=1)
    c = CASES[0][0]
    seen: list[list[int]] = []

    def stopped_at_once(p: object, pool: object, hint: list[int] | None, **kwargs: object) -> EngineResult:
        weak = optimiser.greedy(p)  # type: ignore[arg-type]
        assert weak is not None
        seen.append(weak)
        return EngineResult(weak, _total(scored, weak), "feasible", 1e9, {"work": 0.0})

    monkeypatch.setattr("festival_planner.geo.cpsat_engine.solve_cpsat", stopped_at_once)
    result = solve(scored, c)
    assert result.status == "feasible" and _feasible(scored, result.chosen, c)
    assert result.stats["polish_gain"] > 0 and result.objective > _total(scored, seen[0]) + 1e-9
    assert _better_swap(scored, list(result.chosen), c) is None


def test_a_cancel_stops_the_swaps() -> None:
    scored = _instance(n=36, seed=2)
    p = _prepare(scored, CASES[1][0])
    p.should_stop = lambda: True
    start = spread_start(p)
    assert start is not None
    with pytest.raises(Stopped):
        improve(p, start)


def test_a_search_stopped_before_any_set_gives_the_start_polished_with_finite_stats(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """No set and no bound from the search (a limit shorter than its first solution): the answer is the
    start lifted by the swaps, best found with no bound, and every figure finite (strict JSON)."""
    scored = _instance(n=36, seed=1)
    c = CASES[0][0]
    monkeypatch.setattr("festival_planner.geo.cpsat_engine.solve_cpsat",
                        lambda *args, **kwargs: EngineResult([], -math.inf, "unknown", math.inf, {"work": 0.0}))
    result = solve(scored, c)
    assert result.status == "feasible" and math.isnan(result.gap) and _feasible(scored, result.chosen, c)
    assert _better_swap(scored, list(result.chosen), c) is None
    assert result.stats["polish_gain"] > 0 and math.isfinite(result.stats["polish_gain"])


def test_swaps_that_reach_the_proven_bound_make_the_answer_proven(monkeypatch: pytest.MonkeyPatch) -> None:
    """The search stopped two sites from the optimum with the optimum as its bound: the swaps reach it,
    so the answer says optimal with no gap."""
    scored = _instance(n=22, seed=1)
    c = CASES[0][0]
    best, near = _away_from_the_optimum(scored, c)
    stopped = near[0]
    monkeypatch.setattr("festival_planner.geo.cpsat_engine.solve_cpsat", lambda *args, **kwargs: EngineResult(
        list(stopped), _total(scored, stopped), "feasible", best + 1e-8, {"work": 0.0}))
    result = solve(scored, c)
    assert result.status == "optimal" and result.gap == 0.0
    assert result.objective == pytest.approx(best, abs=1e-9) and result.bound == result.objective
