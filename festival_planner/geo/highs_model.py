"""The selector's pairwise model solved by HiGHS (``highspy``), kept as the benchmark's anchor: one
row per pair of communes closer than the spacing, a wall-clock time limit, the greedy as a warm
start when asked. ``solve_highs`` is its entry."""

from __future__ import annotations

import math
import time
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from festival_planner.geo.optimiser import (
    EPS,
    Constraints,
    Selection,
    _prepare,
    _Problem,
    answer,
    greedy,
    spaced_bounds,
)
from festival_planner.geo.scoring import Scored
from festival_planner.geo.stop import Stopped

HIGHS_OPTIONS: dict[str, Any] = {}  # extra HiGHS options (benchmarks try them here)


def _pairs(p: _Problem, pool: Sequence[int]) -> list[tuple[int, int]]:
    """The pairs of ``pool`` closer than the spacing (candidate indices)."""
    import numpy as np

    from festival_planner.geo.distance import pairs_within_km

    idx = np.asarray(pool, dtype=np.intp)
    if p.constraints.min_spacing_km <= 0 or len(idx) < 2:
        return []
    a, b, _ = pairs_within_km(p.lat[idx], p.lon[idx], p.constraints.min_spacing_km)
    return list(zip(idx[a].tolist(), idx[b].tolist()))


def solve_highs(scored: Scored, constraints: Constraints, *, reduce: bool = True,
                warm_start: bool = True) -> Selection:
    """The HiGHS pairwise MILP (wall-clock limit), with the bound-proven reduction when ``reduce``."""
    started = time.perf_counter()
    p = _prepare(scored, constraints)
    stats: dict[str, Any] = {"candidates": len(p.allowed), "engine": "highs"}
    start = greedy(p)
    lower = sum(float(p.scores[i]) for i in start) if start else -math.inf
    stats["greedy_objective"] = lower if start else None
    pool = list(p.allowed)
    locked = set(p.locked)
    if reduce and start:
        ub = spaced_bounds(p, pool)
        pool = [i for i in pool if i in locked or ub[i] >= lower - EPS]
        stats["after_bound"] = len(pool)
    pairs = _pairs(p, pool)
    stats["spacing_rows"] = len(pairs)
    chosen, objective, status, bound = _milp(p, pool, pairs, start if warm_start else None, started)
    return answer(p, start, lower, chosen, objective, status, bound, started, stats)


_highs_banner_shown = False


def _new_highs() -> Any:
    """A HiGHS instance. The first one prints a banner on the process's standard output (from C,
    before any option can silence it), which would corrupt JSON written there: it is sent to the
    null device."""
    global _highs_banner_shown
    import os
    import sys

    import highspy

    if _highs_banner_shown:
        return highspy.Highs()
    _highs_banner_shown = True
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 1)
            return highspy.Highs()
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def _milp(p: _Problem, pool: Sequence[int], pairs: Sequence[tuple[int, int]], start: Sequence[int] | None,
          started: float) -> tuple[list[int], float, str, float]:
    import highspy
    import numpy as np

    c = p.constraints
    col = {i: k for k, i in enumerate(pool)}
    n = len(pool)
    h = _new_highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("mip_rel_gap", 0.0)
    h.setOptionValue("threads", 1)
    remaining = max(0.1, c.time_limit_s - (time.perf_counter() - started))
    h.setOptionValue("time_limit", remaining)
    for name, value in HIGHS_OPTIONS.items():
        h.setOptionValue(name, value)
    lower = np.array([1.0 if i in set(p.locked) else 0.0 for i in pool])
    h.addVars(n, lower, np.ones(n))
    h.changeColsCost(n, np.arange(n, dtype=np.int32), np.array([p.scores[i] for i in pool]))
    h.changeColsIntegrality(n, np.arange(n, dtype=np.int32),
                            np.array([highspy.HighsVarType.kInteger] * n))
    h.changeObjectiveSense(highspy.ObjSense.kMaximize)
    rows_lower: list[float] = []
    rows_upper: list[float] = []
    starts: list[int] = []
    indices: list[int] = []

    def row(cols: Sequence[int], lo: float, hi: float) -> None:
        starts.append(len(indices))
        indices.extend(cols)
        rows_lower.append(lo)
        rows_upper.append(hi)

    row(list(range(n)), float(c.count), float(c.count))
    by_province: dict[int, list[int]] = defaultdict(list)
    for i in pool:
        by_province[int(p.province[i])].append(col[i])
    for members in by_province.values():
        if len(members) > c.max_per_province:
            row(members, -highspy.kHighsInf, float(c.max_per_province))
    for region, minimum in c.region_minimums.items():
        if minimum > 0:
            row([col[i] for i in pool if p.region_members[region][i]], float(minimum), highspy.kHighsInf)
    for a, b in pairs:
        row([col[a], col[b]], -highspy.kHighsInf, 1.0)
    h.addRows(len(starts), np.array(rows_lower), np.array(rows_upper), len(indices),
              np.array(starts, dtype=np.int32), np.array(indices, dtype=np.int32), np.ones(len(indices)))
    if start:
        solution = highspy.HighsSolution()
        values = [0.0] * n
        for i in start:
            if i in col:
                values[col[i]] = 1.0
        solution.col_value = values
        h.setSolution(solution)
    if p.should_stop is not None and hasattr(highspy, "cb"):  # MIP interrupt callbacks: highspy 1.8+
        stop = p.should_stop
        kind = int(highspy.cb.HighsCallbackType.kCallbackMipInterrupt)

        def interrupt(callback_type: int, _message: str, _out: Any, data_in: Any, _user: Any) -> None:
            if int(callback_type) == kind and stop():
                data_in.user_interrupt = True

        h.setCallback(interrupt, None)
        h.startCallback(highspy.cb.HighsCallbackType.kCallbackMipInterrupt)
    h.run()
    if p.should_stop is not None and p.should_stop():
        raise Stopped
    status = h.getModelStatus()
    info = h.getInfo()
    if status == highspy.HighsModelStatus.kInfeasible:
        return [], -math.inf, "infeasible", -math.inf
    values = list(h.getSolution().col_value)
    has_solution = info.primal_solution_status == 2 and len(values) == n
    chosen = [pool[k] for k in range(n) if has_solution and values[k] > 0.5]
    objective = float(sum(p.scores[i] for i in chosen)) if chosen else -math.inf
    bound = float(info.mip_dual_bound) if math.isfinite(info.mip_dual_bound) else math.inf
    label = "optimal" if status == highspy.HighsModelStatus.kOptimal else "time_limit"
    if label == "optimal":
        bound = objective
    return chosen, objective, label, bound
