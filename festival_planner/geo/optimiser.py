"""Choose the year's sites: exactly N communes maximising the total score, subject to at most K per
province, a minimum spacing in km between any two chosen, region minimums, locks and exclusions.

This module checks the settings (impossible ones refused at once, a spacing by a disk-cover bound),
makes the greedy start and the **candidate reduction proven safe by a bound**: for each candidate
``i`` an upper bound ``UB(i)`` on any selection containing it (its score plus the best ``N-1``
others, each province giving at most ``K`` and at most its best pair of sites far enough apart,
``i``'s own province only sites far enough from ``i``); when ``UB(i)`` is below a feasible total no
optimal selection contains ``i``. (A plain top-k cut is not safe: it can make a region minimum
infeasible.) The search itself is CP-SAT's (``cpsat_engine``: clique spacing rows, deterministic
work limit), and an answer it leaves unproven is lifted by swap moves (``polish``); the pairwise
HiGHS model (``highs_model``, wall-clock limit) is kept as the benchmark's anchor. numpy, highspy
and ortools are imported on first use.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from festival_planner.domain import selector
from festival_planner.domain.errors import NotFoundError, ValidationError
from festival_planner.domain.regions import region_name
from festival_planner.geo.polish import Neighbours, improve
from festival_planner.geo.scoring import Scored
from festival_planner.geo.stop import check_stop

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

EPS = 1e-7
# CP-SAT's deterministic work units allowed per second of the time limit: calibrated on the reference
# PC (2 cores; README "Site selector") so that the candidate reduction, the rows and the search end
# within the limit at every spacing (the densest graphs run about 0.9 units per second there).
WORK_PER_SECOND = 0.7
POLISH_RESERVE_S = 1.0  # the clock cap leaves this for the swaps on the search's set and the start (0.4–0.8 s measured)


@dataclass(frozen=True)
class Constraints:
    """What the chosen set must respect."""

    count: int = selector.DEFAULT_COUNT
    max_per_province: int = selector.DEFAULT_MAX_PER_PROVINCE
    min_spacing_km: float = selector.DEFAULT_SPACING_KM
    region_minimums: Mapping[str, int] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    excluded: frozenset[str] = frozenset()
    time_limit_s: float = selector.DEFAULT_TIME_LIMIT_S


@dataclass(frozen=True)
class Selection:
    """The chosen candidates (indices into the scored candidates) and how good the answer is."""

    chosen: tuple[int, ...]
    objective: float
    status: str  # "optimal" (proven) or "feasible" (best found; the proven bound says how far it may be)
    gap: float  # relative gap between the objective and the proven bound (0 = optimal, NaN = no bound)
    bound: float
    solve_seconds: float
    stats: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class _Problem:
    scored: Scored
    constraints: Constraints
    allowed: list[int]  # candidate indices not excluded
    locked: list[int]
    lat: NDArray[np.float64]
    lon: NDArray[np.float64]
    scores: NDArray[np.float64]
    province: NDArray[np.intp]
    region_members: dict[str, NDArray[np.bool_]]
    should_stop: Callable[[], bool] | None = None


def _prepare(scored: Scored, c: Constraints) -> _Problem:
    import numpy as np

    index = scored.index()
    n = len(scored.candidates)
    for code in sorted(c.locked | c.excluded):
        if code not in index:
            raise NotFoundError("selection_unknown_commune", code=code)
    both = sorted(c.locked & c.excluded)
    if both:
        raise ValidationError("selection_locked_and_excluded", codes=both)
    if c.max_per_province < 1:
        raise ValidationError("selection_bad_max_per_province", value=c.max_per_province)
    if c.min_spacing_km < 0 or not math.isfinite(c.min_spacing_km):
        raise ValidationError("selection_bad_spacing", km=f"{c.min_spacing_km:g}")
    allowed = [i for i, cand in enumerate(scored.candidates) if cand.code not in c.excluded]
    if not 1 <= c.count <= len(allowed):
        raise ValidationError("selection_bad_count", count=c.count, available=len(allowed))
    locked = sorted(index[code] for code in c.locked)
    if len(locked) > c.count:
        raise ValidationError("selection_too_many_locks", locks=len(locked), count=c.count)
    provinces = sorted({cand.province_code for cand in scored.candidates})
    pindex = {p: k for k, p in enumerate(provinces)}
    province = np.array([pindex[cand.province_code] for cand in scored.candidates], dtype=np.intp)
    lat = np.array([cand.latitude for cand in scored.candidates], dtype=np.float64)
    lon = np.array([cand.longitude for cand in scored.candidates], dtype=np.float64)
    members = {r: np.array([r in cand.regions for cand in scored.candidates], dtype=np.bool_)
               for r, m in c.region_minimums.items() if m > 0}
    problem = _Problem(scored, c, allowed, locked, lat, lon, np.array(scored.scores, dtype=np.float64),
                       province, members)
    _check_locks(problem)
    _check_capacity(problem, n)
    _check_spacing(problem)
    return problem


def spacing_capacity(lat: Any, lon: Any, km: float) -> int:
    """An upper bound on how many of these points can be pairwise at least ``km`` apart.

    The points are covered greedily by disks of radius 0.49 × ``km`` measured on the sphere (north to
    south, each disk placed next to the northmost uncovered point where it covers most). Distance is
    a metric, so two points of one disk are at most 0.98 × ``km`` apart (haversine is within 0.5 % of
    the geodesic): a disk holds at most one chosen point and the number of disks bounds the answer.
    It proves a spacing impossible in milliseconds where the MILP would search for minutes."""
    import numpy as np

    n = len(lat)
    if km <= 0 or n == 0:
        return n
    la = np.radians(np.asarray(lat, dtype=np.float64))
    lo = np.radians(np.asarray(lon, dtype=np.float64))
    r = 0.49 * km
    earth = 6371.0088
    angles = np.linspace(0.0, 2.0 * math.pi, 16, endpoint=False)

    def within(clat: Any, clon: Any) -> Any:
        """Which points lie within ``r`` of each centre (rows: centres)."""
        h = (np.sin((la[None, :] - clat[:, None]) / 2) ** 2
             + np.cos(clat[:, None]) * np.cos(la[None, :]) * np.sin((lo[None, :] - clon[:, None]) / 2) ** 2)
        return 2 * earth * np.arcsin(np.sqrt(np.minimum(h, 1.0))) <= r

    left = np.ones(n, dtype=np.bool_)
    order = np.argsort(-la, kind="stable")
    disks = 0
    while left.any():
        k = order[left[order]][0]
        step = 0.9 * r / earth
        clat = np.concatenate(([la[k]], la[k] + step * np.sin(angles)))
        clon = np.concatenate(([lo[k]], lo[k] + step * np.cos(angles) / max(math.cos(la[k]), 0.1)))
        inside = within(clat, clon) & left[None, :]
        inside = inside[inside[:, k]]  # only disks that cover the point itself (the first always does)
        left &= ~inside[int(np.argmax(inside.sum(axis=1)))]
        disks += 1
    return disks


def _check_spacing(p: _Problem) -> None:
    import numpy as np

    c = p.constraints
    if c.min_spacing_km <= 0:
        return
    idx = np.asarray(p.allowed, dtype=np.intp)
    most = spacing_capacity(p.lat[idx], p.lon[idx], c.min_spacing_km)
    if most < c.count:
        raise ValidationError("selection_spacing_too_wide", count=c.count, km=f"{c.min_spacing_km:g}",
                              most=most)


def _check_locks(p: _Problem) -> None:
    c = p.constraints
    cands = p.scored.candidates
    per_province: dict[int, list[int]] = defaultdict(list)
    for i in p.locked:
        per_province[int(p.province[i])].append(i)
    for members in per_province.values():
        if len(members) > c.max_per_province:
            raise ValidationError("selection_locks_over_quota", province=cands[members[0]].province,
                                  locks=len(members), max_per_province=c.max_per_province,
                                  codes=[cands[i].code for i in members])
    for a_pos, a in enumerate(p.locked):
        for b in p.locked[a_pos + 1:]:
            km = spacing_km(p.lat, p.lon, a, [b])[0]
            if km < c.min_spacing_km:
                raise ValidationError("selection_locks_too_close", first=cands[a].name, second=cands[b].name,
                                      km=km, min_km=f"{c.min_spacing_km:g}")


def _check_capacity(p: _Problem, n: int) -> None:
    c = p.constraints
    allowed_mask = [False] * n
    for i in p.allowed:
        allowed_mask[i] = True
    provinces = {int(p.province[i]) for i in p.allowed}
    if c.count > c.max_per_province * len(provinces):
        raise ValidationError("selection_quota_too_small", count=c.count, max_per_province=c.max_per_province,
                              provinces=len(provinces))
    for region, minimum in c.region_minimums.items():
        if minimum <= 0:
            continue
        if minimum > c.count:
            raise ValidationError("selection_region_min_above_count", region=region_name(region), minimum=minimum,
                                  count=c.count)
        in_region = [i for i in p.allowed if p.region_members[region][i]]
        capacity = sum(min(c.max_per_province, k) for k in _counts(p.province[i] for i in in_region).values())
        if minimum > capacity:
            raise ValidationError("selection_region_min_unreachable", region=region_name(region), minimum=minimum,
                                  capacity=capacity)


def _counts(values: Any) -> dict[int, int]:
    out: dict[int, int] = defaultdict(int)
    for v in values:
        out[int(v)] += 1
    return out


def spacing_km(lat: NDArray[np.float64], lon: NDArray[np.float64], i: int, others: Sequence[int]) -> list[float]:
    """Distances from candidate ``i`` to ``others``: Lambert's formula, exact geodesic near the
    thresholds' scale (anything under 1,000 km is refined when asked by a caller that shows it)."""
    import numpy as np

    from festival_planner.geo.distance import lambert_km

    if not others:
        return []
    idx = np.asarray(others, dtype=np.intp)
    return [float(x) for x in lambert_km(lat[i], lon[i], lat[idx], lon[idx])]


def _conflicts(p: _Problem, i: int, chosen: Sequence[int]) -> bool:
    """True when ``i`` is closer than the minimum spacing to any of ``chosen`` (geodesic near the edge)."""
    import numpy as np

    from festival_planner.geo.distance import REFINE_BAND_KM, geodesic_many_km, lambert_km

    d_min = p.constraints.min_spacing_km
    if not chosen or d_min <= 0:
        return False
    idx = np.asarray(chosen, dtype=np.intp)
    d = lambert_km(p.lat[i], p.lon[i], p.lat[idx], p.lon[idx])
    if bool((d < d_min - REFINE_BAND_KM).any()):
        return True
    near = idx[np.abs(d - d_min) < REFINE_BAND_KM]
    if len(near):
        exact = geodesic_many_km([p.lat[i]] * len(near), [p.lon[i]] * len(near), p.lat[near], p.lon[near])
        return any(x < d_min for x in exact)
    return False


def greedy(p: _Problem, pool: Sequence[int] | None = None) -> list[int] | None:
    """Locks first, then the best compatible candidates for each region minimum, then the best overall.
    None when it gets stuck (the search may still succeed)."""
    c = p.constraints
    pool = list(p.allowed if pool is None else pool)
    order = sorted(pool, key=lambda i: (-p.scores[i], i))
    chosen: list[int] = list(p.locked)
    quota: dict[int, int] = defaultdict(int)
    for i in chosen:
        quota[int(p.province[i])] += 1

    asked = [0]

    def fits(i: int) -> bool:
        asked[0] += 1
        if asked[0] % 256 == 0:
            check_stop(p)
        return (i not in chosen_set and quota[int(p.province[i])] < c.max_per_province
                and not _conflicts(p, i, chosen))

    chosen_set = set(chosen)

    def take(i: int) -> None:
        chosen.append(i)
        chosen_set.add(i)
        quota[int(p.province[i])] += 1

    for region, minimum in sorted(c.region_minimums.items()):
        if minimum <= 0:
            continue
        have = sum(1 for i in chosen if p.region_members[region][i])
        for i in order:
            if have >= minimum or len(chosen) >= c.count:
                break
            if p.region_members[region][i] and fits(i):
                take(i)
                have += 1
        if have < minimum:
            return None
    for i in order:
        if len(chosen) >= c.count:
            break
        if fits(i):
            take(i)
    if len(chosen) < c.count:
        return None
    return chosen


def _envelope_marginals(values: Sequence[float]) -> list[float]:
    """Unit-step slopes of the upper concave envelope of ``(k, values[k])`` (values[0] = 0): the
    best-first marginal gains of a province, never below what any real choice gains."""
    hull: list[tuple[int, float]] = []
    for k, v in enumerate(values):
        while len(hull) >= 2:
            (k1, v1), (k2, v2) = hull[-2], hull[-1]
            if (v2 - v1) * (k - k1) <= (v - v1) * (k2 - k1):
                hull.pop()
            else:
                break
        hull.append((k, v))
    out: list[float] = []
    for (k1, v1), (k2, v2) in zip(hull, hull[1:]):
        out += [(v2 - v1) / (k2 - k1)] * (k2 - k1)
    return out


def _spaced_matrix(p: _Problem, rows: Sequence[int], cols: Sequence[int]) -> NDArray[np.bool_]:
    """``True`` unless a pair is surely closer than the spacing (pairs within the refinement band
    count as spaced: a relaxation, which keeps the bounds valid)."""
    import numpy as np

    from festival_planner.geo.distance import REFINE_BAND_KM, lambert_km

    d_min = p.constraints.min_spacing_km
    r = np.asarray(rows, dtype=np.intp)
    c = np.asarray(cols, dtype=np.intp)
    if d_min <= 0:
        return np.ones((len(r), len(c)), dtype=np.bool_)
    d = lambert_km(p.lat[r, None], p.lon[r, None], p.lat[None, c], p.lon[None, c])
    return np.asarray(d >= d_min - REFINE_BAND_KM, dtype=np.bool_)


def _province_values(p: _Problem, members: Sequence[int], spaced: NDArray[np.bool_]) -> list[float]:
    """Upper bounds of the best total of k sites in one province, k = 0..K (members best first):
    exact for one and for two (the best pair far enough apart), then the best pair plus the next best."""
    k_max = min(p.constraints.max_per_province, len(members))
    scores = [float(p.scores[i]) for i in members]
    values = [0.0]
    if k_max >= 1:
        values.append(scores[0])
    if k_max >= 2:
        best = -math.inf
        for x in range(len(members)):
            if x + 1 < len(members) and scores[x] + scores[x + 1] <= best:
                break
            for y in range(x + 1, len(members)):
                if scores[x] + scores[y] <= best:
                    break
                if spaced[x, y]:
                    best = scores[x] + scores[y]
                    break
        if best == -math.inf:
            return values
        values.append(best)
        for k in range(3, k_max + 1):
            values.append(best + sum(scores[:k - 2]))
    return values


def spaced_bounds(p: _Problem, pool: Sequence[int]) -> dict[int, float]:
    """UB(i): s(i) plus the best N-1 others, where each province gives at most K sites and at most
    its best *spaced* pair (concave envelope of its best totals), and i's own province gives at most
    K-1 others that are far enough from i. -inf when no feasible selection can contain i."""
    import numpy as np

    c = p.constraints
    by_province: dict[int, list[int]] = defaultdict(list)
    for i in sorted(pool, key=lambda i: (-p.scores[i], i)):
        by_province[int(p.province[i])].append(i)
    spaced = {pr: _spaced_matrix(p, members, members) for pr, members in by_province.items()}
    marginals = {pr: _envelope_marginals(_province_values(p, members, spaced[pr]))
                 for pr, members in by_province.items()}
    without: dict[int, list[float]] = {}
    for pr in by_province:
        rest = sorted((m for q, ms in marginals.items() if q != pr for m in ms), reverse=True)
        without[pr] = rest[:c.count - 1]
    bounds: dict[int, float] = {}
    for pr, members in by_province.items():
        check_stop(p)
        member_scores = p.scores[np.asarray(members, dtype=np.intp)]
        for x, i in enumerate(members):
            own: list[float] = []
            if c.max_per_province >= 2:
                ok = spaced[pr][x].copy()
                ok[x] = False
                own = member_scores[np.flatnonzero(ok)[:c.max_per_province - 1]].tolist()
            picks = sorted(without[pr] + own, reverse=True)[:c.count - 1]
            bounds[i] = float(p.scores[i]) + sum(picks) if len(picks) == c.count - 1 else -math.inf
    return bounds


def solve(scored: Scored, constraints: Constraints, *, reduce: bool = True,
          warm_start: bool = True, use_cliques: bool = True, hint: Sequence[str] | None = None,
          should_stop: Callable[[], bool] | None = None,
          progress: Callable[[float | None, float | None], None] | None = None) -> Selection:
    """The best selection under ``constraints`` (raises ValidationError for impossible settings).

    The search is CP-SAT's (``cpsat_engine``: deterministic work limit, clique rows; the pairwise
    HiGHS model, the benchmark's anchor, is ``highs_model.solve_highs``); an unproven answer (and the
    start) is then lifted by improving one-, two- and three-site swaps (``polish``). ``hint`` (commune
    codes: a previous answer, to keep searching from it) joins the greedy as a starting point.
    ``should_stop`` is asked now and then; when it returns True the search stops and ``Stopped`` is
    raised (a Cancel button). ``progress(incumbent, bound)`` is called from the search as either
    improves."""
    started = time.perf_counter()
    p = _prepare(scored, constraints)
    p.should_stop = should_stop
    from festival_planner.geo.cpsat_engine import solve_cpsat

    stats: dict[str, Any] = {"candidates": len(p.allowed)}
    start = greedy(p)
    if start is None:  # stuck (wide spacings): an independent-set start instead, checked exactly
        from festival_planner.geo.spread import spread_start

        spread = spread_start(p)
        start = spread if spread is not None and _feasible(p, spread) else None
        stats["spread_start"] = start is not None
    lower = sum(float(p.scores[i]) for i in start) if start else -math.inf
    stats["greedy_objective"] = lower if start else None
    if hint:
        index = scored.index()
        previous = [index[code] for code in hint if code in index]
        if _feasible(p, previous):
            value = sum(float(p.scores[i]) for i in previous)
            if value > lower:
                start, lower = previous, value
    pool = list(p.allowed)
    if reduce and start:
        ub = spaced_bounds(p, pool)
        locked = set(p.locked)
        pool = [i for i in pool if i in locked or ub[i] >= lower - EPS]
    stats["after_bound"] = len(pool)
    stats["reduction_seconds"] = time.perf_counter() - started
    check_stop(p)
    result = solve_cpsat(p, pool, start if warm_start else None,
                         work_limit=WORK_PER_SECOND * constraints.time_limit_s,
                         deadline=started + constraints.time_limit_s - POLISH_RESERVE_S,
                         use_cliques=use_cliques, progress=progress)
    stats.update(result.stats)
    chosen, objective, status = result.chosen, result.objective, result.status
    if status not in ("optimal", "infeasible") and (chosen or start):  # unproven: both sets lifted by swaps
        before, polishing = max(objective, lower), time.perf_counter()
        near = Neighbours(p)
        for found in (result.chosen, start):
            if found:
                polished = improve(p, found, near)
                value = sum(float(p.scores[i]) for i in polished)
                if not chosen or value > objective + EPS:
                    chosen, objective = polished, value
        stats.update(polish_gain=objective - before, polish_seconds=time.perf_counter() - polishing)
        if objective >= result.bound - EPS:  # reached the proven bound
            status = "optimal"
    return answer(p, start, lower, chosen, objective, status, result.bound, started, stats)


def answer(p: _Problem, start: Sequence[int] | None, lower: float, chosen: Sequence[int], objective: float,
           status: str, bound: float, started: float, stats: dict[str, Any]) -> Selection:
    """The ``Selection`` an engine's result makes (``status`` "optimal" or "infeasible" proven, anything
    else a best found): a proven infeasibility refused, the start kept when the engine found worse,
    no set at all refused with the time limit named."""
    c = p.constraints
    if status == "infeasible":
        raise ValidationError("selection_infeasible", count=c.count, max_per_province=c.max_per_province,
                              km=f"{c.min_spacing_km:g}")
    if status != "optimal" and start and lower > objective + EPS:
        chosen, objective = list(start), lower
    if not chosen:
        raise ValidationError("selection_no_solution_in_time", count=c.count, seconds=round(c.time_limit_s),
                              km=f"{c.min_spacing_km:g}")
    status = "optimal" if status == "optimal" else "feasible"
    gap = 0.0 if status == "optimal" else _gap(objective, bound)
    return Selection(tuple(sorted(chosen, key=lambda i: (-p.scores[i], i))), objective, status, gap,
                     bound if status != "optimal" else objective, time.perf_counter() - started, stats)


def _gap(objective: float, bound: float) -> float:
    """Relative gap to the proven bound; NaN when no bound is known (JSON null)."""
    if not math.isfinite(bound):
        return math.nan
    return max(0.0, (bound - objective) / max(abs(objective), EPS))


def _feasible(p: _Problem, chosen: Sequence[int]) -> bool:
    """Whether ``chosen`` meets every constraint (a previous answer given as a hint)."""
    c = p.constraints
    if len(set(chosen)) != c.count or not set(p.locked) <= set(chosen) or not set(chosen) <= set(p.allowed):
        return False
    if any(n > c.max_per_province for n in _counts(p.province[i] for i in chosen).values()):
        return False
    for region, minimum in c.region_minimums.items():
        if minimum > 0 and sum(1 for i in chosen if p.region_members[region][i]) < minimum:
            return False
    return not any(_conflicts(p, i, chosen[k + 1:]) for k, i in enumerate(chosen))
