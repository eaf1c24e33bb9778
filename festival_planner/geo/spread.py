"""A starting set where the score-first greedy gets stuck (wide spacings: the best communes crowd
each other out long before N are chosen): an independent-set heuristic on the conflict graph that
prefers, among the communes still possible, a high score that rules out few others —
``score / (1 + alpha × communes it rules out)`` — tried for a few ``alpha`` (the best feasible set
wins). Locks first, then each region minimum, then the rest; the province quota is kept throughout."""

from __future__ import annotations

from typing import Any

ALPHAS = (0.0, 0.01, 0.03, 0.1, 0.3, 1.0)


def spread_start(p: Any) -> list[int] | None:
    """The best set the heuristic finds over ``p.allowed`` (``p``: the optimiser's problem), or None."""
    import numpy as np

    from festival_planner.geo.distance import conflict_matrix

    c = p.constraints
    idx = np.asarray(p.allowed, dtype=np.intp)
    local = {int(i): k for k, i in enumerate(idx.tolist())}
    adj = conflict_matrix(p.lat[idx], p.lon[idx], c.min_spacing_km)
    scores = np.asarray(p.scores[idx], dtype=np.float64)
    province = np.asarray(p.province[idx])
    minimums = [(m, np.asarray(p.region_members[r][idx])) for r, m in sorted(c.region_minimums.items()) if m > 0]
    weights = adj.astype(np.float32)  # counts by a matrix product (exact: integers below 2**24)
    best: list[int] | None = None
    best_total = -np.inf
    for alpha in ALPHAS:
        taken = _one(p, alpha, adj, weights, scores, province, [local[int(i)] for i in p.locked], minimums)
        if taken is not None:
            total = float(scores[taken].sum())
            if total > best_total:
                best, best_total = [int(idx[k]) for k in taken], total
    return best


def _one(p: Any, alpha: float, adj: Any, weights: Any, scores: Any, province: Any, locked: list[int],
         minimums: list[tuple[int, Any]]) -> list[int] | None:
    import numpy as np

    c = p.constraints
    n = len(scores)
    alive = np.ones(n, dtype=np.bool_)
    taken: list[int] = []
    used: dict[int, int] = {}

    def take(k: int) -> None:
        taken.append(k)
        alive[k] = False
        alive[adj[k]] = False
        used[int(province[k])] = used.get(int(province[k]), 0) + 1
        if used[int(province[k])] >= c.max_per_province:
            alive[province == province[k]] = False

    for k in locked:
        take(k)
    for minimum, members in [*minimums, (c.count, np.ones(n, dtype=np.bool_))]:
        while sum(1 for k in taken if members[k]) < minimum and len(taken) < c.count:
            options = np.flatnonzero(alive & members)
            if len(options) == 0:
                return None
            ruled_out = (weights @ alive.astype(np.float32))[options].astype(np.int64)  # alive neighbours
            take(int(options[int(np.argmax(scores[options] / (1.0 + alpha * ruled_out)))]))
    return taken if len(taken) == c.count else None
