"""The selector's engine: OR-Tools CP-SAT on the reduced candidate set with clique spacing rows
(``cliques``) and the greedy (or a previous answer) as a hint.

Why CP-SAT and not HiGHS alone (measured, README "Site selector"): at 80–150 km the conflict graph
is dense; HiGHS on the pairwise or clique model stopped at its limit without a bound while CP-SAT,
whose clause learning on the conflict graph suits this problem, proved 80 km in the same time. The
engine is **deterministic**: a *deterministic* work limit (``max_deterministic_time``) decides when
it stops, so two PCs give the same site list. Where the conflict graph is sparse (a commune conflicts
with fewer than ``DENSE_DEGREE`` others on average: up to ~100 km) one worker runs CP-SAT's default
search, which proves those fastest; where it is dense, ``DENSE_WORKERS`` workers interleave that
search with CP-SAT's neighbourhood search (LNS) in deterministic batches — measured: at 120 and
150 km (N = 28) that proved both optima in 26 units where one worker stopped 0.3–17 % short after 30
(README "Site selector"; tried and worse: 3 or 4 workers, batches of 1 or 8). The work limit is
calibrated so the reference PC finishes within the time limit; a clock cap (the caller's deadline: the
time limit less a second for the swap moves; never below ``MIN_SEARCH_S`` of search) stops a slower
or busy PC there, and the answer says so (``stats["stopped_by"] == "clock"``: another PC may find
another list).

Scores are scaled to integers (``SCALE``); the bound given back adds the rounding slack so it stays
a valid bound on the real total.
"""

from __future__ import annotations

import math
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

SCALE = 1_000_000
WORKERS = 1  # sparse graphs: one worker proves 80 km with less work than two interleaved (README)
DENSE_WORKERS = 2  # dense graphs: default search interleaved with LNS (deterministic batches)
DENSE_DEGREE = 380.0  # mean conflicts per candidate above which the graph counts as dense (100 km: 329, 120 km: 428)
MIN_SEARCH_S = 5.0  # the clock cap never leaves the search less than this (a tiny limit stays deterministic)
POLL_S = 0.05  # how often a Cancel is looked for

Progress = Callable[[float | None, float | None], None]  # incumbent total, proven bound


@dataclass
class EngineResult:
    chosen: list[int]
    objective: float
    status: str  # "optimal", "feasible", "infeasible" (proven) or "unknown"
    bound: float
    stats: dict[str, Any] = field(default_factory=dict)


class _Callback:
    """Relays CP-SAT's incumbents (and bounds, where the wheel offers it) to ``progress``."""

    def __init__(self, progress: Progress | None, slack: float) -> None:
        from ortools.sat.python import cp_model

        outer = self
        self.progress = progress
        self.slack = slack
        self.objective: float | None = None
        self.bound: float | None = None

        class Solutions(cp_model.CpSolverSolutionCallback):
            def on_solution_callback(self) -> None:
                outer.objective = self.ObjectiveValue() / SCALE
                outer.bound = self.BestObjectiveBound() / SCALE + outer.slack
                outer.report()

        self.solutions = Solutions()

    def on_bound(self, bound: float) -> None:
        self.bound = bound / SCALE + self.slack
        self.report()

    def report(self) -> None:
        if self.progress is not None:
            self.progress(self.objective, self.bound)


def solve_cpsat(p: Any, pool: Sequence[int], hint: Sequence[int] | None, *, work_limit: float,
                use_cliques: bool = True, workers: int | None = None, deterministic: bool | None = None,
                wall_limit: float | None = None, deadline: float | None = None,
                progress: Progress | None = None) -> EngineResult:
    """The best selection among ``pool`` (``p``: the optimiser's prepared problem; raises
    ``stop.Stopped`` when ``p.should_stop`` says so). ``deadline`` (``time.perf_counter()``): the end of
    the time limit, the clock cap (never less than ``MIN_SEARCH_S`` of search; None: ten times the work limit).
    ``wall_limit`` (the benchmark's CP-SAT anchor) replaces the deterministic limit by a wall-clock one."""
    import numpy as np
    from ortools.sat.python import cp_model

    from festival_planner.geo.cliques import conflict_rows
    from festival_planner.geo.stop import Stopped, check_stop

    c = p.constraints
    started = time.perf_counter()
    idx = np.asarray(pool, dtype=np.intp)
    rows = conflict_rows(p.lat[idx], p.lon[idx], c.min_spacing_km, use_cliques=use_cliques,
                         check_stop=lambda: check_stop(p))
    stats: dict[str, Any] = {"engine": "cp-sat", "clique_rows": len(rows.cliques), "pair_rows": len(rows.rest),
                             "conflicting_pairs": rows.pairs, "rows_seconds": time.perf_counter() - started}
    m = cp_model.CpModel()
    x = [m.new_bool_var(f"x{k}") for k in range(len(idx))]
    m.add(sum(x) == c.count)
    locked = set(p.locked)
    by_province: dict[int, list[Any]] = defaultdict(list)
    for k, i in enumerate(idx.tolist()):
        by_province[int(p.province[i])].append(x[k])
        if i in locked:
            m.add(x[k] == 1)
    for members in by_province.values():
        if len(members) > c.max_per_province:
            m.add(sum(members) <= c.max_per_province)
    for region, minimum in sorted(c.region_minimums.items()):
        if minimum > 0:
            m.add(sum(x[k] for k, i in enumerate(idx.tolist()) if p.region_members[region][i]) >= minimum)
    for clique in rows.cliques:
        m.add_at_most_one(x[k] for k in clique.tolist())
    for a, b in rows.rest:
        m.add_bool_or([x[a].Not(), x[b].Not()])
    weights = [int(round(float(p.scores[i]) * SCALE)) for i in idx.tolist()]
    m.maximize(sum(w * v for w, v in zip(weights, x)))
    if hint:
        wanted = set(hint)
        for k, i in enumerate(idx.tolist()):
            m.add_hint(x[k], 1 if i in wanted else 0)
    solver = cp_model.CpSolver()
    prm = solver.parameters
    degree = 2 * rows.pairs / max(1, len(idx))
    if workers is None:
        workers = DENSE_WORKERS if degree > DENSE_DEGREE else WORKERS
    prm.num_workers = workers
    prm.interleave_search = (prm.num_workers > 1) if deterministic is None else deterministic
    prm.max_deterministic_time = work_limit if wall_limit is None else 1e9
    if wall_limit is not None:
        prm.max_time_in_seconds = wall_limit
    else:
        left = 10 * work_limit if deadline is None else deadline - time.perf_counter()
        prm.max_time_in_seconds = max(MIN_SEARCH_S, left)
    stats.update(workers=workers, mean_conflicts=round(degree, 1))
    prm.random_seed = 1
    slack = c.count * 0.5 / SCALE
    callback = _Callback(progress, slack)
    if hasattr(solver, "best_bound_callback"):
        solver.best_bound_callback = callback.on_bound
    done = threading.Event()
    stopped = threading.Event()

    def watch() -> None:
        while not done.wait(POLL_S):
            if p.should_stop is not None and p.should_stop():
                stopped.set()
                solver.stop_search()
                return

    watcher = threading.Thread(target=watch, name="selector-cancel", daemon=True)
    if p.should_stop is not None:
        watcher.start()
    t = time.perf_counter()
    try:
        code = solver.solve(m, callback.solutions)
    finally:
        done.set()
    if stopped.is_set():
        raise Stopped
    clock = wall_limit is None and solver.deterministic_time < 0.999 * work_limit  # stopped before its work
    stats.update(search_seconds=time.perf_counter() - t, work=solver.deterministic_time,
                 work_limit=work_limit, stopped_by=("proof" if code in (cp_model.OPTIMAL, cp_model.INFEASIBLE)
                                                    else "clock" if clock else "work_limit"),
                 branches=solver.num_branches, conflicts=solver.num_conflicts)
    name = solver.status_name(code)
    if code == cp_model.INFEASIBLE:
        return EngineResult([], -math.inf, "infeasible", -math.inf, stats)
    if code in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        chosen = [int(idx[k]) for k in range(len(idx)) if solver.boolean_value(x[k])]
        objective = float(sum(float(p.scores[i]) for i in chosen))
        if code == cp_model.OPTIMAL:
            return EngineResult(chosen, objective, "optimal", objective, stats)
        return EngineResult(chosen, objective, "feasible", solver.best_objective_bound / SCALE + slack, stats)
    stats["cp_sat_status"] = name  # stopped before any solution: CP-SAT's bound is not yet a proof
    return EngineResult([], -math.inf, "unknown", math.inf, stats)
